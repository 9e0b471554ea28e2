/*
** test_eta.c — the suite's time-left estimate (harness/session/eta.c,
** through the gbharness library) on synthetic durations: a plan shaped
** like the quick reference run (each experiment's task repetitions and
** seconds per repetition, results/reference/results.json of 2026-12-07
** 06:02), walked repetition by repetition on a made-up machine. No
** timing: the durations are given.
*/
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "eta.h"

typedef struct {
  const char *id;
  int units;     /* task repetitions in the plan */
  double unit_s; /* what one took in the reference run */
} GbTestExp;

static const GbTestExp gb_test_plan[] = {
    {"E1", 352, 0.0880}, {"E2", 582, 0.0262},  {"E3", 56, 0.1492},   {"E4", 360, 0.0189},
    {"E5", 272, 0.0461}, {"E6", 3, 0.0380},    {"E7", 64, 0.0888},   {"E8", 54, 0.3735},
    {"E9", 24, 0.0698},  {"E10", 104, 0.0261}, {"E11", 162, 0.0196}, {"E12", 96, 0.0664},
    {"E14", 32, 0.4997}};
#define NEXP (int)(sizeof gb_test_plan / sizeof *gb_test_plan)

/* The plan's costs, as a suite file's "est_unit_s" give them. */
static void gb_test_costs(GbCost *costs) {
  for (int i = 0; i < NEXP; i++)
    costs[i] = (GbCost){gb_test_plan[i].id, gb_test_plan[i].unit_s};
}

/* Walks the plan on a machine `speed` times slower than the reference
** (E1 another `e1_slow` times) and, once `at` of the plan is done, returns
** the estimate over the true time left. With costs (ncosts > 0) and prior
** as progress.c sets them; without, every repetition planned at 1. */
static double gb_test_ratio(const GbCost *costs, int ncosts, double prior_share, double speed,
                            double e1_slow, double at) {
  double planned = 0, truth = 0;
  for (int i = 0; i < NEXP; i++) {
    double slow = speed * (i == 0 ? e1_slow : 1);
    planned += gb_test_plan[i].units * gb_eta_unit_s(costs, ncosts, gb_test_plan[i].id);
    truth += gb_test_plan[i].units * gb_test_plan[i].unit_s * slow;
  }
  double done = 0, elapsed = 0;
  for (int i = 0; i < NEXP; i++) {
    double plan_s = gb_eta_unit_s(costs, ncosts, gb_test_plan[i].id);
    double took = gb_test_plan[i].unit_s * speed * (i == 0 ? e1_slow : 1);
    for (int u = 0; u < gb_test_plan[i].units; u++) {
      done += plan_s;
      elapsed += took;
      if (done >= at * planned)
        return gb_eta_left(planned, done, elapsed, prior_share * planned) / (truth - elapsed);
    }
  }
  return NAN;
}

static void test_unit_cost(void **state) {
  (void)state;
  GbCost costs[] = {{"E1", 0.1}, {"E2", 0.3}, {"E3", 0}};
  assert_true(gb_eta_unit_s(costs, 3, "E1") == 0.1);
  assert_true(gb_eta_unit_s(costs, 3, "E2") == 0.3);
  /* no cost of its own (or none > 0): the mean of the others */
  assert_true(fabs(gb_eta_unit_s(costs, 3, "E3") - 0.2) < 1e-12);
  assert_true(fabs(gb_eta_unit_s(costs, 3, NULL) - 0.2) < 1e-12);
  assert_true(gb_eta_unit_s(NULL, 0, "E1") == 1);
}

static void test_left_edges(void **state) {
  (void)state;
  assert_true(gb_eta_left(100, 0, 0, 0) < 0);    /* nothing to go on */
  assert_true(gb_eta_left(100, 0, 0, 3) == 100); /* the plan's own pace */
  assert_true(gb_eta_left(0, 0, 5, 0) == 0);
  assert_true(gb_eta_left(100, 100, 250, 3) == 0);
  assert_true(gb_eta_left(100, 120, 250, 3) == 0); /* unplanned work done */
  /* without a prior: the measured pace alone, as before costs existed */
  assert_true(fabs(gb_eta_left(100, 25, 50, 0) - 150) < 1e-9);
}

/* The issue: with every repetition planned alike, E1's first runs (cheap
** repetitions that are many) made the estimate about 1.5x too long, and
** late in the plan (E8 and E14: few, long ones) about half too short. */
static void test_without_costs(void **state) {
  (void)state;
  assert_true(gb_test_ratio(NULL, 0, 0, 1, 1, 0.01) > 1.4);
  assert_true(gb_test_ratio(NULL, 0, 0, 1, 1, 0.9) < 0.6);
}

/* With each experiment's cost, on a machine as fast as the reference's
** but E1 20% slower than planned: within 20% all along. */
static void test_idle(void **state) {
  (void)state;
  GbCost costs[NEXP];
  gb_test_costs(costs);
  static const double at[] = {0.0005, 0.01, 0.05, 0.2, 0.5, 0.9};
  for (size_t k = 0; k < sizeof at / sizeof *at; k++) {
    double r = gb_test_ratio(costs, NEXP, 0.03, 1, 1.2, at[k]);
    assert_true(r > 0.8 && r < 1.2);
  }
}

/* A machine 4.5x slower (a load average of 15-20): the estimate starts
** from the plan and has followed to within 20% once a tenth is done. */
static void test_loaded(void **state) {
  (void)state;
  GbCost costs[NEXP];
  gb_test_costs(costs);
  assert_true(gb_test_ratio(costs, NEXP, 0.03, 4.5, 1, 0.0005) < 0.3);
  static const double at[] = {0.1, 0.2, 0.5, 0.9};
  for (size_t k = 0; k < sizeof at / sizeof *at; k++) {
    double r = gb_test_ratio(costs, NEXP, 0.03, 4.5, 1, at[k]);
    assert_true(r > 0.8 && r < 1.2);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_unit_cost),     cmocka_unit_test(test_left_edges),
      cmocka_unit_test(test_without_costs), cmocka_unit_test(test_idle),
      cmocka_unit_test(test_loaded),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
