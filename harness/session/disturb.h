/*
** disturb.h — rounds the machine disturbed, found and measured again.
**
** After a block's rounds (rounds.h) every sample is compared with what the
** machine can give: its workers' CPU share (CPU time / wall), their
** run-queue wait, the hypervisor's steal and, where every task does a fixed
** work (seq and procs of "fixed_work" runs), the CPU time a task took: more
** of it for the same work means a slower CPU. A round where any run of the
** block was disturbed is measured again, the whole round so that the
** per-round pairing holds, at most as many more as the repetitions (at
** least one) per block, in passes: each disturbed round once a pass, with
** a longer pause before each later pass; what stays disturbed is kept and
** marked (the samples' "disturbed", for the round, and "disturbed_own",
** for the run whose sample showed it; the runs' "remeasured":
** results/SCHEMA.md).
**
** GILBENCH_DISTURB_TEST=K[:M] makes round K (from 1) of every block count
** as disturbed the first M times it is measured (M 1 by default; "always"
** for every time), and no other round: the tests force a disturbance
** without a busy machine, and a busy one changes nothing in them.
*/
#ifndef GB_DISTURB_H
#define GB_DISTURB_H

#include "capacity.h"
#include "gb.h"
#include "progress.h"

/* The references the run-queue wait and steal are held against: the
** preflight's figures (capacity.h), or NULL for the block's own medians. */
void gb_disturb_reference(const GbPreflight *pf);

/* Measures round k again for each run of the block still in it, into
** fresh[0..n) (left zeroed for a run not measured); 0, or 1 if interrupted. */
typedef int (*GbRedoRound)(void *ud, int k, GbRun *fresh);

/* Reviews out[0..n), a block measured in `rounds` rounds: marks the
** disturbed samples and measures their rounds again through redo (a
** measurement that failed is dropped: the round keeps its first one) and
** sets each run's queues_by_design (gb.h: no busy-machine warning). Each
** disturbed round is said on prog as it is found, one line (prog may be
** NULL: nothing is said). 0, or 1 if interrupted. */
int gb_disturb_review(GbRun *out, int n, int rounds, GbRedoRound redo, void *ud, GbProgress *prog);

#endif
