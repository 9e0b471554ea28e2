/*
** rcdefer.h — deferred reference counts under gil=none (rcdefer.c
** documents the protocol): functions, heap classes, code objects and
** modules of a free-threaded VM are counted per thread, with no atomic
** read-modify-write on their shared cache line, and freed only by a stop
** of the world.
*/
#ifndef GP_RCDEFER_H
#define GP_RCDEFER_H

#include <stdatomic.h>
#include <stdint.h>

#include "gp.h"

/* One thread's pending changes to deferred counts, indexed by id. */
typedef struct GpRcLocal {
  struct GpRcLocal *next; /* the VM's registry */
  int32_t *d;
  uint32_t cap;
} GpRcLocal;

/* A VM's deferred objects and the registry of threads' pending changes. */
typedef struct GpRcDefer {
  _Atomic uint32_t lock; /* a spinlock: ids, registry, merges */
  GpObj **objs;          /* by id (0 unused); NULL: a free id */
  uint32_t cap;          /* entries of objs */
  uint32_t hi;           /* ids below hi were handed out at least once */
  uint32_t *free_ids, nfree;
  GpRcLocal *locals;
  /* merges that released deferred objects: while it is unchanged, an
  ** object seen deferred is still alive (cache_none.h's global peeks) */
  _Atomic uint64_t releases;
} GpRcDefer;

/* The kinds that live as long as the program in practice. */
static inline bool gp_rc_deferrable(const GpType *tp) {
  return tp == &gp_type_function || tp == &gp_type_type || tp == &gp_type_code ||
         tp == &gp_type_module;
}
/* gp_rc_maybe_defer's work once o is known to be one of them. */
void gp_rc_defer(GpThread *t, GpObj *o);
/* An object every thread will reference for as long as its owner lives (a
** module's native function such as len, a code object's constant):
** deferred like the kinds above if o is a gil=none object. Called before
** o is visible to another thread; not for objects made per access (bound
** natives), which would churn the table's ids. */
static inline void gp_rc_defer_shared(GpThread *t, GpObj *o) {
  if (o->flags & GP_F_ATOMIC) gp_rc_defer(t, o);
}
/* At allocation, before o is visible to another thread: counts o deferred
** if it is a gil=none object of a deferrable kind (and ids remain).
** Inline: every object made under gil=none passes here, few are deferred. */
static inline void gp_rc_maybe_defer(GpThread *t, GpObj *o) {
  if ((o->flags & GP_F_ATOMIC) && gp_rc_deferrable(o->type)) gp_rc_defer(t, o);
}
/* With the world stopped (or no thread left): adds every thread's pending
** changes to the counts; objects whose count is then zero stop being
** deferred and are released (retired through t, or freed at once if t is
** NULL). */
void gp_rc_merge(GpRcDefer *r, GpThread *t);
/* A thread leaves its VM: its pending changes go to the counts. */
void gp_rc_thread_exit(GpThread *t);
/* The VM's end (no thread): every object counted normally again, the ones
** nobody references freed. */
void gp_rc_fini(GpRcDefer *r);

#endif
