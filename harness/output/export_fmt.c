/* export_fmt.c — see export_fmt.h. */
#include "export_fmt.h"

#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gb.h"
#include "reader.h"

/* One run with samples: its label and its repetitions' wall times. */
typedef struct GbFmtRun {
  const json_t *run;
  char *label, *base; /* base: before a " #k" that makes it unique */
  double *v;
  size_t n;
  double mean, sd, median, min, max, cpu; /* sd NaN when n < 2 */
} GbFmtRun;

static const char *gb_fmt_str(const json_t *o, const char *k) {
  const char *s = json_string_value(json_object_get(o, k));
  return s ? s : "";
}

/* Metadata and labels are one line: pyperf refuses newlines. */
static char *gb_fmt_oneline(char *s) {
  for (char *p = s; *p; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t') *p = ' ';
  return s;
}

/* "squares(2500000)"-like text of the arguments; the loopback server's URL
** changes from run to run and becomes {url}, so names match across files. */
static char *gb_fmt_args(const json_t *run) {
  char *out = gb_strdup("");
  size_t i;
  json_t *v;
  json_array_foreach(json_object_get(run, "args"), i, v) {
    char *t;
    if (json_is_string(v))
      t = gb_strdup(strncmp(json_string_value(v), "http://", 7) == 0 ? "{url}"
                                                                     : json_string_value(v));
    else
      t = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT | JSON_REAL_PRECISION(10));
    char *n = gb_asprintf("%s%s%s", out, i ? ", " : "", t ? t : "?");
    free(out);
    free(t);
    out = n;
  }
  return out;
}

static char *gb_fmt_label(const json_t *run) {
  bool cpy = !gb_is_gilpy(run); /* a reference run: CPython's or Ruby's */
  const char *exp = gb_fmt_str(run, "experiment"), *gil = gb_fmt_str(run, "gil");
  const char *pin = gb_fmt_str(run, "pin");
  if (!*exp) {
    exp = strrchr(gb_fmt_str(run, "workload"), '/');
    exp = exp ? exp + 1 : gb_fmt_str(run, "workload");
  }
  char *args = gb_fmt_args(run);
  char *k = gb_asprintf("%s %s %s N=%lld %s(%s)", exp, gb_run_impl(run), gb_fmt_str(run, "mode"),
                        (long long)json_integer_value(json_object_get(run, "workers")),
                        gb_fmt_str(run, "entry"), args);
  free(args);
  /* what else tells the configurations of an experiment apart */
  char extra[256] = "";
  size_t x = 0;
  if (!cpy) x += (size_t)snprintf(extra + x, sizeof extra - x, " gil=%s", gil);
  if (cpy || gb_gil_timed(gil))
    x += (size_t)snprintf(extra + x, sizeof extra - x, " si=%gms",
                          1e3 * json_number_value(json_object_get(run, "switch_interval")));
  if (!cpy && strcmp(gil, "legacy") == 0 && x < sizeof extra)
    x += (size_t)snprintf(extra + x, sizeof extra - x, " ci=%lld",
                          (long long)json_integer_value(json_object_get(run, "check_interval")));
  if (*pin && strcmp(pin, "none") && strcmp(pin, "cores") && x < sizeof extra)
    x += (size_t)snprintf(extra + x, sizeof extra - x, " pin=%s", pin);
  if (json_is_number(json_object_get(run, "latency_ms")) && x < sizeof extra)
    snprintf(extra + x, sizeof extra - x, " L=%gms",
             json_number_value(json_object_get(run, "latency_ms")));
  char *l = gb_asprintf("%s%s", k, extra);
  free(k);
  return gb_fmt_oneline(l);
}

static int gb_fmt_cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* The runs with samples, labelled (a label met before gets " #2", ...). */
static GbFmtRun *gb_fmt_runs(const json_t *doc, size_t *count) {
  const json_t *runs = json_object_get(doc, "runs");
  GbFmtRun *r = gb_calloc(json_array_size(runs) + 1, sizeof *r);
  size_t n = 0, i;
  json_t *run;
  json_array_foreach(runs, i, run) {
    const json_t *ss = json_object_get(run, "samples");
    size_t ns = json_array_size(ss);
    if (!ns) continue;
    GbFmtRun *f = &r[n];
    f->run = run;
    f->v = gb_calloc(ns, sizeof *f->v);
    double cpu = 0;
    for (size_t k = 0; k < ns; k++) {
      const json_t *s = json_array_get(ss, k);
      double w = json_number_value(json_object_get(s, "wall_s"));
      if (!isfinite(w)) continue;
      f->v[f->n++] = w;
      cpu += json_number_value(json_object_get(s, "cpu_s"));
    }
    if (!f->n) {
      free(f->v);
      continue;
    }
    double sum = 0, ss2 = 0;
    for (size_t k = 0; k < f->n; k++)
      sum += f->v[k];
    f->mean = sum / (double)f->n;
    for (size_t k = 0; k < f->n; k++)
      ss2 += (f->v[k] - f->mean) * (f->v[k] - f->mean);
    f->sd = f->n > 1 ? sqrt(ss2 / (double)(f->n - 1)) : NAN;
    f->cpu = cpu / (double)f->n;
    double *sorted = gb_calloc(f->n, sizeof *sorted);
    memcpy(sorted, f->v, f->n * sizeof *sorted);
    qsort(sorted, f->n, sizeof *sorted, gb_fmt_cmp);
    f->min = sorted[0];
    f->max = sorted[f->n - 1];
    f->median = f->n % 2 ? sorted[f->n / 2] : (sorted[f->n / 2 - 1] + sorted[f->n / 2]) / 2;
    free(sorted);
    f->base = gb_fmt_label(run);
    int same = 1;
    for (size_t k = 0; k < n; k++)
      same += strcmp(r[k].base, f->base) == 0;
    f->label = same > 1 ? gb_asprintf("%s #%d", f->base, same) : gb_strdup(f->base);
    n++;
  }
  *count = n;
  return r;
}

static void gb_fmt_free(GbFmtRun *r, size_t n) {
  for (size_t i = 0; i < n; i++) {
    free(r[i].label);
    free(r[i].base);
    free(r[i].v);
  }
  free(r);
}

/* pyperf metadata: a non-empty one-line string (pyperf refuses others). */
static void gb_fmt_meta_str(json_t *m, const char *k, const char *v) {
  if (!v || !*v) return;
  char *s = gb_fmt_oneline(gb_strdup(v));
  json_object_set_new(m, k, json_string(s));
  free(s);
}

static void gb_fmt_pyperf(const json_t *doc, const GbFmtRun *r, size_t n, FILE *f) {
  const json_t *mach = json_object_get(doc, "machine"), *tool = json_object_get(doc, "tool");
  json_t *meta = json_object();
  gb_fmt_meta_str(meta, "hostname", gb_fmt_str(mach, "hostname"));
  gb_fmt_meta_str(meta, "cpu_model_name", gb_fmt_str(mach, "cpu_model"));
  char *plat = gb_asprintf("%s (%s)", gb_fmt_str(mach, "kernel"), gb_fmt_str(mach, "os"));
  gb_fmt_meta_str(meta, "platform", plat);
  free(plat);
  const json_t *pus = json_object_get(json_object_get(mach, "topology"), "pus");
  if (json_integer_value(pus) > 0) json_object_set(meta, "cpu_count", (json_t *)pus);
  gb_fmt_meta_str(meta, "date", gb_fmt_str(doc, "started"));
  gb_fmt_meta_str(meta, "gilbench_version", gb_fmt_str(tool, "version"));
  gb_fmt_meta_str(meta, "gilbench_git", gb_fmt_str(tool, "git"));
  json_t *benches = json_array();
  for (size_t i = 0; i < n; i++) {
    const json_t *run = r[i].run;
    json_t *m = json_object();
    gb_fmt_meta_str(m, "name", r[i].label);
    gb_fmt_meta_str(m, "unit", "second");
    json_object_set_new(m, "loops", json_integer(1));
    gb_fmt_meta_str(m, "gilbench_experiment", gb_fmt_str(run, "experiment"));
    gb_fmt_meta_str(m, "gilbench_interpreter", gb_run_interp(run));
    gb_fmt_meta_str(m, "gilbench_workload", gb_fmt_str(run, "workload"));
    gb_fmt_meta_str(m, "gilbench_entry", gb_fmt_str(run, "entry"));
    char *args = gb_fmt_args(run);
    gb_fmt_meta_str(m, "gilbench_args", args);
    free(args);
    gb_fmt_meta_str(m, "gilbench_mode", gb_fmt_str(run, "mode"));
    json_object_set(m, "gilbench_workers", json_object_get(run, "workers"));
    gb_fmt_meta_str(m, "gilbench_gil", gb_fmt_str(run, "gil"));
    if (json_is_number(json_object_get(run, "switch_interval")))
      json_object_set(m, "gilbench_switch_interval", json_object_get(run, "switch_interval"));
    gb_fmt_meta_str(m, "gilbench_pin", gb_fmt_str(run, "pin"));
    gb_fmt_meta_str(m, "gilbench_status", gb_fmt_str(run, "status"));
    json_t *runs = json_array();
    for (size_t k = 0; k < r[i].n; k++)
      json_array_append_new(runs, json_pack("{s:[f]}", "values", r[i].v[k]));
    json_array_append_new(benches, json_pack("{s:o, s:o}", "metadata", m, "runs", runs));
  }
  json_t *out =
      json_pack("{s:s, s:o, s:o}", "version", "1.0", "metadata", meta, "benchmarks", benches);
  json_dumpf(out, f, JSON_COMPACT | JSON_REAL_PRECISION(17));
  fputc('\n', f);
  json_decref(out);
}

/* A CSV field, quoted when it must be (RFC 4180, as hyperfine's writer). */
static void gb_fmt_csv_field(FILE *f, const char *s) {
  if (!strpbrk(s, ",\"\n\r")) {
    fputs(s, f);
    return;
  }
  fputc('"', f);
  for (; *s; s++) {
    if (*s == '"') fputc('"', f);
    fputc(*s, f);
  }
  fputc('"', f);
}

static void gb_fmt_csv_num(FILE *f, double v) {
  fputc(',', f);
  if (isfinite(v)) fprintf(f, "%.9g", v);
}

static void gb_fmt_csv(const GbFmtRun *r, size_t n, FILE *f) {
  fputs("command,mean,stddev,median,user,system,min,max,parameter_experiment,"
        "parameter_interpreter,parameter_mode,parameter_workers,parameter_gil,"
        "parameter_switch_interval,parameter_args\n",
        f);
  for (size_t i = 0; i < n; i++) {
    const json_t *run = r[i].run;
    gb_fmt_csv_field(f, r[i].label);
    gb_fmt_csv_num(f, r[i].mean);
    gb_fmt_csv_num(f, r[i].sd);
    gb_fmt_csv_num(f, r[i].median);
    gb_fmt_csv_num(f, r[i].cpu); /* user: all the CPU time (user + system) */
    gb_fmt_csv_num(f, NAN);      /* system: not measured apart */
    gb_fmt_csv_num(f, r[i].min);
    gb_fmt_csv_num(f, r[i].max);
    char *args = gb_fmt_args(run);
    const char *p[] = {gb_fmt_str(run, "experiment"),
                       gb_run_interp(run),
                       gb_fmt_str(run, "mode"),
                       NULL,
                       gb_fmt_str(run, "gil"),
                       NULL,
                       args};
    char workers[32], si[32];
    snprintf(workers, sizeof workers, "%lld",
             (long long)json_integer_value(json_object_get(run, "workers")));
    snprintf(si, sizeof si, "%g", json_number_value(json_object_get(run, "switch_interval")));
    p[3] = workers;
    p[5] = si;
    for (size_t k = 0; k < sizeof p / sizeof *p; k++) {
      fputc(',', f);
      gb_fmt_csv_field(f, p[k]);
    }
    fputc('\n', f);
    free(args);
  }
}

/* hyperfine's table, one per experiment: Relative is to the experiment's
** fastest mean, its ± propagated from both standard deviations. */
static void gb_fmt_markdown(const GbFmtRun *r, size_t n, FILE *f) {
  bool *done = gb_calloc(n + 1, sizeof *done);
  for (size_t i = 0; i < n; i++) {
    if (done[i]) continue;
    const char *exp = gb_fmt_str(r[i].run, "experiment");
    size_t fast = i;
    for (size_t k = i; k < n; k++)
      if (strcmp(gb_fmt_str(r[k].run, "experiment"), exp) == 0 && r[k].mean < r[fast].mean)
        fast = k;
    bool secs = r[fast].mean >= 1;
    double scale = secs ? 1 : 1e3;
    const char *unit = secs ? "s" : "ms", *prec = secs ? "%.3f" : "%.1f";
    char head[64];
    snprintf(head, sizeof head, "%s", *exp ? exp : "runs");
    fprintf(f, "%s### %s\n\n", i ? "\n" : "", head);
    fprintf(f, "| Command | Mean [%s] | Min [%s] | Max [%s] | Relative |\n", unit, unit, unit);
    fputs("|:---|---:|---:|---:|---:|\n", f);
    for (size_t k = i; k < n; k++) {
      if (strcmp(gb_fmt_str(r[k].run, "experiment"), exp) != 0) continue;
      done[k] = true;
      const GbFmtRun *x = &r[k], *b = &r[fast];
      fprintf(f, "| `%s` | ", x->label);
      fprintf(f, prec, x->mean * scale);
      if (!isnan(x->sd)) {
        fputs(" ± ", f);
        fprintf(f, prec, x->sd * scale);
      }
      fputs(" | ", f);
      fprintf(f, prec, x->min * scale);
      fputs(" | ", f);
      fprintf(f, prec, x->max * scale);
      double rel = x->mean / b->mean;
      if (k == fast) {
        fputs(" | 1.00 |\n", f);
      } else if (!isnan(x->sd) && !isnan(b->sd)) {
        double e = rel * sqrt(pow(x->sd / x->mean, 2) + pow(b->sd / b->mean, 2));
        fprintf(f, " | %.2f ± %.2f |\n", rel, e);
      } else {
        fprintf(f, " | %.2f |\n", rel);
      }
    }
  }
  free(done);
}

bool gb_export_fmt_known(const char *fmt) {
  return strcmp(fmt, "pyperf") == 0 || strcmp(fmt, "csv") == 0 || strcmp(fmt, "markdown") == 0;
}

int gb_export_fmt_main(const char *path, const char *fmt, const char *out) {
  char err[512];
  json_t *doc = gb_results_load(path, err, sizeof err);
  if (!doc) {
    fprintf(stderr, "gilbench export: %s\n", err);
    return 2;
  }
  FILE *f = out ? fopen(out, "w") : stdout;
  if (!f) {
    fprintf(stderr, "gilbench export: cannot write %s: %s\n", out, strerror(errno));
    json_decref(doc);
    return 1;
  }
  size_t n;
  GbFmtRun *r = gb_fmt_runs(doc, &n);
  if (strcmp(fmt, "pyperf") == 0)
    gb_fmt_pyperf(doc, r, n, f);
  else if (strcmp(fmt, "csv") == 0)
    gb_fmt_csv(r, n, f);
  else
    gb_fmt_markdown(r, n, f);
  gb_fmt_free(r, n);
  json_decref(doc);
  int bad = ferror(f);
  if (out && fclose(f) != 0) bad = 1;
  if (!out) bad |= fflush(f) != 0;
  if (bad) {
    fprintf(stderr, "gilbench export: cannot write %s\n", out ? out : "the output");
    return 1;
  }
  if (out) printf("%s\n", out);
  return 0;
}
