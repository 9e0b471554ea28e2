/*
** gil.h — the global interpreter lock, six models (gil.c documents the
** protocols and their invariants).
**
** The VM calls:
**   gp_gil_take(g, ts)   before running bytecode on a thread;
**   gp_gil_drop(g, ts)   when the thread stops running bytecode;
**   gp_gil_check(g, ts)  when ts->vm's eval breaker fires (every model but
**                        legacy: on a backward jump or a function entry
**                        when g->eval_breaker is set; gil=legacy: when the
**                        thread's tick budget runs out, between any two
**                        instructions). It drops and re-takes as the model
**                        says; it is also where gp_interrupt takes effect.
**   GP_BEGIN_ALLOW_THREADS(ts) / GP_END_ALLOW_THREADS(ts) around blocking
**   work in natives (sleep, fetch, read_file, spin_native, lock waits, join).
** GP_BEGIN_ALLOW_THREADS drops through gp_gil_drop_blocking, which marks
** the thread as blocked: its next take is "back from a blocking call", the
** one gil=priority favours. Other takes (a new thread, an embedding call,
** the re-take inside gp_gil_check) are ordinary.
** Under gil=none take/drop/check only keep the counters, and park a thread
** while another one has stopped the world (gp_gil_stop_world, for gc.c).
*/
#ifndef GP_GIL_H
#define GP_GIL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gilpy.h"

typedef struct GpThread GpThread;

/* gil=fifo's condition variables, one per ticket modulo this (gil.c). */
#define GP_FIFO_CONDS 16

/* Eval-breaker bit of the cycle collector (gc.c): a collection is due. */
#define GP_BRK_GC 4
/* Eval-breaker bit of signalmod.c: a signal with a Python handler arrived. */
#define GP_BRK_SIG 16

/* Per-thread GIL counters (one writer: the owning thread; read under mu). */
typedef struct GpGilThreadStats {
  gp_GilStats s;
  uint64_t hold_start_ns; /* when the current hold began, 0 if not holding */
  int interrupt_seen;     /* last gp_gil_interrupt epoch this thread raised for */
  uint64_t vtime_ns;      /* fair: GIL time, with the sleeper credit clamp (gil.c) */
  GpThread *wnext;        /* fair: next in g->waiters while waiting (under mu) */
  bool prio;              /* priority: this hold began with a priority take */
  uint64_t slice_ns;      /* priority: when this CPU-bound turn began */
  bool blocked;           /* dropped by GP_BEGIN_ALLOW_THREADS (owner only) */
} GpGilThreadStats;

typedef struct GpGil {
  gp_GilModel model;
  _Atomic int64_t interval_us; /* new: switch interval */
  _Atomic int check_interval;  /* legacy: instructions between checks */

  pthread_mutex_t mu;
  pthread_cond_t cond;       /* signalled when the GIL is dropped */
  pthread_mutex_t switch_mu; /* new: forced switching */
  pthread_cond_t switch_cond;
  _Atomic int locked;
  GpThread *_Atomic holder; /* current (or last) holder */
  uint64_t switch_number;   /* bumped on every take by a different thread */
  _Atomic int drop_request; /* new: a waiter asked the holder to drop */
  _Atomic int eval_breaker; /* the VM's fast check: drop_request | interrupt */
  _Atomic int interrupt;    /* gp_interrupt was called */
  GpThread *owner;          /* under mu: the thread holding the GIL, NULL if free */
  uint64_t hold_number;     /* under mu: bumped on every take (a hold's identity) */

  /* fifo, under mu: a ticket lock. Ticket `serving` may take (or holds);
  ** ticket t waits on fifo_cond[t % GP_FIFO_CONDS] */
  uint64_t next_ticket;
  uint64_t serving;
  pthread_cond_t fifo_cond[GP_FIFO_CONDS];
  /* priority: waiters back from a blocking call (written under mu, read
  ** without it by spinning takers), and where they sleep */
  _Atomic int prio_waiting;
  int prio_spinners; /* under mu: yielded holders about to spin for the GIL */
  int prio_ordinary; /* under mu: ordinary takers waiting (not priority ones) */
  pthread_cond_t prio_cond;
  /* fair, under mu: the waiting threads, and who the GIL was handed to */
  GpThread *waiters;
  GpThread *next_owner;
  uint64_t vfloor; /* the largest vtime_ns a taker has had */
  /* none: stop-the-world (gil.c); under mu */
  int running;       /* attached threads not parked */
  GpThread *stopper; /* the thread that stopped the world, or NULL */

  gp_GilStats totals; /* under mu */

  /* trace: preallocated ring, written under mu (or atomically under none) */
  _Atomic int tracing;
  gp_TraceEvent *trace;
  size_t trace_cap;
  _Atomic size_t trace_len; /* total events written (ring index = len % cap) */
} GpGil;

int gp_gil_init(GpGil *g, const gp_Options *o); /* 0, -1 on failure */
void gp_gil_destroy(GpGil *g);
void gp_gil_take(GpGil *g, GpThread *ts);
void gp_gil_drop(GpGil *g, GpThread *ts);
void gp_gil_drop_blocking(GpGil *g, GpThread *ts); /* gp_gil_drop before a blocking call */
void gp_gil_check(GpGil *g, GpThread *ts);
/* gil=none only: parks every other attached thread (gil.c); ts is attached.
** false if another thread stopped the world first: ts parked until that
** one restarted it, and holds nothing. */
bool gp_gil_stop_world(GpGil *g, GpThread *ts);
void gp_gil_start_world(GpGil *g);
/* In the child of a fork by ts (holding the GIL, or the world stopped):
** ts is the only thread left (gil.c). */
void gp_gil_after_fork_child(GpGil *g, GpThread *ts);
void gp_gil_set_interval(GpGil *g, double seconds);
double gp_gil_get_interval(GpGil *g);
/* VM totals. Named gp_gil_totals, not gp_gil_stats: gilpy.h's public
** gp_gil_stats(gp_VM *, ...) is the forwarder (api.c). */
void gp_gil_totals(GpGil *g, gp_GilStats *out);
/* ts's counters; hold_ns includes the current hold up to now. */
void gp_gil_thread_stats(GpGil *g, GpThread *ts, gp_GilStats *out);
void gp_gil_trace_event(GpGil *g, GpThread *ts, gp_TraceKind k);
uint64_t gp_now_ns(void); /* CLOCK_MONOTONIC */

/* Trace (gilpy.h's gp_trace_* forward here): start clears the buffer. */
void gp_gil_trace_start(GpGil *g);
void gp_gil_trace_stop(GpGil *g);
size_t gp_gil_trace_read(GpGil *g, gp_TraceEvent *buf, size_t max);
/* Allocates a buffer of cap events if the VM has none (gil.trace_start in a
** VM opened with trace_capacity 0); 0, -1 if out of memory. */
int gp_gil_trace_reserve(GpGil *g, size_t cap);
size_t gp_gil_trace_capacity(GpGil *g);

/* gp_interrupt: async-signal-safe; every thread raises KeyboardInterrupt at
** its next check. The VM calls gp_gil_take_interrupt after gp_gil_check (and
** wherever it polls): true once per interrupt per thread, then it raises. */
void gp_gil_interrupt(GpGil *g);
bool gp_gil_take_interrupt(GpGil *g, GpThread *ts);

/* gp_gil_signal: async-signal-safe; sets GP_BRK_SIG (signalmod.c's C
** handler, after it recorded which signal). gp_gil_take_signal: whether it
** was set, clearing it; the main thread calls it before it reads which
** signals arrived, so one arriving meanwhile sets the bit again. */
void gp_gil_signal(GpGil *g);
bool gp_gil_take_signal(GpGil *g);
/* Whether GP_BRK_SIG is set (a blocking wait's poll; it does not clear it). */
bool gp_gil_signal_pending(GpGil *g);

#define GP_BEGIN_ALLOW_THREADS(ts) gp_gil_drop_blocking(&(ts)->vm->gil, (ts))
#define GP_END_ALLOW_THREADS(ts) gp_gil_take(&(ts)->vm->gil, (ts))

#endif
