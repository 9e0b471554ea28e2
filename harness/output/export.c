/*
** export.c — a results document as flat data files, the one writer of the
** figures' data. Per experiment (runs without one are grouped by workload
** name), in DIR:
**   GROUP.tsv           one row per run: what identifies it, then every
**                       quantity a figure or a spreadsheet reads
**   GROUP.samples.tsv   one row per counted repetition: the raw data
**   GROUP_timeline.tsv  GIL hold and wait intervals per thread, from the
**                       group's last traced run (only if it has one)
** and once:
**   summary.tsv         the numbers the analyses derive from several runs
**   fidelity.tsv        gilpy's threads-to-procs ratios against CPython's
**                       (fidelity.h), one row per task and worker count
**   machine.txt         the machine in one line, then its physical cores (the
**                       figures' subtitle and ideal-speedup line)
** (.csv instead of .tsv for CSV.) Missing numbers are NaN and missing names
** "-", so every row has every column: gnuplot and spreadsheets both read that
** without configuration. The plots read columns by name, so a column may be
** added anywhere but never renamed.
*/
#include <errno.h>
#include <libgen.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "analysis.h"
#include "export.h"
#include "gb.h"
#include "reader.h"
#include "report_e14.h"
#include "runview.h"

#define GB_LEN(a) (sizeof(a) / sizeof *(a))

/* What identifies a run (gb_key_fields): the first columns of both the runs'
** and the samples' file. */
static const char *const gb_key_cols[] = {"experiment",
                                          "impl",
                                          "interpreter",
                                          "workload",
                                          "entry",
                                          "mode",
                                          "workers",
                                          "gil",
                                          "switch_interval",
                                          "check_interval",
                                          "pin",
                                          "latency_ms",
                                          "arg0",
                                          "arg1",
                                          "arg2",
                                          "arg3"};
/* gb_run_row's columns after the key. */
static const char *const gb_run_cols[] = {
    "median",    "ci_lo",  "ci_hi",      "speedup",       "speedup_lo", "speedup_hi",
    "cv",        "status", "result",     "result_lo",     "result_hi",  "switches_per_s",
    "startup_s", "total",  "efficiency", "releases_per_s"};
/* gb_sample_rows' columns after the key. */
static const char *const gb_sample_cols[] = {"rep",           "wall_s",          "cpu_s",
                                             "ctx_voluntary", "ctx_involuntary", "status"};
static const char *const gb_timeline_cols[] = {"thread", "start_ms", "end_ms", "kind"};
static const char *const gb_summary_cols[] = {"experiment", "key", "value", "lo", "hi"};
/* gb_fill_fidelity's columns; the side's come once per interpreter. */
static const char *const gb_fid_cols[] = {"experiment", "part",   "workers", "diff", "diff_lo",
                                          "diff_hi",    "paired", "verdict", "why"};
static const char *const gb_fid_side_cols[] = {
    "ratio",           "ratio_lo",         "ratio_hi",    "seq",
    "speedup_threads", "speedup_procs",    "cpu_threads", "cpu_procs",
    "startup_frac",    "first_task_extra", "disturbed"};
static const char *const gb_tasks_cols[] = {"task",       "mode",       "median",   "speedup",
                                            "speedup_lo", "speedup_hi", "disturbed"};

/* --- fields --- */

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

/* Whole numbers (counts, workers' results) in full, others to 9 digits. */
static void gb_field_num(GbOut *o, double x) {
  char buf[32];
  if (!isfinite(x))
    snprintf(buf, sizeof buf, "NaN");
  else if (x == trunc(x) && fabs(x) < 1e15)
    snprintf(buf, sizeof buf, "%.0f", x);
  else
    snprintf(buf, sizeof buf, "%.9g", x);
  gb_field_str(o, buf);
}

static void gb_field_q(GbOut *o, GbQ q) {
  gb_field_num(o, q.v);
  gb_field_num(o, q.lo);
  gb_field_num(o, q.hi);
}

static void gb_row_end(GbOut *o) {
  fputc('\n', o->f);
  o->first = true;
}

static void gb_header(GbOut *o, const char *const *key, size_t nkey, const char *const *cols,
                      size_t n) {
  for (size_t i = 0; i < nkey; i++)
    gb_field_str(o, key[i]);
  for (size_t i = 0; i < n; i++)
    gb_field_str(o, cols[i]);
  gb_row_end(o);
}

/* --- rows --- */

static void gb_key_fields(GbOut *o, const json_t *r) {
  bool ref = !gb_is_gilpy(r);
  const char *wl = gb_rs(r, "workload"), *base = strrchr(wl, '/');
  gb_field_str(o, gb_rs(r, "experiment"));
  gb_field_str(o, gb_run_impl(r));
  gb_field_str(o, gb_run_interp(r));
  gb_field_str(o, base ? base + 1 : wl);
  gb_field_str(o, gb_rs(r, "entry"));
  gb_field_str(o, gb_rs(r, "mode"));
  gb_field_num(o, gb_rn(r, "workers"));
  gb_field_str(o, ref ? gb_run_impl(r) : gb_rs(r, "gil")); /* CPython, Ruby: their own */
  gb_field_num(o, gb_rn(r, "switch_interval"));
  gb_field_num(o, gb_rn(r, "check_interval"));
  gb_field_str(o, gb_rs(r, "pin"));
  gb_field_num(o, gb_rn(r, "latency_ms"));
  for (int i = 0; i < 4; i++) {
    const char *a = gb_arg(r, i);
    double x = gb_argf(r, i);
    if (a && isnan(x)) /* "{url}" is the suite's placeholder for the server */
      gb_field_str(o, strcmp(a, "{url}") == 0 ? "url" : a);
    else
      gb_field_num(o, x);
  }
}

static void gb_run_row(GbOut *o, const json_t *r, int cores) {
  gb_key_fields(o, r);
  gb_field_q(o, gb_time(r));
  gb_field_q(o, gb_speedup(r));
  gb_field_num(o, gb_rn(json_object_get(r, "stats"), "cv"));
  gb_field_str(o, gb_rs(r, "status"));
  gb_field_q(o, gb_result(r));
  gb_field_num(o, gb_switch_rate(r));
  gb_field_num(o, gb_rn(r, "startup_s"));
  gb_field_num(o, gb_total(r).v);
  gb_field_num(o, gb_efficiency(r, cores));
  gb_field_num(o, gb_gil_rate(r, "acquisitions"));
  gb_row_end(o);
}

static void gb_sample_rows(GbOut *o, const json_t *r) {
  size_t i;
  json_t *s;
  json_array_foreach(json_object_get(r, "samples"), i, s) {
    gb_key_fields(o, r);
    gb_field_num(o, (double)i);
    gb_field_num(o, gb_rn(s, "wall_s"));
    gb_field_num(o, gb_rn(s, "cpu_s"));
    gb_field_num(o, gb_rn(s, "ctx_voluntary"));
    gb_field_num(o, gb_rn(s, "ctx_involuntary"));
    gb_field_str(o, gb_rs(r, "status"));
    gb_row_end(o);
  }
}

/* The group a run belongs to, made safe as a file name. */
static void gb_group(const json_t *run, char *buf, size_t len) {
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

/* --- files --- */

typedef struct GbExport {
  const json_t *doc, *runs;
  const GbAnalysis *a;
  const char *dir;
  bool csv;
  FILE *list;
  char *err;
  size_t errlen;
  int cores;
  char group[256];      /* the group being written */
  const json_t *traced; /* its last traced run, NULL if none */
} GbExport;

static bool gb_in_group(const GbExport *x, const json_t *r) {
  char g[256];
  gb_group(r, g, sizeof g);
  return strcmp(g, x->group) == 0;
}

/* Fills an open file; -1 if out of memory. */
typedef int (*GbFill)(GbExport *x, GbOut *o);

static int gb_fill_runs(GbExport *x, GbOut *o) {
  size_t i;
  json_t *r;
  gb_header(o, gb_key_cols, GB_LEN(gb_key_cols), gb_run_cols, GB_LEN(gb_run_cols));
  json_array_foreach(x->runs, i, r) if (gb_in_group(x, r)) gb_run_row(o, r, x->cores);
  return 0;
}

static int gb_fill_samples(GbExport *x, GbOut *o) {
  size_t i;
  json_t *r;
  gb_header(o, gb_key_cols, GB_LEN(gb_key_cols), gb_sample_cols, GB_LEN(gb_sample_cols));
  json_array_foreach(x->runs, i, r) if (gb_in_group(x, r)) gb_sample_rows(o, r);
  return 0;
}

static int gb_fill_timeline(GbExport *x, GbOut *o) {
  int n, nl;
  GbHold *h = gb_holds(x->traced, &n, &nl);
  if (!h) return -1;
  gb_header(o, NULL, 0, gb_timeline_cols, GB_LEN(gb_timeline_cols));
  for (int k = 0; k < n; k++) {
    gb_field_num(o, h[k].lane + 1);
    gb_field_num(o, h[k].t0);
    gb_field_num(o, h[k].t1);
    gb_field_str(o, h[k].wait ? "wait" : "hold");
    gb_row_end(o);
  }
  free(h);
  return 0;
}

static int gb_fill_summary(GbExport *x, GbOut *o) {
  gb_header(o, NULL, 0, gb_summary_cols, GB_LEN(gb_summary_cols));
  for (int k = 0; k < x->a->nderived; k++) {
    gb_field_str(o, x->a->derived[k].exp);
    gb_field_str(o, x->a->derived[k].key);
    gb_field_q(o, x->a->derived[k].q);
    gb_row_end(o);
  }
  return 0;
}

static void gb_fid_side_fields(GbOut *o, const GbFidSide *s) {
  gb_field_q(o, s->ratio);
  double v[] = {s->seq,       s->x_threads,    s->x_procs,     s->cpu_threads,
                s->cpu_procs, s->startup_frac, s->first_extra, s->disturbed};
  for (size_t i = 0; i < GB_LEN(v); i++)
    gb_field_num(o, v[i]);
}

/* fidelity.tsv: the rows of the report's fidelity table, with both sides'
** makings (gilpy_*, cpython_*). */
static int gb_fill_fidelity(GbExport *x, GbOut *o) {
  for (size_t i = 0; i < GB_LEN(gb_fid_cols); i++)
    gb_field_str(o, gb_fid_cols[i]);
  for (int side = 0; side < 2; side++)
    for (size_t i = 0; i < GB_LEN(gb_fid_side_cols); i++) {
      char name[64];
      snprintf(name, sizeof name, "%s_%s", side ? "cpython" : "gilpy", gb_fid_side_cols[i]);
      gb_field_str(o, name);
    }
  gb_row_end(o);
  for (int k = 0; k < x->a->fidelity.n; k++) {
    const GbFidRow *r = &x->a->fidelity.rows[k];
    gb_field_str(o, r->exp);
    gb_field_str(o, r->part);
    gb_field_num(o, r->workers);
    gb_field_q(o, r->diff);
    gb_field_num(o, r->paired);
    gb_field_str(o, gb_fid_verdict_name(r->verdict));
    gb_field_str(o, gb_fid_why_name(r->why));
    gb_fid_side_fields(o, &r->side[0]);
    gb_fid_side_fields(o, &r->side[1]);
    gb_row_end(o);
  }
  return 0;
}

/* runs.tsv: a `gilbench run` file's tasks by mode (analysis.h, GbTasks). */
static int gb_fill_tasks(GbExport *x, GbOut *o) {
  gb_header(o, NULL, 0, gb_tasks_cols, GB_LEN(gb_tasks_cols));
  for (int k = 0; k < x->a->tasks.n; k++)
    for (int m = 0; m < 4; m++) {
      const GbTaskLine *t = &x->a->tasks.t[k];
      if (isnan(t->time[m])) continue;
      gb_field_str(o, t->label);
      gb_field_str(o, gb_mode_name((GbMode)m));
      gb_field_num(o, t->time[m]);
      gb_field_q(o, t->speedup[m]);
      gb_field_num(o, t->disturbed[m]);
      gb_row_end(o);
    }
  return 0;
}

static int gb_fill_machine(GbExport *x, GbOut *o) {
  char line[512];
  gb_machine_line(x->doc, line, sizeof line);
  fprintf(o->f, "%s\n%d\n", line, x->cores);
  return 0;
}

/* Writes DIR/NAME with fill; names it on x->list. */
static int gb_file(GbExport *x, const char *name, GbFill fill) {
  char *path = gb_asprintf("%s/%s", x->dir, name);
  GbOut o = {fopen(path, "w"), x->csv, true};
  int rc = -1;
  if (o.f) {
    rc = fill(x, &o);
    if (ferror(o.f)) rc = -1;
    if (fclose(o.f) != 0) rc = -1;
  }
  if (rc < 0)
    snprintf(x->err, x->errlen, "cannot write %s: %s", path, strerror(errno));
  else if (x->list)
    fprintf(x->list, "%s\n", path);
  free(path);
  return rc;
}

/* Writes DIR/<group><suffix>.tsv (or .csv). */
static int gb_group_file(GbExport *x, const char *suffix, GbFill fill) {
  char name[320];
  snprintf(name, sizeof name, "%s%s.%s", x->group, suffix, x->csv ? "csv" : "tsv");
  return gb_file(x, name, fill);
}

static int gb_write_group(GbExport *x) {
  size_t i;
  json_t *r;
  x->traced = NULL;
  json_array_foreach(x->runs, i, r) if (gb_in_group(x, r) && gb_traced(r)) x->traced = r;
  if (gb_group_file(x, "", gb_fill_runs) < 0 || gb_group_file(x, ".samples", gb_fill_samples) < 0)
    return -1;
  return x->traced ? gb_group_file(x, "_timeline", gb_fill_timeline) : 0;
}

int gb_export_write(const json_t *doc, const GbAnalysis *a, const char *dir, bool csv, FILE *list,
                    char *err, size_t errlen) {
  if (gb_mkdir(dir) < 0) {
    snprintf(err, errlen, "cannot create %s: %s", dir, strerror(errno));
    return -1;
  }
  GbExport x = {.doc = doc,
                .a = a,
                .runs = gb_doc_runs(doc),
                .dir = dir,
                .csv = csv,
                .list = list,
                .err = err,
                .errlen = errlen,
                .cores = gb_doc_cores(doc)};
  json_t *done = json_object(), *r;
  size_t i;
  int rc = done ? 0 : -1;
  json_array_foreach(x.runs, i, r) {
    gb_group(r, x.group, sizeof x.group);
    if (rc < 0 || json_object_get(done, x.group)) continue;
    json_object_set_new(done, x.group, json_true());
    rc = gb_write_group(&x);
  }
  json_decref(done);
  if (rc == 0) rc = gb_file(&x, csv ? "summary.csv" : "summary.tsv", gb_fill_summary);
  if (rc == 0 && a->tasks.n > 0) rc = gb_file(&x, csv ? "runs.csv" : "runs.tsv", gb_fill_tasks);
  if (rc == 0 && a->fidelity.n > 0)
    rc = gb_file(&x, csv ? "fidelity.csv" : "fidelity.tsv", gb_fill_fidelity);
  if (rc == 0) rc = gb_file(&x, "machine.txt", gb_fill_machine);
  if (rc == 0 && gb_e14_write_data(doc, dir) < 0) {
    snprintf(err, errlen, "cannot write %s/E14_designs.tsv", dir);
    rc = -1;
  }
  return rc;
}

int gb_export_main(const char *path, bool csv, const char *outdir) {
  char err[512];
  json_t *doc = gb_results_load(path, err, sizeof err);
  if (!doc) {
    fprintf(stderr, "gilbench export: %s\n", err);
    return 2;
  }
  GbAnalysis *a = gb_analyze(doc);
  char *copy = gb_strdup(path);
  int rc = -1;
  if (!a)
    snprintf(err, sizeof err, "out of memory");
  else
    rc = gb_export_write(doc, a, outdir ? outdir : dirname(copy), csv, stdout, err, sizeof err);
  if (rc < 0) fprintf(stderr, "gilbench export: %s\n", err);
  gb_analysis_free(a);
  free(copy);
  json_decref(doc);
  return rc < 0 ? 1 : 0;
}
