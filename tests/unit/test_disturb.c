/*
** test_disturb.c — the disturbance review's CPU-time criterion
** (harness/session/disturb.c, through the gbharness library), on synthetic
** blocks: a round whose fixed-work tasks took more CPU time than the run's
** median by over 15% is measured again, in seq and procs runs only, and
** stays marked when it stays slow; a run whose threads queue for a CPU by
** design (E8, E14) is judged by its own rounds' waits, and so is its
** busy-machine warning (gb_run_summarize). No timing: the samples are made
** up.
*/
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "disturb.h"

#define ROUNDS 7
#define TASK 0.010 /* s of CPU per task in an undisturbed round */

/* Two workers, each task `cpu` s of CPU time in as much wall time; seq runs
** them one after another, procs side by side, threads take turns (a GIL). */
static GbSample gb_test_sample(GbMode mode, double cpu) {
  GbSample s = {.nworkers = 2, .steal_s = NAN, .cpu_s = 2 * cpu};
  s.workers = calloc(2, sizeof *s.workers);
  double wall = mode == GB_MODE_THREADS ? 2 * cpu : cpu;
  for (int k = 0; k < 2; k++)
    s.workers[k] = (GbWorkerSample){.wall_s = wall, .cpu_s = cpu};
  s.wall_s = mode == GB_MODE_PROCS ? cpu : 2 * cpu;
  return s;
}

/* A run of ROUNDS samples of TASK, but round `slow` (0-based; -1 none)
** takes `slow_cpu`. */
static void gb_test_run(GbRun *r, GbMode mode, bool fixed, int slow, double slow_cpu) {
  gb_config_init(&r->cfg);
  r->cfg.mode = mode;
  r->cfg.workers = 2;
  r->cfg.fixed_work = fixed;
  r->nsamples = ROUNDS;
  r->samples = calloc(ROUNDS, sizeof *r->samples);
  for (int k = 0; k < ROUNDS; k++)
    r->samples[k] = gb_test_sample(mode, k == slow ? slow_cpu : TASK);
}

/* What measuring a round again gives: every run's task at `cpu`. */
typedef struct GbTestRedo {
  const GbRun *runs;
  int n, calls, last_round;
  int order[4 * ROUNDS]; /* the rounds measured again, in turn */
  double cpu;
} GbTestRedo;

static int gb_test_redo(void *ud, int k, GbRun *fresh) {
  GbTestRedo *t = ud;
  if (t->calls < 4 * ROUNDS) t->order[t->calls] = k;
  t->calls++;
  t->last_round = k;
  for (int i = 0; i < t->n; i++) {
    gb_config_copy(&fresh[i].cfg, &t->runs[i].cfg);
    fresh[i].nsamples = 1;
    fresh[i].samples = calloc(1, sizeof *fresh[i].samples);
    fresh[i].samples[0] = gb_test_sample(t->runs[i].cfg.mode, t->cpu);
  }
  return 0;
}

static int gb_test_marked(const GbRun *r) {
  int n = 0;
  for (int k = 0; k < r->nsamples; k++)
    n += r->samples[k].disturbed;
  return n;
}

/* Reviews a seq run and a `mode` run (fixed work or not) in which round 3
** of the second took `slow_cpu`; re-measuring gives `redo_cpu`. */
static GbTestRedo gb_test_review(GbRun *out, GbMode mode, bool fixed, double slow_cpu,
                                 double redo_cpu) {
  gb_test_run(&out[0], GB_MODE_SEQ, fixed, -1, 0);
  gb_test_run(&out[1], mode, fixed, 2, slow_cpu);
  GbTestRedo t = {.runs = out, .n = 2, .last_round = -1, .cpu = redo_cpu};
  assert_int_equal(gb_disturb_review(out, 2, ROUNDS, gb_test_redo, &t, NULL), 0);
  return t;
}

static void gb_test_free(GbRun *out) {
  gb_run_free(&out[0]);
  gb_run_free(&out[1]);
}

static void test_slower_cpu_measured_again(void **state) {
  (void)state;
  GbRun out[2] = {0};
  GbTestRedo t = gb_test_review(out, GB_MODE_PROCS, true, 2 * TASK, TASK);
  assert_int_equal(t.calls, 1);
  assert_int_equal(t.last_round, 2);
  for (int i = 0; i < 2; i++) {
    assert_int_equal(out[i].remeasured, 1); /* the whole round, seq too */
    assert_int_equal(gb_test_marked(&out[i]), 0);
  }
  assert_true(out[1].samples[2].workers[0].cpu_s == TASK); /* the new measurement */
  gb_test_free(out);
}

static void test_still_slower_stays_marked(void **state) {
  (void)state;
  GbRun out[2] = {0};
  GbTestRedo t = gb_test_review(out, GB_MODE_PROCS, true, 2 * TASK, 2 * TASK);
  assert_int_equal(t.calls, ROUNDS); /* the budget: as many as the rounds */
  for (int i = 0; i < 2; i++) {
    assert_int_equal(out[i].remeasured, ROUNDS);
    assert_int_equal(gb_test_marked(&out[i]), 1);
    assert_true(out[i].samples[2].disturbed);
  }
  gb_test_free(out);
}

/* Two rounds that stay slow share the budget in passes, one each a pass,
** rather than the first one spending it all while its disturbance lasts. */
static void test_passes_share_budget(void **state) {
  (void)state;
  GbRun out[2] = {0};
  gb_test_run(&out[0], GB_MODE_SEQ, true, -1, 0);
  gb_test_run(&out[1], GB_MODE_PROCS, true, 1, 2 * TASK);
  free(out[1].samples[4].workers);
  out[1].samples[4] = gb_test_sample(GB_MODE_PROCS, 2 * TASK);
  GbTestRedo t = {.runs = out, .n = 2, .last_round = -1, .cpu = 2 * TASK};
  assert_int_equal(gb_disturb_review(out, 2, ROUNDS, gb_test_redo, &t, NULL), 0);
  assert_int_equal(t.calls, ROUNDS);
  for (int c = 0; c < ROUNDS; c++)
    assert_int_equal(t.order[c], c % 2 ? 4 : 1);
  assert_true(out[0].samples[1].disturbed && out[0].samples[4].disturbed);
  assert_int_equal(gb_test_marked(&out[1]), 2);
  gb_test_free(out);
}

static void test_within_margin(void **state) {
  (void)state;
  GbRun out[2] = {0};
  GbTestRedo t = gb_test_review(out, GB_MODE_PROCS, true, 1.12 * TASK, TASK);
  assert_int_equal(t.calls, 0);
  assert_int_equal(gb_test_marked(&out[1]), 0);
  gb_test_free(out);
}

/* A slow seq round raises the speedup: judged alike, so that re-measuring
** favours neither side. */
static void test_seq_judged_alike(void **state) {
  (void)state;
  GbRun out[2] = {0};
  gb_test_run(&out[0], GB_MODE_SEQ, true, 4, 1.5 * TASK);
  gb_test_run(&out[1], GB_MODE_PROCS, true, -1, 0);
  GbTestRedo t = {.runs = out, .n = 2, .last_round = -1, .cpu = TASK};
  assert_int_equal(gb_disturb_review(out, 2, ROUNDS, gb_test_redo, &t, NULL), 0);
  assert_int_equal(t.calls, 1);
  assert_int_equal(t.last_round, 4);
  gb_test_free(out);
}

/* Threads may spend more CPU time by design (gil=none's shared reference
** counts), and work that is not fixed (a time window) has no CPU time to
** hold it to: neither is judged by it. */
static void test_not_judged(void **state) {
  (void)state;
  GbRun out[2] = {0};
  GbTestRedo t = gb_test_review(out, GB_MODE_THREADS, true, 2 * TASK, TASK);
  assert_int_equal(t.calls, 0);
  gb_test_free(out);
  t = gb_test_review(out, GB_MODE_PROCS, false, 2 * TASK, TASK);
  assert_int_equal(t.calls, 0);
  assert_int_equal(gb_test_marked(&out[1]), 0);
  gb_test_free(out);
}

/* E14's seq worker: one measured thread (the I/O thread) beside CPU-bound
** threads on 2 cores, over a time window (no fixed work). Its round k
** waited runq[k] of its wall time and ran cpu[k] of it. */
static GbSample gb_test_io_sample(double runq, double cpu) {
  GbSample s = {.nworkers = 1, .steal_s = NAN, .wall_s = 0.5};
  s.workers = calloc(1, sizeof *s.workers);
  s.workers[0] = (GbWorkerSample){.wall_s = 0.5, .cpu_s = 0.5 * cpu, .runq_s = 0.5 * runq};
  s.runq_s = s.workers[0].runq_s;
  s.cpu_s = s.workers[0].cpu_s;
  return s;
}

static void gb_test_io_run(GbRun *r, const double *runq, const double *cpu) {
  gb_config_init(&r->cfg);
  r->cfg.mode = GB_MODE_SEQ;
  r->cfg.workers = 1;
  r->nsamples = ROUNDS;
  r->samples = calloc(ROUNDS, sizeof *r->samples);
  for (int k = 0; k < ROUNDS; k++)
    r->samples[k] = gb_test_io_sample(runq[k], cpu[k]);
}

/* Measuring a round of the I/O run again gives a typical round: t->cpu is
** its wait here. */
static int gb_test_io_redo(void *ud, int k, GbRun *fresh) {
  GbTestRedo *t = ud;
  if (t->calls < 4 * ROUNDS) t->order[t->calls] = k;
  t->calls++;
  t->last_round = k;
  gb_config_copy(&fresh[0].cfg, &t->runs[0].cfg);
  fresh[0].nsamples = 1;
  fresh[0].samples = calloc(1, sizeof *fresh[0].samples);
  fresh[0].samples[0] = gb_test_io_sample(t->cpu, 0.40);
  return 0;
}

static GbTestRedo gb_test_io_review(GbRun *out, const double *runq, const double *cpu) {
  gb_test_io_run(out, runq, cpu);
  GbTestRedo t = {.runs = out, .n = 1, .last_round = -1, .cpu = runq[0]};
  assert_int_equal(gb_disturb_review(out, 1, ROUNDS, gb_test_io_redo, &t, NULL), 0);
  return t;
}

/* Whether r's summary warns that its workers waited for a CPU. */
static bool gb_test_busy_warned(GbRun *r) {
  gb_run_summarize(r);
  for (int i = 0; i < r->nwarnings; i++)
    if (strstr(r->warnings[i], "of their time for a CPU")) return true;
  return false;
}

/* Its wait and CPU share swing with the I/O rate (E8's legacy line at k=1
** on the idle VM: 14-65% wait): rounds that differ by what its other rounds
** differ by are not news, though 10 points above the median would be. */
static void test_queuing_run_spread_not_news(void **state) {
  (void)state;
  GbRun out[1] = {0};
  const double runq[ROUNDS] = {0.65, 0.41, 0.14, 0.31, 0.38, 0.59, 0.16};
  const double cpu[ROUNDS] = {0.22, 0.36, 0.51, 0.30, 0.32, 0.25, 0.53};
  GbTestRedo t = gb_test_io_review(out, runq, cpu);
  assert_int_equal(t.calls, 0);
  assert_int_equal(gb_test_marked(&out[0]), 0);
  assert_false(gb_test_busy_warned(&out[0]));
  assert_true(out[0].runq_frac > 0.10); /* the plain limit would have warned */
  gb_run_free(&out[0]);
}

/* A round that waited over twice the run's median is measured again. */
static void test_queuing_run_outlier_measured_again(void **state) {
  (void)state;
  GbRun out[1] = {0};
  const double runq[ROUNDS] = {0.30, 0.28, 0.33, 0.31, 0.95, 0.29, 0.32};
  const double cpu[ROUNDS] = {0.40, 0.41, 0.39, 0.40, 0.20, 0.42, 0.40};
  GbTestRedo t = gb_test_io_review(out, runq, cpu);
  assert_int_equal(t.calls, 1);
  assert_int_equal(t.last_round, 4);
  assert_int_equal(out[0].remeasured, 1);
  assert_int_equal(gb_test_marked(&out[0]), 0);
  assert_true(out[0].samples[4].runq_s < 0.5 * 0.5); /* the new measurement */
  assert_false(gb_test_busy_warned(&out[0]));
  gb_run_free(&out[0]);
}

/* The round waits as long when measured again (the machine stayed busy):
** it stays marked, and the run warns. */
static void test_queuing_run_still_waiting_warns(void **state) {
  (void)state;
  GbRun out[1] = {0};
  const double runq[ROUNDS] = {0.30, 0.28, 0.33, 0.31, 0.95, 0.29, 0.32};
  const double cpu[ROUNDS] = {0.40, 0.41, 0.39, 0.40, 0.20, 0.42, 0.40};
  gb_test_io_run(out, runq, cpu);
  GbTestRedo t = {.runs = out, .n = 1, .last_round = -1, .cpu = 0.95};
  assert_int_equal(gb_disturb_review(out, 1, ROUNDS, gb_test_io_redo, &t, NULL), 0);
  assert_int_equal(gb_test_marked(&out[0]), 1);
  assert_true(gb_test_busy_warned(&out[0]));
  gb_run_free(&out[0]);
}

/* A preflight that found the cores busy (its processes waited 76%, as on a
** loaded VM): the run's wait is no longer above it by design, so the same
** rounds that are not news on an idle machine warn. */
static void test_busy_preflight_warns(void **state) {
  (void)state;
  GbRun out[1] = {0};
  const double runq[ROUNDS] = {0.65, 0.41, 0.14, 0.31, 0.38, 0.59, 0.16};
  const double cpu[ROUNDS] = {0.22, 0.36, 0.51, 0.30, 0.32, 0.25, 0.53};
  GbPreflight pf = {.runq_wait_frac = 0.76, .steal_frac = NAN};
  gb_disturb_reference(&pf);
  gb_test_io_review(out, runq, cpu);
  gb_disturb_reference(NULL);
  assert_false(out[0].queues_by_design);
  assert_true(gb_test_busy_warned(&out[0]));
  gb_run_free(&out[0]);
}

/* A run that does not queue (its median waits no more than the reference)
** keeps the 10-point margin: 0.15 above a median of 0 is news. */
static void test_steady_run_keeps_margin(void **state) {
  (void)state;
  GbRun out[1] = {0};
  const double runq[ROUNDS] = {0.00, 0.01, 0.00, 0.15, 0.01, 0.00, 0.01};
  const double cpu[ROUNDS] = {0.40, 0.41, 0.39, 0.40, 0.40, 0.42, 0.40};
  GbTestRedo t = gb_test_io_review(out, runq, cpu);
  assert_int_equal(t.calls, 1);
  assert_int_equal(t.last_round, 3);
  gb_run_free(&out[0]);
}

int main(void) {
  unsetenv("GILBENCH_DISTURB_TEST");          /* that hook would overrule the criteria */
  setenv("GILBENCH_DISTURB_PAUSE_S", "0", 1); /* no waiting between passes */
  gb_disturb_reference(NULL);
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_slower_cpu_measured_again),
      cmocka_unit_test(test_still_slower_stays_marked),
      cmocka_unit_test(test_passes_share_budget),
      cmocka_unit_test(test_within_margin),
      cmocka_unit_test(test_seq_judged_alike),
      cmocka_unit_test(test_not_judged),
      cmocka_unit_test(test_queuing_run_spread_not_news),
      cmocka_unit_test(test_queuing_run_outlier_measured_again),
      cmocka_unit_test(test_queuing_run_still_waiting_warns),
      cmocka_unit_test(test_busy_preflight_warns),
      cmocka_unit_test(test_steady_run_keeps_margin),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
