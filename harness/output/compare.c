/*
** compare.c — `gilbench compare A.json B.json …`: the same runs on
** several machines (or builds), side by side.
**
** Runs match when their key (gb_run_key: experiment, interpreter,
** workload, entry, args, mode, workers, GIL model and intervals, pin,
** latency) is equal. A legend says which file is A, B, C…; a row is every
** run at least two files have, labelled with each parameter that varies in
** its experiment (switch or check interval, arguments, …), unabridged; the
** runs only one file has are counted and listed per file, and files that
** hold different runs (different suites) are said to. Each row shows every
** file's measure of the run — the quantity that decides its experiment
** (quantity.h): the median time, or E8's and E14's I/O ops/s (higher is
** better), E3's lost updates, E6's median GIL hold, E7's GIL hand-offs or
** releases per second — and its speedup, with their 95% intervals. A file
** whose measure differs from the first file's is marked significant when
** the two intervals do not overlap or, for times, a two-sided Mann–Whitney
** U test on the raw samples gives p < 0.05 (exact for small samples,
** normal approximation beyond). When the files
** come from machines with different core counts, speedup per usable core
** (speedup / min(N, P)) is shown too. --tsv writes the comparison figure's
** data (plots/compare.gp): per experiment, each machine's time relative to
** the first file's (for I/O rates, the time an operation took: the first
** file's rate over this one's), geometric mean over the matched runs; with different
** core counts also the per-core figure's (plots/compare_per_core.gp): each
** machine's speedup per usable core, geometric mean over the runs all have.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare.h"
#include "gb.h"
#include "quantity.h"
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
    for (char *p = c->f[i].label; *p; p++) /* one TSV field */
      if (*p == '\t' || *p == '\n') *p = ' ';
    if (dup[i]) {
      size_t l = strlen(c->f[i].label);
      snprintf(c->f[i].label + l, sizeof c->f[i].label - l, " #%d", i + 1);
    }
    if (c->f[i].cores != c->f[0].cores) c->per_core = true;
  }
}

/* --- output --- */

/* The parameters a row's label adds when they vary within its experiment
** (the rest of gb_run_key is always in the label). */
enum { GB_CF_SI, GB_CF_CI, GB_CF_LAT, GB_CF_PIN, GB_CF_WL, GB_CF_N };

static void gb_cmp_field(const json_t *r, int f, char *buf, size_t len) {
  const char *wl = gb_rs(r, "workload"), *base = strrchr(wl, '/');
  switch (f) {
  case GB_CF_SI:
    snprintf(buf, len, " si=%gms", gb_rn(r, "switch_interval") * 1e3);
    break;
  case GB_CF_CI: /* CPython and Ruby have no check interval */
    if (!gb_is_gilpy(r))
      buf[0] = '\0';
    else
      snprintf(buf, len, " ci=%lld", gb_ri(r, "check_interval"));
    break;
  case GB_CF_LAT:
    if (isnan(gb_rn(r, "latency_ms")))
      buf[0] = '\0';
    else
      snprintf(buf, len, " L=%gms", gb_rn(r, "latency_ms"));
    break;
  case GB_CF_PIN:
    snprintf(buf, len, " pin=%s", gb_rs(r, "pin"));
    break;
  default:
    snprintf(buf, len, " %s", base ? base + 1 : wl);
  }
}

/* Per experiment, which GB_CF_ fields differ between its rows. */
typedef struct GbCmpVary {
  int n;
  char exp[64][16];
  bool vary[64][GB_CF_N], has[64][GB_CF_N];
  char first[64][GB_CF_N][128];
} GbCmpVary;

static void gb_cmp_vary_add(GbCmpVary *v, const json_t *r) {
  const char *e = gb_rs(r, "experiment");
  int k = 0;
  while (k < v->n && strcmp(v->exp[k], e) != 0)
    k++;
  if (k == v->n) {
    if (v->n == 64) return;
    snprintf(v->exp[v->n++], sizeof v->exp[0], "%s", e);
  }
  for (int f = 0; f < GB_CF_N; f++) {
    char b[128];
    gb_cmp_field(r, f, b, sizeof b);
    if (!*b) continue; /* not a parameter of this run (CPython's check interval) */
    if (!v->has[k][f])
      snprintf(v->first[k][f], sizeof v->first[k][f], "%s", b);
    else if (strcmp(v->first[k][f], b) != 0)
      v->vary[k][f] = true;
    v->has[k][f] = true;
  }
}

/* "E7 threads n=2 new switch_n(400000) si=1ms": the run, with every
** parameter that varies in its experiment. */
static void gb_cmp_label(const GbCmpVary *v, const json_t *r, char *buf, size_t len) {
  const char *gil = gb_rs(r, "gil"), *exp = gb_rs(r, "experiment"), *a;
  size_t n = (size_t)snprintf(buf, len, "%s %s n=%lld %s %s(", *exp ? exp : "-", gb_rs(r, "mode"),
                              gb_ri(r, "workers"),
                              !gb_is_gilpy(r) ? gb_run_impl(r)
                              : *gil          ? gil
                                              : "?",
                              gb_rs(r, "entry"));
  for (int i = 0; (a = gb_arg(r, i)) && n < len; i++)
    n += (size_t)snprintf(buf + n, len - n, "%s%s", i ? "," : "", a);
  if (n < len) n += (size_t)snprintf(buf + n, len - n, ")");
  const char *pin = gb_rs(r, "pin");
  int k = 0;
  while (k < v->n && strcmp(v->exp[k], exp) != 0)
    k++;
  for (int f = 0; f < GB_CF_N && n < len; f++) {
    bool shown = f == GB_CF_LAT || (f == GB_CF_PIN && *pin && strcmp(pin, "cores") != 0);
    if (!shown && !(k < v->n && v->vary[k][f])) continue;
    char b[128];
    gb_cmp_field(r, f, b, sizeof b);
    n += (size_t)snprintf(buf + n, len - n, "%s", b);
  }
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

/* A count or a rate: whole from 100 up, else 3 significant digits. */
static void gb_cmp_fmt_num(double v, char *buf, size_t len) {
  snprintf(buf, len, isnan(v) ? "-" : fabs(v) >= 100 ? "%.0f" : "%.3g", v);
}

/* "0.065s [0.061s,0.070s]", "182 I/O ops/s [119,244]", "0 lost [0,0]",
** "5.02ms hold [4.91ms,5.10ms]", "207 hand-offs/s" (a total: no interval). */
static void gb_cmp_fmt_qty(const GbRunQty *q, char *buf, size_t len) {
  char m[24], lo[24], hi[24];
  bool timed = q->kind == GB_QTY_TIME || q->kind == GB_QTY_MS;
  double scale = q->kind == GB_QTY_MS ? 1e-3 : 1; /* a hold, in ms: shown as a time */
  void (*fmt)(double, char *, size_t) = timed ? gb_cmp_fmt_time : gb_cmp_fmt_num;
  fmt(q->q.v * scale, m, sizeof m);
  fmt(q->q.lo * scale, lo, sizeof lo);
  fmt(q->q.hi * scale, hi, sizeof hi);
  if (q->kind == GB_QTY_GIL || isnan(q->q.v))
    snprintf(buf, len, "%s%s", m, isnan(q->q.v) ? "" : q->unit);
  else
    snprintf(buf, len, "%s%s [%s,%s]", m, q->unit, lo, hi);
}

/* r's measure differs significantly from base's: for times, gb_time_differs;
** otherwise their intervals lie apart. */
static bool gb_cmp_differs(const json_t *r, const json_t *base) {
  GbRunQty a = gb_run_qty(r), b = gb_run_qty(base);
  if (a.kind == GB_QTY_TIME) return gb_time_differs(r, base);
  return a.kind != GB_QTY_GIL && (a.q.lo > b.q.hi || a.q.hi < b.q.lo);
}

typedef struct GbCmpCell {
  char time[96], speedup[64], eff[24];
  bool sig;
} GbCmpCell;

static void gb_cmp_cell(const GbCmp *c, int i, const json_t *r, const json_t *base,
                        GbCmpCell *out) {
  GbQ sp = gb_speedup(r);
  GbRunQty q = gb_run_qty(r);
  gb_cmp_fmt_qty(&q, out->time, sizeof out->time);
  if (isnan(sp.v)) {
    snprintf(out->speedup, sizeof out->speedup, "-");
    snprintf(out->eff, sizeof out->eff, "-");
  } else {
    snprintf(out->speedup, sizeof out->speedup, "%.2fx [%.2f,%.2f]", sp.v, sp.lo, sp.hi);
    snprintf(out->eff, sizeof out->eff, "%.2f",
             gb_efficiency(r, c->f[i].cores > 0 ? c->f[i].cores : 1));
  }
  out->sig = i > 0 && base && gb_cmp_differs(r, base);
}

/* Which file is A, B, C…: one line each, before the table. */
static void gb_cmp_legend(const GbCmp *c) {
  for (int i = 0; i < c->n; i++)
    printf(c->markdown ? "- **%c**: %s (`%s`)\n" : "[%c] %s  (%s)\n", 'A' + i, c->f[i].label,
           c->f[i].path);
  printf("\n");
}

static void gb_cmp_header(const GbCmp *c, int width) {
  if (c->markdown) {
    printf("| run |");
    for (int i = 0; i < c->n; i++)
      printf(" %c: measured | %c: speedup |", 'A' + i, 'A' + i);
    if (c->per_core)
      for (int i = 0; i < c->n; i++)
        printf(" %c: per core |", 'A' + i);
    printf("\n|---|");
    for (int i = 0; i < c->n; i++)
      printf("---|---|%s", c->per_core ? "---|" : "");
    printf("\n");
    return;
  }
  printf("%-*s", width, "run");
  for (int i = 0; i < c->n; i++) {
    char t[16], sp[16], pc[16];
    snprintf(t, sizeof t, "%c: measured", 'A' + i);
    snprintf(sp, sizeof sp, "%c: speedup", 'A' + i);
    snprintf(pc, sizeof pc, "%c: /core", 'A' + i);
    /* the last column unpadded: no trailing blanks */
    printf("  %-30s %-*s", t, i == c->n - 1 && !c->per_core ? 0 : 20, sp);
    if (c->per_core) printf(" %8s", pc);
  }
  printf("\n");
}

static void gb_cmp_row(const GbCmp *c, int width, const char *label, const json_t **rs) {
  GbCmpCell cell[GB_CMP_MAX];
  if (c->markdown)
    printf("| %s |", label);
  else
    printf("%-*s", width, label);
  for (int i = 0; i < c->n; i++) {
    if (!rs[i]) {
      snprintf(cell[i].time, sizeof cell[i].time, "-");
      snprintf(cell[i].speedup, sizeof cell[i].speedup, "-");
      snprintf(cell[i].eff, sizeof cell[i].eff, "-");
      cell[i].sig = false;
    } else
      gb_cmp_cell(c, i, rs[i], rs[0], &cell[i]);
    if (c->markdown)
      printf(" %s%s | %s |", cell[i].time, cell[i].sig ? " **≠**" : "", cell[i].speedup);
    else {
      const char *mark = cell[i].sig ? " *" : "";
      int pad = 30 - (int)(strlen(cell[i].time) + strlen(mark));
      printf("  %s%s%*s %-*s", cell[i].time, mark, pad > 0 ? pad : 0, "",
             i == c->n - 1 && !c->per_core ? 0 : 20, cell[i].speedup);
      if (c->per_core) printf(" %8s", cell[i].eff);
    }
  }
  if (c->markdown && c->per_core)
    for (int i = 0; i < c->n; i++)
      printf(" %s |", cell[i].eff);
  printf("\n");
}

/* One file's number for one experiment in a figure's data (gb_cmp_data). */
typedef GbQ (*GbCmpAgg)(const GbCmp *c, int m, const char *exp, const json_t *keys);

/* File m's median time relative to the first file's (gb_cost_ratio: for
** an I/O rate the first file's rate over m's): the geometric mean over the
** runs of exp both have, with the intervals' too. */
static GbQ gb_cmp_time_agg(const GbCmp *c, int m, const char *exp, const json_t *keys) {
  size_t nk = json_array_size(keys), i;
  const json_t **rs = gb_calloc(nk + 1, sizeof *rs), **bases = gb_calloc(nk + 1, sizeof *bases);
  int n = 0;
  json_t *k;
  json_array_foreach(keys, i, k) {
    const json_t *a = json_object_get(c->f[0].index, json_string_value(k));
    const json_t *b = json_object_get(c->f[m].index, json_string_value(k));
    if (!a || !b || strcmp(gb_rs(a, "experiment"), exp) != 0) continue;
    rs[n] = b;
    bases[n++] = a;
  }
  GbQ g = gb_cost_gmean_ratio(rs, bases, n);
  free(rs);
  free(bases);
  return g;
}

/* File m's speedup per usable core, speedup / min(N, its cores): the
** geometric mean over the runs of exp that every file has (so that each
** file's number covers the same runs), with the intervals' too. */
static GbQ gb_cmp_core_agg(const GbCmp *c, int m, const char *exp, const json_t *keys) {
  GbQ *qs = gb_calloc(json_array_size(keys) + 1, sizeof *qs);
  int n = 0;
  size_t i;
  json_t *k;
  json_array_foreach(keys, i, k) {
    bool all = true;
    for (int o = 0; o < c->n && all; o++)
      all = json_object_get(c->f[o].index, json_string_value(k)) != NULL;
    const json_t *r = json_object_get(c->f[m].index, json_string_value(k));
    if (all && strcmp(gb_rs(r, "experiment"), exp) == 0)
      qs[n++] = gb_efficiency_q(r, c->f[m].cores > 0 ? c->f[m].cores : 1);
  }
  GbQ g = gb_gmean(qs, n);
  free(qs);
  return g;
}

/* A figure's data (plots/compare.gp): per experiment, a triple (value, lo,
** hi) per file from agg. */
static int gb_cmp_data(const GbCmp *c, const char *path, const json_t *keys, GbCmpAgg agg) {
  FILE *f = fopen(path, "w");
  if (!f) {
    fprintf(stderr, "gilbench compare: cannot write %s\n", path);
    return -1;
  }
  fprintf(f, "experiment");
  /* the label as the figure's key shows it: compare.gp reads the header
  ** tab-separated, so spaces stay */
  for (int i = 0; i < c->n; i++)
    fprintf(f, "\t%c: %s\t%c lo\t%c hi", 'A' + i, c->f[i].label, 'A' + i, 'A' + i);
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
  for (int e = 0; e < ne; e++) {
    fprintf(f, "%s", exps[e]);
    for (int m = 0; m < c->n; m++) {
      GbQ g = agg(c, m, exps[e], keys);
      double v[3] = {g.v, g.lo, g.hi};
      for (int q = 0; q < 3; q++)
        fprintf(f, isnan(v[q]) ? "\tNaN" : "\t%.6g", v[q]);
    }
    fputc('\n', f);
  }
  return fclose(f) == 0 ? 0 : -1;
}

/* --tsv FILE: the time figure's data; with different core counts also
** FILE_per_core.tsv (FILE's .tsv suffix replaced), the per-core figure's. */
static int gb_cmp_tsv(const GbCmp *c, const json_t *keys) {
  if (gb_cmp_data(c, c->tsv, keys, gb_cmp_time_agg) < 0) return -1;
  if (!c->per_core) return 0;
  size_t n = strlen(c->tsv);
  bool suffix = n >= 4 && strcmp(c->tsv + n - 4, ".tsv") == 0;
  char *path = gb_asprintf("%.*s_per_core.tsv", (int)(suffix ? n - 4 : n), c->tsv);
  int rc = gb_cmp_data(c, path, keys, gb_cmp_core_agg);
  free(path);
  return rc;
}

/* Files of different suites (or parts of one) have different runs: say so,
** with each file's experiments and run count, so a short table is read as
** what the files share, not as all they hold. */
static void gb_cmp_suites(const GbCmp *c, const int *unmatched) {
  bool differ = false;
  for (int m = 0; m < c->n; m++)
    differ = differ || unmatched[m] > 0 ||
             json_object_size(c->f[m].index) != json_object_size(c->f[0].index);
  if (!differ) return;
  printf("%sThe files hold different runs (different suites, or parts of one); only the runs "
         "at least two have are compared:\n",
         c->markdown ? "**Note.** " : "note: ");
  for (int m = 0; m < c->n; m++) {
    char exps[512] = "";
    size_t n = 0;
    size_t i;
    json_t *r;
    json_array_foreach(gb_doc_runs(c->f[m].doc), i, r) {
      const char *e = gb_rs(r, "experiment");
      char tok[24];
      snprintf(tok, sizeof tok, " %s,", *e ? e : "-");
      if (!strstr(exps, tok) && n + strlen(tok) < sizeof exps)
        n += (size_t)snprintf(exps + n, sizeof exps - n, "%s", tok);
    }
    if (n) exps[n - 1] = '\0';
    printf("%s%c: %zu runs of%s\n", c->markdown ? "- " : "  ", 'A' + m,
           json_array_size(gb_doc_runs(c->f[m].doc)), exps);
  }
  printf("\n");
}

/* Each file's runs no other file has, by label. */
static void gb_cmp_unmatched(const GbCmp *c, const GbCmpVary *v, const int *unmatched) {
  for (int m = 0; m < c->n; m++) {
    if (!unmatched[m]) continue;
    printf("\n%c (%s): %d run%s no other file has:\n", 'A' + m, c->f[m].path, unmatched[m],
           unmatched[m] == 1 ? "" : "s");
    size_t i;
    json_t *r;
    json_array_foreach(gb_doc_runs(c->f[m].doc), i, r) {
      if (!gb_ok(r)) continue;
      char *k = gb_run_key(r), label[320];
      int have = 0;
      for (int o = 0; o < c->n; o++)
        have += json_object_get(c->f[o].index, k) != NULL;
      free(k);
      if (have >= 2) continue;
      gb_cmp_label(v, r, label, sizeof label);
      printf("%s%s\n", c->markdown ? "- " : "  ", label);
    }
  }
}

static void gb_cmp_usage(FILE *f) {
  fputs("usage: gilbench compare A.json B.json [...] [--markdown] [--tsv FILE]\n"
        "\n"
        "Matches the runs of results files by experiment and configuration and prints\n"
        "each file's measure and speedup (95% intervals) side by side: the median time,\n"
        "or the quantity that decides the experiment (E8, E14: I/O ops/s, higher is\n"
        "better; E3: lost updates; E6: the median GIL hold; E7: GIL hand-offs/s). A\n"
        "value marked * (Markdown: ≠) differs significantly from the first file's: the\n"
        "intervals do not overlap, or for times a Mann-Whitney U test on the samples\n"
        "gives p < 0.05. With different core counts, speedup per usable core is shown\n"
        "too. Rows are the runs at least two files have; the rest are listed per file\n"
        "after the table.\n"
        "  --markdown   a Markdown table\n"
        "  --tsv FILE   the comparison figure's data (plots/compare.gp); with different\n"
        "               core counts also FILE_per_core.tsv (plots/compare_per_core.gp)\n",
        f);
}

int gb_compare_main(int argc, char **argv) {
  static GbCmp c;
  static GbCmpVary vary;
  memset(&c, 0, sizeof c);
  memset(&vary, 0, sizeof vary);
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
  /* rows: the runs at least two files have, in the order of the first file
  ** that has them; the rest is unmatched, listed per file */
  json_t *keys = json_array(), *seen = json_object();
  int unmatched[GB_CMP_MAX] = {0};
  for (int m = 0; m < c.n; m++) {
    size_t i;
    json_t *r;
    json_array_foreach(gb_doc_runs(c.f[m].doc), i, r) {
      if (!gb_ok(r)) continue;
      char *k = gb_run_key(r);
      int have = 0;
      for (int o = 0; o < c.n; o++)
        have += json_object_get(c.f[o].index, k) != NULL;
      if (have < 2)
        unmatched[m]++;
      else if (!json_object_get(seen, k)) {
        json_object_set_new(seen, k, json_true());
        json_array_append_new(keys, json_string(k));
      }
      gb_cmp_vary_add(&vary, r);
      free(k);
    }
  }
  json_decref(seen);
  if (json_array_size(keys) == 0) {
    fprintf(stderr,
            "gilbench compare: %s and the other files have no run in common "
            "(same experiments, configurations and interpreters are needed)\n",
            c.f[0].path);
    json_decref(keys);
    rc = 1;
    goto done;
  }
  size_t nk = json_array_size(keys);
  char(*labels)[320] = gb_calloc(nk, sizeof *labels);
  const json_t *(*rows)[GB_CMP_MAX] = gb_calloc(nk, sizeof *rows);
  int width = 3;
  for (size_t i = 0; i < nk; i++) {
    const char *k = json_string_value(json_array_get(keys, i));
    const json_t *any = NULL;
    for (int m = 0; m < c.n; m++) {
      rows[i][m] = json_object_get(c.f[m].index, k);
      if (!any) any = rows[i][m];
    }
    gb_cmp_label(&vary, any, labels[i], sizeof labels[i]);
    int w = (int)strlen(labels[i]);
    if (w > width) width = w;
  }
  gb_cmp_legend(&c);
  gb_cmp_suites(&c, unmatched);
  gb_cmp_header(&c, width);
  for (size_t i = 0; i < nk; i++)
    gb_cmp_row(&c, width, labels[i], rows[i]);
  printf("\n%zu runs matched; measured = the median time, or what decides the experiment "
         "(E3: lost updates, min and max; E6: the median GIL hold, quartiles; E7: GIL "
         "hand-offs/s, legacy: releases/s; E8, E14: I/O ops/s, higher is better); %s = "
         "significantly different from A (intervals apart or, for times, Mann-Whitney "
         "p < 0.05)%s\n",
         nk, c.markdown ? "**≠**" : "*",
         c.per_core ? "; per core = speedup / min(N, the file's cores)" : "");
  gb_cmp_unmatched(&c, &vary, unmatched);
  if (c.tsv && gb_cmp_tsv(&c, keys) < 0) rc = 1;
  free(labels);
  free(rows);
  json_decref(keys);
done:
  for (int m = 0; m < c.n; m++) {
    json_decref(c.f[m].doc);
    json_decref(c.f[m].index);
  }
  return rc;
}
