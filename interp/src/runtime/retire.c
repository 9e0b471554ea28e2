/*
** retire.c — deferred release for gil=none; the protocol is in retire.h.
** The list is per VM; retiring past RETIRE_SOON values asks for a
** collection (GP_BRK_GC), whose stop of the world releases them.
*/
#include <stdlib.h>

#include "obj.h"
#include "retire.h"
#include "vm.h"

enum { RETIRE_SOON = 256 };

static void retired_lock(GpRetired *r) {
  uint32_t free_ = 0;
  if (!atomic_compare_exchange_strong_explicit(&r->lock, &free_, 1, memory_order_acquire,
                                               memory_order_relaxed))
    gp_stripe_wait(&r->lock);
}

static void retired_unlock(GpRetired *r) {
  atomic_store_explicit(&r->lock, 0, memory_order_release);
}

/* Appends v; false if out of memory. */
static bool retired_push(GpRetired *r, GpValue v) {
  if (r->n == r->cap) {
    size_t cap = r->cap ? r->cap * 2 : 16;
    GpValue *nv = realloc(r->v, cap * sizeof *nv);
    if (!nv) return false;
    r->v = nv;
    r->cap = cap;
  }
  r->v[r->n++] = v;
  return true;
}

/* Appends block p; false if out of memory. */
static bool blocks_push(GpRetired *r, void *p) {
  if (r->nblocks == r->capblocks) {
    size_t cap = r->capblocks ? r->capblocks * 2 : 16;
    void **nb = realloc(r->blocks, cap * sizeof *nb);
    if (!nb) return false;
    r->blocks = nb;
    r->capblocks = cap;
  }
  r->blocks[r->nblocks++] = p;
  return true;
}

/* Past RETIRE_SOON retirements, asks for the stop that releases them. */
static void retired_soon(GpVM *vm, size_t n) {
  if (n >= RETIRE_SOON && !atomic_load_explicit(&vm->gc.requested, memory_order_relaxed)) {
    atomic_store_explicit(&vm->gc.requested, 1, memory_order_relaxed);
    atomic_fetch_or_explicit(&vm->gil.eval_breaker, GP_BRK_GC, memory_order_relaxed);
  }
}

void gp_retire(GpThread *t, GpValue v) {
  if (!GP_IS_OBJ(v) || !GP_IS_SHARED(v.as.o)) {
    GP_DECREF(v);
    return;
  }
  GpRetired *r = &t->vm->retired;
  retired_lock(r);
  bool kept = retired_push(r, v);
  size_t n = r->n + r->nblocks;
  retired_unlock(r);
  if (kept) retired_soon(t->vm, n); /* else leaked rather than freed under a reader */
}

void gp_retire_block(GpThread *t, void *p) {
  GpRetired *r = &t->vm->retired;
  retired_lock(r);
  bool kept = blocks_push(r, p);
  size_t n = r->n + r->nblocks;
  retired_unlock(r);
  if (kept) retired_soon(t->vm, n);
}

void gp_retire_take(GpRetired *r, GpRetired *batch) {
  retired_lock(r);
  batch->v = r->v;
  batch->n = r->n;
  batch->cap = r->cap;
  batch->blocks = r->blocks;
  batch->nblocks = r->nblocks;
  batch->capblocks = r->capblocks;
  r->v = NULL;
  r->n = r->cap = 0;
  r->blocks = NULL;
  r->nblocks = r->capblocks = 0;
  retired_unlock(r);
}

void gp_retire_release(GpRetired *batch) {
  for (size_t i = 0; i < batch->n; i++)
    GP_DECREF(batch->v[i]);
  free(batch->v);
  for (size_t i = 0; i < batch->nblocks; i++)
    free(batch->blocks[i]);
  free(batch->blocks);
  batch->v = NULL;
  batch->n = batch->cap = 0;
  batch->blocks = NULL;
  batch->nblocks = batch->capblocks = 0;
}
