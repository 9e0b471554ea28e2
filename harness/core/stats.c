/*
** stats.c — statistics of samples. Benchmarks' time distributions are
** skewed (a few slow outliers), so the median is the centre we report and
** its interval is a bootstrap one: resample with replacement, take the
** median of each resample, keep the 2.5th and 97.5th percentiles. The
** speedup interval resamples both runs independently and does the same on
** the ratio of medians — unless the two runs were measured in rounds side
** by side (rounds.c): then each round's ratio already cancels what the
** machine did to both, and the speedup is the median of those ratios.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "stats.h"

#define GB_BOOT 2000

static int gb_cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double gb_median_sorted(const double *s, int n) {
  return n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

static double gb_median(const double *x, int n, double *tmp) {
  memcpy(tmp, x, (size_t)n * sizeof *tmp);
  qsort(tmp, (size_t)n, sizeof *tmp, gb_cmp_double);
  return gb_median_sorted(tmp, n);
}

/* Percentile q of sorted s, linear interpolation between order statistics. */
static double gb_quantile(const double *s, int n, double q) {
  double pos = q * (n - 1);
  int i = (int)pos;
  if (i >= n - 1) return s[n - 1];
  return s[i] + (pos - i) * (s[i + 1] - s[i]);
}

/* xorshift64*: a tiny deterministic generator, good enough for resampling. */
static uint64_t gb_rand(uint64_t *st) {
  *st ^= *st >> 12;
  *st ^= *st << 25;
  *st ^= *st >> 27;
  return *st * 2685821657736338717ULL;
}

static double gb_resample_median(const double *x, int n, double *tmp, uint64_t *st) {
  for (int i = 0; i < n; i++)
    tmp[i] = x[gb_rand(st) % (uint64_t)n];
  qsort(tmp, (size_t)n, sizeof *tmp, gb_cmp_double);
  return gb_median_sorted(tmp, n);
}

void gb_stats_compute(const double *x, int n, GbStats *o) {
  memset(o, 0, sizeof *o);
  o->n = n;
  if (n <= 0) return;
  double *tmp = gb_calloc((size_t)n, sizeof *tmp);
  double *boot = gb_calloc(GB_BOOT, sizeof *boot);
  double sum = 0;
  o->min = x[0];
  for (int i = 0; i < n; i++) {
    sum += x[i];
    if (x[i] < o->min) o->min = x[i];
  }
  o->mean = sum / n;
  double ss = 0;
  for (int i = 0; i < n; i++)
    ss += (x[i] - o->mean) * (x[i] - o->mean);
  o->stddev = n > 1 ? sqrt(ss / (n - 1)) : 0;
  o->cv = o->mean > 0 ? o->stddev / o->mean : 0;
  o->cv_high = o->cv > GB_CV_LIMIT;
  o->median = gb_median(x, n, tmp);
  uint64_t st = 0x9E3779B97F4A7C15ULL;
  for (int b = 0; b < GB_BOOT; b++)
    boot[b] = gb_resample_median(x, n, tmp, &st);
  qsort(boot, GB_BOOT, sizeof *boot, gb_cmp_double);
  o->ci_lo = gb_quantile(boot, GB_BOOT, 0.025);
  o->ci_hi = gb_quantile(boot, GB_BOOT, 0.975);
  free(tmp);
  free(boot);
}

void gb_stats_speedup(const double *base, int nb, const double *x, int n, GbSpeedup *o) {
  memset(o, 0, sizeof *o);
  if (nb <= 0 || n <= 0) return;
  double *tmp = gb_calloc((size_t)(nb > n ? nb : n), sizeof *tmp);
  double *boot = gb_calloc(GB_BOOT, sizeof *boot);
  double mx = gb_median(x, n, tmp);
  o->baseline_median = gb_median(base, nb, tmp);
  if (mx > 0) {
    o->valid = true;
    o->value = o->baseline_median / mx;
    uint64_t st = 0xD1B54A32D192ED03ULL;
    for (int b = 0; b < GB_BOOT; b++) {
      double mb = gb_resample_median(base, nb, tmp, &st);
      double mm = gb_resample_median(x, n, tmp, &st);
      boot[b] = mm > 0 ? mb / mm : o->value;
    }
    qsort(boot, GB_BOOT, sizeof *boot, gb_cmp_double);
    o->lo = gb_quantile(boot, GB_BOOT, 0.025);
    o->hi = gb_quantile(boot, GB_BOOT, 0.975);
  }
  free(tmp);
  free(boot);
}

static void gb_stats_speedup_paired(const double *base, const double *x, int n, GbSpeedup *o) {
  double *ratio = gb_calloc((size_t)n, sizeof *ratio), *tmp = gb_calloc((size_t)n, sizeof *tmp);
  GbStats st;
  memset(o, 0, sizeof *o);
  for (int i = 0; i < n; i++) {
    if (!(x[i] > 0)) goto done;
    ratio[i] = base[i] / x[i];
  }
  gb_stats_compute(ratio, n, &st);
  *o = (GbSpeedup){.valid = true,
                   .paired = true,
                   .baseline_median = gb_median(base, n, tmp),
                   .value = st.median,
                   .lo = st.ci_lo,
                   .hi = st.ci_hi};
done:
  free(ratio);
  free(tmp);
}

int gb_stats_clean_min(int n) {
  return (n + 1) / 2 > 3 ? (n + 1) / 2 : 3;
}

/* The paired speedup over the rounds bad does not mark, if enough remain. */
static bool gb_stats_speedup_clean(const double *base, const double *x, int n, const bool *bad,
                                   GbSpeedup *o) {
  int m = 0;
  for (int i = 0; i < n; i++)
    m += !bad[i];
  if (m == n || m < gb_stats_clean_min(n)) return false;
  double *b = gb_calloc((size_t)m, sizeof *b), *y = gb_calloc((size_t)m, sizeof *y);
  for (int i = 0, j = 0; i < n; i++)
    if (!bad[i]) {
      b[j] = base[i];
      y[j++] = x[i];
    }
  gb_stats_speedup_paired(b, y, m, o);
  o->rounds = m;
  o->left_out = n - m;
  free(b);
  free(y);
  return true;
}

void gb_stats_speedup_of(const double *base, int nb, const double *x, int n, bool paired,
                         const bool *bad, GbSpeedup *o) {
  if (!paired || nb != n || n <= 0) {
    gb_stats_speedup(base, nb, x, n, o);
  } else if (!bad || !gb_stats_speedup_clean(base, x, n, bad, o)) {
    gb_stats_speedup_paired(base, x, n, o);
    o->rounds = n;
  }
}

/* Number of arrangements of n1 x's and n2 y's with U = u, for every u:
** c(n1, n2, u) = c(n1 - 1, n2, u - n2) + c(n1, n2 - 1, u). */
static double *gb_mw_counts(int n1, int n2) {
  int umax = n1 * n2;
  double *prev = gb_calloc((size_t)(n2 + 1) * (size_t)(umax + 1), sizeof *prev);
  double *cur = gb_calloc((size_t)(n2 + 1) * (size_t)(umax + 1), sizeof *cur);
#define GB_AT(a, j, u) (a)[(size_t)(j) * (size_t)(umax + 1) + (size_t)(u)]
  for (int j = 0; j <= n2; j++) /* n1 = 0: only U = 0 */
    GB_AT(prev, j, 0) = 1;
  for (int i = 1; i <= n1; i++) {
    memset(cur, 0, (size_t)(n2 + 1) * (size_t)(umax + 1) * sizeof *cur);
    GB_AT(cur, 0, 0) = 1;
    for (int j = 1; j <= n2; j++)
      for (int u = 0; u <= i * j; u++)
        GB_AT(cur, j, u) = (u >= j ? GB_AT(prev, j, u - j) : 0) + GB_AT(cur, j - 1, u);
    double *t = prev;
    prev = cur;
    cur = t;
  }
  double *out = gb_calloc((size_t)umax + 1, sizeof *out);
  for (int u = 0; u <= umax; u++)
    out[u] = GB_AT(prev, n2, u);
#undef GB_AT
  free(prev);
  free(cur);
  return out;
}

double gb_stats_mann_whitney(const double *x, int n1, const double *y, int n2) {
  if (n1 == 0 || n2 == 0) return 1;
  double u = 0; /* pairs where x wins, ties count half */
  for (int i = 0; i < n1; i++)
    for (int j = 0; j < n2; j++)
      u += x[i] > y[j] ? 1 : x[i] == y[j] ? 0.5 : 0;
  double mean = n1 * n2 / 2.0, dev = fabs(u - mean);
  if (n1 * n2 <= 400) {
    double *c = gb_mw_counts(n1, n2), total = 0, tail = 0;
    for (int k = 0; k <= n1 * n2; k++) {
      total += c[k];
      if (fabs(k - mean) >= dev - 1e-9) tail += c[k];
    }
    free(c);
    return tail / total;
  }
  double sd = sqrt(n1 * n2 * (n1 + n2 + 1) / 12.0);
  double z = (dev - 0.5) / sd;
  return erfc(z / sqrt(2));
}
