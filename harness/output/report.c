/*
** report.c — from a results document to what a reader takes away:
**   DIR/report.md   machine table, the seeds' summary, and per experiment:
**                   claim, expectation, measurement, verdict and figure;
**   DIR/data/       the figures' data, written by the export (export.c), so
**                   the report's figures and `gilbench export` read the same
**                   files; the numbers the experiments' analyses derive
**                   (overheads, ratios, break-even) reach it through
**                   gb_report_derived.
** Verdicts come from checks: a check compares a measured interval with a
** threshold the expectation implies. The rule is printed in the report.
*/
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "export.h"
#include "gb.h"
#include "report.h"
#include "report_e14.h"
#include "results.h"
#include "runview.h"
#include "stats.h"
#include "suite.h"

/* dir/name into buf; a path too long for buf becomes "" (and fails to open). */
static void gb_path(char *buf, size_t len, const char *dir, const char *name) {
  int n = snprintf(buf, len, "%s/%s", dir, name);
  if (n < 0 || (size_t)n >= len) buf[0] = '\0';
}

/* A selection of runs: NULL / 0 fields match anything. */
typedef struct GbSel {
  const char *exp, *impl, *mode, *entry, *gil, *pin;
  int workers;
  double si;  /* switch interval, s */
  int ci;     /* check interval */
  double lat; /* latency_ms */
  int argi;   /* with argv: args[argi] must read argv */
  const char *argv;
} GbSel;

static bool gb_match(const json_t *r, const GbSel *s) {
  if (s->exp && strcmp(gb_rs(r, "experiment"), s->exp) != 0) return false;
  if (s->impl && (strcmp(s->impl, "cpython") == 0) != gb_is_cpython(r)) return false;
  if (s->mode && strcmp(gb_rs(r, "mode"), s->mode) != 0) return false;
  if (s->entry && strcmp(gb_rs(r, "entry"), s->entry) != 0) return false;
  if (s->gil && !gb_is_cpython(r) && strcmp(gb_rs(r, "gil"), s->gil) != 0) return false;
  if (s->pin && strcmp(gb_rs(r, "pin"), s->pin) != 0) return false;
  if (s->workers && json_integer_value(json_object_get(r, "workers")) != s->workers) return false;
  if (s->si > 0 && fabs(gb_rn(r, "switch_interval") - s->si) > 1e-12) return false;
  if (s->ci > 0 && json_integer_value(json_object_get(r, "check_interval")) != s->ci) return false;
  if (s->lat > 0 && fabs(gb_rn(r, "latency_ms") - s->lat) > 1e-9) return false;
  if (s->argv) {
    const char *a = gb_arg(r, s->argi);
    if (!a || (strcmp(a, s->argv) != 0 && gb_argf(r, s->argi) != strtod(s->argv, NULL)))
      return false;
  }
  return gb_ok(r);
}

static const json_t *gb_find(const json_t *runs, GbSel s) {
  size_t i;
  json_t *r;
  json_array_foreach(runs, i, r) if (gb_match(r, &s)) return r;
  return NULL;
}

/* The distinct worker counts (or numeric args[argi] when argi >= 0) of the
** selected runs, ascending. */
static int gb_axis(const json_t *runs, GbSel s, int argi, double *out, int max) {
  int n = 0;
  size_t i;
  json_t *r;
  json_array_foreach(runs, i, r) {
    if (!gb_match(r, &s)) continue;
    double x =
        argi >= 0 ? gb_argf(r, argi) : (double)json_integer_value(json_object_get(r, "workers"));
    bool seen = isnan(x);
    for (int k = 0; k < n && !seen; k++)
      seen = out[k] == x;
    if (!seen && n < max) out[n++] = x;
  }
  qsort(out, (size_t)n, sizeof *out, gb_cmpd);
  return n;
}

/* --- checks and verdicts --- */

typedef struct GbChecks {
  int pass, fail, unsure;
  char lines[4096]; /* Markdown list of the checks */
  size_t len;
} GbChecks;

static void gb_check_line(GbChecks *c, const char *mark, const char *fmt, va_list ap) {
  if (c->len + 16 >= sizeof c->lines) return;
  c->len += (size_t)snprintf(c->lines + c->len, sizeof c->lines - c->len, "- %s ", mark);
  if (c->len < sizeof c->lines)
    c->len += (size_t)vsnprintf(c->lines + c->len, sizeof c->lines - c->len, fmt, ap);
  if (c->len + 2 < sizeof c->lines) {
    c->lines[c->len++] = '\n';
    c->lines[c->len] = '\0';
  }
}

/* Records that q should be >= t (ge) or <= t (!ge). */
static void gb_check(GbChecks *c, GbQ q, bool ge, double t, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static void gb_check(GbChecks *c, GbQ q, bool ge, double t, const char *fmt, ...) {
  if (isnan(q.v)) return;
  double lo = isnan(q.lo) ? q.v : q.lo, hi = isnan(q.hi) ? q.v : q.hi;
  const char *mark;
  if (ge ? lo >= t : hi <= t) {
    c->pass++;
    mark = "pass:";
  } else if (ge ? hi < t : lo > t) {
    c->fail++;
    mark = "**fail:**";
  } else {
    c->unsure++;
    mark = "unsure:";
  }
  va_list ap;
  va_start(ap, fmt);
  gb_check_line(c, mark, fmt, ap);
  va_end(ap);
}

static const char *gb_verdict(const GbChecks *c) {
  if (c->fail) return "not reproduced";
  if (c->unsure) return "inconclusive";
  if (c->pass) return "reproduced";
  return "no data";
}

/* --- the report's text helpers --- */

typedef struct GbRep {
  const json_t *doc, *runs;
  FILE *md;
  int P;               /* physical cores */
  const char *cpython; /* "cpython-3.11", or NULL when there are no reference runs */
  GbDerived *derived;  /* where gb_summary_row collects, NULL = nowhere */
  int nderived, maxderived;
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

/* "1.02× [0.98, 1.05]" */
static void gb_fmt_x(GbQ q, char *buf, size_t len) {
  if (isnan(q.v))
    snprintf(buf, len, "–");
  else
    snprintf(buf, len, "%.2f× [%.2f, %.2f]", q.v, q.lo, q.hi);
}

static void gb_summary_row(GbRep *g, const char *exp, const char *key, GbQ q) {
  if (g->derived && g->nderived < g->maxderived && !isnan(q.v))
    g->derived[g->nderived++] = (GbDerived){exp, key, q};
}

/* A speedup table: one row per worker count, one column per series. */
typedef struct GbSeries {
  const char *label;
  GbSel sel;
} GbSeries;

static void gb_speedup_table(GbRep *g, const GbSeries *ss, int n) {
  double ws[64];
  int nw = 0;
  for (int i = 0; i < n; i++) {
    double tmp[64];
    int m = gb_axis(g->runs, ss[i].sel, -1, tmp, 64);
    for (int k = 0; k < m; k++) {
      bool seen = false;
      for (int j = 0; j < nw && !seen; j++)
        seen = ws[j] == tmp[k];
      if (!seen && nw < 64) ws[nw++] = tmp[k];
    }
  }
  qsort(ws, (size_t)nw, sizeof *ws, gb_cmpd);
  fprintf(g->md, "| N |");
  for (int i = 0; i < n; i++)
    fprintf(g->md, " %s |", ss[i].label);
  fprintf(g->md, "\n|---|");
  for (int i = 0; i < n; i++)
    fprintf(g->md, "---|");
  fputc('\n', g->md);
  for (int k = 0; k < nw; k++) {
    fprintf(g->md, "| %d |", (int)ws[k]);
    for (int i = 0; i < n; i++) {
      GbSel s = ss[i].sel;
      s.workers = (int)ws[k];
      char x[64], t[32];
      const json_t *r = gb_find(g->runs, s);
      gb_fmt_x(gb_speedup(r), x, sizeof x);
      gb_fmt_s(gb_time(r).v, t, sizeof t);
      fprintf(g->md, r ? " %s (%s) |" : " – |", x, t);
    }
    fputc('\n', g->md);
  }
  fputc('\n', g->md);
}

/* The best speedup N equal tasks can reach on P cores: the busiest core runs
** ceil(N/P) of them. It is min(N, P) when N <= P or P divides N; for 3 tasks
** on 2 cores it is 1.5, not 2. */
static double gb_ideal(int n, int p) {
  return p > 0 && n > 0 ? (double)n / ((n + p - 1) / p) : 1.0;
}

/* The control of run r: processes of the same interpreter, work and worker
** count, measured in the same rounds (one block). What they reached is what
** the machine's cores delivered then, with no GIL between the workers. */
static const json_t *gb_control(const GbRep *g, const json_t *r) {
  size_t i;
  json_t *x;
  if (strcmp(gb_rs(r, "mode"), "procs") == 0) return NULL;
  json_array_foreach(g->runs, i, x) {
    if (gb_ok(x) && strcmp(gb_rs(x, "mode"), "procs") == 0 && gb_same_block(r, x) &&
        gb_is_cpython(x) == gb_is_cpython(r) &&
        json_integer_value(json_object_get(x, "workers")) ==
            json_integer_value(json_object_get(r, "workers")))
      return x;
  }
  return NULL;
}

/* Checks speedup >= factor * ideal(N, P) (or <= limit when factor < 0) for
** every run of sel. Where the run's control (gb_control) fell short of the
** ideal, the bound is what the control reached: the claim is then that the
** run scales like processes on the machine as it was. */
static void gb_check_scaling(GbRep *g, GbChecks *c, const char *what, GbSel sel, double factor) {
  size_t i;
  json_t *r;
  json_array_foreach(g->runs, i, r) {
    if (!gb_match(r, &sel) || strcmp(gb_rs(r, "mode"), "seq") == 0) continue;
    int n = (int)json_integer_value(json_object_get(r, "workers"));
    GbQ q = gb_speedup(r);
    char x[64];
    gb_fmt_x(q, x, sizeof x);
    if (factor < 0) {
      gb_check(c, q, false, -factor, "%s, N=%d: speedup %s ≤ %.2f", what, n, x, -factor);
      continue;
    }
    double ideal = gb_ideal(n, g->P), ctl = gb_speedup(gb_control(g, r)).v;
    if (!isnan(ctl) && ctl < ideal)
      gb_check(c, q, true, factor * ctl,
               "%s, N=%d: speedup %s ≥ %.2f × %.2f, what processes reached in the same rounds "
               "(ideal %.2f)",
               what, n, x, factor, ctl, ideal);
    else
      gb_check(c, q, true, factor * ideal, "%s, N=%d: speedup %s ≥ %.2f", what, n, x,
               factor * ideal);
  }
}

/* --- the experiments --- */

typedef struct GbExp {
  const char *id, *title, *claim, *expected, *figure;
  void (*measure)(GbRep *g, const struct GbExp *e, GbChecks *c);
} GbExp;

static void gb_e1(GbRep *g, const GbExp *e, GbChecks *c) {
  const char *entry =
      gb_find(g->runs, (GbSel){.exp = e->id, .entry = "squares"}) ? "squares" : NULL;
  GbSeries ss[] = {
      {"threads", {.exp = e->id, .impl = "gilpy", .mode = "threads", .gil = "new", .entry = entry}},
      {"procs", {.exp = e->id, .impl = "gilpy", .mode = "procs", .gil = "new", .entry = entry}},
      {"CPython threads", {.exp = e->id, .impl = "cpython", .mode = "threads", .entry = entry}},
      {"CPython procs", {.exp = e->id, .impl = "cpython", .mode = "procs", .entry = entry}},
  };
  gb_speedup_table(g, ss, 4);
  for (int i = 0; i < 4; i++)
    gb_check_scaling(g, c, ss[i].label, ss[i].sel, i % 2 ? 0.9 : -1.1);
  GbQ t = gb_speedup(gb_find(
      g->runs,
      (GbSel){
          .exp = e->id, .entry = "squares_mod", .impl = "gilpy", .mode = "threads", .workers = 2}));
  GbQ p = gb_speedup(gb_find(
      g->runs,
      (GbSel){
          .exp = e->id, .entry = "squares_mod", .impl = "gilpy", .mode = "procs", .workers = 2}));
  if (!isnan(t.v) || !isnan(p.v)) {
    char a[64], b[64];
    gb_fmt_x(t, a, sizeof a);
    gb_fmt_x(p, b, sizeof b);
    fprintf(g->md, "S1's `i*i %% 1000` variant, N=2: threads %s, procs %s.\n\n", a, b);
  }
}

/* The best speedup n requests of wait l can reach when the CPU time each
** needs beyond its wait, c = seq/n - l, runs one request at a time (the
** GIL): n(l + c) / (l + n c). It is n when c is nothing; CPython's HTTP
** client costs ~1 ms a request, which bounds 5 requests of 20 ms at ~4x. */
static double gb_e2_bound(double seq, int n, double l) {
  double c = isnan(seq) ? 0 : fmax(0, seq / n - l);
  return n * (l + c) / (l + n * c);
}

static void gb_e2(GbRep *g, const GbExp *e, GbChecks *c) {
  /* one table per entry and latency */
  size_t i;
  json_t *r;
  double seen[16];
  int ns = 0;
  json_array_foreach(g->runs, i, r) {
    if (strcmp(gb_rs(r, "experiment"), e->id) != 0 || !gb_ok(r)) continue;
    double l = gb_rn(r, "latency_ms");
    if (isnan(l) && strcmp(gb_rs(r, "entry"), "sleep_n") == 0) l = -1 - gb_argf(r, 0) * 1e3;
    bool dup = false;
    for (int k = 0; k < ns && !dup; k++)
      dup = seen[k] == l;
    if (dup || ns >= 16) continue;
    seen[ns++] = l;
    bool sleep = l < 0;
    double ms = sleep ? -1 - l : l;
    char arg[32];
    snprintf(arg, sizeof arg, "%g", ms / 1e3);
    fprintf(g->md, "%s, %g ms per request:\n\n",
            sleep ? "`time.sleep`" : "`bench.fetch` (loopback)", ms);
    GbSeries ss[] = {
        {"threads",
         {.exp = e->id,
          .impl = "gilpy",
          .mode = "threads",
          .lat = sleep ? 0 : ms,
          .entry = sleep ? "sleep_n" : "fetch_n",
          .argi = 0,
          .argv = sleep ? arg : NULL}},
        {"CPython threads",
         {.exp = e->id,
          .impl = "cpython",
          .mode = "threads",
          .lat = sleep ? 0 : ms,
          .entry = sleep ? "sleep_n" : "fetch_n",
          .argi = 0,
          .argv = sleep ? arg : NULL}},
    };
    gb_speedup_table(g, ss, 2);
    for (int k = 0; k < 2; k++) {
      char what[96];
      snprintf(what, sizeof what, "%s, %s %g ms", ss[k].label, sleep ? "sleep" : "fetch", ms);
      json_t *x;
      size_t j;
      json_array_foreach(g->runs, j, x) {
        if (!gb_match(x, &ss[k].sel)) continue;
        int n = (int)json_integer_value(json_object_get(x, "workers"));
        if (n > 8) continue; /* beyond that the server or the CPU may bound it */
        GbSel base = ss[k].sel;
        base.mode = "seq";
        base.workers = n;
        double bound = gb_e2_bound(gb_time(gb_find(g->runs, base)).v, n, ms / 1e3);
        GbQ q = gb_speedup(x);
        char s[64];
        gb_fmt_x(q, s, sizeof s);
        gb_check(c, q, true, 0.8 * bound, "%s, N=%d: speedup %s ≥ 0.8 × %.2f", what, n, s, bound);
      }
    }
  }
}

static void gb_e3(GbRep *g, const GbExp *e, GbChecks *c) {
  static const char *const models[] = {"legacy",   "new",  "none",   "fifo",
                                       "priority", "fair", "cpython"};
  fprintf(g->md,
          "| model | lost updates, no lock (median [min, max]) | with a Lock |\n|---|---|---|\n");
  for (int m = 0; m < 7; m++) {
    bool cpy = m == 6;
    if (cpy && !g->cpython) continue;
    GbQ q[2];
    for (int locked = 0; locked < 2; locked++) {
      GbSel s = {.exp = e->id,
                 .impl = cpy ? "cpython" : "gilpy",
                 .gil = cpy ? NULL : models[m],
                 .argi = 2,
                 .argv = locked ? "1" : "0"};
      q[locked] = gb_result(gb_find(g->runs, s));
    }
    if (isnan(q[0].v) && isnan(q[1].v)) continue;
    const char *name = cpy ? g->cpython : models[m];
    fprintf(g->md, "| %s | %.0f [%.0f, %.0f] | %.0f [%.0f, %.0f] |\n", name, q[0].v, q[0].lo,
            q[0].hi, q[1].v, q[1].lo, q[1].hi);
    /* any repetition that lost updates shows the race: judge by the maximum */
    GbQ worst = {q[0].hi, q[0].hi, q[0].hi};
    if (m == 0 || m == 2)
      gb_check(c, worst, true, 1, "%s, no lock: loses updates (max lost %.0f)", name, q[0].hi);
    else
      gb_check(c, worst, false, 0, "%s, no lock: loses none (max lost %.0f)", name, q[0].hi);
    GbQ lk = {q[1].hi, q[1].hi, q[1].hi};
    gb_check(c, lk, false, 0, "%s, with a Lock: loses none (max lost %.0f)", name, q[1].hi);
  }
  fputc('\n', g->md);
}

static void gb_e4(GbRep *g, const GbExp *e, GbChecks *c) {
  GbSeries ss[] = {
      {"threads gil=none", {.exp = e->id, .impl = "gilpy", .mode = "threads", .gil = "none"}},
      {"threads gil=new", {.exp = e->id, .impl = "gilpy", .mode = "threads", .gil = "new"}},
  };
  gb_speedup_table(g, ss, 2);
  gb_check_scaling(g, c, ss[0].label, ss[0].sel, 0.8);
  const json_t *none =
      gb_find(g->runs, (GbSel){.exp = e->id, .mode = "seq", .gil = "none", .workers = 1});
  const json_t *nw =
      gb_find(g->runs, (GbSel){.exp = e->id, .mode = "seq", .gil = "new", .workers = 1});
  GbQ q = gb_time_ratio(none, nw);
  if (!isnan(q.v)) {
    /* EXPERIMENTS.md asks for this number, not a verdict: its sign depends on
    ** the interpreter's build (atomic reference counts, container locks) */
    GbQ ov = {100 * (q.v - 1), 100 * (q.lo - 1), 100 * (q.hi - 1)};
    char x[32], y[32];
    gb_fmt_s(gb_time(none).v, x, sizeof x);
    gb_fmt_s(gb_time(nw).v, y, sizeof y);
    fprintf(g->md,
            "Single-thread overhead of gil=none over gil=new (reported, not checked): "
            "**%+.1f%%** [%+.1f, %+.1f] (%s vs %s, %s).\n\n",
            ov.v, ov.lo, ov.hi, x, y,
            gb_same_block(none, nw) ? "paired by round" : "ratio of medians");
    gb_summary_row(g, e->id, "overhead_pct", ov);
  }
}

static void gb_e5(GbRep *g, const GbExp *e, GbChecks *c) {
  GbSeries ss[] = {
      {"threads", {.exp = e->id, .impl = "gilpy", .mode = "threads", .gil = "new"}},
      {"procs", {.exp = e->id, .impl = "gilpy", .mode = "procs", .gil = "new"}},
      {"CPython threads", {.exp = e->id, .impl = "cpython", .mode = "threads"}},
      {"CPython procs", {.exp = e->id, .impl = "cpython", .mode = "procs"}},
  };
  gb_speedup_table(g, ss, 4);
  for (int i = 0; i < 4; i++)
    gb_check_scaling(g, c, ss[i].label, ss[i].sel, 0.8);
}

static void gb_e6(GbRep *g, const GbExp *e, GbChecks *c) {
  const json_t *run = NULL;
  size_t i;
  json_t *r;
  json_array_foreach(g->runs, i, r) if (strcmp(gb_rs(r, "experiment"), e->id) == 0 && gb_ok(r) &&
                                        json_array_size(json_object_get(r, "trace")) > 0) run = r;
  if (!run) {
    fprintf(g->md, "No GIL trace was recorded.\n\n");
    return;
  }
  static GbHold h[200000];
  int nl, n = gb_holds(run, h, 200000, &nl);
  double si = gb_rn(run, "switch_interval") * 1e3;
  double d[200000 / 2];
  int nd = 0, turns = 0, handoffs = 0, last = -1;
  for (int k = 0; k < n; k++) {
    if (h[k].wait) continue;
    if (h[k].t1 - h[k].t0 > 0.05 * si) { /* ignore the blips around start and join */
      d[nd++] = h[k].t1 - h[k].t0;
      if (last >= 0) handoffs += h[k].lane != last;
      turns += last >= 0;
      last = h[k].lane;
    }
  }
  if (nd == 0) return;
  qsort(d, (size_t)nd, sizeof *d, gb_cmpd);
  GbQ hold = {d[nd / 2], d[nd / 4], d[(3 * nd) / 4]};
  GbQ rr = {turns ? (double)handoffs / turns : NAN, NAN, NAN};
  rr.lo = rr.hi = rr.v;
  fprintf(g->md,
          "%d threads, switch interval %g ms: %d GIL holds longer than %.2g ms; a hold lasts "
          "%.2f ms (median; quartiles %.2f–%.2f ms); %.0f%% of hand-offs go to a different "
          "thread.\n\n",
          nl, si, nd, 0.05 * si, hold.v, hold.lo, hold.hi, 100 * rr.v);
  gb_summary_row(g, e->id, "hold_ms", hold);
  gb_summary_row(g, e->id, "handoff_other", rr);
  GbQ med = {hold.v, hold.v, hold.v};
  gb_check(c, med, true, 0.5 * si, "median hold %.2f ms ≥ half an interval (%.2f ms)", hold.v,
           0.5 * si);
  gb_check(c, med, false, 2 * si, "median hold %.2f ms ≤ two intervals (%.2f ms)", hold.v, 2 * si);
  gb_check(c, rr, true, 0.9, "the GIL passes to another thread at %.0f%% of hand-offs (≥ 90%%)",
           100 * rr.v);
}

/* Least-squares slope of log(y) on log(x). */
static double gb_loglog_slope(const double *x, const double *y, int n) {
  double sx = 0, sy = 0, sxx = 0, sxy = 0;
  int m = 0;
  for (int i = 0; i < n; i++) {
    if (!(x[i] > 0) || !(y[i] > 0)) continue;
    double a = log(x[i]), b = log(y[i]);
    sx += a;
    sy += b;
    sxx += a * a;
    sxy += a * b;
    m++;
  }
  double den = m * sxx - sx * sx;
  return m >= 2 && den != 0 ? (m * sxy - sx * sy) / den : NAN;
}

/* Checks a log-log slope of rate against interval for ∝ 1/interval, over
** the intervals from `from` on (below it a switch's own cost dominates). */
static double gb_e7_slope(GbChecks *c, const double *xs, const double *ys, int n, double from,
                          const char *what) {
  double fx[64], fy[64];
  int m = 0;
  for (int k = 0; k < n; k++)
    if (xs[k] >= from) {
      fx[m] = xs[k];
      fy[m++] = ys[k];
    }
  double slope = gb_loglog_slope(fx, fy, m);
  GbQ q = {slope, slope, slope};
  gb_check(c, q, true, -1.4, "%s: log-log slope vs interval %.2f ≥ -1.4", what, slope);
  gb_check(c, q, false, -0.6, "%s: log-log slope %.2f ≤ -0.6 (∝ 1/interval)", what, slope);
  return slope;
}

/* E7. The claim is that the GIL is released every interval. Under gil=new a
** release is a hand-off to the waiting thread (the waiter asks for it), so
** switches/s is what follows 1/interval. Under gil=legacy the holder drops
** and re-takes the GIL at every check whether anyone waits or not: those
** releases follow 1/interval, while hand-offs are whatever races the waiter
** wins — the longer it has slept, the fewer (Beazley 2009) — and are
** reported, not checked. */
static void gb_e7(GbRep *g, const GbExp *e, GbChecks *c) {
  for (int legacy = 0; legacy < 2; legacy++) {
    GbSel s = {.exp = e->id, .impl = "gilpy", .gil = legacy ? "legacy" : "new", .mode = "threads"};
    double xs[64], ys[64], rs[64], ts[64];
    int n = 0;
    size_t i;
    json_t *r;
    fprintf(g->md, "| gil=%s, %s | releases/s | hand-offs/s | time |\n|---|---|---|---|\n", s.gil,
            legacy ? "check interval (instructions)" : "switch interval (ms)");
    json_array_foreach(g->runs, i, r) {
      if (!gb_match(r, &s) || n >= 64) continue;
      xs[n] = legacy ? gb_rn(r, "check_interval") : 1e3 * gb_rn(r, "switch_interval");
      ys[n] = gb_switch_rate(r);
      rs[n] = gb_gil_rate(r, "acquisitions");
      ts[n] = gb_time(r).v;
      char t[32];
      gb_fmt_s(ts[n], t, sizeof t);
      fprintf(g->md, "| %g | %.0f | %.0f | %s |\n", xs[n], rs[n], ys[n], t);
      n++;
    }
    fputc('\n', g->md);
    if (n < 2) continue;
    if (legacy) {
      double slope = gb_e7_slope(c, xs, rs, n, 100, "gil=legacy releases/s");
      double hs = gb_loglog_slope(xs, ys, n);
      GbQ q = {hs, hs, hs};
      gb_summary_row(g, e->id, "slope_legacy_handoffs", q);
      fprintf(g->md,
              "Under gil=legacy the releases follow the check interval (slope %.2f), but the "
              "hand-offs fall with slope %.2f: at each check the holder drops and re-takes the "
              "GIL at once, and the waiting thread, woken by the OS, wins that race less the "
              "longer it has slept — on several cores the old GIL hardly ever changes hands "
              "(Beazley 2009; E9).\n\n",
              slope, hs);
      continue;
    }
    double slope = gb_e7_slope(c, xs, ys, n, 1, "gil=new hand-offs/s");
    GbQ q = {slope, slope, slope};
    gb_summary_row(g, e->id, "slope_new", q);
    int imin = 0, iref = 0;
    for (int k = 0; k < n; k++) {
      if (xs[k] < xs[imin]) imin = k;
      if (fabs(xs[k] - 5) < fabs(xs[iref] - 5)) iref = k;
    }
    if (imin != iref) {
      GbQ ratio = {ts[imin] / ts[iref], ts[imin] / ts[iref], ts[imin] / ts[iref]};
      fprintf(g->md, "At %g ms the run takes %.2f× as long as at %g ms.\n\n", xs[imin], ratio.v,
              xs[iref]);
      gb_summary_row(g, e->id, "tiny_interval_cost", ratio);
    }
  }
}

static void gb_e8(GbRep *g, const GbExp *e, GbChecks *c) {
  size_t i;
  json_t *r;
  double ks[16];
  int nk = gb_axis(g->runs, (GbSel){.exp = e->id}, 1, ks, 16);
  fprintf(g->md, "I/O ops per second (median [95%% interval]) with k CPU-bound threads beside the "
                 "I/O thread:\n\n| model |");
  for (int k = 0; k < nk; k++)
    fprintf(g->md, " k=%g |", ks[k]);
  fprintf(g->md, "\n|---|");
  for (int k = 0; k < nk; k++)
    fprintf(g->md, "---|");
  fputc('\n', g->md);
  char done[32][48];
  int nd = 0;
  GbQ new5[16];
  for (int k = 0; k < 16; k++)
    new5[k] = gb_q_none;
  double si_default = 0.005;
  json_array_foreach(g->runs, i, r) {
    if (strcmp(gb_rs(r, "experiment"), e->id) != 0 || !gb_ok(r)) continue;
    char label[48];
    bool cpy = gb_is_cpython(r);
    double si = gb_rn(r, "switch_interval");
    const char *gil = gb_rs(r, "gil");
    if (cpy || strcmp(gil, "new") == 0)
      snprintf(label, sizeof label, "%s, %g ms", cpy ? g->cpython : "new", si * 1e3);
    else
      snprintf(label, sizeof label, "%s", gil);
    bool seen = false;
    for (int k = 0; k < nd && !seen; k++)
      seen = strcmp(done[k], label) == 0;
    if (seen || nd >= 32) continue;
    snprintf(done[nd++], sizeof done[0], "%s", label);
    fprintf(g->md, "| %s |", label);
    GbQ row[16];
    for (int k = 0; k < nk; k++) {
      char kv[32];
      snprintf(kv, sizeof kv, "%g", ks[k]);
      GbSel s = {.exp = e->id,
                 .impl = cpy ? "cpython" : "gilpy",
                 .gil = cpy ? NULL : gil,
                 .si = (cpy || strcmp(gil, "new") == 0) ? si : 0,
                 .argi = 1,
                 .argv = kv};
      row[k] = gb_result_ci(gb_find(g->runs, s));
      fprintf(g->md, isnan(row[k].v) ? " – |" : " %.0f [%.0f, %.0f] |", row[k].v, row[k].lo,
              row[k].hi);
    }
    fputc('\n', g->md);
    if (!cpy && strcmp(gil, "new") == 0 && fabs(si - si_default) < 1e-9)
      memcpy(new5, row, sizeof(GbQ) * (size_t)nk);
    (void)row;
  }
  fputc('\n', g->md);
  /* the checks, against gil=new at its default interval */
  for (int k = 0; k < nk; k++) {
    if (ks[k] < 1 || isnan(new5[k].v)) continue;
    gb_check(c, new5[k], false, 2 / si_default,
             "new, 5 ms, k=%g: %.0f ops/s ≤ %.0f (about one interval per I/O op)", ks[k], new5[k].v,
             2 / si_default);
    for (int m = 0; m < 2; m++) {
      const char *gil = m ? "none" : "legacy";
      char kv[32];
      snprintf(kv, sizeof kv, "%g", ks[k]);
      GbQ q = gb_result_ci(gb_find(
          g->runs, (GbSel){.exp = e->id, .impl = "gilpy", .gil = gil, .argi = 1, .argv = kv}));
      gb_check(c, q, true, 2 * new5[k].v, "%s, k=%g: %.0f ops/s ≥ 2× new's (%.0f)", gil, ks[k], q.v,
               2 * new5[k].v);
    }
  }
  GbQ fast = gb_result_ci(gb_find(
      g->runs,
      (GbSel){.exp = e->id, .impl = "gilpy", .gil = "new", .si = 0.001, .argi = 1, .argv = "1"}));
  if (!isnan(fast.v) && !isnan(new5[1].v))
    gb_check(c, fast, true, new5[1].v, "new, 1 ms, k=1: %.0f ops/s ≥ 5 ms's %.0f", fast.v,
             new5[1].v);
}

static void gb_e9(GbRep *g, const GbExp *e, GbChecks *c) {
  const json_t *seq = gb_find(g->runs, (GbSel){.exp = e->id, .mode = "seq", .gil = "legacy"});
  const json_t *one =
      gb_find(g->runs, (GbSel){.exp = e->id, .mode = "threads", .gil = "legacy", .pin = "core:0"});
  const json_t *two =
      gb_find(g->runs, (GbSel){.exp = e->id, .mode = "threads", .gil = "legacy", .pin = "cores"});
  const char *names[] = {"sequential", "threads on 1 core", "threads on 2 cores"};
  const json_t *rs[] = {seq, one, two};
  fprintf(g->md, "| gil=legacy | time (median [95%%]) |\n|---|---|\n");
  for (int i = 0; i < 3; i++) {
    GbQ q = gb_time(rs[i]);
    char a[32], b[32], d[32];
    gb_fmt_s(q.v, a, sizeof a);
    gb_fmt_s(q.lo, b, sizeof b);
    gb_fmt_s(q.hi, d, sizeof d);
    fprintf(g->md, "| %s | %s [%s, %s] |\n", names[i], a, b, d);
  }
  fputc('\n', g->md);
  if (!one || !two) return;
  /* the ratio of medians with a bootstrap interval, as a speedup of one over two */
  json_t *xs = json_object_get(one, "samples"), *ys = json_object_get(two, "samples");
  size_t nx = json_array_size(xs), ny = json_array_size(ys);
  double *x = calloc(nx + 1, sizeof *x), *y = calloc(ny + 1, sizeof *y);
  for (size_t k = 0; k < nx; k++)
    x[k] = gb_rn(json_array_get(xs, k), "wall_s");
  for (size_t k = 0; k < ny; k++)
    y[k] = gb_rn(json_array_get(ys, k), "wall_s");
  GbSpeedup sp;
  gb_stats_speedup(y, (int)ny, x, (int)nx, &sp);
  free(x);
  free(y);
  GbQ ratio = {sp.value, sp.lo, sp.hi};
  fprintf(g->md,
          "Spread over 2 cores / pinned to 1 core: **%.2f×** [%.2f, %.2f] (Beazley: "
          "45.5 / 38.0 = 1.20×).\n\n",
          ratio.v, ratio.lo, ratio.hi);
  gb_summary_row(g, e->id, "two_over_one", ratio);
  gb_check(c, ratio, true, 1.0, "2 cores slower than 1 core: ratio %.2f ≥ 1", ratio.v);
}

static void gb_e10(GbRep *g, const GbExp *e, GbChecks *c) {
  GbSeries ss[] = {{"subinterp", {.exp = e->id, .impl = "gilpy", .mode = "subinterp"}}};
  gb_speedup_table(g, ss, 1);
  gb_check_scaling(g, c, "subinterp", ss[0].sel, 0.8);
}

static void gb_e11(GbRep *g, const GbExp *e, GbChecks *c) {
  double fs[32];
  int nf = gb_axis(g->runs, (GbSel){.exp = e->id}, 0, fs, 32);
  fprintf(g->md, "| f (CPU share) | threads | Amdahl | procs |\n|---|---|---|---|\n");
  for (int k = 0; k < nf; k++) {
    char fv[32];
    snprintf(fv, sizeof fv, "%g", fs[k]);
    const json_t *t = gb_find(
        g->runs, (GbSel){.exp = e->id, .impl = "gilpy", .mode = "threads", .argi = 0, .argv = fv});
    const json_t *p = gb_find(
        g->runs, (GbSel){.exp = e->id, .impl = "gilpy", .mode = "procs", .argi = 0, .argv = fv});
    int n = t ? (int)json_integer_value(json_object_get(t, "workers")) : 0;
    double amdahl = n ? 1 / (fs[k] + (1 - fs[k]) / n) : NAN;
    char a[64], b[64];
    gb_fmt_x(gb_speedup(t), a, sizeof a);
    gb_fmt_x(gb_speedup(p), b, sizeof b);
    fprintf(g->md, "| %g | %s | %.2f× | %s |\n", fs[k], a, amdahl, b);
    if (t) {
      GbQ q = gb_speedup(t);
      gb_check(c, q, true, 0.75 * amdahl, "threads, f=%g: %.2f× ≥ 0.75 × Amdahl's %.2f×", fs[k],
               q.v, amdahl);
      gb_check(c, q, false, 1.25 * amdahl, "threads, f=%g: %.2f× ≤ 1.25 × Amdahl's %.2f×", fs[k],
               q.v, amdahl);
    }
  }
  fputc('\n', g->md);
}

static void gb_e12(GbRep *g, const GbExp *e, GbChecks *c) {
  double us[32];
  int n = gb_axis(g->runs, (GbSel){.exp = e->id, .entry = "task_us"}, 0, us, 32);
  fprintf(g->md,
          "Time for the N tasks including start-up (threads started or processes forked):"
          "\n\n| task | threads | procs | procs start-up |%s\n|---|---|---|---|%s\n",
          g->cpython ? " CPython threads | CPython procs |" : "", g->cpython ? "---|---|" : "");
  double breakeven = NAN;
  bool threads_first = false, procs_last = false;
  for (int k = -1; k < n; k++) {
    char uv[32], label[32];
    snprintf(uv, sizeof uv, "%g", k < 0 ? 0 : us[k]);
    snprintf(label, sizeof label, k < 0 ? "empty" : "%g µs", k < 0 ? 0 : us[k]);
    GbSel base = {
        .exp = e->id, .entry = k < 0 ? "empty" : "task_us", .argi = 0, .argv = k < 0 ? NULL : uv};
    GbQ q[4];
    const char *impl[] = {"gilpy", "gilpy", "cpython", "cpython"};
    const char *mode[] = {"threads", "procs", "threads", "procs"};
    double startup = NAN;
    for (int m = 0; m < 4; m++) {
      GbSel s = base;
      s.impl = impl[m];
      s.mode = mode[m];
      const json_t *r = gb_find(g->runs, s);
      q[m] = r ? gb_total(r) : gb_q_none;
      if (m == 1 && r) startup = gb_rn(r, "startup_s");
    }
    if (isnan(q[0].v) && isnan(q[1].v)) continue;
    char a[32], b[32], s[32], x[32], y[32];
    gb_fmt_s(q[0].v, a, sizeof a);
    gb_fmt_s(q[1].v, b, sizeof b);
    gb_fmt_s(startup, s, sizeof s);
    gb_fmt_s(q[2].v, x, sizeof x);
    gb_fmt_s(q[3].v, y, sizeof y);
    fprintf(g->md, "| %s | %s | %s | %s |", label, a, b, s);
    if (g->cpython) fprintf(g->md, " %s | %s |", x, y);
    fputc('\n', g->md);
    if (k < 0) continue;
    bool procs_win = q[1].v < q[0].v;
    if (k == 0) threads_first = !procs_win;
    if (k == n - 1) procs_last = procs_win;
    if (procs_win && isnan(breakeven)) breakeven = us[k];
  }
  fputc('\n', g->md);
  GbQ be = {breakeven, breakeven, breakeven};
  if (!isnan(breakeven)) {
    fprintf(g->md, "Break-even: processes start to win at tasks of about **%g µs**.\n\n",
            breakeven);
    gb_summary_row(g, e->id, "breakeven_us", be);
  } else {
    fprintf(g->md, "No break-even in the measured range.\n\n");
  }
  GbQ t1 = {threads_first, threads_first, threads_first}, p1 = {procs_last, procs_last, procs_last};
  gb_check(c, t1, true, 1, "threads win at the shortest task: %s", threads_first ? "yes" : "no");
  gb_check(c, p1, true, 1, "processes win at the longest task: %s", procs_last ? "yes" : "no");
}

/* E14: the analysis and tables live in e14.c and report_e14.c. */
static void gb_e14(GbRep *g, const GbExp *e, GbChecks *c) {
  GbE14 *x = malloc(sizeof *x);
  if (x && gb_e14_collect(g->runs, e->id, x)) {
    gb_e14_write_md(g->md, x);
    for (int i = 0; i < x->nchecks; i++)
      gb_check(c, x->checks[i].q, x->checks[i].ge, x->checks[i].t, "%s", x->checks[i].text);
    for (int i = 0; i < x->nderived; i++)
      gb_summary_row(g, e->id, x->derived[i].key, x->derived[i].q);
  }
  free(x);
}

static const GbExp gb_exps[] = {
    {"E1", "cpu-scaling",
     "CPU-bound threads give no speedup; processes give about N× (S0–S4; S1: "
     "4.50 s sequential, 4.48 s threaded, 2.30 s with 2 processes).",
     "threads/seq ≈ 1.0 (never > 1.1); procs/seq ≥ 0.9·min(N, P).", "e01_cpu_scaling", gb_e1},
    {"E2", "io-overlap", "I/O-bound threads overlap their waits (S1: 5 requests, 2.50 s → 0.52 s).",
     "threads ≈ N× faster until the server's concurrency or the CPU bounds it (checked for N ≤ "
     "8: ≥ 0.8 × N(L + c)/(L + N·c), the best N requests of wait L can do when the CPU time c "
     "each needs beyond its wait, measured sequentially, runs one request at a time).",
     "e02_io_overlap", gb_e2},
    {"E3", "race", "`counter += 1` from 2 threads \"may not be 2,000,000\" (S1).",
     "legacy and none lose updates; new (switches only at backward jumps and calls, CPython ≥ "
     "3.10) loses none, nor do fifo, priority and fair (they switch where new does); with a "
     "Lock nothing is lost in any model.",
     "e03_race", gb_e3},
    {"E4", "free-threading",
     "No-GIL threads run in parallel, single-threaded code is slower (S1, S4).",
     "gil=none: threads ≈ min(N, P)× (checked: ≥ 0.8·min(N, P)); the 1-thread overhead of none "
     "over new reported as a %.",
     "e04_free_threading", gb_e4},
    {"E5", "native-release",
     "C extensions that release the GIL run in parallel under threads (S2, S3).",
     "threads ≈ procs ≈ min(N, P)× (checked: ≥ 0.8·min(N, P)).", "e05_native_release", gb_e5},
    {"E6", "time-slots",
     "The GIL passes between threads in time slots (S2 table T1/T2/T3; S1 timeline).",
     "each of 3 threads holds the GIL for about one interval (5 ms) in turn.", "e06_time_slots",
     gb_e6},
    {"E7", "switch-interval",
     "The interpreter releases the GIL after N instructions or a time "
     "interval (S3).",
     "switches/s ∝ 1/interval (log-log slope between -1.4 and -0.6); throughput falls at tiny "
     "intervals.",
     "e07_switch_interval", gb_e7},
    {"E8", "convoy",
     "An I/O thread beside a CPU-bound thread waits for the GIL at each I/O "
     "(Beazley 2010, bpo-7946).",
     "new: each I/O op costs about one interval when k ≥ 1 (CPython 3.11: ≈15 000 ops/s alone, "
     "≈500 beside one CPU thread, ≈50 beside two, at 5 ms); legacy and none much less; shorter "
     "intervals soften it.",
     "e08_convoy", gb_e8},
    {"E9", "thrash",
     "On several cores, CPU threads under the old GIL run slower than on one "
     "(Beazley 2009: 24.6 s sequential, 45.5 s on 2 cores, 38.0 s on 1).",
     "gil=legacy: threads spread over 2 cores slower than pinned to 1 core; the ratio reported.",
     "e09_thrash", gb_e9},
    {"E10", "subinterpreters",
     "One GIL per interpreter: threads with separate interpreters run "
     "in parallel (PEP 684, Python 3.12).",
     "≈ min(N, P)× (checked: ≥ 0.8·min(N, P)); drawn on E1's figure.", "e01_cpu_scaling", gb_e10},
    {"E11", "mixed", "Threads help exactly as far as the work waits (S1 summary table).",
     "threads speedup ≈ 1/(f + (1−f)/N) (Amdahl; checked within ±25%).", "e11_mixed", gb_e11},
    {"E12", "process-cost", "Processes cost start-up and IPC (S2 table: higher overhead).",
     "threads win for short tasks, processes for long CPU-bound ones; the break-even task length "
     "reported.",
     "e12_process_cost", gb_e12},
    {"E14", "convoy designs",
     "The convoy of E8 comes from the GIL's hand-off rule; another rule fixes it (bpo-7946: "
     "I/O priority, BFS).",
     "priority keeps an I/O thread's ops/s within 2× of its rate alone at every k; fifo "
     "(Ruby's GVL) at Ruby's 100 ms quantum convoys worse than new at 5 ms; the CPU "
     "throughput each design costs the k CPU-bound threads reported against new at 5 ms.",
     "e14_convoy_designs", gb_e14},
};
#define GB_NEXPS (sizeof gb_exps / sizeof *gb_exps)

/* --- the report --- */

static void gb_report_machine(GbRep *g) {
  const json_t *m = json_object_get(g->doc, "machine"), *t = json_object_get(m, "topology");
  const json_t *tool = json_object_get(g->doc, "tool");
  FILE *f = g->md;
  fprintf(f, "## Machine\n\n| | |\n|---|---|\n");
  fprintf(f, "| host | %s |\n| CPU | %s |\n", gb_rs(m, "hostname"), gb_rs(m, "cpu_model"));
  fprintf(f, "| topology (hwloc) | %lld package(s), %lld NUMA node(s), %lld cores, %lld PUs |\n",
          (long long)json_integer_value(json_object_get(t, "packages")),
          (long long)json_integer_value(json_object_get(t, "numa_nodes")),
          (long long)json_integer_value(json_object_get(t, "cores")),
          (long long)json_integer_value(json_object_get(t, "pus")));
  double mem = gb_rn(t, "memory_bytes");
  if (!isnan(mem)) fprintf(f, "| memory | %.1f GiB |\n", mem / (1024.0 * 1024 * 1024));
  fprintf(f, "| cpuset | %s |\n| OS | %s |\n| kernel | %s |\n| governor | %s |\n",
          gb_rs(m, "cpuset"), gb_rs(m, "os"), gb_rs(m, "kernel"),
          *gb_rs(m, "governor") ? gb_rs(m, "governor") : "–");
  fprintf(f, "| gilbench | %s (git %s, %s) |\n| compiler | %s %s |\n", gb_rs(tool, "version"),
          gb_rs(tool, "git"), gb_rs(tool, "build_type"), gb_rs(tool, "compiler"),
          gb_rs(tool, "cflags"));
  fprintf(f, "| CPython reference | %s |\n", g->cpython ? g->cpython : "none (no python3)");
  fprintf(f, "| run | %s → %s |\n\n", gb_rs(g->doc, "started"), gb_rs(g->doc, "finished"));
}

/* A time as the seeds print it ("2.00s"), with a third decimal below 0.1 s
** so that a quick run's short tasks keep two significant digits. */
static void gb_seed_s(double s, char *buf, size_t len) {
  snprintf(buf, len, s < 0.1 ? "%.3fs" : "%.2fs", s);
}

/* The speedup of r as the tables give it (paired by round when measured
** so), else the ratio of the medians base / t. */
static double gb_seed_x(const json_t *r, double base, double t) {
  double x = gb_speedup(r).v;
  return isnan(x) ? base / t : x;
}

/* The seeds' own form, from E1 at N = 2 (S1's two tasks) and E2 at N = 5. */
static void gb_report_summary(GbRep *g) {
  FILE *f = g->md;
  const char *impls[] = {"gilpy", "cpython"};
  fprintf(f, "## Summary\n\nIn the seeds' own form (S1), measured here (medians; the speedups "
             "as in the tables below):\n\n");
  for (int i = 0; i < 2; i++) {
    GbSel base = {.exp = "E1", .impl = impls[i], .gil = "new", .workers = 2, .entry = "squares"};
    GbSel s = base, t = base, p = base;
    s.mode = "seq";
    t.mode = "threads";
    p.mode = "procs";
    const json_t *rs = gb_find(g->runs, s), *rt = gb_find(g->runs, t), *rp = gb_find(g->runs, p);
    if (!rs || !rt) continue;
    double a = gb_time(rs).v, b = gb_time(rt).v, c = rp ? gb_time(rp).v : NAN;
    fprintf(f, "CPU-bound, 2 tasks (E1), %s:\n\n```\n", i ? g->cpython : "gilpy (gil=new)");
    char ta[32], tb[32], tc[32];
    gb_seed_s(a, ta, sizeof ta);
    gb_seed_s(b, tb, sizeof tb);
    gb_seed_s(c, tc, sizeof tc);
    fprintf(f, "Sequential:      %s\n", ta);
    fprintf(f, "Threading:       %s (%.1fx)\n", tb, gb_seed_x(rt, a, b));
    if (!isnan(c)) fprintf(f, "Multiprocessing: %s (%.1fx)\n", tc, gb_seed_x(rp, a, c));
    fprintf(f, "```\n\n");
  }
  for (int i = 0; i < 2; i++) {
    const json_t *best = NULL;
    size_t k;
    json_t *r;
    /* the fetch runs with the most workers up to 5 (S1's 5 requests) */
    json_array_foreach(g->runs, k, r) {
      GbSel s = {.exp = "E2", .impl = impls[i], .mode = "threads", .entry = "fetch_n"};
      if (!gb_match(r, &s) || gb_rn(r, "workers") > 5) continue;
      if (!best || gb_rn(r, "workers") > gb_rn(best, "workers") ||
          (gb_rn(r, "workers") == gb_rn(best, "workers") &&
           gb_rn(r, "latency_ms") > gb_rn(best, "latency_ms")))
        best = r;
    }
    GbQ sp = gb_speedup(best);
    if (!best || isnan(sp.v)) continue;
    double tt = gb_time(best).v;
    fprintf(f, "I/O-bound, %d requests of %g ms (E2), %s:\n\n```\n", (int)gb_rn(best, "workers"),
            gb_rn(best, "latency_ms"), i ? g->cpython : "gilpy");
    char ta[32], tb[32];
    gb_seed_s(tt * sp.v, ta, sizeof ta);
    gb_seed_s(tt, tb, sizeof tb);
    fprintf(f, "Sequential: %s\nThreaded:   %s (%.1fx faster)\n```\n\n", ta, tb, sp.v);
  }
}

/* What the machine's cores delivered, opening the report: P processes of
** E1's work on P cores against one after another, round by round, and a
** task's own CPU time alone and side by side. Processes share no GIL, so
** this is the machine. When they cannot be shown to reach 0.9·P (E1's
** check), a note says what that means for the scaling verdicts. */
static void gb_report_capacity(GbRep *g) {
  const json_t *best = NULL, *seq = NULL;
  const char *exps[] = {"E1", "E5"};
  for (int i = 0; i < 2 && !best; i++) {
    GbSel s = {.exp = exps[i], .impl = "gilpy", .mode = "procs", .workers = g->P};
    best = gb_find(g->runs, s);
    s.mode = "seq";
    seq = gb_find(g->runs, s);
  }
  GbQ q = gb_speedup(best);
  if (g->P < 2 || isnan(q.v)) return;
  bool short_of = q.lo < 0.9 * g->P;
  fprintf(g->md,
          "%s %d processes on %d cores ran %.2f× [%.2f, %.2f] faster than one after another "
          "(%s, N=%d)",
          short_of ? "> **Note.**" : "**Parallel capacity.**", g->P, g->P, q.v, q.lo, q.hi,
          gb_rs(best, "experiment"), g->P);
  fprintf(g->md, short_of ? ", not provably the %.1f× E1 asks for." : ".", 0.9 * g->P);
  double lo, hi;
  if (gb_round_range(seq, best, &lo, &hi))
    fprintf(g->md, " Round by round the speedup went from %.2f× to %.2f×.", lo, hi);
  GbQ c1 = gb_worker_range(seq, "cpu_s"), cp = gb_worker_range(best, "cpu_s");
  if (!isnan(c1.v) && !isnan(cp.v))
    fprintf(g->md,
            " A task's own CPU time was %.1f ms one after another (median) and %.1f ms side by "
            "side (median; up to %.1f ms).",
            c1.v * 1e3, cp.v * 1e3, cp.hi * 1e3);
  if (!short_of) {
    fprintf(g->md, "\n\n");
    return;
  }
  char steal[64] = "an unknown share";
  double st = gb_rn(best, "steal_frac");
  if (!isnan(st)) snprintf(steal, sizeof steal, "%.1f%%", st * 100);
  fprintf(g->md,
          " The processes share no GIL; they waited %.1f%% of their time in the kernel's run "
          "queue and the hypervisor took %s (steal) as this guest sees it. So at times the "
          "cores did not run side by side at full speed: hardware threads of one core, a CPU "
          "quota or other load on the host. The scaling checks (E1, E4, E5, E10, E11) measure "
          "that too; where they are unsure, this is why, not the GIL. Rerun on an idle machine "
          "with dedicated cores to judge them.\n\n",
          gb_rn(best, "runq_wait_frac") * 100, steal);
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
          "when any fails, and *inconclusive* otherwise. Intervals are bootstrap intervals of the "
          "median; speedups and time ratios of runs measured in rounds together (one block: "
          "repetition k of each before repetition k+1 of any) are the median of the per-round "
          "ratios with its bootstrap interval, so that a drift of the machine's speed hits both "
          "sides alike; otherwise the ratio of medians. For lost updates, a count, the range over "
          "the repetitions is used; E3's and E8's figures draw that range as their error bars. "
          "Checks cover the embedded interpreter (gilpy) and, "
          "where it ran, CPython.\n\n");
}

static bool gb_has_exp(const json_t *runs, const char *id) {
  return gb_find(runs, (GbSel){.exp = id}) != NULL;
}

static void gb_report_exps(GbRep *g) {
  for (size_t i = 0; i < GB_NEXPS; i++) {
    const GbExp *e = &gb_exps[i];
    if (!gb_has_exp(g->runs, e->id)) continue;
    GbChecks c;
    memset(&c, 0, sizeof c);
    char *tmp = NULL;
    size_t tlen = 0;
    FILE *md = g->md;
    g->md = open_memstream(&tmp, &tlen);
    e->measure(g, e, &c);
    fclose(g->md);
    g->md = md;
    fprintf(md, "## %s %s — %s\n\n", e->id, e->title, gb_verdict(&c));
    fprintf(md,
            "**Claim.** %s\n\n**Expected.** %s\n\n**Measured** (speedups: median "
            "[95%% interval], with the median time):\n\n%s",
            e->claim, e->expected, tmp);
    fprintf(md, "**Verdict: %s** (checks: %d passed, %d failed, %d unsure).\n\n%s\n",
            gb_verdict(&c), c.pass, c.fail, c.unsure, c.lines);
    fprintf(md, "![%s %s](figures/%s.png)\n\n*Figure: `figures/%s.png` (also `.svg`).*\n\n", e->id,
            e->title, e->figure, e->figure);
    free(tmp);
  }
}

static int gb_mkdir(const char *p) {
  return mkdir(p, 0755) < 0 && errno != EEXIST ? -1 : 0;
}

static void gb_rep_init(GbRep *g, const json_t *doc) {
  memset(g, 0, sizeof *g);
  g->doc = doc;
  g->runs = json_object_get(doc, "runs");
  g->P = gb_doc_cores(doc);
  size_t i;
  json_t *r;
  json_array_foreach(g->runs, i, r) if (gb_is_cpython(r)) g->cpython = gb_run_interp(r);
}

int gb_report_derived(const json_t *doc, GbDerived *out, int max) {
  GbRep g;
  gb_rep_init(&g, doc);
  g.derived = out;
  g.maxderived = max;
  char *text = NULL;
  size_t len = 0;
  g.md = open_memstream(&text, &len); /* the analyses' text is not wanted here */
  if (!g.md) return -1;
  gb_report_exps(&g);
  fclose(g.md);
  free(text);
  return g.nderived;
}

int gb_report_write(const json_t *doc, const char *dir, char *err, size_t errlen) {
  char path[4096], line[512];
  if (gb_mkdir(dir) < 0) {
    snprintf(err, errlen, "cannot create %s: %s", dir, strerror(errno));
    return -1;
  }
  gb_path(path, sizeof path, dir, "data");
  if (gb_export_write(doc, path, false, NULL, err, errlen) < 0) return -1;
  if (gb_e14_write_data(doc, path) < 0) {
    snprintf(err, errlen, "cannot write %s/E14_designs.tsv", path);
    return -1;
  }
  GbRep g;
  gb_rep_init(&g, doc);
  gb_machine_line(doc, line, sizeof line);
  gb_path(path, sizeof path, dir, "report.md.tmp");
  g.md = fopen(path, "w");
  if (!g.md) {
    snprintf(err, errlen, "cannot write %s: %s", path, strerror(errno));
    return -1;
  }
  fprintf(g.md,
          "# gilbench report\n\nThe GIL experiments of `shared/EXPERIMENTS.md`, measured on "
          "%s.\n\n",
          line);
  gb_report_capacity(&g);
  gb_report_summary(&g);
  gb_report_machine(&g);
  gb_report_rule(g.md);
  gb_report_exps(&g);
  int bad = ferror(g.md);
  fclose(g.md);
  char final[4096];
  gb_path(final, sizeof final, dir, "report.md");
  if (bad || rename(path, final) < 0) {
    snprintf(err, errlen, "cannot write %s: %s", final, strerror(errno));
    return -1;
  }
  return 0;
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
