/*
** suite.c — `gilbench suite`: runs every experiment of a suite file.
**
** A suite file (workloads/suite.json, quick.json) lists experiments; each
** has defaults (workload, entry, args, ...) and sweeps. A sweep is a set of
** keys whose values may be lists; the runs are their Cartesian product, in
** a fixed key order with workers innermost, so that a figure's line is a
** run of consecutive rows. "P" in a worker count is the number of physical
** cores hwloc finds; "1..2P" is every count up to 2P (powers of two and P,
** 2P when that would be more than 8 counts).
**
** The suite starts the loopback server when an experiment's arguments
** contain "{url}" (the server's URL with the run's latency_ms), runs every
** configuration with the run engine, and, where python3 exists, runs the
** experiment's "cpython" modes through harness/engine/cpython_driver.py for the
** reference lines; where ruby exists, the "ruby" modes of runs at gil=fifo
** with Ruby's 100 ms quantum also under Ruby (ruby.h: E14's Ruby line).
** Each finished run is journaled at once (journal.h), so an interrupted
** suite keeps what it finished and --resume skips it; the end computes the
** speedups (each run against the seq run of the same task and
** interpreter), writes DIR/results.json, the figures' data and the report.
*/
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "capacity.h"
#include "cpython.h"
#include "disturb.h"
#include "info.h"
#include "journal.h"
#include "knobs.h"
#include "measure.h"
#include "preflight.h"
#include "progress.h"
#include "pyrun.h"
#include "reader.h"
#include "report.h"
#include "results.h"
#include "rounds.h"
#include "ruby.h"
#include "run.h"
#include "server_proc.h"
#include "spinlib.h"
#include "stats.h"
#include "suite.h"

#define GB_SUITE_MAX_RUNS 4096

/* Which interpreter runs a planned run: gilpy, or a reference one. The
** order is a block's round order (gb_suite_after). */
typedef enum { GB_IMPL_GILPY, GB_IMPL_CPYTHON, GB_IMPL_RUBY } GbImpl;
/* as gb_run_impl (reader.h) names them */
static const char *const gb_impl_names[] = {"gilpy", "cpython", "ruby"};

/* One planned run: the engine's configuration plus what the suite adds. */
typedef struct GbSuiteRun {
  GbRunConfig cfg;
  GbImpl impl;
  double latency_ms; /* < 0: the run needs no server */
  char *key;
} GbSuiteRun;

typedef struct GbSuite {
  const char *path;
  char dir[PATH_MAX]; /* the suite file's folder: workloads are relative to it */
  json_t *root;
  int ncores;
  bool quick;
  const char *only; /* comma-separated experiment ids, or NULL */
  int nruns;
  GbSuiteRun runs[GB_SUITE_MAX_RUNS];
} GbSuite;

typedef struct GbSuiteOpts {
  const char *suite, *out, *only, *python, *ruby;
  bool quick, resume, cpython, python_set, with_ruby, ruby_set;
  bool force, no_preflight; /* the preflight (preflight.h): never stop / skip it */
} GbSuiteOpts;

typedef struct GbSuiteState {
  GbSuite *s;
  GbTopo tp;
  GbServerProc srv; /* pid 0: no server */
  GbWriter *w;
  GbProgress prog;
  char *interp, *driver; /* "cpython-3.11" (NULL: no reference runs), the driver */
  const char *python;
  char *rb_interp, *rb_driver; /* "ruby-3.1.2" (NULL: no Ruby runs), ruby_driver.rb */
  const char *ruby;
  int failures;
  bool write_failed;        /* the journal could not be written: stop at once */
  const GbSuiteRun **block; /* the block being measured (gb_suite_exec) */
  json_t *calibrated;       /* "E11|gilpy" -> the calibration's value */
  GbCost *costs;            /* the experiments' expected costs (gb_suite_costs) */
} GbSuiteState;

static void gb_suite_sigint(int sig) {
  (void)sig;
  gb_interrupted = 1;
}

/* --- keys and run descriptions --- */

/* An argument's text as the engine parses it back: a JSON real keeps a
** decimal point, so 0.0 stays a float and does not become the int 0. */
static char *gb_suite_arg_text(const json_t *v) {
  if (json_is_string(v)) return gb_strdup(json_string_value(v));
  if (json_is_integer(v)) return gb_asprintf("%lld", (long long)json_integer_value(v));
  if (json_is_real(v)) {
    char *s = gb_asprintf("%.17g", json_real_value(v));
    if (!strpbrk(s, ".eEn")) {
      char *t = gb_asprintf("%s.0", s);
      free(s);
      return t;
    }
    return s;
  }
  if (json_is_boolean(v)) return gb_strdup(json_is_true(v) ? "1" : "0");
  return NULL;
}

static json_t *gb_suite_desc(const GbSuiteRun *sr) {
  const GbRunConfig *c = &sr->cfg;
  char pin[64];
  gb_pin_format(c->pin, pin, sizeof pin);
  json_t *args = json_array();
  for (int i = 0; i < c->nargs; i++) /* as the results writer records them */
    json_array_append_new(args, json_string(c->args[i]));
  json_t *o = json_pack("{s:s, s:s, s:s, s:o, s:s, s:i, s:s, s:f, s:i, s:s}", "experiment",
                        c->experiment, "workload", c->workload, "entry", c->entry, "args", args,
                        "mode", gb_mode_name(c->mode), "workers", c->workers, "gil",
                        gp_gil_model_name(c->gil), "switch_interval", c->switch_interval,
                        "check_interval", c->check_interval, "pin", pin);
  if (sr->impl != GB_IMPL_GILPY)
    json_object_set_new(o, "interpreter", json_string(gb_impl_names[sr->impl]));
  if (sr->latency_ms >= 0) json_object_set_new(o, "latency_ms", json_real(sr->latency_ms));
  return o;
}

/* --- the suite file --- */

static int gb_suite_err(char *err, size_t len, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static int gb_suite_err(char *err, size_t len, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err, len, fmt, ap);
  va_end(ap);
  return -1;
}

/* A knob's value as its validator reads it, the text of a flag: a name as
** it is, a number as in the file (so "5" stays no number and 4294967297
** does not wrap), a real the shortest way that reads back the same. */
static char *gb_suite_knob_text(const json_t *v, bool name) {
  if (name && json_is_string(v)) return gb_strdup(json_string_value(v));
  for (int p = 1; json_is_real(v); p++) {
    char *t = gb_asprintf("%.*g", p, json_real_value(v));
    if (p == 17 || strtod(t, NULL) == json_real_value(v)) return t;
    free(t);
  }
  char *t = json_dumps(v, JSON_ENCODE_ANY);
  return t ? t : gb_strdup("?");
}

/* Sets knob `key` of c (latency_ms: *lat) from v with the knob's validator
** (knobs.h, gilpy.h), as the flags do: 0, -1 with "KEY VALUE: reason" in
** err, 1 if key is no knob. */
static int gb_suite_knob(GbRunConfig *c, double *lat, const char *key, const json_t *v, char *err,
                         size_t len) {
  char *text = gb_suite_knob_text(v, strcmp(key, "gil") == 0 || strcmp(key, "pin") == 0);
  char why[128];
  int bad = 1;
  if (strcmp(key, "gil") == 0)
    bad = gp_knob_gil(text, &c->gil, why, sizeof why);
  else if (strcmp(key, "switch_interval") == 0)
    bad = gp_knob_switch_interval(text, &c->switch_interval, why, sizeof why);
  else if (strcmp(key, "check_interval") == 0)
    bad = gp_knob_check_interval(text, &c->check_interval, why, sizeof why);
  else if (strcmp(key, "pin") == 0)
    bad = gb_knob_pin(text, &c->pin, why, sizeof why);
  else if (strcmp(key, "latency_ms") == 0)
    bad = gb_knob_latency(text, lat, why, sizeof why);
  else if (strcmp(key, "reps") == 0)
    bad = gb_knob_reps(text, &c->reps, why, sizeof why);
  else if (strcmp(key, "warmup") == 0)
    bad = gb_knob_warmup(text, &c->warmup, why, sizeof why);
  else if (strcmp(key, "timeout_s") == 0)
    bad = gb_knob_timeout(text, &c->timeout_s, why, sizeof why);
  else if (strcmp(key, "workers") == 0)
    bad = gb_knob_workers(text, &c->workers, why, sizeof why);
  if (bad < 0) gb_suite_err(err, len, "%s %s: %s", key, text, why);
  free(text);
  return bad < 0 ? -1 : bad;
}

/* "3", "P", "2P" -> *k, a worker count by the -n flag's rule (knobs.h);
** -1 with the reason in err. */
static int gb_suite_count(const char *s, int ncores, int *k, char *err, size_t len) {
  char *end, text[32], why[128];
  long m = strtol(s, &end, 10); /* out of range: LONG_MAX or LONG_MIN, refused below */
  if (end == s) m = 1;
  bool per_core = *end == 'P';
  if (*(end + per_core)) return gb_suite_err(err, len, "bad worker count \"%s\"", s);
  /* m beyond the limit is not multiplied (no overflow): refused all the same */
  snprintf(text, sizeof text, "%ld", per_core && m >= 0 && m <= GB_MAX_WORKERS ? m * ncores : m);
  if (gb_knob_workers(text, k, why, sizeof why) < 0)
    return gb_suite_err(err, len, "workers %s: %s", s, why);
  return 0;
}

/* Appends the worker counts of one spec (int, "2P", "1..2P") to out. */
static int gb_suite_workers(const json_t *v, int ncores, int *out, int *n, char *err, size_t len) {
  const char *s = json_string_value(v);
  if (!s) {
    GbRunConfig c = {.workers = 1};
    if (gb_suite_knob(&c, NULL, "workers", v, err, len) < 0) return -1;
    out[(*n)++] = c.workers;
    return 0;
  }
  const char *dots = strstr(s, "..");
  int lo, hi;
  if (!dots) {
    if (gb_suite_count(s, ncores, &lo, err, len) < 0) return -1;
    out[(*n)++] = lo;
    return 0;
  }
  char lo_s[32];
  snprintf(lo_s, sizeof lo_s, "%.*s", (int)(dots - s), s);
  if (gb_suite_count(lo_s, ncores, &lo, err, len) < 0 ||
      gb_suite_count(dots + 2, ncores, &hi, err, len) < 0)
    return -1;
  if (hi < lo) return gb_suite_err(err, len, "bad worker range \"%s\"", s);
  bool all = hi - lo < 8;
  for (int k = lo; k <= hi && *n < 64; k++)
    if (all || k == lo || k == hi || k == ncores || (k & (k - 1)) == 0) out[(*n)++] = k;
  return 0;
}

/* The value of key for one run: the sweep's, else the experiment's, else
** the suite's defaults (the quick block first under --quick). */
static const json_t *gb_suite_get(const GbSuite *s, const json_t *exp, const json_t *sw,
                                  const char *key) {
  const json_t *v = json_object_get(sw, key);
  if (!v) v = json_object_get(exp, key);
  if (!v && s->quick) v = json_object_get(json_object_get(s->root, "quick"), key);
  if (!v) v = json_object_get(json_object_get(s->root, "defaults"), key);
  return v;
}

/* The sweep keys, outermost first. */
static const char *const gb_suite_keys[] = {
    "entry",      "args", "gil",  "switch_interval", "check_interval",
    "latency_ms", "pin",  "mode", "workers"};
#define GB_SUITE_NKEYS (sizeof gb_suite_keys / sizeof *gb_suite_keys)

/* A key's values as a list: args sweeps are lists of lists. */
static json_t *gb_suite_values(const json_t *v, const char *key) {
  if (!v) return json_array();
  bool list = json_is_array(v);
  if (strcmp(key, "args") == 0)
    list = list && json_array_size(v) > 0 && json_is_array(json_array_get(v, 0));
  if (list) return json_incref((json_t *)v);
  json_t *a = json_array();
  json_array_append(a, (json_t *)v);
  return a;
}

static int gb_suite_set(GbSuite *s, GbRunConfig *c, double *lat, const char *key, const json_t *v,
                        char *err, size_t len) {
  const char *str = json_string_value(v);
  if (strcmp(key, "entry") == 0) {
    if (!str) return gb_suite_err(err, len, "entry must be a string");
    free(c->entry);
    c->entry = gb_strdup(str);
  } else if (strcmp(key, "args") == 0) {
    if (!json_is_array(v) || json_array_size(v) > GB_MAX_ARGS)
      return gb_suite_err(err, len, "args must be a list of at most %d values", GB_MAX_ARGS);
    for (int i = 0; i < c->nargs; i++)
      free(c->args[i]);
    c->nargs = 0;
    size_t i;
    json_t *a;
    json_array_foreach(v, i, a) {
      char *t = gb_suite_arg_text(a);
      if (!t) return gb_suite_err(err, len, "an argument is a number or a string");
      c->args[c->nargs++] = t;
    }
  } else if (strcmp(key, "mode") == 0) {
    if (!str || gb_mode_parse(str, &c->mode) < 0)
      return gb_suite_err(err, len, "mode is seq, threads, subinterp or procs");
  } else {
    return gb_suite_knob(c, lat, key, v, err, len);
  }
  (void)s;
  return 0;
}

/* The index of the "{calibrated}" argument, or -1. */
static int gb_suite_calibrated_arg(const GbRunConfig *c) {
  for (int i = 0; i < c->nargs; i++)
    if (strcmp(c->args[i], "{calibrated}") == 0) return i;
  return -1;
}

static bool gb_suite_has_url(const GbRunConfig *c) {
  for (int i = 0; i < c->nargs; i++)
    if (strstr(c->args[i], "{url}")) return true;
  return false;
}

/* Whether m is one of the modes an experiment's "cpython" or "ruby" lists. */
static bool gb_suite_ref_mode(const json_t *modes, GbMode m) {
  size_t i;
  json_t *v;
  json_array_foreach(modes, i,
                     v) if (json_is_string(v) &&
                            strcmp(json_string_value(v), gb_mode_name(m)) == 0) return true;
  return false;
}

static int gb_suite_add(GbSuite *s, const GbRunConfig *c, double lat, GbImpl impl, char *err,
                        size_t len) {
  if (s->nruns >= GB_SUITE_MAX_RUNS)
    return gb_suite_err(err, len, "more than %d runs", GB_SUITE_MAX_RUNS);
  GbSuiteRun *sr = &s->runs[s->nruns];
  gb_config_copy(&sr->cfg, c);
  sr->impl = impl;
  sr->latency_ms = gb_suite_has_url(c) ? lat : -1;
  json_t *d = gb_suite_desc(sr);
  sr->key = gb_run_key(d);
  json_decref(d);
  for (int i = 0; i < s->nruns; i++) /* sweeps may overlap: keep the first */
    if (strcmp(s->runs[i].key, sr->key) == 0) {
      free(sr->key);
      gb_config_free(&sr->cfg);
      return 0;
    }
  s->nruns++;
  return 0;
}

/* The Cartesian product of vals[k..], depth first. */
static int gb_suite_product(GbSuite *s, const json_t *exp, json_t **vals, size_t k, GbRunConfig *c,
                            double lat, char *err, size_t len) {
  if (k == GB_SUITE_NKEYS) {
    if (gb_suite_add(s, c, lat, GB_IMPL_GILPY, err, len) < 0) return -1;
    const json_t *cpy = json_object_get(exp, "cpython");
    if (c->gil == GP_GIL_NEW && gb_suite_ref_mode(cpy, c->mode))
      return gb_suite_add(s, c, lat, GB_IMPL_CPYTHON, err, len);
    /* Ruby beside fifo at Ruby's own quantum, the one it runs with */
    const json_t *rb = json_object_get(exp, "ruby");
    if (c->gil == GP_GIL_FIFO && fabs(c->switch_interval - GB_RUBY_QUANTUM_S) < 1e-12 &&
        gb_suite_ref_mode(rb, c->mode))
      return gb_suite_add(s, c, lat, GB_IMPL_RUBY, err, len);
    return 0;
  }
  size_t i;
  json_t *v;
  if (strcmp(gb_suite_keys[k], "workers") == 0) {
    int counts[64], n = 0;
    json_array_foreach(vals[k], i,
                       v) if (gb_suite_workers(v, s->ncores, counts, &n, err, len) < 0) return -1;
    for (int j = 0; j < n; j++) {
      c->workers = counts[j];
      if (gb_suite_product(s, exp, vals, k + 1, c, lat, err, len) < 0) return -1;
    }
    return 0;
  }
  if (json_array_size(vals[k]) == 0) return gb_suite_product(s, exp, vals, k + 1, c, lat, err, len);
  json_array_foreach(vals[k], i, v) {
    if (gb_suite_set(s, c, &lat, gb_suite_keys[k], v, err, len) < 0) return -1;
    if (gb_suite_product(s, exp, vals, k + 1, c, lat, err, len) < 0) return -1;
  }
  return 0;
}

static int gb_suite_sweep(GbSuite *s, const json_t *exp, const json_t *sw, char *err, size_t len) {
  const char *id = json_string_value(json_object_get(exp, "id"));
  const char *wl = json_string_value(gb_suite_get(s, exp, sw, "workload"));
  if (!wl) return gb_suite_err(err, len, "%s: no workload", id);
  GbRunConfig c;
  gb_config_init(&c);
  c.experiment = gb_strdup(id);
  c.workload = wl[0] == '/' ? gb_strdup(wl) : gb_asprintf("%s/%s", s->dir, wl);
  c.timeout_s = 300;
  snprintf(err, len, "%s: ", id);
  size_t pre = strlen(err);
  static const char *const once[] = {"reps", "warmup", "timeout_s"};
  for (size_t k = 0; k < sizeof once / sizeof *once; k++) {
    const json_t *v = gb_suite_get(s, exp, sw, once[k]);
    if (v && gb_suite_knob(&c, NULL, once[k], v, err + pre, len - pre) < 0) {
      gb_config_free(&c);
      return -1;
    }
  }
  static const char *const flags[] = {"trace", "fixed_work"};
  bool *set[] = {&c.trace, &c.fixed_work};
  for (size_t k = 0; k < sizeof flags / sizeof *flags; k++) {
    const json_t *v = gb_suite_get(s, exp, sw, flags[k]);
    if (v && !json_is_boolean(v)) {
      gb_config_free(&c);
      return gb_suite_err(err + pre, len - pre, "%s must be true or false", flags[k]);
    }
    *set[k] = json_is_true(v);
  }
  json_t *vals[GB_SUITE_NKEYS];
  for (size_t k = 0; k < GB_SUITE_NKEYS; k++) {
    const char *key = gb_suite_keys[k];
    const json_t *v = gb_suite_get(s, exp, sw, key);
    if (s->quick && strcmp(key, "workers") == 0 && json_object_get(s->root, "quick") &&
        json_object_get(json_object_get(s->root, "quick"), "workers") && json_is_string(v) &&
        strstr(json_string_value(v), ".."))
      v = json_object_get(json_object_get(s->root, "quick"), "workers");
    vals[k] = gb_suite_values(v, key);
  }
  if (json_array_size(vals[GB_SUITE_NKEYS - 1]) == 0)
    json_array_append_new(vals[GB_SUITE_NKEYS - 1], json_integer(1));
  int rc = gb_suite_product(s, exp, vals, 0, &c, 0, err + pre, len - pre);
  if (rc == 0) err[0] = '\0';
  for (size_t k = 0; k < GB_SUITE_NKEYS; k++)
    json_decref(vals[k]);
  gb_config_free(&c);
  return rc;
}

static bool gb_suite_selected(const char *only, const char *id) {
  if (!only) return true;
  size_t n = strlen(id);
  for (const char *p = only; (p = strstr(p, id)); p += n)
    if ((p == only || p[-1] == ',') && (p[n] == ',' || p[n] == '\0')) return true;
  return false;
}

/* The keys a suite file may have: a misspelt one would be ignored and the
** run measured with the default instead. */
static const char *const gb_suite_top_keys[] = {"schema", "name",        "description", "defaults",
                                                "quick",  "experiments", NULL};
static const char *const gb_suite_run_keys[] = {
    "workload",   "entry", "args",    "gil",  "switch_interval", "check_interval", "latency_ms",
    "pin",        "mode",  "workers", "reps", "warmup",          "trace",          "timeout_s",
    "fixed_work", NULL};
static const char *const gb_suite_exp_keys[] = {"id",   "sweeps",     "calibrate", "cpython",
                                                "ruby", "est_unit_s", NULL};

static bool gb_suite_in(const char *key, const char *const *keys) {
  for (; *keys; keys++)
    if (strcmp(key, *keys) == 0) return true;
  return false;
}

/* -1 with "PATH: WHERE: unknown key 'K'" in err if o has a key that is
** neither a run key nor, with exp, an experiment's. */
static int gb_suite_known(const GbSuite *s, const json_t *o, bool exp, const char *where, char *err,
                          size_t len) {
  const char *key;
  json_t *v;
  json_object_foreach((json_t *)o, key, v) {
    if (!gb_suite_in(key, gb_suite_run_keys) && !(exp && gb_suite_in(key, gb_suite_exp_keys)))
      return gb_suite_err(err, len, "%s: %s: unknown key '%s'", s->path, where, key);
  }
  return 0;
}

/* Every object of the file has known keys only. */
static int gb_suite_check_keys(const GbSuite *s, char *err, size_t len) {
  const char *key;
  json_t *v, *e, *sw;
  size_t i, j;
  json_object_foreach(s->root, key, v) {
    if (!gb_suite_in(key, gb_suite_top_keys))
      return gb_suite_err(err, len, "%s: unknown key '%s'", s->path, key);
  }
  if (gb_suite_known(s, json_object_get(s->root, "defaults"), false, "defaults", err, len) < 0 ||
      gb_suite_known(s, json_object_get(s->root, "quick"), false, "quick", err, len) < 0)
    return -1;
  json_array_foreach(json_object_get(s->root, "experiments"), i, e) {
    char where[160];
    const char *id = json_string_value(json_object_get(e, "id"));
    snprintf(where, sizeof where, "experiment %s", id ? id : "?");
    if (gb_suite_known(s, e, true, where, err, len) < 0) return -1;
    json_array_foreach(json_object_get(e, "sweeps"), j, sw) {
      snprintf(where, sizeof where, "%s, sweep %zu", id ? id : "?", j + 1);
      if (gb_suite_known(s, sw, false, where, err, len) < 0) return -1;
    }
  }
  return 0;
}

/* Loads and expands the suite file; -1 with the reason in err. */
static int gb_suite_load(GbSuite *s, char *err, size_t len) {
  json_error_t je;
  s->root = json_load_file(s->path, 0, &je);
  if (!s->root && je.line < 1) return gb_suite_err(err, len, "%s", je.text); /* cannot open */
  if (!s->root) return gb_suite_err(err, len, "%s:%d: %s", s->path, je.line, je.text);
  if (!realpath(s->path, s->dir)) return gb_suite_err(err, len, "%s: %s", s->path, strerror(errno));
  *strrchr(s->dir, '/') = '\0';
  const char *schema = json_string_value(json_object_get(s->root, "schema"));
  if (!schema || strcmp(schema, "gilbench-suite/1") != 0)
    return gb_suite_err(err, len, "%s: not a gilbench-suite/1 file", s->path);
  json_t *exps = json_object_get(s->root, "experiments");
  if (!json_is_array(exps) || json_array_size(exps) == 0)
    return gb_suite_err(err, len, "%s: no experiments", s->path);
  if (gb_suite_check_keys(s, err, len) < 0) return -1;
  size_t i, j;
  json_t *e, *sw;
  json_array_foreach(exps, i, e) {
    const char *id = json_string_value(json_object_get(e, "id"));
    if (!id) return gb_suite_err(err, len, "%s: experiment %zu has no id", s->path, i + 1);
    const json_t *est = json_object_get(e, "est_unit_s");
    if (est && !(json_number_value(est) > 0))
      return gb_suite_err(err, len, "%s: %s: est_unit_s must be a number of seconds > 0", s->path,
                          id);
    if (!gb_suite_selected(s->only, id)) continue;
    json_t *sweeps = json_object_get(e, "sweeps");
    if (!json_is_array(sweeps) || json_array_size(sweeps) == 0)
      return gb_suite_err(err, len, "%s: %s has no sweeps", s->path, id);
    int first = s->nruns;
    json_array_foreach(sweeps, j, sw) if (gb_suite_sweep(s, e, sw, err, len) < 0) return -1;
    for (int k = first; k < s->nruns; k++)
      if (gb_suite_calibrated_arg(&s->runs[k].cfg) >= 0 &&
          !json_is_string(json_object_get(e, "calibrate")))
        return gb_suite_err(err, len, "%s: %s uses {calibrated} but names no \"calibrate\" entry",
                            s->path, id);
  }
  if (s->nruns == 0) return gb_suite_err(err, len, "%s: no runs selected", s->path);
  return 0;
}

static void gb_suite_free(GbSuite *s) {
  for (int i = 0; i < s->nruns; i++) {
    gb_config_free(&s->runs[i].cfg);
    free(s->runs[i].key);
  }
  json_decref(s->root);
}

/* --- the run loop --- */

static void gb_suite_describe(const GbSuiteRun *sr, char *buf, size_t len) {
  const GbRunConfig *c = &sr->cfg;
  size_t n = (size_t)snprintf(buf, len, "%-4s %-7s %-11s %-9s n=%-2d", c->experiment,
                              sr->impl ? gb_impl_names[sr->impl] : gp_gil_model_name(c->gil),
                              c->entry, gb_mode_name(c->mode), c->workers);
  for (int i = 0; i < c->nargs && n < len; i++)
    n += (size_t)snprintf(buf + n, len - n, " %s", strcmp(c->args[i], "{url}") ? c->args[i] : "");
  if (sr->latency_ms >= 0 && n < len)
    n += (size_t)snprintf(buf + n, len - n, " L=%gms", sr->latency_ms);
  if (c->gil != GP_GIL_LEGACY && c->gil != GP_GIL_NONE && n < len)
    n += (size_t)snprintf(buf + n, len - n, " si=%gms", c->switch_interval * 1e3);
  if (sr->impl == GB_IMPL_GILPY && c->gil == GP_GIL_LEGACY && n < len)
    n += (size_t)snprintf(buf + n, len - n, " ci=%d", c->check_interval);
  if (c->pin.kind != GB_PIN_CORES && n < len) {
    char pin[32];
    gb_pin_format(c->pin, pin, sizeof pin);
    snprintf(buf + n, len - n, " pin=%s", pin);
  }
}

/* Measures c (one round's share) with the engine or, for a reference run,
** with CPython or Ruby through its driver (pyrun.h). 1 if interrupted. */
static int gb_suite_measure(GbSuiteState *st, GbImpl impl, const GbRunConfig *c,
                            const GbRunHooks *h, GbRun *one) {
  if (impl == GB_IMPL_CPYTHON) return gb_py_run(&st->tp, st->python, st->driver, c, h, one);
  if (impl == GB_IMPL_RUBY) return gb_py_run(&st->tp, st->ruby, st->rb_driver, c, h, one);
  return gb_run_execute(&st->tp, c, h, one);
}

/* The interpreter's name as recorded: "gilpy", "cpython-3.11", "ruby-3.1.2". */
static const char *gb_suite_interp(const GbSuiteState *st, GbImpl impl) {
  return impl == GB_IMPL_CPYTHON ? st->interp : impl == GB_IMPL_RUBY ? st->rb_interp : "gilpy";
}

static const char *gb_suite_calib_entry(const GbSuite *s, const char *id) {
  size_t i;
  json_t *e;
  json_array_foreach(json_object_get(s->root, "experiments"), i, e) {
    const char *eid = json_string_value(json_object_get(e, "id"));
    if (eid && id && strcmp(eid, id) == 0)
      return json_string_value(json_object_get(e, "calibrate"));
  }
  return NULL;
}

/* Calibrations are per experiment and interpreter (gb_impl_names). */
static char *gb_suite_calib_key(const char *experiment, const char *impl) {
  return gb_asprintf("%s|%s", experiment, impl);
}

/* The median of a calibration run's float results; 0 if it has none. */
static double gb_suite_calib_value(const GbRun *r) {
  double *v = gb_calloc((size_t)r->nsamples + 1, sizeof *v);
  int n = 0;
  for (int k = 0; r->status == GB_OK && k < r->nsamples; k++)
    if (r->samples[k].nworkers == 1 && r->samples[k].workers[0].result.kind == GP_RES_FLOAT)
      v[n++] = r->samples[k].workers[0].result.f;
  GbStats stats;
  gb_stats_compute(v, n, &stats);
  free(v);
  return n > 0 && stats.median > 0 ? stats.median : 0;
}

/* The value of an experiment's "{calibrated}" argument for one interpreter:
** the median of 5 calls of its "calibrate" entry (seq, one worker), made
** once, so that every mode's tasks do the same work (a task calibrating in
** its own VM or process would size its work by that moment's speed).
** Returns 0, -1 with err, or 1 if interrupted. */
static int gb_suite_calibrate(GbSuiteState *st, const GbSuiteRun *sr, double *out, char *err,
                              size_t len) {
  char *key = gb_suite_calib_key(sr->cfg.experiment, gb_impl_names[sr->impl]);
  json_t *have = json_object_get(st->calibrated, key);
  if (have) {
    *out = json_real_value(have);
    free(key);
    return 0;
  }
  GbRunConfig c;
  GbRun r;
  gb_config_copy(&c, &sr->cfg);
  for (int i = 0; i < c.nargs; i++)
    free(c.args[i]);
  free(c.entry);
  c.entry = gb_strdup(gb_suite_calib_entry(st->s, sr->cfg.experiment));
  c.nargs = 0;
  c.mode = GB_MODE_SEQ;
  c.workers = 1;
  c.reps = 5;
  c.warmup = 1;
  c.trace = false;
  int rc = gb_suite_measure(st, sr->impl, &c, NULL, &r);
  *out = rc == 0 ? gb_suite_calib_value(&r) : 0;
  if (rc == 0 && *out == 0) {
    snprintf(err, len, "calibration: %s() gave no positive float%s%s", c.entry, r.error ? ": " : "",
             r.error ? r.error : "");
    rc = -1;
  } else if (rc == 0) {
    json_object_set_new(st->calibrated, key, json_real(*out));
    gb_progress_clear(&st->prog);
    fprintf(stderr, "suite: %s calibrated on %s: %s() = %.6g\n", sr->cfg.experiment,
            gb_suite_interp(st, sr->impl), c.entry, *out);
  }
  free(key);
  gb_run_free(&r);
  gb_config_free(&c);
  return rc;
}

/* A round of planned run i of the block (rounds.h): the server's URL and
** the calibrated value put into the arguments, then measured. */
static int gb_suite_exec(void *ud, int i, const GbRunConfig *cfg, const GbRunHooks *h, GbRun *one) {
  GbSuiteState *st = ud;
  const GbSuiteRun *sr = st->block[i];
  int ci = gb_suite_calibrated_arg(cfg);
  double value = 0;
  char err[512];
  int rc = ci >= 0 ? gb_suite_calibrate(st, sr, &value, err, sizeof err) : 0;
  if (rc != 0) memset(one, 0, sizeof *one); /* rounds.c frees it either way */
  if (rc > 0) return 1;
  if (rc < 0) {
    gb_config_copy(&one->cfg, cfg);
    gb_run_fail(one, GB_FAILED, "%s", err);
    return 0;
  }
  GbRunConfig c;
  gb_config_copy(&c, cfg);
  if (ci >= 0) {
    free(c.args[ci]);
    c.args[ci] = gb_asprintf("%.17g", value);
  }
  for (int k = 0; k < c.nargs; k++)
    if (strcmp(c.args[k], "{url}") == 0) {
      free(c.args[k]);
      c.args[k] =
          gb_asprintf("http://127.0.0.1:%u/?ms=%g", st->srv.pid ? st->srv.port : 1, sr->latency_ms);
    }
  rc = gb_suite_measure(st, sr->impl, &c, h, one);
  gb_config_free(&c);
  return rc;
}

/* A finished run as a JSON record, recorded with the arguments' template so
** that runs match across machines and server ports. */
static json_t *gb_suite_record(const GbSuiteState *st, const GbSuiteRun *sr, GbRun *r) {
  for (int i = 0; i < r->cfg.nargs; i++) {
    free(r->cfg.args[i]);
    r->cfg.args[i] = gb_strdup(sr->cfg.args[i]);
  }
  json_t *j = gb_results_run(r);
  if (sr->impl != GB_IMPL_GILPY)
    json_object_set_new(j, "interpreter", json_string(gb_suite_interp(st, sr->impl)));
  if (sr->latency_ms >= 0) json_object_set_new(j, "latency_ms", json_real(sr->latency_ms));
  if (gb_suite_calibrated_arg(&sr->cfg) >= 0) {
    char *key = gb_suite_calib_key(sr->cfg.experiment, gb_impl_names[sr->impl]);
    json_t *v = json_object_get(st->calibrated, key);
    json_object_set_new(j, "calibrated", v ? json_incref(v) : json_null());
    free(key);
  }
  return j;
}

/* Sets run's speedup against base (the seq run of the same task). */
static void gb_suite_speedup(json_t *run, const json_t *base) {
  int nx, nb;
  double *x = gb_walls(run, &nx), *y = gb_walls(base, &nb);
  GbSpeedup sp;
  if (nx && nb) {
    const json_t *both[2] = {run, base};
    bool *bad = gb_round_marks(both, 2, nx);
    gb_stats_speedup_of(y, nb, x, nx, gb_same_block(run, base), bad, &sp);
    free(bad);
    if (sp.valid) json_object_set_new(run, "speedup", gb_results_speedup(&sp));
  }
  free(x);
  free(y);
}

/* Speedups of every non-seq run against the seq run of the same task,
** same interpreter (runs may come from a journal: work on the records). */
static void gb_suite_speedups(json_t *runs) {
  json_t *seq = json_object();
  size_t i;
  json_t *r;
  json_array_foreach(runs, i, r) {
    const char *mode = json_string_value(json_object_get(r, "mode"));
    const char *status = json_string_value(json_object_get(r, "status"));
    if (!mode || strcmp(mode, "seq") != 0 || !status || strcmp(status, "ok") != 0) continue;
    char *k = gb_run_key(r);
    json_object_set(seq, k, r);
    free(k);
  }
  json_array_foreach(runs, i, r) {
    const char *mode = json_string_value(json_object_get(r, "mode"));
    if (!mode || strcmp(mode, "seq") == 0) continue;
    json_t *probe = json_deep_copy(r);
    json_object_set_new(probe, "mode", json_string("seq"));
    char *k = gb_run_key(probe);
    json_decref(probe);
    json_t *base = json_object_get(seq, k);
    if (base) gb_suite_speedup(r, base);
    free(k);
  }
  json_decref(seq);
}

static void gb_suite_usage(FILE *f) {
  fputs("usage: gilbench suite SUITE.json [--quick] [--out DIR] [--resume]\n"
        "                      [--only E1,E3] [--no-cpython] [--python PATH]\n"
        "                      [--no-ruby] [--ruby PATH]\n"
        "                      [--force] [--no-preflight]\n"
        "\n"
        "Runs every experiment of SUITE.json (workloads/suite.json, quick.json) with\n"
        "progress and ETA, journals each finished run, and writes DIR/results.json,\n"
        "DIR/data/*.tsv (the figures' data) and DIR/report.md.\n"
        "  --quick       the suite's \"quick\" settings (fewer repetitions and workers)\n"
        "  --out DIR     where results go (default: results/runs/NAME-DATE)\n"
        "  --resume      keep the runs DIR/results.json.journal already has\n"
        "  --only IDS    only these experiments (comma-separated ids)\n"
        "  --no-cpython  skip the CPython reference runs\n"
        "  --python P    the CPython for reference runs (default python3)\n"
        "  --no-ruby     skip the Ruby reference runs (E14's Ruby line)\n"
        "  --ruby R      the Ruby for them (default ruby)\n"
        "  --force       run even when the preflight finds the cores busy\n"
        "  --no-preflight  skip the preflight (P processes side by side vs one)\n"
        "\n"
        "Exit status: 0 all ok, 1 a run failed, 2 bad suite or arguments, 3 the\n"
        "preflight found the machine too busy, 130 interrupted (finished runs are\n"
        "kept: rerun with --resume).\n",
        f);
}

static int gb_suite_opts(int argc, char **argv, GbSuiteOpts *o) {
  memset(o, 0, sizeof *o);
  o->cpython = true;
  o->python = "python3";
  o->with_ruby = true;
  o->ruby = "ruby";
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    bool more = i + 1 < argc;
    if (strcmp(a, "--quick") == 0)
      o->quick = true;
    else if (strcmp(a, "--resume") == 0)
      o->resume = true;
    else if (strcmp(a, "--no-cpython") == 0)
      o->cpython = false;
    else if (strcmp(a, "--no-ruby") == 0)
      o->with_ruby = false;
    else if (strcmp(a, "--force") == 0)
      o->force = true;
    else if (strcmp(a, "--no-preflight") == 0)
      o->no_preflight = true;
    else if (strcmp(a, "--out") == 0 && more)
      o->out = argv[++i];
    else if (strcmp(a, "--only") == 0 && more)
      o->only = argv[++i];
    else if (strcmp(a, "--python") == 0 && more) {
      o->python = argv[++i];
      o->python_set = true;
    } else if (strcmp(a, "--ruby") == 0 && more) {
      o->ruby = argv[++i];
      o->ruby_set = true;
    } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      gb_suite_usage(stdout);
      exit(0);
    } else if (a[0] != '-' && !o->suite)
      o->suite = a;
    else {
      fprintf(stderr, "gilbench suite: unexpected argument '%s' (see --help)\n", a);
      return -1;
    }
  }
  if (!o->suite) {
    fprintf(stderr, "gilbench suite: which suite file? (see --help)\n");
    return -1;
  }
  return 0;
}

static int gb_suite_mkdirs(const char *dir) {
  char buf[PATH_MAX];
  snprintf(buf, sizeof buf, "%s", dir);
  for (char *p = buf + 1; *p; p++)
    if (*p == '/') {
      *p = '\0';
      if (mkdir(buf, 0755) < 0 && errno != EEXIST) return -1;
      *p = '/';
    }
  return mkdir(buf, 0755) < 0 && errno != EEXIST ? -1 : 0;
}

/* A driver (pyrun.h, ruby.h), looked for beside the workloads' folder and
** the suite file's. */
static char *gb_suite_driver_path(const GbSuite *s, char *(*find)(const char *const *, int)) {
  char wl[PATH_MAX] = "";
  if (s->nruns > 0) {
    snprintf(wl, sizeof wl, "%s", s->runs[0].cfg.workload);
    char *slash = strrchr(wl, '/');
    if (slash) *slash = '\0';
  }
  const char *dirs[] = {wl, s->dir};
  return find(dirs, 2);
}

static bool gb_suite_needs_server(const GbSuite *s) {
  for (int i = 0; i < s->nruns; i++)
    if (s->runs[i].latency_ms >= 0) return true;
  return false;
}

/* Drops the runs of impl (no python3, --no-cpython; no ruby, --no-ruby). */
static void gb_suite_drop(GbSuite *s, GbImpl impl) {
  int n = 0;
  for (int i = 0; i < s->nruns; i++) {
    if (s->runs[i].impl == impl) {
      gb_config_free(&s->runs[i].cfg);
      free(s->runs[i].key);
    } else {
      s->runs[n++] = s->runs[i];
    }
  }
  s->nruns = n;
}

static bool gb_suite_has(const GbSuite *s, GbImpl impl) {
  for (int i = 0; i < s->nruns; i++)
    if (s->runs[i].impl == impl) return true;
  return false;
}

/* Ruby and ruby_driver.rb for the planned Ruby runs, or those runs dropped
** with one message saying why: E14's Ruby line is then missing, and the
** report says Ruby was not measured. */
static void gb_suite_find_ruby(GbSuiteState *st, const GbSuiteOpts *o) {
  GbSuite *s = st->s;
  if (!gb_suite_has(s, GB_IMPL_RUBY)) return;
  st->rb_interp = o->with_ruby ? gb_rb_version(o->ruby) : NULL;
  st->rb_driver = st->rb_interp ? gb_suite_driver_path(s, gb_rb_driver_find) : NULL;
  if (st->rb_interp && !st->rb_driver) {
    fprintf(stderr, "suite: no Ruby driver (harness/engine/ruby_driver.rb beside the workloads "
                    "or the binary, or $GILBENCH_RUBY_DRIVER): no Ruby reference runs\n");
    free(st->rb_interp);
    st->rb_interp = NULL;
  } else if (!st->rb_interp && o->with_ruby) {
    fprintf(stderr, "suite: no ruby (cannot run %s): no Ruby reference runs\n", o->ruby);
  }
  if (!st->rb_interp) gb_suite_drop(s, GB_IMPL_RUBY);
}

/* Every gilpy workload loads and has its entries, before anything runs. */
static int gb_suite_preflight(const GbSuite *s) {
  char err[1024];
  for (int i = 0; i < s->nruns; i++) {
    const GbRunConfig *c = &s->runs[i].cfg;
    bool seen = s->runs[i].impl != GB_IMPL_GILPY;
    for (int j = 0; j < i && !seen; j++)
      seen = s->runs[j].impl == GB_IMPL_GILPY &&
             strcmp(s->runs[j].cfg.workload, c->workload) == 0 &&
             strcmp(s->runs[j].cfg.entry, c->entry) == 0 && s->runs[j].cfg.nargs == c->nargs;
    if (!seen && gb_run_preflight(c, err, sizeof err) < 0) {
      fprintf(stderr, "gilbench suite: %s: %s\n", c->experiment, err);
      return -1;
    }
  }
  return 0;
}

/* The runs an experiment compares share a block (rounds.h): the same
** experiment, task (entry, arguments) and latency, in any mode, worker
** count, GIL setting or interpreter. */
static char *gb_suite_block_key(const GbSuiteRun *sr) {
  const GbRunConfig *c = &sr->cfg;
  char *k = gb_asprintf("%s|%s|%g", c->experiment ? c->experiment : "", c->entry, sr->latency_ms);
  for (int i = 0; i < c->nargs; i++) {
    char *n = gb_asprintf("%s|%s", k, c->args[i]);
    free(k);
    k = n;
  }
  return k;
}

/* A run's busy-machine and steal warnings, under its line as soon as it is
** done (the pinning notes, the same for every run of a size, stay in the
** report). */
static void gb_suite_say_busy(const GbRun *r) {
  for (int w = 0; w < r->nwarnings; w++)
    if (gb_run_is_summary_warning(r->warnings[w]))
      fprintf(stderr, "    warning: %s\n", r->warnings[w]);
}

/* Journals and prints the block's finished runs. */
static void gb_suite_block_done(GbSuiteState *st, GbRun *out, int m, int *k, int ntodo, double t0) {
  for (int q = 0; q < m; q++) {
    char desc[256], err[512];
    const GbSuiteRun *sr = st->block[q];
    gb_suite_describe(sr, desc, sizeof desc);
    json_t *j = gb_suite_record(st, sr, &out[q]);
    char eta[32];
    gb_progress_clear(&st->prog);
    gb_progress_eta(&st->prog, eta, sizeof eta);
    fprintf(stderr, "[%3d/%d %5.0fs, ETA %5s] %-64s ", ++*k, ntodo, gb_now() - t0, eta, desc);
    if (out[q].status == GB_OK) {
      fprintf(stderr, "%9.4f s  cv %4.1f%%\n", out[q].stats.median, 100 * out[q].stats.cv);
    } else {
      st->failures++;
      fprintf(stderr, "%s: %s\n", gb_status_name(out[q].status), out[q].error ? out[q].error : "");
    }
    gb_suite_say_busy(&out[q]);
    if (!st->write_failed && gb_writer_add(st->w, j, err, sizeof err) < 0) {
      /* measuring on would only lose every later run as well */
      fprintf(stderr, "gilbench suite: %s: stopping\n", err);
      st->write_failed = true;
    }
    json_decref(j);
    gb_progress_run_done(&st->prog, &out[q]);
    gb_run_free(&out[q]);
  }
}

/* Whether planned run a goes after b in a round: gilpy before CPython
** before Ruby, then by worker count. A speedup compares runs of one
** interpreter and worker count; this puts them next to each other in every
** round, so the host's
** changes of speed (seconds long on a shared VM) fall between rounds more
** often than between the two. */
static bool gb_suite_after(const GbSuiteRun *a, const GbSuiteRun *b) {
  if (a->impl != b->impl) return a->impl > b->impl;
  return a->cfg.workers > b->cfg.workers;
}

/* Orders a block as gb_suite_after says, keeping the suite's order otherwise. */
static void gb_suite_order(GbSuiteState *st, GbRunConfig *cfgs, int m) {
  for (int i = 1; i < m; i++)
    for (int j = i; j > 0 && gb_suite_after(st->block[j - 1], st->block[j]); j--) {
      const GbSuiteRun *r = st->block[j];
      GbRunConfig c = cfgs[j];
      st->block[j] = st->block[j - 1];
      cfgs[j] = cfgs[j - 1];
      st->block[j - 1] = r;
      cfgs[j - 1] = c;
    }
}

/* Gathers the not yet done runs of run n's block, from n on, into st->block
** and cfgs (in round order, gb_suite_order); marks them taken. Returns how
** many. */
static int gb_suite_gather(GbSuiteState *st, int n, const json_t *done, bool *taken,
                           GbRunConfig *cfgs) {
  GbSuite *s = st->s;
  char *key = gb_suite_block_key(&s->runs[n]);
  int m = 0;
  for (int q = n; q < s->nruns; q++) {
    if (taken[q] || json_object_get(done, s->runs[q].key)) continue;
    char *kq = gb_suite_block_key(&s->runs[q]);
    if (strcmp(kq, key) == 0) {
      taken[q] = true;
      st->block[m] = &s->runs[q];
      cfgs[m++] = s->runs[q].cfg;
    }
    free(kq);
  }
  free(key);
  gb_suite_order(st, cfgs, m);
  return m;
}

/* The journal's runs that this suite does not plan: another suite's, or
** other options' (--quick, --only, --no-cpython). Resuming them would mix
** two plans in one results file. */
static int gb_suite_foreign(const GbSuiteState *st, char **example) {
  size_t i;
  json_t *r;
  int n = 0;
  *example = NULL;
  json_array_foreach(gb_writer_runs(st->w), i, r) {
    char *k = gb_run_key(r);
    bool planned = false;
    for (int q = 0; q < st->s->nruns && !planned; q++)
      planned = strcmp(st->s->runs[q].key, k) == 0;
    if (!planned && n++ == 0)
      *example = k;
    else
      free(k);
  }
  return n;
}

/* Each experiment's "est_unit_s" (eta.h) into st->costs; how many. */
static int gb_suite_costs(GbSuiteState *st) {
  size_t i;
  json_t *e;
  int n = 0;
  json_t *exps = json_object_get(st->s->root, "experiments");
  st->costs = gb_calloc(json_array_size(exps) + 1, sizeof *st->costs);
  json_array_foreach(exps, i, e) {
    double v = json_number_value(json_object_get(e, "est_unit_s"));
    if (v > 0) st->costs[n++] = (GbCost){json_string_value(json_object_get(e, "id")), v};
  }
  return n;
}

/* Runs what the journal does not have yet, block by block; 1 if
** interrupted (the interrupted block is not kept), 2 if the journal could
** not be written. */
static int gb_suite_loop(GbSuiteState *st) {
  GbSuite *s = st->s;
  json_t *done = json_object();
  size_t i;
  json_t *r;
  json_array_foreach(gb_writer_runs(st->w), i, r) {
    char *k = gb_run_key(r);
    json_object_set(done, k, r);
    free(k);
    json_t *cal = json_object_get(r, "calibrated");
    if (json_is_number(cal)) { /* a resumed experiment keeps its task sizes */
      k = gb_suite_calib_key(gb_rs(r, "experiment"), gb_run_impl(r));
      json_object_set(st->calibrated, k, cal);
      free(k);
    }
  }
  GbRunConfig *todo = gb_calloc((size_t)s->nruns, sizeof *todo);
  int ntodo = 0;
  for (int k = 0; k < s->nruns; k++)
    if (!json_object_get(done, s->runs[k].key)) todo[ntodo++] = s->runs[k].cfg;
  if (ntodo < s->nruns)
    fprintf(stderr, "suite: resuming: %d of %d runs already done\n", s->nruns - ntodo, s->nruns);
  int ncosts = gb_suite_costs(st);
  gb_progress_init(&st->prog, !isatty(STDERR_FILENO), todo, ntodo, st->costs, ncosts);
  st->prog.messages = true; /* without the bar too: the machine's trouble is news at once */
  bool *taken = gb_calloc((size_t)s->nruns, sizeof *taken);
  GbRun *out = gb_calloc((size_t)s->nruns, sizeof *out);
  st->block = gb_calloc((size_t)s->nruns, sizeof *st->block);
  double t0 = gb_now();
  int k = 0;
  for (int n = 0; n < s->nruns && !gb_interrupted && !st->write_failed; n++) {
    if (taken[n] || json_object_get(done, s->runs[n].key)) continue;
    int m = gb_suite_gather(st, n, done, taken, todo);
    if (gb_rounds_execute(todo, m, gb_suite_exec, st, &st->prog, out) != 0) break;
    gb_suite_block_done(st, out, m, &k, ntodo, t0);
  }
  gb_progress_end(&st->prog);
  free(todo);
  free(taken);
  free(out);
  free(st->block);
  st->block = NULL;
  free(st->costs);
  st->costs = NULL;
  json_decref(done);
  return st->write_failed ? 2 : gb_interrupted ? 1 : 0;
}

/* Speedups, results.json, the figures' data and the report. */
static int gb_suite_finish(GbSuiteState *st, const char *out) {
  char path[PATH_MAX], err[512];
  gb_suite_speedups(gb_writer_runs(st->w));
  gb_path(path, sizeof path, out, "results.json");
  if (gb_writer_finish(st->w, true, err, sizeof err) < 0) {
    fprintf(stderr, "gilbench suite: %s\n", err);
    return 1;
  }
  json_t *doc = gb_results_load(path, err, sizeof err);
  int rc = 0;
  if (!doc || gb_report_write(doc, out, err, sizeof err) < 0) {
    fprintf(stderr, "gilbench suite: report: %s\n", err);
    rc = 1;
  } else {
    fprintf(stderr, "suite: %zu runs (%d failed): %s, %s/data/, %s/report.md\n",
            json_array_size(json_object_get(doc, "runs")), st->failures, path, out, out);
  }
  json_decref(doc);
  return rc;
}

static void gb_suite_default_out(const GbSuite *s, char *buf, size_t len) {
  char now[32];
  gb_results_now(now, sizeof now);
  const char *name = json_string_value(json_object_get(s->root, "name"));
  snprintf(buf, len, "results/runs/%s-%.10s-%.2s%.2s%.2s", name ? name : "suite", now, now + 11,
           now + 14, now + 17);
}

static int gb_suite_start(GbSuiteState *st, const GbSuiteOpts *o, const char *out) {
  GbSuite *s = st->s;
  char err[512], path[PATH_MAX];
  if (gb_suite_mkdirs(out) < 0) {
    fprintf(stderr, "gilbench suite: cannot create %s: %s\n", out, strerror(errno));
    return 2;
  }
  st->interp = o->cpython ? gb_py_version(o->python) : NULL;
  st->driver = st->interp ? gb_suite_driver_path(s, gb_py_driver_find) : NULL;
  if (st->interp && !st->driver) {
    fprintf(stderr,
            "suite: no CPython driver (harness/engine/cpython_driver.py beside the workloads or "
            "the binary, or $GILBENCH_DRIVER): no CPython reference runs\n");
    free(st->interp);
    st->interp = NULL;
  } else if (!st->interp && o->cpython) {
    fprintf(stderr, "suite: no %s: no CPython reference runs\n", o->python);
  }
  if (!st->interp) gb_suite_drop(s, GB_IMPL_CPYTHON);
  gb_suite_find_ruby(st, o);
  if (st->interp) gb_spinlib_export(); /* E5's native loop for compat.py */
  if (gb_suite_preflight(s) < 0) return 2;
  GbPreflight pf;
  int pfr = o->no_preflight ? -1 : gb_preflight_check(s->ncores, o->force, "suite", &pf);
  if (pfr == 1) return 3;
  gb_disturb_reference(pfr == 0 ? &pf : NULL);
  if (gb_suite_needs_server(s)) {
    GbServerOptions so = {.latency_ms = 0, .port = 0, .max_conns = 1024};
    if (gb_server_proc_start(&so, &st->srv, err, sizeof err) < 0) {
      fprintf(stderr, "gilbench suite: the loopback server: %s\n", err);
      return 1;
    }
  }
  gb_path(path, sizeof path, out, "results.json");
  json_t *machine = gb_info_machine(&st->tp);
  if (pfr == 0) json_object_set_new(machine, "preflight", gb_preflight_json(&pf));
  st->w = gb_writer_open(path, o->resume, gb_info_tool(), machine, err, sizeof err);
  if (!st->w) {
    fprintf(stderr, "gilbench suite: %s\n", err);
    return 2;
  }
  if (gb_writer_note(st->w)) fprintf(stderr, "suite: resuming: %s\n", gb_writer_note(st->w));
  char *example;
  int foreign = gb_suite_foreign(st, &example);
  if (foreign) {
    fprintf(stderr,
            "gilbench suite: cannot resume %s: %d of its runs are not in this plan (e.g. %s);\n"
            "  it was started with another suite or other options (--quick, --only, "
            "--no-cpython, --no-ruby): resume with those, or use another --out\n",
            out, foreign, example);
    free(example);
    return 2;
  }
  return 0;
}

int gb_suite_main(int argc, char **argv) {
  GbSuiteOpts o;
  if (gb_suite_opts(argc, argv, &o) < 0) return 2;
  GbSuite *s = gb_calloc(1, sizeof *s);
  s->path = o.suite;
  s->quick = o.quick;
  s->only = o.only;
  GbSuiteState st = {.s = s, .python = o.python, .ruby = o.ruby, .calibrated = json_object()};
  char err[512], outbuf[PATH_MAX];
  if (gb_topo_open(&st.tp, err, sizeof err) < 0) {
    fprintf(stderr, "gilbench suite: %s\n", err);
    free(s);
    return 1;
  }
  s->ncores = st.tp.ncores;
  int rc = 0;
  if (gb_suite_load(s, err, sizeof err) < 0) {
    fprintf(stderr, "gilbench suite: %s\n", err);
    rc = 2;
    goto done;
  }
  if (!o.out) {
    gb_suite_default_out(s, outbuf, sizeof outbuf);
    o.out = outbuf;
  }
  rc = gb_suite_start(&st, &o, o.out);
  if (rc != 0) goto done;
  fprintf(stderr, "suite: %s%s: %d runs on %d cores%s%s; results in %s\n", s->path,
          o.quick ? " (quick)" : "", s->nruns, s->ncores,
          st.interp ? ", with CPython reference runs" : "",
          st.rb_interp ? ", with Ruby reference runs" : "", o.out);
  struct sigaction sa = {.sa_handler = gb_suite_sigint}, old_int, old_term;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, &old_int);
  sigaction(SIGTERM, &sa, &old_term);
  int lrc = gb_suite_loop(&st);
  if (lrc != 0) {
    char e2[512];
    if (gb_writer_finish(st.w, false, e2, sizeof e2) < 0) fprintf(stderr, "suite: %s\n", e2);
    fprintf(stderr,
            "\nsuite: %s; the finished runs are kept: continue with\n"
            "  gilbench suite %s%s%s%s%s%s%s%s%s%s --out %s --resume\n",
            lrc == 2 ? "stopped: the journal cannot be written (disk full?)" : "interrupted",
            o.suite, o.quick ? " --quick" : "", o.only ? " --only " : "", o.only ? o.only : "",
            o.cpython ? "" : " --no-cpython", o.cpython && o.python_set ? " --python " : "",
            o.cpython && o.python_set ? o.python : "", o.with_ruby ? "" : " --no-ruby",
            o.with_ruby && o.ruby_set ? " --ruby " : "", o.with_ruby && o.ruby_set ? o.ruby : "",
            o.out);
    rc = lrc == 2 ? 1 : 130;
  } else {
    rc = gb_suite_finish(&st, o.out);
    if (rc == 0 && st.failures) rc = 1;
  }
  sigaction(SIGINT, &old_int, NULL);
  sigaction(SIGTERM, &old_term, NULL);
done:
  gb_server_proc_stop(&st.srv);
  gb_writer_close(st.w);
  free(st.interp);
  json_decref(st.calibrated);
  free(st.driver);
  free(st.rb_interp);
  free(st.rb_driver);
  gb_suite_free(s);
  free(s);
  gb_topo_close(&st.tp);
  return rc;
}

int gb_suite_plan(const char *path, int ncores, bool quick, char *err, size_t len) {
  GbSuite *s = gb_calloc(1, sizeof *s);
  s->path = path;
  s->ncores = ncores;
  s->quick = quick;
  int rc = gb_suite_load(s, err, len);
  if (rc == 0) rc = s->nruns;
  gb_suite_free(s);
  free(s);
  return rc;
}
