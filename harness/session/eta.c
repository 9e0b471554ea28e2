/*
** eta.c — the time-left estimate (eta.h).
**
** What is left is the plan's expected seconds for it times a speed: the
** ratio of the time the runs done took to what the plan expected of them.
** Early on that ratio rests on a few runs of the first experiment, whose
** cost per repetition says little about the others' (E1's CPU-bound tasks
** are 12 ms, E14's repetitions 0.5 s): so each experiment carries its own
** expected cost, and the measured ratio is blended with the plan's own
** speed, 1, as if the plan had already been seen to run `prior_s` planned
** seconds at exactly its expected pace. After a small part of the plan
** the measured ratio dominates, which is what follows a loaded machine.
*/
#include <string.h>

#include "eta.h"

double gb_eta_unit_s(const GbCost *costs, int n, const char *experiment) {
  double sum = 0;
  int known = 0;
  for (int i = 0; i < n; i++) {
    if (!(costs[i].unit_s > 0)) continue;
    if (experiment && costs[i].experiment && strcmp(costs[i].experiment, experiment) == 0)
      return costs[i].unit_s;
    sum += costs[i].unit_s;
    known++;
  }
  return known ? sum / known : 1;
}

double gb_eta_left(double planned, double planned_done, double elapsed, double prior_s) {
  if (planned <= 0) return 0;
  if (planned_done > planned) planned_done = planned;
  if (prior_s <= 0 && planned_done < 1e-3 * planned) return -1;
  double speed = (elapsed + prior_s) / (planned_done + prior_s);
  return (planned - planned_done) * speed;
}
