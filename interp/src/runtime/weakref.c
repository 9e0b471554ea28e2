/*
** weakref.c — weak references: weakref.ref objects and the table that
** finds an object's references when it is freed.
**
** - The table: one per process (objects of every VM; their addresses never
**   clash), an open-addressed hash map from a referent to its list of
**   references, under weak_mu. Every access to a reference's referent and
**   links holds weak_mu, so under gil=none a thread calling ref() and one
**   freeing the referent are ordered: the caller either takes a reference
**   while the count is above zero or sees the object as dead.
** - The cost for objects never weakly referenced: under a GIL the first
**   reference sets GP_F_WEAKREFD on the referent, which dealloc_one
**   (object.c) checks; gil=none objects may be read by other threads, so
**   their flags are never written: gp_weak_shared counts the table's
**   entries for them, and while it is zero nothing is looked up.
** - Clearing (gp_weak_clear, from dealloc_one after the finalizer, as
**   CPython clears after __del__): the references are detached and their
**   referents set to NULL under the lock, then the callbacks run, newest
**   first, outside it. While the collector breaks garbage (finalize.h's
**   deferral) callbacks are queued and run with the deferred finalizers.
*/
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "code.h"
#include "finalize.h"
#include "obj.h"
#include "vm.h"

typedef struct WeakRef {
  GpObj ob;
  GpObj *referent; /* borrowed; NULL once it died (under weak_mu) */
  GpValue callback;
  struct WeakRef *next, *prev; /* the referent's list (under weak_mu) */
  int64_t hash;
  bool hashed;
} WeakRef;

typedef struct Entry {
  GpObj *o;
  WeakRef *head;
} Entry;

static pthread_mutex_t weak_mu = PTHREAD_MUTEX_INITIALIZER;
static Entry *tab; /* tab_cap slots, a power of two; o NULL = empty */
static size_t tab_cap, tab_n;
_Atomic size_t gp_weak_shared;

static size_t slot_of(const GpObj *o) {
  uintptr_t h = (uintptr_t)o >> 4;
  h ^= h >> 17;
  return (size_t)(h * 0x9E3779B97F4A7C15u) & (tab_cap - 1);
}

static Entry *tab_find(const GpObj *o) {
  if (!tab_cap) return NULL;
  for (size_t i = slot_of(o);; i = (i + 1) & (tab_cap - 1)) {
    if (tab[i].o == o) return &tab[i];
    if (!tab[i].o) return NULL;
  }
}

static bool tab_grow(void) {
  size_t ncap = tab_cap ? tab_cap * 2 : 64;
  Entry *old = tab, *nt = calloc(ncap, sizeof *nt);
  if (!nt) return false;
  size_t ocap = tab_cap;
  tab = nt;
  tab_cap = ncap;
  for (size_t i = 0; i < ocap; i++)
    if (old[i].o) {
      size_t j = slot_of(old[i].o);
      while (tab[j].o)
        j = (j + 1) & (tab_cap - 1);
      tab[j] = old[i];
    }
  free(old);
  return true;
}

static Entry *tab_add(GpObj *o) {
  if ((tab_n + 1) * 2 > tab_cap && !tab_grow()) return NULL;
  size_t i = slot_of(o);
  while (tab[i].o)
    i = (i + 1) & (tab_cap - 1);
  tab[i] = (Entry){o, NULL};
  tab_n++;
  if (o->flags & GP_F_ATOMIC) atomic_fetch_add_explicit(&gp_weak_shared, 1, memory_order_relaxed);
  return &tab[i];
}

/* Linear probing's deletion: later entries of the run move back. */
static void tab_remove(Entry *e) {
  if (e->o->flags & GP_F_ATOMIC)
    atomic_fetch_sub_explicit(&gp_weak_shared, 1, memory_order_relaxed);
  size_t i = (size_t)(e - tab);
  tab[i].o = NULL;
  tab_n--;
  for (size_t j = (i + 1) & (tab_cap - 1); tab[j].o; j = (j + 1) & (tab_cap - 1)) {
    size_t k = slot_of(tab[j].o);
    /* entry j may move to i when i lies cyclically in [k, j) */
    if ((j > i && (k <= i || k > j)) || (j < i && k <= i && k > j)) {
      tab[i] = tab[j];
      tab[j].o = NULL;
      i = j;
    }
  }
}

/* A new reference to o unless it is already being freed (count zero). */
static bool try_incref(GpObj *o) {
  uint32_t f = o->flags;
  if (f & (GP_F_IMMORTAL | GP_F_DEFERRED)) { /* deferred ones are freed only at a stop */
    gp_incref_o(o);
    return true;
  }
  uint32_t n = atomic_load_explicit(&o->rc, memory_order_relaxed);
  while (n)
    if (atomic_compare_exchange_weak_explicit(&o->rc, &n, n + 1, memory_order_acq_rel,
                                              memory_order_relaxed))
      return true;
  return false;
}

static void unlink_ref(Entry *e, WeakRef *r) {
  if (r->prev)
    r->prev->next = r->next;
  else
    e->head = r->next;
  if (r->next) r->next->prev = r->prev;
  r->next = r->prev = NULL;
  if (!e->head) tab_remove(e);
}

/* ---------------------------------------------------------- callbacks */

static _Thread_local struct {
  WeakRef **q;
  size_t n, cap;
} pending;

static void run_callback(GpThread *t, WeakRef *r) {
  GpValue saved = t->exc, self = gp_objv(&r->ob);
  t->exc = GP_NONEV;
  GpValue res = gp_vm_call(t, r->callback, &self, 1, NULL);
  if (GP_IS_ERR(res))
    gp_print_unraisable(t, r->callback);
  else
    GP_DECREF(res);
  t->exc = saved;
}

static void queue_callback(WeakRef *r) {
  if (pending.n == pending.cap) {
    size_t ncap = pending.cap ? pending.cap * 2 : 16;
    WeakRef **nq = realloc(pending.q, ncap * sizeof *nq);
    if (!nq) { /* no room: the callback is lost, never run on a dead thread */
      gp_decref_o(&r->ob);
      return;
    }
    pending.q = nq;
    pending.cap = ncap;
  }
  pending.q[pending.n++] = r;
}

void gp_weak_run_pending(GpThread *t) {
  for (size_t i = 0; i < pending.n; i++) /* a callback may queue more: reread n */
    run_callback(t, pending.q[i]);
  while (pending.n)
    gp_decref_o(&pending.q[--pending.n]->ob);
  free(pending.q);
  pending.q = NULL;
  pending.cap = 0;
}

void gp_weak_clear(GpObj *o) {
  WeakRef *calls[16], **cb = calls;
  size_t n = 0, cap = 16;
  pthread_mutex_lock(&weak_mu);
  Entry *e = tab_find(o);
  for (WeakRef *r = e ? e->head : NULL, *next; r; r = next) {
    next = r->next;
    r->referent = NULL;
    r->next = r->prev = NULL;
    if (GP_IS_NONE(r->callback) || !try_incref(&r->ob)) continue;
    if (n == cap) {
      WeakRef **grown = malloc(2 * cap * sizeof *grown);
      if (!grown) {
        gp_decref_o(&r->ob); /* not freed: its dealloc waits for weak_mu */
        continue;
      }
      memcpy(grown, cb, n * sizeof *cb);
      if (cb != calls) free(cb);
      cb = grown;
      cap *= 2;
    }
    cb[n++] = r;
  }
  if (e) {
    e->head = NULL;
    tab_remove(e);
  }
  pthread_mutex_unlock(&weak_mu);
  GpThread *t = gp_vm_current();
  for (size_t i = 0; i < n; i++) {
    if (t && gp_finalize_deferring()) {
      queue_callback(cb[i]);
      continue;
    }
    if (t) run_callback(t, cb[i]);
    gp_decref_o(&cb[i]->ob);
  }
  if (cb != calls) free(cb);
}

/* ------------------------------------------------------------ objects */

static bool weakrefable(const GpObj *o) {
  const GpType *tp = o->type;
  if (GP_IS_CLASS(tp)) {
    const GpClass *c = (const GpClass *)tp;
    const GpTuple *mro = (const GpTuple *)c->mro;
    bool slot = !c->restricted;
    for (size_t i = 0; i < mro->len; i++) {
      const GpType *b = (const GpType *)mro->items[i].as.o;
      if (b == &gp_type_int || b == &gp_type_bool || b == &gp_type_tuple || b == &gp_type_bytes)
        return false; /* CPython's variable-size objects have no room for the list */
      const GpObj *slots = GP_IS_CLASS(b) ? ((const GpClass *)b)->slots : NULL;
      for (size_t k = 0; slots && k < ((const GpTuple *)slots)->len; k++)
        slot |= !strcmp(GP_STR(((const GpTuple *)slots)->items[k])->data, "__weakref__");
    }
    return slot;
  }
  return tp == &gp_type_function || tp == &gp_type_type || tp == &gp_type_boundmethod ||
         tp == &gp_type_set || tp == &gp_type_frozenset || tp == &gp_type_generator ||
         tp == &gp_type_coroutine || tp == &gp_type_async_generator || tp == &gp_type_module ||
         tp == &gp_type_native;
}

GpValue gp_weakref_new(GpThread *t, GpValue obj, GpValue callback) {
  if (!GP_IS_OBJ(obj) || !weakrefable(obj.as.o))
    return gp_raise(t, &gp_exc_TypeError, "cannot create weak reference to '%s' object",
                    gp_typeof(obj)->name);
  GpObj *o = obj.as.o;
  bool immortal = o->flags & GP_F_IMMORTAL;
  /* allocated before the lock: an allocation may run the collector */
  WeakRef *r = (WeakRef *)gp_alloc(t, &gp_type_weakref, sizeof(WeakRef));
  if (!r) return gp_raise_nomem(t);
  pthread_mutex_lock(&weak_mu);
  Entry *e = immortal ? NULL : tab_find(o);
  WeakRef *basic = e && GP_IS_NONE(e->head->callback) ? e->head : NULL;
  if (GP_IS_NONE(callback) && basic && try_incref(&basic->ob)) {
    pthread_mutex_unlock(&weak_mu);
    gp_decref_o(&r->ob);
    return gp_objv(&basic->ob); /* CPython shares the callback-less reference */
  }
  if (!immortal && !e) e = tab_add(o);
  if (!immortal && !e) {
    pthread_mutex_unlock(&weak_mu);
    gp_decref_o(&r->ob);
    return gp_raise_nomem(t);
  }
  r->referent = o;
  r->callback = callback;
  GP_INCREF(callback);
  if (e) {
    WeakRef *after = GP_IS_NONE(callback) ? NULL : basic; /* the basic one stays first */
    r->prev = after;
    r->next = after ? after->next : e->head;
    if (r->next) r->next->prev = r;
    if (after)
      after->next = r;
    else
      e->head = r;
    if (!(o->flags & GP_F_ATOMIC)) o->flags |= GP_F_WEAKREFD;
  }
  pthread_mutex_unlock(&weak_mu);
  return gp_objv(&r->ob);
}

/* The referent (a new reference), or None once it died. */
GpValue gp_weakref_get(GpValue ref) {
  WeakRef *r = (WeakRef *)ref.as.o;
  pthread_mutex_lock(&weak_mu);
  GpObj *o = r->referent;
  bool alive = o && try_incref(o);
  pthread_mutex_unlock(&weak_mu);
  return alive ? gp_objv(o) : GP_NONEV;
}

int64_t gp_weakref_count(GpValue obj) {
  if (!GP_IS_OBJ(obj)) return 0;
  int64_t n = 0;
  pthread_mutex_lock(&weak_mu);
  Entry *e = tab_find(obj.as.o);
  for (WeakRef *r = e ? e->head : NULL; r; r = r->next)
    n++;
  pthread_mutex_unlock(&weak_mu);
  return n;
}

static void weakref_dealloc(GpObj *o) {
  WeakRef *r = (WeakRef *)o;
  pthread_mutex_lock(&weak_mu);
  if (r->referent && !(r->referent->flags & GP_F_IMMORTAL)) {
    Entry *e = tab_find(r->referent);
    if (e) unlink_ref(e, r);
  }
  r->referent = NULL;
  pthread_mutex_unlock(&weak_mu);
  GP_DECREF(r->callback);
}

static int weakref_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GP_VISIT(((WeakRef *)o)->callback, visit, arg);
  return 0;
}

static void weakref_clear(GpObj *o) {
  GP_CLEAR(((WeakRef *)o)->callback);
}

static GpValue weakref_repr(GpThread *t, GpValue self) {
  GpValue v = gp_weakref_get(self);
  if (GP_IS_NONE(v)) return gp_str_printf(t, "<weakref at %p; dead>", (void *)self.as.o);
  GpValue r = gp_str_printf(t, "<weakref at %p; to '%s' at %p>", (void *)self.as.o,
                            gp_typeof(v)->name, (void *)v.as.o);
  GP_DECREF(v);
  return r;
}

static int weakref_hash(GpThread *t, GpValue self, int64_t *h) {
  WeakRef *r = (WeakRef *)self.as.o;
  if (r->hashed) {
    *h = r->hash;
    return 0;
  }
  GpValue v = gp_weakref_get(self);
  if (GP_IS_NONE(v)) {
    gp_raise(t, &gp_exc_TypeError, "weak object has gone away");
    return -1;
  }
  int rc = gp_hash(t, v, h);
  GP_DECREF(v);
  if (rc == 0) {
    r->hash = *h;
    r->hashed = true;
  }
  return rc;
}

/* Alive references compare their referents; a dead one is equal only to
** itself. */
static GpValue weakref_compare(GpThread *t, GpCmpOp op, GpValue a, GpValue b) {
  if ((op != GP_CMP_EQ && op != GP_CMP_NE) || !GP_IS_TYPE(a, gp_type_weakref) ||
      !GP_IS_TYPE(b, gp_type_weakref))
    return GP_ERRV;
  GpValue x = gp_weakref_get(a), y = gp_weakref_get(b);
  int eq = GP_IS_NONE(x) || GP_IS_NONE(y) ? a.as.o == b.as.o : gp_eq(t, x, y);
  GP_DECREF(x);
  GP_DECREF(y);
  if (eq < 0) return GP_ERRV;
  return gp_boolv(op == GP_CMP_EQ ? eq : !eq);
}

static GpValue weakref_call(GpThread *t, GpValue self, const GpValue *args, int nargs,
                            GpObj *kwnames) {
  (void)args;
  if (gp_arg_none(t, "weakref", nargs, kwnames) < 0) return GP_ERRV;
  return gp_weakref_get(self);
}

static GpValue weakref_getattr(GpThread *t, GpValue self, GpObj *name) {
  if (!strcmp(GP_STR(gp_objv(name))->data, "__callback__")) {
    WeakRef *r = (WeakRef *)self.as.o;
    GpValue cb = r->referent ? r->callback : GP_NONEV; /* CPython drops it once called */
    GP_INCREF(cb);
    return cb;
  }
  return gp_raise(t, &gp_exc_AttributeError, "'weakref.ReferenceType' object has no attribute '%s'",
                  GP_STR(gp_objv(name))->data);
}

/* weakref.ref(obj[, callback]) */
static GpValue weakref_type_call(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "__new__", nargs, kw, 1, 2) < 0) return GP_ERRV;
  return gp_weakref_new(t, args[0], nargs > 1 ? args[1] : GP_NONEV);
}

static const GpTypeOps weakref_ops = {.compare = weakref_compare, .call = weakref_call};

GpType gp_type_weakref = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "weakref.ReferenceType",
    .dealloc = weakref_dealloc,
    .repr = weakref_repr,
    .hash = weakref_hash,
    .call = weakref_type_call,
    .getattr = weakref_getattr,
    .ops = &weakref_ops,
    .traverse = weakref_traverse,
    .clear = weakref_clear,
};
