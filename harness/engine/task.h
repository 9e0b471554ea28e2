/*
** task.h — the engines' toolkit (task.c): calling the entry once and
** measuring it, recording a repetition, and the interrupt flag they poll.
*/
#ifndef GB_TASK_H
#define GB_TASK_H

#include <signal.h>

#include "gb.h"
#include "topo.h"

/* Set by the signal handler (SIGINT/SIGTERM); engines poll it. */
extern volatile sig_atomic_t gb_interrupted;

#define GB_STOP_GRACE 2.0 /* s workers get to stop after an interrupt or 'q' */

typedef struct GbRunHooks {
  void (*on_rep)(void *ud, int done, int total); /* after every repetition */
  void *ud;
} GbRunHooks;

/* One run being measured, as every engine sees it. */
typedef struct GbEngine {
  GbTopo *tp;
  const GbRunConfig *cfg;
  const GbRunHooks *hooks;
  GbPlan plan;
  char mod[256];
  double deadline; /* CLOCK_MONOTONIC s; INFINITY without --timeout */
} GbEngine;

void gb_run_options(const GbRunConfig *cfg, gp_Options *o);
/* Closes a VM as gilpy exits: first waits for the threads the workload
** started and left running (freeing the VM under them crashes the run);
** with daemon threads still on it, leaves the VM to the process's exit. */
void gb_vm_close(gp_VM *vm);
/* Calls the entry once as `worker`, measuring it into w; -1 with the
** error's "Type: message" line in err if it raised. */
int gb_run_task(GbEngine *e, gp_Thread *t, int worker, bool process, GbWorkerSample *w, char *err,
                size_t errlen);
/* "Type: message (file:line, in function)" from the thread's last error. */
void gb_run_error_line(gp_Thread *t, char *buf, size_t len);
/* The same for an error in loading, then (a SyntaxError) the source line
** and its caret, as gilpy shows them. */
void gb_run_load_error(gp_Thread *t, char *buf, size_t len);
/* Records one counted repetition; takes ownership of ws's results.
** steal: the hypervisor's steal during it (gb_steal_since), NaN unknown. */
void gb_run_add_sample(GbRun *r, double wall, double steal, const gp_GilStats *gil,
                       GbWorkerSample *ws, int n);
void gb_run_report_rep(GbEngine *e, int done);
/* A child's wait status: "killed by signal 9 (SIGKILL)", "exited with status 3". */
void gb_describe_exit(int st, char *buf, size_t len);

#endif
