/*
** session.h — a list of runs executed in order with their seq baselines,
** results journaled and written, a summary line per run on stdout, and
** SIGINT handled: `gilbench run` is a session of one run; `suite` will be
** a longer one.
*/
#ifndef GB_SESSION_H
#define GB_SESSION_H

#include <stdbool.h>

#include "gb.h"
#include "topo.h"

typedef struct GbSessionOptions {
  const char *json_out; /* NULL: no results file */
  bool quiet;
  bool baseline;      /* measure a seq baseline for every non-seq run */
  bool resume;        /* start from json_out's journal */
  bool preflight;     /* check the cores first (capacity.h) */
  bool force;         /* and go on even when they are busy */
  const char *python; /* run on this CPython (pyrun.h) instead of gilpy; NULL: gilpy */
} GbSessionOptions;

/* Exit status: 0 all ok, 1 some run failed or timed out, 2 bad setup
** (unloadable workload, unwritable output, no such CPython or a mode it
** lacks), 3 the preflight found the
** machine too busy, 130 interrupted. */
int gb_session_run(GbTopo *tp, const GbRunConfig *cfgs, int n, const GbSessionOptions *o);

#endif
