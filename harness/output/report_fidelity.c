/*
** report_fidelity.c — fidelity.h's rows as the report's Markdown section.
** Only formatting: the ratios, the verdicts and what explains them come
** from the analysis.
*/
#include <math.h>
#include <stdio.h>

#include "analysis.h"
#include "report_fidelity.h"

/* x as a percentage to one decimal; what rounds to 0 prints "+0.0", never
** "-0.0". */
static double gb_fid_pct(double x) {
  return fabs(100 * x) < 0.05 ? 0 : 100 * x;
}

/* "+3.1% [-1.0, +7.2]", or "–". */
static void gb_fid_fmt_pct(GbQ q, char *buf, size_t len) {
  if (isnan(q.v))
    snprintf(buf, len, "–");
  else
    snprintf(buf, len, "%+.1f%% [%+.1f, %+.1f]", gb_fid_pct(q.v), gb_fid_pct(q.lo),
             gb_fid_pct(q.hi));
}

/* One side's makings: "seq 45.2 ms, threads 1.00×, procs 1.98×, CPU per
** worker 0.50 / 0.99, start-up 2%, first task +4.4%". */
static void gb_fid_fmt_side(FILE *md, const char *who, const GbFidSide *s) {
  fprintf(md,
          "%s: seq %.1f ms, threads %.2f×, procs %.2f×, CPU per worker %.2f / %.2f, "
          "procs start-up %.0f%%",
          who, 1e3 * s->seq, s->x_threads, s->x_procs, s->cpu_threads, s->cpu_procs,
          100 * s->startup_frac);
  if (!isnan(s->first_extra)) fprintf(md, ", first task %+.1f%%", gb_fid_pct(s->first_extra));
  if (s->disturbed) fprintf(md, ", %d disturbed samples", s->disturbed);
}

/* The why cell: for a row outside or judged inconclusive on its numbers,
** which speedup differs more and both sides' makings; else "–". */
static void gb_fid_fmt_why(FILE *md, const GbFidRow *r, const char *cpython) {
  if (r->verdict == GB_FID_WITHIN || r->why == GB_FID_NO_CPYTHON || r->why == GB_FID_NO_PROCS) {
    fprintf(md, "–");
    return;
  }
  const GbFidSide *g = &r->side[0], *c = &r->side[1];
  fprintf(md, "mostly the %s: gilpy %.2f×, %s %.2f×; ", r->procs_side ? "processes" : "threads",
          r->procs_side ? g->x_procs : g->x_threads, cpython,
          r->procs_side ? c->x_procs : c->x_threads);
  gb_fid_fmt_side(md, "gilpy", g);
  fprintf(md, "; ");
  gb_fid_fmt_side(md, cpython, c);
}

static void gb_fid_row(FILE *md, const GbFidRow *r, const char *cpython) {
  char g[64], c[64], d[64];
  gb_fmt_x(r->side[0].ratio, g, sizeof g);
  gb_fmt_x(r->side[1].ratio, c, sizeof c);
  gb_fid_fmt_pct(r->diff, d, sizeof d);
  char out[48] = "";
  if (r->left_out)
    snprintf(out, sizeof out, " (%d disturbed round%s left out)", r->left_out,
             r->left_out == 1 ? "" : "s");
  fprintf(md, "| %s%s%s | %d | %s | %s | %s%s%s | %s%s%s | ", r->exp, *r->part ? " " : "", r->part,
          r->workers, g, c, d, isnan(r->diff.v) || r->paired ? "" : " (unpaired)", out,
          gb_fid_verdict_name(r->verdict), r->why ? ": " : "", gb_fid_why_name(r->why));
  gb_fid_fmt_why(md, r, cpython);
  fprintf(md, " |\n");
}

void gb_fidelity_write_md(FILE *md, const GbFidelity *f, const char *cpython) {
  if (f->n == 0) return;
  int count[3] = {0, 0, 0};
  for (int k = 0; k < f->n; k++)
    count[f->rows[k].verdict]++;
  fprintf(md,
          "## Fidelity: gilpy against CPython\n\n"
          "**The rule.** On this machine kind, for E1, E2 (N ≤ 5) and E5, gilpy's "
          "threads-to-processes ratio lies within ±10%% of CPython's, with both sides measured "
          "in the same rounds; where it does not, the report says why with data.\n\n"
          "The ratio is the threads' speedup over the processes' (the tables' speedups divided; "
          "per round, procs time / threads time): 1 when threads do as well as processes, 1/N "
          "when N CPU-bound threads take turns at one GIL. The difference is gilpy's ratio over "
          "CPython's, minus 1: the median of the per-round values with its bootstrap 95%% "
          "interval where all four runs were measured in one block, else (unpaired) the ratio "
          "of the medians within the ends of their intervals. *Within* when that interval lies "
          "inside ±10%%, *outside* when it lies beyond, *inconclusive* when it straddles the "
          "bound, the runs were not measured in the same rounds, a round stayed disturbed (a "
          "round where one of the four runs' own sample did is left out while half the rounds, "
          "and 3, remain) or a run is missing. Why: which speedup differs "
          "more, then per side the seq time, the two speedups, a worker's CPU time over its "
          "wall time in threads / procs (1/N means turns at a GIL), the processes' "
          "start-up share of their time, and how much longer a process's first task runs than "
          "its later ones (seq at its largest N: the first task's CPU time beyond the later "
          "ones' over their time), which every threads and procs task pays, each the first of "
          "a fresh thread or process, and seq's later tasks do not.\n\n"
          "| experiment | N | gilpy ratio | %s ratio | difference | verdict | why |\n"
          "|---|---|---|---|---|---|---|\n",
          cpython ? cpython : "CPython");
  for (int k = 0; k < f->n; k++)
    gb_fid_row(md, &f->rows[k], cpython ? cpython : "CPython");
  fprintf(md, "\n%d of %d within ±10%%, %d outside, %d inconclusive.\n\n", count[GB_FID_WITHIN],
          f->n, count[GB_FID_OUTSIDE], count[GB_FID_INCONCLUSIVE]);
}
