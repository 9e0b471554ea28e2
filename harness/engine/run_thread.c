/*
** run_thread.c — the in-process modes. seq: one worker thread runs the N
** tasks one after another in one VM; threads: N worker threads attached to
** one VM share its GIL; subinterp: N worker threads with a VM each.
** The main thread never runs Python during a repetition: it releases the
** workers all at once (the clock starts there), waits for them, and
** watches the deadline and SIGINT, which it turns into gp_interrupt.
*/
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engines.h"
#include "measure.h"

typedef struct GbInproc GbInproc;

typedef struct GbWorker {
  GbInproc *x;
  int idx;
  pthread_t th;
  gp_VM *vm; /* its own VM (subinterp), else the shared one */
  gp_Thread *t;
  GbBinding bind;
  double ready_at;
  char err[512]; /* setup or task failure */
} GbWorker;

struct GbInproc {
  GbEngine *e;
  int nthreads, ntasks;
  pthread_mutex_t mu;
  pthread_cond_t cv_main, cv_go;
  int ready, done, gen;
  bool quit;
  gp_VM *shared;
  GbWorker *w;
  GbWorkerSample *cur; /* this repetition, one per task */
  int failed_task;     /* first task that raised; -1 none */
};

static bool gb_mode_owns_vm(const GbInproc *x) {
  return x->e->cfg->mode == GB_MODE_SUBINTERP;
}

static int gb_worker_setup(GbWorker *w) {
  GbEngine *e = w->x->e;
  if (gb_topo_bind(e->tp, e->plan.sets[w->idx], false, w->err, sizeof w->err) < 0) return -1;
  gb_topo_format(e->plan.sets[w->idx], w->bind.requested, sizeof w->bind.requested);
  gb_topo_readback(e->tp, false, w->bind.cpuset, sizeof w->bind.cpuset, &w->bind.core);
  w->bind.worker = w->idx;
  if (!gb_mode_owns_vm(w->x)) {
    w->vm = w->x->shared;
    w->t = gp_attach(w->vm);
    return 0;
  }
  gp_Options o;
  char err[256];
  gb_run_options(e->cfg, &o);
  w->vm = gp_open(&o, err, sizeof err);
  if (!w->vm) {
    snprintf(w->err, sizeof w->err, "cannot open a VM: %s", err);
    return -1;
  }
  w->t = gp_attach(w->vm);
  if (gp_load_file(w->t, e->cfg->workload, e->mod) != 0) {
    gb_run_error_line(w->t, err, sizeof err);
    snprintf(w->err, sizeof w->err, "loading %s: %s", e->cfg->workload, err);
    return -1;
  }
  return 0;
}

/* One repetition's share: every task in seq, the worker's own otherwise. */
static void gb_worker_rep(GbWorker *w) {
  GbInproc *x = w->x;
  int first = x->nthreads == 1 ? 0 : w->idx, last = x->nthreads == 1 ? x->ntasks : w->idx + 1;
  for (int k = first; k < last; k++) {
    char err[512];
    if (gb_run_task(x->e, w->t, k, false, &x->cur[k], err, sizeof err) == 0) continue;
    pthread_mutex_lock(&x->mu);
    if (x->failed_task < 0) {
      x->failed_task = k;
      snprintf(w->err, sizeof w->err, "%s", err);
    }
    pthread_mutex_unlock(&x->mu);
    break;
  }
}

static void *gb_worker_main(void *arg) {
  GbWorker *w = arg;
  GbInproc *x = w->x;
  int setup = gb_worker_setup(w);
  pthread_mutex_lock(&x->mu);
  w->ready_at = gb_now();
  x->ready++;
  pthread_cond_signal(&x->cv_main);
  for (int gen = 0;;) {
    while (x->gen == gen && !x->quit)
      pthread_cond_wait(&x->cv_go, &x->mu);
    if (x->quit) break;
    gen = x->gen;
    pthread_mutex_unlock(&x->mu);
    if (setup == 0) gb_worker_rep(w);
    pthread_mutex_lock(&x->mu);
    x->done++;
    pthread_cond_signal(&x->cv_main);
  }
  pthread_mutex_unlock(&x->mu);
  if (w->t) gp_detach(w->t);
  if (gb_mode_owns_vm(x) && w->vm) gb_vm_close(w->vm);
  gb_mark_release();
  return NULL;
}

static int gb_nvms(const GbInproc *x) {
  return x->shared ? 1 : x->nthreads;
}
static gp_VM *gb_vm(const GbInproc *x, int i) {
  return x->shared ? x->shared : x->w[i].vm;
}

static void gb_interrupt_all(GbInproc *x) {
  for (int i = 0; i < gb_nvms(x); i++)
    if (gb_vm(x, i)) gp_interrupt(gb_vm(x, i));
}

static void gb_vm_gil(GbInproc *x, gp_GilStats *out) {
  *out = (gp_GilStats){0};
  for (int i = 0; i < gb_nvms(x); i++) {
    gp_GilStats s;
    if (!gb_vm(x, i)) continue;
    gp_gil_stats(gb_vm(x, i), &s);
    gb_gil_add(out, &s);
  }
}

/* Waits (mutex held) until *counter reaches nthreads, the deadline passes
** or SIGINT arrives; on the latter two interrupts the VMs once and gives
** the workers a grace period. 0 done, 1 timeout, 2 interrupted, and +2 when
** the workers did not stop at all (3 or 4: abandoned). */
static int gb_wait_all(GbInproc *x, int *counter) {
  int why = 0;
  double limit = x->e->deadline;
  while (*counter < x->nthreads) {
    if (!why && (gb_interrupted || gb_now() >= limit)) {
      why = gb_interrupted ? 2 : 1;
      gb_interrupt_all(x);
      limit = gb_now() + GB_STOP_GRACE;
    } else if (why && gb_now() >= limit) {
      return why + 2;
    }
    /* Poll: neither the signal handler nor the clock can signal a condvar. */
    double t = fmin(limit, gb_now() + 0.05);
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    double d = t - gb_now();
    if (d > 0) {
      ts.tv_sec += (time_t)d;
      ts.tv_nsec += (long)((d - floor(d)) * 1e9);
      if (ts.tv_nsec >= 1000000000L) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000L;
      }
    }
    pthread_cond_timedwait(&x->cv_main, &x->mu, &ts);
  }
  return why;
}

static void gb_trace_collect(GbInproc *x, GbRun *r, double t0) {
  size_t cap = (size_t)1 << 18, n = 0;
  gp_TraceEvent *buf = gb_calloc(cap, sizeof *buf);
  r->trace = gb_calloc(cap, sizeof *r->trace);
  for (int i = 0; i < gb_nvms(x) && n < cap; i++) {
    gp_trace_stop(gb_vm(x, i));
    size_t m = gp_trace_read(gb_vm(x, i), buf, cap - n);
    for (size_t j = 0; j < m; j++) {
      double rel = (double)buf[j].t_ns * 1e-9 - t0;
      r->trace[n++] = (GbTraceEvent){rel > 0 ? (uint64_t)(rel * 1e9) : 0, buf[j].thread,
                                     buf[j].kind, x->shared ? 0 : i};
    }
  }
  r->ntrace = n;
  free(buf);
}

/* Runs the repetitions; returns the gb_wait_all code that ended them early. */
static int gb_inproc_reps(GbInproc *x, GbRun *r) {
  const GbRunConfig *cfg = x->e->cfg;
  int total = cfg->warmup + cfg->reps;
  for (int rep = 0; rep < total; rep++) {
    bool traced = cfg->trace && rep == total - 1;
    gp_GilStats g0, g1, dg;
    gb_vm_gil(x, &g0);
    if (traced)
      for (int i = 0; i < gb_nvms(x); i++)
        gp_trace_start(gb_vm(x, i));
    double steal = gb_steal_now(); /* outside the clock: reading it costs µs */
    pthread_mutex_lock(&x->mu);
    x->done = 0;
    double t0 = gb_now();
    x->gen++;
    pthread_cond_broadcast(&x->cv_go);
    int why = gb_wait_all(x, &x->done);
    double t1 = gb_now();
    pthread_mutex_unlock(&x->mu);
    if (why) return why;
    steal = gb_steal_since(steal);
    gb_vm_gil(x, &g1);
    gb_gil_sub(&dg, &g1, &g0);
    if (traced) gb_trace_collect(x, r, t0);
    if (x->failed_task >= 0) {
      gb_run_fail(r, GB_FAILED, "%s %d: %s", cfg->mode == GB_MODE_SEQ ? "task" : "worker",
                  x->failed_task, x->w[x->nthreads == 1 ? 0 : x->failed_task].err);
      return 0;
    }
    if (rep >= cfg->warmup) gb_run_add_sample(r, t1 - t0, steal, &dg, x->cur, x->ntasks);
    for (int k = 0; k < x->ntasks; k++)
      gb_value_free(&x->cur[k].result);
    gb_run_report_rep(x->e, rep + 1);
  }
  return 0;
}

static int gb_inproc_open_shared(GbInproc *x, GbRun *r, gp_Thread **main_t) {
  gp_Options o;
  char err[512];
  gb_run_options(x->e->cfg, &o);
  x->shared = gp_open(&o, err, sizeof err);
  if (!x->shared) {
    gb_run_fail(r, GB_FAILED, "cannot open a VM: %s", err);
    return -1;
  }
  *main_t = gp_attach(x->shared);
  if (gp_load_file(*main_t, x->e->cfg->workload, x->e->mod) != 0) {
    gb_run_error_line(*main_t, err, sizeof err);
    gb_run_fail(r, GB_FAILED, "loading %s: %s", x->e->cfg->workload, err);
    return -1;
  }
  return 0;
}

static void gb_inproc_start(GbInproc *x) {
  sigset_t all, old;
  /* Workers never take SIGINT: it must reach the main thread's handler. */
  sigemptyset(&all);
  sigaddset(&all, SIGINT);
  sigaddset(&all, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &all, &old);
  for (int i = 0; i < x->nthreads; i++) {
    x->w[i] = (GbWorker){.x = x, .idx = i, .bind.core = -1};
    if (pthread_create(&x->w[i].th, NULL, gb_worker_main, &x->w[i]) != 0) {
      fputs("gilbench: cannot create a thread\n", stderr);
      abort();
    }
  }
  pthread_sigmask(SIG_SETMASK, &old, NULL);
}

static int gb_inproc_setup_check(GbInproc *x, GbRun *r, double t_start) {
  double last = t_start;
  r->nbinding = x->nthreads;
  r->binding = gb_calloc((size_t)x->nthreads, sizeof *r->binding);
  for (int i = 0; i < x->nthreads; i++) {
    r->binding[i] = x->w[i].bind;
    if (x->w[i].ready_at > last) last = x->w[i].ready_at;
  }
  r->startup_s = last - t_start;
  for (int i = 0; i < x->nthreads; i++)
    if (x->w[i].err[0]) {
      gb_run_fail(r, GB_FAILED, "worker %d: %s", i, x->w[i].err);
      return -1;
    }
  return 0;
}

/* After an abandon the workers still use x: it is leaked on purpose, and
** the supervised child (supervise.c) exits under them. */
static void gb_inproc_finish(GbInproc *x, gp_Thread *main_t, bool abandoned) {
  if (abandoned) {
    for (int i = 0; i < x->nthreads; i++)
      pthread_detach(x->w[i].th);
    return;
  }
  pthread_mutex_lock(&x->mu);
  x->quit = true;
  pthread_cond_broadcast(&x->cv_go);
  pthread_mutex_unlock(&x->mu);
  for (int i = 0; i < x->nthreads; i++)
    pthread_join(x->w[i].th, NULL);
  if (main_t) gp_detach(main_t);
  if (x->shared) gb_vm_close(x->shared);
  for (int k = 0; k < x->ntasks; k++)
    gb_value_free(&x->cur[k].result);
  pthread_mutex_destroy(&x->mu);
  pthread_cond_destroy(&x->cv_main);
  pthread_cond_destroy(&x->cv_go);
  free(x->cur);
  free(x->w);
  free(x);
}

static void gb_inproc_status(GbInproc *x, GbRun *r, int why) {
  if (why == 1)
    gb_run_fail(r, GB_TIMEOUT, "timeout after %.3g s (worker threads interrupted)",
                x->e->cfg->timeout_s);
  else if (why == 3)
    gb_run_fail(r, GB_TIMEOUT,
                "timeout after %.3g s; the worker threads ignored the interrupt for %g s and were "
                "killed with the run's process",
                x->e->cfg->timeout_s, GB_STOP_GRACE);
}

int gb_run_inproc(GbEngine *e, GbRun *r) {
  GbInproc *x = gb_calloc(1, sizeof *x);
  gp_Thread *main_t = NULL;
  x->e = e;
  x->ntasks = e->cfg->workers;
  x->nthreads = e->cfg->mode == GB_MODE_SEQ ? 1 : x->ntasks;
  x->failed_task = -1;
  x->w = gb_calloc((size_t)x->nthreads, sizeof *x->w);
  x->cur = gb_calloc((size_t)x->ntasks, sizeof *x->cur);
  pthread_mutex_init(&x->mu, NULL);
  pthread_cond_init(&x->cv_main, NULL);
  pthread_cond_init(&x->cv_go, NULL);
  double t_start = gb_now();
  int why = 0;
  if (e->cfg->mode != GB_MODE_SUBINTERP && gb_inproc_open_shared(x, r, &main_t) < 0) {
    gb_inproc_finish(x, main_t, false);
    return 0;
  }
  gb_inproc_start(x);
  pthread_mutex_lock(&x->mu);
  why = gb_wait_all(x, &x->ready);
  pthread_mutex_unlock(&x->mu);
  if (!why && gb_inproc_setup_check(x, r, t_start) == 0) why = gb_inproc_reps(x, r);
  gb_inproc_status(x, r, why);
  gb_inproc_finish(x, main_t, why >= 3);
  return why == 2 || why == 4;
}
