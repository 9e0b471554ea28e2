/*
** run.h — measuring one run configuration: the engines for in-process
** modes (seq, threads, subinterp: run_thread.c) and forked workers (procs:
** run_proc.c), with the task call and the checks they share (run.c).
*/
#ifndef GB_RUN_H
#define GB_RUN_H

#include <signal.h>

#include "gb.h"
#include "topo.h"

/* Set by the signal handler (SIGINT/SIGTERM); engines poll it. */
extern volatile sig_atomic_t gb_interrupted;

typedef struct GbRunHooks {
  void (*on_rep)(void *ud, int done, int total); /* after every repetition */
  void *ud;
} GbRunHooks;

/* Measures cfg into r (which gets its own copy of cfg) and computes its
** statistics. Returns 0, or 1 if gb_interrupted stopped it: r is then
** incomplete and is not a result. Failures are statuses in r, not returns. */
int gb_run_execute(GbTopo *tp, const GbRunConfig *cfg, const GbRunHooks *h, GbRun *r);

/* Statistics, run-queue share and busy-machine warning from r's samples. */
void gb_run_summarize(GbRun *r);
/* A warning gb_run_summarize writes from all the samples (busy machine, steal). */
bool gb_run_is_summary_warning(const char *w);

/* Loads the workload in a throw-away forked child and checks that the
** entry exists and takes cfg->nargs arguments: 0, or -1 with one line. */
int gb_run_preflight(const GbRunConfig *cfg, char *err, size_t errlen);

/* Shared by the engines. */
typedef struct GbEngine {
  GbTopo *tp;
  const GbRunConfig *cfg;
  const GbRunHooks *hooks;
  GbPlan plan;
  char mod[256];
  double deadline; /* CLOCK_MONOTONIC s; INFINITY without --timeout */
} GbEngine;

void gb_run_options(const GbRunConfig *cfg, gp_Options *o);
/* Calls the entry once as `worker`, measuring it into w; -1 with the
** error's "Type: message" line in err if it raised. */
int gb_run_task(GbEngine *e, gp_Thread *t, int worker, bool process, GbWorkerSample *w, char *err,
                size_t errlen);
/* "Type: message (file:line, in function)" from the thread's last error. */
void gb_run_error_line(gp_Thread *t, char *buf, size_t len);
void gb_value_copy(GbValue *dst, const GbValue *src);
/* Records one counted repetition; takes ownership of ws's results. */
/* steal: the hypervisor's steal during it (gb_steal_since), NaN unknown. */
void gb_run_add_sample(GbRun *r, double wall, double steal, const gp_GilStats *gil,
                       GbWorkerSample *ws, int n);
void gb_run_report_rep(GbEngine *e, int done);

int gb_run_inproc(GbEngine *e, GbRun *r); /* run_thread.c */
int gb_run_procs(GbEngine *e, GbRun *r);  /* run_proc.c */

#endif
