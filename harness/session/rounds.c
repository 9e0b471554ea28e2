/*
** rounds.c — a block of configurations measured side by side.
**
** A VM on a shared host changes speed by tens of percent within seconds
** (this project's CI machine: the same 2.5 M-iteration loop took 32 ms
** and 50 ms a few seconds apart). A speedup taken from a seq run and a
** threads run measured a minute apart then measures the host as much as
** the code. So the configurations an experiment compares run in rounds:
** round k measures repetition k of every configuration of the block, one
** after another, before round k+1 starts. Drift then moves them all alike,
** and a speedup can be taken round by round (stats.h, paired).
**
** Invariants:
** - out[i] holds cfgs[i]'s samples in round order; a record's cfg is the
**   configuration as given (reps, warmup, timeout), not a round's share.
** - Warm-up repetitions run in the first round only (each round opens a
**   fresh VM, and a fresh VM's first call measured no slower than its
**   next ones; the warm-up is for caches and the page cache).
** - A configuration that fails takes no part in later rounds; its record
**   keeps the first failure and the samples before it. Rounds go on until
**   every configuration has its reps.
** - A configuration's timeout covers all its rounds together.
** - Interrupted (SIGINT): nothing of the block is a result.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "measure.h"
#include "rounds.h"

/* Moves one's samples (and what accumulates) into acc, a later round. */
static void gb_rounds_merge(GbRun *acc, GbRun *one, int round) {
  /* a round that failed may have none, and no array: memcpy of NULL is UB,
  ** and realloc to 0 bytes may free and return NULL */
  if (one->nsamples) {
    GbSample *s = realloc(acc->samples, (size_t)(acc->nsamples + one->nsamples) * sizeof *s);
    if (!s) abort();
    acc->samples = s;
    memcpy(s + acc->nsamples, one->samples, (size_t)one->nsamples * sizeof *s);
    acc->nsamples += one->nsamples;
  }
  one->nsamples = 0; /* moved: gb_run_free must not free them */
  gb_gil_add(&acc->gil, &one->gil);
  if (one->ntrace) { /* the trace is the last repetition's */
    free(acc->trace);
    acc->trace = one->trace;
    acc->ntrace = one->ntrace;
    one->trace = NULL;
    one->ntrace = 0;
  }
  acc->oversubscribed |= one->oversubscribed;
  acc->startup_s += (one->startup_s - acc->startup_s) / (round + 1); /* the mean */
  for (int k = 0; k < one->nwarnings; k++) { /* summary ones: gb_run_summarize */
    bool seen = gb_run_is_summary_warning(one->warnings[k]);
    for (int j = 0; j < acc->nwarnings && !seen; j++)
      seen = strcmp(acc->warnings[j], one->warnings[k]) == 0;
    if (!seen) gb_run_warn(acc, "%s", one->warnings[k]);
  }
  if (one->status == GB_TIMEOUT) /* its share was what the earlier rounds left */
    gb_run_fail(acc, one->status, "%s, in round %d; the run's %g s cover all its rounds",
                one->error, round + 1, acc->cfg.timeout_s);
  else if (one->status != GB_OK)
    gb_run_fail(acc, one->status, "%s", one->error);
}

/* A block id unique enough to tell two executions apart in one file. */
static void gb_rounds_block_id(char *buf, size_t len) {
  static unsigned seq;
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  snprintf(buf, len, "%lx-%lx-%x", (unsigned long)ts.tv_sec, (unsigned long)ts.tv_nsec, ++seq);
}

/* One round's share of c: one repetition, what is left of the timeout. */
static void gb_rounds_share(const GbRunConfig *c, int round, double spent, GbRunConfig *out) {
  gb_config_copy(out, c);
  out->reps = 1;
  out->warmup = round == 0 ? c->warmup : 0;
  if (c->timeout_s > 0)
    out->timeout_s = c->timeout_s - spent > 0.001 ? c->timeout_s - spent : 0.001;
}

static int gb_rounds_max(const GbRunConfig *cfgs, int n) {
  int m = 0;
  for (int i = 0; i < n; i++)
    if (cfgs[i].reps > m) m = cfgs[i].reps;
  return m;
}

int gb_rounds_execute(const GbRunConfig *cfgs, int n, GbRoundFn fn, void *ud, GbProgress *prog,
                      GbRun *out) {
  GbRunHooks hooks = {gb_progress_rep, prog};
  double *spent = gb_calloc((size_t)n, sizeof *spent);
  int rounds = gb_rounds_max(cfgs, n), rc = 0;
  char block[GB_BLOCK_LEN] = "";
  if (n > 1) gb_rounds_block_id(block, sizeof block);
  memset(out, 0, (size_t)n * sizeof *out);
  for (int k = 0; k < rounds && rc == 0; k++)
    for (int i = 0; i < n && rc == 0; i++) {
      if (k >= cfgs[i].reps || (k > 0 && out[i].status != GB_OK)) continue;
      GbRunConfig c;
      GbRun one;
      gb_rounds_share(&cfgs[i], k, spent[i], &c);
      if (prog) gb_progress_run_start(prog, &c, k + 1, rounds);
      double t0 = gb_now();
      rc = fn(ud, i, &c, prog ? &hooks : NULL, &one);
      spent[i] += gb_now() - t0;
      gb_config_free(&c);
      if (rc == 0 && k == 0) {
        out[i] = one;
        gb_config_free(&out[i].cfg);
        gb_config_copy(&out[i].cfg, &cfgs[i]);
        snprintf(out[i].block, sizeof out[i].block, "%s", block);
        continue;
      }
      if (rc == 0) gb_rounds_merge(&out[i], &one, k);
      gb_run_free(&one);
    }
  free(spent);
  for (int i = 0; i < n; i++) {
    if (rc == 0)
      gb_run_summarize(&out[i]);
    else
      gb_run_free(&out[i]);
  }
  return rc;
}
