/*
** eta.h — the time-left estimate of a suite or a session: what the plan
** expects of the runs still to do, scaled by how fast this machine has
** gone through the runs done so far (eta.c says how the two combine).
*/
#ifndef GB_ETA_H
#define GB_ETA_H

/* An experiment's expected cost: seconds per repetition of one task (a
** run of N workers in seq or threads mode does N tasks a repetition),
** measured on the reference machine: the suite file's "est_unit_s". */
typedef struct GbCost {
  const char *experiment;
  double unit_s;
} GbCost;

/* The expected seconds per task repetition of a run of `experiment`: its
** cost from costs[0..n), else the mean of the costs given, else 1 (then
** only the relative sizes of runs count, and the measured speed decides). */
double gb_eta_unit_s(const GbCost *costs, int n, const char *experiment);

/* Seconds left: `planned` seconds are planned in all, of which the runs
** done were expected to take `planned_done` and took `elapsed`. `prior_s`
** is how many planned seconds the plan's own speed counts for (0: trust
** only what was measured). -1 when there is nothing to go on yet. */
double gb_eta_left(double planned, double planned_done, double elapsed, double prior_s);

#endif
