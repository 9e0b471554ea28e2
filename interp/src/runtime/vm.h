/*
** vm.h — the VM (one interpreter: modules, GIL, options) and the per-thread
** state (one per attached OS thread: frames, current exception, GIL stats).
** Nothing here is a process global: two VMs share only immortal objects
** (types, interned strings), so one VM per thread runs in parallel.
*/
#ifndef GP_VM_H
#define GP_VM_H

#include <pthread.h>

#include "gc.h"
#include "gil.h"
#include "gp.h"
#include "retire.h"

struct GpVM {
  gp_Options opt;
  GpGil gil;
  pthread_mutex_t lock; /* modules, thread list, output */
  GpObj *modules;       /* dict: name -> module */
  GpObj *builtins;      /* dict of the builtins module */
  GpObj *last_module;   /* last module loaded through the API */
  GpThread *threads;    /* attached threads (linked through next) */
  unsigned next_thread_id;
  _Atomic int nthreads_alive; /* threading.active_count() */
  uint32_t obj_flags;         /* GP_F_ATOMIC under gil=none */
  void *priv;                 /* vm.c's own state */
  void *threading;            /* threadmod.c's state (owned by the threading module) */
  GpGc gc;                    /* the cycle collector (gc.c) */
  GpRetired retired;          /* gil=none: released at the next stop (retire.h) */
  GpObj *signals;             /* signalmod.c: the Python handlers by number (a list), or NULL */
  GpObj *atexit;              /* atexitmod.c: the registered callbacks (a list), or NULL */
  uint64_t main_ident;        /* the main thread's ident: the first one attached */
};

struct GpThread {
  GpVM *vm;
  GpThread *next;
  unsigned id;          /* gp_thread_id */
  GpValue exc;          /* the exception being raised, or GP_T_NONE */
  GpValue handling;     /* exception handled by the innermost except */
  GpObj *lent;          /* the caller's handled exception a running generator sees (vm.c) */
  int depth;            /* Python call depth (RecursionError) */
  int cnest;            /* C recursion of object operations (ops.c's gp_rec_enter) */
  int ticks;            /* legacy: instructions until the next check */
  GpGilThreadStats gil; /* this thread's GIL counters */
  bool holds_gil;
  GpObj *name;    /* threading name (str), or NULL */
  uint64_t ident; /* threading.get_ident() */
  char *errtext;  /* gp_error() buffer */
  char *errtype;
  void *frame; /* vm.c's innermost frame */
  void *stack; /* vm.c's frame stack (chunks), freed by gp_detach */
  void *tfree; /* tuple.c's cache of freed small tuples */
  void *ifree; /* instfree.c's cache of freed instance blocks */

  GpRcLocal *rcl; /* rcdefer.c: pending changes to deferred counts, or NULL */
  /* sys.set_asyncgen_hooks: firstiter, finalizer (agen.c) */
  GpValue agen_hooks[2];
  /* contextvars' running Context, None in a new thread (contextvars_py.c) */
  GpValue context;
};

/* vm.c: the innermost running frame's globals (borrowed), for globals();
** NULL outside any code. */
GpObj *gp_vm_globals(GpThread *t);
/* vm.c: locals() of the innermost running frame (a new reference): module
** code's globals and a class body's (or exec's) namespace themselves, a
** function's bound locals copied into a new dict, as CPython shows them. */
GpValue gp_vm_locals(GpThread *t);
/* vm.c: the running frame `up` frames out from the innermost one whose
** code's file is not `skip` (logging's caller, as CPython's findCaller):
** its code (borrowed) and the word being run; false past the outermost. */
struct GpCode;
bool gp_vm_frame_at(GpThread *t, const char *skip, int up, const struct GpCode **code,
                    uint32_t *pc);
/* modules/caller.c: (pathname, lineno, funcName) of that frame (up an int,
** else 0), None past the outermost: logging's and warnings' _caller. */
GpValue gp_caller_info(GpThread *t, const char *skip, GpValue up);

#endif
