/*
** compare.c — `gilbench compare A.json B.json …`: the same runs on
** several machines (or builds), side by side.
**
** Runs match when their key (gb_run_key: experiment, interpreter,
** workload, entry, args, mode, workers, GIL model and intervals, pin,
** latency) is equal. Each matched row shows every file's median time and
** speedup with their 95% intervals; a machine whose time differs from the
** first file's is marked significant when the two intervals do not overlap
** or a two-sided Mann–Whitney U test on the raw samples gives p < 0.05
** (exact for small samples, normal approximation beyond). When the files
** come from machines with different core counts, speedup per usable core
** (speedup / min(N, P)) is shown too. --tsv writes the comparison figure's
** data (plots/compare.gp): per experiment, each machine's time relative to
** the first file's, geometric mean over the matched runs.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare.h"
#include "gb.h"
#include "reader.h"
#include "runview.h"

#define GB_CMP_MAX 8

typedef struct GbCmpFile {
  const char *path;
  json_t *doc;
  json_t *index; /* key -> run */
  char label[96];
  int cores;
} GbCmpFile;

typedef struct GbCmp {
  int n;
  GbCmpFile f[GB_CMP_MAX];
  bool markdown, per_core;
  const char *tsv;
} GbCmp;

/* --- reading --- */

static int gb_cmp_load(GbCmp *c, const char *path, char *err, size_t len) {
  GbCmpFile *f = &c->f[c->n];
  f->path = path;
  f->doc = gb_results_load(path, err, len);
  if (!f->doc) return -1;
  f->index = json_object();
  size_t i;
  json_t *r;
  json_array_foreach(gb_doc_runs(f->doc), i, r) {
    if (!gb_ok(r)) continue;
    char *k = gb_run_key(r);
    json_object_set(f->index, k, r);
    free(k);
  }
  const char *host = gb_doc_machine(f->doc, "hostname");
  f->cores = gb_doc_cores_raw(f->doc);
  snprintf(f->label, sizeof f->label, "%s (%d core%s)", *host ? host : "?", f->cores,
           f->cores == 1 ? "" : "s");
  c->n++;
  return 0;
}

/* Same labels (the same machine twice) get the file's position added. */
static void gb_cmp_labels(GbCmp *c) {
  bool dup[GB_CMP_MAX] = {false};
  for (int i = 0; i < c->n; i++)
    for (int j = 0; j < c->n; j++)
      if (i != j && strcmp(c->f[i].label, c->f[j].label) == 0) dup[i] = true;
  for (int i = 0; i < c->n; i++) {
    if (dup[i]) {
      size_t l = strlen(c->f[i].label);
      snprintf(c->f[i].label + l, sizeof c->f[i].label - l, " #%d", i + 1);
    }
    if (c->f[i].cores != c->f[0].cores) c->per_core = true;
  }
}

/* --- output --- */

/* "E1 threads n=2 gil=new squares(400000)" */
static void gb_cmp_label(const json_t *r, char *buf, size_t len) {
  const char *gil = gb_rs(r, "gil"), *exp = gb_rs(r, "experiment"), *a;
  size_t n = (size_t)snprintf(buf, len, "%s %s n=%lld %s %s(", *exp ? exp : "-", gb_rs(r, "mode"),
                              gb_ri(r, "workers"),
                              gb_is_cpython(r) ? "cpython"
                              : *gil           ? gil
                                               : "?",
                              gb_rs(r, "entry"));
  for (int i = 0; (a = gb_arg(r, i)) && n < len; i++)
    n += (size_t)snprintf(buf + n, len - n, "%s%s", i ? "," : "", a);
  if (n < len) n += (size_t)snprintf(buf + n, len - n, ")");
  double lat = gb_rn(r, "latency_ms");
  if (!isnan(lat) && n < len) n += (size_t)snprintf(buf + n, len - n, " L=%gms", lat);
  const char *pin = gb_rs(r, "pin");
  if (*pin && strcmp(pin, "cores") != 0 && n < len) snprintf(buf + n, len - n, " pin=%s", pin);
}

static void gb_cmp_fmt_time(double s, char *buf, size_t len) {
  if (isnan(s))
    snprintf(buf, len, "-");
  else if (s >= 1)
    snprintf(buf, len, "%.3fs", s);
  else if (s >= 1e-3)
    snprintf(buf, len, "%.2fms", s * 1e3);
  else
    snprintf(buf, len, "%.1fus", s * 1e6);
}

typedef struct GbCmpCell {
  char time[96], speedup[64], eff[24];
  bool sig;
} GbCmpCell;

static void gb_cmp_cell(const GbCmp *c, int i, const json_t *r, const json_t *base,
                        GbCmpCell *out) {
  GbQ t = gb_time(r), sp = gb_speedup(r);
  char m[24], lo[24], hi[24];
  gb_cmp_fmt_time(t.v, m, sizeof m);
  gb_cmp_fmt_time(t.lo, lo, sizeof lo);
  gb_cmp_fmt_time(t.hi, hi, sizeof hi);
  snprintf(out->time, sizeof out->time, "%s [%s,%s]", m, lo, hi);
  if (isnan(sp.v)) {
    snprintf(out->speedup, sizeof out->speedup, "-");
    snprintf(out->eff, sizeof out->eff, "-");
  } else {
    snprintf(out->speedup, sizeof out->speedup, "%.2fx [%.2f,%.2f]", sp.v, sp.lo, sp.hi);
    snprintf(out->eff, sizeof out->eff, "%.2f",
             gb_efficiency(r, c->f[i].cores > 0 ? c->f[i].cores : 1));
  }
  out->sig = i > 0 && base && gb_time_differs(r, base);
}

static void gb_cmp_header(const GbCmp *c) {
  if (c->markdown) {
    printf("| run |");
    for (int i = 0; i < c->n; i++)
      printf(" %s: time | speedup |%s", c->f[i].label, c->per_core ? " per core |" : "");
    printf("\n|---|");
    for (int i = 0; i < c->n; i++)
      printf("---|---|%s", c->per_core ? "---|" : "");
    printf("\n");
    return;
  }
  for (int i = 0; i < c->n; i++)
    printf("[%c] %s  (%s)\n", 'A' + i, c->f[i].label, c->f[i].path);
  printf("\n%-52s", "run");
  for (int i = 0; i < c->n; i++)
    printf("  %-30s %-20s%s", i ? "time" : "time (A)", "speedup", c->per_core ? " /core" : "");
  printf("\n");
}

static void gb_cmp_row(const GbCmp *c, const char *label, const json_t **rs) {
  if (c->markdown)
    printf("| %s |", label);
  else
    printf("%-52.52s", label);
  for (int i = 0; i < c->n; i++) {
    GbCmpCell cell;
    if (!rs[i]) {
      printf(c->markdown ? " – | – |%s" : "  %-30s %-20s%s",
             c->markdown ? (c->per_core ? " – |" : "") : "-", "-",
             c->per_core && !c->markdown ? "      " : "");
      continue;
    }
    gb_cmp_cell(c, i, rs[i], rs[0], &cell);
    if (c->markdown)
      printf(" %s%s | %s |", cell.time, cell.sig ? " **≠**" : "", cell.speedup);
    else {
      char t[112];
      snprintf(t, sizeof t, "%s%s", cell.time, cell.sig ? " *" : "");
      printf("  %-30s %-20s", t, cell.speedup);
    }
    if (c->per_core) printf(c->markdown ? " %s |" : " %6s", cell.eff);
  }
  printf("\n");
}

/* Per experiment, each file's median time relative to the first file's:
** the geometric mean over the runs both have, with the intervals' too. */
static int gb_cmp_tsv(const GbCmp *c, const json_t *keys) {
  FILE *f = fopen(c->tsv, "w");
  if (!f) {
    fprintf(stderr, "gilbench compare: cannot write %s\n", c->tsv);
    return -1;
  }
  fprintf(f, "experiment");
  for (int i = 0; i < c->n; i++)
    for (int k = 0; k < 3; k++) {
      fputc('\t', f);
      for (const char *p = c->f[i].label; *p; p++) /* gnuplot's columnheader: one word */
        fputc(*p == ' ' || *p == '\t' ? '_' : *p, f);
      fputs(k == 0 ? "" : k == 1 ? "_lo" : "_hi", f);
    }
  fputc('\n', f);
  char exps[64][16];
  int ne = 0;
  size_t i;
  json_t *k;
  json_array_foreach(keys, i, k) {
    const json_t *r = json_object_get(c->f[0].index, json_string_value(k));
    const char *e = gb_rs(r, "experiment");
    bool seen = !*e;
    for (int j = 0; j < ne && !seen; j++)
      seen = strcmp(exps[j], e) == 0;
    if (!seen && ne < 64) snprintf(exps[ne++], sizeof exps[0], "%s", e);
  }
  size_t nk = json_array_size(keys);
  const json_t **rs = gb_calloc(nk + 1, sizeof *rs), **bases = gb_calloc(nk + 1, sizeof *bases);
  for (int e = 0; e < ne; e++) {
    fprintf(f, "%s", exps[e]);
    for (int m = 0; m < c->n; m++) {
      int n = 0;
      json_array_foreach(keys, i, k) {
        const json_t *a = json_object_get(c->f[0].index, json_string_value(k));
        const json_t *b = json_object_get(c->f[m].index, json_string_value(k));
        if (!a || !b || strcmp(gb_rs(a, "experiment"), exps[e]) != 0) continue;
        rs[n] = b;
        bases[n++] = a;
      }
      GbQ g = gb_time_gmean_ratio(rs, bases, n);
      double v[3] = {g.v, g.lo, g.hi};
      for (int q = 0; q < 3; q++)
        fprintf(f, isnan(v[q]) ? "\tNaN" : "\t%.6g", v[q]);
    }
    fputc('\n', f);
  }
  free(rs);
  free(bases);
  fclose(f);
  return 0;
}

static void gb_cmp_usage(FILE *f) {
  fputs("usage: gilbench compare A.json B.json [...] [--markdown] [--tsv FILE]\n"
        "\n"
        "Matches the runs of results files by experiment and configuration and prints\n"
        "each file's median time and speedup (95% intervals) side by side. A time marked\n"
        "* (Markdown: ≠) differs significantly from the first file's: the intervals do\n"
        "not overlap, or a Mann-Whitney U test on the samples gives p < 0.05. With\n"
        "different core counts, speedup per usable core is shown too.\n"
        "  --markdown   a Markdown table\n"
        "  --tsv FILE   the comparison figure's data (plots/compare.gp)\n",
        f);
}

int gb_compare_main(int argc, char **argv) {
  static GbCmp c;
  memset(&c, 0, sizeof c);
  char err[512];
  const char *paths[GB_CMP_MAX];
  int np = 0;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--markdown") == 0)
      c.markdown = true;
    else if (strcmp(argv[i], "--tsv") == 0 && i + 1 < argc)
      c.tsv = argv[++i];
    else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
      gb_cmp_usage(stdout);
      return 0;
    } else if (argv[i][0] != '-' && np < GB_CMP_MAX)
      paths[np++] = argv[i];
    else {
      fprintf(stderr, "gilbench compare: unexpected argument '%s' (see --help)\n", argv[i]);
      return 2;
    }
  }
  if (np < 2) {
    fprintf(stderr, "gilbench compare: needs at least two results files (see --help)\n");
    return 2;
  }
  int rc = 0;
  for (int i = 0; i < np; i++)
    if (gb_cmp_load(&c, paths[i], err, sizeof err) < 0) {
      fprintf(stderr, "gilbench compare: %s\n", err);
      rc = 2;
      goto done;
    }
  gb_cmp_labels(&c);
  /* rows: the first file's runs that at least one other file has */
  json_t *keys = json_array();
  size_t i;
  json_t *r;
  int unmatched = 0;
  json_array_foreach(gb_doc_runs(c.f[0].doc), i, r) {
    char *k = gb_run_key(r);
    bool any = false;
    for (int m = 1; m < c.n; m++)
      any = any || json_object_get(c.f[m].index, k);
    if (any && json_object_get(c.f[0].index, k))
      json_array_append_new(keys, json_string(k));
    else
      unmatched++;
    free(k);
  }
  if (json_array_size(keys) == 0) {
    fprintf(stderr,
            "gilbench compare: %s and the other files have no run in common "
            "(same experiments, configurations and interpreters are needed)\n",
            c.f[0].path);
    json_decref(keys);
    rc = 1;
    goto done;
  }
  gb_cmp_header(&c);
  json_t *k;
  json_array_foreach(keys, i, k) {
    const json_t *rs[GB_CMP_MAX];
    for (int m = 0; m < c.n; m++)
      rs[m] = json_object_get(c.f[m].index, json_string_value(k));
    char label[256];
    gb_cmp_label(rs[0], label, sizeof label);
    gb_cmp_row(&c, label, rs);
  }
  printf("\n%zu runs matched", json_array_size(keys));
  if (unmatched) printf(", %d of %s's runs have no match", unmatched, c.f[0].path);
  printf("; * = significantly different from A (intervals apart or Mann-Whitney p < 0.05)\n");
  if (c.tsv && gb_cmp_tsv(&c, keys) < 0) rc = 1;
  json_decref(keys);
done:
  for (int m = 0; m < c.n; m++) {
    json_decref(c.f[m].doc);
    json_decref(c.f[m].index);
  }
  return rc;
}
