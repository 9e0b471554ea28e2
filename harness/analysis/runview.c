/*
** runview.c — what a results record means: the derived quantities of a run
** that both the report and the export need, computed in one place.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gb.h"
#include "runview.h"
#include "stats.h"

int gb_cmpd(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

#define GB_MAX_VALUES 4096

/* Field key of every worker of every sample of r, where it is a number,
** into xs; their count. */
static int gb_worker_values(const json_t *r, const char *key, double *xs) {
  int n = 0;
  size_t i, k;
  json_t *s, *w;
  json_array_foreach(json_object_get(r, "samples"), i, s) {
    json_array_foreach(json_object_get(s, "workers"), k, w) {
      json_t *v = json_object_get(w, key);
      if (json_is_number(v) && n < GB_MAX_VALUES) xs[n++] = json_number_value(v);
    }
  }
  return n;
}

/* Median, min and max of xs[0..n) (sorted in place). */
static GbQ gb_range(double *xs, int n) {
  if (n == 0) return gb_q_none;
  qsort(xs, (size_t)n, sizeof *xs, gb_cmpd);
  double med = n % 2 ? xs[n / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2;
  return (GbQ){med, xs[0], xs[n - 1]};
}

GbQ gb_worker_range(const json_t *r, const char *key) {
  double xs[GB_MAX_VALUES];
  return gb_range(xs, gb_worker_values(r, key, xs));
}

GbQ gb_handoff_range(const json_t *r) {
  double xs[GB_MAX_VALUES];
  int n = 0;
  size_t i, k;
  json_t *s, *w;
  json_array_foreach(json_object_get(r, "samples"), i, s) {
    double slowest = -INFINITY;
    json_array_foreach(json_object_get(s, "workers"), k, w) {
      slowest = fmax(slowest, json_number_value(json_object_get(w, "wall_s")));
    }
    double wall = json_number_value(json_object_get(s, "wall_s"));
    if (isfinite(slowest) && n < GB_MAX_VALUES) xs[n++] = wall - slowest;
  }
  return gb_range(xs, n);
}

GbQ gb_result(const json_t *r) {
  return gb_worker_range(r, "result");
}

GbQ gb_result_ci(const json_t *r) {
  double xs[GB_MAX_VALUES];
  GbStats st;
  int n = gb_worker_values(r, "result", xs);
  if (n == 0) return gb_q_none;
  gb_stats_compute(xs, n, &st);
  return (GbQ){st.median, st.ci_lo, st.ci_hi};
}

GbQ gb_total(const json_t *r) {
  GbQ q = gb_time(r);
  double s = gb_rn(r, "startup_s");
  if (isnan(s)) s = 0;
  return (GbQ){q.v + s, q.lo + s, q.hi + s};
}

double gb_gil_rate(const json_t *r, const char *counter) {
  double wall = 0;
  size_t i;
  json_t *s;
  json_array_foreach(json_object_get(r, "samples"), i, s) wall += gb_rn(s, "wall_s");
  double n = gb_rn(json_object_get(r, "gil_totals"), counter);
  return wall > 0 && gb_is_gilpy(r) ? n / wall : NAN;
}

double gb_switch_rate(const json_t *r) {
  return gb_gil_rate(r, "switches");
}

GbQ gb_time_ratio(const json_t *a, const json_t *b) {
  if (!a || !b || !gb_ok(a) || !gb_ok(b)) return gb_q_none;
  int na, nb;
  double *x = gb_walls(a, &na), *y = gb_walls(b, &nb);
  GbSpeedup sp;
  const json_t *both[2] = {a, b};
  bool *bad = gb_round_marks(both, 2, na);
  gb_stats_speedup_of(x, na, y, nb, gb_same_block(a, b), bad, &sp);
  free(bad);
  free(x);
  free(y);
  return sp.valid ? (GbQ){sp.value, sp.lo, sp.hi} : gb_q_none;
}

bool gb_round_range(const json_t *a, const json_t *b, double *lo, double *hi) {
  if (!a || !b || !gb_same_block(a, b)) return false;
  int na, nb;
  double *x = gb_walls(a, &na), *y = gb_walls(b, &nb);
  *lo = INFINITY;
  *hi = -INFINITY;
  for (int i = 0; i < na && na == nb; i++) {
    *lo = fmin(*lo, x[i] / y[i]);
    *hi = fmax(*hi, x[i] / y[i]);
  }
  free(x);
  free(y);
  return na > 0 && na == nb;
}

GbQ gb_efficiency_q(const json_t *r, int cores) {
  double n = gb_rn(r, "workers"), d = n < cores ? n : cores;
  GbQ q = gb_speedup(r);
  return (GbQ){q.v / d, q.lo / d, q.hi / d};
}

double gb_efficiency(const json_t *r, int cores) {
  return gb_efficiency_q(r, cores).v;
}

bool gb_time_differs(const json_t *r, const json_t *base) {
  GbQ a = gb_time(r), b = gb_time(base);
  if (a.lo > b.hi || a.hi < b.lo) return true;
  int nx, ny;
  double *x = gb_walls(r, &nx), *y = gb_walls(base, &ny);
  bool differs = gb_stats_mann_whitney(x, nx, y, ny) < 0.05;
  free(x);
  free(y);
  return differs;
}

GbQ gb_gmean(const GbQ *qs, int n) {
  double s[3] = {0, 0, 0};
  int m = 0;
  for (int i = 0; i < n; i++) {
    double v[3] = {qs[i].v, qs[i].lo, qs[i].hi};
    if (!(v[0] > 0) || !(v[1] > 0) || !(v[2] > 0)) continue;
    for (int k = 0; k < 3; k++)
      s[k] += log(v[k]);
    m++;
  }
  return m ? (GbQ){exp(s[0] / m), exp(s[1] / m), exp(s[2] / m)} : gb_q_none;
}

bool gb_traced(const json_t *r) {
  return gb_ok(r) && json_array_size(json_object_get(r, "trace")) > 0;
}

GbHold *gb_holds(const json_t *r, int *n, int *nlanes) {
  const json_t *trace = json_object_get(r, "trace");
  GbHold *out =
      malloc((json_array_size(trace) + 1) * sizeof *out); /* an interval per event at most */
  int lanes[64], nl = 0;
  double open_take[64], open_wait[64];
  size_t i;
  json_t *ev;
  *n = *nlanes = 0;
  if (!out) return NULL;
  json_array_foreach(trace, i, ev) {
    double t = (double)json_integer_value(json_array_get(ev, 0)) / 1e6;
    int id = (int)(json_integer_value(json_array_get(ev, 1)) * 1000 +
                   json_integer_value(json_array_get(ev, 2)));
    const char *kind = json_string_value(json_array_get(ev, 3));
    if (!kind) continue;
    int l = 0;
    while (l < nl && lanes[l] != id)
      l++;
    if (l == nl) {
      if (nl == 64) continue;
      lanes[nl] = id;
      open_take[nl] = open_wait[nl] = NAN;
      nl++;
    }
    if (strcmp(kind, "wait") == 0) {
      open_wait[l] = t;
    } else if (strcmp(kind, "take") == 0) {
      if (!isnan(open_wait[l])) out[(*n)++] = (GbHold){l, open_wait[l], t, true};
      open_wait[l] = NAN;
      open_take[l] = t;
    } else if (strcmp(kind, "drop") == 0 && !isnan(open_take[l])) {
      out[(*n)++] = (GbHold){l, open_take[l], t, false};
      open_take[l] = NAN;
    }
  }
  *nlanes = nl;
  return out;
}

bool gb_hold_counts(const GbHold *h, double si_ms) {
  return !h->wait && h->t1 - h->t0 > 0.05 * si_ms;
}

GbQ gb_hold_ms(const json_t *r) {
  if (!gb_traced(r)) return gb_q_none;
  int n, nl, nd = 0;
  GbHold *h = gb_holds(r, &n, &nl);
  double *dur = malloc(((size_t)n + 1) * sizeof *dur), si = gb_rn(r, "switch_interval") * 1e3;
  GbQ q = gb_q_none;
  if (h && dur) {
    for (int k = 0; k < n; k++)
      if (gb_hold_counts(&h[k], si)) dur[nd++] = h[k].t1 - h[k].t0;
    if (nd > 0) {
      qsort(dur, (size_t)nd, sizeof *dur, gb_cmpd);
      q = (GbQ){dur[nd / 2], dur[nd / 4], dur[(3 * nd) / 4]};
    }
  }
  free(h);
  free(dur);
  return q;
}
