/*
** analysis.c — a results document's experiments analyzed: for each, the
** numbers its tables show, the checks of its expectation (a measured
** interval against a threshold the expectation implies) and the numbers it
** derives from several runs. Everything is data (analysis.h); the report
** and the export only present it.
*/
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "gb.h"
#include "runview.h"
#include "stats.h"

/* --- selecting runs --- */

/* A selection of runs: NULL / 0 fields match anything, but for impl
** ("gilpy", "cpython", "ruby"): NULL matches gilpy and CPython, as the
** selections were written before E14's Ruby line (e14.c draws it). */
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
  if (s->impl ? strcmp(s->impl, gb_run_impl(r)) != 0 : gb_is_ruby(r)) return false;
  if (s->mode && strcmp(gb_rs(r, "mode"), s->mode) != 0) return false;
  if (s->entry && strcmp(gb_rs(r, "entry"), s->entry) != 0) return false;
  if (s->gil && gb_is_gilpy(r) && strcmp(gb_rs(r, "gil"), s->gil) != 0) return false;
  if (s->pin && strcmp(gb_rs(r, "pin"), s->pin) != 0) return false;
  if (s->workers && gb_ri(r, "workers") != s->workers) return false;
  if (s->si > 0 && fabs(gb_rn(r, "switch_interval") - s->si) > 1e-12) return false;
  if (s->ci > 0 && gb_ri(r, "check_interval") != s->ci) return false;
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
    double x = argi >= 0 ? gb_argf(r, argi) : (double)gb_ri(r, "workers");
    bool seen = isnan(x);
    for (int k = 0; k < n && !seen; k++)
      seen = out[k] == x;
    if (!seen && n < max) out[n++] = x;
  }
  qsort(out, (size_t)n, sizeof *out, gb_cmpd);
  return n;
}

/* --- checks --- */

typedef struct GbAn {
  const json_t *doc, *runs;
  GbAnalysis *a;
  GbExpResult *x; /* the experiment being analyzed */
  bool oom;
} GbAn;

/* Records that q should be >= t (ge) or <= t (!ge). */
static void gb_check(GbAn *g, GbQ q, bool ge, double t, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* A new check at the end of the experiment's list; NULL when out of memory. */
static GbCheck *gb_check_new(GbAn *g) {
  GbExpResult *x = g->x;
  GbCheck *c = realloc(x->checks, (size_t)(x->nchecks + 1) * sizeof *c);
  if (!c) {
    g->oom = true;
    return NULL;
  }
  x->checks = c;
  return c + x->nchecks++;
}

static void gb_check(GbAn *g, GbQ q, bool ge, double t, const char *fmt, ...) {
  if (isnan(q.v)) return;
  GbExpResult *x = g->x;
  GbCheck *c = gb_check_new(g);
  if (!c) return;
  double lo = isnan(q.lo) ? q.v : q.lo, hi = isnan(q.hi) ? q.v : q.hi;
  if (ge ? lo >= t : hi <= t) {
    x->pass++;
    c->outcome = GB_PASS;
  } else if (ge ? hi < t : lo > t) {
    x->fail++;
    c->outcome = GB_FAIL;
  } else {
    x->unsure++;
    c->outcome = GB_UNSURE;
  }
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(c->text, sizeof c->text, fmt, ap);
  va_end(ap);
}

/* Runs of exp that did not finish leave the checks that need them unmade,
** and a check never made must not let the verdict read "reproduced": one
** unsure check stands for them, naming the first. */
static void gb_check_unfinished(GbAn *g, const char *exp) {
  int n = 0;
  const json_t *first = NULL;
  size_t i;
  json_t *r;
  json_array_foreach(g->runs, i, r) {
    if (strcmp(gb_rs(r, "experiment"), exp) != 0 || gb_ok(r)) continue;
    if (!first) first = r;
    n++;
  }
  GbCheck *c = n ? gb_check_new(g) : NULL;
  if (!c) return;
  g->x->unsure++;
  c->outcome = GB_UNSURE;
  snprintf(c->text, sizeof c->text, "%d run%s did not finish (the first, gil=%s %s: %s)", n,
           n == 1 ? "" : "s", gb_rs(first, "gil"), gb_rs(first, "status"), gb_rs(first, "error"));
}

const char *gb_verdict(const GbExpResult *x) {
  if (x->fail) return "not reproduced";
  if (x->unsure) return "inconclusive";
  if (x->pass) return "reproduced";
  return "no data";
}

static void gb_derive(GbAn *g, const char *key, GbQ q) {
  GbAnalysis *a = g->a;
  if (a->nderived < (int)(sizeof a->derived / sizeof *a->derived) && !isnan(q.v))
    a->derived[a->nderived++] = (GbDerived){g->x->info->id, key, q};
}

/* A constant as an interval of no width: what is checked is the value. */
static GbQ gb_exact(double v) {
  return (GbQ){v, v, v};
}

/* The experiment's key number (GbKey). */
static void gb_key(GbAn *g, const char *what, const char *unit, GbQ gilpy, GbQ cpython) {
  g->x->key = (GbKey){.what = what, .unit = unit, .gilpy = gilpy, .cpython = cpython};
}

void gb_fmt_x(GbQ q, char *buf, size_t len) {
  if (isnan(q.v))
    snprintf(buf, len, "–");
  else
    snprintf(buf, len, "%.2f× [%.2f, %.2f]", q.v, q.lo, q.hi);
}

/* --- speedup tables and scaling checks --- */

typedef struct GbSeries {
  const char *label;
  GbSel sel;
} GbSeries;

static void gb_table(GbAn *g, GbTable *t, const GbSeries *ss, int n) {
  double ws[GB_ROWS_MAX];
  int nw = 0;
  for (int i = 0; i < n; i++) {
    double tmp[GB_ROWS_MAX];
    int m = gb_axis(g->runs, ss[i].sel, -1, tmp, GB_ROWS_MAX);
    for (int k = 0; k < m; k++) {
      bool seen = false;
      for (int j = 0; j < nw && !seen; j++)
        seen = ws[j] == tmp[k];
      if (!seen && nw < GB_ROWS_MAX) ws[nw++] = tmp[k];
    }
  }
  qsort(ws, (size_t)nw, sizeof *ws, gb_cmpd);
  t->nseries = n;
  t->nrows = nw;
  for (int i = 0; i < n; i++)
    t->labels[i] = ss[i].label;
  for (int k = 0; k < nw; k++) {
    t->workers[k] = (int)ws[k];
    for (int i = 0; i < n; i++) {
      GbSel s = ss[i].sel;
      s.workers = (int)ws[k];
      const json_t *r = gb_find(g->runs, s);
      t->cells[k][i].present = r != NULL;
      t->cells[k][i].speedup = gb_speedup(r);
      t->cells[k][i].time = gb_time(r).v;
    }
  }
}

/* The speedup of series i at n workers, or none. */
static GbQ gb_table_at(const GbTable *t, int i, int n) {
  for (int k = 0; k < t->nrows; k++)
    if (t->workers[k] == n && t->cells[k][i].present) return t->cells[k][i].speedup;
  return gb_q_none;
}

/* A speedup at N = P (every core busy) from a table's series. */
static void gb_key_at_p(GbAn *g, const char *what, const GbTable *t, int gilpy, int cpython) {
  int P = g->a->P;
  gb_key(g, what, "×", gb_table_at(t, gilpy, P),
         cpython < 0 ? gb_q_none : gb_table_at(t, cpython, P));
  g->x->key.workers = P;
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
static const json_t *gb_control(const GbAn *g, const json_t *r) {
  size_t i;
  json_t *x;
  if (strcmp(gb_rs(r, "mode"), "procs") == 0) return NULL;
  json_array_foreach(g->runs, i, x) {
    if (gb_ok(x) && strcmp(gb_rs(x, "mode"), "procs") == 0 && gb_same_block(r, x) &&
        strcmp(gb_run_impl(x), gb_run_impl(r)) == 0 && gb_ri(x, "workers") == gb_ri(r, "workers"))
      return x;
  }
  return NULL;
}

/* Checks speedup >= factor * ideal(N, P) (or <= limit when factor < 0) for
** every run of sel. Where the run's control (gb_control) fell short of the
** ideal, the bound is what the control reached: the claim is then that the
** run scales like processes on the machine as it was. */
static void gb_check_scaling(GbAn *g, const char *what, GbSel sel, double factor) {
  size_t i;
  json_t *r;
  json_array_foreach(g->runs, i, r) {
    if (!gb_match(r, &sel) || strcmp(gb_rs(r, "mode"), "seq") == 0) continue;
    int n = (int)gb_ri(r, "workers");
    GbQ q = gb_speedup(r);
    char x[64];
    gb_fmt_x(q, x, sizeof x);
    if (factor < 0) {
      gb_check(g, q, false, -factor, "%s, N=%d: speedup %s ≤ %.2f", what, n, x, -factor);
      continue;
    }
    double ideal = gb_ideal(n, g->a->P), ctl = gb_speedup(gb_control(g, r)).v;
    if (!isnan(ctl) && ctl < ideal)
      gb_check(g, q, true, factor * ctl,
               "%s, N=%d: speedup %s ≥ %.2f × %.2f, what processes reached in the same rounds "
               "(ideal %.2f)",
               what, n, x, factor, ctl, ideal);
    else
      gb_check(g, q, true, factor * ideal, "%s, N=%d: speedup %s ≥ %.2f", what, n, x,
               factor * ideal);
  }
}

/* --- the experiments --- */

static void gb_e1(GbAn *g, const char *id) {
  GbE1 *d = &g->x->u.e1;
  const char *entry = gb_find(g->runs, (GbSel){.exp = id, .entry = "squares"}) ? "squares" : NULL;
  GbSeries ss[] = {
      {"threads", {.exp = id, .impl = "gilpy", .mode = "threads", .gil = "new", .entry = entry}},
      {"procs", {.exp = id, .impl = "gilpy", .mode = "procs", .gil = "new", .entry = entry}},
      {"CPython threads", {.exp = id, .impl = "cpython", .mode = "threads", .entry = entry}},
      {"CPython procs", {.exp = id, .impl = "cpython", .mode = "procs", .entry = entry}},
  };
  gb_table(g, &d->table, ss, 4);
  for (int i = 0; i < 4; i++)
    gb_check_scaling(g, ss[i].label, ss[i].sel, i % 2 ? 0.9 : -1.1);
  gb_key_at_p(g, "threads speedup", &d->table, 0, 2);
  GbSel mod = {.exp = id, .entry = "squares_mod", .impl = "gilpy", .mode = "threads", .workers = 2};
  d->mod_threads = gb_speedup(gb_find(g->runs, mod));
  mod.mode = "procs";
  d->mod_procs = gb_speedup(gb_find(g->runs, mod));
}

/* The best speedup n requests of wait l can reach when the CPU time each
** needs beyond its wait, c = seq/n - l, runs one request at a time (the
** GIL): n(l + c) / (l + n c). It is n when c is nothing; CPython's HTTP
** client costs ~1 ms a request, which bounds 5 requests of 20 ms at ~4x. */
static double gb_e2_bound(double seq, int n, double l) {
  double c = isnan(seq) ? 0 : fmax(0, seq / n - l);
  return n * (l + c) / (l + n * c);
}

/* One part per kind of wait and latency: sleep_n's by its argument. */
static void gb_e2(GbAn *g, const char *id) {
  GbE2 *d = &g->x->u.e2;
  size_t i;
  json_t *r;
  double seen[16];
  json_array_foreach(g->runs, i, r) {
    if (strcmp(gb_rs(r, "experiment"), id) != 0 || !gb_ok(r)) continue;
    double l = gb_rn(r, "latency_ms");
    if (isnan(l) && strcmp(gb_rs(r, "entry"), "sleep_n") == 0) l = -1 - gb_argf(r, 0) * 1e3;
    bool dup = false;
    for (int k = 0; k < d->nparts && !dup; k++)
      dup = seen[k] == l;
    if (dup || d->nparts >= 16) continue;
    seen[d->nparts] = l;
    bool sleep = l < 0;
    double ms = sleep ? -1 - l : l;
    char arg[32];
    snprintf(arg, sizeof arg, "%g", ms / 1e3);
    GbSel base = {.exp = id,
                  .mode = "threads",
                  .lat = sleep ? 0 : ms,
                  .entry = sleep ? "sleep_n" : "fetch_n",
                  .argi = 0,
                  .argv = sleep ? arg : NULL};
    GbSeries ss[] = {{"threads", base}, {"CPython threads", base}};
    ss[0].sel.impl = "gilpy";
    ss[1].sel.impl = "cpython";
    d->parts[d->nparts].sleep = sleep;
    d->parts[d->nparts].ms = ms;
    gb_table(g, &d->parts[d->nparts++].table, ss, 2);
    for (int k = 0; k < 2; k++) {
      char what[96];
      snprintf(what, sizeof what, "%s, %s %g ms", ss[k].label, sleep ? "sleep" : "fetch", ms);
      json_t *x;
      size_t j;
      json_array_foreach(g->runs, j, x) {
        if (!gb_match(x, &ss[k].sel)) continue;
        int n = (int)gb_ri(x, "workers");
        if (n > 8) continue; /* beyond that the server or the CPU may bound it */
        GbSel seq = ss[k].sel;
        seq.mode = "seq";
        seq.workers = n;
        double bound = gb_e2_bound(gb_time(gb_find(g->runs, seq)).v, n, ms / 1e3);
        GbQ q = gb_speedup(x);
        char s[64];
        gb_fmt_x(q, s, sizeof s);
        gb_check(g, q, true, 0.8 * bound, "%s, N=%d: speedup %s ≥ 0.8 × %.2f", what, n, s, bound);
      }
    }
  }
  /* S1's 5 requests, fetched where measured */
  for (int k = 0; k < d->nparts; k++) {
    const GbTable *t = &d->parts[k].table;
    GbQ a = gb_table_at(t, 0, 5), b = gb_table_at(t, 1, 5);
    if ((isnan(a.v) && isnan(b.v)) || (g->x->key.what && d->parts[k].sleep)) continue;
    gb_key(g, d->parts[k].sleep ? "threads speedup, 5 sleeps" : "threads speedup, 5 fetches", "×",
           a, b);
  }
}

static void gb_e3(GbAn *g, const char *id) {
  static const char *const models[] = {"legacy",   "new",  "none",   "fifo",
                                       "priority", "fair", "cpython"};
  GbE3 *d = &g->x->u.e3;
  for (int m = 0; m < 7; m++) {
    bool cpy = m == 6;
    if (cpy && !g->a->cpython) continue;
    GbQ q[2];
    for (int locked = 0; locked < 2; locked++) {
      GbSel s = {.exp = id,
                 .impl = cpy ? "cpython" : "gilpy",
                 .gil = cpy ? NULL : models[m],
                 .argi = 2,
                 .argv = locked ? "1" : "0"};
      q[locked] = gb_result(gb_find(g->runs, s));
    }
    if (isnan(q[0].v) && isnan(q[1].v)) continue;
    const char *name = cpy ? g->a->cpython : models[m];
    const json_t *r = gb_find(g->runs, (GbSel){.exp = id,
                                               .impl = cpy ? "cpython" : "gilpy",
                                               .gil = cpy ? NULL : models[m],
                                               .argi = 2,
                                               .argv = "0"});
    double n = gb_argf(r, 1);
    d->rows[d->nrows].model = name;
    d->rows[d->nrows].lost[0] = q[0];
    d->rows[d->nrows].lost[1] = q[1];
    d->rows[d->nrows].per_thread = n;
    d->rows[d->nrows++].whole = n > 0 && (q[0].v == n || q[0].lo == n || q[0].hi == n);
    if (m == 1 || cpy) {
      if (m == 1)
        g->x->key.gilpy = gb_exact(q[0].hi);
      else
        g->x->key.cpython = gb_exact(q[0].hi);
      g->x->key.what = "lost updates without a lock, gil=new (max)";
      g->x->key.unit = "";
    }
    /* any repetition that lost updates shows the race: judge by the maximum */
    if (m == 0 || m == 2)
      gb_check(g, gb_exact(q[0].hi), true, 1, "%s, no lock: loses updates (max lost %.0f)", name,
               q[0].hi);
    else
      gb_check(g, gb_exact(q[0].hi), false, 0, "%s, no lock: loses none (max lost %.0f)", name,
               q[0].hi);
    gb_check(g, gb_exact(q[1].hi), false, 0, "%s, with a Lock: loses none (max lost %.0f)", name,
             q[1].hi);
  }
}

/* E4's tasks: the entries of its runs, in the suite's order. */
static int gb_e4_entries(const GbAn *g, const char *id, GbE4 *d) {
  size_t i;
  json_t *r;
  json_array_foreach(g->runs, i, r) {
    if (strcmp(gb_rs(r, "experiment"), id) != 0 || !gb_is_gilpy(r)) continue;
    const char *e = gb_rs(r, "entry");
    bool seen = false;
    for (int k = 0; k < d->ntasks && !seen; k++)
      seen = strcmp(d->tasks[k].entry, e) == 0;
    if (!seen && d->ntasks < GB_E4_TASKS)
      snprintf(d->tasks[d->ntasks++].entry, sizeof d->tasks[0].entry, "%s", e);
  }
  return d->ntasks;
}

/* One task's table, scaling checks and one-thread overhead. */
static void gb_e4_task(GbAn *g, const char *id, GbE4Task *t, bool first) {
  GbSeries ss[] = {
      {"threads gil=none",
       {.exp = id, .impl = "gilpy", .mode = "threads", .gil = "none", .entry = t->entry}},
      {"threads gil=new",
       {.exp = id, .impl = "gilpy", .mode = "threads", .gil = "new", .entry = t->entry}},
  };
  gb_table(g, &t->table, ss, 2);
  char what[64];
  snprintf(what, sizeof what, "%s(), threads gil=none", t->entry);
  gb_check_scaling(g, what, ss[0].sel, 0.8);
  if (first) gb_key_at_p(g, "gil=none threads speedup", &t->table, 0, -1);
  GbSel s = {
      .exp = id, .impl = "gilpy", .mode = "seq", .gil = "none", .workers = 1, .entry = t->entry};
  const json_t *none = gb_find(g->runs, s);
  s.gil = "new";
  const json_t *nw = gb_find(g->runs, s);
  GbQ q = gb_time_ratio(none, nw);
  if (isnan(q.v)) return;
  /* docs/experiments.md asks for this number, not a verdict: it is what the
  ** interpreter's build costs (atomic reference counts, container locks) */
  t->has_overhead = true;
  t->overhead_pct = (GbQ){100 * (q.v - 1), 100 * (q.lo - 1), 100 * (q.hi - 1)};
  t->t_none = gb_time(none).v;
  t->t_new = gb_time(nw).v;
  t->paired = gb_same_block(none, nw);
  if (first)
    snprintf(t->key, sizeof t->key, "overhead_pct");
  else
    snprintf(t->key, sizeof t->key, "overhead_pct_%s", t->entry);
  gb_derive(g, t->key, t->overhead_pct);
}

/* Each task apart: the loop over locals costs free threading little, code
** of objects and methods much more, and a user's code is mostly the latter. */
static void gb_e4(GbAn *g, const char *id) {
  GbE4 *d = &g->x->u.e4;
  int n = gb_e4_entries(g, id, d);
  size_t len = 0;
  for (int k = 0; k < n; k++) {
    GbE4Task *t = &d->tasks[k];
    gb_e4_task(g, id, t, k == 0);
    if (!t->has_overhead || len >= sizeof d->note) continue;
    int m = snprintf(d->note + len, sizeof d->note - len, "%s%s() %+.0f%%",
                     len ? ", " : "one thread under none: ", t->entry, t->overhead_pct.v);
    len += m > 0 ? (size_t)m : 0;
  }
  /* the key is the first task's speedup: the others' beside it, so that a
  ** verdict their checks decide shows its number */
  for (int k = 1; k < n && len < sizeof d->note; k++) {
    GbQ q = gb_table_at(&d->tasks[k].table, 0, g->a->P);
    char x[64];
    gb_fmt_x(q, x, sizeof x);
    int m = isnan(q.v) ? 0
                       : snprintf(d->note + len, sizeof d->note - len, "; %s() threads %s",
                                  d->tasks[k].entry, x);
    len += m > 0 ? (size_t)m : 0;
  }
  if (len) g->x->key.note = d->note;
}

static void gb_e5(GbAn *g, const char *id) {
  GbSeries ss[] = {
      {"threads", {.exp = id, .impl = "gilpy", .mode = "threads", .gil = "new"}},
      {"procs", {.exp = id, .impl = "gilpy", .mode = "procs", .gil = "new"}},
      {"CPython threads", {.exp = id, .impl = "cpython", .mode = "threads"}},
      {"CPython procs", {.exp = id, .impl = "cpython", .mode = "procs"}},
  };
  gb_table(g, &g->x->u.table, ss, 4);
  for (int i = 0; i < 4; i++)
    gb_check_scaling(g, ss[i].label, ss[i].sel, 0.8);
  gb_key_at_p(g, "threads speedup", &g->x->u.table, 0, 2);
}

static void gb_e6(GbAn *g, const char *id) {
  GbE6 *d = &g->x->u.e6;
  const json_t *run = NULL;
  size_t i;
  json_t *r;
  json_array_foreach(g->runs, i, r) if (strcmp(gb_rs(r, "experiment"), id) == 0 && gb_traced(r))
      run = r;
  if (!run) return;
  d->traced = true;
  int n, nl;
  GbHold *h = gb_holds(run, &n, &nl);
  if (!h) {
    g->oom = true;
    return;
  }
  double si = gb_rn(run, "switch_interval") * 1e3;
  int nd = 0, turns = 0, handoffs = 0, last = -1;
  for (int k = 0; k < n; k++) {
    if (!gb_hold_counts(&h[k], si)) continue;
    nd++;
    if (last >= 0) handoffs += h[k].lane != last;
    turns += last >= 0;
    last = h[k].lane;
  }
  d->nholds = nd;
  d->threads = nl;
  d->si_ms = si;
  if (nd > 0) {
    d->hold_ms = gb_hold_ms(run);
    d->handoff_other = turns ? (double)handoffs / turns : NAN;
    gb_derive(g, "hold_ms", d->hold_ms);
    gb_key(g, "median GIL hold (quartiles)", "ms", d->hold_ms, gb_q_none);
    gb_derive(g, "handoff_other", gb_exact(d->handoff_other));
    double med = d->hold_ms.v;
    gb_check(g, gb_exact(med), true, 0.5 * si, "median hold %.2f ms ≥ half an interval (%.2f ms)",
             med, 0.5 * si);
    gb_check(g, gb_exact(med), false, 2 * si, "median hold %.2f ms ≤ two intervals (%.2f ms)", med,
             2 * si);
    gb_check(g, gb_exact(d->handoff_other), true, 0.9,
             "the GIL passes to another thread at %.0f%% of hand-offs (≥ 90%%)",
             100 * d->handoff_other);
  }
  free(h);
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
** the intervals from `from` on (below it a switch's own cost dominates),
** leaving out those whose run (time[k], s; NULL: none) held fewer than
** GB_E7_HOLD of them, into d->shortx (x in ms). */
static double gb_e7_slope(GbAn *g, const double *xs, const double *ys, const double *time, int n,
                          double from, const char *what, GbE7Gil *d) {
  double fx[64], fy[64];
  int m = 0;
  for (int k = 0; k < n; k++) {
    if (time && !(time[k] >= GB_E7_HOLD * xs[k] / 1e3)) {
      d->shortx[d->nshort++] = xs[k];
      d->short_time = fmax(d->short_time, time[k]);
      continue;
    }
    if (xs[k] >= from) {
      fx[m] = xs[k];
      fy[m++] = ys[k];
    }
  }
  double slope = gb_loglog_slope(fx, fy, m);
  GbCheck *c = isnan(slope) && d->nshort ? gb_check_new(g) : NULL;
  if (c) { /* the runs were too short to check it: not a pass */
    g->x->unsure++;
    c->outcome = GB_UNSURE;
    snprintf(c->text, sizeof c->text, "%s: no slope, too few intervals held by their runs", what);
  }
  gb_check(g, gb_exact(slope), true, -1.4, "%s: log-log slope vs interval %.2f ≥ -1.4", what,
           slope);
  gb_check(g, gb_exact(slope), false, -0.6, "%s: log-log slope %.2f ≤ -0.6 (∝ 1/interval)", what,
           slope);
  return slope;
}

/* E7. The claim is that the GIL is released every interval. Under gil=new a
** release is a hand-off to the waiting thread (the waiter asks for it), so
** switches/s is what follows 1/interval. Under gil=legacy the holder drops
** and re-takes the GIL at every check whether anyone waits or not: those
** releases follow 1/interval, while hand-offs are whatever races the waiter
** wins — the longer it has slept, the fewer (Beazley 2009) — and are
** reported, not checked. */
static void gb_e7(GbAn *g, const char *id) {
  for (int legacy = 0; legacy < 2; legacy++) {
    GbE7Gil *d = &g->x->u.e7.gil[legacy];
    GbSel s = {.exp = id, .impl = "gilpy", .gil = legacy ? "legacy" : "new", .mode = "threads"};
    size_t i;
    json_t *r;
    json_array_foreach(g->runs, i, r) {
      if (!gb_match(r, &s) || d->n >= 64) continue;
      d->x[d->n] = legacy ? gb_rn(r, "check_interval") : 1e3 * gb_rn(r, "switch_interval");
      d->handoffs[d->n] = gb_switch_rate(r);
      d->releases[d->n] = gb_gil_rate(r, "acquisitions");
      d->time[d->n++] = gb_time(r).v;
    }
    if (d->n < 2) continue;
    if (legacy) {
      d->slope = gb_e7_slope(g, d->x, d->releases, NULL, d->n, 100, "gil=legacy releases/s", d);
      d->handoff_slope = gb_loglog_slope(d->x, d->handoffs, d->n);
      gb_derive(g, "slope_legacy_handoffs", gb_exact(d->handoff_slope));
      continue;
    }
    d->slope = gb_e7_slope(g, d->x, d->handoffs, d->time, d->n, 1, "gil=new hand-offs/s", d);
    gb_key(g, "gil=new hand-offs/s vs interval, log-log slope", "", gb_exact(d->slope), gb_q_none);
    gb_derive(g, "slope_new", gb_exact(d->slope));
    int imin = 0, iref = 0;
    for (int k = 0; k < d->n; k++) {
      if (d->x[k] < d->x[imin]) imin = k;
      if (fabs(d->x[k] - 5) < fabs(d->x[iref] - 5)) iref = k;
    }
    if (imin != iref) {
      d->tiny = true;
      d->tiny_x = d->x[imin];
      d->ref_x = d->x[iref];
      d->tiny_ratio = d->time[imin] / d->time[iref];
      gb_derive(g, "tiny_interval_cost", gb_exact(d->tiny_ratio));
    }
  }
}

static void gb_e8(GbAn *g, const char *id) {
  GbE8 *d = &g->x->u.e8;
  size_t i;
  json_t *r;
  d->nk = gb_axis(g->runs, (GbSel){.exp = id}, 1, d->ks, 16);
  GbQ new5[16];
  for (int k = 0; k < 16; k++)
    new5[k] = gb_q_none;
  double si_default = 0.005;
  json_array_foreach(g->runs, i, r) {
    if (strcmp(gb_rs(r, "experiment"), id) != 0 || !gb_ok(r)) continue;
    char label[48];
    bool cpy = gb_is_cpython(r);
    double si = gb_rn(r, "switch_interval");
    const char *gil = gb_rs(r, "gil");
    if (cpy || strcmp(gil, "new") == 0)
      snprintf(label, sizeof label, "%s, %g ms", cpy ? g->a->cpython : "new", si * 1e3);
    else
      snprintf(label, sizeof label, "%s", gil);
    bool seen = false;
    for (int k = 0; k < d->nrows && !seen; k++)
      seen = strcmp(d->rows[k].label, label) == 0;
    if (seen || d->nrows >= 32) continue;
    GbQ *row = d->rows[d->nrows].ops;
    snprintf(d->rows[d->nrows++].label, sizeof label, "%s", label);
    for (int k = 0; k < d->nk; k++) {
      char kv[32];
      snprintf(kv, sizeof kv, "%g", d->ks[k]);
      GbSel s = {.exp = id,
                 .impl = cpy ? "cpython" : "gilpy",
                 .gil = cpy ? NULL : gil,
                 .si = (cpy || strcmp(gil, "new") == 0) ? si : 0,
                 .argi = 1,
                 .argv = kv};
      row[k] = gb_result_ci(gb_find(g->runs, s));
    }
    if (!cpy && strcmp(gil, "new") == 0 && fabs(si - si_default) < 1e-9)
      memcpy(new5, row, sizeof(GbQ) * (size_t)d->nk);
  }
  GbQ cpy5 = gb_result_ci(gb_find(
      g->runs, (GbSel){.exp = id, .impl = "cpython", .si = si_default, .argi = 1, .argv = "1"}));
  gb_key(g, "I/O ops/s beside 1 CPU thread, 5 ms", "ops/s", d->nk > 1 ? new5[1] : gb_q_none, cpy5);
  /* the checks, against gil=new at its default interval */
  for (int k = 0; k < d->nk; k++) {
    if (d->ks[k] < 1 || isnan(new5[k].v)) continue;
    gb_check(g, new5[k], false, 2 / si_default,
             "new, 5 ms, k=%g: %.0f ops/s ≤ %.0f (about one interval per I/O op)", d->ks[k],
             new5[k].v, 2 / si_default);
    for (int m = 0; m < 2; m++) {
      const char *gil = m ? "none" : "legacy";
      char kv[32];
      snprintf(kv, sizeof kv, "%g", d->ks[k]);
      GbQ q = gb_result_ci(
          gb_find(g->runs, (GbSel){.exp = id, .impl = "gilpy", .gil = gil, .argi = 1, .argv = kv}));
      gb_check(g, q, true, 2 * new5[k].v, "%s, k=%g: %.0f ops/s ≥ 2× new's (%.0f)", gil, d->ks[k],
               q.v, 2 * new5[k].v);
    }
  }
  GbQ fast = gb_result_ci(gb_find(
      g->runs,
      (GbSel){.exp = id, .impl = "gilpy", .gil = "new", .si = 0.001, .argi = 1, .argv = "1"}));
  if (!isnan(fast.v) && !isnan(new5[1].v))
    gb_check(g, fast, true, new5[1].v, "new, 1 ms, k=1: %.0f ops/s ≥ 5 ms's %.0f", fast.v,
             new5[1].v);
}

static void gb_e9(GbAn *g, const char *id) {
  GbE9 *d = &g->x->u.e9;
  const json_t *seq = gb_find(g->runs, (GbSel){.exp = id, .mode = "seq", .gil = "legacy"});
  const json_t *one =
      gb_find(g->runs, (GbSel){.exp = id, .mode = "threads", .gil = "legacy", .pin = "core:0"});
  const json_t *two =
      gb_find(g->runs, (GbSel){.exp = id, .mode = "threads", .gil = "legacy", .pin = "cores"});
  d->time[0] = gb_time(seq);
  d->time[1] = gb_time(one);
  d->time[2] = gb_time(two);
  if (!one || !two) return;
  /* the ratio of medians with a bootstrap interval, as a speedup of one over two */
  int nx, ny;
  double *x = gb_walls(one, &nx), *y = gb_walls(two, &ny);
  GbSpeedup sp;
  gb_stats_speedup(y, ny, x, nx, &sp);
  free(x);
  free(y);
  d->has_ratio = true;
  d->ratio = (GbQ){sp.value, sp.lo, sp.hi};
  gb_derive(g, "two_over_one", d->ratio);
  gb_key(g, "time on 2 cores / on 1 core, gil=legacy", "×", d->ratio, gb_q_none);
  gb_check(g, d->ratio, true, 1.0, "2 cores slower than 1 core: ratio %.2f ≥ 1", d->ratio.v);
}

static void gb_e10(GbAn *g, const char *id) {
  GbSeries ss[] = {{"subinterp", {.exp = id, .impl = "gilpy", .mode = "subinterp"}}};
  gb_table(g, &g->x->u.table, ss, 1);
  gb_check_scaling(g, "subinterp", ss[0].sel, 0.8);
  gb_key_at_p(g, "subinterpreters speedup", &g->x->u.table, 0, -1);
}

static void gb_e11(GbAn *g, const char *id) {
  GbE11 *d = &g->x->u.e11;
  double fs[32];
  d->nrows = gb_axis(g->runs, (GbSel){.exp = id}, 0, fs, 32);
  for (int k = 0; k < d->nrows; k++) {
    char fv[32];
    snprintf(fv, sizeof fv, "%g", fs[k]);
    const json_t *t = gb_find(
        g->runs, (GbSel){.exp = id, .impl = "gilpy", .mode = "threads", .argi = 0, .argv = fv});
    const json_t *p = gb_find(
        g->runs, (GbSel){.exp = id, .impl = "gilpy", .mode = "procs", .argi = 0, .argv = fv});
    int n = t ? (int)gb_ri(t, "workers") : 0;
    double amdahl = n ? 1 / (fs[k] + (1 - fs[k]) / n) : NAN;
    d->rows[k].f = fs[k];
    d->rows[k].threads = gb_speedup(t);
    d->rows[k].procs = gb_speedup(p);
    d->rows[k].amdahl = amdahl;
    if (t) {
      GbQ q = d->rows[k].threads;
      gb_check(g, q, true, 0.75 * amdahl, "threads, f=%g: %.2f× ≥ 0.75 × Amdahl's %.2f×", fs[k],
               q.v, amdahl);
      gb_check(g, q, false, 1.25 * amdahl, "threads, f=%g: %.2f× ≤ 1.25 × Amdahl's %.2f×", fs[k],
               q.v, amdahl);
      /* the row furthest from Amdahl decides */
      GbQ r = {q.v / amdahl, q.lo / amdahl, q.hi / amdahl};
      if (!g->x->key.what || fabs(log(r.v)) > fabs(log(g->x->key.gilpy.v)))
        gb_key(g, "threads / Amdahl's speedup, furthest row", "×", r, gb_q_none);
    }
  }
}

/* Where processes start to win for interpreter i (0 gilpy, 1 CPython): the
** first measured task length they win at, against the one before it, which
** threads won. Between the two the gap threads - procs is taken as linear
** in the task length (threads run the N tasks one at a time, processes side
** by side after a fixed start-up), so its zero is the break-even. */
static void gb_e12_breakeven(GbE12 *d, int i) {
  d->breakeven[i].kind = GB_BE_NONE;
  d->breakeven[i].us = d->breakeven[i].lo_us = d->breakeven[i].hi_us = NAN;
  double pu = NAN, pgap = NAN; /* the previous measured size and its gap */
  for (int k = 0; k < d->nrows; k++) {
    double u = d->rows[k].us, gap = d->rows[k].total[2 * i].v - d->rows[k].total[2 * i + 1].v;
    if (isnan(u) || isnan(gap)) continue; /* the empty task, or not measured */
    if (gap > 0) {                        /* processes win */
      if (isnan(pu)) {
        d->breakeven[i].kind = GB_BE_BELOW;
        d->breakeven[i].hi_us = u;
      } else {
        d->breakeven[i].kind = GB_BE_BETWEEN;
        d->breakeven[i].lo_us = pu;
        d->breakeven[i].hi_us = u;
        d->breakeven[i].us = pu + (u - pu) * -pgap / (gap - pgap);
      }
      return;
    }
    pu = u;
    pgap = gap;
  }
  if (!isnan(pu)) {
    d->breakeven[i].kind = GB_BE_BEYOND;
    d->breakeven[i].lo_us = pu;
  }
}

static void gb_e12(GbAn *g, const char *id) {
  GbE12 *d = &g->x->u.e12;
  double us[32];
  int n = gb_axis(g->runs, (GbSel){.exp = id, .entry = "task_us"}, 0, us, 32);
  bool threads_first = false, procs_last = false;
  for (int k = -1; k < n; k++) {
    char uv[32];
    snprintf(uv, sizeof uv, "%g", k < 0 ? 0 : us[k]);
    GbSel base = {
        .exp = id, .entry = k < 0 ? "empty" : "task_us", .argi = 0, .argv = k < 0 ? NULL : uv};
    static const char *const impl[] = {"gilpy", "gilpy", "cpython", "cpython"};
    static const char *const mode[] = {"threads", "procs", "threads", "procs"};
    GbQ *q = d->rows[d->nrows].total;
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
    d->rows[d->nrows].startup = startup;
    d->rows[d->nrows].us = k < 0 ? NAN : us[k];
    snprintf(d->rows[d->nrows++].label, sizeof d->rows[0].label, k < 0 ? "empty" : "%g µs",
             k < 0 ? 0 : us[k]);
    if (k < 0) continue;
    bool procs_win = q[1].v < q[0].v;
    if (k == 0) threads_first = !procs_win;
    if (k == n - 1) procs_last = procs_win;
  }
  gb_e12_breakeven(d, 0);
  gb_e12_breakeven(d, 1);
  gb_derive(g, "breakeven_us", gb_exact(d->breakeven[0].us));
  if (g->a->cpython) gb_derive(g, "breakeven_cpython_us", gb_exact(d->breakeven[1].us));
  gb_key(g, "break-even task length (interpolated)", "µs", gb_exact(d->breakeven[0].us),
         gb_exact(d->breakeven[1].us));
  gb_check(g, gb_exact(threads_first), true, 1, "threads win at the shortest task: %s",
           threads_first ? "yes" : "no");
  gb_check(g, gb_exact(procs_last), true, 1, "processes win at the longest task: %s",
           procs_last ? "yes" : "no");
}

/* E14: its lines and checks come from e14.c. */
static void gb_e14(GbAn *g, const char *id) {
  GbE14 *d = &g->x->u.e14;
  if (!gb_e14_collect(g->runs, id, d)) return;
  for (int i = 0; i < d->nchecks; i++)
    gb_check(g, d->checks[i].q, d->checks[i].ge, d->checks[i].t, "%s", d->checks[i].text);
  for (int i = 0; i < d->nderived; i++) {
    gb_derive(g, d->derived[i].key, d->derived[i].q);
    if (strcmp(d->derived[i].key, "priority_io_ratio") == 0) {
      g->x->key.what =
          "gil=priority: I/O ops/s beside 2P CPU threads over what the machine allows (5 ms)";
      g->x->key.unit = "×";
      g->x->key.gilpy = d->derived[i].q;
      g->x->key.cpython = gb_q_none;
    }
  }
  g->x->key.note = d->ruby_note;
}

typedef struct GbExp {
  GbExpInfo info;
  void (*analyze)(GbAn *g, const char *id);
} GbExp;

static const GbExp gb_exps[] = {
    {{"E1", "cpu-scaling",
      "CPU-bound threads give no speedup; processes give about N× (S0–S4; S1: "
      "4.50 s sequential, 4.48 s threaded, 2.30 s with 2 processes).",
      "threads/seq ≈ 1.0 (never > 1.1); procs/seq ≥ 0.9·min(N, P).", "e01_cpu_scaling",
      "CPU-bound threads give no speedup; processes do"},
     gb_e1},
    {{"E2", "io-overlap",
      "I/O-bound threads overlap their waits (S1: 5 requests, 2.50 s → 0.52 s).",
      "threads ≈ N× faster until the server's concurrency or the CPU bounds it (checked for N ≤ "
      "8: ≥ 0.8 × N(L + c)/(L + N·c), the best N requests of wait L can do when the CPU time c "
      "each needs beyond its wait, measured sequentially, runs one request at a time).",
      "e02_io_overlap", "I/O-bound threads overlap their waits"},
     gb_e2},
    {{"E3", "race", "`counter += 1` from 2 threads \"may not be 2,000,000\" (S1).",
      "legacy and none lose updates; new (switches only at backward jumps and calls, CPython ≥ "
      "3.10) loses none, nor do fifo, priority and fair (they switch where new does); with a "
      "Lock nothing is lost in any model.",
      "e03_race", "`counter += 1` from threads can lose updates"},
     gb_e3},
    {{"E4", "free-threading",
      "No-GIL threads run in parallel, single-threaded code is slower (S1, S4).",
      "gil=none: threads ≈ min(N, P)× (checked: ≥ 0.8·min(N, P)), for a loop over locals and for "
      "code of objects and methods; the 1-thread overhead of none over new reported as a % for "
      "each.",
      "e04_free_threading", "no-GIL threads run in parallel"},
     gb_e4},
    {{"E5", "native-release",
      "C extensions that release the GIL run in parallel under threads (S2, S3).",
      "threads ≈ procs ≈ min(N, P)× (checked: ≥ 0.8·min(N, P)).", "e05_native_release",
      "C code that releases the GIL runs in parallel"},
     gb_e5},
    {{"E6", "time-slots",
      "The GIL passes between threads in time slots (S2 table T1/T2/T3; S1 timeline).",
      "each of 3 threads holds the GIL for about one interval (5 ms) in turn.", "e06_time_slots",
      "the GIL passes between threads in time slots"},
     gb_e6},
    {{"E7", "switch-interval",
      "The interpreter releases the GIL after N instructions or a time "
      "interval (S3).",
      "switches/s ∝ 1/interval (log-log slope between -1.4 and -0.6); throughput falls at tiny "
      "intervals.",
      "e07_switch_interval", "the GIL is released every interval"},
     gb_e7},
    {{"E8", "convoy",
      "An I/O thread beside a CPU-bound thread waits for the GIL at each I/O "
      "(Beazley 2010, bpo-7946).",
      "new: each I/O op costs about one interval when k ≥ 1 (CPython 3.11: ≈15 000 ops/s alone, "
      "≈500 beside one CPU thread, ≈50 beside two, at 5 ms); legacy and none much less; shorter "
      "intervals soften it.",
      "e08_convoy", "an I/O thread beside CPU threads waits for the GIL"},
     gb_e8},
    {{"E9", "thrash",
      "On several cores, CPU threads under the old GIL run slower than on one "
      "(Beazley 2009: 24.6 s sequential, 45.5 s on 2 cores, 38.0 s on 1).",
      "gil=legacy: threads spread over 2 cores slower than pinned to 1 core; the ratio reported.",
      "e09_thrash", "old GIL: CPU threads slower on 2 cores than on 1"},
     gb_e9},
    {{"E10", "subinterpreters",
      "One GIL per interpreter: threads with separate interpreters run "
      "in parallel (PEP 684, Python 3.12).",
      "≈ min(N, P)× (checked: ≥ 0.8·min(N, P)); drawn on E1's figure.", "e01_cpu_scaling",
      "subinterpreters run in parallel"},
     gb_e10},
    {{"E11", "mixed", "Threads help exactly as far as the work waits (S1 summary table).",
      "threads speedup ≈ 1/(f + (1−f)/N) (Amdahl; checked within ±25%).", "e11_mixed",
      "threads help as far as the work waits (Amdahl)"},
     gb_e11},
    {{"E12", "process-cost", "Processes cost start-up and IPC (S2 table: higher overhead).",
      "threads win for short tasks, processes for long CPU-bound ones; the break-even task length "
      "reported.",
      "e12_process_cost", "processes cost start-up; they win for long tasks"},
     gb_e12},
    {{"E14", "convoy designs",
      "The convoy of E8 comes from the GIL's hand-off rule; another rule fixes it (bpo-7946: "
      "I/O priority, BFS).",
      "priority keeps an I/O thread's ops/s within 2× of what the machine allows (its rate "
      "alone, or gil=none's at the same k if lower) at every k; fifo (Ruby ≤ 3.2's GVL, "
      "barging included) at Ruby's 100 ms quantum, where Ruby is measured, does an I/O rate "
      "at the largest k within 2× of real Ruby's; the CPU "
      "throughput each design costs the k CPU-bound threads reported against new at 5 ms.",
      "e14_convoy_designs", "another GIL design ends the I/O convoy"},
     gb_e14},
};
#define GB_NEXPS (sizeof gb_exps / sizeof *gb_exps)

/* --- the whole document --- */

/* What the machine's cores delivered: P processes of E1's (else E5's) work
** on P cores against one after another, round by round, and a task's own
** CPU time alone and side by side. */
static void gb_capacity(GbAn *g) {
  GbCapacity *c = &g->a->capacity;
  int P = g->a->P;
  const json_t *best = NULL, *seq = NULL;
  const char *exps[] = {"E1", "E5"};
  for (int i = 0; i < 2 && !best; i++) {
    GbSel s = {.exp = exps[i], .impl = "gilpy", .mode = "procs", .workers = P};
    best = gb_find(g->runs, s);
    s.mode = "seq";
    seq = gb_find(g->runs, s);
  }
  c->speedup = gb_speedup(best);
  if (P < 2 || isnan(c->speedup.v)) return;
  c->shown = true;
  c->short_of = c->speedup.lo < 0.9 * P;
  c->exp = gb_rs(best, "experiment");
  c->has_rounds = gb_round_range(seq, best, &c->round_lo, &c->round_hi);
  c->cpu_alone = gb_worker_range(seq, "cpu_s");
  c->cpu_side = gb_worker_range(best, "cpu_s");
  c->handoff = gb_handoff_range(best);
  c->runq_frac = gb_rn(best, "runq_wait_frac");
  c->steal_frac = gb_rn(best, "steal_frac");
}

/* The speedup of r as the tables give it (paired by round when measured
** so), else the ratio of the medians base / t. */
static double gb_seed_x(const json_t *r, double base, double t) {
  double x = gb_speedup(r).v;
  return isnan(x) ? base / t : x;
}

/* The seeds' own form, from E1 at N = 2 (S1's two tasks) and E2 at N = 5. */
static void gb_seeds(GbAn *g) {
  GbSeeds *d = &g->a->seeds;
  const char *impls[] = {"gilpy", "cpython"};
  for (int i = 0; i < 2; i++) {
    GbSel base = {.exp = "E1", .impl = impls[i], .gil = "new", .workers = 2, .entry = "squares"};
    GbSel s = base, t = base, p = base;
    s.mode = "seq";
    t.mode = "threads";
    p.mode = "procs";
    const json_t *rs = gb_find(g->runs, s), *rt = gb_find(g->runs, t), *rp = gb_find(g->runs, p);
    if (!rs || !rt) continue;
    double a = gb_time(rs).v, b = gb_time(rt).v, c = rp ? gb_time(rp).v : NAN;
    d->cpu[i].shown = true;
    d->cpu[i].seq = a;
    d->cpu[i].threads = b;
    d->cpu[i].procs = c;
    d->cpu[i].x_threads = gb_seed_x(rt, a, b);
    d->cpu[i].x_procs = gb_seed_x(rp, a, c);
    d->cpu[i].naive_threads = a / b;
    d->cpu[i].naive_procs = a / c;
    d->cpu[i].n = gb_argf(rs, 0);
    d->cpu[i].calibrated = json_is_number(json_object_get(rs, "calibrated"));
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
    d->io[i].shown = true;
    d->io[i].requests = (int)gb_rn(best, "workers");
    d->io[i].latency_ms = gb_rn(best, "latency_ms");
    d->io[i].threaded = gb_time(best).v;
    d->io[i].speedup = sp.v;
    GbSel s = {.exp = "E2",
               .impl = impls[i],
               .mode = "seq",
               .entry = "fetch_n",
               .workers = d->io[i].requests,
               .lat = d->io[i].latency_ms};
    d->io[i].seq = gb_time(gb_find(g->runs, s)).v;
    d->io[i].naive = d->io[i].seq / d->io[i].threaded;
  }
}

GbAnalysis *gb_analyze(const json_t *doc) {
  GbAnalysis *a = calloc(1, sizeof *a);
  if (!a) return NULL;
  GbAn g = {.doc = doc, .runs = gb_doc_runs(doc), .a = a};
  a->P = gb_doc_cores(doc);
  size_t i;
  json_t *r;
  json_array_foreach(g.runs, i, r) if (gb_is_cpython(r)) a->cpython = gb_run_interp(r);
  gb_capacity(&g);
  gb_seeds(&g);
  for (size_t k = 0; k < GB_NEXPS; k++) {
    const GbExp *e = &gb_exps[k];
    if (!gb_find(g.runs, (GbSel){.exp = e->info.id})) continue;
    g.x = &a->exps[a->nexps++];
    g.x->info = &e->info;
    g.x->key = (GbKey){.gilpy = gb_q_none, .cpython = gb_q_none};
    e->analyze(&g, e->info.id);
    gb_check_unfinished(&g, e->info.id);
  }
  if (a->nexps == 0) gb_tasks_analyze(g.runs, &a->tasks);
  gb_fidelity_analyze(g.runs, &a->fidelity);
  gb_disturbed_analyze(g.runs, a);
  if (g.oom) {
    gb_analysis_free(a);
    return NULL;
  }
  return a;
}

void gb_analysis_free(GbAnalysis *a) {
  if (!a) return;
  for (int k = 0; k < a->nexps; k++)
    free(a->exps[k].checks);
  free(a);
}
