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
** - Warm-up repetitions run in the first round (the warm-up is for caches
**   and the page cache). Each later round opens a fresh VM in a fresh run
**   process (supervise.c), whose first repetition pays copy-on-write
**   faults, tens of µs: a configuration with a warm-up whose first sample
**   took under GB_ROUND_REWARM_S warms up once more in each later round,
**   where that bias would be more than a fraction of a percent.
** - A configuration that fails takes no part in later rounds; its record
**   keeps the first failure and the samples before it. Rounds go on until
**   every configuration has its reps.
** - A configuration's timeout covers all its rounds together.
** - Interrupted (SIGINT): nothing of the block is a result.
** - Rounds the machine disturbed are measured again (disturb.h), each in
**   place: sample k of every run stays round k's.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "disturb.h"
#include "measure.h"
#include "rounds.h"

/* Moves one's samples (and what accumulates) into acc, a later round. */
static void gb_rounds_merge(GbRun *acc, GbRun *one, int round) {
  /* a round that failed before a sample has none (and samples == NULL:
  ** memcpy from NULL is undefined even for 0 bytes) */
  if (one->nsamples > 0) {
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

#define GB_ROUND_REWARM_S 0.005

/* One round's share of c, whose rounds so far are in acc: one repetition
** (the warm-up first in the first round, and in later ones for a short
** task), what is left of the timeout. */
static void gb_rounds_share(const GbRunConfig *c, const GbRun *acc, bool first, double spent,
                            GbRunConfig *out) {
  bool rewarm = c->warmup > 0 && acc->nsamples > 0 && acc->samples[0].wall_s < GB_ROUND_REWARM_S;
  gb_config_copy(out, c);
  out->reps = 1;
  out->warmup = first ? c->warmup : rewarm ? 1 : 0;
  if (c->timeout_s > 0)
    out->timeout_s = c->timeout_s - spent > 0.001 ? c->timeout_s - spent : 0.001;
}

static int gb_rounds_max(const GbRunConfig *cfgs, int n) {
  int m = 0;
  for (int i = 0; i < n; i++)
    if (cfgs[i].reps > m) m = cfgs[i].reps;
  return m;
}

/* A block being measured: what a round of one of its runs needs. */
typedef struct GbRounds {
  const GbRunConfig *cfgs;
  int n, rounds;
  GbRoundFn fn;
  void *ud;
  GbProgress *prog;
  GbRunHooks hooks;
  double *spent;
  GbRun *out;
} GbRounds;

/* Round k of run i into one (again, if redo); 0, or 1 if interrupted. */
static int gb_rounds_one(GbRounds *b, int i, int k, bool first, bool redo, GbRun *one) {
  GbRunConfig c;
  gb_rounds_share(&b->cfgs[i], &b->out[i], first, b->spent[i], &c);
  if (b->prog && (redo || !first)) /* planned: reps, and the warm-up once */
    gb_progress_unplanned(b->prog, &c, redo ? c.warmup + c.reps : c.warmup);
  if (b->prog) gb_progress_run_start(b->prog, &c, k + 1, b->rounds);
  double t0 = gb_now();
  int rc = b->fn(b->ud, i, &c, b->prog ? &b->hooks : NULL, one);
  b->spent[i] += gb_now() - t0;
  gb_config_free(&c);
  return rc;
}

/* disturb.h's redo: round k again, for the runs still in it. */
static int gb_rounds_redo(void *ud, int k, GbRun *fresh) {
  GbRounds *b = ud;
  int rc = 0;
  for (int i = 0; i < b->n && rc == 0; i++)
    if (k < b->out[i].nsamples && b->out[i].status == GB_OK)
      rc = gb_rounds_one(b, i, k, false, true, &fresh[i]);
  return rc;
}

int gb_rounds_execute(const GbRunConfig *cfgs, int n, GbRoundFn fn, void *ud, GbProgress *prog,
                      GbRun *out) {
  GbRounds b = {.cfgs = cfgs,
                .n = n,
                .rounds = gb_rounds_max(cfgs, n),
                .fn = fn,
                .ud = ud,
                .prog = prog,
                .hooks = {gb_progress_rep, prog},
                .out = out};
  b.spent = gb_calloc((size_t)n, sizeof *b.spent);
  int rc = 0;
  char block[GB_BLOCK_LEN] = "";
  if (n > 1) gb_rounds_block_id(block, sizeof block);
  memset(out, 0, (size_t)n * sizeof *out);
  for (int k = 0; k < b.rounds && rc == 0; k++)
    for (int i = 0; i < n && rc == 0; i++) {
      if (k >= cfgs[i].reps || (k > 0 && out[i].status != GB_OK)) continue;
      GbRun one;
      rc = gb_rounds_one(&b, i, k, k == 0, false, &one);
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
  if (rc == 0) rc = gb_disturb_review(out, n, b.rounds, gb_rounds_redo, &b, prog);
  free(b.spent);
  for (int i = 0; i < n; i++) {
    if (rc == 0)
      gb_run_summarize(&out[i]);
    else
      gb_run_free(&out[i]);
  }
  return rc;
}
