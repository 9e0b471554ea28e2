/*
** progress.h — progress on stderr: on a terminal one bar line redrawn in
** place (runs done, ETA); otherwise one line per finished run; nothing
** with --quiet. Messages (warnings) go through it so they do not tear the bar.
*/
#ifndef GB_PROGRESS_H
#define GB_PROGRESS_H

#include <stdbool.h>

#include "eta.h"
#include "gb.h"

typedef struct GbProgress {
  bool quiet, tty;
  bool messages; /* messages shown: !quiet, or the suite's lines in place of the bar */
  int runs_total, runs_done;
  double units_total, units_done; /* planned seconds (eta.h): task repetitions x their cost */
  double t0, unit_w;
  double prior_s; /* gb_eta_left's: a share of the plan when it has costs */
  const GbCost *costs;
  int ncosts;
  int rep, reps;
  char label[64];
} GbProgress;

/* costs[0..ncosts): each experiment's expected cost (eta.h); kept, not
** copied. None: every task repetition is expected to cost the same. */
void gb_progress_init(GbProgress *p, bool quiet, const GbRunConfig *cfgs, int n,
                      const GbCost *costs, int ncosts);
/* A run's share in round `round` of `rounds` (rounds.c). */
void gb_progress_run_start(GbProgress *p, const GbRunConfig *cfg, int round, int rounds);
void gb_progress_rep(void *p, int done, int total); /* a GbRunHooks.on_rep */
/* Work that was not planned (a disturbed round measured again, a later
** round's warm-up) joins the total: reps repetitions of a run like cfg. */
void gb_progress_unplanned(GbProgress *p, const GbRunConfig *cfg, int reps);
void gb_progress_run_done(GbProgress *p, const GbRun *r);
/* What is left, "m:ss" ("--:--" before anything is done): the bar's ETA,
** for callers that print their own lines (the suite when not on a tty). */
void gb_progress_eta(const GbProgress *p, char *buf, size_t len);
/* Clears the bar so a line can be printed on stdout under it. */
void gb_progress_clear(GbProgress *p);
void gb_progress_message(GbProgress *p, const char *msg);
void gb_progress_end(GbProgress *p);

#endif
