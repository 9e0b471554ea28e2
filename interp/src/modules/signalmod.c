/*
** signalmod.c — the signal module's C half, after CPython's
** Modules/signalmodule.c: the C handler, the pending flags and the natives
** that signal_py.c's Python half calls.
**
** The C handler only records: it sets the signal's flag in `tripped`, then
** GP_BRK_SIG in the VM's eval breaker (gil.c documents the bit), and writes
** the signal number to the wakeup fd if one is set. All of that is
** async-signal-safe (lock-free atomics and write). The main thread runs the
** Python handlers at its next eval-breaker check (gp_signal_run_pending,
** from vm.c), with frame None: gilpy has no frame objects. Blocking waits
** on the main thread poll gp_signal_waiting and run the handlers between
** two waits (gp_signal_run_blocked), so a handler that returns lets the
** wait go on (PEP 475) and one that raises ends it.
**
** One VM per process gets signals: the last one that installed a Python
** handler (`sig_vm`). The handlers themselves are the VM's vm->signals, a
** list by signal number that signal_py.c keeps (_set_table).
*/
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "vm.h"

static _Atomic int tripped[NSIG];
static GpVM *_Atomic sig_vm;
static _Atomic int wakeup_fd = -1;

static void on_signal(int s) {
  int saved = errno; /* the interrupted code may be about to read it */
  atomic_store_explicit(&tripped[s], 1, memory_order_release);
  GpVM *vm = atomic_load_explicit(&sig_vm, memory_order_acquire);
  if (vm) gp_gil_signal(&vm->gil);
  int fd = atomic_load_explicit(&wakeup_fd, memory_order_relaxed);
  if (fd >= 0) {
    unsigned char b = (unsigned char)s;
    ssize_t r = write(fd, &b, 1); /* a full pipe loses the byte, as in CPython */
    (void)r;
  }
  errno = saved;
}

bool gp_signal_is_main(GpThread *t) {
  return t->ident == t->vm->main_ident;
}

bool gp_signal_waiting(GpThread *t) {
  return gp_signal_is_main(t) && gp_gil_signal_pending(&t->vm->gil);
}

/* Calls signum's Python handler, if it has one: -1 if it raised. */
static int call_handler(GpThread *t, int signum) {
  GpList *table = (GpList *)t->vm->signals;
  if (!table || (size_t)signum >= table->len) return 0;
  GpValue h = table->items[signum];
  if (!GP_IS_OBJ(h)) return 0; /* SIG_DFL, SIG_IGN or None */
  GP_INCREF(h);                /* the handler may replace itself */
  GpValue args[2] = {gp_intv(signum), GP_NONEV};
  GpValue r = gp_vm_call(t, h, args, 2, NULL);
  GP_DECREF(h);
  if (GP_IS_ERR(r)) return -1;
  GP_DECREF(r);
  return 0;
}

int gp_signal_run_pending(GpThread *t) {
  GpGil *g = &t->vm->gil;
  if (!gp_signal_is_main(t) || !gp_gil_take_signal(g)) return 0;
  for (int s = 1; s < NSIG; s++) {
    if (!atomic_exchange_explicit(&tripped[s], 0, memory_order_acq_rel)) continue;
    if (call_handler(t, s) < 0) {
      gp_gil_signal(g); /* the signals after s still wait, as in CPython */
      return -1;
    }
  }
  return 0;
}

int gp_signal_run_blocked(GpThread *t) {
  GP_END_ALLOW_THREADS(t);
  int r = gp_signal_run_pending(t);
  GP_BEGIN_ALLOW_THREADS(t);
  return r;
}

/* ------------------------------------------------------------ natives */

/* The ints a native of the Python half was given (it checked them). */
static int int_args(GpThread *t, const char *fname, const GpValue *args, int nargs, GpObj *kwnames,
                    int n, int64_t *out) {
  if (gp_arg_count(t, fname, nargs, kwnames, n, n) < 0) return -1;
  for (int i = 0; i < n; i++)
    if (gp_int_to_int64(t, args[i], &out[i]) < 0) return -1;
  return 0;
}

/* _install(signum, mode): mode 0 SIG_DFL, 1 SIG_IGN, 2 the Python handler. */
static GpValue sig_install(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  int64_t a[2];
  if (int_args(t, "_install", args, nargs, kwnames, 2, a) < 0) return GP_ERRV;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sigemptyset(&sa.sa_mask);
  sa.sa_handler = a[1] == 0 ? SIG_DFL : a[1] == 1 ? SIG_IGN : on_signal;
  sa.sa_flags = SA_ONSTACK; /* no SA_RESTART: waits see EINTR and run the handler */
  if (a[1] == 2) atomic_store_explicit(&sig_vm, t->vm, memory_order_release);
  if (sigaction((int)a[0], &sa, NULL) < 0) return gp_raise_errno(t, errno, NULL);
  return GP_NONEV;
}

/* _disposition(signum): the disposition before Python set one: 0 SIG_DFL,
** 1 SIG_IGN, None another C handler. */
static GpValue sig_disposition(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  int64_t s;
  if (int_args(t, "_disposition", args, nargs, kwnames, 1, &s) < 0) return GP_ERRV;
  struct sigaction old;
  if (sigaction((int)s, NULL, &old) < 0) return GP_NONEV;
  if (old.sa_handler == SIG_DFL) return gp_intv(0);
  if (old.sa_handler == SIG_IGN) return gp_intv(1);
  return GP_NONEV;
}

static GpValue sig_is_main(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  (void)args;
  if (gp_arg_none(t, "_is_main", nargs, kwnames) < 0) return GP_ERRV;
  return gp_boolv(gp_signal_is_main(t));
}

/* _set_table(list): the handlers by number, read by gp_signal_run_pending. */
static GpValue sig_set_table(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_one(t, "_set_table", nargs, kwnames) < 0) return GP_ERRV;
  if (!GP_IS_TYPE(args[0], gp_type_list))
    return gp_raise(t, &gp_exc_TypeError, "_set_table expects a list");
  GpObj *old = t->vm->signals;
  gp_incref_o(args[0].as.o);
  t->vm->signals = args[0].as.o;
  if (old) gp_decref_o(old);
  return GP_NONEV;
}

static GpValue sig_default_int_handler(GpThread *t, const GpValue *args, int nargs,
                                       GpObj *kwnames) {
  (void)args;
  if (gp_arg_count(t, "default_int_handler", nargs, kwnames, 2, 2) < 0) return GP_ERRV;
  return gp_raise_keyboard_interrupt(t);
}

/* After raise_signal or pthread_kill: the handler of a signal sent to this
** thread runs before the call returns, as CPython's PyErr_CheckSignals. */
static GpValue checked_none(GpThread *t) {
  return gp_signal_run_pending(t) < 0 ? GP_ERRV : GP_NONEV;
}

static GpValue sig_raise(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  int64_t s;
  if (int_args(t, "_raise", args, nargs, kwnames, 1, &s) < 0) return GP_ERRV;
  if (raise((int)s) != 0) return gp_raise_errno(t, errno, NULL);
  return checked_none(t);
}

static GpValue sig_pthread_kill(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  int64_t a[2];
  if (int_args(t, "_pthread_kill", args, nargs, kwnames, 2, a) < 0) return GP_ERRV;
  int err = pthread_kill((pthread_t)(uint64_t)a[0], (int)a[1]);
  if (err) return gp_raise_errno(t, err, NULL);
  return checked_none(t);
}

static GpValue sig_alarm(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  int64_t secs;
  if (int_args(t, "_alarm", args, nargs, kwnames, 1, &secs) < 0) return GP_ERRV;
  return gp_intv(alarm((unsigned)secs));
}

/* pause(): sleeps until a signal arrives, then runs its handler. */
static GpValue sig_pause(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  (void)args;
  if (gp_arg_none(t, "pause", nargs, kwnames) < 0) return GP_ERRV;
  GP_BEGIN_ALLOW_THREADS(t);
  pause();
  GP_END_ALLOW_THREADS(t);
  return checked_none(t);
}

static double tv_secs(struct timeval tv) {
  return (double)tv.tv_sec + (double)tv.tv_usec / 1e6; /* as CPython: 0.05 stays 0.05 */
}

static struct timeval secs_tv(double s) {
  struct timeval tv = {.tv_sec = (time_t)s};
  tv.tv_usec = (suseconds_t)((s - (double)tv.tv_sec) * 1e6);
  if (tv.tv_sec == 0 && tv.tv_usec == 0 && s > 0) tv.tv_usec = 1; /* not "disarm" */
  return tv;
}

static GpValue itimer_tuple(GpThread *t, const struct itimerval *v) {
  GpValue r = gp_tuple_new(t, 2);
  if (GP_IS_ERR(r)) return r;
  GP_TUPLE(r)->items[0] = gp_floatv(tv_secs(v->it_value));
  GP_TUPLE(r)->items[1] = gp_floatv(tv_secs(v->it_interval));
  return r;
}

/* _setitimer(which, seconds, interval) -> the old (delay, interval); -1
** errors are the Python half's ItimerError. */
static GpValue sig_setitimer(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "_setitimer", nargs, kwnames, 3, 3) < 0) return GP_ERRV;
  int64_t which;
  double secs, interval;
  if (gp_int_to_int64(t, args[0], &which) < 0 || gp_to_double(t, args[1], &secs) < 0 ||
      gp_to_double(t, args[2], &interval) < 0)
    return GP_ERRV;
  struct itimerval nv = {.it_value = secs_tv(secs), .it_interval = secs_tv(interval)}, old;
  if (setitimer((int)which, &nv, &old) < 0) return gp_raise_errno(t, errno, NULL);
  return itimer_tuple(t, &old);
}

static GpValue sig_getitimer(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  int64_t which;
  if (int_args(t, "_getitimer", args, nargs, kwnames, 1, &which) < 0) return GP_ERRV;
  struct itimerval v;
  if (getitimer((int)which, &v) < 0) return gp_raise_errno(t, errno, NULL);
  return itimer_tuple(t, &v);
}

/* _strsignal(signum): the description, None for an unknown signal. */
static GpValue sig_strsignal(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  int64_t s;
  if (int_args(t, "_strsignal", args, nargs, kwnames, 1, &s) < 0) return GP_ERRV;
  const char *d = strsignal((int)s);
  if (!d || strstr(d, "Unknown signal")) return GP_NONEV;
  return gp_str_cstr(t, d);
}

static GpValue sig_siginterrupt(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  int64_t a[2];
  if (int_args(t, "_siginterrupt", args, nargs, kwnames, 2, a) < 0) return GP_ERRV;
  struct sigaction sa;
  if (sigaction((int)a[0], NULL, &sa) < 0) return gp_raise_errno(t, errno, NULL);
  if (a[1])
    sa.sa_flags &= ~SA_RESTART;
  else
    sa.sa_flags |= SA_RESTART;
  if (sigaction((int)a[0], &sa, NULL) < 0) return gp_raise_errno(t, errno, NULL);
  return GP_NONEV;
}

static GpValue sig_set_wakeup_fd(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  int64_t fd;
  if (int_args(t, "_set_wakeup_fd", args, nargs, kwnames, 1, &fd) < 0) return GP_ERRV;
  return gp_intv(atomic_exchange_explicit(&wakeup_fd, (int)fd, memory_order_relaxed));
}

/* A list of the signals in set s. */
static GpValue sigset_list(GpThread *t, const sigset_t *s) {
  GpValue l = gp_list_new(t, 0);
  for (int i = 1; i < NSIG && !GP_IS_ERR(l); i++) {
    if (sigismember(s, i) == 1 && gp_list_append(t, l.as.o, gp_intv(i)) < 0) {
      GP_DECREF(l);
      l = GP_ERRV;
    }
  }
  return l;
}

/* _valid(): the signals sigfillset holds (glibc leaves out its own two). */
static GpValue sig_valid(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  (void)args;
  if (gp_arg_none(t, "_valid", nargs, kwnames) < 0) return GP_ERRV;
  sigset_t s;
  sigfillset(&s);
  return sigset_list(t, &s);
}

/* _sigmask(how, signals) -> the old mask as a list. */
static GpValue sig_sigmask(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "_sigmask", nargs, kwnames, 2, 2) < 0) return GP_ERRV;
  int64_t how;
  if (gp_int_to_int64(t, args[0], &how) < 0) return GP_ERRV;
  if (!GP_IS_TYPE(args[1], gp_type_list))
    return gp_raise(t, &gp_exc_TypeError, "_sigmask expects a list");
  GpList *l = (GpList *)args[1].as.o;
  sigset_t s, old;
  sigemptyset(&s);
  for (size_t i = 0; i < l->len; i++) {
    int64_t n;
    if (gp_int_to_int64(t, l->items[i], &n) < 0) return GP_ERRV;
    sigaddset(&s, (int)n);
  }
  int err = pthread_sigmask((int)how, &s, &old);
  if (err) return gp_raise_errno(t, err, NULL);
  return sigset_list(t, &old);
}

/* The signals by name, in CPython's Signals order (by number, the
** canonical name before its aliases). */
static GpValue signal_names(GpThread *t) {
#define S(n)                                                                                       \
  { #n, n }
  static const struct {
    const char *name;
    int value;
  } sigs[] = {
      S(SIGHUP),  S(SIGINT),   S(SIGQUIT),   S(SIGILL),  S(SIGTRAP), S(SIGABRT), S(SIGIOT),
      S(SIGBUS),  S(SIGFPE),   S(SIGKILL),   S(SIGUSR1), S(SIGSEGV), S(SIGUSR2), S(SIGPIPE),
      S(SIGALRM), S(SIGTERM),  S(SIGSTKFLT), S(SIGCHLD), S(SIGCLD),  S(SIGCONT), S(SIGSTOP),
      S(SIGTSTP), S(SIGTTIN),  S(SIGTTOU),   S(SIGURG),  S(SIGXCPU), S(SIGXFSZ), S(SIGVTALRM),
      S(SIGPROF), S(SIGWINCH), S(SIGIO),     S(SIGPOLL), S(SIGPWR),  S(SIGSYS),
  };
#undef S
  size_t n = sizeof sigs / sizeof *sigs;
  GpValue l = gp_list_new(t, n + 2);
  for (size_t i = 0; i < n + 2 && !GP_IS_ERR(l); i++) {
    const char *name = i < n ? sigs[i].name : i == n ? "SIGRTMIN" : "SIGRTMAX";
    int value = i < n ? sigs[i].value : i == n ? SIGRTMIN : SIGRTMAX;
    GpValue p = gp_tuple_new(t, 2);
    if (!GP_IS_ERR(p)) {
      GP_TUPLE(p)->items[0] = gp_str_cstr(t, name);
      GP_TUPLE(p)->items[1] = gp_intv(value);
    }
    int r = GP_IS_ERR(p) || GP_IS_ERR(GP_TUPLE(p)->items[0]) ? -1 : gp_list_append(t, l.as.o, p);
    GP_DECREF(p);
    if (r < 0) {
      GP_DECREF(l);
      l = GP_ERRV;
    }
  }
  return l;
}

/* A forked child keeps the handlers but not the parent's pending signals,
** as CPython's _PySignal_AfterFork. */
static void forget_pending(void) {
  for (int s = 1; s < NSIG; s++)
    atomic_store_explicit(&tripped[s], 0, memory_order_relaxed);
}

static void register_atfork(void) {
  pthread_atfork(NULL, NULL, forget_pending);
}

int gp_signal_add_natives(GpThread *t, GpObj *d) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, register_atfork);
  static const GpMethodDef natives[] = {
      {"_install", sig_install},
      {"_disposition", sig_disposition},
      {"_is_main", sig_is_main},
      {"_set_table", sig_set_table},
      {"default_int_handler", sig_default_int_handler},
      {"_raise", sig_raise},
      {"_pthread_kill", sig_pthread_kill},
      {"_alarm", sig_alarm},
      {"pause", sig_pause},
      {"_setitimer", sig_setitimer},
      {"_getitimer", sig_getitimer},
      {"_strsignal", sig_strsignal},
      {"_siginterrupt", sig_siginterrupt},
      {"_set_wakeup_fd", sig_set_wakeup_fd},
      {"_valid", sig_valid},
      {"_sigmask", sig_sigmask},
      {NULL, NULL},
  };
  static const struct {
    const char *name;
    int value;
  } consts[] = {
      {"NSIG", NSIG},
      {"_ITIMER_REAL", ITIMER_REAL},
      {"_ITIMER_VIRTUAL", ITIMER_VIRTUAL},
      {"_ITIMER_PROF", ITIMER_PROF},
      {"_SIG_BLOCK", SIG_BLOCK},
      {"_SIG_UNBLOCK", SIG_UNBLOCK},
      {"_SIG_SETMASK", SIG_SETMASK},
  };
  for (size_t i = 0; i < sizeof consts / sizeof *consts; i++)
    if (gp_module_set(t, d, consts[i].name, gp_intv(consts[i].value)) < 0) return -1;
  if (gp_module_set(t, d, "_SIGNALS", signal_names(t)) < 0) return -1;
  return gp_module_add_functions(t, d, natives);
}

void gp_signal_vm_closed(GpVM *vm) {
  GpVM *expected = vm;
  atomic_compare_exchange_strong(&sig_vm, &expected, NULL);
  if (vm->signals) gp_decref_o(vm->signals);
  vm->signals = NULL;
}
