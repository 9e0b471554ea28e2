/*
** object.c — allocation, the type of types, None, bool, and the intern
** table of identifier strs shared by every VM, and the striped container
** locks of gil=none.
*/
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "finalize.h"
#include "obj.h"
#include "vm.h"

/* ------------------------------------------------------------ allocation */

/* Objects of collected types get the collector's head in front (gc.h). */
GpObj *gp_alloc(GpThread *t, const GpType *tp, size_t size) {
  bool gc = gp_type_is_gc(tp);
  size_t pre = gc ? sizeof(GpGcHead) : 0;
  /* malloc, not calloc: glibc's calloc bypasses its per-thread cache (a
  ** third of the cost of an instance's allocation). The header is written
  ** below and the rest zeroed apart, or the compiler makes it calloc again. */
  char *p = malloc(pre + size);
  if (!p) return NULL;
  GpObj *o = (GpObj *)(p + pre);
  memset(p, 0, pre);
  memset(o + 1, 0, size - sizeof *o);
  return gp_obj_init(t, tp, o);
}

GpObj *gp_obj_init_untracked(GpThread *t, const GpType *tp, GpObj *o) {
  atomic_init(&o->rc, 1);
  o->flags = t ? t->vm->obj_flags : 0;
  o->type = tp;
  if (o->flags) gp_rc_maybe_defer(t, o);
  return o;
}

GpObj *gp_obj_init(GpThread *t, const GpType *tp, GpObj *o) {
  gp_obj_init_untracked(t, tp, o);
  if (gp_type_is_gc(tp)) gp_gc_track_new(t, o);
  return o;
}

static void dealloc_one(GpObj *o) {
  /* Finalized while still tracked, so a resurrected object stays so. A
  ** class object's finalizer is its metaclass's __del__. */
  const GpType *ft = o->type;
  bool weak = gp_weak_maybe(o);
  if (GP_IS_CLASS(ft) && !weak && gp_inst_recycle(o)) return;
  if ((GP_IS_CLASS(ft) ? gp_inst_may_have_del(o)
                       : ft == &gp_type_generator || ft == &gp_type_coroutine ||
                             ft == &gp_type_async_generator || ft == &gp_type_type) &&
      gp_finalize_dealloc(o))
    return; /* resurrected */
  /* Untracked before the weak references' callbacks run: they may drop
  ** the GIL, and a collection on another thread would find o tracked with
  ** no references and free it a second time (CPython clears the same way). */
  bool gc = gp_type_is_gc(o->type);
  if (gc) gp_gc_untrack(o);
  if (weak) gp_weak_clear(o);
  const GpType *tp = o->type; /* subtypes (exceptions) inherit dealloc */
  while (!tp->dealloc && tp->base)
    tp = tp->base;
  if (tp->dealloc) tp->dealloc(o);
  if (o->type == &gp_type_tuple && gp_tuple_cache_put(o)) return;
  if (o->type == &gp_inst_block_type && gp_inst_cache_put(o)) return;
  free(gc ? (void *)GP_GC_HEAD(o) : (void *)o);
}

/* The trashcan (CPython's Py_TRASHCAN): freeing an object releases its
** children, which may free theirs, so a 200,000-deep chain of lists would
** recurse that deep in C. Beyond TRASH_DEPTH nested deallocations, objects
** are put aside on this thread's pending list instead, and the outermost
** gp_dealloc frees them in a loop. Per thread, so no lock; the common path
** is one thread-local increment and decrement. */
enum { TRASH_DEPTH = 200 };
static _Thread_local struct {
  int depth;
  size_t n, cap;
  GpObj **pending;
} trash;

static bool trash_defer(GpObj *o) {
  if (trash.n == trash.cap) {
    size_t ncap = trash.cap ? trash.cap * 2 : 256;
    GpObj **np = realloc(trash.pending, ncap * sizeof *np);
    if (!np) return false; /* then free it right away: deeper C recursion, still correct */
    trash.pending = np;
    trash.cap = ncap;
  }
  trash.pending[trash.n++] = o;
  return true;
}

/* gp_incref_o and gp_decref_o of a counted object with flags: atomic
** (gil=none) or deferred (rcdefer.c). */
void gp_incref_slow(GpObj *o) {
  if (o->flags & GP_F_DEFERRED)
    gp_rc_deferred_add(o, 1);
  else
    atomic_fetch_add_explicit(&o->rc, 1, memory_order_relaxed);
}

void gp_decref_slow(GpObj *o) {
  if (o->flags & GP_F_DEFERRED)
    gp_rc_deferred_add(o, -1); /* never frees: a stop of the world does */
  else if (atomic_fetch_sub_explicit(&o->rc, 1, memory_order_acq_rel) == 1)
    gp_dealloc(o);
}

void gp_dealloc(GpObj *o) {
  if (o->type == &gp_type_tuple && gp_tuple_recycle(o)) return;
  if (__builtin_expect(trash.depth >= TRASH_DEPTH, 0) && trash_defer(o)) return;
  trash.depth++;
  dealloc_one(o);
  if (--trash.depth || __builtin_expect(!trash.n, 1)) return;
  trash.depth = 1; /* nested frees defer from TRASH_DEPTH on again, never drain */
  while (trash.n)
    dealloc_one(trash.pending[--trash.n]);
  trash.depth = 0;
  free(trash.pending);
  trash.pending = NULL;
  trash.cap = 0;
}

const GpType *gp_typeof(GpValue v) {
  switch (v.tag) {
  case GP_T_OBJ:
    return v.as.o->type;
  case GP_T_INT:
    return &gp_type_int;
  case GP_T_FLOAT:
    return &gp_type_float;
  case GP_T_BOOL:
    return &gp_type_bool;
  default:
    return &gp_type_none;
  }
}

bool gp_type_is_subtype(const GpType *a, const GpType *b) {
  if (GP_IS_CLASS(a) || b == &gp_type_object) return gp_class_is_subtype(a, b);
  for (; a; a = a->base)
    if (a == b) return true;
  return false;
}

const GpMethodDef *gp_type_method(const GpType *tp, const char *name) {
  for (; tp; tp = tp->base) {
    if (GP_IS_CLASS(tp) && ((const GpClass *)tp)->payoffset) return NULL; /* not the payload's */
    if (!tp->methods) continue;
    for (const GpMethodDef *m = tp->methods; m->name; m++)
      if (m->name[0] == name[0] && strcmp(m->name, name) == 0) return m;
  }
  return NULL;
}

/* LOAD_METHOD asks for the same few (type, name) pairs again and again: a
** per-thread cache keyed on both addresses saves the scan of the method
** tables. Both are immortal (built-in types, interned names), so an entry
** never goes stale; a class (whose address a later class may reuse) is not
** cached. */
enum { METHOD_CACHE = 64 };
static _Thread_local struct {
  const GpType *tp;
  const GpObj *name;
  const GpMethodDef *m;
} method_cache[METHOD_CACHE];

const GpMethodDef *gp_type_method_interned(const GpType *tp, GpObj *name) {
  size_t i = (((uintptr_t)tp >> 4) ^ ((uintptr_t)name >> 4)) & (METHOD_CACHE - 1);
  if (method_cache[i].tp == tp && method_cache[i].name == name) return method_cache[i].m;
  const GpMethodDef *m = gp_type_method(tp, ((GpStr *)name)->data);
  if (m && (tp->ob.flags & GP_F_IMMORTAL) && !GP_IS_CLASS(tp)) {
    method_cache[i].tp = tp;
    method_cache[i].name = name;
    method_cache[i].m = m;
  }
  return m;
}

/* ------------------------------------------------------- container locks */

/* A test-and-test-and-set spinlock that yields the CPU when spinning does
** not pay. Critical sections are a few dozen instructions and never block
** (obj.h's rule), so waiters rarely wait long, and the release is a plain
** store: a futex mutex's unlock would cost a second atomic read-modify-write
** on every operation, the price that matters single-threaded. A holder
** preempted (more threads than cores) is waited for with sched_yield. */
GpStripe gp_stripes[GP_NSTRIPES];

static void stripe_pause(void) {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#endif
}

void gp_stripe_wait(_Atomic uint32_t *w) {
  for (unsigned n = 0;; n++) {
    uint32_t free_ = 0;
    if (atomic_load_explicit(w, memory_order_relaxed) == 0 &&
        atomic_compare_exchange_weak_explicit(w, &free_, 1, memory_order_acquire,
                                              memory_order_relaxed))
      return;
    if (n < 100)
      stripe_pause();
    else
      sched_yield();
  }
}

void gp_dict_lock_wait(GpDict *d) {
  for (unsigned n = 0;; n++) {
    uint32_t s = __atomic_load_n(&d->seq, __ATOMIC_RELAXED);
    if (!(s & 1) &&
        __atomic_compare_exchange_n(&d->seq, &s, s + 1, true, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
      return;
    if (n < 100)
      stripe_pause();
    else
      sched_yield();
  }
}

/* ----------------------------------------------------------- the intern table */

static pthread_mutex_t intern_mu = PTHREAD_MUTEX_INITIALIZER;
static GpStr **intern_slots; /* open addressing, power-of-two size */
static size_t intern_size, intern_count;

static void intern_place(GpStr **slots, size_t size, GpStr *s) {
  size_t i = (size_t)s->hash & (size - 1);
  while (slots[i])
    i = (i + 1) & (size - 1);
  slots[i] = s;
}

static bool intern_grow(void) {
  size_t nsize = intern_size ? intern_size * 2 : 1024;
  GpStr **ns = calloc(nsize, sizeof *ns);
  if (!ns) return false;
  for (size_t i = 0; i < intern_size; i++)
    if (intern_slots[i]) intern_place(ns, nsize, intern_slots[i]);
  free(intern_slots);
  intern_slots = ns;
  intern_size = nsize;
  return true;
}

GpObj *gp_intern(const char *s, size_t len) {
  int64_t h = gp_str_hash_bytes(s, len);
  GpStr *found = NULL;
  pthread_mutex_lock(&intern_mu);
  if (intern_size) {
    for (size_t i = (size_t)h & (intern_size - 1); intern_slots[i];
         i = (i + 1) & (intern_size - 1)) {
      GpStr *c = intern_slots[i];
      if (c->hash == h && c->len == len && memcmp(c->data, s, len) == 0) {
        found = c;
        break;
      }
    }
  }
  if (!found && ((intern_count + 1) * 2 <= intern_size || intern_grow())) {
    GpValue v = gp_str_new(NULL, s, len); /* NULL: a fresh object, never a cached one */
    if (!GP_IS_ERR(v)) {
      found = GP_STR(v);
      found->ob.flags = GP_F_IMMORTAL;
      found->hash = h;
      intern_place(intern_slots, intern_size, found);
      intern_count++;
    }
  }
  pthread_mutex_unlock(&intern_mu);
  return (GpObj *)found;
}

/* The runtime interns the same literal names ("__init__", "__add__") on
** every call, dispatch or construction: a per-thread cache keyed on the
** C string's address skips the hash and the table's mutex. The text is
** compared too, as a caller may reuse one buffer for other names. */
enum { CSTR_CACHE = 64 };
static _Thread_local struct {
  const char *key;
  GpStr *str;
} cstr_cache[CSTR_CACHE];

GpObj *gp_intern_cstr(const char *s) {
  size_t i = ((uintptr_t)s >> 3) & (CSTR_CACHE - 1);
  if (cstr_cache[i].key == s && strcmp(cstr_cache[i].str->data, s) == 0)
    return (GpObj *)cstr_cache[i].str;
  GpObj *o = gp_intern(s, strlen(s));
  if (o) {
    cstr_cache[i].key = s;
    cstr_cache[i].str = (GpStr *)o;
  }
  return o;
}

/* ------------------------------------------------------------------- types */

static GpValue type_repr(GpThread *t, GpValue self) {
  const GpType *tp = (const GpType *)self.as.o;
  GpValue r = gp_meta_special(t, self, "__repr__", NULL, 0); /* <enum 'Color'> */
  if (!GP_IS_ERR(r) || !GP_IS_NONE(t->exc)) return r;
  if (GP_IS_CLASS(tp)) return gp_class_repr(t, (GpType *)tp);
  if (tp->module) return gp_str_printf(t, "<class '%s.%s'>", tp->module, tp->name);
  return gp_str_printf(t, "<class '%s'>", tp->name);
}

/* A built-in type's __mro__: it, its bases, object. */
static GpValue type_mro(GpThread *t, const GpType *tp) {
  GpValue items[16];
  size_t n = 0;
  for (const GpType *x = tp; x && n + 1 < sizeof items / sizeof *items; x = x->base)
    items[n++] = gp_objv((GpObj *)x);
  if (tp != &gp_type_object) items[n++] = gp_objv(&gp_type_object.ob);
  return gp_tuple_pack(t, n, items);
}

/* d[name] = v, v a new reference (or GP_ERRV) dropped either way. */
static int put_new(GpThread *t, GpObj *d, const char *name, GpValue v) {
  int r = GP_IS_ERR(v) ? -1 : gp_dict_set_str(t, d, name, v);
  GP_DECREF(v);
  return r;
}

/* A built-in type's __dict__: a new dict of its special methods, its own
** and static methods and __doc__ (CPython's is a read-only mappingproxy). */
static GpValue type_dict(GpThread *t, const GpType *tp) {
  GpValue d = gp_dict_new(t);
  if (GP_IS_ERR(d)) return d;
  int r = gp_dunder_fill(t, tp, d.as.o);
  for (const GpMethodDef *m = tp->methods; r == 0 && m && m->name; m++)
    r = put_new(t, d.as.o, m->name, gp_native_method(t, tp, m));
  for (const GpMethodDef *st = tp->ops ? tp->ops->statics : NULL; r == 0 && st && st->name; st++)
    r = put_new(t, d.as.o, st->name, gp_native_new(t, st->name, st->fn));
  for (const GpMethodDef *cm = tp->ops ? tp->ops->classmethods : NULL; r == 0 && cm && cm->name;
       cm++)
    r = put_new(t, d.as.o, cm->name, gp_native_bind(t, cm->name, cm->fn, gp_objv((GpObj *)tp)));
  if (r == 0) r = gp_dict_set_str(t, d.as.o, "__doc__", GP_NONEV);
  if (r == 0) return d;
  GP_DECREF(d);
  return GP_ERRV;
}

/* __name__ (and __qualname__) and __module__ of a built-in type, split from
** its name as CPython splits tp_name ("collections.deque"), __mro__, __dict__. */
static GpValue type_name_attr(GpThread *t, const GpType *tp, const char *s) {
  const char *dot = strrchr(tp->name, '.');
  if (strcmp(s, "__dict__") == 0) return type_dict(t, tp);
  if (strcmp(s, "__name__") == 0 || strcmp(s, "__qualname__") == 0)
    return gp_str_cstr(t, dot ? dot + 1 : tp->name);
  if (strcmp(s, "__mro__") == 0) return type_mro(t, tp);
  if (strcmp(s, "__module__") != 0) return GP_ERRV;
  if (tp->module) return gp_str_cstr(t, tp->module);
  if (!dot) return gp_str_cstr(t, "builtins");
  return gp_str_new(t, tp->name, (size_t)(dot - tp->name));
}

int gp_identity_hash(GpThread *t, GpValue self, int64_t *h) {
  (void)t;
  *h = (int64_t)((uintptr_t)self.as.o >> 4);
  return 0;
}

static GpValue type_call(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (nargs != 1 || kwnames) {
    if (nargs == 3 && !kwnames) return gp_type_new3(t, args);
    return gp_raise(t, &gp_exc_TypeError, "type() takes 1 or 3 arguments");
  }
  GpValue r = gp_objv((GpObj *)gp_meta_of(args[0]));
  GP_INCREF(r); /* a class is counted; built-in types are immortal */
  return r;
}

static GpValue type_getattr(GpThread *t, GpValue self, GpObj *name) {
  GpType *tp = (GpType *)self.as.o;
  if (GP_IS_CLASS(tp)) return gp_class_getattr(t, tp, name);
  if (tp == &gp_type_object || gp_type_is_subtype(tp, &gp_exc_BaseException)) {
    GpValue r = tp == &gp_type_object ? gp_object_attr(t, name) : gp_exc_type_attr(t, tp, name);
    if (!GP_IS_ERR(r)) return r;
  }
  GpValue r = gp_builtin_type_attr(t, tp, name);
  if (!GP_IS_ERR(r)) return r;
  const char *s = GP_STR(gp_objv(name))->data;
  r = type_name_attr(t, tp, s);
  if (!GP_IS_ERR(r) || !GP_IS_NONE(t->exc)) return r;
  r = gp_type_class_attr(t, tp, s, self);
  if (!GP_IS_ERR(r)) return r;
  const GpMethodDef *m = gp_type_method(tp, s);
  if (m) return gp_native_method(t, tp, m);
  return gp_raise(t, &gp_exc_AttributeError, "type object '%s' has no attribute '%s'", tp->name,
                  GP_STR(gp_objv(name))->data);
}

#define GP_TYPE_HEAD                                                                               \
  { .rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type }

static int type_setattr(GpThread *t, GpValue self, GpObj *name, GpValue v) {
  GpType *tp = (GpType *)self.as.o;
  int r = GP_IS_CLASS(tp) && ((GpClass *)tp)->meta ? gp_meta_setattr(t, self, name, v) : 1;
  if (r <= 0) return r;
  if (GP_IS_CLASS(tp)) return gp_class_setattr(t, tp, name, v);
  gp_raise(t, &gp_exc_TypeError, "cannot set '%s' attribute of immutable type '%s'",
           GP_STR(gp_objv(name))->data, tp->name);
  return -1;
}

/* Only classes are ever freed: built-in types are immortal. */
static void type_dealloc(GpObj *o) {
  gp_class_dealloc(o);
}

/* Classes are collected; the static built-in types are immortal, so they
** have no head and are never tracked (gc.c skips immortal objects). */
GpType gp_type_type = {
    .ob = GP_TYPE_HEAD,
    .name = "type",
    .dealloc = type_dealloc,
    .traverse = gp_class_traverse,
    .setattr = type_setattr,
    .repr = type_repr,
    .hash = gp_identity_hash,
    .call = type_call,
    .getattr = type_getattr,
};

/* ------------------------------------------------------------- None, bool */

static GpValue interned(_Atomic(GpObj *) *cache, const char *s) {
  GpObj *o = atomic_load_explicit(cache, memory_order_acquire);
  if (!o) {
    o = gp_intern_cstr(s);
    if (!o) return GP_ERRV;
    atomic_store_explicit(cache, o, memory_order_release);
  }
  return gp_objv(o);
}

static GpValue none_repr(GpThread *t, GpValue self) {
  static _Atomic(GpObj *) s;
  (void)self;
  GpValue r = interned(&s, "None");
  return GP_IS_ERR(r) ? gp_raise_nomem(t) : r;
}

static int none_hash(GpThread *t, GpValue self, int64_t *h) {
  (void)t, (void)self;
  *h = 0x5f3759df;
  return 0;
}

static GpValue none_call(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  (void)args;
  if (nargs || kwnames) return gp_raise(t, &gp_exc_TypeError, "NoneType takes no arguments");
  return GP_NONEV;
}

GpType gp_type_none = {
    .ob = GP_TYPE_HEAD,
    .name = "NoneType",
    .repr = none_repr,
    .hash = none_hash,
    .call = none_call,
};

static GpValue bool_repr(GpThread *t, GpValue self) {
  static _Atomic(GpObj *) strue, sfalse;
  GpValue r = self.as.i ? interned(&strue, "True") : interned(&sfalse, "False");
  return GP_IS_ERR(r) ? gp_raise_nomem(t) : r;
}

static int bool_hash(GpThread *t, GpValue self, int64_t *h) {
  (void)t;
  *h = self.as.i;
  return 0;
}

static GpValue bool_call(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "bool", nargs, kwnames, 0, 1) < 0) return GP_ERRV;
  if (nargs == 0) return gp_boolv(false);
  int b = gp_truthy(t, args[0]);
  return b < 0 ? GP_ERRV : gp_boolv(b);
}

GpType gp_type_bool = {
    .ob = GP_TYPE_HEAD,
    .name = "bool",
    .base = &gp_type_int,
    .repr = bool_repr,
    .hash = bool_hash,
    .call = bool_call,
};
