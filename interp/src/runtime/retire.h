/*
** retire.h — deferred release for gil=none (quiescent-state reclamation
** with the collector's stop-the-world as the quiescent point). A value that
** a method cache may still hand out after another thread removed it from a
** class namespace is retired instead of released: its reference is kept
** until the world has been stopped once after it was retired. Every thread
** parks at a safe point, never between reading a cache entry and taking a
** reference to what it names, so after that stop no thread can still hold
** the pointer unreferenced, and the reference can go.
*/
#ifndef GP_RETIRE_H
#define GP_RETIRE_H

#include <stdatomic.h>
#include <stddef.h>

#include "gp.h"

typedef struct GpRetired {
  _Atomic uint32_t lock; /* a spinlock: retiring is rare (class attribute stores) */
  GpValue *v;
  size_t n, cap;
  void **blocks; /* malloc'd storage a reader may still be in (gp_retire_block) */
  size_t nblocks, capblocks;
} GpRetired;

/* Takes over the reference v: dropped after the world's next stop. Under a
** GIL (v not GP_F_ATOMIC) it is dropped at once. */
void gp_retire(GpThread *t, GpValue v);
/* The same for storage p (malloc'd) that a gil=none reader may still read
** without a lock (a peeked dict's old entries): freed after the next stop. */
void gp_retire_block(GpThread *t, void *p);
/* With the world stopped: moves what was retired so far to *batch. */
void gp_retire_take(GpRetired *r, GpRetired *batch);
/* Drops batch's references (after the world restarted: it may run __del__). */
void gp_retire_release(GpRetired *batch);

#endif
