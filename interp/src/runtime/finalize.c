/*
** finalize.c — PEP 442 finalizers: a generator's close, an async
** generator's finalizer hook (PEP 525) and an instance's
** __del__ (a class's: its metaclass's), run once before an object is freed, from refcounting
** (gp_dealloc) or the cycle collector (gc.c), and for what the program
** leaves alive at exit.
**
** - From refcounting: dealloc_one (object.c) asks gp_finalize_dealloc
**   before anything is released. The object is resurrected (rc = 1) for the
**   call and freed only if the rc drops back to 0; a resurrected instance is
**   marked GP_F_FINALIZED, so its __del__ never runs again, and stays
**   tracked (it was not yet unlinked). Only a thread running code (vm.c's
**   current) runs finalizers: none run during the VM's teardown.
** - Deferral: while the collector breaks garbage (world stopped under
**   gil=none, or the GIL held in the middle of a collection) a finalizer
**   must not run. gc.c brackets that step with gp_finalize_defer:
**   objects freed meanwhile that need finalizing are resurrected into this
**   thread's queue, and gp_finalize_run_deferred runs them once the world is
**   running again, then drops the references.
** - Errors: printed to stderr as CPython's "Exception ignored in: X" and
**   its traceback, then dropped; the thread's exception state is kept.
*/
#include <stdlib.h>

#include "class.h"
#include "code.h"
#include "coro.h"
#include "finalize.h"
#include "obj.h"
#include "traceback.h"
#include "vm.h"

bool gp_has_finalizer(const GpObj *o) {
  if (o->type == &gp_type_generator || o->type == &gp_type_coroutine) return gp_gen_suspended(o);
  if (o->type == &gp_type_async_generator) return gp_agen_has_finalizer(o);
  if (o->type == &gp_type_type) return gp_meta_has_del(o);
  return GP_IS_CLASS(o->type) && gp_inst_has_del(o);
}

void gp_run_finalizer(GpThread *t, GpObj *o) {
  if (!gp_has_finalizer(o)) return; /* closed or finalized meanwhile */
  GpValue saved = t->exc;
  t->exc = GP_NONEV;
  if (o->type == &gp_type_generator || o->type == &gp_type_coroutine)
    gp_gen_finalize(t, o);
  else if (o->type == &gp_type_async_generator)
    gp_agen_finalize(t, o);
  else if (o->type == &gp_type_type)
    gp_meta_finalize(t, o);
  else
    gp_inst_finalize(t, o);
  t->exc = saved;
}

void gp_print_unraisable(GpThread *t, GpValue where) {
  gp_print_unraisable_msg(t, "in", where);
}

void gp_print_unraisable_msg(GpThread *t, const char *msg, GpValue where) {
  GpValue exc = t->exc;
  t->exc = GP_NONEV;
  GpValue r = gp_repr(t, where);
  if (GP_IS_ERR(r)) {
    GP_DECREF(t->exc);
    t->exc = GP_NONEV;
  }
  FILE *err = t->vm->opt.err;
  fflush(t->vm->opt.out);
  fprintf(err, "Exception ignored %s: %s\n", msg, GP_IS_ERR(r) ? "<object>" : GP_STR(r)->data);
  GP_DECREF(r);
  gp_traceback_print_unchained(t, exc, err);
  GP_DECREF(exc);
}

static _Thread_local struct {
  int depth;     /* inside gp_finalize_defer(true) */
  bool draining; /* gp_finalize_run_deferred runs: a nested one leaves the queue to it */
  size_t n, cap;
  GpObj **q; /* each holds the reference its resurrection made */
} deferred;

static bool defer(GpObj *o) {
  if (deferred.n == deferred.cap) {
    size_t cap = deferred.cap ? deferred.cap * 2 : 16;
    GpObj **q = realloc(deferred.q, cap * sizeof *q);
    if (!q) return false; /* then freed unfinalized, as at the VM's end */
    deferred.q = q;
    deferred.cap = cap;
  }
  deferred.q[deferred.n++] = o;
  return true;
}

bool gp_finalize_dealloc(GpObj *o) {
  GpThread *t = gp_vm_current();
  if (!t || !gp_has_finalizer(o)) return false;
  atomic_store_explicit(&o->rc, 1, memory_order_relaxed);
  if (deferred.depth) {
    if (defer(o)) return true;
    atomic_store_explicit(&o->rc, 0, memory_order_relaxed);
    return false;
  }
  gp_run_finalizer(t, o);
  return atomic_fetch_sub_explicit(&o->rc, 1, memory_order_acq_rel) != 1;
}

void gp_finalize_defer(bool on) {
  deferred.depth += on ? 1 : -1;
}

bool gp_finalize_deferring(void) {
  return deferred.depth > 0;
}

void gp_finalize_run_deferred(GpThread *t) {
  if (!deferred.depth) gp_weak_run_pending(t); /* CPython's weakref callbacks come first */
  if (deferred.depth || deferred.draining || !deferred.n) return;
  deferred.draining = true;
  for (size_t i = 0; i < deferred.n; i++) /* a finalizer may queue more: reread n */
    gp_run_finalizer(t, deferred.q[i]);
  deferred.draining = false;
  while (deferred.n)
    gp_decref_o(deferred.q[--deferred.n]);
  free(deferred.q);
  deferred.q = NULL;
  deferred.cap = 0;
}
