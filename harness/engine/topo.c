/*
** topo.c — hwloc discovery and binding. Core indexes are hwloc logical
** indexes (stable, topology order); cpusets are printed as OS PU numbers,
** the numbering taskset and /proc use.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "topo.h"

int gb_topo_open(GbTopo *tp, char *err, size_t errlen) {
  memset(tp, 0, sizeof *tp);
  /* hwloc drops instruction caches by default; the machine block wants them. */
  if (hwloc_topology_init(&tp->t) < 0 ||
      hwloc_topology_set_icache_types_filter(tp->t, HWLOC_TYPE_FILTER_KEEP_ALL) < 0 ||
      hwloc_topology_load(tp->t) < 0) {
    snprintf(err, errlen, "hwloc: cannot discover the topology");
    return -1;
  }
  tp->npackages = hwloc_get_nbobjs_by_type(tp->t, HWLOC_OBJ_PACKAGE);
  tp->nnuma = hwloc_get_nbobjs_by_type(tp->t, HWLOC_OBJ_NUMANODE);
  tp->ncores = hwloc_get_nbobjs_by_type(tp->t, HWLOC_OBJ_CORE);
  tp->npus = hwloc_get_nbobjs_by_type(tp->t, HWLOC_OBJ_PU);
  if (tp->ncores <= 0) tp->ncores = tp->npus; /* no core level: a PU is a core */
  return 0;
}

void gb_topo_close(GbTopo *tp) {
  if (tp->t) hwloc_topology_destroy(tp->t);
  tp->t = NULL;
}

void gb_topo_format(hwloc_const_bitmap_t set, char *buf, size_t len) {
  if (!set || hwloc_bitmap_list_snprintf(buf, len, set) < 0) snprintf(buf, len, "%s", "");
}

/* The object a worker slot maps to: a core, or a PU when there are none. */
static hwloc_obj_t gb_topo_core(GbTopo *tp, int k) {
  hwloc_obj_t o = hwloc_get_obj_by_type(tp->t, HWLOC_OBJ_CORE, (unsigned)k);
  return o ? o : hwloc_get_obj_by_type(tp->t, HWLOC_OBJ_PU, (unsigned)k);
}

/* One PU of obj: binding to a single PU keeps the OS from moving the worker
** between SMT siblings, which would blur per-core measurements. */
static hwloc_bitmap_t gb_topo_one_pu(hwloc_obj_t o) {
  hwloc_bitmap_t s = hwloc_bitmap_dup(o->cpuset);
  hwloc_bitmap_singlify(s);
  return s;
}

static void gb_topo_wrap_warning(GbPlan *p, int n, int slots, const char *what) {
  snprintf(p->warning, sizeof p->warning,
           "%d workers but %d %s: workers wrap around and share (worker %d shares with worker 0)",
           n, slots, what, slots);
}

static int gb_topo_plan_scatter(GbTopo *tp, int n, GbPlan *p) {
  int m = n < tp->ncores ? n : tp->ncores;
  hwloc_obj_t root = hwloc_get_root_obj(tp->t);
  int depth = hwloc_get_type_or_below_depth(tp->t, HWLOC_OBJ_CORE);
  hwloc_bitmap_t *d = gb_calloc((size_t)m, sizeof *d);
  if (hwloc_distrib(tp->t, &root, 1, d, (unsigned)m, depth, 0) < 0) {
    free(d);
    return -1;
  }
  for (int k = 0; k < n; k++) {
    p->sets[k] = hwloc_bitmap_dup(d[k % m]);
    hwloc_bitmap_singlify(p->sets[k]);
  }
  for (int k = 0; k < m; k++)
    hwloc_bitmap_free(d[k]);
  free(d);
  if (n > tp->ncores) gb_topo_wrap_warning(p, n, tp->ncores, "cores");
  return 0;
}

int gb_topo_plan(GbTopo *tp, GbPin pin, int n, GbPlan *p, char *err, size_t errlen) {
  memset(p, 0, sizeof *p);
  p->n = n;
  p->sets = gb_calloc((size_t)n, sizeof *p->sets);
  switch (pin.kind) {
  case GB_PIN_NONE: /* nothing bound, nothing wraps: the OS shares the PUs out */
    return 0;
  case GB_PIN_CORES:
    for (int k = 0; k < n; k++)
      p->sets[k] = gb_topo_one_pu(gb_topo_core(tp, k % tp->ncores));
    if (n > tp->ncores) gb_topo_wrap_warning(p, n, tp->ncores, "cores");
    return 0;
  case GB_PIN_COMPACT:
    for (int k = 0; k < n; k++)
      p->sets[k] =
          gb_topo_one_pu(hwloc_get_obj_by_type(tp->t, HWLOC_OBJ_PU, (unsigned)(k % tp->npus)));
    if (n > tp->npus) gb_topo_wrap_warning(p, n, tp->npus, "PUs");
    return 0;
  case GB_PIN_SCATTER:
    if (gb_topo_plan_scatter(tp, n, p) == 0) return 0;
    snprintf(err, errlen, "hwloc: cannot distribute %d workers", n);
    break;
  case GB_PIN_CORE:
    if (pin.core < tp->ncores) {
      for (int k = 0; k < n; k++)
        p->sets[k] = hwloc_bitmap_dup(gb_topo_core(tp, pin.core)->cpuset);
      return 0;
    }
    snprintf(err, errlen, "--pin core:%d: this machine has cores 0-%d", pin.core, tp->ncores - 1);
    break;
  }
  gb_topo_plan_free(p);
  return -1;
}

void gb_topo_plan_free(GbPlan *p) {
  for (int k = 0; k < p->n && p->sets; k++)
    if (p->sets[k]) hwloc_bitmap_free(p->sets[k]);
  free(p->sets);
  p->sets = NULL;
  p->n = 0;
}

int gb_topo_bind(GbTopo *tp, hwloc_const_bitmap_t set, bool process, char *err, size_t errlen) {
  if (!set) return 0;
  int flags = (process ? HWLOC_CPUBIND_PROCESS : HWLOC_CPUBIND_THREAD) | HWLOC_CPUBIND_STRICT;
  if (hwloc_set_cpubind(tp->t, set, flags) == 0) return 0;
  char s[48];
  gb_topo_format(set, s, sizeof s);
  snprintf(err, errlen, "cannot bind to PU %s", s);
  return -1;
}

/* Where the calling thread last ran. Always the thread, even in a worker
** process: a process's location is the union over its threads, and a
** sanitizer's helper thread may sit on another core. */
int gb_topo_where(GbTopo *tp, bool process) {
  (void)process;
  hwloc_bitmap_t s = hwloc_bitmap_alloc();
  int core = -1;
  int flags = HWLOC_CPUBIND_THREAD;
  if (s && hwloc_get_last_cpu_location(tp->t, s, flags) == 0) {
    hwloc_obj_t pu = hwloc_get_pu_obj_by_os_index(tp->t, (unsigned)hwloc_bitmap_first(s));
    hwloc_obj_t c = pu ? hwloc_get_ancestor_obj_by_type(tp->t, HWLOC_OBJ_CORE, pu) : NULL;
    core = c ? (int)c->logical_index : pu ? (int)pu->logical_index : -1;
  }
  hwloc_bitmap_free(s);
  return core;
}

/* The core of a binding is the core its cpuset lies in. Where the worker
** last ran is no substitute right after binding: the scheduler may not have
** moved it yet. A cpuset spanning cores falls back to the last location. */
void gb_topo_readback(GbTopo *tp, bool process, char *cpuset, size_t len, int *core) {
  hwloc_bitmap_t s = hwloc_bitmap_alloc();
  int flags = process ? HWLOC_CPUBIND_PROCESS : HWLOC_CPUBIND_THREAD;
  *core = -1;
  if (s && hwloc_get_cpubind(tp->t, s, flags) == 0) {
    gb_topo_format(s, cpuset, len);
    hwloc_obj_t c = hwloc_get_next_obj_covering_cpuset_by_type(tp->t, s, HWLOC_OBJ_CORE, NULL);
    if (c && hwloc_bitmap_isincluded(s, c->cpuset)) *core = (int)c->logical_index;
  } else {
    snprintf(cpuset, len, "%s", "");
  }
  hwloc_bitmap_free(s);
  if (*core < 0) *core = gb_topo_where(tp, process);
}
