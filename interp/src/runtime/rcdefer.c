/*
** rcdefer.c — deferred reference counts under gil=none, after CPython
** 3.13t's deferred counts and 3.14t's per-thread counts of heap types
** (_PyObject_ThreadIncref): functions, heap classes, code objects,
** modules and modules' native functions are referenced by every thread on the hot path (calling a method
** increfs its function and code, making an instance its class), so under
** free threading the atomic count on their one cache line is what the
** threads fight over.
**
** The protocol:
** - Which objects: those of a free-threaded VM (GP_F_ATOMIC) of the kinds
**   above, chosen at allocation before any other thread can see them
**   (gp_rc_maybe_defer). Each gets an id, a slot of the VM's table `objs`,
**   stored in its flags' top bits with GP_F_DEFERRED. When ids run out
**   (65535 live ones) an object is simply counted atomically.
** - Counting: the true count of a deferred object is its rc field plus the
**   pending change d[id] of every thread (GpRcLocal). A thread running
**   bytecode (gp_vm_current) adds to its own d[id], a plain store on a line
**   no other thread writes; with no current thread (module setup, the VM's
**   teardown) the change goes to rc atomically. Both only add, so the sum
**   is exact whatever their order. A decrement never frees: rc alone may
**   reach zero (or wrap) while another thread holds a pending +1.
** - Merging (gp_rc_merge) runs with the world stopped (gc.c's collections
**   and reclaim, and again after finalizers ran with the world restarted).
**   Every thread that may add to its d[] is attached and so parked, or
**   holds no object (GP_BEGIN_ALLOW_THREADS): the merger adds every
**   registered d[] to rc and zeroes it. Then rc is the true count, which
**   the cycle collector needs, and an object whose rc is 0 is referenced
**   by nothing: it stops being deferred (its id is freed: every d[id] is
**   zero and no thread can read its old flags mid-update), gets rc = 1 and
**   is retired (retire.h), so its release and any __del__ it triggers run
**   once the world runs again.
** - A thread leaving its VM (gp_rc_thread_exit) adds its d[] to rc
**   atomically and unregisters, under the table's lock, which merges also
**   hold: a merger sees either the thread's d[] or its effect on rc, never
**   neither, so it cannot take a pending +1 for a zero count.
** - `lock` guards the table, the registry and the growth of a thread's d[]
**   (a thread writes its entries without it: only the merger, with the
**   thread parked, or the thread itself at exit read them).
** - Under a GIL no object is deferred: nothing here runs and
**   gp_incref_o/gp_decref_o keep their one-branch path.
** The price, as in CPython: a function or class that becomes garbage is
** freed at the next collection rather than at once.
*/
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "obj.h"
#include "vm.h"

enum { MAX_ID = UINT32_MAX >> GP_F_ID_SHIFT, FIRST_CAP = 256 };
#define ID_MASK ((uint32_t)MAX_ID << GP_F_ID_SHIFT)

static void table_lock(GpRcDefer *r) {
  uint32_t free_ = 0;
  if (!atomic_compare_exchange_strong_explicit(&r->lock, &free_, 1, memory_order_acquire,
                                               memory_order_relaxed))
    gp_stripe_wait(&r->lock);
}

static void table_unlock(GpRcDefer *r) {
  atomic_store_explicit(&r->lock, 0, memory_order_release);
}

/* A free id (0: none left or out of memory). Caller holds the lock. */
static uint32_t take_id(GpRcDefer *r) {
  if (r->nfree) return r->free_ids[--r->nfree];
  if (!r->hi) r->hi = 1;
  if (r->hi > MAX_ID) return 0;
  if (r->hi >= r->cap) {
    uint32_t cap = r->cap ? r->cap * 2 : FIRST_CAP;
    GpObj **objs = realloc(r->objs, cap * sizeof *objs);
    if (!objs) return 0;
    r->objs = objs;
    uint32_t *ids = realloc(r->free_ids, cap * sizeof *ids);
    if (!ids) return 0;
    r->free_ids = ids;
    r->cap = cap;
  }
  return r->hi++;
}

void gp_rc_defer(GpThread *t, GpObj *o) {
  GpRcDefer *r = &t->vm->gc.rcd;
  table_lock(r);
  uint32_t id = take_id(r);
  if (id) r->objs[id] = o;
  table_unlock(r);
  if (id) o->flags |= GP_F_DEFERRED | id << GP_F_ID_SHIFT;
}

/* t's pending changes, registered and covering id; NULL if out of memory. */
static GpRcLocal *local_reserve(GpThread *t, uint32_t id) {
  GpRcDefer *r = &t->vm->gc.rcd;
  table_lock(r);
  GpRcLocal *l = t->rcl;
  if (!l && (l = calloc(1, sizeof *l))) {
    l->next = r->locals;
    r->locals = l;
    t->rcl = l;
  }
  if (l && l->cap <= id) { /* the table's size covers every id handed out */
    int32_t *d = realloc(l->d, r->cap * sizeof *d);
    if (d) {
      memset(d + l->cap, 0, (r->cap - l->cap) * sizeof *d);
      l->d = d;
      l->cap = r->cap;
    }
  }
  table_unlock(r);
  return l && id < l->cap ? l : NULL;
}

/* gp_rc_deferred_add past its common case: t's pending changes to make or
** grow, or no current thread (the count itself then). */
static __attribute__((noinline)) void deferred_add_slow(GpThread *t, GpObj *o, uint32_t id,
                                                        int32_t d) {
  GpRcLocal *l = t ? local_reserve(t, id) : NULL;
  if (l)
    l->d[id] += d;
  else
    atomic_fetch_add_explicit(&o->rc, (uint32_t)d, memory_order_relaxed);
}

/* The common case needs no stack frame: the current thread read in place
** (gp_vm_cur), its pending change added. */
void gp_rc_deferred_add(GpObj *o, int32_t d) {
  GpThread *t = gp_vm_cur;
  uint32_t id = o->flags >> GP_F_ID_SHIFT;
  GpRcLocal *l = t ? t->rcl : NULL;
  if (__builtin_expect(l && id < l->cap, 1))
    l->d[id] += d;
  else
    deferred_add_slow(t, o, id, d);
}

/* Adds l's pending changes to the counts. Caller holds the lock. */
static void flush(GpRcDefer *r, GpRcLocal *l) {
  uint32_t n = l->cap < r->hi ? l->cap : r->hi;
  for (uint32_t id = 1; id < n; id++) {
    if (!l->d[id]) continue;
    atomic_fetch_add_explicit(&r->objs[id]->rc, (uint32_t)l->d[id], memory_order_relaxed);
    l->d[id] = 0;
  }
}

/* o (id) is counted normally from now on. Caller holds the lock. */
static void undefer(GpRcDefer *r, uint32_t id) {
  r->objs[id]->flags &= ~(GP_F_DEFERRED | ID_MASK);
  r->objs[id] = NULL;
  r->free_ids[r->nfree++] = id;
}

static bool dead(GpRcDefer *r, uint32_t id) {
  return r->objs[id] && !atomic_load_explicit(&r->objs[id]->rc, memory_order_relaxed);
}

/* Drops the reference the caller gave o (rc was set to 1). */
static void release(GpThread *t, GpObj *o) {
  if (t)
    gp_retire(t, gp_objv(o));
  else
    gp_decref_o(o);
}

/* Undefers the objects with a zero count (every one if all), into a new
** array of *n; NULL with *n = 0 if none or out of memory (then nothing
** changed). Caller holds the lock. */
static GpObj **undefer_dead(GpRcDefer *r, bool all, size_t *n) {
  size_t k = 0;
  for (uint32_t id = 1; id < r->hi; id++)
    k += dead(r, id);
  *n = 0;
  GpObj **out = k ? malloc(k * sizeof *out) : NULL;
  if (!out) return NULL;
  for (uint32_t id = 1; id < r->hi; id++) {
    if (!r->objs[id] || (!all && !dead(r, id))) continue;
    GpObj *o = r->objs[id];
    if (!atomic_load_explicit(&o->rc, memory_order_relaxed)) out[(*n)++] = o;
    undefer(r, id);
  }
  return out;
}

void gp_rc_merge(GpRcDefer *r, GpThread *t) {
  if (!r->hi) return; /* nothing was ever deferred (a VM with a GIL) */
  table_lock(r);
  for (GpRcLocal *l = r->locals; l; l = l->next)
    flush(r, l);
  size_t n;
  GpObj **gone = undefer_dead(r, false, &n);
  table_unlock(r);
  if (n) atomic_fetch_add_explicit(&r->releases, 1, memory_order_relaxed);
  for (size_t i = 0; i < n; i++) {
    atomic_store_explicit(&gone[i]->rc, 1, memory_order_relaxed);
    release(t, gone[i]);
  }
  free(gone);
}

void gp_rc_thread_exit(GpThread *t) {
  GpRcLocal *l = t->rcl;
  if (!l) return;
  GpRcDefer *r = &t->vm->gc.rcd;
  table_lock(r);
  flush(r, l);
  GpRcLocal **p = &r->locals;
  while (*p != l)
    p = &(*p)->next;
  *p = l->next;
  table_unlock(r);
  t->rcl = NULL;
  free(l->d);
  free(l);
}

void gp_rc_fini(GpRcDefer *r) {
  gp_rc_merge(r, NULL); /* no thread is left: what merging frees goes at once */
  size_t n;
  GpObj **gone = undefer_dead(r, true, &n);
  for (uint32_t id = 1; id < r->hi; id++) /* out of memory above: leaked, not freed early */
    if (r->objs[id]) undefer(r, id);
  free(r->objs);
  free(r->free_ids);
  r->objs = NULL;
  r->free_ids = NULL;
  r->cap = r->hi = r->nfree = 0;
  for (size_t i = 0; i < n; i++) {
    atomic_store_explicit(&gone[i]->rc, 1, memory_order_relaxed);
    gp_decref_o(gone[i]);
  }
  free(gone);
}
