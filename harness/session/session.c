/*
** session.c — runs a list of configurations. Before anything is measured
** every workload is checked (preflight) and the output path opened, so a
** typo fails in a second, not after an hour. A run that fails is recorded
** with its reason and the session goes on; SIGINT stops it after saving
** every finished run.
*/
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capacity.h"
#include "cpython.h"
#include "disturb.h"
#include "info.h"
#include "journal.h"
#include "preflight.h"
#include "progress.h"
#include "pyrun.h"
#include "results.h"
#include "rounds.h"
#include "run.h"
#include "session.h"
#include "stats.h"

typedef struct GbPlanned {
  GbRunConfig cfg;
  int baseline; /* index of its seq baseline in the plan, or -1 */
} GbPlanned;

typedef struct GbSession {
  GbTopo *tp;
  const GbSessionOptions *o;
  GbPlanned *plan;
  int n;
  GbRun *runs; /* finished, by plan index */
  bool *finished;
  GbWriter *w;
  bool write_failed; /* the journal could not be written: stop */
  GbProgress prog;
  char *interp, *driver; /* --python: "cpython-3.11" and cpython_driver.py */
} GbSession;

static void gb_on_signal(int sig) {
  (void)sig;
  gb_interrupted = 1;
}

static void gb_install_signals(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = gb_on_signal; /* no SA_RESTART: waits wake up */
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);
}

/* The plan: every run, each non-seq one preceded by its seq baseline
** unless an equal seq run is already planned. */
static void gb_session_plan(GbSession *s, const GbRunConfig *cfgs, int n) {
  s->plan = gb_calloc((size_t)n * 2, sizeof *s->plan);
  for (int i = 0; i < n; i++) {
    int base = -1;
    if (s->o->baseline && cfgs[i].mode != GB_MODE_SEQ) {
      for (int j = 0; j < s->n && base < 0; j++)
        if (s->plan[j].cfg.mode == GB_MODE_SEQ && gb_config_same_task(&s->plan[j].cfg, &cfgs[i]))
          base = j;
      if (base < 0) {
        base = s->n;
        gb_config_copy(&s->plan[s->n].cfg, &cfgs[i]);
        s->plan[s->n].cfg.mode = GB_MODE_SEQ;
        s->plan[s->n].cfg.trace = false;
        s->plan[s->n++].baseline = -1;
      }
    }
    gb_config_copy(&s->plan[s->n].cfg, &cfgs[i]);
    s->plan[s->n++].baseline = base;
  }
}

/* --python: the CPython and its driver, and a mode it can run. The driver
** runs seq, threads and procs; subinterpreters with a GIL each need
** CPython >= 3.12's C API (PEP 684), which it does not drive. */
static int gb_session_python(GbSession *s) {
  const char *py = s->o->python;
  s->interp = gb_py_version(py);
  if (!s->interp) {
    fprintf(stderr, "gilbench: --python: cannot run %s (no such CPython)\n", py);
    return -1;
  }
  for (int i = 0; i < s->n; i++)
    if (s->plan[i].cfg.mode == GB_MODE_SUBINTERP) {
      fprintf(stderr,
              "gilbench: --python: %s (%s) has no subinterp mode here: the CPython driver runs "
              "seq, threads and procs (subinterpreters with their own GIL need CPython >= 3.12 "
              "and its C API)\n",
              py, s->interp);
      return -1;
    }
  char *dir = gb_strdup(s->plan[0].cfg.workload), *slash = strrchr(dir, '/');
  if (slash) *slash = '\0';
  const char *dirs[] = {slash ? dir : "."};
  s->driver = gb_py_driver_find(dirs, 1);
  free(dir);
  if (!s->driver) {
    fprintf(stderr, "gilbench: --python: no harness/engine/cpython_driver.py (beside the "
                    "workloads or the binary, or $GILBENCH_DRIVER)\n");
    return -1;
  }
  return 0;
}

static int gb_session_preflight(GbSession *s) {
  char err[1024];
  if (s->o->python) return gb_session_python(s);
  for (int i = 0; i < s->n; i++) {
    bool seen = false;
    for (int j = 0; j < i && !seen; j++)
      seen = strcmp(s->plan[j].cfg.workload, s->plan[i].cfg.workload) == 0 &&
             strcmp(s->plan[j].cfg.entry, s->plan[i].cfg.entry) == 0 &&
             s->plan[j].cfg.nargs == s->plan[i].cfg.nargs;
    if (!seen && gb_run_preflight(&s->plan[i].cfg, err, sizeof err) < 0) {
      fprintf(stderr, "gilbench: %s\n", err);
      return -1;
    }
  }
  return 0;
}

static void gb_fmt_secs(double x, char *buf, size_t len) {
  if (x >= 1 || x == 0)
    snprintf(buf, len, "%.3f s", x);
  else if (x >= 1e-3)
    snprintf(buf, len, "%.3f ms", x * 1e3);
  else
    snprintf(buf, len, "%.3f us", x * 1e6);
}

static void gb_fmt_interval(double lo, double hi, double ref, char *buf, size_t len) {
  double scale = ref >= 1 || ref == 0 ? 1 : ref >= 1e-3 ? 1e3 : 1e6;
  snprintf(buf, len, "[%.3f, %.3f]", lo * scale, hi * scale);
}

static void gb_summary(const GbRun *r, const GbRun *base, const char *interp) {
  char med[32], ci[64], bm[32];
  if (interp) printf("%s ", interp);
  printf("%s x%d: ", gb_mode_name(r->cfg.mode), r->cfg.workers);
  if (r->status != GB_OK) {
    printf("%s: %s\n", gb_status_name(r->status), r->error);
    return;
  }
  gb_fmt_secs(r->stats.median, med, sizeof med);
  gb_fmt_interval(r->stats.ci_lo, r->stats.ci_hi, r->stats.median, ci, sizeof ci);
  printf("median %s %s (CV %.1f%%%s)", med, ci, r->stats.cv * 100,
         r->stats.cv_high ? ", HIGH: noisy" : "");
  if (r->speedup.valid) {
    gb_fmt_secs(r->speedup.baseline_median, bm, sizeof bm);
    printf(", speedup %.2fx [%.2f, %.2f] vs seq %s%s", r->speedup.value, r->speedup.lo,
           r->speedup.hi, bm, r->speedup.paired ? ", paired by round" : "");
    if (r->speedup.left_out)
      printf(" (%d disturbed round%s left out)", r->speedup.left_out,
             r->speedup.left_out == 1 ? "" : "s");
  } else if (base && base->status != GB_OK) {
    printf(", no speedup (the seq baseline %s)", gb_status_name(base->status));
  }
  putchar('\n');
}

static void gb_session_speedup(GbRun *r, const GbRun *base) {
  if (!base || base->status != GB_OK || r->status != GB_OK) return;
  double *b = gb_calloc((size_t)base->nsamples, sizeof *b);
  double *x = gb_calloc((size_t)r->nsamples, sizeof *x);
  for (int i = 0; i < base->nsamples; i++)
    b[i] = base->samples[i].wall_s;
  for (int i = 0; i < r->nsamples; i++)
    x[i] = r->samples[i].wall_s;
  bool paired = r->block[0] && strcmp(r->block, base->block) == 0;
  bool *bad = NULL; /* paired: round i's own marks */
  if (paired && base->nsamples == r->nsamples) {
    bad = gb_calloc((size_t)r->nsamples + 1, sizeof *bad);
    for (int i = 0; i < r->nsamples; i++)
      bad[i] = r->samples[i].disturbed_own || base->samples[i].disturbed_own;
  }
  gb_stats_speedup_of(b, base->nsamples, x, r->nsamples, paired, bad, &r->speedup);
  free(bad);
  free(b);
  free(x);
}

static int gb_session_exec(void *ud, int i, const GbRunConfig *cfg, const GbRunHooks *h,
                           GbRun *one) {
  GbSession *s = ud;
  (void)i;
  if (s->interp) return gb_py_run(s->tp, s->o->python, s->driver, cfg, h, one);
  return gb_run_execute(s->tp, cfg, h, one);
}

/* Records and prints a finished run of the plan. */
static void gb_session_done(GbSession *s, int i, int *failures) {
  GbRun *r = &s->runs[i];
  char err[512];
  int b = s->plan[i].baseline;
  GbRun *base = b >= 0 && s->finished[b] ? &s->runs[b] : NULL;
  gb_session_speedup(r, base);
  s->finished[i] = true;
  *failures += r->status != GB_OK;
  if (s->w) {
    json_t *j = gb_results_run(r);
    if (s->interp) json_object_set_new(j, "interpreter", json_string(s->interp));
    if (!s->write_failed && gb_writer_add(s->w, j, err, sizeof err) < 0) {
      gb_progress_message(&s->prog, err);
      s->write_failed = true; /* stop: the later runs could not be kept either */
    }
    json_decref(j);
  }
  for (int k = 0; k < r->nwarnings; k++)
    gb_progress_message(&s->prog, r->warnings[k]);
  gb_progress_clear(&s->prog);
  gb_summary(r, base, s->interp);
  fflush(stdout);
  gb_progress_run_done(&s->prog, r);
}

/* Plan entries [i, end) where the later ones compare against entry i: one
** block, measured in rounds. 1 when SIGINT stopped it (nothing recorded). */
static int gb_session_block(GbSession *s, int i, int *end, int *failures) {
  int j = i + 1;
  while (j < s->n && s->plan[j].baseline == i)
    j++;
  GbRunConfig *cfgs = gb_calloc((size_t)(j - i), sizeof *cfgs);
  for (int k = i; k < j; k++)
    cfgs[k - i] = s->plan[k].cfg;
  int rc = gb_rounds_execute(cfgs, j - i, gb_session_exec, s, &s->prog, &s->runs[i]);
  free(cfgs);
  *end = j;
  if (rc != 0) return 1;
  for (int k = i; k < j; k++)
    gb_session_done(s, k, failures);
  return 0;
}

static void gb_session_free(GbSession *s) {
  for (int i = 0; i < s->n; i++) {
    gb_config_free(&s->plan[i].cfg);
    if (s->finished[i]) gb_run_free(&s->runs[i]);
  }
  free(s->plan);
  free(s->runs);
  free(s->finished);
  free(s->interp);
  free(s->driver);
  gb_writer_close(s->w);
}

int gb_session_run(GbTopo *tp, const GbRunConfig *cfgs, int n, const GbSessionOptions *o) {
  GbSession s = {.tp = tp, .o = o};
  char err[512];
  int failures = 0, status = 0;
  gb_session_plan(&s, cfgs, n);
  s.runs = gb_calloc((size_t)s.n, sizeof *s.runs);
  s.finished = gb_calloc((size_t)s.n, sizeof *s.finished);
  if (gb_session_preflight(&s) < 0) {
    gb_session_free(&s);
    return 2;
  }
  GbPreflight pf;
  int pfr = o->preflight ? gb_preflight_check(tp->ncores, o->force, "gilbench", &pf) : -1;
  if (pfr == 1) {
    gb_session_free(&s);
    return 3;
  }
  gb_disturb_reference(pfr == 0 ? &pf : NULL);
  if (o->json_out) {
    json_t *machine = gb_info_machine(tp);
    if (pfr == 0) json_object_set_new(machine, "preflight", gb_preflight_json(&pf));
    s.w = gb_writer_open(o->json_out, o->resume, gb_info_tool(), machine, err, sizeof err);
    if (!s.w) {
      fprintf(stderr, "gilbench: %s\n", err);
      gb_session_free(&s);
      return 2;
    }
    if (gb_writer_note(s.w)) fprintf(stderr, "gilbench: resuming: %s\n", gb_writer_note(s.w));
  }
  GbRunConfig *pc = gb_calloc((size_t)s.n, sizeof *pc);
  for (int i = 0; i < s.n; i++)
    pc[i] = s.plan[i].cfg;
  gb_progress_init(&s.prog, o->quiet, pc, s.n, NULL, 0);
  free(pc);
  gb_install_signals();
  for (int i = 0, next; i < s.n && !status; i = next) {
    if (gb_interrupted || gb_session_block(&s, i, &next, &failures)) status = 130;
    if (s.write_failed && !status) status = 1;
  }
  gb_progress_end(&s.prog);
  if (status == 130) fprintf(stderr, "gilbench: interrupted; keeping the runs that finished\n");
  if (s.write_failed) fprintf(stderr, "gilbench: stopped: the journal cannot be written\n");
  if (s.w && gb_writer_finish(s.w, status == 0, err, sizeof err) < 0) {
    fprintf(stderr, "gilbench: %s\n", err);
    if (!status) status = 1;
  }
  gb_session_free(&s);
  return status ? status : failures ? 1 : 0;
}
