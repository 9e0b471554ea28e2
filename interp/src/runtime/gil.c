/*
** gil.c — the global interpreter lock, six models: CPython's two (new,
** legacy), none, and three alternatives (fifo, priority, fair; see
** docs/gil-designs.md for what each keeps and simplifies from its source).
**
** Common ground for all models:
**
** - `mu` guards `locked`, `owner`, `holder` changes, `switch_number`, the
**   per-thread and total counters and the trace ring. It is held only for
**   short bookkeeping, so it is mostly uncontended; the GIL itself is the
**   `locked` flag, and threads that want it sleep on `cond`.
**
** - `eval_breaker` is the one word the VM polls (relaxed load) on backward
**   jumps and function entries. It ORs BRK_DROP (a waiter asked the holder to
**   drop: every model with drop requests), BRK_INTR (gp_interrupt was called), GP_BRK_GC
**   (gc.c: a collection is due), GP_BRK_SIG (a signal with a Python handler
**   arrived) and BRK_STW (gil=none: the world is being stopped). Everything slow
**   happens in gp_gil_check once the VM sees it non-zero.
**
** - Signals: signalmod.c's C handler records the signal in its own flag
**   and then sets GP_BRK_SIG (gp_gil_signal, async-signal-safe: two atomic
**   stores). Only the main thread clears it (gp_gil_take_signal), and before
**   it reads the per-signal flags, so a signal never goes unseen: either its
**   flag is read in this round or its bit is set again for the next one.
**   Other threads see the bit and leave it; until the main thread runs the
**   handlers they pay a call per check, as after an interrupt.
**
** - Interrupts are epochs: gp_gil_interrupt bumps `interrupt`, and each
**   thread raises KeyboardInterrupt once per epoch (its `interrupt_seen`).
**   BRK_INTR stays set after an interrupt, because threads that have not yet
**   looked must still see it; the price is a call per check afterwards.
**
** - Counters: a thread's own counters (ts->gil) and the VM totals change
**   only under `mu`, so readers on other threads (gp_gil_thread_stats,
**   gp_gil_totals) see consistent values.
*/
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vm.h"

#define BRK_DROP 1
#define BRK_INTR 2

#define DEFAULT_INTERVAL_US 5000
#define DEFAULT_CHECK_INTERVAL 100

#ifdef GP_DEBUG
static void gil_fail(const char *what, int line) {
  fprintf(stderr, "gil.c:%d: GIL invariant violated: %s\n", line, what);
  abort();
}
#define gil_assert(c) ((c) ? (void)0 : gil_fail(#c, __LINE__))
#else
#define gil_assert(c) ((void)0)
#endif

uint64_t gp_now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void gil_lock(pthread_mutex_t *m) {
  if (pthread_mutex_lock(m) != 0) abort();
}

static void gil_unlock(pthread_mutex_t *m) {
  if (pthread_mutex_unlock(m) != 0) abort();
}

/* ------------------------------------------------------------ bookkeeping */

/* Caller holds mu. */
static void gil_trace_put(GpGil *g, GpThread *ts, gp_TraceKind k, uint64_t now) {
  if (!g->trace_cap || !atomic_load_explicit(&g->tracing, memory_order_relaxed)) return;
  size_t n = atomic_load_explicit(&g->trace_len, memory_order_relaxed);
  g->trace[n % g->trace_cap] = (gp_TraceEvent){.t_ns = now, .thread = ts->id, .kind = k};
  atomic_store_explicit(&g->trace_len, n + 1, memory_order_relaxed);
}

/* Caller holds mu: the GIL is now ts's; count it. */
static void gil_took(GpGil *g, GpThread *ts, uint64_t t0) {
  uint64_t now = gp_now_ns();
  gp_GilStats *s = &ts->gil.s;
  if (s->acquisitions == 0) /* interrupts from before this thread existed are not its own */
    ts->gil.interrupt_seen = atomic_load_explicit(&g->interrupt, memory_order_relaxed);
  s->acquisitions++;
  g->totals.acquisitions++;
  g->hold_number++;
  if (atomic_load_explicit(&g->holder, memory_order_relaxed) != ts) {
    atomic_store_explicit(&g->holder, ts, memory_order_relaxed);
    g->switch_number++;
    s->switches++;
    g->totals.switches++;
  }
  s->wait_ns += now - t0;
  g->totals.wait_ns += now - t0;
  ts->gil.hold_start_ns = now;
  ts->holds_gil = true;
  gil_trace_put(g, ts, GP_EV_TAKE, now);
}

/* Caller holds mu: ts stops holding; count the hold. */
static void gil_dropped(GpGil *g, GpThread *ts) {
  uint64_t now = gp_now_ns();
  uint64_t held = ts->gil.hold_start_ns ? now - ts->gil.hold_start_ns : 0;
  ts->gil.s.hold_ns += held;
  ts->gil.vtime_ns += held;
  g->totals.hold_ns += held;
  ts->gil.hold_start_ns = 0;
  ts->holds_gil = false;
  gil_trace_put(g, ts, GP_EV_DROP, now);
}

/* ------------------------------------------------------------- gil = new */

/*
** The CPython >= 3.2 protocol (Python/ceval_gil.c), with FORCE_SWITCHING.
**
** Invariants:
** - `locked` is 1 exactly while some thread holds the GIL; it changes only
**   under `mu`, and `owner` is that thread (NULL when free).
** - `holder` is the last thread that took the GIL. It changes only in a
**   take, under both `mu` and `switch_mu`, and only to a different thread,
**   which also bumps `switch_number`. So "switch_number unchanged" means
**   nobody else got the GIL.
** - A waiter sleeps on `cond` for one switch interval at a time. If the wait
**   times out, the GIL is still locked and switch_number is unchanged, the
**   holder has kept it a whole interval while someone waited: the waiter sets
**   `drop_request` (and BRK_DROP). Requests are only made while the GIL is
**   locked, so a request always targets the current holder.
** - Whoever takes the GIL clears `drop_request`: the request has been
**   answered, whoever answered it.
** - The holder sees BRK_DROP at its next check, drops and re-takes. Because
**   the drop was requested, it first waits on `switch_cond` until `holder`
**   is no longer itself, so it cannot win the GIL straight back on a
**   multi-core machine (the latency problem FORCE_SWITCHING exists for).
**   The wait cannot hang: the requester is blocked in take and never gives
**   up, so some other thread takes the GIL and signals `switch_cond`; and
**   `holder` is read and written under `switch_mu`, so the signal is not lost.
*/

static void gil_timedwait_on(GpGil *g, pthread_cond_t *cv, int64_t us, bool *timed_out) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  int64_t ns = ts.tv_nsec + (us % 1000000) * 1000;
  ts.tv_sec += (time_t)(us / 1000000 + ns / 1000000000);
  ts.tv_nsec = (long)(ns % 1000000000);
  int r = pthread_cond_timedwait(cv, &g->mu, &ts);
  if (r != 0 && r != ETIMEDOUT) abort();
  *timed_out = r == ETIMEDOUT;
}

static void gil_timedwait(GpGil *g, int64_t us, bool *timed_out) {
  gil_timedwait_on(g, &g->cond, us, timed_out);
}

/* Waits on cv until the CLOCK_MONOTONIC time deadline_ns. */
static void gil_wait_until_on(GpGil *g, pthread_cond_t *cv, uint64_t deadline_ns) {
  struct timespec ts = {.tv_sec = (time_t)(deadline_ns / 1000000000u),
                        .tv_nsec = (long)(deadline_ns % 1000000000u)};
  int r = pthread_cond_timedwait(cv, &g->mu, &ts);
  if (r != 0 && r != ETIMEDOUT) abort();
}

static void gil_wait_until(GpGil *g, uint64_t deadline_ns) {
  gil_wait_until_on(g, &g->cond, deadline_ns);
}

static uint64_t gil_interval_ns(GpGil *g) {
  int64_t us = atomic_load_explicit(&g->interval_us, memory_order_relaxed);
  return 1000u * (uint64_t)(us >= 1 ? us : 1);
}

/* Caller holds mu and the GIL is locked by another thread: ask it to drop. */
static void gil_request(GpGil *g, GpThread *ts) {
  atomic_store_explicit(&g->drop_request, 1, memory_order_relaxed);
  atomic_fetch_or_explicit(&g->eval_breaker, BRK_DROP, memory_order_relaxed);
  ts->gil.s.drop_requests++;
  g->totals.drop_requests++;
  gil_trace_put(g, ts, GP_EV_REQUEST, gp_now_ns());
}

/* Caller holds mu and the GIL is free for ts: ts takes it, tells a thread
** waiting for the switch (gil_wait_switch), and answers any drop request. */
static void gil_install(GpGil *g, GpThread *ts, uint64_t t0) {
  gil_lock(&g->switch_mu);
  atomic_store_explicit(&g->locked, 1, memory_order_relaxed);
  gil_assert(g->owner == NULL);
  g->owner = ts;
  gil_took(g, ts, t0);
  pthread_cond_signal(&g->switch_cond);
  gil_unlock(&g->switch_mu);
  if (atomic_load_explicit(&g->drop_request, memory_order_relaxed)) {
    atomic_store_explicit(&g->drop_request, 0, memory_order_relaxed);
    atomic_fetch_and_explicit(&g->eval_breaker, ~BRK_DROP, memory_order_relaxed);
  }
}

/* After a forced drop: waits until another thread has taken the GIL. */
static void gil_wait_switch(GpGil *g, GpThread *ts) {
  gil_lock(&g->switch_mu);
  while (atomic_load_explicit(&g->holder, memory_order_relaxed) == ts)
    pthread_cond_wait(&g->switch_cond, &g->switch_mu);
  gil_unlock(&g->switch_mu);
}

static void gil_new_take(GpGil *g, GpThread *ts) {
  uint64_t t0 = gp_now_ns();
  gil_lock(&g->mu);
  gil_assert(g->owner != ts);
  if (atomic_load_explicit(&g->locked, memory_order_relaxed)) {
    gil_trace_put(g, ts, GP_EV_WAIT, gp_now_ns());
    while (atomic_load_explicit(&g->locked, memory_order_relaxed)) {
      uint64_t saved = g->switch_number;
      int64_t us = atomic_load_explicit(&g->interval_us, memory_order_relaxed);
      bool timed_out;
      gil_timedwait(g, us >= 1 ? us : 1, &timed_out);
      if (timed_out && atomic_load_explicit(&g->locked, memory_order_relaxed) &&
          g->switch_number == saved)
        gil_request(g, ts);
    }
  }
  gil_install(g, ts, t0);
  gil_unlock(&g->mu);
}

/* Caller holds mu: the bookkeeping of every release. Returns whether the
** drop answered a drop request. */
static bool gil_released(GpGil *g, GpThread *ts) {
  gil_assert(atomic_load_explicit(&g->locked, memory_order_relaxed));
  gil_assert(g->owner == ts);
  bool forced = atomic_load_explicit(&g->drop_request, memory_order_relaxed) != 0;
  if (forced) {
    ts->gil.s.forced_switches++;
    g->totals.forced_switches++;
  }
  gil_dropped(g, ts);
  g->owner = NULL;
  atomic_store_explicit(&g->locked, 0, memory_order_relaxed);
  return forced;
}

/* Shared by new and legacy: gives the GIL up and wakes one waiter. Returns
** whether the drop answered a drop request. */
static bool gil_release(GpGil *g, GpThread *ts) {
  gil_lock(&g->mu);
  bool forced = gil_released(g, ts);
  pthread_cond_signal(&g->cond);
  gil_unlock(&g->mu);
  return forced;
}

static void gil_new_drop(GpGil *g, GpThread *ts) {
  if (gil_release(g, ts)) gil_wait_switch(g, ts);
}

/* ---------------------------------------------------------- gil = legacy */

/*
** The CPython <= 3.1 protocol: a plain lock (here `locked` + `mu` + `cond`,
** as thread_pthread.h built it without semaphores) released and re-acquired
** every check interval.
**
** Invariants:
** - `locked`/`owner` as for gil=new; `holder`/`switch_number` still record
**   the last taker so switches are counted the same way.
** - No drop requests, no timeouts, no hand-off: the holder's release signals
**   `cond` and its immediate re-acquire competes with the woken waiter on
**   equal terms. On a multi-core machine the releaser is already running and
**   usually wins again, so waiters wake only to find the lock taken: the
**   convoy/thrashing Beazley measured. That is the behaviour to reproduce,
**   so nothing here makes it fairer.
** - The tick budget (ts->ticks) is the VM's: it counts instructions down and
**   calls gp_gil_check at zero; the check refills it.
*/

static void gil_legacy_take(GpGil *g, GpThread *ts) {
  uint64_t t0 = gp_now_ns();
  gil_lock(&g->mu);
  gil_assert(g->owner != ts);
  if (atomic_load_explicit(&g->locked, memory_order_relaxed)) {
    gil_trace_put(g, ts, GP_EV_WAIT, gp_now_ns());
    while (atomic_load_explicit(&g->locked, memory_order_relaxed))
      if (pthread_cond_wait(&g->cond, &g->mu) != 0) abort();
  }
  atomic_store_explicit(&g->locked, 1, memory_order_relaxed);
  gil_assert(g->owner == NULL);
  g->owner = ts;
  gil_took(g, ts, t0);
  gil_unlock(&g->mu);
}

/* ------------------------------------------------------------ gil = fifo */

/*
** Ruby's GVL (thread_pthread.c, Ruby 2.x-3.2): waiters queue in arrival
** order, the holder runs until its time quantum (Ruby: 100 ms; here the
** switch interval) is used up while someone waits, then yields to the head
** of the queue and waits until that thread has the lock before queueing
** again at the tail. A thread back from a blocking call that finds the lock
** free takes it at once, ahead of a head that was handed it but has not
** run yet (gvl_acquire_common takes whenever `owner` is NULL): "barging".
**
** Invariants:
** - A ticket lock under `mu`: ticket `serving` is the holder's while
**   `locked`, and the only one a queued waiter may take with while not. A
**   release bumps `serving`, so the GIL goes to the waiter that arrived
**   first. With no waiter, `next_ticket == serving` after the release and
**   the next arrival takes at once.
** - Only a take back from a blocking call (gil_take's `blocked`) may barge,
**   and only while the GIL is free: it decrements `serving`, holding the
**   ticket just served, so the waiter that was handed the GIL is the head
**   again (ticket serving + 1) and the barger's release hands it back.
**   Every other take draws a new ticket at the tail, including a yielding
**   holder's re-take (it waits for the switch first, as Ruby's gvl_yield
**   does) and a new thread's first take. Ruby's gvl_acquire_common lets
**   those barge too, but they rarely find the GVL free; keeping them in
**   line keeps a CPU-bound thread from winning back its own yield.
** - Only the head of the queue (ticket serving + 1 while locked) keeps
**   time, like Ruby's one timer waiter: it sleeps until the holder's
**   hold_start + interval and then, if the same hold (`hold_number`) is
**   still on, sets the drop request. Requests are made only while the GIL
**   is locked, so they target the current holder; whoever takes clears it.
** - A waiter sleeps on its ticket's condition variable (fifo_cond[ticket %
**   GP_FIFO_CONDS]), as Ruby's on its own `gvlq`: a release wakes only the
**   ticket it now serves, and a take while others queue only the new head,
**   which starts timing the new hold. Every waiter re-checks its own
**   condition, so tickets sharing a variable and spurious wakeups are safe.
**   (One shared variable, broadcast, woke all k waiters at every hand-off,
**   and on a busy machine they queued for a CPU with the I/O thread.)
** - After a requested drop the holder waits on `switch_cond` until `holder`
**   is another thread (Ruby's gvl_yield). That cannot hang: the requester is
**   the head, blocked in take, and the release hands it the GIL (or hands
**   it to a barger, whose take also switches).
*/

static pthread_cond_t *gil_fifo_cond(GpGil *g, uint64_t ticket) {
  return &g->fifo_cond[ticket % GP_FIFO_CONDS];
}

/* Caller holds mu: draws a ticket at the tail and waits until it is served
** and the GIL is free, keeping the time while at the head. */
static void gil_fifo_queue(GpGil *g, GpThread *ts) {
  uint64_t my = g->next_ticket++;
  pthread_cond_t *cv = gil_fifo_cond(g, my);
  if (!atomic_load_explicit(&g->locked, memory_order_relaxed) && g->serving == my) return;
  gil_trace_put(g, ts, GP_EV_WAIT, gp_now_ns());
  while (atomic_load_explicit(&g->locked, memory_order_relaxed) || g->serving != my) {
    bool head = atomic_load_explicit(&g->locked, memory_order_relaxed) && my == g->serving + 1;
    if (!head || atomic_load_explicit(&g->drop_request, memory_order_relaxed)) {
      if (pthread_cond_wait(cv, &g->mu) != 0) abort();
      continue;
    }
    uint64_t hold = g->hold_number;
    uint64_t deadline = g->owner->gil.hold_start_ns + gil_interval_ns(g);
    if (gp_now_ns() < deadline) gil_wait_until_on(g, cv, deadline);
    if (atomic_load_explicit(&g->locked, memory_order_relaxed) && g->hold_number == hold &&
        gp_now_ns() >= deadline && !atomic_load_explicit(&g->drop_request, memory_order_relaxed))
      gil_request(g, ts);
  }
}

static void gil_fifo_take(GpGil *g, GpThread *ts, bool blocked) {
  uint64_t t0 = gp_now_ns();
  gil_lock(&g->mu);
  gil_assert(g->owner != ts);
  if (blocked && !atomic_load_explicit(&g->locked, memory_order_relaxed))
    g->serving--; /* barge: hold the ticket just served; the release serves the head */
  else
    gil_fifo_queue(g, ts);
  gil_install(g, ts, t0);
  if (g->next_ticket != g->serving + 1) pthread_cond_broadcast(gil_fifo_cond(g, g->serving + 1));
  gil_unlock(&g->mu);
}

static bool gil_fifo_release(GpGil *g, GpThread *ts) {
  gil_lock(&g->mu);
  bool forced = gil_released(g, ts);
  g->serving++;
  pthread_cond_broadcast(gil_fifo_cond(g, g->serving));
  gil_unlock(&g->mu);
  return forced;
}

static void gil_fifo_drop(GpGil *g, GpThread *ts) {
  if (gil_fifo_release(g, ts)) gil_wait_switch(g, ts);
}

/* -------------------------------------------------------- gil = priority */

/*
** gil=new plus the I/O priority request proposed in bpo-7946: a thread that
** comes back from a blocking call (I/O, sleep, a lock wait, a join: any
** GP_BEGIN/END_ALLOW_THREADS) asks a CPU-bound holder to drop at its next
** check at once, instead of after a switch interval.
**
** Invariants:
** - `locked`, `owner`, `holder`, `switch_number` as for gil=new.
** - A take is a priority take when the thread's last drop was
**   gp_gil_drop_blocking (ts->gil.blocked, read and cleared by the thread
**   itself); a new thread's first take, an embedding call's and the re-take
**   inside gp_gil_check are not. (Counting a thread's first take made every
**   CPU-bound thread start with a priority hold that no I/O request could
**   cut short.) ts->gil.prio records which kind began the current hold.
** - `prio_waiting` (changed under mu) counts priority takes in progress.
**   While it is non-zero an ordinary waiter does not take the GIL even when
**   it is free,
**   so the hold a priority request frees goes to a priority waiter. The
**   count only covers threads blocked in take, so it drains.
** - A priority waiter sets the drop request as soon as it finds the GIL
**   held by a thread whose hold began with an ordinary take (CPU-bound).
**   A holder that itself came in with priority is treated as under gil=new:
**   a request after one interval with no switch, so I/O threads do not
**   preempt one another back and forth. Ordinary waiters behave as under
**   gil=new among themselves.
** - Priority waiters sleep on `prio_cond`, ordinary ones on `cond`. A
**   release signals `prio_cond` while `prio_waiting` is non-zero, else
**   `cond`: ordinary waiters would only defer, and waking them would put k
**   runnable threads between the I/O thread and a core. No wakeup is lost:
**   every waiter re-checks its condition under mu before it sleeps.
** - Having asked for the drop, a priority waiter first spins (mu released,
**   reading `locked`) for up to PRIO_SPIN_NS or one interval: the holder
**   answers at its next check, within microseconds, while sleeping would
**   put an OS wake-up (tens of microseconds, milliseconds on a loaded
**   machine) into every I/O operation. Then it sleeps as any waiter.
** - A CPU-bound thread's turn (`slice_ns`) begins at an ordinary take and
**   lasts one interval, across the holds priority requests cut it into.
** - A holder that answers a priority request in gp_gil_check
**   (gil_prio_check) does not wait for the switch: `prio_waiting` already
**   keeps it from taking the GIL back. It spins for the GIL's return like a
**   priority waiter, because the I/O thread's hold is short, and continues
**   its hold if it gets it while spinning. Sleeping instead would make the
**   I/O thread wake a CPU-bound thread when it drops for its blocking
**   call, and the OS runs a woken thread on the waker's core: the I/O
**   thread, or the server it calls, then waits in that core's run queue
**   for a scheduler tick (4 ms on this 2-core VM, with the other core
**   idle), which cost 40x of the I/O rate at k = 3. For the same reason a
**   release wakes no ordinary sleeper while `prio_spinners` (under mu)
**   counts such a holder still spinning: that holder takes the GIL, and
**   when it stops spinning it decrements the count and re-checks under the
**   same hold of mu before it sleeps, so no wakeup is lost. The count lives
**   only inside one call of gil_prio_check, so it drains.
** - Turns end on the CPU-bound side (gil_prio_pass): a holder that got the
**   GIL back past its turn, while `prio_ordinary` (under mu) counts an
**   ordinary waiter, drops as under gil=new at once, waking that waiter
**   from its own core, and waits for the switch; the waiter is blocked in
**   take, so someone takes. So the other CPU-bound threads get their turns
**   (the I/O thread's switches reset their timeouts: without turns they
**   would never ask), but never from the I/O thread's drop. A first
**   version ended the turn by answering the priority request as under
**   gil=new: the I/O thread's drop then woke the next CPU-bound thread
**   every interval, and at k >= 2 most of the I/O thread's lost time
**   (E14, traced: 39-97%) fell in the operations after which such a
**   thread took the GIL within microseconds.
** - Spins call sched_yield: when the two threads share a core, a busy loop
**   would keep the thread it waits for off that core.
** - `mu` itself is taken spin-then-block (gil_prio_lock): a bounded
**   pthread_mutex_trylock loop of PRIO_LOCK_SPIN_NS (a few µs), pausing
**   between tries so as not to hammer the lock's cache line, then an
**   ordinary lock. At each hand-over between the I/O thread and a
**   CPU-bound holder both take `mu` within a microsecond of each other
**   (the spinner sees `locked` fall while the dropper still holds `mu` to
**   count and signal), and a plain lock then sleeps in the kernel and
**   needs a futex wake-up, on a VM the wake-up of an idle vCPU: traced at
**   k = 4 (E14), 0.4 to 5 such sleeps a request. The critical sections
**   under `mu` are a few hundred nanoseconds of bookkeeping, so the spin
**   almost always wins; it changes only how `mu` is acquired, so every
**   invariant above holds as before. The other models keep plain locks.
** - After any other requested drop the holder waits for the switch as under
**   gil=new; the requester is blocked in take, so someone takes and signals.
*/

#define PRIO_SPIN_NS 200000u
#define PRIO_LOCK_SPIN_NS 5000u

#if defined(__x86_64__) || defined(__i386__)
#define gil_cpu_relax() __builtin_ia32_pause()
#else
#define gil_cpu_relax() ((void)0)
#endif

/* Takes mu spin-then-block (see above). */
static void gil_prio_lock(GpGil *g) {
  uint64_t until = 0;
  for (unsigned n = 0;; n++) {
    int r = pthread_mutex_trylock(&g->mu);
    if (r == 0) return;
    if (r != EBUSY) abort();
    for (int k = 0; k < 16; k++)
      gil_cpu_relax();
    if ((n & 3) == 3) {
      uint64_t now = gp_now_ns();
      if (!until)
        until = now + PRIO_LOCK_SPIN_NS;
      else if (now >= until)
        break;
    }
  }
  gil_lock(&g->mu);
}

/* Spins with mu released until the GIL is free for the caller (unlocked,
** and for an ordinary taker no priority waiter left) or PRIO_SPIN_NS (at
** most an interval) has passed; see above for why it yields. */
static void gil_prio_spin(GpGil *g, bool prio) {
  uint64_t iv = gil_interval_ns(g);
  uint64_t until = gp_now_ns() + (iv < PRIO_SPIN_NS ? iv : PRIO_SPIN_NS);
  gil_unlock(&g->mu);
  while ((atomic_load_explicit(&g->locked, memory_order_relaxed) ||
          (!prio && atomic_load_explicit(&g->prio_waiting, memory_order_relaxed))) &&
         gp_now_ns() < until)
    sched_yield();
  gil_prio_lock(g);
}

/* `yielded`: ts has just dropped for a priority waiter within its turn
** (gil_prio_check) and counts in prio_spinners. */
static void gil_prio_take(GpGil *g, GpThread *ts, bool prio, bool yielded) {
  uint64_t t0 = gp_now_ns();
  gil_prio_lock(g);
  gil_assert(g->owner != ts);
  bool spun = !prio && !yielded, resumed = yielded;
  if (atomic_load_explicit(&g->locked, memory_order_relaxed) ||
      (!prio && atomic_load_explicit(&g->prio_waiting, memory_order_relaxed))) {
    gil_trace_put(g, ts, GP_EV_WAIT, gp_now_ns());
    if (prio)
      atomic_fetch_add_explicit(&g->prio_waiting, 1, memory_order_relaxed);
    else
      g->prio_ordinary++;
    while (atomic_load_explicit(&g->locked, memory_order_relaxed) ||
           (!prio && atomic_load_explicit(&g->prio_waiting, memory_order_relaxed))) {
      bool locked = atomic_load_explicit(&g->locked, memory_order_relaxed);
      if (prio && locked && !g->owner->gil.prio &&
          !atomic_load_explicit(&g->drop_request, memory_order_relaxed))
        gil_request(g, ts); /* the priority request: no interval first */
      if (!spun && (yielded || atomic_load_explicit(&g->drop_request, memory_order_relaxed))) {
        spun = true;
        gil_prio_spin(g, prio);
        if (yielded) g->prio_spinners--;
        yielded = false;
        continue;
      }
      resumed = false; /* it sleeps: its turn is over */
      uint64_t saved = g->switch_number;
      int64_t us = atomic_load_explicit(&g->interval_us, memory_order_relaxed);
      bool timed_out;
      gil_timedwait_on(g, prio ? &g->prio_cond : &g->cond, us >= 1 ? us : 1, &timed_out);
      if (timed_out && atomic_load_explicit(&g->locked, memory_order_relaxed) &&
          g->switch_number == saved)
        gil_request(g, ts);
    }
    if (prio)
      atomic_fetch_sub_explicit(&g->prio_waiting, 1, memory_order_relaxed);
    else
      g->prio_ordinary--;
  }
  if (yielded) g->prio_spinners--;
  gil_install(g, ts, t0);
  ts->gil.prio = prio;
  if (!prio && !resumed) ts->gil.slice_ns = ts->gil.hold_start_ns;
  gil_unlock(&g->mu);
}

/* Caller holds mu and has released the GIL: wakes who should take it. */
static void gil_prio_wake(GpGil *g) {
  if (atomic_load_explicit(&g->prio_waiting, memory_order_relaxed))
    pthread_cond_signal(&g->prio_cond);
  else if (!g->prio_spinners)
    pthread_cond_signal(&g->cond);
}

static void gil_prio_drop(GpGil *g, GpThread *ts) {
  gil_prio_lock(g);
  bool forced = gil_released(g, ts);
  gil_prio_wake(g);
  gil_unlock(&g->mu);
  if (forced) gil_wait_switch(g, ts);
}

/* A CPU-bound holder back from yielding to a priority waiter: past its
** turn, it hands the GIL to an ordinary waiter (see above). */
static void gil_prio_pass(GpGil *g, GpThread *ts) {
  gil_prio_lock(g);
  bool pass = g->prio_ordinary > 0 && gp_now_ns() - ts->gil.slice_ns >= gil_interval_ns(g);
  if (pass) {
    gil_released(g, ts);
    gil_prio_wake(g);
  }
  gil_unlock(&g->mu);
  if (!pass) return;
  gil_wait_switch(g, ts);
  gil_prio_take(g, ts, false, false);
}

/* gp_gil_check's answer to a drop request: drop, and take again. */
static void gil_prio_check(GpGil *g, GpThread *ts) {
  gil_prio_lock(g);
  bool forced = gil_released(g, ts);
  bool keep = forced && atomic_load_explicit(&g->prio_waiting, memory_order_relaxed);
  gil_prio_wake(g);
  if (keep) g->prio_spinners++;
  gil_unlock(&g->mu);
  if (forced && !keep) gil_wait_switch(g, ts);
  gil_prio_take(g, ts, false, keep);
  if (keep) gil_prio_pass(g, ts);
}

/* ------------------------------------------------------------ gil = fair */

/*
** Scheduling by accumulated GIL time, after the BFS patch of bpo-7946: the
** waiter that has held the GIL least gets it next, and the holder is asked
** to drop once some waiter's deficit (holder's time - waiter's time)
** exceeds the switch interval.
**
** Invariants:
** - ts->gil.vtime_ns is the thread's GIL time: every hold adds its length
**   (gil_dropped), and the current holder's is vtime + (now - hold_start).
** - Sleeper credit: every take first lifts the taker's vtime to at least
**   `vfloor` - 2 intervals, where `vfloor` is the largest vtime a taker has
**   had. A thread back from a long sleep, or a new one, is then at most two
**   intervals behind instead of monopolising the GIL until it caught up;
**   an I/O thread still gets its deficit above one interval, so it asks for
**   the GIL at once.
** - `waiters` (under mu) lists the threads blocked in take, in arrival
**   order (ts->gil.wnext). A release hands the GIL to the one with the least
**   vtime (the earliest on ties) by naming it `next_owner`; while that is
**   set only it may take, so nobody barges in, the releaser included. With
**   no waiter `next_owner` stays NULL and the next arrival takes at once.
** - Each waiter keeps its own time: it sleeps until its deficit would pass
**   the interval and then, if the GIL is still held and no request is
**   pending, sets the drop request. Requests are made only while the GIL is
**   locked, so they target the current holder; whoever takes clears it.
** - A take broadcasts `cond` while others wait, so each recomputes its
**   deadline against the new holder; a release broadcasts so `next_owner`
**   wakes. A forced holder need not wait for the switch: the hand-off
**   already keeps it from taking the GIL back.
*/

/* Caller holds mu: o's GIL time, counting the current hold. */
static uint64_t gil_vtime_now(const GpThread *o, uint64_t now) {
  return o->gil.vtime_ns + (o->gil.hold_start_ns ? now - o->gil.hold_start_ns : 0);
}

static void gil_fair_take(GpGil *g, GpThread *ts) {
  uint64_t t0 = gp_now_ns();
  gil_lock(&g->mu);
  gil_assert(g->owner != ts);
  uint64_t credit = 2 * gil_interval_ns(g);
  if (g->vfloor > credit && ts->gil.vtime_ns < g->vfloor - credit)
    ts->gil.vtime_ns = g->vfloor - credit;
  if (atomic_load_explicit(&g->locked, memory_order_relaxed) || g->next_owner) {
    gil_trace_put(g, ts, GP_EV_WAIT, gp_now_ns());
    GpThread **p = &g->waiters;
    while (*p)
      p = &(*p)->gil.wnext;
    *p = ts;
    ts->gil.wnext = NULL;
    for (;;) {
      bool locked = atomic_load_explicit(&g->locked, memory_order_relaxed);
      if (!locked && (!g->next_owner || g->next_owner == ts)) break;
      if (!locked || atomic_load_explicit(&g->drop_request, memory_order_relaxed)) {
        if (pthread_cond_wait(&g->cond, &g->mu) != 0) abort();
        continue;
      }
      uint64_t now = gp_now_ns(), iv = gil_interval_ns(g);
      uint64_t hv = gil_vtime_now(g->owner, now), mine = ts->gil.vtime_ns;
      uint64_t deficit = hv > mine ? hv - mine : 0;
      if (deficit > iv)
        gil_request(g, ts);
      else
        gil_wait_until(g, now + (iv - deficit) + 1000);
    }
    for (p = &g->waiters; *p != ts; p = &(*p)->gil.wnext)
      gil_assert(*p);
    *p = ts->gil.wnext;
    ts->gil.wnext = NULL;
  }
  g->next_owner = NULL;
  if (ts->gil.vtime_ns > g->vfloor) g->vfloor = ts->gil.vtime_ns;
  gil_install(g, ts, t0);
  if (g->waiters) pthread_cond_broadcast(&g->cond);
  gil_unlock(&g->mu);
}

static void gil_fair_drop(GpGil *g, GpThread *ts) {
  gil_lock(&g->mu);
  gil_released(g, ts);
  GpThread *best = g->waiters;
  for (GpThread *w = best; w; w = w->gil.wnext)
    if (w->gil.vtime_ns < best->gil.vtime_ns) best = w;
  g->next_owner = best;
  pthread_cond_broadcast(&g->cond);
  gil_unlock(&g->mu);
}

/* ------------------------------------------------------------ gil = none */

/*
** Free-threaded (PEP 703): there is no lock. Take and drop keep the
** acquisition and hold counters (under `mu`, which only orders the counter
** updates; take/drop happen at call boundaries and blocking operations, not
** per instruction). `locked`, `owner` and `holder` are unused.
**
** Stop-the-world, for the cycle collector (gc.c), as CPython 3.13's
** _PyEval_StopTheWorld:
** - `running` counts attached threads (between take and drop) that are not
**   parked; it changes only under `mu`.
** - gp_gil_stop_world sets `stopper` and BRK_STW, then waits on `cond`
**   until `running` is 1 (itself). Every other attached thread sees BRK_STW
**   at its next eval-breaker check (a safe point: no container lock held,
**   obj.h) and parks: running--, wait on `cond` while `stopper` is set,
**   running++. Threads in GP_BEGIN_ALLOW_THREADS are already not running,
**   and their take waits while `stopper` is set, so nothing touches objects
**   until gp_gil_start_world clears `stopper` and broadcasts.
** - Two would-be stoppers: the second finds `stopper` set, parks like any
**   thread and returns false; so the world is stopped by one thread at a
**   time and a stopper never waits for another stopper.
** - Every change of `running` or `stopper` broadcasts `cond`: the stopper
**   and the parked threads wait on the same condition variable.
*/

#define BRK_STW 8

static void gil_none_park(GpGil *g, GpThread *ts) { /* caller holds mu */
  (void)ts;
  g->running--;
  pthread_cond_broadcast(&g->cond);
  while (g->stopper)
    if (pthread_cond_wait(&g->cond, &g->mu) != 0) abort();
  g->running++;
}

static void gil_none_take(GpGil *g, GpThread *ts) {
  uint64_t t0 = gp_now_ns();
  gil_lock(&g->mu);
  while (g->stopper)
    if (pthread_cond_wait(&g->cond, &g->mu) != 0) abort();
  g->running++;
  gil_took(g, ts, t0);
  gil_unlock(&g->mu);
}

static void gil_none_drop(GpGil *g, GpThread *ts) {
  gil_lock(&g->mu);
  g->running--;
  if (g->stopper) pthread_cond_broadcast(&g->cond);
  gil_dropped(g, ts);
  gil_unlock(&g->mu);
}

bool gp_gil_stop_world(GpGil *g, GpThread *ts) {
  gil_lock(&g->mu);
  if (g->stopper) {
    gil_none_park(g, ts);
    gil_unlock(&g->mu);
    return false;
  }
  g->stopper = ts;
  atomic_fetch_or_explicit(&g->eval_breaker, BRK_STW, memory_order_relaxed);
  while (g->running > 1)
    if (pthread_cond_wait(&g->cond, &g->mu) != 0) abort();
  gil_unlock(&g->mu);
  return true;
}

void gp_gil_start_world(GpGil *g) {
  gil_lock(&g->mu);
  g->stopper = NULL;
  atomic_fetch_and_explicit(&g->eval_breaker, ~BRK_STW, memory_order_relaxed);
  pthread_cond_broadcast(&g->cond);
  gil_unlock(&g->mu);
}

/* ------------------------------------------------------------ public API */

/* blocked: the thread comes back from a blocking call (gil.h). */
static void gil_take(GpGil *g, GpThread *ts, bool blocked) {
  switch (g->model) {
  case GP_GIL_NEW:
    gil_new_take(g, ts);
    break;
  case GP_GIL_LEGACY:
    gil_legacy_take(g, ts);
    break;
  case GP_GIL_NONE:
    gil_none_take(g, ts);
    break;
  case GP_GIL_FIFO:
    gil_fifo_take(g, ts, blocked);
    break;
  case GP_GIL_PRIORITY:
    gil_prio_take(g, ts, blocked, false);
    break;
  case GP_GIL_FAIR:
    gil_fair_take(g, ts);
    break;
  }
}

void gp_gil_take(GpGil *g, GpThread *ts) {
  bool blocked = ts->gil.blocked;
  ts->gil.blocked = false;
  gil_take(g, ts, blocked);
}

void gp_gil_drop_blocking(GpGil *g, GpThread *ts) {
  ts->gil.blocked = true;
  gp_gil_drop(g, ts);
}

void gp_gil_drop(GpGil *g, GpThread *ts) {
  switch (g->model) {
  case GP_GIL_NEW:
    gil_new_drop(g, ts);
    break;
  case GP_GIL_LEGACY:
    gil_release(g, ts);
    break;
  case GP_GIL_NONE:
    gil_none_drop(g, ts);
    break;
  case GP_GIL_FIFO:
    gil_fifo_drop(g, ts);
    break;
  case GP_GIL_PRIORITY:
    gil_prio_drop(g, ts);
    break;
  case GP_GIL_FAIR:
    gil_fair_drop(g, ts);
    break;
  }
}

void gp_gil_check(GpGil *g, GpThread *ts) {
  switch (g->model) {
  case GP_GIL_LEGACY:
    ts->ticks = atomic_load_explicit(&g->check_interval, memory_order_relaxed);
    gil_release(g, ts);
    gil_legacy_take(g, ts);
    break;
  case GP_GIL_NONE:
    ts->ticks = atomic_load_explicit(&g->check_interval, memory_order_relaxed);
    if (atomic_load_explicit(&g->eval_breaker, memory_order_relaxed) & BRK_STW) {
      gil_lock(&g->mu);
      if (g->stopper && g->stopper != ts) gil_none_park(g, ts);
      gil_unlock(&g->mu);
    }
    break;
  case GP_GIL_PRIORITY:
    if (atomic_load_explicit(&g->drop_request, memory_order_relaxed)) gil_prio_check(g, ts);
    break;
  default: /* the models with drop requests */
    if (atomic_load_explicit(&g->drop_request, memory_order_relaxed)) {
      gp_gil_drop(g, ts);
      /* other threads run now */
      gil_take(g, ts, false);
    }
    break;
  }
}

void gp_gil_interrupt(GpGil *g) {
  atomic_fetch_add_explicit(&g->interrupt, 1, memory_order_relaxed);
  atomic_fetch_or_explicit(&g->eval_breaker, BRK_INTR, memory_order_relaxed);
}

bool gp_gil_take_interrupt(GpGil *g, GpThread *ts) {
  int e = atomic_load_explicit(&g->interrupt, memory_order_relaxed);
  if (e == ts->gil.interrupt_seen) return false;
  ts->gil.interrupt_seen = e;
  return true;
}

void gp_gil_signal(GpGil *g) {
  atomic_fetch_or_explicit(&g->eval_breaker, GP_BRK_SIG, memory_order_relaxed);
}

bool gp_gil_take_signal(GpGil *g) {
  /* acquire: pairs with the handler's release of its per-signal flag */
  return atomic_fetch_and_explicit(&g->eval_breaker, ~GP_BRK_SIG, memory_order_acq_rel) &
         GP_BRK_SIG;
}

bool gp_gil_signal_pending(GpGil *g) {
  return atomic_load_explicit(&g->eval_breaker, memory_order_relaxed) & GP_BRK_SIG;
}

void gp_gil_set_interval(GpGil *g, double seconds) {
  /* truncated to microseconds like sys.setswitchinterval; waits use >= 1 us */
  atomic_store_explicit(&g->interval_us, (int64_t)(seconds * 1e6), memory_order_relaxed);
}

double gp_gil_get_interval(GpGil *g) {
  return 1e-6 * (double)atomic_load_explicit(&g->interval_us, memory_order_relaxed);
}

void gp_gil_totals(GpGil *g, gp_GilStats *out) {
  gil_lock(&g->mu);
  *out = g->totals;
  gil_unlock(&g->mu);
}

void gp_gil_thread_stats(GpGil *g, GpThread *ts, gp_GilStats *out) {
  gil_lock(&g->mu);
  *out = ts->gil.s;
  /* a thread reading its own counters holds the GIL: count that hold so far */
  if (ts->gil.hold_start_ns) out->hold_ns += gp_now_ns() - ts->gil.hold_start_ns;
  gil_unlock(&g->mu);
}

void gp_gil_trace_event(GpGil *g, GpThread *ts, gp_TraceKind k) {
  gil_lock(&g->mu);
  gil_trace_put(g, ts, k, gp_now_ns());
  gil_unlock(&g->mu);
}

void gp_gil_trace_start(GpGil *g) {
  gil_lock(&g->mu);
  atomic_store_explicit(&g->trace_len, 0, memory_order_relaxed);
  atomic_store_explicit(&g->tracing, 1, memory_order_relaxed);
  gil_unlock(&g->mu);
}

void gp_gil_trace_stop(GpGil *g) {
  gil_lock(&g->mu);
  atomic_store_explicit(&g->tracing, 0, memory_order_relaxed);
  gil_unlock(&g->mu);
}

size_t gp_gil_trace_read(GpGil *g, gp_TraceEvent *buf, size_t max) {
  gil_lock(&g->mu);
  size_t len = atomic_load_explicit(&g->trace_len, memory_order_relaxed);
  size_t first = len > g->trace_cap ? len - g->trace_cap : 0;
  size_t n = len - first < max ? len - first : max;
  for (size_t i = 0; i < n; i++)
    buf[i] = g->trace[(first + i) % g->trace_cap];
  gil_unlock(&g->mu);
  return n;
}

int gp_gil_trace_reserve(GpGil *g, size_t cap) {
  gil_lock(&g->mu);
  if (!g->trace_cap && cap) {
    g->trace = calloc(cap, sizeof *g->trace);
    g->trace_cap = g->trace ? cap : 0;
  }
  int r = g->trace_cap ? 0 : -1;
  gil_unlock(&g->mu);
  return r;
}

size_t gp_gil_trace_capacity(GpGil *g) {
  gil_lock(&g->mu);
  size_t cap = g->trace_cap;
  gil_unlock(&g->mu);
  return cap;
}

int gp_gil_init(GpGil *g, const gp_Options *o) {
  memset(g, 0, sizeof *g);
  g->model = o->gil;
  double si = o->switch_interval > 0 ? o->switch_interval : DEFAULT_INTERVAL_US * 1e-6;
  atomic_init(&g->interval_us, (int64_t)(si * 1e6));
  atomic_init(&g->check_interval,
              o->check_interval > 0 ? o->check_interval : DEFAULT_CHECK_INTERVAL);
  if (o->trace_capacity) {
    g->trace = calloc(o->trace_capacity, sizeof *g->trace);
    if (!g->trace) return -1;
    g->trace_cap = o->trace_capacity;
  }
  pthread_condattr_t ca;
  int ok = pthread_condattr_init(&ca) == 0;
  ok = ok && pthread_condattr_setclock(&ca, CLOCK_MONOTONIC) == 0;
  ok = ok && pthread_mutex_init(&g->mu, NULL) == 0;
  ok = ok && pthread_mutex_init(&g->switch_mu, NULL) == 0;
  ok = ok && pthread_cond_init(&g->cond, &ca) == 0;
  ok = ok && pthread_cond_init(&g->switch_cond, &ca) == 0;
  ok = ok && pthread_cond_init(&g->prio_cond, &ca) == 0;
  for (int i = 0; i < GP_FIFO_CONDS; i++)
    ok = ok && pthread_cond_init(&g->fifo_cond[i], &ca) == 0;
  pthread_condattr_destroy(&ca);
  if (!ok) {
    free(g->trace);
    g->trace = NULL;
    return -1;
  }
  return 0;
}

void gp_gil_destroy(GpGil *g) {
  pthread_cond_destroy(&g->prio_cond);
  for (int i = 0; i < GP_FIFO_CONDS; i++)
    pthread_cond_destroy(&g->fifo_cond[i]);
  pthread_cond_destroy(&g->switch_cond);
  pthread_cond_destroy(&g->cond);
  pthread_mutex_destroy(&g->switch_mu);
  pthread_mutex_destroy(&g->mu);
  free(g->trace);
  g->trace = NULL;
  g->trace_cap = 0;
}

/* The child of a fork has only ts, the forking thread, which holds the GIL
** (or, under gil=none, stopped the world): the other threads' waits,
** tickets, requests and parks would otherwise make its next drop wait
** for threads that do not exist there. Their mutexes may have been held
** at the fork: made anew. */
void gp_gil_after_fork_child(GpGil *g, GpThread *ts) {
  pthread_condattr_t ca;
  pthread_condattr_init(&ca);
  pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
  pthread_mutex_init(&g->mu, NULL);
  pthread_mutex_init(&g->switch_mu, NULL);
  pthread_cond_init(&g->cond, &ca);
  pthread_cond_init(&g->switch_cond, &ca);
  pthread_cond_init(&g->prio_cond, &ca);
  for (int i = 0; i < GP_FIFO_CONDS; i++)
    pthread_cond_init(&g->fifo_cond[i], &ca);
  pthread_condattr_destroy(&ca);
  atomic_store(&g->drop_request, 0);
  atomic_fetch_and(&g->eval_breaker, ~(BRK_DROP | BRK_STW));
  atomic_store(&g->prio_waiting, 0);
  g->prio_spinners = g->prio_ordinary = 0;
  g->waiters = g->next_owner = NULL;
  g->next_ticket = g->serving + 1;
  g->running = 1;
  g->stopper = NULL;
  if (g->model != GP_GIL_NONE) {
    atomic_store(&g->locked, 1);
    atomic_store(&g->holder, ts);
    g->owner = ts;
  }
}
