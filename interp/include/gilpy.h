/*
** gilpy.h — the embedding API of gilpy, an interpreter for a Python subset
** whose GIL model can be switched (see shared/DESIGN.md).
**
** Lifecycle: gp_options_default → gp_open → gp_attach (per OS thread) →
** gp_load_file / gp_call … → gp_detach → gp_close.
**
** Threads: a gp_VM may be shared by many OS threads; each one that calls
** into the VM first attaches (gp_attach) and gets its own gp_Thread.
** Every call that runs Python code takes the VM's GIL on entry and drops it
** on return, so N harness threads calling into one VM contend for its GIL
** exactly as N Python threads would. One VM per thread (subinterpreter mode)
** needs nothing special: VMs share no mutable state.
*/
#ifndef GILPY_H
#define GILPY_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GP_VERSION "0.1.0"

typedef struct GpVM gp_VM;
typedef struct GpThread gp_Thread;

/* new: CPython >= 3.2; legacy: CPython <= 3.1; none: free-threaded; fifo:
** Ruby's GVL; priority: new + bpo-7946's I/O priority; fair: least GIL time
** first (bpo-7946's BFS). docs/gil-designs.md compares them. */
typedef enum {
  GP_GIL_NEW = 0,
  GP_GIL_LEGACY = 1,
  GP_GIL_NONE = 2,
  GP_GIL_FIFO = 3,
  GP_GIL_PRIORITY = 4,
  GP_GIL_FAIR = 5
} gp_GilModel;
#define GP_GIL_NMODELS 6

typedef struct gp_Options {
  gp_GilModel gil;
  double switch_interval; /* seconds, every model but legacy, none; default 0.005 */
  int check_interval;     /* instructions, gil=legacy; default 100 */
  int recursion_limit;    /* Python frames; default 1000 */
  size_t trace_capacity;  /* GIL trace events kept; 0 = no trace buffer */
  FILE *out;              /* print(); default stdout */
  FILE *err;              /* tracebacks; default stderr */
  int argc;               /* sys.argv */
  char **argv;
} gp_Options;

void gp_options_default(gp_Options *o);
/* Parses a model name (gp_gil_model_name); returns -1 for anything else. */
int gp_gil_model_parse(const char *name, gp_GilModel *out);
const char *gp_gil_model_name(gp_GilModel m);

/* Opens a VM; NULL with a message in err on invalid options. */
gp_VM *gp_open(const gp_Options *o, char *err, size_t errlen);
/* Closes a VM. Every gp_Thread but the caller's must be detached. */
void gp_close(gp_VM *vm);

/* Registers the calling OS thread with vm. Does not hold the GIL on return. */
gp_Thread *gp_attach(gp_VM *vm);
void gp_detach(gp_Thread *t);

/* Runs a file or a string as module `modname` ("__main__" for scripts).
** 0 on success; -1 if it raised or failed to compile (see gp_error). */
int gp_load_file(gp_Thread *t, const char *path, const char *modname);
int gp_load_string(gp_Thread *t, const char *src, const char *filename, const char *modname);

typedef enum { GP_ARG_INT, GP_ARG_FLOAT, GP_ARG_STR } gp_ArgKind;
typedef struct gp_Arg {
  gp_ArgKind kind;
  int64_t i;
  double f;
  const char *s;
} gp_Arg;

typedef enum {
  GP_RES_NONE,
  GP_RES_INT,   /* fits in int64: i */
  GP_RES_FLOAT, /* f */
  GP_RES_STR,   /* s: the str's text */
  GP_RES_OTHER  /* s: repr() of the value (bignums, lists, ...) */
} gp_ResultKind;

typedef struct gp_Result {
  gp_ResultKind kind;
  int64_t i;
  double f;
  char *s; /* malloc'd; release with gp_result_free */
} gp_Result;

/* Calls module-level function `func` of module `modname` (NULL = the last
** module loaded by this VM). 0 on success, -1 if it raised (gp_error). */
int gp_call(gp_Thread *t, const char *modname, const char *func, int nargs, const gp_Arg *args,
            gp_Result *res);
void gp_result_free(gp_Result *r);

/* Text of the last error on this thread: a CPython-shaped traceback
** ("Traceback …\nType: message\n"), or "" if none. Valid until the next call. */
const char *gp_error(gp_Thread *t);
/* The last error's exception type name ("ValueError"), or NULL. */
const char *gp_error_type(gp_Thread *t);

/* Asks every thread running in vm to raise KeyboardInterrupt at its next
** eval-breaker check. Async-signal-safe. */
void gp_interrupt(gp_VM *vm);

/* GIL instrumentation. */
typedef struct gp_GilStats {
  uint64_t acquisitions;    /* GIL takes */
  uint64_t switches;        /* takes by a thread other than the last holder */
  uint64_t forced_switches; /* drops caused by a drop request */
  uint64_t drop_requests;   /* drop requests set by waiters */
  uint64_t wait_ns;         /* time spent waiting to take */
  uint64_t hold_ns;         /* time spent holding */
} gp_GilStats;

void gp_gil_stats(gp_VM *vm, gp_GilStats *out);           /* VM totals */
void gp_thread_gil_stats(gp_Thread *t, gp_GilStats *out); /* this thread */
unsigned gp_thread_id(gp_Thread *t);                      /* small id, 1 = first attached */

typedef enum {
  GP_EV_TAKE = 1,    /* thread took the GIL */
  GP_EV_DROP = 2,    /* thread dropped the GIL */
  GP_EV_REQUEST = 3, /* thread set a drop request */
  GP_EV_WAIT = 4     /* thread started waiting for the GIL */
} gp_TraceKind;

typedef struct gp_TraceEvent {
  uint64_t t_ns;   /* CLOCK_MONOTONIC */
  uint32_t thread; /* gp_thread_id */
  uint32_t kind;   /* gp_TraceKind */
} gp_TraceEvent;

void gp_trace_start(gp_VM *vm);
void gp_trace_stop(gp_VM *vm);
/* Copies up to max recorded events (oldest first); returns how many. */
size_t gp_trace_read(gp_VM *vm, gp_TraceEvent *buf, size_t max);

#ifdef __cplusplus
}
#endif
#endif
