/*
** run.h — measuring one run configuration (run.c): the dispatcher over
** the engines (engines.h), on top of their shared toolkit (task.h).
*/
#ifndef GB_RUN_H
#define GB_RUN_H

#include "gb.h"
#include "task.h"
#include "topo.h"

/* Measures cfg into r (which gets its own copy of cfg) and computes its
** statistics. Returns 0, or 1 if gb_interrupted stopped it: r is then
** incomplete and is not a result. Failures are statuses in r, not returns. */
int gb_run_execute(GbTopo *tp, const GbRunConfig *cfg, const GbRunHooks *h, GbRun *r);

#endif
