/*
** check.c — consistency of a results document's runs (check.h). The stored
** statistics are recomputed from the samples: n, min, mean and median are
** definitions, so any gilbench wrote them the same way (the bootstrap
** interval is not compared: its method may change between versions).
*/
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

static int gb_check_fail(char *err, size_t len, size_t i, const json_t *run, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static int gb_check_fail(char *err, size_t len, size_t i, const json_t *run, const char *fmt, ...) {
  const char *exp = json_string_value(json_object_get(run, "experiment"));
  const char *mode = json_string_value(json_object_get(run, "mode"));
  json_t *w = json_object_get(run, "workers");
  int n = snprintf(err, len, "runs[%zu]", i);
  if (n >= 0 && (size_t)n < len && (exp || mode))
    n += snprintf(err + n, len - (size_t)n, " (%s%s%s x%lld)", exp ? exp : "", exp ? " " : "",
                  mode ? mode : "?", json_is_integer(w) ? (long long)json_integer_value(w) : 0);
  if (n >= 0 && (size_t)n + 2 < len) {
    memcpy(err + n, ": ", 3);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err + n + 2, len - (size_t)n - 2, fmt, ap);
    va_end(ap);
  }
  return -1;
}

static int gb_check_cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* Stored with 12 significant digits (GB_JSON_FLAGS): equal to about 1e-9. */
static bool gb_check_close(const json_t *v, double want) {
  if (!json_is_number(v)) return false;
  double got = json_number_value(v);
  return fabs(got - want) <= 1e-9 * fmax(fabs(want), 1e-9);
}

static int gb_check_run(const json_t *run, size_t i, char *err, size_t len) {
  if (!json_is_object(run)) return gb_check_fail(err, len, i, NULL, "not an object");
  const json_t *samples = json_object_get(run, "samples"), *stats = json_object_get(run, "stats");
  if (!json_is_array(samples))
    return gb_check_fail(err, len, i, run, "samples missing or not a list");
  size_t n = json_array_size(samples);
  double *x = calloc(n + 1, sizeof *x);
  if (!x) return gb_check_fail(err, len, i, run, "out of memory");
  int rc = 0;
  for (size_t k = 0; k < n && rc == 0; k++) {
    const json_t *w = json_object_get(json_array_get(samples, k), "wall_s");
    if (!json_is_number(w) || !isfinite(json_number_value(w)) || json_number_value(w) < 0) {
      char *t = w ? json_dumps(w, JSON_ENCODE_ANY) : NULL;
      rc = gb_check_fail(err, len, i, run, "samples[%zu].wall_s is %s, not a time", k,
                         t ? t : "missing");
      free(t);
    } else {
      x[k] = json_number_value(w);
    }
  }
  if (rc == 0 && n == 0 && stats && !json_is_null(stats))
    rc = gb_check_fail(err, len, i, run, "no samples, but stats (samples removed?)");
  if (rc == 0 && n > 0) {
    qsort(x, n, sizeof *x, gb_check_cmp);
    double sum = 0;
    for (size_t k = 0; k < n; k++)
      sum += x[k];
    double median = n % 2 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
    const json_t *sn = json_object_get(stats, "n");
    if (!json_is_object(stats))
      rc = gb_check_fail(err, len, i, run, "%zu samples but no stats", n);
    else if (!json_is_integer(sn) || json_integer_value(sn) != (json_int_t)n)
      rc = gb_check_fail(err, len, i, run, "stats.n is %lld, but there are %zu samples",
                         json_is_integer(sn) ? (long long)json_integer_value(sn) : -1LL, n);
    else if (!gb_check_close(json_object_get(stats, "min"), x[0]) ||
             !gb_check_close(json_object_get(stats, "median"), median) ||
             !gb_check_close(json_object_get(stats, "mean"), sum / (double)n))
      rc = gb_check_fail(err, len, i, run,
                         "stats (median %g) do not match the samples (median %g): "
                         "the file was changed",
                         json_number_value(json_object_get(stats, "median")), median);
  }
  free(x);
  return rc;
}

int gb_results_check(const json_t *doc, char *err, size_t errlen) {
  const json_t *runs = json_object_get(doc, "runs");
  if (!json_is_array(runs)) {
    snprintf(err, errlen, "runs missing or not a list");
    return -1;
  }
  size_t i;
  json_t *run;
  json_array_foreach(runs, i, run) if (gb_check_run(run, i, err, errlen) < 0) return -1;
  return 0;
}
