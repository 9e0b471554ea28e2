/*
** pyrun.h — one measurement under the real CPython, as the engines make
** one under gilpy: a fresh driver (cpython.h) pinned like the gilpy run,
** its warm-up, then the repetitions, into a run record. Shared by the
** suite's reference runs (CPython's, and Ruby's with ruby_driver.rb:
** ruby.h) and `gilbench run --python`.
*/
#ifndef GB_PYRUN_H
#define GB_PYRUN_H

#include "gb.h"
#include "task.h"
#include "topo.h"

/* harness/engine/NAME (a driver): $ENV if set, else ../harness/engine/
** beside one of dirs[0..n) (a workloads folder), else relative to the
** executable (build/bin/ -> ../../harness/engine/); NULL if not found. */
char *gb_engine_file_find(const char *name, const char *env, const char *const *dirs, int n);
/* cpython_driver.py, $GILBENCH_DRIVER overriding (gb_engine_file_find). */
char *gb_py_driver_find(const char *const *dirs, int n);

/* Measures c under python into one (its own copy of c, statistics
** summarized); a driver that fails is a failed run. 1 if interrupted. */
int gb_py_run(GbTopo *tp, const char *python, const char *driver, const GbRunConfig *c,
              const GbRunHooks *h, GbRun *one);

#endif
