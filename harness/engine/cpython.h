/*
** cpython.h — reference runs under the real CPython, through
** harness/engine/cpython_driver.py.
**
** A GbPy is one driver process for one measurement (the suite starts one
** per round): started, it imports the workload, starts its workers
** (processes: forked once) and does the warm-up; then it measures the
** repetitions asked for. One per round on purpose: two CPython processes
** run the same loop up to ~20% apart on this project's VM, and each runs
** it steadily. A process kept for all of a block's rounds would make that a
** fixed bias of its configuration; a fresh one per round samples it, and
** the interval shows it.
**
** Ruby's reference runs use the same machinery with ruby_driver.rb, which
** speaks the same protocol (ruby.h): python is then the ruby to run.
*/
#ifndef GB_CPYTHON_H
#define GB_CPYTHON_H

#include "gb.h"

typedef struct GbPy GbPy;

/* The first line `exe flag code` prints, if it starts with prefix (an
** interpreter's version probe), within 10 s; else NULL. No shell: any path. */
char *gb_driver_probe(const char *exe, const char *flag, const char *code, const char *prefix);
/* python's "cpython-3.11", or NULL if it cannot be run. */
char *gb_py_version(const char *python);
/* Starts driver under python for c (c->warmup repetitions are done here,
** within c->timeout_s); cpus: each worker's PU, "0,1". NULL with err if
** it could not start or failed its warm-up; errno is then ETIMEDOUT if
** c->timeout_s ran out first. */
GbPy *gb_py_start(const char *python, const char *driver, const GbRunConfig *c, const char *cpus,
                  char *err, size_t errlen);
/* c->reps repetitions into r, a fresh record of c, or r failed (timeout:
** c->timeout_s for them all; the driver died; interrupted). A driver that
** failed serves no further repetitions. */
void gb_py_measure(GbPy *p, const GbRunConfig *c, GbRun *r);
/* Ends the driver (killed if it is still busy) and frees p; NULL is a no-op. */
void gb_py_stop(GbPy *p);

#endif
