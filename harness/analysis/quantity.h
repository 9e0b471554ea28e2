/*
** quantity.h — the number that decides a run's experiment, per run: what
** `gilbench compare` sets side by side. Most experiments are decided by
** times (and the speedups made of them); E3 by lost updates, E6 by the
** median GIL hold, E7 by the GIL's hand-offs (new) or releases (legacy)
** per second, E8 and E14 by I/O operations per second, a rate: higher is
** better.
*/
#ifndef GB_QUANTITY_H
#define GB_QUANTITY_H

#include <jansson.h>
#include <stdbool.h>

#include "runview.h"

/* GB_QTY_IO: the I/O thread's operations per second, higher is better
** (E14's time is a window, E8's a fixed count of operations: the rate is
** what was measured); GB_QTY_GIL: the GIL's events per second, a property
** of the run, neither better nor worse. */
typedef enum { GB_QTY_TIME, GB_QTY_IO, GB_QTY_GIL, GB_QTY_COUNT, GB_QTY_MS } GbQtyKind;

typedef struct GbRunQty {
  GbQtyKind kind;
  const char *unit; /* what a value is followed by: "", " I/O ops/s", " lost", " hold", … */
  GbQ q;            /* the median with its interval (a count: min and max; a hold: quartiles) */
} GbRunQty;

/* The deciding quantity of run r (its experiment's, by id); time where the
** experiment is decided by times or is not one of the suites'. */
GbRunQty gb_run_qty(const json_t *r);

/* What run r cost against base, the same run elsewhere: time over base's
** time, or for an I/O rate base's rate over r's (the time an operation
** took, relative); with the interval's ends. */
GbQ gb_cost_ratio(const json_t *r, const json_t *base);
/* gb_gmean of gb_cost_ratio over n pairs (rs[i], bases[i]). */
GbQ gb_cost_gmean_ratio(const json_t *const *rs, const json_t *const *bases, int n);

#endif
