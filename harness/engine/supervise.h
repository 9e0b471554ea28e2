/*
** supervise.h — every run in a child process (supervise.c): the parent
** forks a child in its own process group that runs the engine and streams
** the record back (wire.h); the parent relays progress and SIGINT, and
** kills the whole group when the run outlives its deadline or misbehaves.
*/
#ifndef GB_SUPERVISE_H
#define GB_SUPERVISE_H

#include "task.h"

typedef int (*GbEngineFn)(GbEngine *e, GbRun *r);

/* Runs fn(e, ...) in a supervised child and records what it sent into r
** (whose cfg and samples run.c has set up). 0, or 1 if gb_interrupted
** stopped it. */
int gb_supervise(GbEngine *e, GbRun *r, GbEngineFn fn);

#endif
