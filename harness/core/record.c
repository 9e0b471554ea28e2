/*
** record.c — the run record's lifetime (gb.h) and its summary: statistics,
** run-queue and steal shares, and the warnings they raise, from its samples.
** The engines and the rounds (which merge records) both summarize.
*/
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gb.h"
#include "stats.h"

#define GB_RUNQ_LIMIT 0.10  /* run-queue wait above this share of the work: warn */
#define GB_STEAL_LIMIT 0.05 /* steal above this share of the run's CPU time: warn */

void gb_value_free(GbValue *v) {
  free(v->s);
  v->s = NULL;
}

void gb_run_free(GbRun *r) {
  gb_config_free(&r->cfg);
  free(r->error);
  free(r->binding);
  for (int i = 0; i < r->nsamples; i++) {
    for (int k = 0; k < r->samples[i].nworkers; k++)
      gb_value_free(&r->samples[i].workers[k].result);
    free(r->samples[i].workers);
  }
  free(r->samples);
  free(r->trace);
  for (int i = 0; i < r->nwarnings; i++)
    free(r->warnings[i]);
  memset(r, 0, sizeof *r);
}

void gb_run_fail(GbRun *r, GbStatus st, const char *fmt, ...) {
  if (r->status != GB_OK) return; /* the first reason is the real one */
  va_list ap;
  char buf[1024];
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  r->status = st;
  r->error = gb_strdup(buf);
}

void gb_run_warn(GbRun *r, const char *fmt, ...) {
  if (r->nwarnings >= GB_MAX_WARNINGS) return;
  va_list ap;
  char buf[512];
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  r->warnings[r->nwarnings++] = gb_strdup(buf);
}

/* The busy-machine and steal warnings are about all of a record's samples:
** recomputed, never accumulated (rounds.c merges records). */
#define GB_BUSY_TEXT "of their time for a CPU"
#define GB_STEAL_TEXT "of the CPU time (steal)"

bool gb_run_is_summary_warning(const char *w) {
  return strstr(w, GB_BUSY_TEXT) || strstr(w, GB_STEAL_TEXT);
}

static void gb_run_drop_summary_warnings(GbRun *r) {
  int k = 0;
  for (int i = 0; i < r->nwarnings; i++) {
    if (gb_run_is_summary_warning(r->warnings[i]))
      free(r->warnings[i]);
    else
      r->warnings[k++] = r->warnings[i];
  }
  r->nwarnings = k;
}

/* Steal over the samples that know it / the CPU time the run could use in
** them: wall × the CPUs its workers could run on at once. The steal counted
** is the whole machine's, so with fewer workers than CPUs it may include
** CPUs the run did not use: capped at 1. NaN when no sample knows it. */
long gb_run_cpus(const GbRunConfig *c) {
  long cpus = sysconf(_SC_NPROCESSORS_ONLN);
  long used = c->mode == GB_MODE_SEQ ? 1 : c->workers;
  return cpus > 0 && used > cpus ? cpus : used;
}

static double gb_run_steal_frac(const GbRun *r) {
  double steal = 0, wall = 0;
  long used = gb_run_cpus(&r->cfg);
  for (int i = 0; i < r->nsamples; i++)
    if (isfinite(r->samples[i].steal_s)) {
      steal += r->samples[i].steal_s;
      wall += r->samples[i].wall_s;
    }
  return wall > 0 && used > 0 ? fmin(1, steal / (wall * (double)used)) : NAN;
}

void gb_run_summarize(GbRun *r) {
  double *x = gb_calloc((size_t)r->nsamples + 1, sizeof *x), wait = 0, busy = 0;
  for (int i = 0; i < r->nsamples; i++) {
    x[i] = r->samples[i].wall_s;
    wait += r->samples[i].runq_s;
    for (int k = 0; k < r->samples[i].nworkers; k++)
      busy += r->samples[i].workers[k].wall_s;
  }
  r->runq_frac = busy > 0 ? wait / busy : 0;
  r->steal_frac = gb_run_steal_frac(r);
  gb_run_drop_summary_warnings(r);
  if (r->runq_frac > GB_RUNQ_LIMIT && !r->queues_by_design)
    gb_run_warn(r,
                "%s x%d: workers waited %.0f%% " GB_BUSY_TEXT
                ": the machine is busy and these timings are "
                "unreliable",
                gb_mode_name(r->cfg.mode), r->cfg.workers, r->runq_frac * 100);
  if (r->steal_frac > GB_STEAL_LIMIT)
    gb_run_warn(
        r, "%s x%d: the hypervisor took %.0f%% " GB_STEAL_TEXT ": these timings are unreliable",
        gb_mode_name(r->cfg.mode), r->cfg.workers, r->steal_frac * 100);
  gb_stats_compute(x, r->nsamples, &r->stats);
  free(x);
}
