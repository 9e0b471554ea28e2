/*
** timemod.c — the time module: clocks and sleep (which releases the GIL);
** broken-down time is timeconv.c's, struct_time and the rest time_py.c's.
*/
#include <errno.h>
#include <math.h>
#include <time.h>

#include "obj.h"
#include "vm.h"

static int64_t clock_ns(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

#define CLOCK_FN(NAME, ID, RESULT)                                                                 \
  static GpValue time_##NAME(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {        \
    (void)args;                                                                                    \
    if (gp_arg_none(t, "time." #NAME, nargs, kwnames) < 0) return GP_ERRV;                         \
    int64_t ns = clock_ns(ID);                                                                     \
    return RESULT;                                                                                 \
  }

CLOCK_FN(perf_counter, CLOCK_MONOTONIC, gp_floatv((double)ns * 1e-9))
CLOCK_FN(perf_counter_ns, CLOCK_MONOTONIC, gp_intv(ns))
CLOCK_FN(monotonic, CLOCK_MONOTONIC, gp_floatv((double)ns * 1e-9))
CLOCK_FN(monotonic_ns, CLOCK_MONOTONIC, gp_intv(ns))
CLOCK_FN(time, CLOCK_REALTIME, gp_floatv((double)ns * 1e-9))
CLOCK_FN(time_ns, CLOCK_REALTIME, gp_intv(ns))
CLOCK_FN(process_time, CLOCK_PROCESS_CPUTIME_ID, gp_floatv((double)ns * 1e-9))
CLOCK_FN(process_time_ns, CLOCK_PROCESS_CPUTIME_ID, gp_intv(ns))
CLOCK_FN(thread_time, CLOCK_THREAD_CPUTIME_ID, gp_floatv((double)ns * 1e-9))
CLOCK_FN(thread_time_ns, CLOCK_THREAD_CPUTIME_ID, gp_intv(ns))

/* clock_gettime(clk_id) and its _ns and clock_getres: any clock the system
** knows (time.CLOCK_*), OSError [Errno 22] for one it does not. */
static int clock_arg(GpThread *t, const char *name, const GpValue *args, int nargs, GpObj *kw,
                     struct timespec *ts, bool res) {
  int64_t id;
  if (gp_arg_one(t, name, nargs, kw) < 0 || gp_as_index(t, args[0], &id) < 0) return -1;
  if (id < INT32_MIN || id > INT32_MAX ||
      (res ? clock_getres((clockid_t)id, ts) : clock_gettime((clockid_t)id, ts)) != 0) {
    gp_raise_errno(t, id < INT32_MIN || id > INT32_MAX ? EINVAL : errno, NULL);
    return -1;
  }
  return 0;
}

static GpValue time_clock_gettime(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  struct timespec ts;
  if (clock_arg(t, "clock_gettime", args, nargs, kw, &ts, false) < 0) return GP_ERRV;
  return gp_floatv((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

static GpValue time_clock_gettime_ns(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  struct timespec ts;
  if (clock_arg(t, "clock_gettime_ns", args, nargs, kw, &ts, false) < 0) return GP_ERRV;
  return gp_intv((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

static GpValue time_clock_getres(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  struct timespec ts;
  if (clock_arg(t, "clock_getres", args, nargs, kw, &ts, true) < 0) return GP_ERRV;
  return gp_floatv((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

/* Sleeps until deadline with the GIL released: 1 done, 0 woken for the
** main thread's signal handlers, -1 ended by a KeyboardInterrupt. It looks
** before the first sleep too: a signal this thread sent itself just before
** (os.kill, then sleep) has had no eval-breaker check yet. */
static int sleep_until(GpThread *t, const struct timespec *deadline) {
  for (;;) {
    if (gp_gil_take_interrupt(&t->vm->gil, t)) return -1;
    if (gp_signal_waiting(t)) return 0;
    if (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, deadline, NULL) != EINTR) return 1;
  }
}

/* Sleeps with the GIL released; a signal (EINTR) resumes the sleep unless
** it brought a KeyboardInterrupt for this thread or its Python handler
** raised (PEP 475: a handler that returns lets the sleep go on). */
static GpValue time_sleep(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_one(t, "time.sleep", nargs, kwnames) < 0) return GP_ERRV;
  double secs;
  if (!gp_is_number(args[0]))
    return gp_raise(t, &gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                    gp_type_name(args[0]));
  if (gp_to_double(t, args[0], &secs) < 0) return GP_ERRV;
  if (isnan(secs)) return gp_raise(t, &gp_exc_ValueError, "Invalid value NaN (not a number)");
  if (secs < 0) return gp_raise(t, &gp_exc_ValueError, "sleep length must be non-negative");
  if (secs > 9.2e9)
    return gp_raise(t, &gp_exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
  int64_t deadline = clock_ns(CLOCK_MONOTONIC) + (int64_t)(secs * 1e9);
  struct timespec ts = {.tv_sec = deadline / 1000000000, .tv_nsec = deadline % 1000000000};
  int r;
  GP_BEGIN_ALLOW_THREADS(t);
  while ((r = sleep_until(t, &ts)) == 0 && gp_signal_run_blocked(t) == 0) {
  }
  GP_END_ALLOW_THREADS(t);
  if (r < 0) return gp_raise_keyboard_interrupt(t);
  return r == 0 ? GP_ERRV : GP_NONEV;
}

static const GpMethodDef time_functions[] = {
    {"perf_counter", time_perf_counter},
    {"perf_counter_ns", time_perf_counter_ns},
    {"monotonic", time_monotonic},
    {"monotonic_ns", time_monotonic_ns},
    {"time", time_time},
    {"time_ns", time_time_ns},
    {"process_time", time_process_time},
    {"process_time_ns", time_process_time_ns},
    {"thread_time", time_thread_time},
    {"thread_time_ns", time_thread_time_ns},
    {"clock_gettime", time_clock_gettime},
    {"clock_gettime_ns", time_clock_gettime_ns},
    {"clock_getres", time_clock_getres},
    {"sleep", time_sleep},
    {NULL, NULL},
};

int gp_open_time(GpThread *t, GpObj *d) {
  if (gp_module_add_functions(t, d, time_functions) < 0 || gp_time_open_conv(t, d) < 0) return -1;
  static const struct {
    const char *name;
    clockid_t id;
  } clocks[] = {{"CLOCK_REALTIME", CLOCK_REALTIME},
                {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
                {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW},
                {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
                {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID},
                {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},
                {"CLOCK_TAI", CLOCK_TAI}};
  for (size_t i = 0; i < sizeof clocks / sizeof *clocks; i++)
    if (gp_module_set(t, d, clocks[i].name, gp_intv(clocks[i].id)) < 0) return -1;
  return gp_time_open_py(t, d);
}
