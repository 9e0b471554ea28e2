/*
** stats.h — summary statistics of a run's repetitions and the speedup
** against its seq baseline. Intervals are bootstrap percentile intervals
** with a fixed seed: the same samples always give the same numbers.
*/
#ifndef GB_STATS_H
#define GB_STATS_H

#include "gb.h"

#define GB_CV_LIMIT 0.05 /* a CV above this is flagged */

/* min, median, mean, stddev (n-1), cv = stddev/mean, and the 95% interval
** of the median; n = 0 leaves everything 0. */
void gb_stats_compute(const double *x, int n, GbStats *out);
/* median(base) / median(x), with the 95% interval of that ratio. */
void gb_stats_speedup(const double *base, int nb, const double *x, int n, GbSpeedup *out);
/* paired (the runs were measured in rounds together, nb == n): the median
** of base[i] / x[i] and its interval; otherwise gb_stats_speedup. bad[i]
** (NULL: none) says round i stayed disturbed (disturb.h): a paired speedup
** leaves such rounds out while at least gb_stats_clean_min(n) others
** remain (a slower CPU in a round is the machine's, not the code's, and
** its sample says so by a measure of its own, not by its time), else it
** takes every round and the disturbed ones stay in its interval. */
void gb_stats_speedup_of(const double *base, int nb, const double *x, int n, bool paired,
                         const bool *bad, GbSpeedup *out);
/* The undisturbed rounds of n a paired comparison needs to leave the
** others out: half of them, and at least 3. */
int gb_stats_clean_min(int n);

/* The two-sided p-value of the Mann–Whitney U test of x against y: exact
** for small samples (n1·n2 <= 400), the normal approximation beyond. */
double gb_stats_mann_whitney(const double *x, int n1, const double *y, int n2);

#endif
