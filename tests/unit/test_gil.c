/*
** test_gil.c — the six GIL models driven directly through gil.h, with
** threads that behave like the VM: take, run "instructions" that poll the
** eval breaker (all but legacy) or count ticks (legacy), drop. The protocol
** tests of fifo, priority and fair assert who gets the GIL in what order,
** never how fast.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "vm.h"

#define NTHREADS 8
#define ROUNDS 20
#define STEPS 2000
#define WORK 1000 /* per step: a round of a few ms outlasts the interval even on one core */

typedef struct Fixture {
  GpVM *vm;
  GpThread *ts[NTHREADS];
  long counter; /* protected by the GIL (every model but none) */
  _Atomic long acounter;
  uint64_t deadline_ns;
  pthread_barrier_t start; /* run_threads' workers begin together */
} Fixture;

static Fixture *fixture_new(gp_GilModel m, double interval, size_t trace_cap) {
  Fixture *f = calloc(1, sizeof *f);
  assert_non_null(f);
  f->vm = calloc(1, sizeof *f->vm);
  assert_non_null(f->vm);
  gp_Options o = {
      .gil = m, .switch_interval = interval, .check_interval = 100, .trace_capacity = trace_cap};
  assert_int_equal(gp_gil_init(&f->vm->gil, &o), 0);
  for (int i = 0; i < NTHREADS; i++) {
    f->ts[i] = calloc(1, sizeof(GpThread));
    assert_non_null(f->ts[i]);
    f->ts[i]->vm = f->vm;
    f->ts[i]->id = (unsigned)i + 1;
  }
  return f;
}

static void fixture_free(Fixture *f) {
  gp_gil_destroy(&f->vm->gil);
  for (int i = 0; i < NTHREADS; i++)
    free(f->ts[i]);
  free(f->vm);
  free(f);
}

/* What the VM does between two instructions. */
static void vm_poll(GpGil *g, GpThread *ts) {
  if (g->model == GP_GIL_LEGACY) {
    if (--ts->ticks <= 0) gp_gil_check(g, ts);
  } else if (atomic_load_explicit(&g->eval_breaker, memory_order_relaxed)) {
    gp_gil_check(g, ts);
  }
}

typedef struct Worker {
  Fixture *f;
  GpThread *ts;
} Worker;

static void *stress_worker(void *arg) {
  Worker *w = arg;
  GpGil *g = &w->f->vm->gil;
  /* all contend from the first round: a thread created late on a busy
  ** machine would otherwise find the others finished and never wait */
  pthread_barrier_wait(&w->f->start);
  for (int r = 0; r < ROUNDS; r++) {
    gp_gil_take(g, w->ts);
    for (int i = 0; i < STEPS; i++) {
      if (g->model == GP_GIL_NONE)
        atomic_fetch_add_explicit(&w->f->acounter, 1, memory_order_relaxed);
      else
        w->f->counter++;
      for (volatile int k = 0; k < WORK; k++)
        continue;
      vm_poll(g, w->ts);
    }
    gp_gil_drop(g, w->ts);
  }
  return NULL;
}

static void run_threads(Fixture *f, int n, void *(*fn)(void *)) {
  pthread_t th[NTHREADS];
  Worker w[NTHREADS];
  assert_int_equal(pthread_barrier_init(&f->start, NULL, (unsigned)n), 0);
  for (int i = 0; i < n; i++) {
    w[i] = (Worker){f, f->ts[i]};
    assert_int_equal(pthread_create(&th[i], NULL, fn, &w[i]), 0);
  }
  for (int i = 0; i < n; i++)
    pthread_join(th[i], NULL);
  pthread_barrier_destroy(&f->start);
}

/* gp_gil_model_name lives in api.c; this test links gil.c alone. */
static const char *gp_gil_model_name_local(gp_GilModel m) {
  static const char *const names[GP_GIL_NMODELS] = {"new",  "legacy",   "none",
                                                    "fifo", "priority", "fair"};
  return names[m];
}

static void stress(gp_GilModel m) {
  Fixture *f = fixture_new(m, 0.0002, 0);
  GpGil *g = &f->vm->gil;
  run_threads(f, NTHREADS, stress_worker);
  const long expect = (long)NTHREADS * ROUNDS * STEPS;
  if (m == GP_GIL_NONE)
    assert_int_equal(atomic_load(&f->acounter), expect);
  else
    assert_int_equal(f->counter, expect);

  gp_GilStats tot, sum = {0};
  gp_gil_totals(g, &tot);
  for (int i = 0; i < NTHREADS; i++) {
    gp_GilStats s;
    gp_gil_thread_stats(g, f->ts[i], &s);
    assert_true(s.acquisitions >= ROUNDS);
    assert_true(s.forced_switches <= s.acquisitions);
    assert_false(f->ts[i]->holds_gil);
    assert_int_equal(f->ts[i]->gil.hold_start_ns, 0);
    sum.acquisitions += s.acquisitions;
    sum.switches += s.switches;
    sum.forced_switches += s.forced_switches;
    sum.drop_requests += s.drop_requests;
    sum.wait_ns += s.wait_ns;
    sum.hold_ns += s.hold_ns;
  }
  assert_memory_equal(&sum, &tot, sizeof tot);
  print_message("%s: %llu acquisitions, %llu switches, %llu forced, %llu requests\n",
                gp_gil_model_name_local(m), (unsigned long long)tot.acquisitions,
                (unsigned long long)tot.switches, (unsigned long long)tot.forced_switches,
                (unsigned long long)tot.drop_requests);
  assert_true(tot.acquisitions >= (uint64_t)NTHREADS * ROUNDS);
  assert_true(tot.switches >= NTHREADS); /* every thread took it first once */
  assert_true(tot.switches <= tot.acquisitions);
  assert_true(tot.hold_ns > 0);
  assert_true(tot.forced_switches <= tot.drop_requests);
  if (m == GP_GIL_LEGACY || m == GP_GIL_NONE)
    assert_int_equal(tot.drop_requests, 0);
  else if (m == GP_GIL_NEW)
    assert_true(tot.drop_requests > 0 && tot.forced_switches > 0);
  /* fifo, priority, fair: whether a 0.2 ms interval runs out within a round
  ** is timing; their requests are asserted by the protocol tests below */
  if (m != GP_GIL_NONE) assert_int_equal(atomic_load(&g->locked), 0);
  fixture_free(f);
}

static void test_stress_new(void **state) {
  (void)state;
  stress(GP_GIL_NEW);
}

static void test_stress_legacy(void **state) {
  (void)state;
  stress(GP_GIL_LEGACY);
}

static void test_stress_none(void **state) {
  (void)state;
  stress(GP_GIL_NONE);
}

static void test_stress_fifo(void **state) {
  (void)state;
  stress(GP_GIL_FIFO);
}

static void test_stress_priority(void **state) {
  (void)state;
  stress(GP_GIL_PRIORITY);
}

static void test_stress_fair(void **state) {
  (void)state;
  stress(GP_GIL_FAIR);
}

static void *spin_worker(void *arg) {
  Worker *w = arg;
  GpGil *g = &w->f->vm->gil;
  gp_gil_take(g, w->ts);
  while (gp_now_ns() < w->f->deadline_ns)
    vm_poll(g, w->ts);
  gp_gil_drop(g, w->ts);
  return NULL;
}

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return (x > y) - (x < y);
}

/* One run of two CPU-bound threads under gil=new, 5 ms interval: true if the
** trace shows turns of about one interval each (the waiter's request plus
** forced switching). */
static bool forced_switching_run(void) {
  enum { CAP = 1 << 16 };
  Fixture *f = fixture_new(GP_GIL_NEW, 0.005, CAP);
  GpGil *g = &f->vm->gil;
  gp_gil_trace_start(g);
  f->deadline_ns = gp_now_ns() + 400 * 1000000ull;
  run_threads(f, 2, spin_worker);
  gp_gil_trace_stop(g);

  gp_TraceEvent *ev = calloc(CAP, sizeof *ev);
  assert_non_null(ev);
  size_t n = gp_gil_trace_read(g, ev, CAP);
  assert_true(n > 0 && n < CAP);
  uint64_t *holds = calloc(n, sizeof *holds);
  assert_non_null(holds);
  uint64_t take_at[3] = {0};
  size_t nholds = 0, turns[3] = {0};
  for (size_t i = 0; i < n; i++) {
    assert_true(ev[i].thread == 1 || ev[i].thread == 2);
    if (i) assert_true(ev[i].t_ns >= ev[i - 1].t_ns);
    if (ev[i].kind == GP_EV_TAKE) {
      take_at[ev[i].thread] = ev[i].t_ns;
    } else if (ev[i].kind == GP_EV_DROP && take_at[ev[i].thread]) {
      holds[nholds++] = ev[i].t_ns - take_at[ev[i].thread];
      turns[ev[i].thread]++;
    }
  }
  qsort(holds, nholds, sizeof *holds, cmp_u64);
  uint64_t median = nholds ? holds[nholds / 2] : 0;
  print_message("forced switching: %zu holds (%zu + %zu), median %.2f ms\n", nholds, turns[1],
                turns[2], (double)median / 1e6);
  gp_GilStats tot;
  gp_gil_totals(g, &tot);
  assert_true(tot.forced_switches <= tot.drop_requests);
  bool ok = turns[1] >= 3 && turns[2] >= 3 && median >= 2 * 1000000ull &&
            median <= 50 * 1000000ull && tot.forced_switches > 0;
  free(holds);
  free(ev);
  fixture_free(f);
  return ok;
}

/* The OS can starve either thread on a loaded machine, which stretches the
** turns: a second and third run get the benefit of the doubt. */
static void test_forced_switching(void **state) {
  (void)state;
  bool ok = false;
  for (int attempt = 0; attempt < 3 && !ok; attempt++)
    ok = forced_switching_run();
  assert_true(ok);
}

static void test_trace_ring(void **state) {
  (void)state;
  Fixture *f = fixture_new(GP_GIL_NEW, 0.005, 4);
  GpGil *g = &f->vm->gil;
  gp_TraceEvent ev[8];
  gp_gil_take(g, f->ts[0]); /* not tracing: not recorded */
  gp_gil_drop(g, f->ts[0]);
  assert_int_equal(gp_gil_trace_read(g, ev, 8), 0);
  gp_gil_trace_start(g);
  for (int i = 0; i < 5; i++) {
    gp_gil_take(g, f->ts[i]);
    gp_gil_drop(g, f->ts[i]);
  }
  gp_gil_trace_stop(g);
  gp_gil_take(g, f->ts[0]);
  gp_gil_drop(g, f->ts[0]);
  size_t n = gp_gil_trace_read(g, ev, 8);
  assert_int_equal(n, 4); /* the last four of ten, oldest first */
  unsigned want_thread[4] = {4, 4, 5, 5};
  uint32_t want_kind[4] = {GP_EV_TAKE, GP_EV_DROP, GP_EV_TAKE, GP_EV_DROP};
  for (size_t i = 0; i < n; i++) {
    assert_int_equal(ev[i].thread, want_thread[i]);
    assert_int_equal(ev[i].kind, want_kind[i]);
  }
  assert_int_equal(gp_gil_trace_read(g, ev, 2), 2);
  gp_gil_trace_event(g, f->ts[0], GP_EV_REQUEST); /* stopped: ignored */
  assert_int_equal(gp_gil_trace_read(g, ev, 8), 4);
  gp_gil_trace_start(g); /* restarting clears */
  assert_int_equal(gp_gil_trace_read(g, ev, 8), 0);
  fixture_free(f);

  f = fixture_new(GP_GIL_NEW, 0.005, 0); /* no buffer: tracing is a no-op */
  gp_gil_trace_start(&f->vm->gil);
  gp_gil_take(&f->vm->gil, f->ts[0]);
  gp_gil_drop(&f->vm->gil, f->ts[0]);
  assert_int_equal(gp_gil_trace_read(&f->vm->gil, ev, 8), 0);
  fixture_free(f);
}

static void test_interrupt(void **state) {
  (void)state;
  for (int m = 0; m < GP_GIL_NMODELS; m++) {
    Fixture *f = fixture_new((gp_GilModel)m, 0.005, 0);
    GpGil *g = &f->vm->gil;
    gp_gil_take(g, f->ts[1]);
    gp_gil_drop(g, f->ts[1]);
    gp_gil_take(g, f->ts[0]);
    assert_false(gp_gil_take_interrupt(g, f->ts[0]));
    assert_int_equal(atomic_load(&g->eval_breaker), 0);
    gp_gil_interrupt(g);
    assert_true(atomic_load(&g->eval_breaker) != 0);
    gp_gil_check(g, f->ts[0]);
    assert_true(gp_gil_take_interrupt(g, f->ts[0]));
    assert_false(gp_gil_take_interrupt(g, f->ts[0])); /* once per interrupt */
    gp_gil_drop(g, f->ts[0]);
    gp_gil_take(g, f->ts[1]); /* an existing thread that had not looked yet */
    assert_true(gp_gil_take_interrupt(g, f->ts[1]));
    gp_gil_drop(g, f->ts[1]);
    gp_gil_take(g, f->ts[2]); /* first take after it: not this thread's interrupt */
    assert_false(gp_gil_take_interrupt(g, f->ts[2]));
    gp_gil_interrupt(g);
    gp_gil_check(g, f->ts[2]);
    assert_true(gp_gil_take_interrupt(g, f->ts[2]));
    gp_gil_drop(g, f->ts[2]);
    fixture_free(f);
  }
}

/* ------------------------------------------------ protocol of each design */

/* Threads log their id when they get the GIL; the log is protected by it. */
typedef struct Log {
  unsigned ids[NTHREADS];
  int n;
} Log;

static Log the_log;

static void *log_worker(void *arg) {
  Worker *w = arg;
  GpGil *g = &w->f->vm->gil;
  gp_gil_take(g, w->ts);
  the_log.ids[the_log.n++] = w->ts->id;
  gp_gil_drop(g, w->ts);
  return NULL;
}

static void sleep_ms(int ms) {
  struct timespec d = {.tv_sec = ms / 1000, .tv_nsec = (long)(ms % 1000) * 1000000};
  nanosleep(&d, NULL);
}

/* Polls pred (read under mu) for up to 30 s: state another thread reaches
** on its own, with no signal to wait for. */
static bool wait_for(GpGil *g, bool (*pred)(GpGil *, const void *), const void *arg) {
  for (int i = 0; i < 30000; i++) {
    pthread_mutex_lock(&g->mu);
    bool ok = pred(g, arg);
    pthread_mutex_unlock(&g->mu);
    if (ok) return true;
    sleep_ms(1);
  }
  return false;
}

static bool tickets_drawn(GpGil *g, const void *n) {
  return g->next_ticket >= *(const uint64_t *)n;
}

static bool fair_waiting(GpGil *g, const void *n) {
  int k = 0;
  for (GpThread *w = g->waiters; w; w = w->gil.wnext)
    k++;
  return k >= *(const int *)n;
}

static bool requested(GpGil *g, const void *unused) {
  (void)unused;
  return atomic_load_explicit(&g->drop_request, memory_order_relaxed) != 0;
}

/* Starts worker i of w/th; for fifo, returns once its ticket is drawn, so
** the arrival order is the start order. */
static void start_logger(Fixture *f, Worker *w, pthread_t *th, int i) {
  w[i] = (Worker){f, f->ts[i]};
  assert_int_equal(pthread_create(&th[i], NULL, log_worker, &w[i]), 0);
  if (f->vm->gil.model == GP_GIL_FIFO) {
    uint64_t want = (uint64_t)i + 1; /* thread 0 drew ticket 0 */
    assert_true(wait_for(&f->vm->gil, tickets_drawn, &want));
  }
}

/* fifo: waiters get the GIL in arrival order, and a holder whose quantum
** ran out hands it to the head of the queue and comes back after everyone
** who was queued before it asked again. */
static void test_fifo_handoff_order(void **state) {
  (void)state;
  Fixture *f = fixture_new(GP_GIL_FIFO, 0.001, 0);
  GpGil *g = &f->vm->gil;
  the_log.n = 0;
  gp_gil_take(g, f->ts[0]);
  Worker w[NTHREADS];
  pthread_t th[NTHREADS];
  for (int i = 1; i <= 4; i++)
    start_logger(f, w, th, i);
  /* spin like a CPU-bound thread until the quantum forces a drop */
  uint64_t forced = f->ts[0]->gil.s.forced_switches;
  while (f->ts[0]->gil.s.forced_switches == forced)
    vm_poll(g, f->ts[0]);
  /* back with the GIL: everyone queued before the yield has run, in order */
  assert_int_equal(the_log.n, 4);
  for (int i = 0; i < 4; i++)
    assert_int_equal(the_log.ids[i], (unsigned)i + 2);
  assert_true(f->ts[1]->gil.s.drop_requests >= 1); /* the head kept the time */
  gp_gil_drop(g, f->ts[0]);
  for (int i = 1; i <= 4; i++)
    pthread_join(th[i], NULL);
  assert_false(atomic_load(&g->locked));
  assert_int_equal(g->next_ticket, g->serving);
  fixture_free(f);
}

/* fifo: a thread back from a blocking call that finds the GIL free takes it
** ahead of the head of the queue, which stays the head and gets the GIL at
** the barger's release. Whether the head has run by the time the barger is
** back is the OS's choice, so the barge is asked of one trial in 20 (strict
** hand-off never lets it happen: the take would wait for the head's turn). */
static void test_fifo_barging(void **state) {
  (void)state;
  Fixture *f = fixture_new(GP_GIL_FIFO, 10.0, 0); /* no quantum runs out */
  GpGil *g = &f->vm->gil;
  int barged = 0;
  for (int trial = 0; trial < 20 && !barged; trial++) {
    the_log.n = 0;
    gp_gil_take(g, f->ts[0]);
    Worker w = {f, f->ts[1]};
    pthread_t th;
    uint64_t want = g->next_ticket + 1;
    assert_int_equal(pthread_create(&th, NULL, log_worker, &w), 0);
    assert_true(wait_for(g, tickets_drawn, &want));
    gp_gil_drop_blocking(g, f->ts[0]); /* the "I/O" starts: ts[1] is handed the GIL */
    gp_gil_take(g, f->ts[0]);          /* and is over at once */
    barged += the_log.n == 0;          /* under the GIL: ts[1] has not run */
    gp_gil_drop(g, f->ts[0]);
    pthread_join(th, NULL);
    assert_int_equal(the_log.n, 1);
    assert_false(atomic_load(&g->locked));
    assert_int_equal(g->next_ticket, g->serving);
  }
  assert_true(barged);
  fixture_free(f);
}

/* fair: on a release the waiter with the least GIL time goes first,
** whatever the arrival order; a waiter far ahead makes no request. */
static void test_fair_least_time_first(void **state) {
  (void)state;
  Fixture *f = fixture_new(GP_GIL_FAIR, 0.001, 0);
  GpGil *g = &f->vm->gil;
  the_log.n = 0;
  gp_gil_take(g, f->ts[0]);
  /* GIL times in s, as if they had run before (set while no one waits) */
  const uint64_t s = 1000000000u;
  f->ts[1]->gil.vtime_ns = 3 * s;
  f->ts[2]->gil.vtime_ns = 1 * s;
  f->ts[3]->gil.vtime_ns = 4 * s;
  f->ts[4]->gil.vtime_ns = 2 * s;
  Worker w[NTHREADS];
  pthread_t th[NTHREADS];
  for (int i = 1; i <= 4; i++)
    start_logger(f, w, th, i);
  int four = 4;
  assert_true(wait_for(g, fair_waiting, &four));
  sleep_ms(20); /* twenty intervals: still no one is owed the GIL */
  assert_false(atomic_load(&g->drop_request));
  gp_gil_drop(g, f->ts[0]);
  for (int i = 1; i <= 4; i++)
    pthread_join(th[i], NULL);
  unsigned want[4] = {3, 5, 2, 4}; /* ids are index + 1 */
  assert_int_equal(the_log.n, 4);
  for (int i = 0; i < 4; i++)
    assert_int_equal(the_log.ids[i], want[i]);
  assert_null(g->waiters);
  assert_null(g->next_owner);
  fixture_free(f);
}

/* fair: a waiter owed more than an interval asks the holder to drop, and
** the forced holder cannot win the GIL back before it. */
static void test_fair_deficit_request(void **state) {
  (void)state;
  Fixture *f = fixture_new(GP_GIL_FAIR, 0.001, 0);
  GpGil *g = &f->vm->gil;
  the_log.n = 0;
  gp_gil_take(g, f->ts[0]);
  Worker w[NTHREADS];
  pthread_t th[NTHREADS];
  start_logger(f, w, th, 1);
  while (f->ts[0]->gil.s.forced_switches == 0)
    vm_poll(g, f->ts[0]);
  assert_int_equal(the_log.n, 1);
  assert_int_equal(f->ts[1]->gil.s.drop_requests, 1);
  gp_gil_drop(g, f->ts[0]);
  pthread_join(th[1], NULL);
  fixture_free(f);
}

/* priority: a thread back from a blocking call asks a CPU-bound holder to
** drop at once (the interval here is 60 s, so a request seen is the
** priority one), and gets the GIL before the holder is back. Under gil=new
** the same waiter makes no request within the interval. */
static void test_priority_immediate_request(void **state) {
  (void)state;
  for (int m = 0; m < 2; m++) {
    Fixture *f = fixture_new(m ? GP_GIL_NEW : GP_GIL_PRIORITY, 60, 0);
    GpGil *g = &f->vm->gil;
    the_log.n = 0;
    gp_gil_take(g, f->ts[0]); /* an ordinary take: a CPU-bound hold */
    Worker w[NTHREADS];
    pthread_t th[NTHREADS];
    f->ts[1]->gil.blocked = true; /* as after GP_BEGIN_ALLOW_THREADS */
    start_logger(f, w, th, 1);
    if (m) {
      sleep_ms(50);
      assert_false(atomic_load(&g->drop_request));
      gp_gil_drop(g, f->ts[0]);
    } else {
      assert_true(wait_for(g, requested, NULL));
      assert_int_equal(f->ts[1]->gil.s.drop_requests, 1);
      vm_poll(g, f->ts[0]); /* the next check: drop, wait for the switch, take */
      assert_int_equal(f->ts[0]->gil.s.forced_switches, 1);
      assert_int_equal(the_log.n, 1);
      assert_int_equal(g->prio_waiting, 0);
      gp_gil_drop(g, f->ts[0]);
    }
    pthread_join(th[1], NULL);
    fixture_free(f);
  }
}

/* priority: a holder that came in with priority itself is not preempted at
** once by another priority waiter (no I/O ping-pong). */
static void test_priority_holder_not_preempted(void **state) {
  (void)state;
  Fixture *f = fixture_new(GP_GIL_PRIORITY, 60, 0);
  GpGil *g = &f->vm->gil;
  f->ts[0]->gil.blocked = true; /* as after GP_BEGIN_ALLOW_THREADS */
  gp_gil_take(g, f->ts[0]);     /* so a priority take */
  assert_true(f->ts[0]->gil.prio);
  Worker w[NTHREADS];
  pthread_t th[NTHREADS];
  the_log.n = 0;
  f->ts[1]->gil.blocked = true;
  start_logger(f, w, th, 1);
  sleep_ms(50);
  assert_false(atomic_load(&g->drop_request));
  gp_gil_drop(g, f->ts[0]);
  pthread_join(th[1], NULL);
  assert_int_equal(the_log.n, 1);
  fixture_free(f);
}

static void test_interval(void **state) {
  (void)state;
  Fixture *f = fixture_new(GP_GIL_NEW, 0, 0);
  GpGil *g = &f->vm->gil;
  assert_true(gp_gil_get_interval(g) == 0.005); /* default */
  gp_gil_set_interval(g, 0.001);
  assert_true(gp_gil_get_interval(g) == 0.001);
  gp_gil_set_interval(g, 1e-9); /* truncated like CPython, still usable */
  assert_true(gp_gil_get_interval(g) == 0.0);
  gp_gil_take(g, f->ts[0]);
  gp_gil_drop(g, f->ts[0]);
  assert_int_equal(atomic_load(&g->check_interval), 100);
  fixture_free(f);
}

static void test_now(void **state) {
  (void)state;
  uint64_t a = gp_now_ns(), b = gp_now_ns();
  assert_true(a > 0 && b >= a);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_now),
      cmocka_unit_test(test_interval),
      cmocka_unit_test(test_interrupt),
      cmocka_unit_test(test_trace_ring),
      cmocka_unit_test(test_stress_new),
      cmocka_unit_test(test_stress_legacy),
      cmocka_unit_test(test_stress_none),
      cmocka_unit_test(test_forced_switching),
      cmocka_unit_test(test_stress_fifo),
      cmocka_unit_test(test_stress_priority),
      cmocka_unit_test(test_stress_fair),
      cmocka_unit_test(test_fifo_handoff_order),
      cmocka_unit_test(test_fifo_barging),
      cmocka_unit_test(test_fair_least_time_first),
      cmocka_unit_test(test_fair_deficit_request),
      cmocka_unit_test(test_priority_immediate_request),
      cmocka_unit_test(test_priority_holder_not_preempted),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
