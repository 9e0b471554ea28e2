/*
** reader.c — gilbench-result/1 documents read back: the file, and each
** recorded field as a C value (NaN or "" when absent).
*/
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check.h"
#include "gb.h"
#include "reader.h"
#include "results.h"

const GbQ gb_q_none = {NAN, NAN, NAN};

json_t *gb_results_load(const char *path, char *err, size_t errlen) {
  json_error_t je;
  struct stat st;
  if (stat(path, &st) != 0) { /* not jansson's "unable to open ... (line -1)" */
    snprintf(err, errlen, "cannot read %s: %s", path, strerror(errno));
    return NULL;
  }
  if (!S_ISREG(st.st_mode)) {
    snprintf(err, errlen, "cannot read %s: not a regular file", path);
    return NULL;
  }
  json_t *doc = json_load_file(path, 0, &je);
  if (!doc) {
    if (je.line > 0)
      snprintf(err, errlen, "%s: %s (line %d)", path, je.text, je.line);
    else
      snprintf(err, errlen, "%s: %s", path, je.text);
    return NULL;
  }
  const char *schema = json_string_value(json_object_get(doc, "schema"));
  if (!schema || strcmp(schema, GB_SCHEMA) != 0) {
    snprintf(err, errlen, "%s: not a %s file (schema: %s)", path, GB_SCHEMA,
             schema ? schema : "missing");
    json_decref(doc);
    return NULL;
  }
  char why[512];
  if (gb_results_check(doc, why, sizeof why) < 0) { /* readers trust the stored stats */
    snprintf(err, errlen, "%s: inconsistent results: %s", path, why);
    json_decref(doc);
    return NULL;
  }
  return doc;
}

const char *gb_rs(const json_t *o, const char *k) {
  const char *s = json_string_value(json_object_get(o, k));
  return s ? s : "";
}

double gb_rn(const json_t *o, const char *k) {
  json_t *v = json_object_get(o, k);
  return json_is_number(v) ? json_number_value(v) : NAN;
}

double gb_ci(const json_t *o, int i) {
  json_t *v = json_array_get(json_object_get(o, "ci95"), (size_t)i);
  return json_is_number(v) ? json_number_value(v) : NAN;
}

long long gb_ri(const json_t *o, const char *k) {
  return (long long)json_integer_value(json_object_get(o, k));
}

const char *gb_run_interp(const json_t *r) {
  const char *s = json_string_value(json_object_get(r, "interpreter"));
  return s ? s : "gilpy";
}

bool gb_is_cpython(const json_t *r) {
  return strncmp(gb_run_interp(r), "cpython", 7) == 0;
}

bool gb_is_gilpy(const json_t *r) {
  return !gb_is_cpython(r) && !gb_is_ruby(r);
}

bool gb_is_ruby(const json_t *r) {
  return strncmp(gb_run_interp(r), "ruby", 4) == 0;
}

const char *gb_run_impl(const json_t *r) {
  return gb_is_cpython(r) ? "cpython" : gb_is_ruby(r) ? "ruby" : "gilpy";
}

char *gb_run_key(const json_t *r) {
  json_t *args = json_object_get(r, "args");
  char *a = args ? json_dumps(args, JSON_COMPACT) : NULL;
  json_t *lat = json_object_get(r, "latency_ms");
  const char *wl = gb_rs(r, "workload"), *base = strrchr(wl, '/');
  /* A reference run does not depend on the embedded interpreter's GIL model
  ** or check interval: CPython has only its switch interval, Ruby its
  ** quantum. */
  bool ref = !gb_is_gilpy(r);
  char *k = gb_asprintf(
      "%s|%s|%s|%s|%s|%s|%lld|%s|%g|%lld|%s|%g", gb_rs(r, "experiment"), gb_run_impl(r),
      base ? base + 1 : wl, gb_rs(r, "entry"), a ? a : "[]", gb_rs(r, "mode"), gb_ri(r, "workers"),
      ref ? "-" : gb_rs(r, "gil"), json_number_value(json_object_get(r, "switch_interval")),
      ref ? 0LL : gb_ri(r, "check_interval"), gb_rs(r, "pin"), lat ? json_number_value(lat) : -1.0);
  free(a);
  return k;
}

bool gb_ok(const json_t *r) {
  return strcmp(gb_rs(r, "status"), "ok") == 0;
}

const char *gb_arg(const json_t *r, int i) {
  json_t *v = json_array_get(json_object_get(r, "args"), (size_t)i);
  static char buf[4][64];
  static int next;
  if (json_is_string(v)) return json_string_value(v);
  if (!v) return NULL;
  char *b = buf[next++ % 4]; /* numbers, if a writer stored them as such */
  snprintf(b, 64, "%.17g", json_number_value(v));
  return b;
}

double gb_argf(const json_t *r, int i) {
  const char *s = gb_arg(r, i);
  char *end;
  if (!s) return NAN;
  if (strcmp(s, "{calibrated}") == 0) return gb_rn(r, "calibrated");
  double x = strtod(s, &end);
  return end != s && !*end ? x : NAN;
}

GbQ gb_time(const json_t *r) {
  const json_t *st = json_object_get(r, "stats");
  if (!r || !st) return gb_q_none;
  return (GbQ){gb_rn(st, "median"), gb_ci(st, 0), gb_ci(st, 1)};
}

GbQ gb_speedup(const json_t *r) {
  const json_t *sp = json_object_get(r, "speedup");
  if (!r || !json_is_object(sp)) return gb_q_none;
  return (GbQ){gb_rn(sp, "value"), gb_ci(sp, 0), gb_ci(sp, 1)};
}

double *gb_walls(const json_t *r, int *n) {
  const json_t *ss = json_object_get(r, "samples");
  double *x = gb_calloc(json_array_size(ss) + 1, sizeof *x);
  size_t i;
  json_t *s;
  *n = 0;
  json_array_foreach(ss, i, s) x[(*n)++] = gb_rn(s, "wall_s");
  return x;
}

bool *gb_round_marks(const json_t *const *runs, int nr, int n) {
  bool *bad = gb_calloc((size_t)n + 1, sizeof *bad);
  for (int i = 0; i < nr; i++) {
    const json_t *ss = runs[i] ? json_object_get(runs[i], "samples") : NULL;
    for (int k = 0; k < n && k < (int)json_array_size(ss); k++) {
      const json_t *s = json_array_get(ss, (size_t)k), *own = json_object_get(s, "disturbed_own");
      bad[k] |= json_is_true(own ? own : json_object_get(s, "disturbed"));
    }
  }
  return bad;
}

bool gb_same_block(const json_t *a, const json_t *b) {
  const char *ba = gb_rs(a, "block");
  return *ba && strcmp(ba, gb_rs(b, "block")) == 0;
}

const json_t *gb_doc_runs(const json_t *doc) {
  return json_object_get(doc, "runs");
}

const char *gb_doc_machine(const json_t *doc, const char *k) {
  return gb_rs(json_object_get(doc, "machine"), k);
}

int gb_doc_cores_raw(const json_t *doc) {
  return (int)gb_ri(json_object_get(json_object_get(doc, "machine"), "topology"), "cores");
}

int gb_doc_cores(const json_t *doc) {
  int p = gb_doc_cores_raw(doc);
  return p < 1 ? 1 : p;
}

void gb_machine_line(const json_t *doc, char *buf, size_t len) {
  const json_t *m = json_object_get(doc, "machine"), *t = json_object_get(m, "topology");
  snprintf(buf, len, "%s: %s, %lld cores / %lld PUs, %s", gb_rs(m, "hostname"),
           gb_rs(m, "cpu_model"), gb_ri(t, "cores"), gb_ri(t, "pus"), gb_rs(m, "kernel"));
}
