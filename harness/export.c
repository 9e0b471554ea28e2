/*
** export.c — results to one data file per experiment (runs without an
** experiment are grouped by workload name) and one samples file beside it.
** Missing numbers are NaN and missing names "-", so every row has every
** column: gnuplot and spreadsheets both read that without configuration.
*/
#include <errno.h>
#include <jansson.h>
#include <libgen.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "export.h"
#include "gb.h"
#include "results.h"

static const char *const gb_key_cols[] = {
    "experiment", "workload", "mode", "workers", "gil", "switch_interval", "check_interval", "pin"};
#define GB_NKEY 8

typedef struct GbOut {
  FILE *f;
  bool csv;
  bool first; /* no separator before the first field of a row */
} GbOut;

static void gb_field_str(GbOut *o, const char *s) {
  if (!o->first) fputc(o->csv ? ',' : '\t', o->f);
  o->first = false;
  if (!s || !*s) s = "-";
  if (o->csv && strpbrk(s, ",\"\n")) {
    fputc('"', o->f);
    for (; *s; s++) {
      if (*s == '"') fputc('"', o->f);
      fputc(*s, o->f);
    }
    fputc('"', o->f);
    return;
  }
  for (; *s; s++) /* TSV has no quoting: tabs and newlines become spaces */
    fputc(*s == '\t' || *s == '\n' ? ' ' : *s, o->f);
}

static void gb_field_json(GbOut *o, json_t *v) {
  char buf[64];
  if (json_is_integer(v))
    snprintf(buf, sizeof buf, "%lld", (long long)json_integer_value(v));
  else if (json_is_real(v))
    snprintf(buf, sizeof buf, "%.9g", json_real_value(v));
  else if (json_is_string(v)) {
    gb_field_str(o, json_string_value(v));
    return;
  } else
    snprintf(buf, sizeof buf, "NaN");
  gb_field_str(o, buf);
}

static void gb_row_end(GbOut *o) {
  fputc('\n', o->f);
  o->first = true;
}

static void gb_header(GbOut *o, const char *const *extra, int n) {
  for (int i = 0; i < GB_NKEY; i++)
    gb_field_str(o, gb_key_cols[i]);
  for (int i = 0; i < n; i++)
    gb_field_str(o, extra[i]);
  gb_row_end(o);
}

static void gb_key_fields(GbOut *o, json_t *run) {
  for (int i = 0; i < GB_NKEY; i++)
    gb_field_json(o, json_object_get(run, gb_key_cols[i]));
}

static json_t *gb_ci(json_t *obj, int i) {
  return json_array_get(json_object_get(obj, "ci95"), (size_t)i);
}

static void gb_run_row(GbOut *o, json_t *run) {
  json_t *st = json_object_get(run, "stats"), *sp = json_object_get(run, "speedup");
  gb_key_fields(o, run);
  gb_field_json(o, json_object_get(st, "median"));
  gb_field_json(o, gb_ci(st, 0));
  gb_field_json(o, gb_ci(st, 1));
  gb_field_json(o, json_object_get(sp, "value"));
  gb_field_json(o, gb_ci(sp, 0));
  gb_field_json(o, gb_ci(sp, 1));
  gb_field_json(o, json_object_get(st, "cv"));
  gb_field_json(o, json_object_get(run, "status"));
  gb_row_end(o);
}

static void gb_sample_rows(GbOut *o, json_t *run) {
  size_t i;
  json_t *s;
  json_array_foreach(json_object_get(run, "samples"), i, s) {
    char rep[24];
    snprintf(rep, sizeof rep, "%zu", i);
    gb_key_fields(o, run);
    gb_field_str(o, rep);
    gb_field_json(o, json_object_get(s, "wall_s"));
    gb_field_json(o, json_object_get(s, "cpu_s"));
    gb_field_json(o, json_object_get(s, "ctx_voluntary"));
    gb_field_json(o, json_object_get(s, "ctx_involuntary"));
    gb_field_json(o, json_object_get(run, "status"));
    gb_row_end(o);
  }
}

/* The group a run belongs to, made safe as a file name. */
static void gb_group(json_t *run, char *buf, size_t len) {
  const char *e = json_string_value(json_object_get(run, "experiment"));
  const char *w = json_string_value(json_object_get(run, "workload"));
  const char *src = e ? e : w ? w : "runs";
  if (!e && w) {
    const char *b = strrchr(w, '/');
    src = b ? b + 1 : w;
  }
  size_t j = 0;
  for (; *src && j + 1 < len; src++)
    buf[j++] = (strchr("._-", *src) || (*src >= '0' && *src <= '9') ||
                ((*src | 32) >= 'a' && (*src | 32) <= 'z'))
                   ? *src
                   : '_';
  buf[j] = '\0';
  if (j > 3 && strcmp(buf + j - 3, ".py") == 0) buf[j - 3] = '\0';
}

static int gb_export_group(json_t *runs, const char *group, bool csv, const char *dir) {
  static const char *const run_cols[] = {"median",     "ci_lo",      "ci_hi", "speedup",
                                         "speedup_lo", "speedup_hi", "cv",    "status"};
  static const char *const sample_cols[] = {"rep",           "wall_s",          "cpu_s",
                                            "ctx_voluntary", "ctx_involuntary", "status"};
  const char *ext = csv ? "csv" : "tsv";
  char *p1 = gb_asprintf("%s/%s.%s", dir, group, ext);
  char *p2 = gb_asprintf("%s/%s.samples.%s", dir, group, ext);
  GbOut a = {fopen(p1, "w"), csv, true}, b = {fopen(p2, "w"), csv, true};
  int rc = a.f && b.f ? 0 : -1;
  if (rc == 0) {
    size_t i;
    json_t *run;
    char g[256];
    gb_header(&a, run_cols, 8);
    gb_header(&b, sample_cols, 6);
    json_array_foreach(runs, i, run) {
      gb_group(run, g, sizeof g);
      if (strcmp(g, group) != 0) continue;
      gb_run_row(&a, run);
      gb_sample_rows(&b, run);
    }
    printf("%s\n%s\n", p1, p2);
  } else {
    fprintf(stderr, "gilbench export: cannot write %s: %s\n", a.f ? p2 : p1, strerror(errno));
  }
  if (a.f && fclose(a.f) != 0) rc = -1;
  if (b.f && fclose(b.f) != 0) rc = -1;
  free(p1);
  free(p2);
  return rc;
}

int gb_export_main(const char *path, bool csv, const char *outdir) {
  char err[512];
  json_t *doc = gb_results_load(path, err, sizeof err);
  if (!doc) {
    fprintf(stderr, "gilbench export: %s\n", err);
    return 2;
  }
  char *copy = gb_strdup(path);
  const char *dir = outdir ? outdir : dirname(copy);
  if (outdir && mkdir(outdir, 0755) < 0 && errno != EEXIST) {
    fprintf(stderr, "gilbench export: cannot create %s: %s\n", outdir, strerror(errno));
    free(copy);
    json_decref(doc);
    return 2;
  }
  json_t *runs = json_object_get(doc, "runs"), *run, *done = json_object();
  size_t i;
  int rc = 0;
  json_array_foreach(runs, i, run) {
    char g[256];
    gb_group(run, g, sizeof g);
    if (json_object_get(done, g)) continue;
    json_object_set_new(done, g, json_true());
    if (gb_export_group(runs, g, csv, dir) < 0) rc = 1;
  }
  json_decref(done);
  json_decref(doc);
  free(copy);
  return rc;
}
