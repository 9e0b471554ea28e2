/*
** topo.h — the machine's topology (hwloc) and where workers run: a pin
** policy becomes one target cpuset per worker; workers bind themselves
** (threads with HWLOC_CPUBIND_THREAD, forked children in the child) and read
** back what the OS really applied.
*/
#ifndef GB_TOPO_H
#define GB_TOPO_H

#include <hwloc.h>
#include <stdbool.h>
#include <stddef.h>

#include "gb.h"

typedef struct GbTopo {
  hwloc_topology_t t;
  int npackages, nnuma, ncores, npus;
} GbTopo;

/* The per-worker targets of a pin policy; sets[k] is NULL for --pin none. */
typedef struct GbPlan {
  int n;
  hwloc_bitmap_t *sets;
  char warning[200]; /* "" unless workers had to share cores */
} GbPlan;

int gb_topo_open(GbTopo *tp, char *err, size_t errlen);
void gb_topo_close(GbTopo *tp);
int gb_topo_plan(GbTopo *tp, GbPin pin, int n, GbPlan *out, char *err, size_t errlen);
void gb_topo_plan_free(GbPlan *p);
/* Binds the calling thread (or, with process, the whole calling process);
** set NULL binds nothing. 0, or -1 with the reason in err. */
int gb_topo_bind(GbTopo *tp, hwloc_const_bitmap_t set, bool process, char *err, size_t errlen);
/* What the caller is bound to, as a PU list, and the core it last ran on. */
void gb_topo_readback(GbTopo *tp, bool process, char *cpuset, size_t len, int *core);
/* The logical core index of the PU the caller last ran on; -1 unknown. */
int gb_topo_where(GbTopo *tp, bool process);
/* A cpuset as a PU list ("0-3,8"). */
void gb_topo_format(hwloc_const_bitmap_t set, char *buf, size_t len);

#endif
