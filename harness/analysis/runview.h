/*
** runview.h — what a results record means: the quantities derived from a
** run's recorded fields (reader.h), shared by the analyses, the export and
** the comparison. A missing value is NaN.
*/
#ifndef GB_RUNVIEW_H
#define GB_RUNVIEW_H

#include <jansson.h>
#include <stdbool.h>

#include "reader.h"

/* qsort comparator of doubles, ascending. */
int gb_cmpd(const void *a, const void *b);

/* A numeric field of every worker of every sample ("result", "cpu_s"):
** median, min and max. */
GbQ gb_worker_range(const json_t *r, const char *key);
/* Per sample, its wall time beyond its slowest worker's own: the start and
** the collection of the tasks (procs: waking each process, reading its
** result), outside every task. Median, min and max, in s. */
GbQ gb_handoff_range(const json_t *r);
/* The workers' return values over all samples: median, min and max. */
GbQ gb_result(const json_t *r);
/* The same results' median with its bootstrap 95% interval: for measured
** rates, where one disturbed repetition should not decide. */
GbQ gb_result_ci(const json_t *r);
/* gb_time plus the start-up (forking processes, starting threads). */
GbQ gb_total(const json_t *r);
/* GIL switches per second of wall time, over the counted repetitions
** (NaN for CPython, whose GIL is not observed). */
double gb_switch_rate(const json_t *r);
/* Any GIL counter of gil_totals per second of wall time ("acquisitions":
** releases and re-takes alike). */
double gb_gil_rate(const json_t *r, const char *counter);
/* time(a) / time(b) with its interval: paired round by round when the two
** runs were measured in one block (rounds.c; disturbed rounds left out as
** stats.h's gb_stats_speedup_of does), else the ratio of medians. */
GbQ gb_time_ratio(const json_t *a, const json_t *b);
/* The smallest and largest round's time(a)/time(b); false unless a and b
** were measured in the same rounds. */
bool gb_round_range(const json_t *a, const json_t *b, double *lo, double *hi);
/* The speedup per usable core, min(workers, cores): what compares machines
** of different sizes. */
double gb_efficiency(const json_t *r, int cores);
/* The same with its interval (the speedup's, divided alike). */
GbQ gb_efficiency_q(const json_t *r, int cores);
/* The geometric mean of n quantities, for the median and each end of the
** interval; those without positive values are left out (none left:
** gb_q_none). */
GbQ gb_gmean(const GbQ *qs, int n);

/* r's time differs significantly from base's (the same run elsewhere): the
** intervals do not overlap, or a Mann–Whitney U test on the repetitions'
** wall times gives p < 0.05. */
bool gb_time_differs(const json_t *r, const json_t *base);

/* One interval of a traced run's GIL timeline. */
typedef struct GbHold {
  int lane;      /* 0-based, in order of each thread's first event */
  double t0, t1; /* ms since the repetition's start */
  bool wait;     /* a wait interval (wait -> take) rather than a hold (take -> drop) */
} GbHold;

/* r finished ok and recorded a GIL trace. */
bool gb_traced(const json_t *r);
/* The hold and wait intervals of r's trace in order of their end, in a
** fresh array (free it; NULL if out of memory): *n of them, over *nlanes
** threads (at most 64). */
GbHold *gb_holds(const json_t *r, int *n, int *nlanes);

/* A hold of the timeline that counts as a turn at the GIL: longer than 5%
** of the switch interval si_ms, not one of the blips around a thread's
** start and join. */
bool gb_hold_counts(const GbHold *h, double si_ms);
/* The median hold of r's trace that counts (gb_hold_counts), in ms, with
** its quartiles; gb_q_none without a trace (or memory for it). */
GbQ gb_hold_ms(const json_t *r);

#endif
