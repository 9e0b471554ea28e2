/*
** rounds.h — measuring a block of configurations side by side, one
** repetition of each in turn (see rounds.c for why and the invariants).
*/
#ifndef GB_ROUNDS_H
#define GB_ROUNDS_H

#include "gb.h"
#include "progress.h"
#include "run.h"

/* Measures cfg (round's share of configuration i: reps 1) into one, as
** gb_run_execute does; returns 0, or 1 if SIGINT stopped it. */
typedef int (*GbRoundFn)(void *ud, int i, const GbRunConfig *cfg, const GbRunHooks *h, GbRun *one);

/* Measures cfgs[0..n) in rounds into out[0..n), each with its statistics and
** (when n > 1) one fresh block id. prog may be NULL. Returns 0, or 1 if
** interrupted: out[] is then freed and holds no result. */
int gb_rounds_execute(const GbRunConfig *cfgs, int n, GbRoundFn fn, void *ud, GbProgress *prog,
                      GbRun *out);

#endif
