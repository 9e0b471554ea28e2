/*
** fidelity.c — gilpy's threads-to-processes ratio against CPython's, task by
** task, for the experiments whose claim is about the machine (fidelity.h).
** A row is one task (experiment, entry, arguments, latency) at one worker
** count; its four runs (gilpy and CPython, threads and procs) are measured
** in one block by the suites, so round k of each saw the same machine and
** the difference of the ratios can be taken round by round.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fidelity.h"
#include "gb.h"
#include "runview.h"
#include "stats.h"

static const char *const gb_fid_exps[] = {"E1", "E2", "E5"};
#define GB_FID_E2_MAX 5 /* the rule covers E2 up to S1's 5 requests */

/* a and b measure the same task, at any worker count, in any mode and on
** either interpreter. */
static bool gb_fid_same_work(const json_t *a, const json_t *b) {
  return strcmp(gb_rs(a, "experiment"), gb_rs(b, "experiment")) == 0 &&
         strcmp(gb_rs(a, "entry"), gb_rs(b, "entry")) == 0 &&
         json_equal(json_object_get(a, "args"), json_object_get(b, "args")) &&
         (json_equal(json_object_get(a, "latency_ms"), json_object_get(b, "latency_ms")) ||
          (isnan(gb_rn(a, "latency_ms")) && isnan(gb_rn(b, "latency_ms"))));
}

/* The same task at the same worker count. */
static bool gb_fid_same_task(const json_t *a, const json_t *b) {
  return gb_fid_same_work(a, b) && gb_ri(a, "workers") == gb_ri(b, "workers");
}

static double gb_fid_median(double *xs, int n) {
  if (n == 0) return NAN;
  qsort(xs, (size_t)n, sizeof *xs, gb_cmpd);
  return n % 2 ? xs[n / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2;
}

/* r is a run of one interpreter in one mode (gilpy: gil=new) that worked. */
static bool gb_fid_of(const json_t *r, bool cpy, const char *mode) {
  return gb_ok(r) && gb_is_cpython(r) == cpy && strcmp(gb_rs(r, "mode"), mode) == 0 &&
         (cpy || strcmp(gb_rs(r, "gil"), "new") == 0);
}

/* The run of tmpl's task on one interpreter in one mode. */
static const json_t *gb_fid_find(const json_t *runs, const json_t *tmpl, bool cpy,
                                 const char *mode) {
  size_t i;
  json_t *r;
  json_array_foreach(runs, i, r) {
    if (gb_fid_of(r, cpy, mode) && gb_fid_same_task(r, tmpl)) return r;
  }
  return NULL;
}

/* A worker's CPU time over its wall time: per sample, the workers' CPU
** time (the sample's sum, which CPython's driver records only as a whole)
** over the sum of their wall times; the median over the samples. About 1/N
** for threads taking turns at one GIL, 1 for workers side by side. */
static double gb_fid_cpu_share(const json_t *r) {
  double xs[1024];
  int n = 0;
  size_t i, k;
  json_t *s, *w;
  json_array_foreach(json_object_get(r, "samples"), i, s) {
    double wall = 0;
    json_array_foreach(json_object_get(s, "workers"), k, w) wall += gb_rn(w, "wall_s");
    double c = gb_rn(s, "cpu_s");
    if (wall > 0 && !isnan(c) && n < 1024) xs[n++] = c / wall;
  }
  return gb_fid_median(xs, n);
}

/* A worker field of s's workers from the second on: their median. */
static double gb_fid_later(const json_t *s, const char *key) {
  double xs[256];
  int n = 0;
  size_t k;
  json_t *w;
  json_array_foreach(json_object_get(s, "workers"), k, w) {
    if (k > 0 && n < 256) xs[n++] = gb_rn(w, key);
  }
  return gb_fid_median(xs, n);
}

/* fidelity.h's first_extra, from r, a seq run of two or more workers. */
static double gb_fid_first_extra(const json_t *r) {
  double xs[1024];
  int n = 0;
  size_t i;
  json_t *s;
  json_array_foreach(json_object_get(r, "samples"), i, s) {
    double first = gb_rn(json_array_get(json_object_get(s, "workers"), 0), "cpu_s");
    double x = (first - gb_fid_later(s, "cpu_s")) / gb_fid_later(s, "wall_s");
    if (isfinite(x) && n < 1024) xs[n++] = x;
  }
  return gb_fid_median(xs, n);
}

/* The seq run of tmpl's task with the most workers (2 or more) on one
** interpreter (gilpy: gil=new), or NULL. */
static const json_t *gb_fid_widest_seq(const json_t *runs, const json_t *tmpl, bool cpy) {
  const json_t *best = NULL;
  size_t i;
  json_t *r;
  json_array_foreach(runs, i, r) {
    if (gb_fid_of(r, cpy, "seq") && gb_fid_same_work(r, tmpl) && gb_ri(r, "workers") >= 2 &&
        (!best || gb_ri(r, "workers") > gb_ri(best, "workers")))
      best = r;
  }
  return best;
}

static int gb_fid_disturbed(const json_t *r) {
  int n = 0;
  size_t i;
  json_t *s;
  json_array_foreach(json_object_get(r, "samples"), i, s) n +=
      json_is_true(json_object_get(s, "disturbed"));
  return n;
}

/* One interpreter's side of tmpl's row; its threads and procs runs into
** thr and pro (NULL where not measured). */
static void gb_fid_side(const json_t *runs, const json_t *tmpl, bool cpy, GbFidSide *s,
                        const json_t **thr, const json_t **pro) {
  *thr = gb_fid_find(runs, tmpl, cpy, "threads");
  *pro = gb_fid_find(runs, tmpl, cpy, "procs");
  double up = gb_rn(*pro, "startup_s"), t = gb_time(*pro).v;
  s->ratio = gb_time_ratio(*pro, *thr);
  s->seq = gb_time(gb_fid_find(runs, tmpl, cpy, "seq")).v;
  s->x_threads = gb_speedup(*thr).v;
  s->x_procs = gb_speedup(*pro).v;
  s->cpu_threads = *thr ? gb_fid_cpu_share(*thr) : NAN;
  s->cpu_procs = *pro ? gb_fid_cpu_share(*pro) : NAN;
  s->startup_frac = up / (t + up);
  const json_t *wide = gb_fid_widest_seq(runs, tmpl, cpy);
  s->first_extra = wide ? gb_fid_first_extra(wide) : NAN;
  s->disturbed = gb_fid_disturbed(*thr) + gb_fid_disturbed(*pro);
}

/* gilpy's ratio over CPython's, minus 1. Round by round where the four runs
** were measured in one block with as many rounds: the median of the rounds'
** (procs/threads of gilpy) / (procs/threads of CPython) with its bootstrap
** interval. Otherwise the ratio of the two medians, its interval from the
** ends of theirs (wider: it ignores that they move together). */
static void gb_fid_diff(GbFidRow *row, const json_t *const run[4]) {
  int n[4];
  double *w[4];
  bool paired = true;
  for (int i = 0; i < 4; i++) {
    w[i] = gb_walls(run[i], &n[i]);
    paired = paired && n[i] == n[0] && n[i] > 0 && gb_same_block(run[i], run[0]);
  }
  const GbQ g = row->side[0].ratio, c = row->side[1].ratio;
  row->paired = paired;
  row->diff = (GbQ){g.v / c.v - 1, g.lo / c.hi - 1, g.hi / c.lo - 1};
  if (paired) { /* run: gilpy threads, gilpy procs, CPython threads, CPython procs */
    for (int k = 0; k < n[0]; k++) {
      w[0][k] = w[1][k] / w[0][k];
      w[2][k] = w[3][k] / w[2][k];
    }
    GbSpeedup sp;
    bool *bad = gb_round_marks(run, 4, n[0]);
    gb_stats_speedup_of(w[0], n[0], w[2], n[0], true, bad, &sp);
    if (sp.valid) row->diff = (GbQ){sp.value - 1, sp.lo - 1, sp.hi - 1};
    row->left_out = sp.valid ? sp.left_out : 0;
    for (int k = 0; k < n[0]; k++) /* the disturbed rounds it kept */
      row->disturbed_kept += bad[k] && !row->left_out;
    free(bad);
  }
  for (int i = 0; i < 4; i++)
    free(w[i]);
}

/* Within when the difference's interval lies inside ±10%, outside when it
** lies beyond, inconclusive otherwise, or when a run is missing, the runs
** were not measured in the same rounds or a round stayed disturbed. */
static void gb_fid_judge(GbFidRow *row, const json_t *const run[4]) {
  row->verdict = GB_FID_INCONCLUSIVE;
  if (!run[2]) {
    row->why = GB_FID_NO_CPYTHON;
    return;
  }
  if (!run[0] || !run[1] || !run[3]) {
    row->why = GB_FID_NO_PROCS;
    return;
  }
  gb_fid_diff(row, run);
  const GbFidSide *g = &row->side[0], *c = &row->side[1];
  row->procs_side = fabs(log(g->x_procs / c->x_procs)) > fabs(log(g->x_threads / c->x_threads));
  const double t = GB_FID_TOLERANCE;
  if (!row->paired) /* the rule compares the two on one machine state */
    row->why = GB_FID_UNPAIRED;
  else if (row->disturbed_kept > 0)
    row->why = GB_FID_DISTURBED;
  else if (row->diff.lo >= -t && row->diff.hi <= t)
    row->verdict = GB_FID_WITHIN;
  else if (row->diff.lo > t || row->diff.hi < -t)
    row->verdict = GB_FID_OUTSIDE;
  else
    row->why = GB_FID_WIDE;
}

/* The task's name in its experiment's table: E2's kind of wait and its
** length; "" where an experiment has one task. */
static void gb_fid_part(const json_t *r, char *buf, size_t len) {
  const char *entry = gb_rs(r, "entry");
  if (strcmp(gb_rs(r, "experiment"), "E2") != 0)
    snprintf(buf, len, "%s", "");
  else if (strcmp(entry, "sleep_n") == 0)
    snprintf(buf, len, "sleep %g ms", gb_argf(r, 0) * 1e3);
  else
    snprintf(buf, len, "%s %g ms", strcmp(entry, "fetch_n") == 0 ? "fetch" : entry,
             gb_rn(r, "latency_ms"));
}

/* r opens a row of experiment e: a gilpy threads run of the rule's tasks. E1's
** task is `squares` where measured (its `squares_mod` variant is S1's
** aside, at N = P only). */
static bool gb_fid_opens(const json_t *runs, const json_t *r, const char *e) {
  if (strcmp(gb_rs(r, "experiment"), e) != 0 || !gb_ok(r) || gb_is_cpython(r) ||
      strcmp(gb_rs(r, "gil"), "new") != 0 || strcmp(gb_rs(r, "mode"), "threads") != 0)
    return false;
  if (strcmp(e, "E2") == 0) return gb_ri(r, "workers") <= GB_FID_E2_MAX;
  if (strcmp(e, "E1") != 0 || strcmp(gb_rs(r, "entry"), "squares") == 0) return true;
  size_t i;
  json_t *x;
  json_array_foreach(runs, i, x) if (strcmp(gb_rs(x, "experiment"), e) == 0 &&
                                     strcmp(gb_rs(x, "entry"), "squares") == 0) return false;
  return true;
}

/* Rows in the order of the experiments, then of each task's first run,
** then by worker count. */
typedef struct GbFidOrder {
  int exp, part, workers;
  const json_t *tmpl;
} GbFidOrder;

static int gb_fid_cmp(const void *pa, const void *pb) {
  const GbFidOrder *a = pa, *b = pb;
  if (a->exp != b->exp) return a->exp - b->exp;
  if (a->part != b->part) return a->part - b->part;
  return a->workers - b->workers;
}

/* The rows' first threads runs, one per task and worker count, in order;
** their count. */
static int gb_fid_rows(const json_t *runs, GbFidOrder *o) {
  int n = 0;
  for (int e = 0; e < 3; e++) {
    const json_t *parts[GB_FID_ROWS_MAX];
    int nparts = 0;
    size_t i;
    json_t *r;
    json_array_foreach(runs, i, r) {
      if (!gb_fid_opens(runs, r, gb_fid_exps[e])) continue;
      bool seen = false;
      for (int k = 0; k < n && !seen; k++)
        seen = gb_fid_same_task(o[k].tmpl, r);
      if (seen || n >= GB_FID_ROWS_MAX) continue;
      char a[48], b[48];
      int p = 0;
      gb_fid_part(r, a, sizeof a);
      for (; p < nparts; p++) {
        gb_fid_part(parts[p], b, sizeof b);
        if (strcmp(a, b) == 0) break;
      }
      if (p == nparts) parts[nparts++] = r;
      o[n++] = (GbFidOrder){e, p, (int)gb_ri(r, "workers"), r};
    }
  }
  qsort(o, (size_t)n, sizeof *o, gb_fid_cmp);
  return n;
}

void gb_fidelity_analyze(const json_t *runs, GbFidelity *out) {
  GbFidOrder o[GB_FID_ROWS_MAX];
  out->n = gb_fid_rows(runs, o);
  for (int k = 0; k < out->n; k++) {
    GbFidRow *row = &out->rows[k];
    const json_t *run[4];
    *row = (GbFidRow){.exp = gb_fid_exps[o[k].exp], .workers = o[k].workers, .diff = gb_q_none};
    gb_fid_part(o[k].tmpl, row->part, sizeof row->part);
    gb_fid_side(runs, o[k].tmpl, false, &row->side[0], &run[0], &run[1]);
    gb_fid_side(runs, o[k].tmpl, true, &row->side[1], &run[2], &run[3]);
    gb_fid_judge(row, run);
  }
}

const char *gb_fid_verdict_name(GbFidVerdict v) {
  switch (v) {
  case GB_FID_WITHIN:
    return "within ±10%";
  case GB_FID_OUTSIDE:
    return "outside ±10%";
  case GB_FID_INCONCLUSIVE:
    break;
  }
  return "inconclusive";
}

const char *gb_fid_why_name(GbFidWhy w) {
  static const char *const names[] = {
      [GB_FID_NONE] = "",
      [GB_FID_NO_CPYTHON] = "no CPython run",
      [GB_FID_NO_PROCS] = "no procs run",
      [GB_FID_UNPAIRED] = "not in the same rounds",
      [GB_FID_DISTURBED] = "disturbed rounds",
      [GB_FID_WIDE] = "interval straddles ±10%",
  };
  return names[w];
}
