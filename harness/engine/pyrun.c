/*
** pyrun.c — one measurement under the real CPython (pyrun.h).
*/
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cpython.h"
#include "measure.h"
#include "pyrun.h"

char *gb_engine_file_find(const char *name, const char *env, const char *const *dirs, int n) {
  const char *set = getenv(env);
  if (set) return access(set, R_OK) == 0 ? gb_strdup(set) : NULL;
  for (int i = 0; i < n; i++) {
    char *p = gb_asprintf("%s/../harness/engine/%s", dirs[i], name);
    if (access(p, R_OK) == 0) return p;
    free(p);
  }
  char exe[PATH_MAX];
  ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
  exe[len > 0 ? len : 0] = '\0';
  char *slash = strrchr(exe, '/');
  if (slash) *slash = '\0';
  char *p = gb_asprintf("%s/../../harness/engine/%s", exe, name);
  if (access(p, R_OK) == 0) return p;
  free(p);
  return NULL;
}

char *gb_py_driver_find(const char *const *dirs, int n) {
  return gb_engine_file_find("cpython_driver.py", "GILBENCH_DRIVER", dirs, n);
}

/* The first PU of each worker's target set, "0,1,0,1", for the driver. */
static void gb_py_cpus(GbTopo *tp, const GbRunConfig *c, char *buf, size_t len) {
  GbPlan plan;
  char err[200];
  buf[0] = '\0';
  if (gb_topo_plan(tp, c->pin, c->workers, &plan, err, sizeof err) < 0) return;
  size_t off = 0;
  for (int k = 0; k < plan.n && plan.sets[k] && off + 12 < len; k++)
    off += (size_t)snprintf(buf + off, len - off, "%s%d", k ? "," : "",
                            hwloc_bitmap_first(plan.sets[k]));
  gb_topo_plan_free(&plan);
}

/* A driver process for this measurement alone: cpython.h says why not one
** per block. */
int gb_py_run(GbTopo *tp, const char *python, const char *driver, const GbRunConfig *c,
              const GbRunHooks *h, GbRun *one) {
  char err[512], cpus[512];
  double t0 = gb_now();
  gb_py_cpus(tp, c, cpus, sizeof cpus);
  GbPy *py = gb_py_start(python, driver, c, cpus, err, sizeof err);
  if (py) {
    GbRunConfig rest = *c; /* the timeout covers the start-up's warm-up too */
    if (c->timeout_s > 0) rest.timeout_s = fmax(0.001, c->timeout_s - (gb_now() - t0));
    gb_py_measure(py, &rest, one);
  } else {
    bool late = errno == ETIMEDOUT; /* the round's share ran out in the warm-up */
    memset(one, 0, sizeof *one);
    gb_config_copy(&one->cfg, c);
    gb_run_fail(one, late ? GB_TIMEOUT : GB_FAILED, "%s", err);
  }
  gb_py_stop(py);
  gb_run_summarize(one);
  for (int k = 1; h && h->on_rep && k <= c->warmup + c->reps; k++)
    h->on_rep(h->ud, k, c->warmup + c->reps);
  return gb_interrupted ? 1 : 0;
}
