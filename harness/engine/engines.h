/*
** engines.h — the engines run.c dispatches to: each measures e's
** configuration into r. 0, or 1 if gb_interrupted stopped it.
*/
#ifndef GB_ENGINES_H
#define GB_ENGINES_H

#include "task.h"

int gb_run_inproc(GbEngine *e, GbRun *r); /* run_thread.c: seq, threads, subinterp */
int gb_run_procs(GbEngine *e, GbRun *r);  /* run_proc.c: forked workers */

#endif
