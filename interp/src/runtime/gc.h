/*
** gc.h — the cycle collector's per-VM state and the hooks the allocator
** calls (gc.c documents the protocol and its invariants).
*/
#ifndef GP_GC_H
#define GP_GC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gp.h"
#include "rcdefer.h"

/* The prefix of every object of a collected type (one with traverse): two
** words, so a 16-byte-aligned allocation keeps the object 16-byte aligned.
** next == NULL: untracked. prev is a pointer, except during a collection,
** when objects of the generation being collected hold (index << 1) | 1. */
typedef struct GpGcHead {
  struct GpGcHead *next;
  uintptr_t prev;
} GpGcHead;

#define GP_GC_HEAD(o) ((GpGcHead *)(o)-1)
#define GP_GC_OBJ(h) ((GpObj *)((GpGcHead *)(h) + 1))

typedef struct GpGcEntry {
  GpObj *o;
  int64_t refs; /* rc minus references from the generation; -1 = reachable */
} GpGcEntry;

/* The tracked objects of one shard (gc.c: a thread's own lists under
** gil=none; shard 0 holds everything under a GIL), a cache line each. */
enum { GP_GC_SHARDS = 16, GP_GC_SHARD_SHIFT = 8 };
#define GP_GC_SHARD_MASK ((uint32_t)(GP_GC_SHARDS - 1) << GP_GC_SHARD_SHIFT)
typedef struct GpGcShard {
  _Alignas(64) GpGcHead young, old; /* circular lists with sentinel heads */
  size_t allocs;                    /* tracked allocations since the last collection */
  char pad[64 - 2 * sizeof(GpGcHead) - sizeof(size_t)];
} GpGcShard;

typedef struct GpGc {
  GpGcShard shards[GP_GC_SHARDS];
  size_t threshold;      /* a shard's allocs that request a young collection (700) */
  size_t old_pending;    /* survivors moved to old since the last full collection */
  size_t old_total;      /* size of old after the last full collection */
  size_t young_garbage;  /* found by young collections since the last full one */
  _Atomic int enabled;   /* gc.enable() / gc.disable(): automatic collection only */
  _Atomic int requested; /* allocs crossed the threshold; eval breaker set */
  bool collecting;       /* a collection runs (no nested one) */
  GpGcEntry *buf;        /* scratch of a collection, reused */
  size_t bufcap;
  uint64_t collections, collected; /* totals, for gc.get_stats-like reporting */
  GpRcDefer rcd;                   /* gil=none's deferred counts (rcdefer.h) */
} GpGc;

void gp_gc_init(GpGc *gc);
/* Collects everything left, then forgets the objects still alive (leaked):
** called by gp_close once no thread runs. */
void gp_gc_fini(GpGc *gc);

/* Whether tp's objects carry a GpGcHead (their type or a base traverses). */
static inline bool gp_type_is_gc(const GpType *tp) {
  for (; tp; tp = tp->base)
    if (tp->traverse) return true;
  return false;
}
/* A dict the collector untracked because it held only atoms (gc.c) has
** prev == GP_GC_ATOMS (never-tracked objects have 0). */
#define GP_GC_ATOMS ((uintptr_t)2)
/* Whether v may be part of a cycle: a collected object that is neither
** immortal nor an untracked tuple (untracked for good: CPython's
** _PyObject_GC_MAY_BE_TRACKED). */
static inline bool gp_gc_may_be_tracked(GpValue v) {
  if (v.tag != GP_T_OBJ) return false;
  const GpObj *o = v.as.o;
  if ((o->flags & GP_F_IMMORTAL) || !gp_type_is_gc(o->type)) return false;
  return o->type != &gp_type_tuple || GP_GC_HEAD(o)->next;
}
void gp_gc_retrack(GpThread *t, GpObj *o);
/* Storing v into container c tracks c again if the collector untracked it
** and v may be tracked (CPython's MAINTAIN_TRACKING). Only objects of a VM
** with a GIL are untracked, so reading the head here is no data race. */
static inline void gp_gc_note_store(GpThread *t, GpObj *c, GpValue v) {
  if (__builtin_expect(!(c->flags & GP_F_ATOMIC) && GP_GC_HEAD(c)->prev == GP_GC_ATOMS, 0) &&
      gp_gc_may_be_tracked(v))
    gp_gc_retrack(t, c);
}

/* The allocator's hooks (object.c): link a new object, unlink a freed one. */
void gp_gc_track_new(GpThread *t, GpObj *o);
void gp_gc_untrack(GpObj *o);

/* Generators' finalizer (vm.c), for finalize.c: whether o is a generator
** suspended inside its body, and closing one (an error is reported). */
bool gp_gen_suspended(const GpObj *o);
void gp_gen_finalize(GpThread *t, GpObj *o);

/* The eval breaker saw GP_BRK_GC: collect if this thread wins the request. */
void gp_gc_poll(GpThread *t);
/* gc.collect(): full collection; the number of unreachable objects found. */
size_t gp_gc_collect(GpThread *t);

#endif
