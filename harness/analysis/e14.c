/*
** e14.c — E14's numbers (e14.h).
*/
#include "e14.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stats.h"

#define GB_E14_MAXV 1024

/* Parses "io=R cpu=C share=S0,S1,..."; false if io or cpu is missing. */
static bool gb_e14_parse(const char *s, double *io, double *cpu, double *ioshare, double *cpulo,
                         double *cpuhi) {
  const char *p = strstr(s, "io="), *q = strstr(s, "cpu="), *sh = strstr(s, "share=");
  if (!p || !q) return false;
  *io = strtod(p + 3, NULL);
  *cpu = strtod(q + 4, NULL);
  *ioshare = *cpulo = *cpuhi = NAN;
  if (!sh) return true;
  char *end;
  const char *x = sh + 6;
  for (int i = 0;; i++) {
    double v = strtod(x, &end);
    if (end == x) break;
    if (i == 0)
      *ioshare = v;
    else {
      if (!(v >= *cpulo)) *cpulo = v; /* NaN compares false: the first sets it */
      if (!(v <= *cpuhi)) *cpuhi = v;
    }
    if (*end != ',') break;
    x = end + 1;
  }
  return true;
}

static double gb_median(double *x, int n) {
  if (n == 0) return NAN;
  qsort(x, (size_t)n, sizeof *x, gb_cmpd);
  return n % 2 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
}

static GbQ gb_med_ci(const double *x, int n) {
  if (n == 0) return gb_q_none;
  GbStats st;
  gb_stats_compute(x, n, &st);
  return (GbQ){st.median, st.ci_lo, st.ci_hi};
}

/* The parsed results of one or more runs' samples. */
typedef struct GbE14Vals {
  int n, ns; /* values with io and cpu; of them, with GIL shares */
  double io[GB_E14_MAXV], cpu[GB_E14_MAXV], ish[GB_E14_MAXV], clo[GB_E14_MAXV], chi[GB_E14_MAXV];
} GbE14Vals;

/* Appends every worker result of r's samples to v. */
static void gb_e14_gather(const json_t *r, GbE14Vals *v) {
  size_t i, k;
  json_t *s, *w;
  json_array_foreach(json_object_get(r, "samples"), i, s) {
    json_array_foreach(json_object_get(s, "workers"), k, w) {
      const char *txt = json_string_value(json_object_get(w, "result"));
      double a, b, c, d, e;
      if (!txt || v->n >= GB_E14_MAXV || !gb_e14_parse(txt, &a, &b, &c, &d, &e)) continue;
      v->io[v->n] = a;
      v->cpu[v->n++] = b;
      if (!isnan(c)) {
        v->ish[v->ns] = c;
        v->clo[v->ns] = d;
        v->chi[v->ns++] = e;
      }
    }
  }
}

GbE14Cell gb_e14_cell(const json_t *r) {
  static GbE14Vals v;
  v.n = v.ns = 0;
  gb_e14_gather(r, &v);
  GbE14Cell cell = {gb_med_ci(v.io, v.n), gb_med_ci(v.cpu, v.n), gb_median(v.ish, v.ns),
                    gb_median(v.clo, v.ns), gb_median(v.chi, v.ns)};
  return cell;
}

/* A gilpy run of exp with no CPU-bound thread beside the I/O thread. */
static bool gb_e14_alone_run(const json_t *r, const char *exp) {
  return strcmp(gb_rs(r, "experiment"), exp) == 0 && gb_ok(r) && gb_is_gilpy(r) &&
         gb_argf(r, 1) == 0;
}

/* The block whose k=0 runs are pooled: priority's, else the first one's. */
static const char *gb_e14_alone_block(const json_t *runs, const char *exp) {
  const char *first = NULL;
  size_t i;
  json_t *r;
  json_array_foreach(runs, i, r) {
    if (!gb_e14_alone_run(r, exp)) continue;
    if (strcmp(gb_rs(r, "gil"), "priority") == 0) return gb_rs(r, "block");
    if (!first) first = gb_rs(r, "block");
  }
  return first;
}

/* e->alone (e14.h's GbE14Alone). */
static void gb_e14_pool_alone(GbE14 *e, const json_t *runs, const char *exp) {
  static GbE14Vals v;
  v.n = v.ns = 0;
  GbE14Alone *a = &e->alone;
  *a = (GbE14Alone){gb_q_none, 0, 0, NAN, NAN};
  const char *block = gb_e14_alone_block(runs, exp);
  size_t i;
  json_t *r;
  json_array_foreach(runs, i, r) {
    if (!block || !gb_e14_alone_run(r, exp) || strcmp(gb_rs(r, "block"), block) != 0) continue;
    int n0 = v.n;
    gb_e14_gather(r, &v);
    if (v.n == n0) continue;
    double m = gb_med_ci(v.io + n0, v.n - n0).v;
    a->nlines++;
    if (!(m >= a->lo)) a->lo = m; /* NaN compares false: the first sets it */
    if (!(m <= a->hi)) a->hi = m;
  }
  a->n = v.n;
  a->q = gb_med_ci(v.io, v.n);
}

/* e->allowed and e->by_none (e14.h). */
static void gb_e14_allowed(GbE14 *e) {
  const GbE14Line *none = gb_e14_line(e, "none", NAN);
  for (int j = 0; j < e->nk; j++) {
    double c = none && e->ks[j] > 0 ? none->cell[j].io.v : NAN;
    e->by_none[j] = c < e->alone.q.v; /* false where either is NaN */
    e->allowed[j] = e->by_none[j] ? c : e->alone.q.v;
  }
}

static void gb_e14_clear(GbE14Line *l) {
  for (int k = 0; k < GB_E14_MAXK; k++)
    l->cell[k] = (GbE14Cell){gb_q_none, gb_q_none, NAN, NAN, NAN};
}

/* Models whose switch interval matters (legacy counts instructions, none has none). */
static GbE14Line *gb_e14_line_for(GbE14 *e, const json_t *r) {
  bool cpy = gb_is_cpython(r);
  const char *gil = gb_is_gilpy(r) ? gb_rs(r, "gil") : gb_run_impl(r);
  double si = gb_gil_timed(gil) ? gb_rn(r, "switch_interval") : NAN;
  for (int i = 0; i < e->nlines; i++) {
    GbE14Line *l = &e->lines[i];
    if (strcmp(l->gil, gil) == 0 && (isnan(si) || fabs(l->si - si) < 1e-12)) return l;
  }
  if (e->nlines >= GB_E14_MAXLINES) return NULL;
  GbE14Line *l = &e->lines[e->nlines++];
  snprintf(l->gil, sizeof l->gil, "%s", gil);
  l->si = si;
  if (isnan(si))
    snprintf(l->label, sizeof l->label, "%s", gil);
  else
    snprintf(l->label, sizeof l->label, "%s, %g ms", cpy ? gb_run_interp(r) : gil, si * 1e3);
  if (gb_is_ruby(r)) /* its quantum is Ruby's own, not a setting */
    snprintf(l->label, sizeof l->label, "%s GVL, %g ms", gb_run_interp(r), si * 1e3);
  gb_e14_clear(l);
  return l;
}

const GbE14Line *gb_e14_line(const GbE14 *e, const char *gil, double si) {
  for (int i = 0; i < e->nlines; i++) {
    const GbE14Line *l = &e->lines[i];
    if (strcmp(l->gil, gil) == 0 && (isnan(si) || isnan(l->si) || fabs(l->si - si) < 1e-12))
      return l;
  }
  return NULL;
}

static void gb_e14_add(GbE14 *e, GbQ q, bool ge, double t, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

static void gb_e14_add(GbE14 *e, GbQ q, bool ge, double t, const char *fmt, ...) {
  if (isnan(q.v) || isnan(t) || e->nchecks >= GB_E14_MAXCHECKS) return;
  GbE14Check *c = &e->checks[e->nchecks++];
  c->q = q;
  c->ge = ge;
  c->t = t;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(c->text, sizeof c->text, fmt, ap);
  va_end(ap);
}

/* The interpreter of exp's first Ruby run into e->ruby: whether Ruby was measured. */
static void gb_e14_ruby_interp(GbE14 *e, const json_t *runs, const char *exp) {
  size_t i;
  json_t *r;
  json_array_foreach(runs, i, r) {
    if (strcmp(gb_rs(r, "experiment"), exp) != 0 || !gb_is_ruby(r)) continue;
    e->ruby.measured = true;
    snprintf(e->ruby.interp, sizeof e->ruby.interp, "%s", gb_run_interp(r));
    return;
  }
}

/* fifo at Ruby's 100 ms against Ruby itself (GbE14Ruby), its checks, its
** derived number and its line for the verdict table. */
static void gb_e14_ruby(GbE14 *e) {
  GbE14Ruby *c = &e->ruby;
  const GbE14Line *fifo = gb_e14_line(e, "fifo", 0.1), *ruby = gb_e14_line(e, "ruby", NAN);
  c->k = NAN;
  for (int j = e->nk - 1; j >= 0 && fifo && ruby && isnan(c->k); j--) {
    if (e->ks[j] <= 0 || isnan(fifo->cell[j].io.v) || !(ruby->cell[j].io.v > 0)) continue;
    c->k = e->ks[j];
    c->fifo = fifo->cell[j].io;
    c->ruby = ruby->cell[j].io;
    c->ratio = (GbQ){c->fifo.v / c->ruby.v, c->fifo.lo / c->ruby.hi, c->fifo.hi / c->ruby.lo};
  }
  if (isnan(c->k)) {
    snprintf(e->ruby_note, sizeof e->ruby_note, "%s",
             c->measured ? "Ruby: no k with both fifo, 100 ms and Ruby" : "Ruby not measured");
    return;
  }
  double f = GB_E14_RUBY_FACTOR;
  gb_e14_add(e, c->ratio, false, f, "fifo, 100 ms, k=%g: %.3g I/O ops/s ≤ %g× %s's %.3g", c->k,
             c->fifo.v, f, c->interp, c->ruby.v);
  gb_e14_add(e, c->ratio, true, 1 / f, "fifo, 100 ms, k=%g: %.3g I/O ops/s ≥ %s's %.3g / %g", c->k,
             c->fifo.v, c->interp, c->ruby.v, f);
  if (e->nderived < GB_E14_MAXDERIVED)
    e->derived[e->nderived++] = (GbE14Derived){"fifo_ruby_io_ratio", c->ratio};
  snprintf(e->ruby_note, sizeof e->ruby_note, "fifo at 100 ms: %.3g ops/s; %s: %.3g ops/s (k=%g)",
           c->fifo.v, c->interp, c->ruby.v, c->k);
}

bool gb_e14_collect(const json_t *runs, const char *exp, GbE14 *e) {
  memset(e, 0, sizeof *e);
  size_t i;
  json_t *r;
  json_array_foreach(runs, i, r) {
    if (strcmp(gb_rs(r, "experiment"), exp) != 0 || !gb_ok(r)) continue;
    double k = gb_argf(r, 1);
    if (isnan(k)) continue;
    int j = 0;
    while (j < e->nk && e->ks[j] != k)
      j++;
    if (j == e->nk && e->nk < GB_E14_MAXK) e->ks[e->nk++] = k;
  }
  if (e->nk == 0) return false;
  qsort(e->ks, (size_t)e->nk, sizeof *e->ks, gb_cmpd);
  json_array_foreach(runs, i, r) {
    if (strcmp(gb_rs(r, "experiment"), exp) != 0 || !gb_ok(r)) continue;
    double k = gb_argf(r, 1);
    int j = 0;
    while (j < e->nk && e->ks[j] != k)
      j++;
    GbE14Line *l = j < e->nk ? gb_e14_line_for(e, r) : NULL;
    if (l && isnan(l->cell[j].io.v)) l->cell[j] = gb_e14_cell(r);
  }

  /* priority keeps the I/O rate within 2x of what the machine allows, at each k */
  gb_e14_pool_alone(e, runs, exp);
  gb_e14_allowed(e);
  for (int li = 0; li < e->nlines; li++) {
    const GbE14Line *l = &e->lines[li];
    if (strcmp(l->gil, "priority") != 0) continue;
    for (int j = 0; j < e->nk; j++) {
      double k = e->ks[j], t = e->allowed[j] / 2;
      if (k <= 0) continue;
      if (e->by_none[j])
        gb_e14_add(e, l->cell[j].io, true, t,
                   "%s, k=%g: %.0f I/O ops/s ≥ half gil=none's rate at k=%g (%.0f)", l->label, k,
                   l->cell[j].io.v, k, t);
      else
        gb_e14_add(e, l->cell[j].io, true, t,
                   "%s, k=%g: %.0f I/O ops/s ≥ half the rate alone (%.0f)", l->label, k,
                   l->cell[j].io.v, t);
    }
  }
  /* the summary: each design at 5 ms (legacy, none: as measured) at the largest k */
  static const char *const designs[] = {"new", "legacy", "none", "fifo", "priority", "fair"};
  static const char *const io_keys[] = {"new_io_ratio",  "legacy_io_ratio",   "none_io_ratio",
                                        "fifo_io_ratio", "priority_io_ratio", "fair_io_ratio"};
  static const char *const cpu_keys[] = {NULL,
                                         "legacy_cpu_change",
                                         "none_cpu_change",
                                         "fifo_cpu_change",
                                         "priority_cpu_change",
                                         "fair_cpu_change"};
  const GbE14Line *base = gb_e14_line(e, "new", 0.005);
  int kl = e->nk - 1;
  for (int d = 0; d < 6 && kl > 0 && e->allowed[kl] > 0; d++) {
    const GbE14Line *l = gb_e14_line(e, designs[d], 0.005);
    if (!l || isnan(l->cell[kl].io.v)) continue;
    double a = e->allowed[kl];
    GbQ io = l->cell[kl].io;
    e->derived[e->nderived++] = (GbE14Derived){io_keys[d], {io.v / a, io.lo / a, io.hi / a}};
    double b = base ? base->cell[kl].cpu.v : NAN;
    GbQ c = l->cell[kl].cpu;
    if (cpu_keys[d] && b > 0 && !isnan(c.v))
      e->derived[e->nderived++] =
          (GbE14Derived){cpu_keys[d], {c.v / b - 1, c.lo / b - 1, c.hi / b - 1}};
  }

  gb_e14_ruby_interp(e, runs, exp);
  gb_e14_ruby(e);
  return true;
}
