/*
** gilpy.h — the embedding API of gilpy, an interpreter for a Python subset
** whose GIL model can be switched (see docs/design.md).
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

/* The library is compiled with -fvisibility=hidden: only what is marked
** GP_API is the interface (a shared build exports nothing else). */
#if defined(__GNUC__)
#define GP_API __attribute__((visibility("default")))
#else
#define GP_API
#endif

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

GP_API void gp_options_default(gp_Options *o);
/* Parses a model name (gp_gil_model_name); returns -1 for anything else. */
GP_API int gp_gil_model_parse(const char *name, gp_GilModel *out);
GP_API const char *gp_gil_model_name(gp_GilModel m);

/* The knobs' validators: gp_open, sys.setswitchinterval and every front end
** (the gilpy command, gilbench's flags and suite files) use them, so a knob
** has one rule and one message. Each reads text (a flag's or a file's value:
** all of it, one name or number) into *out or, with text NULL, checks *out.
** 0 if valid; else the reason in err (no value or option in it) and -1 (out
** of range: a ValueError) or -2 (too large to represent: an OverflowError). */
GP_API int gp_knob_gil(const char *text, gp_GilModel *out, char *err, size_t errlen);
GP_API int gp_knob_switch_interval(const char *text, double *out, char *err, size_t errlen);
GP_API int gp_knob_check_interval(const char *text, int *out, char *err, size_t errlen);
GP_API int gp_knob_recursion_limit(const char *text, int *out, char *err, size_t errlen);

/* Opens a VM; NULL with a message in err on invalid options (gp_knob_*'s). */
GP_API gp_VM *gp_open(const gp_Options *o, char *err, size_t errlen);
/* Closes a VM. Every gp_Thread but the caller's must be detached. */
GP_API void gp_close(gp_VM *vm);

/* Registers the calling OS thread with vm. Does not hold the GIL on return. */
GP_API gp_Thread *gp_attach(gp_VM *vm);
GP_API void gp_detach(gp_Thread *t);

/* Runs a file or a string as module `modname` ("__main__" for scripts).
** 0 on success; -1 if it raised or failed to compile (see gp_error). */
GP_API int gp_load_file(gp_Thread *t, const char *path, const char *modname);
GP_API int gp_load_string(gp_Thread *t, const char *src, const char *filename, const char *modname);

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
GP_API int gp_call(gp_Thread *t, const char *modname, const char *func, int nargs,
                   const gp_Arg *args, gp_Result *res);
GP_API void gp_result_free(gp_Result *r);

/* The positional arguments module-level function `func` of module `modname`
** (NULL = the last module loaded) takes, without calling it: *min to *max,
** *max = -1 if unknown (a built-in or a type). 0, or -1 if there is no such
** function or it is not callable (gp_error: AttributeError, TypeError). */
GP_API int gp_arity(gp_Thread *t, const char *modname, const char *func, int *min, int *max);

/* The public Python functions module `modname` (NULL = the last loaded) has
** as globals (imported ones too), in order, as "a, b, c" into out (cut with "..." when full): how
** many there are, or -1 if there is no such module (gp_error says why). */
GP_API int gp_functions(gp_Thread *t, const char *modname, char *out, size_t len);

/* Text of the last error on this thread: a CPython-shaped traceback
** ("Traceback …\nType: message\n"), or "" if none. Valid until the next call. */
GP_API const char *gp_error(gp_Thread *t);
/* The last error's exception type name ("ValueError"), or NULL. */
GP_API const char *gp_error_type(gp_Thread *t);

/* The exit status python3 would end with after t's last error, as the
** gilpy command ends: SystemExit's code (None 0, an int its low 8 bits,
** anything else 1), 130 for KeyboardInterrupt, 1 for any other error, 0 if
** there is none. *report: what python3 prints on stderr then (the
** traceback, a non-int SystemExit code, or ""); valid as gp_error's text. */
GP_API int gp_exit_status(gp_Thread *t, const char **report);

/* Waits for the threads started by the threading module that are not
** daemons, as CPython does at exit, after running the callables registered
** with threading._register_atexit (concurrent.futures' pools stop their idle
** workers so) on a gp_Thread of its own; then the atexit module's callbacks
** run, on such a thread too. Call with no gp_Thread of vm running
** code, before gp_close. Returns how many daemon threads still run: gp_close
** must not be called while any does (end the process instead). */
GP_API int gp_threading_shutdown(gp_VM *vm);

/* Asks every thread running in vm to raise KeyboardInterrupt at its next
** eval-breaker check. Async-signal-safe. */
GP_API void gp_interrupt(gp_VM *vm);

/* GIL instrumentation. */
typedef struct gp_GilStats {
  uint64_t acquisitions;    /* GIL takes */
  uint64_t switches;        /* takes by a thread other than the last holder */
  uint64_t forced_switches; /* drops caused by a drop request */
  uint64_t drop_requests;   /* drop requests set by waiters */
  uint64_t wait_ns;         /* time spent waiting to take */
  uint64_t hold_ns;         /* time spent holding */
} gp_GilStats;

GP_API void gp_gil_stats(gp_VM *vm, gp_GilStats *out);           /* VM totals */
GP_API void gp_thread_gil_stats(gp_Thread *t, gp_GilStats *out); /* this thread */
GP_API unsigned gp_thread_id(gp_Thread *t);                      /* small id, 1 = first attached */

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

GP_API void gp_trace_start(gp_VM *vm);
GP_API void gp_trace_stop(gp_VM *vm);
/* Copies up to max recorded events (oldest first); returns how many. */
GP_API size_t gp_trace_read(gp_VM *vm, gp_TraceEvent *buf, size_t max);

#ifdef __cplusplus
}
#endif
#endif
