/*
** instfree.c — per-thread free lists of instance blocks (as tuple.c's
** cache of small tuples): raytrace makes and drops two million Vectors,
** and malloc, free and zeroing cost more than the rest of their life. A
** block is an instance with inline values (class.h: GpObj, its dict
** pointer, GpInlVals) and its collector head; inst_dealloc, having dropped
** its class, marks it with gp_inst_block_type, and dealloc_one hands it
** here instead of freeing it. Per thread, so no lock under gil=none; a
** block goes to the list of its room for values. Under gil=none a block
** is reused only by the thread that freed it, once its count reached zero,
** so no other thread holds a reference, and it was untracked first: taking
** it tracks it in the taker's shard, as an allocation would (gc.c).
*/
#include <stdlib.h>

#include "class.h"
#include "code.h"
#include "gc.h"
#include "obj.h"
#include "vm.h"

/* Lists 0 to CACHE_CAP - 1: room for 1 to CACHE_CAP values. */
enum { CACHE_CAP = 8, CACHE_DEPTH = 32 };
struct GpInstCache {
  int n[CACHE_CAP];
  GpObj *blocks[CACHE_CAP][CACHE_DEPTH];
};

/* The mark of a dead instance's block: no class to read its layout from. */
GpType gp_inst_block_type = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "instance block",
};

/* Every class with inline values lays its instances out the same way. */
static GpInlVals *block_vals(GpObj *o) {
  return (GpInlVals *)((char *)o + sizeof(GpObj) + sizeof(GpObj *));
}

bool gp_inst_cache_put(GpObj *o) {
  GpThread *t = gp_vm_current();
  uint32_t k = block_vals(o)->cap - 1u;
  if (k >= CACHE_CAP || !t) return false;
  if (!t->ifree && !(t->ifree = calloc(1, sizeof(struct GpInstCache)))) return false;
  struct GpInstCache *c = t->ifree;
  if (c->n[k] == CACHE_DEPTH) return false;
  c->blocks[k][c->n[k]++] = o;
  return true;
}

/* A block of list k made an instance of cls with room for cap values. */
static inline GpObj *block_reuse(GpThread *t, struct GpInstCache *c, uint32_t k, const GpType *cls,
                                 uint32_t cap) {
  GpObj *o = c->blocks[k][--c->n[k]];
  atomic_init(&o->rc, 1);
  o->flags = t->vm->obj_flags;
  o->type = cls;
  *(GpObj **)(o + 1) = NULL;
  GpInlVals *iv = block_vals(o);
  iv->n = 0;
  for (uint32_t i = 0; i < cap; i++) /* a value is read only as far as its tag says */
    iv->v[i].tag = GP_T_ERR;
  gp_gc_track_new(t, o); /* writes the whole collector head */
  return o;
}

GpObj *gp_inst_cache_take(GpThread *t, const GpType *cls, uint32_t cap) {
  struct GpInstCache *c = t->ifree;
  if (cap - 1u >= CACHE_CAP) return NULL;
  if (!c || !c->n[cap - 1]) return NULL;
  return block_reuse(t, c, cap - 1, cls, cap);
}

void gp_inst_cache_free(GpThread *t) {
  struct GpInstCache *c = t->ifree;
  if (!c) return;
  for (int i = 0; i < CACHE_CAP; i++)
    while (c->n[i])
      free(GP_GC_HEAD(c->blocks[i][--c->n[i]]));
  free(c);
  t->ifree = NULL;
}
