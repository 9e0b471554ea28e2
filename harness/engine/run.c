/*
** run.c — measuring one configuration: plans where the workers run, hands
** the run to its engine (run_thread.c in-process, run_proc.c forked), which
** runs in a supervised child (supervise.c), and summarizes the record.
*/
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "engines.h"
#include "measure.h"
#include "run.h"
#include "supervise.h"

int gb_run_execute(GbTopo *tp, const GbRunConfig *cfg, const GbRunHooks *h, GbRun *r) {
  char err[256];
  GbEngine e = {.tp = tp, .cfg = &r->cfg, .hooks = h};
  memset(r, 0, sizeof *r);
  gb_config_copy(&r->cfg, cfg);
  gb_config_modname(cfg, e.mod, sizeof e.mod);
  e.deadline = cfg->timeout_s > 0 ? gb_now() + cfg->timeout_s : INFINITY;
  if (gb_topo_plan(tp, cfg->pin, cfg->workers, &e.plan, err, sizeof err) < 0) {
    gb_run_fail(r, GB_FAILED, "%s", err);
    return 0;
  }
  /* seq runs its tasks on one worker, so only side-by-side workers share */
  if (e.plan.warning[0] && cfg->mode != GB_MODE_SEQ) {
    r->oversubscribed = true;
    gb_run_warn(r, "%s", e.plan.warning);
  }
  if (cfg->trace && cfg->mode == GB_MODE_PROCS)
    gb_run_warn(r, "--trace is not recorded in procs mode (the trace stays in the children)");
  r->samples = gb_calloc((size_t)cfg->reps, sizeof *r->samples);
  int rc = gb_supervise(&e, r, cfg->mode == GB_MODE_PROCS ? gb_run_procs : gb_run_inproc);
  gb_topo_plan_free(&e.plan);
  gb_run_summarize(r);
  return rc;
}
