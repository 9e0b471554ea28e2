/*
** threadmod.c — the `threading` module: real pthreads inside one VM,
** sharing its GIL exactly as CPython's threads share theirs.
**
** Thread(target=, args=, kwargs=, name=, daemon=) with start, join, is_alive,
** run, name, ident, daemon; Lock, RLock (with `with`), Event; current_thread,
** main_thread, get_ident, get_native_id, active_count, enumerate. The rest
** (Condition, Semaphore, Barrier, Timer, local) is Python, threading_py.c,
** over these: RLock has CPython's _release_save/_acquire_restore/_is_owned
** for Condition, _register_atexit's callables run at exit before the
** non-daemon threads are waited for (concurrent.futures stops idle workers),
** and a thread's uncaught exception goes to threading.excepthook.
**
** Threads. start() attaches a new gp_Thread for the child (gp_attach) and
** registers the Thread object, then creates a detached pthread. The child
** takes the GIL, runs the target, reports an uncaught exception the way
** threading.excepthook does, unregisters, drops the GIL and detaches. Only
** then does it mark the Thread's ThreadSync done: joiners and
** gp_threading_shutdown wait for that, so once they return the child no
** longer touches the VM. ThreadSync is plain C memory with an atomic count,
** because the child still signals it after it has given up the GIL.
**
** A class may derive from Thread (GP_TPF_SUBCLASSABLE): its instances wrap
** a Thread made by Thread.__init__, whose methods get the instance as self
** so that start() runs the instance's own run() on the new thread.
**
** Blocking waits (Lock.acquire, join, Event.wait) release the GIL, like
** CPython's Py_BEGIN_ALLOW_THREADS, and poll for gp_interrupt every
** THR_POLL_NS so a harness deadline can stop a thread stuck in one.
**
** Lock order: the GIL, then a lock's or the state's mutex; nothing waits for
** the GIL while holding one of those mutexes.
*/
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "class.h"
#include "obj.h"
#include "traceback.h"
#include "vm.h"

#define THR_POLL_NS 50000000ull      /* interrupt polling while blocked */
#define THR_TIMEOUT_MAX 9223372036.0 /* threading.TIMEOUT_MAX, seconds */
#define THR_FOREVER UINT64_MAX

int gp_threading_py_open(GpThread *t, GpObj *d); /* threading_py.c */

/* -------------------------------------------------------------- helpers */

static void thr_cond_init(pthread_cond_t *c) {
  pthread_condattr_t a;
  pthread_condattr_init(&a);
  pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
  pthread_cond_init(c, &a);
  pthread_condattr_destroy(&a);
}

enum { W_RAISED = -2, W_INTERRUPTED = -1, W_TIMEOUT = 0, W_READY = 1 };

/* The exception of a wait that thr_wait ended (w < 0). */
static GpValue thr_wait_failed(GpThread *t, int w) {
  return w == W_INTERRUPTED ? gp_raise_keyboard_interrupt(t) : GP_ERRV;
}

/* In thr_wait, mu held: runs the main thread's signal handlers without
** mu (a handler may use the same lock); W_RAISED if one raised. */
static int thr_wait_signal(GpThread *t, pthread_mutex_t *mu) {
  pthread_mutex_unlock(mu);
  int r = gp_signal_run_blocked(t);
  pthread_mutex_lock(mu);
  return r < 0 ? W_RAISED : W_READY;
}

/* Waits on c (mu held, GIL released) until ready(arg) or the deadline
** (gp_now_ns time, THR_FOREVER for none). A signal's handler runs within
** the next poll; if it returns, the wait goes on (PEP 475). */
static int thr_wait(GpThread *t, pthread_cond_t *c, pthread_mutex_t *mu,
                    bool (*ready)(const void *), const void *arg, uint64_t deadline) {
  while (!ready(arg)) {
    if (gp_gil_take_interrupt(&t->vm->gil, t)) return W_INTERRUPTED;
    if (gp_signal_waiting(t) && thr_wait_signal(t, mu) == W_RAISED) return W_RAISED;
    if (ready(arg)) break;
    uint64_t now = gp_now_ns();
    if (now >= deadline) return W_TIMEOUT;
    uint64_t until = deadline - now > THR_POLL_NS ? now + THR_POLL_NS : deadline;
    struct timespec ts = {.tv_sec = (time_t)(until / 1000000000u),
                          .tv_nsec = (long)(until % 1000000000u)};
    pthread_cond_timedwait(c, mu, &ts);
  }
  return W_READY;
}

static bool thr_is_number(GpValue v) {
  return gp_is_int(v) || GP_IS_FLOAT(v);
}

static uint64_t thr_deadline(double seconds) {
  if (seconds <= 0) return gp_now_ns();
  if (seconds >= THR_TIMEOUT_MAX) return THR_FOREVER;
  return gp_now_ns() + (uint64_t)(seconds * 1e9);
}

/* A timeout of join/Event.wait: None (forever) or a number; CPython compares
** it with 0, hence the wording. */
static int thr_timeout(GpThread *t, GpValue v, bool reversed, uint64_t *deadline) {
  if (GP_IS_ERR(v) || GP_IS_NONE(v)) {
    *deadline = THR_FOREVER;
    return 0;
  }
  if (!thr_is_number(v)) {
    const char *tn = gp_typeof(v)->name;
    gp_raise(t, &gp_exc_TypeError, "'>' not supported between instances of '%s' and '%s'",
             reversed ? "int" : tn, reversed ? tn : "int");
    return -1;
  }
  double s;
  if (gp_to_double(t, v, &s) < 0) return -1;
  *deadline = thr_deadline(s);
  return 0;
}

static GpValue thr_ident_value(uint64_t ident) {
  return gp_intv((int64_t)ident);
}

/* ---------------------------------------------------------- ThreadSync */

typedef struct ThreadSync {
  _Atomic int rc;
  _Atomic bool done; /* written under mu; read without it by the registry */
  bool started;      /* under mu: the thread runs (start() waits for it) */
  bool daemon;
  pthread_mutex_t mu;
  pthread_cond_t cond;
} ThreadSync;

static ThreadSync *sync_new(bool daemon) {
  ThreadSync *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  atomic_init(&s->rc, 1);
  s->daemon = daemon;
  pthread_mutex_init(&s->mu, NULL);
  thr_cond_init(&s->cond);
  return s;
}

static void sync_incref(ThreadSync *s) {
  atomic_fetch_add(&s->rc, 1);
}

static void sync_decref(ThreadSync *s) {
  if (atomic_fetch_sub(&s->rc, 1) != 1) return;
  pthread_cond_destroy(&s->cond);
  pthread_mutex_destroy(&s->mu);
  free(s);
}

static bool sync_is_done(const void *s) {
  return atomic_load(&((const ThreadSync *)s)->done);
}

static bool sync_is_started(const void *s) {
  return ((const ThreadSync *)s)->started || sync_is_done(s);
}

static void sync_start(ThreadSync *s) {
  pthread_mutex_lock(&s->mu);
  s->started = true;
  pthread_cond_broadcast(&s->cond);
  pthread_mutex_unlock(&s->mu);
}

static void sync_finish(ThreadSync *s) {
  pthread_mutex_lock(&s->mu);
  atomic_store(&s->done, true);
  pthread_cond_broadcast(&s->cond);
  pthread_mutex_unlock(&s->mu);
}

/* ------------------------------------------------------- module state */

enum { TK_THREAD, TK_MAIN, TK_DUMMY };

typedef struct ThreadObj {
  GpObj ob;
  int kind;
  GpValue target, args, kwargs; /* released once run */
  GpValue runner;               /* a subclass instance whose run() start() calls; until run */
  GpObj *name;                  /* str; these fields under the state's mu */
  bool daemon, started;
  uint64_t ident;    /* 0: not started */
  int64_t native_id; /* the kernel's thread id; 0: not started */
  ThreadSync *sync;  /* TK_THREAD once started */
} ThreadObj;

typedef struct ThreadEntry {
  ThreadObj *obj; /* a reference */
  GpThread *ts;
} ThreadEntry;

/* Per VM; a GpObj so that the module's dict owns and frees it. */
typedef struct ThreadState {
  GpObj ob;
  pthread_mutex_t mu;
  unsigned counter; /* Thread-N and Dummy-N, one counter as in CPython */
  ThreadEntry *reg; /* the live threads */
  size_t nreg, capreg;
  ThreadSync **syncs; /* started threads not yet seen done (shutdown) */
  size_t nsyncs, capsyncs;
  ThreadObj *main;
  GpObj *dict;     /* the module's, which owns this state */
  GpValue *atexit; /* threading._register_atexit's callables, in order */
  size_t natexit, capatexit;
  size_t stack_size; /* threading.stack_size(): 0 is the system's default */
} ThreadState;

/* Threads, locks and events hash by identity, as CPython's objects do
** (a ThreadPoolExecutor keeps its threads in a set). */
static int thr_hash(GpThread *t, GpValue self, int64_t *h) {
  (void)t;
  *h = (int64_t)((uintptr_t)self.as.o >> 4);
  return 0;
}

static ThreadState *thr_state(GpThread *t) {
  return t->vm->threading;
}

static void state_dealloc(GpObj *o) {
  ThreadState *st = (ThreadState *)o;
  for (size_t i = 0; i < st->nreg; i++)
    gp_decref_o(&st->reg[i].obj->ob);
  for (size_t i = 0; i < st->nsyncs; i++)
    sync_decref(st->syncs[i]);
  for (size_t i = 0; i < st->natexit; i++)
    GP_DECREF(st->atexit[i]);
  free(st->reg);
  free(st->syncs);
  free(st->atexit);
  pthread_mutex_destroy(&st->mu);
}

static GpType thr_type_state = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "_threading_state",
    .dealloc = state_dealloc,
};

static bool thr_grow(void **p, size_t *cap, size_t n, size_t size) {
  if (n < *cap) return true;
  size_t c = *cap ? 2 * *cap : 8;
  void *q = realloc(*p, c * size);
  if (!q) return false;
  *p = q;
  *cap = c;
  return true;
}

/* Caller holds st->mu. */
static bool reg_add(GpVM *vm, ThreadState *st, ThreadObj *obj, GpThread *ts) {
  if (!thr_grow((void **)&st->reg, &st->capreg, st->nreg, sizeof *st->reg)) return false;
  gp_incref_o(&obj->ob);
  st->reg[st->nreg++] = (ThreadEntry){obj, ts};
  atomic_store(&vm->nthreads_alive, (int)st->nreg);
  return true;
}

/* Caller holds st->mu; returns the registry's reference. */
static ThreadObj *reg_remove(GpVM *vm, ThreadState *st, ThreadObj *obj) {
  for (size_t i = 0; i < st->nreg; i++) {
    if (st->reg[i].obj != obj) continue;
    st->reg[i] = st->reg[--st->nreg];
    atomic_store(&vm->nthreads_alive, (int)st->nreg);
    return obj;
  }
  return NULL;
}

static ThreadObj *reg_find(ThreadState *st, GpThread *ts) {
  for (size_t i = 0; i < st->nreg; i++)
    if (st->reg[i].ts == ts) return st->reg[i].obj;
  return NULL;
}

/* ------------------------------------------------------------- Thread */

static GpType thr_type_thread;
static int thread_setattr(GpThread *t, GpValue self, GpObj *name, GpValue v);
/* The Thread of self: itself, or a subclass instance's payload. */
#define THREAD(v) ((ThreadObj *)gp_unwrap(v).as.o)

static void thread_dealloc(GpObj *o) {
  ThreadObj *th = (ThreadObj *)o;
  GP_DECREF(th->target);
  GP_DECREF(th->args);
  GP_DECREF(th->kwargs);
  GP_DECREF(th->runner);
  if (th->name) gp_decref_o(th->name);
  if (th->sync) sync_decref(th->sync);
}

/* A Thread holds its target and arguments until it has run (an instance
** whose Thread targets one of its methods is a cycle); no clear: the
** instance's dict breaks such cycles. */
static int thread_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  ThreadObj *th = (ThreadObj *)o;
  GP_VISIT(th->target, visit, arg);
  GP_VISIT(th->args, visit, arg);
  GP_VISIT(th->kwargs, visit, arg);
  GP_VISIT(th->runner, visit, arg);
  return 0;
}

static ThreadObj *thread_alloc(GpThread *t, int kind, GpObj *name) {
  ThreadObj *th = (ThreadObj *)gp_alloc(t, &thr_type_thread, sizeof(ThreadObj));
  if (!th) {
    gp_decref_o(name);
    gp_raise_nomem(t);
    return NULL;
  }
  th->kind = kind;
  th->target = th->args = th->kwargs = th->runner = GP_NONEV;
  th->name = name;
  return th;
}

/* The calling thread's Thread object (borrowed); a dummy one, registered,
** for threads that threading did not start ("Dummy-N", as in CPython). */
static ThreadObj *thread_current(GpThread *t) {
  ThreadState *st = thr_state(t);
  pthread_mutex_lock(&st->mu);
  ThreadObj *th = reg_find(st, t);
  unsigned n = th ? 0 : ++st->counter;
  pthread_mutex_unlock(&st->mu);
  if (th) return th;
  GpValue name = gp_str_printf(t, "Dummy-%u", n);
  if (GP_IS_ERR(name)) return NULL;
  th = thread_alloc(t, TK_DUMMY, name.as.o);
  if (!th) return NULL;
  th->daemon = th->started = true;
  th->ident = (uint64_t)pthread_self();
  th->native_id = (int64_t)syscall(SYS_gettid);
  pthread_mutex_lock(&st->mu);
  bool ok = reg_add(t->vm, st, th, t);
  pthread_mutex_unlock(&st->mu);
  gp_decref_o(&th->ob);
  if (!ok) gp_raise_nomem(t);
  return ok ? th : NULL;
}

static GpObj *thread_default_name(GpThread *t, GpValue target) {
  ThreadState *st = thr_state(t);
  pthread_mutex_lock(&st->mu);
  unsigned n = ++st->counter;
  pthread_mutex_unlock(&st->mu);
  GpValue tname = GP_NONEV;
  if (!GP_IS_NONE(target)) {
    GpObj *attr = gp_intern_cstr("__name__");
    tname = attr ? gp_getattr(t, target, attr) : GP_ERRV;
    if (GP_IS_ERR(tname)) { /* no __name__: just Thread-N */
      GP_DECREF(t->exc);
      t->exc = GP_NONEV;
    }
  }
  GpValue name;
  if (GP_IS_TYPE(tname, gp_type_str))
    name = gp_str_printf(t, "Thread-%u (%s)", n, GP_STR(tname)->data);
  else
    name = gp_str_printf(t, "Thread-%u", n);
  GP_DECREF(tname);
  return GP_IS_ERR(name) ? NULL : name.as.o;
}

/* Thread(group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None) */
static GpValue thread_new(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  static const char *const names[] = {"group", "target", "name", "args", "kwargs", "$daemon"};
  GpValue a[6];
  if (gp_parse_args(t, "Thread", args, nargs, kwnames, names, 6, 0, a)) return GP_ERRV;
  for (int i = 0; i < 6; i++)
    if (GP_IS_ERR(a[i])) a[i] = GP_NONEV;
  if (!GP_IS_NONE(a[0]))
    return gp_raise(t, &gp_exc_AssertionError, "group argument must be None for now");
  if (!thr_state(t)) return gp_raise(t, &gp_exc_RuntimeError, "threading is not initialized");
  GpObj *name;
  if (GP_IS_NONE(a[2])) {
    name = thread_default_name(t, a[1]);
  } else {
    GpValue s = gp_str(t, a[2]);
    name = GP_IS_ERR(s) ? NULL : s.as.o;
  }
  if (!name) return GP_ERRV;
  bool daemon;
  if (GP_IS_NONE(a[5])) {
    ThreadObj *cur = thread_current(t);
    if (!cur) {
      gp_decref_o(name);
      return GP_ERRV;
    }
    ThreadState *st = thr_state(t);
    pthread_mutex_lock(&st->mu);
    daemon = cur->daemon;
    pthread_mutex_unlock(&st->mu);
  } else {
    int d = gp_truthy(t, a[5]);
    if (d < 0) {
      gp_decref_o(name);
      return GP_ERRV;
    }
    daemon = d;
  }
  ThreadObj *th = thread_alloc(t, TK_THREAD, name);
  if (!th) return GP_ERRV;
  th->daemon = daemon;
  th->target = a[1];
  th->kwargs = a[4];
  if (GP_IS_NONE(a[3])) {
    th->args = gp_tuple_new(t, 0);
    if (GP_IS_ERR(th->args)) {
      th->args = GP_NONEV;
      gp_decref_o(&th->ob);
      return GP_ERRV;
    }
  } else {
    th->args = a[3];
    GP_INCREF(th->args);
  }
  GP_INCREF(th->target);
  GP_INCREF(th->kwargs);
  return gp_objv(&th->ob);
}

/* Calls target(*args, **kwargs). */
static GpValue thread_call_target(GpThread *t, ThreadObj *th) {
  if (GP_IS_NONE(th->target)) return GP_NONEV;
  GpValue seq = th->args;
  if (GP_IS_TYPE(seq, gp_type_tuple) || GP_IS_TYPE(seq, gp_type_list))
    GP_INCREF(seq);
  else
    seq = gp_list_from_iter(t, seq);
  if (GP_IS_ERR(seq)) return seq;
  bool tuple = GP_IS_TYPE(seq, gp_type_tuple);
  size_t npos = tuple ? GP_TUPLE(seq)->len : GP_LIST(seq)->len, nkw = 0;
  GpValue r = GP_ERRV, kwnames = GP_NONEV;
  if (GP_IS_TYPE(th->kwargs, gp_type_dict)) {
    nkw = GP_DICT(th->kwargs)->len;
    if (nkw) kwnames = gp_tuple_new(t, nkw);
  } else if (!GP_IS_NONE(th->kwargs)) {
    gp_raise(t, &gp_exc_TypeError, "argument after ** must be a mapping, not %s",
             gp_typeof(th->kwargs)->name);
    kwnames = GP_ERRV;
  }
  GpValue *argv = GP_IS_ERR(kwnames) ? NULL : malloc((npos + nkw + 1) * sizeof *argv);
  if (argv) {
    memcpy(argv, tuple ? GP_TUPLE(seq)->items : GP_LIST(seq)->items, npos * sizeof *argv);
    size_t i = 0, k = 0;
    GpValue key, val;
    while (k < nkw && gp_dict_next(th->kwargs.as.o, &i, &key, &val)) {
      if (!GP_IS_TYPE(key, gp_type_str)) break;
      GP_INCREF(key);
      GP_TUPLE(kwnames)->items[k] = key;
      argv[npos + k++] = val;
    }
    if (k < nkw)
      gp_raise(t, &gp_exc_TypeError, "keywords must be strings");
    else
      r = gp_vm_call(t, th->target, argv, (int)(npos + nkw), nkw ? kwnames.as.o : NULL);
  } else if (!GP_IS_ERR(kwnames)) {
    gp_raise_nomem(t);
  }
  free(argv);
  GP_DECREF(kwnames);
  GP_DECREF(seq);
  return r;
}

/* Once run, a Thread lets go of its target and arguments (as CPython's). */
static void thread_clear_target(ThreadObj *th) {
  GpValue target = th->target, args = th->args, kwargs = th->kwargs, runner = th->runner;
  th->target = th->args = th->kwargs = th->runner = GP_NONEV;
  GP_DECREF(target);
  GP_DECREF(args);
  GP_DECREF(kwargs);
  GP_DECREF(runner);
}

/* What the new thread runs: a subclass's run(), or the target. */
static GpValue thread_body(GpThread *t, ThreadObj *th) {
  if (GP_IS_NONE(th->runner)) return thread_call_target(t, th);
  GpObj *run = gp_intern_cstr("run");
  GpValue fn = run ? gp_getattr(t, th->runner, run) : gp_raise_nomem(t);
  if (GP_IS_ERR(fn)) return fn;
  GpValue r = gp_vm_call(t, fn, NULL, 0, NULL);
  GP_DECREF(fn);
  return r;
}

/* HEADER, a newline and exc's traceback on stderr, in one piece. */
static void thr_print_exc(GpThread *t, const char *header, GpValue exc) {
  char *tb = gp_traceback_format(t, exc);
  FILE *f = t->vm->opt.err;
  fflush(t->vm->opt.out);
  flockfile(f);
  fprintf(f, "%s\n%s", header, tb ? tb : "");
  fflush(f);
  funlockfile(f);
  free(tb);
}

/* threading._print_exception(exc, header): the default excepthook's output. */
static GpValue thr_print_exception(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (nargs != 2 || kwnames || !GP_IS_OBJ(args[0]) || !GP_IS_TYPE(args[1], gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "_print_exception() takes an exception and a str");
  thr_print_exc(t, GP_STR(args[1])->data, args[0]);
  return GP_NONEV;
}

/* A thread's uncaught exception goes to threading.excepthook through
** threading_py.c's _invoke_excepthook(exc, thread); should that fail, it is
** printed here as the default hook would. */
static void thread_report(GpThread *t, ThreadObj *th) {
  GpValue exc = t->exc;
  t->exc = GP_NONEV;
  ThreadState *st = thr_state(t);
  GpValue hook = GP_ERRV;
  GpObj *key = gp_intern_cstr("_invoke_excepthook");
  if (!key || !gp_dict_get_str(st->dict, key, &hook)) hook = GP_ERRV;
  GpValue argv[2] = {exc, GP_IS_NONE(th->runner) ? gp_objv(&th->ob) : th->runner};
  GpValue r = GP_IS_ERR(hook) ? GP_ERRV : gp_vm_call(t, hook, argv, 2, NULL);
  GP_DECREF(hook);
  if (GP_IS_ERR(r)) GP_CLEAR(t->exc);
  if (GP_IS_ERR(r) && GP_IS_OBJ(exc) && !gp_exc_matches(exc, &gp_exc_SystemExit)) {
    pthread_mutex_lock(&st->mu);
    GpValue name = gp_objv(th->name);
    GP_INCREF(name);
    pthread_mutex_unlock(&st->mu);
    GpValue header = gp_str_printf(t, "Exception in thread %s:", GP_STR(name)->data);
    if (GP_IS_ERR(header)) GP_CLEAR(t->exc);
    thr_print_exc(t, GP_IS_ERR(header) ? "Exception in thread:" : GP_STR(header)->data, exc);
    GP_DECREF(header);
    GP_DECREF(name);
  }
  GP_DECREF(r);
  GP_DECREF(exc);
}

/* threading_py.c's _thread_ended(thread) as the thread ends: its
** threading.local dicts are freed then, not when the local is. */
static void thread_ended(GpThread *t, ThreadObj *th) {
  GpValue hook = GP_ERRV;
  GpObj *key = gp_intern_cstr("_thread_ended");
  if (!key || !gp_dict_get_str(thr_state(t)->dict, key, &hook)) return;
  GpValue arg = GP_IS_NONE(th->runner) ? gp_objv(&th->ob) : th->runner;
  GpValue r = gp_vm_call(t, hook, &arg, 1, NULL);
  if (GP_IS_ERR(r)) GP_CLEAR(t->exc);
  GP_DECREF(r);
  GP_DECREF(hook);
}

typedef struct ThreadBoot {
  GpThread *t;
  ThreadObj *th;
  ThreadSync *sync;
} ThreadBoot;

static void *thread_main(void *arg) {
  ThreadBoot b = *(ThreadBoot *)arg;
  free(arg);
  GpVM *vm = b.t->vm;
  b.t->ident = (uint64_t)pthread_self();
  ThreadState *st = vm->threading;
  pthread_mutex_lock(&st->mu);
  b.th->ident = b.t->ident; /* before start() returns, as CPython's */
  b.th->native_id = (int64_t)syscall(SYS_gettid);
  pthread_mutex_unlock(&st->mu);
  sync_start(b.sync);
  gp_gil_take(&vm->gil, b.t);
  GpValue r = thread_body(b.t, b.th);
  if (GP_IS_ERR(r)) thread_report(b.t, b.th);
  GP_DECREF(r);
  thread_ended(b.t, b.th);
  thread_clear_target(b.th);
  pthread_mutex_lock(&st->mu);
  ThreadObj *ref = reg_remove(vm, st, b.th);
  pthread_mutex_unlock(&st->mu);
  if (ref) gp_decref_o(&ref->ob);
  gp_gil_drop(&vm->gil, b.t);
  gp_detach(b.t);
  sync_finish(b.sync);
  sync_decref(b.sync);
  return NULL;
}

/* Caller holds st->mu: forgets the syncs of finished threads. */
static void state_prune(ThreadState *st) {
  size_t k = 0;
  for (size_t i = 0; i < st->nsyncs; i++) {
    if (sync_is_done(st->syncs[i]))
      sync_decref(st->syncs[i]);
    else
      st->syncs[k++] = st->syncs[i];
  }
  st->nsyncs = k;
}

/* A subclass instance's name and daemon, which assignments to the instance
** keep in its dict, become the Thread's as it starts. */
static int thread_adopt(GpThread *t, ThreadObj *th, GpValue inst) {
  static const char *const attrs[] = {"name", "daemon"};
  for (int i = 0; i < 2; i++) {
    GpObj *name = gp_intern_cstr(attrs[i]);
    GpValue v = name ? gp_getattr(t, inst, name) : gp_raise_nomem(t);
    if (GP_IS_ERR(v)) return -1;
    int r = thread_setattr(t, gp_objv(&th->ob), name, v);
    GP_DECREF(v);
    if (r < 0) return -1;
  }
  return 0;
}

/* start() returns once the new thread runs, as CPython's waits on its
** _started Event: is_alive(), ident and native_id are set by then. */
static GpValue thread_wait_started(GpThread *t, ThreadSync *sync) {
  int w = W_READY;
  GP_BEGIN_ALLOW_THREADS(t);
  pthread_mutex_lock(&sync->mu);
  w = thr_wait(t, &sync->cond, &sync->mu, sync_is_started, sync, THR_FOREVER);
  pthread_mutex_unlock(&sync->mu);
  GP_END_ALLOW_THREADS(t);
  return w < 0 ? thr_wait_failed(t, w) : GP_NONEV;
}

static GpValue thread_start(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_none(t, "start", nargs - 1, kwnames)) return GP_ERRV;
  ThreadObj *th = THREAD(args[0]);
  ThreadState *st = thr_state(t);
  GpVM *vm = t->vm;
  bool sub = gp_has_payload(args[0]);
  pthread_mutex_lock(&st->mu);
  bool fresh = !th->started;
  pthread_mutex_unlock(&st->mu);
  if (sub && fresh && thread_adopt(t, th, args[0]) < 0) return GP_ERRV;
  pthread_mutex_lock(&st->mu);
  bool again = th->started || th->kind != TK_THREAD;
  th->started = true;
  bool daemon = th->daemon;
  state_prune(st);
  bool room = thr_grow((void **)&st->syncs, &st->capsyncs, st->nsyncs, sizeof *st->syncs);
  pthread_mutex_unlock(&st->mu);
  if (again) return gp_raise(t, &gp_exc_RuntimeError, "threads can only be started once");

  ThreadSync *sync = room ? sync_new(daemon) : NULL;
  ThreadBoot *boot = malloc(sizeof *boot);
  GpThread *child = sync && boot ? gp_attach(vm) : NULL;
  if (!child) {
    free(boot);
    if (sync) sync_decref(sync);
    pthread_mutex_lock(&st->mu);
    th->started = false;
    pthread_mutex_unlock(&st->mu);
    return gp_raise_nomem(t);
  }
  sync_incref(sync); /* one for the Thread object, one for the child */
  *boot = (ThreadBoot){child, th, sync};
  if (sub) { /* the child calls its run(); released with the target */
    th->runner = args[0];
    GP_INCREF(th->runner);
  }
  pthread_mutex_lock(&st->mu);
  th->sync = sync;
  /* Grown again under this hold: under gil=none another start may have
  ** taken the slot grown above while the lock was released. */
  bool ok = thr_grow((void **)&st->syncs, &st->capsyncs, st->nsyncs, sizeof *st->syncs) &&
            reg_add(vm, st, th, child);
  if (ok) {
    sync_incref(sync);
    st->syncs[st->nsyncs++] = sync;
  }
  size_t stack = st->stack_size;
  pthread_mutex_unlock(&st->mu);

  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  if (stack) pthread_attr_setstacksize(&attr, stack); /* checked by stack_size() */
  pthread_t tid;
  int e = ok ? pthread_create(&tid, &attr, thread_main, boot) : ENOMEM;
  pthread_attr_destroy(&attr);
  if (e == 0) return thread_wait_started(t, sync);
  /* undo: the thread never ran */
  GP_CLEAR(th->runner);
  free(boot);
  gp_detach(child);
  pthread_mutex_lock(&st->mu);
  ThreadObj *ref = ok ? reg_remove(vm, st, th) : NULL;
  pthread_mutex_unlock(&st->mu);
  if (ref) gp_decref_o(&ref->ob);
  sync_finish(sync); /* the registry's copy is pruned later */
  sync_decref(sync); /* the child's */
  return gp_raise(t, &gp_exc_RuntimeError, "can't start new thread");
}

/* run(): the target on the calling thread; exceptions propagate. */
static GpValue thread_run(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_none(t, "run", nargs - 1, kwnames)) return GP_ERRV;
  GpValue r = thread_call_target(t, THREAD(args[0]));
  thread_clear_target(THREAD(args[0]));
  if (GP_IS_ERR(r)) return r;
  GP_DECREF(r);
  return GP_NONEV;
}

static GpValue thread_join(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  static const char *const names[] = {"timeout"};
  GpValue timeout;
  if (gp_parse_args(t, "join", args + 1, nargs - 1, kwnames, names, 1, 0, &timeout)) return GP_ERRV;
  ThreadObj *th = THREAD(args[0]);
  ThreadState *st = thr_state(t);
  pthread_mutex_lock(&st->mu);
  bool started = th->started;
  ThreadSync *sync = th->sync;
  if (sync) sync_incref(sync);
  pthread_mutex_unlock(&st->mu);
  if (!started) {
    if (sync) sync_decref(sync);
    return gp_raise(t, &gp_exc_RuntimeError, "cannot join thread before it is started");
  }
  ThreadObj *cur = thread_current(t);
  if (!cur || cur == th) {
    if (sync) sync_decref(sync);
    return cur ? gp_raise(t, &gp_exc_RuntimeError, "cannot join current thread") : GP_ERRV;
  }
  uint64_t deadline;
  if (!sync) return GP_NONEV; /* the main or a dummy thread: never joinable */
  if (thr_timeout(t, timeout, true, &deadline) < 0) {
    sync_decref(sync);
    return GP_ERRV;
  }
  int w = W_READY;
  if (!sync_is_done(sync)) {
    GP_BEGIN_ALLOW_THREADS(t);
    pthread_mutex_lock(&sync->mu);
    w = thr_wait(t, &sync->cond, &sync->mu, sync_is_done, sync, deadline);
    pthread_mutex_unlock(&sync->mu);
    GP_END_ALLOW_THREADS(t);
  }
  sync_decref(sync);
  return w < 0 ? thr_wait_failed(t, w) : GP_NONEV;
}

static bool thread_alive(ThreadObj *th) {
  return th->started && !(th->sync && sync_is_done(th->sync));
}

static GpValue thread_is_alive(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_none(t, "is_alive", nargs - 1, kwnames)) return GP_ERRV;
  ThreadState *st = thr_state(t);
  pthread_mutex_lock(&st->mu);
  bool alive = thread_alive(THREAD(args[0]));
  pthread_mutex_unlock(&st->mu);
  return gp_boolv(alive);
}

static GpValue thread_repr(GpThread *t, GpValue self) {
  static const char *const cls[] = {"Thread", "_MainThread", "_DummyThread"};
  ThreadObj *th = THREAD(self);
  ThreadState *st = thr_state(t);
  pthread_mutex_lock(&st->mu);
  const char *status = !th->started ? "initial" : thread_alive(th) ? "started" : "stopped";
  GpValue name = gp_objv(th->name);
  GP_INCREF(name);
  bool daemon = th->daemon;
  uint64_t ident = th->ident;
  pthread_mutex_unlock(&st->mu);
  GpValue r;
  if (ident)
    r = gp_str_printf(t, "<%s(%s, %s%s %llu)>", cls[th->kind], GP_STR(name)->data, status,
                      daemon ? " daemon" : "", (unsigned long long)ident);
  else
    r = gp_str_printf(t, "<%s(%s, %s%s)>", cls[th->kind], GP_STR(name)->data, status,
                      daemon ? " daemon" : "");
  GP_DECREF(name);
  return r;
}

static GpValue thread_getattr(GpThread *t, GpValue self, GpObj *name) {
  ThreadObj *th = THREAD(self);
  const char *s = ((GpStr *)name)->data;
  ThreadState *st = thr_state(t);
  GpValue r = GP_ERRV;
  pthread_mutex_lock(&st->mu);
  if (!strcmp(s, "name")) {
    r = gp_objv(th->name);
    GP_INCREF(r);
  } else if (!strcmp(s, "ident")) {
    r = th->ident ? thr_ident_value(th->ident) : GP_NONEV;
  } else if (!strcmp(s, "native_id")) {
    r = th->native_id ? gp_intv(th->native_id) : GP_NONEV;
  } else if (!strcmp(s, "daemon")) {
    r = gp_boolv(th->daemon);
  }
  pthread_mutex_unlock(&st->mu);
  return r;
}

static int thread_setattr(GpThread *t, GpValue self, GpObj *name, GpValue v) {
  ThreadObj *th = THREAD(self);
  const char *s = ((GpStr *)name)->data;
  ThreadState *st = thr_state(t);
  if (!strcmp(s, "name")) {
    GpValue str = gp_str(t, v);
    if (GP_IS_ERR(str)) return -1;
    pthread_mutex_lock(&st->mu);
    GpObj *old = th->name;
    th->name = str.as.o;
    pthread_mutex_unlock(&st->mu);
    gp_decref_o(old);
    return 0;
  }
  if (!strcmp(s, "daemon")) {
    int d = gp_truthy(t, v);
    if (d < 0) return -1;
    pthread_mutex_lock(&st->mu);
    bool active = th->started;
    if (!active) th->daemon = d;
    pthread_mutex_unlock(&st->mu);
    if (!active) return 0;
    gp_raise(t, &gp_exc_RuntimeError, "cannot set daemon status of active thread");
    return -1;
  }
  gp_raise(t, &gp_exc_AttributeError, "'Thread' object has no attribute '%s'", s);
  return -1;
}

static const GpMethodDef thread_methods[] = {
    {"start", thread_start},       {"run", thread_run}, {"join", thread_join},
    {"is_alive", thread_is_alive}, {NULL, NULL},
};

static GpType thr_type_thread = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "Thread",
    .module = "threading",
    .dealloc = thread_dealloc,
    .traverse = thread_traverse,
    .repr = thread_repr,
    .hash = thr_hash,
    .call = thread_new,
    .getattr = thread_getattr,
    .setattr = thread_setattr,
    .methods = thread_methods,
    .tpflags = GP_TPF_SUBCLASSABLE,
};

/* ------------------------------------------------------- Lock, RLock */

typedef struct LockObj {
  GpObj ob;
  pthread_mutex_t mu;
  pthread_cond_t cond;
  unsigned long count; /* Lock: 0 or 1; RLock: the recursion depth */
  GpThread *owner;     /* RLock */
  uint64_t owner_ident;
} LockObj;

static GpType thr_type_lock, thr_type_rlock;
#define LOCK(v) ((LockObj *)(v).as.o)

static void lock_dealloc(GpObj *o) {
  LockObj *l = (LockObj *)o;
  pthread_cond_destroy(&l->cond);
  pthread_mutex_destroy(&l->mu);
}

static GpValue lock_make(GpThread *t, GpType *tp, const char *fname, int nargs, GpObj *kwnames) {
  if (gp_arg_none(t, fname, nargs, kwnames)) return GP_ERRV;
  LockObj *l = (LockObj *)gp_alloc(t, tp, sizeof(LockObj));
  if (!l) return gp_raise_nomem(t);
  pthread_mutex_init(&l->mu, NULL);
  thr_cond_init(&l->cond);
  return gp_objv(&l->ob);
}

/* Also io's file objects' locks (iomod_py.c), which cannot import threading:
** sys.stdin is one, made when sys is opened, and threading imports sys. */
GpValue gp_thread_lock_new(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  (void)args;
  return lock_make(t, &thr_type_lock, "allocate_lock", nargs, kwnames);
}

static GpValue rlock_new(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  (void)args;
  return lock_make(t, &thr_type_rlock, "RLock", nargs, kwnames);
}

static bool lock_is_free(const void *l) {
  return ((const LockObj *)l)->count == 0;
}

/* l->mu held: takes the lock (or one more level of an RLock) if it can. */
static bool lock_try(LockObj *l, GpThread *t, bool recursive) {
  if (l->count && !(recursive && l->owner == t)) return false;
  if (l->count++ == 0 && recursive) {
    l->owner = t;
    l->owner_ident = (uint64_t)pthread_self();
  }
  return true;
}

/* Takes l, waiting with the GIL released until the deadline if blocking. */
static int lock_take(GpThread *t, LockObj *l, bool recursive, bool blocking, uint64_t deadline) {
  pthread_mutex_lock(&l->mu);
  int w = lock_try(l, t, recursive) ? W_READY : W_TIMEOUT;
  pthread_mutex_unlock(&l->mu);
  if (w == W_READY || !blocking) return w;
  GP_BEGIN_ALLOW_THREADS(t);
  pthread_mutex_lock(&l->mu);
  w = thr_wait(t, &l->cond, &l->mu, lock_is_free, l, deadline);
  if (w == W_READY) lock_try(l, t, recursive);
  pthread_mutex_unlock(&l->mu);
  GP_END_ALLOW_THREADS(t);
  return w;
}

/* acquire(blocking=True, timeout=-1) of both kinds. */
static GpValue lock_acquire(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  static const char *const names[] = {"blocking", "timeout"};
  GpValue a[2];
  if (gp_parse_args(t, "acquire", args + 1, nargs - 1, kwnames, names, 2, 0, a)) return GP_ERRV;
  LockObj *l = LOCK(args[0]);
  bool recursive = l->ob.type == &thr_type_rlock;
  int blocking = GP_IS_ERR(a[0]) ? 1 : gp_truthy(t, a[0]);
  if (blocking < 0) return GP_ERRV;
  double timeout = -1;
  if (!GP_IS_ERR(a[1])) {
    if (!thr_is_number(a[1]))
      return gp_raise(t, &gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      gp_typeof(a[1])->name);
    if (gp_to_double(t, a[1], &timeout) < 0) return GP_ERRV;
  }
  if (!blocking && timeout != -1)
    return gp_raise(t, &gp_exc_ValueError, "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout != -1)
    return gp_raise(t, &gp_exc_ValueError, "timeout value must be positive");
  if (timeout > THR_TIMEOUT_MAX)
    return gp_raise(t, &gp_exc_OverflowError, "timeout value is too large");

  if (timeout == 0) blocking = 0;
  uint64_t deadline = timeout == -1 ? THR_FOREVER : thr_deadline(timeout);
  int w = lock_take(t, l, recursive, blocking, deadline);
  if (w < 0) return thr_wait_failed(t, w);
  return gp_boolv(w == W_READY);
}

static GpValue lock_release(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_none(t, "release", nargs - 1, kwnames)) return GP_ERRV;
  LockObj *l = LOCK(args[0]);
  bool recursive = l->ob.type == &thr_type_rlock;
  pthread_mutex_lock(&l->mu);
  bool ok = l->count > 0 && (!recursive || l->owner == t);
  if (ok && --l->count == 0) {
    l->owner = NULL;
    l->owner_ident = 0;
    pthread_cond_signal(&l->cond);
  }
  pthread_mutex_unlock(&l->mu);
  if (ok) return GP_NONEV;
  return gp_raise(t, &gp_exc_RuntimeError,
                  recursive ? "cannot release un-acquired lock" : "release unlocked lock");
}

/* RLock._is_owned(), for Condition. */
static GpValue rlock_is_owned(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_none(t, "_is_owned", nargs - 1, kwnames)) return GP_ERRV;
  LockObj *l = LOCK(args[0]);
  pthread_mutex_lock(&l->mu);
  bool owned = l->count > 0 && l->owner == t;
  pthread_mutex_unlock(&l->mu);
  return gp_boolv(owned);
}

/* RLock._release_save(): releases every level at once for Condition.wait;
** the depth comes back to _acquire_restore. */
static GpValue rlock_release_save(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_none(t, "_release_save", nargs - 1, kwnames)) return GP_ERRV;
  LockObj *l = LOCK(args[0]);
  pthread_mutex_lock(&l->mu);
  unsigned long count = l->count;
  bool owned = count > 0 && l->owner == t;
  if (owned) {
    l->count = 0;
    l->owner = NULL;
    l->owner_ident = 0;
    pthread_cond_signal(&l->cond);
  }
  pthread_mutex_unlock(&l->mu);
  if (!owned) return gp_raise(t, &gp_exc_RuntimeError, "cannot release un-acquired lock");
  return gp_intv((int64_t)count);
}

/* RLock._acquire_restore(depth): takes the lock again, to that depth. */
static GpValue rlock_acquire_restore(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (nargs != 2 || kwnames || !GP_IS_INT(args[1]) || args[1].as.i < 1)
    return gp_raise(t, &gp_exc_TypeError, "_acquire_restore() takes a saved state");
  LockObj *l = LOCK(args[0]);
  int w = lock_take(t, l, true, true, THR_FOREVER);
  if (w < 0) return thr_wait_failed(t, w);
  pthread_mutex_lock(&l->mu);
  l->count = (unsigned long)args[1].as.i;
  pthread_mutex_unlock(&l->mu);
  return GP_NONEV;
}

static GpValue lock_locked(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_none(t, "locked", nargs - 1, kwnames)) return GP_ERRV;
  LockObj *l = LOCK(args[0]);
  pthread_mutex_lock(&l->mu);
  bool locked = l->count > 0;
  pthread_mutex_unlock(&l->mu);
  return gp_boolv(locked);
}

static GpValue lock_enter(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  return lock_acquire(t, args, nargs, kwnames);
}

static GpValue lock_exit(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  (void)nargs;
  (void)kwnames;
  return lock_release(t, args, 1, NULL);
}

static GpValue lock_repr(GpThread *t, GpValue self) {
  LockObj *l = LOCK(self);
  pthread_mutex_lock(&l->mu);
  unsigned long count = l->count;
  uint64_t owner = l->owner_ident;
  pthread_mutex_unlock(&l->mu);
  const char *state = count ? "locked" : "unlocked";
  if (l->ob.type == &thr_type_lock)
    return gp_str_printf(t, "<%s _thread.lock object at %p>", state, (void *)l);
  return gp_str_printf(t, "<%s _thread.RLock object owner=%llu count=%lu at %p>", state,
                       (unsigned long long)owner, count, (void *)l);
}

static const GpMethodDef lock_methods[] = {
    {"acquire", lock_acquire}, {"release", lock_release}, {"locked", lock_locked},
    {"__enter__", lock_enter}, {"__exit__", lock_exit},   {NULL, NULL},
};

static const GpMethodDef rlock_methods[] = {
    {"acquire", lock_acquire},
    {"release", lock_release},
    {"__enter__", lock_enter},
    {"__exit__", lock_exit},
    {"_is_owned", rlock_is_owned},
    {"_release_save", rlock_release_save},
    {"_acquire_restore", rlock_acquire_restore},
    {NULL, NULL},
};

static GpType thr_type_lock = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "_thread.lock",
    .dealloc = lock_dealloc,
    .repr = lock_repr,
    .hash = thr_hash,
    .call = gp_thread_lock_new,
    .methods = lock_methods,
};

static GpType thr_type_rlock = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "_thread.RLock",
    .dealloc = lock_dealloc,
    .repr = lock_repr,
    .hash = thr_hash,
    .call = rlock_new,
    .methods = rlock_methods,
};

/* ---------------------------------------------------------------- Event */

typedef struct EventObj {
  GpObj ob;
  pthread_mutex_t mu;
  pthread_cond_t cond;
  bool flag;
} EventObj;

static GpType thr_type_event;
#define EVENT(v) ((EventObj *)(v).as.o)

static GpValue event_new(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  (void)args;
  if (gp_arg_none(t, "Event", nargs, kwnames)) return GP_ERRV;
  EventObj *e = (EventObj *)gp_alloc(t, &thr_type_event, sizeof(EventObj));
  if (!e) return gp_raise_nomem(t);
  pthread_mutex_init(&e->mu, NULL);
  thr_cond_init(&e->cond);
  return gp_objv(&e->ob);
}

static void event_dealloc(GpObj *o) {
  EventObj *e = (EventObj *)o;
  pthread_cond_destroy(&e->cond);
  pthread_mutex_destroy(&e->mu);
}

static bool event_is_set_p(const void *e) {
  return ((const EventObj *)e)->flag;
}

static GpValue event_set_flag(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames,
                              const char *fname, bool flag) {
  if (gp_arg_none(t, fname, nargs - 1, kwnames)) return GP_ERRV;
  EventObj *e = EVENT(args[0]);
  pthread_mutex_lock(&e->mu);
  e->flag = flag;
  if (flag) pthread_cond_broadcast(&e->cond);
  pthread_mutex_unlock(&e->mu);
  return GP_NONEV;
}

static GpValue event_set(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  return event_set_flag(t, args, nargs, kwnames, "set", true);
}

static GpValue event_clear(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  return event_set_flag(t, args, nargs, kwnames, "clear", false);
}

static GpValue event_is_set(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_none(t, "is_set", nargs - 1, kwnames)) return GP_ERRV;
  EventObj *e = EVENT(args[0]);
  pthread_mutex_lock(&e->mu);
  bool flag = e->flag;
  pthread_mutex_unlock(&e->mu);
  return gp_boolv(flag);
}

static GpValue event_wait(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  static const char *const names[] = {"timeout"};
  GpValue timeout;
  if (gp_parse_args(t, "wait", args + 1, nargs - 1, kwnames, names, 1, 0, &timeout)) return GP_ERRV;
  EventObj *e = EVENT(args[0]);
  uint64_t deadline;
  if (thr_timeout(t, timeout, false, &deadline) < 0) return GP_ERRV;
  pthread_mutex_lock(&e->mu);
  bool flag = e->flag;
  pthread_mutex_unlock(&e->mu);
  if (flag) return gp_boolv(true);
  int w;
  GP_BEGIN_ALLOW_THREADS(t);
  pthread_mutex_lock(&e->mu);
  w = thr_wait(t, &e->cond, &e->mu, event_is_set_p, e, deadline);
  pthread_mutex_unlock(&e->mu);
  GP_END_ALLOW_THREADS(t);
  if (w < 0) return thr_wait_failed(t, w);
  return gp_boolv(w == W_READY);
}

static GpValue event_repr(GpThread *t, GpValue self) {
  EventObj *e = EVENT(self);
  pthread_mutex_lock(&e->mu);
  bool flag = e->flag;
  pthread_mutex_unlock(&e->mu);
  return gp_str_printf(t, "<threading.Event at %p: %s>", (void *)e, flag ? "set" : "unset");
}

static const GpMethodDef event_methods[] = {
    {"set", event_set},   {"clear", event_clear}, {"is_set", event_is_set},
    {"wait", event_wait}, {NULL, NULL},
};

static GpType thr_type_event = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "Event",
    .module = "threading",
    .dealloc = event_dealloc,
    .repr = event_repr,
    .hash = thr_hash,
    .call = event_new,
    .methods = event_methods,
};

/* ------------------------------------------------------ module functions */

static GpValue thr_current_thread(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  (void)args;
  if (gp_arg_none(t, "current_thread", nargs, kwnames)) return GP_ERRV;
  ThreadObj *th = thread_current(t);
  if (!th) return GP_ERRV;
  gp_incref_o(&th->ob);
  return gp_objv(&th->ob);
}

static GpValue thr_main_thread(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  (void)args;
  if (gp_arg_none(t, "main_thread", nargs, kwnames)) return GP_ERRV;
  ThreadObj *th = thr_state(t)->main;
  gp_incref_o(&th->ob);
  return gp_objv(&th->ob);
}

static GpValue thr_get_ident(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  (void)args;
  if (gp_arg_none(t, "get_ident", nargs, kwnames)) return GP_ERRV;
  return thr_ident_value((uint64_t)pthread_self());
}

static GpValue thr_get_native_id(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  (void)args;
  if (gp_arg_none(t, "get_native_id", nargs, kwnames)) return GP_ERRV;
  return gp_intv((int64_t)syscall(SYS_gettid));
}

/* threading._register_atexit(fn): fn runs at interpreter exit before the
** non-daemon threads are waited for (concurrent.futures stops its idle
** workers so). */
static GpValue thr_register_atexit(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (nargs != 1 || kwnames)
    return gp_raise(t, &gp_exc_TypeError, "_register_atexit() takes one callable");
  ThreadState *st = thr_state(t);
  pthread_mutex_lock(&st->mu);
  bool ok = thr_grow((void **)&st->atexit, &st->capatexit, st->natexit, sizeof *st->atexit);
  if (ok) {
    GP_INCREF(args[0]);
    st->atexit[st->natexit++] = args[0];
  }
  pthread_mutex_unlock(&st->mu);
  return ok ? GP_NONEV : gp_raise_nomem(t);
}

static GpValue thr_active_count(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  (void)args;
  if (gp_arg_none(t, "active_count", nargs, kwnames)) return GP_ERRV;
  if (!thread_current(t)) return GP_ERRV; /* CPython counts the caller, dummy or not */
  ThreadState *st = thr_state(t);
  pthread_mutex_lock(&st->mu);
  size_t n = st->nreg;
  pthread_mutex_unlock(&st->mu);
  return gp_intv((int64_t)n);
}

static GpValue thr_enumerate(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  (void)args;
  if (gp_arg_none(t, "enumerate", nargs, kwnames)) return GP_ERRV;
  if (!thread_current(t)) return GP_ERRV;
  ThreadState *st = thr_state(t);
  pthread_mutex_lock(&st->mu);
  size_t n = st->nreg;
  GpValue *items = malloc((n + 1) * sizeof *items);
  for (size_t i = 0; items && i < n; i++) {
    items[i] = gp_objv(&st->reg[i].obj->ob);
    GP_INCREF(items[i]);
  }
  pthread_mutex_unlock(&st->mu);
  if (!items) return gp_raise_nomem(t);
  GpValue list = gp_list_new(t, n);
  for (size_t i = 0; i < n; i++) {
    if (!GP_IS_ERR(list) && gp_list_append(t, list.as.o, items[i]) < 0) {
      GP_DECREF(list);
      list = GP_ERRV;
    }
    GP_DECREF(items[i]);
  }
  free(items);
  return list;
}

/* stack_size([size]): the previous size; the new one (0 when omitted, as
** CPython) applies to threads started afterwards. As CPython's pthread build: 0 (the default) or at
** least 32 KiB that pthread_attr_setstacksize accepts. */
static GpValue thr_stack_size(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  enum { STACK_MIN = 0x8000 };
  if (kwnames && GP_TUPLE(gp_objv(kwnames))->len)
    return gp_raise(t, &gp_exc_TypeError, "stack_size() takes no keyword arguments");
  if (nargs > 1)
    return gp_raise(t, &gp_exc_TypeError, "stack_size() takes at most 1 argument (%d given)",
                    nargs);
  int64_t size = 0;
  if (nargs == 1 && gp_as_index(t, args[0], &size) < 0) return GP_ERRV;
  if (size < 0) return gp_raise(t, &gp_exc_ValueError, "size must be 0 or a positive value");
  bool valid = size == 0;
  if (size >= STACK_MIN) {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    valid = pthread_attr_setstacksize(&attr, (size_t)size) == 0;
    pthread_attr_destroy(&attr);
  }
  if (!valid) return gp_raise(t, &gp_exc_ValueError, "size not valid: %lld bytes", (long long)size);
  ThreadState *st = thr_state(t);
  pthread_mutex_lock(&st->mu);
  size_t old = st->stack_size;
  st->stack_size = (size_t)size; /* CPython's stack_size() resets it to 0 too */
  pthread_mutex_unlock(&st->mu);
  return gp_intv((int64_t)old);
}

int gp_open_threading(GpThread *t, GpObj *d) {
  static const GpMethodDef fns[] = {
      {"current_thread", thr_current_thread},
      {"main_thread", thr_main_thread},
      {"get_ident", thr_get_ident},
      {"active_count", thr_active_count},
      {"enumerate", thr_enumerate},
      {"get_native_id", thr_get_native_id},
      {"stack_size", thr_stack_size},
      {"_register_atexit", thr_register_atexit},
      {"_print_exception", thr_print_exception},
      {NULL, NULL},
  };
  if (gp_module_add_functions(t, d, fns) < 0) return -1;
  if (gp_module_set(t, d, "Thread", gp_objv(&thr_type_thread.ob)) < 0 ||
      gp_module_set(t, d, "Lock", gp_objv(&thr_type_lock.ob)) < 0 ||
      gp_module_set(t, d, "RLock", gp_objv(&thr_type_rlock.ob)) < 0 ||
      gp_module_set(t, d, "Event", gp_objv(&thr_type_event.ob)) < 0 ||
      gp_module_set(t, d, "TIMEOUT_MAX", gp_floatv(THR_TIMEOUT_MAX)) < 0)
    return -1;

  ThreadState *st = (ThreadState *)gp_alloc(t, &thr_type_state, sizeof(ThreadState));
  if (!st) return gp_raise_nomem(t), -1;
  pthread_mutex_init(&st->mu, NULL);
  st->dict = d;
  GpValue st_v = gp_objv(&st->ob);
  if (gp_dict_set_str(t, d, "_state", st_v) < 0) {
    GP_DECREF(st_v);
    return -1;
  }
  GP_DECREF(st_v); /* the module's dict keeps it */
  GpValue name = gp_str_cstr(t, "MainThread");
  ThreadObj *main = GP_IS_ERR(name) ? NULL : thread_alloc(t, TK_MAIN, name.as.o);
  if (!main) return -1;
  main->started = true;
  main->ident = (uint64_t)pthread_self();
  main->native_id = (int64_t)syscall(SYS_gettid);
  st->main = main; /* the registry's reference */
  bool ok = reg_add(t->vm, st, main, t);
  gp_decref_o(&main->ob);
  if (!ok) return gp_raise_nomem(t), -1;
  t->vm->threading = st;
  return gp_threading_py_open(t, d);
}

/* Called in a child of fork (mprocmod.c), where only the forking thread t
** exists: the others leave the registry and their Thread objects read as
** stopped (join returns at once), as CPython's threading._after_fork marks
** them, so enumerate() and active_count() show t alone, and t becomes the
** main thread. The state's mutex is free: its holders hold the GIL, which
** t holds (under gil=none, the fork stopped them at safe points, outside
** it). join reads a sync's done flag before its mutex, which a thread gone
** with the fork may have held. */
void gp_threading_after_fork(GpThread *t) {
  ThreadState *st = thr_state(t);
  if (!st) return; /* threading never imported */
  ThreadObj *me = reg_find(st, t);
  for (size_t i = 0; i < st->nsyncs; i++)
    if (!me || st->syncs[i] != me->sync) atomic_store(&st->syncs[i]->done, true);
  size_t k = 0;
  for (size_t i = 0; i < st->nreg; i++) {
    /* a thread threading does not know yet keeps the old main's object */
    if (st->reg[i].ts == t || (!me && st->reg[i].obj == st->main))
      st->reg[k++] = st->reg[i];
    else
      gp_decref_o(&st->reg[i].obj->ob);
  }
  st->nreg = k;
  if (me) st->main = me; /* main_thread() is the forking thread, as in CPython */
  atomic_store(&t->vm->nthreads_alive, (int)k);
  state_prune(st);
}

/* Runs the _register_atexit callables, last first as CPython does, on a
** thread attached for it; an exception in one is dropped. */
static void state_run_atexit(GpVM *vm, ThreadState *st) {
  pthread_mutex_lock(&st->mu);
  GpValue *fns = st->atexit;
  size_t n = st->natexit;
  st->atexit = NULL;
  st->natexit = st->capatexit = 0;
  pthread_mutex_unlock(&st->mu);
  if (!n) return;
  GpThread *t = gp_attach(vm);
  if (!t) { /* out of memory: without a thread the callables can only leak */
    free(fns);
    return;
  }
  gp_gil_take(&vm->gil, t);
  for (size_t i = n; i-- > 0;) {
    GpValue r = gp_vm_call(t, fns[i], NULL, 0, NULL);
    if (GP_IS_ERR(r)) GP_CLEAR(t->exc);
    GP_DECREF(r);
    GP_DECREF(fns[i]);
  }
  free(fns);
  pthread_mutex_lock(&st->mu);
  ThreadObj *dummy = reg_find(st, t); /* a callable may have asked current_thread() */
  if (dummy) reg_remove(vm, st, dummy);
  pthread_mutex_unlock(&st->mu);
  if (dummy) gp_decref_o(&dummy->ob);
  gp_gil_drop(&vm->gil, t);
  gp_detach(t);
}

/* Waits for the non-daemon threads: the number of daemon ones left. */
static int join_threads(GpVM *vm, ThreadState *st) {
  state_run_atexit(vm, st);
  for (;;) {
    pthread_mutex_lock(&st->mu);
    state_prune(st);
    ThreadSync *wait = NULL;
    int daemons = 0;
    for (size_t i = 0; i < st->nsyncs; i++) {
      if (st->syncs[i]->daemon)
        daemons++;
      else if (!wait)
        wait = st->syncs[i];
    }
    if (wait) sync_incref(wait);
    pthread_mutex_unlock(&st->mu);
    if (!wait) return daemons;
    pthread_mutex_lock(&wait->mu);
    while (!sync_is_done(wait))
      pthread_cond_wait(&wait->cond, &wait->mu);
    pthread_mutex_unlock(&wait->mu);
    sync_decref(wait);
  }
}

/* CPython's order at exit: the threads are joined, then atexit's callbacks run. */
int gp_threading_shutdown(GpVM *vm) {
  ThreadState *st = vm->threading;
  int daemons = st ? join_threads(vm, st) : 0;
  gp_atexit_run(vm);
  return daemons;
}
