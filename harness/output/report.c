/*
** report.c — a results document's analysis (analysis.h) as what a reader
** takes away:
**   DIR/report.md   machine table, the seeds' summary, and per experiment:
**                   claim, expectation, measurement, verdict and figure;
**   DIR/data/       the figures' data, written by the export (export.c), so
**                   the report's figures and `gilbench export` read the same
**                   files.
** Every number and verdict comes from the analysis; this file only formats.
*/
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "analysis.h"
#include "export.h"
#include "gb.h"
#include "preflight_md.h"
#include "reader.h"
#include "report.h"
#include "report_e14.h"
#include "report_fidelity.h"

typedef struct GbRep {
  const json_t *doc;
  GbAnalysis *a;
  FILE *md;
} GbRep;

static void gb_fmt_s(double s, char *buf, size_t len) {
  if (isnan(s))
    snprintf(buf, len, "–");
  else if (s >= 1)
    snprintf(buf, len, "%.2f s", s);
  else if (s >= 1e-3)
    snprintf(buf, len, "%.1f ms", s * 1e3);
  else
    snprintf(buf, len, "%.0f µs", s * 1e6);
}

/* --- the experiments' measurements --- */

static void gb_md_table(FILE *f, const GbTable *t) {
  fprintf(f, "| N |");
  for (int i = 0; i < t->nseries; i++)
    fprintf(f, " %s |", t->labels[i]);
  fprintf(f, "\n|---|");
  for (int i = 0; i < t->nseries; i++)
    fprintf(f, "---|");
  fputc('\n', f);
  for (int k = 0; k < t->nrows; k++) {
    fprintf(f, "| %d |", t->workers[k]);
    for (int i = 0; i < t->nseries; i++) {
      char x[64], s[32];
      gb_fmt_x(t->cells[k][i].speedup, x, sizeof x);
      gb_fmt_s(t->cells[k][i].time, s, sizeof s);
      fprintf(f, t->cells[k][i].present ? " %s (%s) |" : " – |", x, s);
    }
    fputc('\n', f);
  }
  fputc('\n', f);
}

static void gb_md_e1(const GbRep *g, const GbExpResult *x) {
  const GbE1 *d = &x->u.e1;
  gb_md_table(g->md, &d->table);
  if (!isnan(d->mod_threads.v) || !isnan(d->mod_procs.v)) {
    char a[64], b[64];
    gb_fmt_x(d->mod_threads, a, sizeof a);
    gb_fmt_x(d->mod_procs, b, sizeof b);
    fprintf(g->md, "S1's `i*i %% 1000` variant, N=2: threads %s, procs %s.\n\n", a, b);
  }
}

static void gb_md_e2(const GbRep *g, const GbExpResult *x) {
  const GbE2 *d = &x->u.e2;
  for (int i = 0; i < d->nparts; i++) {
    fprintf(g->md, "%s, %g ms per request:\n\n",
            d->parts[i].sleep ? "`time.sleep`" : "`bench.fetch` (loopback)", d->parts[i].ms);
    gb_md_table(g->md, &d->parts[i].table);
  }
}

static void gb_md_e3(const GbRep *g, const GbExpResult *x) {
  const GbE3 *d = &x->u.e3;
  fprintf(g->md,
          "| model | lost updates, no lock (median [min, max]) | with a Lock |\n|---|---|---|\n");
  for (int i = 0; i < d->nrows; i++) {
    const GbQ *q = d->rows[i].lost;
    fprintf(g->md, "| %s | %.0f [%.0f, %.0f] | %.0f [%.0f, %.0f] |\n", d->rows[i].model, q[0].v,
            q[0].lo, q[0].hi, q[1].v, q[1].lo, q[1].hi);
  }
  fputc('\n', g->md);
  for (int i = 0; i < d->nrows; i++) {
    if (!d->rows[i].whole) continue;
    bool gil = strcmp(d->rows[i].model, "none") != 0;
    fprintf(g->md,
            "%s lost exactly %.0f updates, one thread's whole work: each thread reads the "
            "counter, adds 1 and writes it back, and here one thread read the counter, %s, and "
            "the other ran all its %.0f increments before that write; writing the stale value "
            "erased them. The threads did not interleave increment by increment%s\n\n",
            d->rows[i].model, d->rows[i].per_thread,
            gil ? "lost the GIL before writing" : "was descheduled before writing",
            d->rows[i].per_thread,
            gil ? ": once the other thread holds the GIL it keeps it, since the holder re-takes it "
                  "at each check before the woken waiter can (E7, E9)."
                : ".");
  }
}

/* Each task's table, then its one-thread overhead. */
static void gb_md_e4(const GbRep *g, const GbExpResult *x) {
  const GbE4 *d = &x->u.e4;
  for (int k = 0; k < d->ntasks; k++) {
    const GbE4Task *t = &d->tasks[k];
    if (d->ntasks > 1) fprintf(g->md, "`%s()`:\n\n", t->entry);
    gb_md_table(g->md, &t->table);
    if (!t->has_overhead) continue;
    char a[32], b[32];
    gb_fmt_s(t->t_none, a, sizeof a);
    gb_fmt_s(t->t_new, b, sizeof b);
    fprintf(g->md,
            "Single-thread overhead of gil=none over gil=new, `%s()` (reported, not checked): "
            "**%+.1f%%** [%+.1f, %+.1f] (%s vs %s, %s).\n\n",
            t->entry, t->overhead_pct.v, t->overhead_pct.lo, t->overhead_pct.hi, a, b,
            t->paired ? "paired by round" : "ratio of medians");
  }
}

static void gb_md_tables(const GbRep *g, const GbExpResult *x) {
  gb_md_table(g->md, &x->u.table);
}

static void gb_md_e6(const GbRep *g, const GbExpResult *x) {
  const GbE6 *d = &x->u.e6;
  if (!d->traced) {
    fprintf(g->md, "No GIL trace was recorded.\n\n");
    return;
  }
  if (d->nholds == 0) return;
  fprintf(g->md,
          "%d threads, switch interval %g ms: %d GIL holds longer than %.2g ms; a hold lasts "
          "%.2f ms (median; quartiles %.2f–%.2f ms); %.0f%% of hand-offs go to a different "
          "thread.\n\n",
          d->threads, d->si_ms, d->nholds, 0.05 * d->si_ms, d->hold_ms.v, d->hold_ms.lo,
          d->hold_ms.hi, 100 * d->handoff_other);
}

/* The intervals gil=new's slope left out, and why. */
static void gb_md_e7_short(const GbRep *g, const GbE7Gil *d) {
  if (d->nshort == 0) return;
  fprintf(g->md, "Left out of the slope: ");
  for (int k = 0; k < d->nshort; k++)
    fprintf(g->md, "%s%g ms", k ? ", " : "", d->shortx[k]);
  char t[32];
  gb_fmt_s(d->short_time, t, sizeof t);
  fprintf(g->md,
          " — the run (at most %s) held fewer than %d such intervals, so it handed over fewer "
          "times than its length allows; a longer task measures them.\n\n",
          t, GB_E7_HOLD);
}

static void gb_md_e7(const GbRep *g, const GbExpResult *x) {
  for (int legacy = 0; legacy < 2; legacy++) {
    const GbE7Gil *d = &x->u.e7.gil[legacy];
    fprintf(g->md, "| gil=%s, %s | releases/s | hand-offs/s | time |\n|---|---|---|---|\n",
            legacy ? "legacy" : "new",
            legacy ? "check interval (instructions)" : "switch interval (ms)");
    for (int k = 0; k < d->n; k++) {
      char t[32];
      gb_fmt_s(d->time[k], t, sizeof t);
      fprintf(g->md, "| %g | %.0f | %.0f | %s |\n", d->x[k], d->releases[k], d->handoffs[k], t);
    }
    fputc('\n', g->md);
    if (d->n < 2) continue;
    if (legacy)
      fprintf(g->md,
              "Under gil=legacy the releases follow the check interval (slope %.2f), but the "
              "hand-offs fall with slope %.2f: at each check the holder drops and re-takes the "
              "GIL at once, and the waiting thread, woken by the OS, wins that race less the "
              "longer it has slept — on several cores the old GIL hardly ever changes hands "
              "(Beazley 2009; E9).\n\n",
              d->slope, d->handoff_slope);
    else if (d->tiny)
      fprintf(g->md, "At %g ms the run takes %.2f× as long as at %g ms.\n\n", d->tiny_x,
              d->tiny_ratio, d->ref_x);
    gb_md_e7_short(g, d);
  }
}

static void gb_md_e8(const GbRep *g, const GbExpResult *x) {
  const GbE8 *d = &x->u.e8;
  fprintf(g->md, "I/O ops per second (median [95%% interval]) with k CPU-bound threads beside the "
                 "I/O thread:\n\n| model |");
  for (int k = 0; k < d->nk; k++)
    fprintf(g->md, " k=%g |", d->ks[k]);
  fprintf(g->md, "\n|---|");
  for (int k = 0; k < d->nk; k++)
    fprintf(g->md, "---|");
  fputc('\n', g->md);
  for (int i = 0; i < d->nrows; i++) {
    fprintf(g->md, "| %s |", d->rows[i].label);
    for (int k = 0; k < d->nk; k++) {
      GbQ q = d->rows[i].ops[k];
      fprintf(g->md, isnan(q.v) ? " – |" : " %.0f [%.0f, %.0f] |", q.v, q.lo, q.hi);
    }
    fputc('\n', g->md);
  }
  fputc('\n', g->md);
}

static void gb_md_e9(const GbRep *g, const GbExpResult *x) {
  const GbE9 *d = &x->u.e9;
  const char *names[] = {"sequential", "threads on 1 core", "threads on 2 cores"};
  fprintf(g->md, "| gil=legacy | time (median [95%%]) |\n|---|---|\n");
  for (int i = 0; i < 3; i++) {
    char a[32], b[32], c[32];
    gb_fmt_s(d->time[i].v, a, sizeof a);
    gb_fmt_s(d->time[i].lo, b, sizeof b);
    gb_fmt_s(d->time[i].hi, c, sizeof c);
    fprintf(g->md, "| %s | %s [%s, %s] |\n", names[i], a, b, c);
  }
  fputc('\n', g->md);
  if (d->has_ratio)
    fprintf(g->md,
            "Spread over 2 cores / pinned to 1 core: **%.2f×** [%.2f, %.2f] (Beazley: "
            "45.5 / 38.0 = 1.20×).\n\n",
            d->ratio.v, d->ratio.lo, d->ratio.hi);
}

static void gb_md_e11(const GbRep *g, const GbExpResult *x) {
  const GbE11 *d = &x->u.e11;
  fprintf(g->md, "| f (CPU share) | threads | Amdahl | procs |\n|---|---|---|---|\n");
  for (int k = 0; k < d->nrows; k++) {
    char a[64], b[64];
    gb_fmt_x(d->rows[k].threads, a, sizeof a);
    gb_fmt_x(d->rows[k].procs, b, sizeof b);
    fprintf(g->md, "| %g | %s | %.2f× | %s |\n", d->rows[k].f, a, d->rows[k].amdahl, b);
  }
  fputc('\n', g->md);
}

static void gb_md_e12(const GbRep *g, const GbExpResult *x) {
  const GbE12 *d = &x->u.e12;
  bool cpy = g->a->cpython != NULL;
  fprintf(g->md,
          "Time for the N tasks including start-up (threads started or processes forked):"
          "\n\n| task | threads | procs | procs start-up |%s\n|---|---|---|---|%s\n",
          cpy ? " CPython threads | CPython procs |" : "", cpy ? "---|---|" : "");
  for (int k = 0; k < d->nrows; k++) {
    const GbQ *q = d->rows[k].total;
    char a[32], b[32], s[32], c[32], p[32];
    gb_fmt_s(q[0].v, a, sizeof a);
    gb_fmt_s(q[1].v, b, sizeof b);
    gb_fmt_s(d->rows[k].startup, s, sizeof s);
    gb_fmt_s(q[2].v, c, sizeof c);
    gb_fmt_s(q[3].v, p, sizeof p);
    fprintf(g->md, "| %s | %s | %s | %s |", d->rows[k].label, a, b, s);
    if (cpy) fprintf(g->md, " %s | %s |", c, p);
    fputc('\n', g->md);
  }
  fputc('\n', g->md);
  for (int i = 0; i < (cpy ? 2 : 1); i++) {
    const char *who = i ? g->a->cpython : "gilpy";
    switch (d->breakeven[i].kind) {
    case GB_BE_BETWEEN:
      fprintf(g->md,
              "Break-even, %s: processes start to win at tasks of about **%.0f µs** "
              "(interpolated between the measured %g µs, where threads won, and %g µs).\n\n",
              who, d->breakeven[i].us, d->breakeven[i].lo_us, d->breakeven[i].hi_us);
      break;
    case GB_BE_BELOW:
    case GB_BE_BEYOND: {
      bool below = d->breakeven[i].kind == GB_BE_BELOW;
      fprintf(g->md, "Break-even, %s: %s measured task (%g µs): %s won at every size.\n\n", who,
              below ? "below the smallest" : "beyond the largest",
              below ? d->breakeven[i].hi_us : d->breakeven[i].lo_us,
              below ? "processes" : "threads");
      break;
    }
    case GB_BE_NONE:
      break;
    }
  }
}

static void gb_md_e14(const GbRep *g, const GbExpResult *x) {
  gb_e14_write_md(g->md, &x->u.e14);
}

/* Each experiment's measurement, by its id. */
static const struct {
  const char *id;
  void (*md)(const GbRep *g, const GbExpResult *x);
} gb_mds[] = {{"E1", gb_md_e1},     {"E2", gb_md_e2},      {"E3", gb_md_e3},   {"E4", gb_md_e4},
              {"E5", gb_md_tables}, {"E6", gb_md_e6},      {"E7", gb_md_e7},   {"E8", gb_md_e8},
              {"E9", gb_md_e9},     {"E10", gb_md_tables}, {"E11", gb_md_e11}, {"E12", gb_md_e12},
              {"E14", gb_md_e14}};

/* --- the report --- */

static void gb_report_machine(GbRep *g) {
  const json_t *m = json_object_get(g->doc, "machine"), *t = json_object_get(m, "topology");
  const json_t *tool = json_object_get(g->doc, "tool");
  FILE *f = g->md;
  fprintf(f, "## Machine\n\n| | |\n|---|---|\n");
  fprintf(f, "| host | %s |\n| CPU | %s |\n", gb_rs(m, "hostname"), gb_rs(m, "cpu_model"));
  fprintf(f, "| topology (hwloc) | %lld package(s), %lld NUMA node(s), %lld cores, %lld PUs |\n",
          gb_ri(t, "packages"), gb_ri(t, "numa_nodes"), gb_ri(t, "cores"), gb_ri(t, "pus"));
  double mem = gb_rn(t, "memory_bytes");
  if (!isnan(mem)) fprintf(f, "| memory | %.1f GiB |\n", mem / (1024.0 * 1024 * 1024));
  fprintf(f, "| cpuset | %s |\n| OS | %s |\n| kernel | %s |\n| governor | %s |\n",
          gb_rs(m, "cpuset"), gb_rs(m, "os"), gb_rs(m, "kernel"),
          *gb_rs(m, "governor") ? gb_rs(m, "governor") : "–");
  fprintf(f, "| gilbench | %s (git %s, %s) |\n| compiler | %s %s |\n", gb_rs(tool, "version"),
          gb_rs(tool, "git"), gb_rs(tool, "build_type"), gb_rs(tool, "compiler"),
          gb_rs(tool, "cflags"));
  fprintf(f, "| CPython reference | %s |\n", g->a->cpython ? g->a->cpython : "none measured");
  fprintf(f, "| run | %s → %s |\n\n", gb_rs(g->doc, "started"), gb_rs(g->doc, "finished"));
}

/* A time as the seeds print it ("2.00s"), with a third decimal below 0.1 s
** so that a quick run's short tasks keep two significant digits. */
static void gb_seed_s(double s, char *buf, size_t len) {
  snprintf(buf, len, s < 0.1 ? "%.3fs" : "%.2fs", s);
}

/* The note under a seed's block when a speedup printed there (x, as "%.1f")
** is not what its printed times divide to (naive): x is the median of the
** per-round ratios, the times are medians of their own. */
static void gb_seed_note(FILE *f, const char *what, double x, double naive) {
  char a[32], b[32];
  snprintf(a, sizeof a, "%.1f", x);
  snprintf(b, sizeof b, "%.1f", naive);
  if (isnan(x) || isnan(naive) || strcmp(a, b) == 0) return;
  fprintf(f,
          "%s: %sx is the median of the per-round speedups (the runs were measured in rounds "
          "together); the medians printed above divide to %sx.\n\n",
          what, a, b);
}

/* A `gilbench run` file: each task's modes in the tutorial notes' form,
** and the figure of them (plots/runs.gp). */
static void gb_report_tasks(GbRep *g) {
  static const char *const names[] = {
      "Sequential:     ", "Threading:      ", "Subinterpreters:", "Multiprocessing:"};
  static const GbMode order[] = {GB_MODE_SEQ, GB_MODE_THREADS, GB_MODE_SUBINTERP, GB_MODE_PROCS};
  const GbTasks *d = &g->a->tasks;
  FILE *f = g->md;
  fprintf(f, "## Summary\n\nMedian time per repetition; speedups over the seq run of the same "
             "task (paired by round when measured so):\n\n");
  for (int k = 0; k < d->n; k++) {
    fprintf(f, "%s:\n\n```\n", d->t[k].label);
    for (int j = 0; j < 4; j++) {
      GbMode m = order[j];
      char t[32];
      if (isnan(d->t[k].time[m])) continue;
      gb_seed_s(d->t[k].time[m], t, sizeof t);
      fprintf(f, "%s %s", names[m], t);
      if (m != GB_MODE_SEQ && !isnan(d->t[k].speedup[m].v))
        fprintf(f, " (%.1fx)", d->t[k].speedup[m].v);
      fputc('\n', f);
    }
    fprintf(f, "```\n\n");
  }
  fprintf(f, "![median time by mode](figures/runs.png)\n\n*Figure: `figures/runs.png` (also "
             "`.svg`; `plots/render.sh` draws it from `data/runs.tsv`).*\n\n");
}

/* Rounds measured again and samples that stayed disturbed (disturb.h). */
static void gb_report_disturbed(GbRep *g) {
  const GbAnalysis *a = g->a;
  if (!a->remeasured && !a->disturbed_runs) return;
  fprintf(g->md,
          "> **Disturbed.** %d repetition(s) were measured again: the machine was busy in their "
          "round "
          "(CPU share, run-queue wait or steal beyond the preflight's or the run's own, or a "
          "fixed-work task's CPU time over 15%% above its run's median: a slower CPU). ",
          a->remeasured);
  if (a->disturbed_runs)
    fprintf(g->md,
            "%d sample(s) of %d run(s) stayed disturbed; they are kept and marked `disturbed` in "
            "the results.\n\n",
            a->disturbed_samples, a->disturbed_runs);
  else
    fprintf(g->md, "None stayed disturbed.\n\n");
  if (a->speedups_left_out + a->speedups_kept_disturbed)
    fprintf(g->md,
            "A speedup measured round by round leaves out the rounds where its run or its "
            "baseline stayed disturbed, as long as half the rounds (and 3) remain: %d "
            "speedup(s) did (`speedup.left_out` in the results), %d kept disturbed rounds "
            "for want of undisturbed ones.\n\n",
            a->speedups_left_out, a->speedups_kept_disturbed);
}

static void gb_report_summary(GbRep *g) {
  FILE *f = g->md;
  const GbSeeds *d = &g->a->seeds;
  if (g->a->tasks.n > 0) {
    gb_report_tasks(g);
    return;
  }
  if (!d->cpu[0].shown && !d->cpu[1].shown && !d->io[0].shown && !d->io[1].shown) return;
  fprintf(f, "## Summary\n\nIn the seeds' own form (S1), measured here (median times; the "
             "speedups as in the tables below):\n\n");
  for (int i = 0; i < 2; i++) {
    if (!d->cpu[i].shown) continue;
    fprintf(f, "CPU-bound, 2 tasks (E1), %s", i ? g->a->cpython : "gilpy (gil=new)");
    if (!isnan(d->cpu[i].n)) fprintf(f, ", each `squares(%.0f)`", d->cpu[i].n);
    fprintf(f, ":\n\n```\n");
    char ta[32], tb[32], tc[32];
    gb_seed_s(d->cpu[i].seq, ta, sizeof ta);
    gb_seed_s(d->cpu[i].threads, tb, sizeof tb);
    gb_seed_s(d->cpu[i].procs, tc, sizeof tc);
    fprintf(f, "Sequential:      %s\n", ta);
    fprintf(f, "Threading:       %s (%.1fx)\n", tb, d->cpu[i].x_threads);
    if (!isnan(d->cpu[i].procs)) fprintf(f, "Multiprocessing: %s (%.1fx)\n", tc, d->cpu[i].x_procs);
    fprintf(f, "```\n\n");
    gb_seed_note(f, "Threading", d->cpu[i].x_threads, d->cpu[i].naive_threads);
    gb_seed_note(f, "Multiprocessing", d->cpu[i].x_procs, d->cpu[i].naive_procs);
  }
  if (d->cpu[0].calibrated || d->cpu[1].calibrated)
    fprintf(f, "Each interpreter's task size was calibrated on it (the experiment's "
               "`calibrate` entry), so that both run tasks of about one length: the "
               "iteration counts differ by the interpreters' speeds.\n\n");
  for (int i = 0; i < 2; i++) {
    if (!d->io[i].shown) continue;
    fprintf(f, "I/O-bound, %d requests of %g ms (E2), %s:\n\n```\n", d->io[i].requests,
            d->io[i].latency_ms, i ? g->a->cpython : "gilpy");
    char ta[32], tb[32];
    gb_seed_s(d->io[i].seq, ta, sizeof ta);
    gb_seed_s(d->io[i].threaded, tb, sizeof tb);
    if (!isnan(d->io[i].seq)) fprintf(f, "Sequential: %s\n", ta);
    fprintf(f, "Threaded:   %s (%.1fx faster)\n```\n\n", tb, d->io[i].speedup);
    gb_seed_note(f, "Threaded", d->io[i].speedup, d->io[i].naive);
  }
}

/* A key number: "1.02× [0.98, 1.05]", "188 ops/s [188, 189]", or "–". */
static void gb_fmt_key(GbQ q, const char *unit, char *buf, size_t len) {
  if (isnan(q.v)) {
    snprintf(buf, len, "–");
    return;
  }
  if (strcmp(unit, "×") == 0) {
    gb_fmt_x(q, buf, len);
    return;
  }
  bool whole = q.v == floor(q.v) && !(q.lo != floor(q.lo)) && !(q.hi != floor(q.hi));
  const char *f = fabs(q.v) >= 100 || whole ? "%.0f" : "%.2f"; /* a count stays one */
  char v[32], lo[32], hi[32];
  snprintf(v, sizeof v, f, q.v);
  snprintf(lo, sizeof lo, f, q.lo);
  snprintf(hi, sizeof hi, f, q.hi);
  snprintf(buf, len, "%s%s%s", v, *unit ? " " : "", unit);
  size_t n = strlen(buf);
  if (!isnan(q.lo) && !isnan(q.hi) && (strcmp(lo, v) != 0 || strcmp(hi, v) != 0))
    snprintf(buf + n, len - n, " [%s, %s]", lo, hi);
}

/* One row per experiment: its verdict and the number it turns on. */
static void gb_report_verdicts(GbRep *g) {
  FILE *f = g->md;
  bool cpy = g->a->cpython != NULL;
  fprintf(f,
          "| experiment | claim | verdict | deciding number | gilpy |%s\n|---|---|---|---|---|%s\n",
          cpy ? " CPython |" : "", cpy ? "---|" : "");
  for (int i = 0; i < g->a->nexps; i++) {
    const GbExpResult *x = &g->a->exps[i];
    char a[96], b[96];
    const char *unit = x->key.unit ? x->key.unit : "";
    gb_fmt_key(x->key.gilpy, unit, a, sizeof a);
    gb_fmt_key(x->key.cpython, unit, b, sizeof b);
    char what[352];
    int n = snprintf(what, sizeof what, x->key.workers > 0 ? "%s, N=%d" : "%s",
                     x->key.what ? x->key.what : "–", x->key.workers);
    if (x->key.note && n > 0 && (size_t)n < sizeof what)
      snprintf(what + n, sizeof what - (size_t)n, "; %s", x->key.note);
    fprintf(f, "| %s %s | %s | %s | %s | %s |", x->info->id, x->info->title, x->info->gist,
            gb_verdict(x), what, a);
    if (cpy) fprintf(f, " %s |", b);
    fputc('\n', f);
  }
  fputc('\n', f);
}

/* What the machine's cores delivered, opening the report. When they cannot
** be shown to reach 0.9·P (E1's check), a note says what that means for the
** scaling verdicts. */
static void gb_report_capacity(GbRep *g) {
  const GbCapacity *c = &g->a->capacity;
  int P = g->a->P;
  if (!c->shown) return;
  GbQ q = c->speedup;
  fprintf(g->md,
          "%s %d processes on %d cores ran %.2f× [%.2f, %.2f] faster than one after another "
          "(%s, N=%d)",
          c->short_of ? "> **Note.**" : "**Parallel capacity.**", P, P, q.v, q.lo, q.hi, c->exp, P);
  fprintf(g->md, c->short_of ? ", not provably the %.1f× E1 asks for." : ".", 0.9 * P);
  if (c->has_rounds)
    fprintf(g->md, " Round by round the speedup went from %.2f× to %.2f×.", c->round_lo,
            c->round_hi);
  if (!isnan(c->cpu_alone.v) && !isnan(c->cpu_side.v))
    fprintf(g->md,
            " A task's own CPU time was %.1f ms one after another (median) and %.1f ms side by "
            "side (median; up to %.1f ms).",
            c->cpu_alone.v * 1e3, c->cpu_side.v * 1e3, c->cpu_side.hi * 1e3);
  if (!isnan(c->handoff.v))
    fprintf(g->md,
            " Waking the processes and collecting their results added %.1f ms to a round beyond "
            "its slowest task (median; up to %.1f ms).",
            c->handoff.v * 1e3, c->handoff.hi * 1e3);
  if (!c->short_of) {
    fprintf(g->md, "\n\n");
    return;
  }
  char steal[64] = "an unknown share";
  if (!isnan(c->steal_frac)) snprintf(steal, sizeof steal, "%.1f%%", c->steal_frac * 100);
  fprintf(g->md,
          " The processes share no GIL; they waited %.1f%% of their time in the kernel's run "
          "queue and the hypervisor took %s (steal) as this guest sees it. So at times the "
          "cores did not run side by side at full speed: hardware threads of one core, a CPU "
          "quota or other load on the host. The scaling checks (E1, E4, E5, E10, E11) measure "
          "that too; where they are unsure, this is why, not the GIL. Rerun on an idle machine "
          "with dedicated cores to judge them.\n\n",
          c->runq_frac * 100, steal);
}

static void gb_report_rule(FILE *f) {
  fprintf(f,
          "## How verdicts are reached\n\n"
          "Where an expectation says min(N, P), the check uses the best speedup N equal tasks "
          "can reach on P cores, N/⌈N/P⌉: it equals min(N, P) when N ≤ P or P divides N, and "
          "is 1.5 for 3 tasks on 2 cores. Threads and subinterpreters have a control where "
          "the suite measures it: processes of the same work and worker count in the same "
          "rounds, which share no GIL. When the control fell short of that ideal (the cores did "
          "not run side by side), the check uses what the control reached: "
          "the claim checked is then that they scale like processes on the machine as it was. "
          "Each expectation becomes checks of a measured value against a threshold. A check "
          "**passes** when the value's 95%% interval lies entirely on the expected side of the "
          "threshold, **fails** when it lies entirely on the other side, and is **unsure** "
          "otherwise. An experiment is *reproduced* when all its checks pass, *not reproduced* "
          "when any fails, and *inconclusive* otherwise; a run that did not finish counts as an "
          "unsure check, since the checks needing it were never made. Intervals are bootstrap "
          "intervals of the "
          "median; speedups and time ratios of runs measured in rounds together (one block: "
          "repetition k of each before repetition k+1 of any) are the median of the per-round "
          "ratios with its bootstrap interval, so that a drift of the machine's speed hits both "
          "sides alike; otherwise the ratio of medians. For lost updates, a count, the range over "
          "the repetitions is used; E3's and E8's figures draw that range as their error bars. "
          "Checks cover the embedded interpreter (gilpy) and, "
          "where it ran, CPython.\n\n");
}

static void gb_report_exps(GbRep *g) {
  static const char *const marks[] = {"pass:", "**fail:**", "unsure:"};
  for (int i = 0; i < g->a->nexps; i++) {
    const GbExpResult *x = &g->a->exps[i];
    const GbExpInfo *e = x->info;
    fprintf(g->md, "## %s %s — %s\n\n", e->id, e->title, gb_verdict(x));
    fprintf(g->md,
            "**Claim.** %s\n\n**Expected.** %s\n\n**Measured** (speedups: median "
            "[95%% interval], with the median time):\n\n",
            e->claim, e->expected);
    for (size_t k = 0; k < sizeof gb_mds / sizeof *gb_mds; k++)
      if (strcmp(gb_mds[k].id, e->id) == 0) gb_mds[k].md(g, x);
    fprintf(g->md, "**Verdict: %s** (checks: %d passed, %d failed, %d unsure).\n\n", gb_verdict(x),
            x->pass, x->fail, x->unsure);
    for (int k = 0; k < x->nchecks; k++)
      fprintf(g->md, "- %s %s\n", marks[x->checks[k].outcome], x->checks[k].text);
    fprintf(g->md, "\n![%s %s](figures/%s.png)\n\n*Figure: `figures/%s.png` (also `.svg`).*\n\n",
            e->id, e->title, e->figure, e->figure);
  }
}

/* report.md from the analysis, through a temporary file: a reader never
** sees half a report. */
static int gb_report_md(GbRep *g, const char *dir, char *err, size_t errlen) {
  char path[4096], final[4096], line[512];
  gb_machine_line(g->doc, line, sizeof line);
  gb_path(path, sizeof path, dir, "report.md.tmp");
  g->md = fopen(path, "w");
  if (!g->md) {
    snprintf(err, errlen, "cannot write %s: %s", path, strerror(errno));
    return -1;
  }
  /* a file of `gilbench run` has no experiment: no verdicts to tabulate */
  if (g->a->nexps > 0) {
    fprintf(g->md,
            "# gilbench report\n\nThe GIL experiments of `docs/experiments.md`, measured on "
            "%s.\n\n",
            line);
    gb_report_verdicts(g);
  } else {
    fprintf(g->md, "# gilbench report\n\nRuns of `gilbench run`, measured on %s.\n\n", line);
  }
  gb_report_capacity(g);
  gb_report_preflight(g->md, g->doc);
  gb_report_disturbed(g);
  gb_report_summary(g);
  gb_fidelity_write_md(g->md, &g->a->fidelity, g->a->cpython);
  gb_report_machine(g);
  if (g->a->nexps > 0) gb_report_rule(g->md);
  gb_report_exps(g);
  int bad = ferror(g->md);
  fclose(g->md);
  gb_path(final, sizeof final, dir, "report.md");
  if (bad || rename(path, final) < 0) {
    snprintf(err, errlen, "cannot write %s: %s", final, strerror(errno));
    return -1;
  }
  return 0;
}

int gb_report_write(const json_t *doc, const char *dir, char *err, size_t errlen) {
  char path[4096];
  if (gb_mkdir(dir) < 0) {
    snprintf(err, errlen, "cannot create %s: %s", dir, strerror(errno));
    return -1;
  }
  GbRep g = {doc, gb_analyze(doc), NULL};
  if (!g.a) {
    snprintf(err, errlen, "out of memory");
    return -1;
  }
  gb_path(path, sizeof path, dir, "data");
  int rc = gb_export_write(doc, g.a, path, false, NULL, err, errlen);
  if (rc == 0) rc = gb_report_md(&g, dir, err, errlen);
  gb_analysis_free(g.a);
  return rc;
}

int gb_report_main(int argc, char **argv) {
  const char *in = NULL, *out = NULL;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--out") == 0 && i + 1 < argc)
      out = argv[++i];
    else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
      puts("usage: gilbench report RESULTS.json [--out DIR]\n\n"
           "Writes DIR/report.md (verdicts per experiment) and DIR/data/, the figures' data\n"
           "as `gilbench export` writes it (for plots/render.sh). DIR defaults to the\n"
           "results file's folder.");
      return 0;
    } else if (argv[i][0] != '-' && !in)
      in = argv[i];
    else {
      fprintf(stderr, "gilbench report: unexpected argument '%s' (see --help)\n", argv[i]);
      return 2;
    }
  }
  if (!in) {
    fprintf(stderr, "gilbench report: which results file? (see --help)\n");
    return 2;
  }
  char err[512], dir[4096];
  json_t *doc = gb_results_load(in, err, sizeof err);
  if (!doc) {
    fprintf(stderr, "gilbench report: %s\n", err);
    return 2;
  }
  if (!out) {
    snprintf(dir, sizeof dir, "%s", in);
    char *slash = strrchr(dir, '/');
    if (slash)
      *slash = '\0';
    else
      snprintf(dir, sizeof dir, ".");
    out = dir;
  }
  int rc = gb_report_write(doc, out, err, sizeof err);
  if (rc < 0)
    fprintf(stderr, "gilbench report: %s\n", err);
  else
    printf("%s/report.md\n%s/data/\n", out, out);
  json_decref(doc);
  return rc < 0 ? 1 : 0;
}
