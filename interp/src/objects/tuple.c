/*
** tuple.c — immutable sequences with their items inline; () is a shared
** immortal singleton.
*/
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "gc.h"
#include "obj.h"
#include "vm.h"

static GpTuple empty_tuple = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_tuple},
    .len = 0,
};

/* Freed tuples of up to CACHE_LEN items keep their memory in a cache of
** the thread running bytecode (CPython's tuple free lists): `yield a, b`
** consumed by `for a, b in ...` makes and drops a tuple per item, and
** malloc, free and zeroing cost more than the rest of its life. Per
** thread, so no lock under gil=none; a block is the tuple with its
** collector head, untracked, its items released. */
enum { CACHE_LEN = 3, CACHE_DEPTH = 32 };
struct GpTupleCache {
  int n[CACHE_LEN];
  GpTuple *blocks[CACHE_LEN][CACHE_DEPTH];
};

bool gp_tuple_cache_put(GpObj *o) {
  GpThread *t = gp_vm_current();
  size_t len = ((GpTuple *)o)->len;
  if (!t || len == 0 || len > CACHE_LEN) return false;
  if (!t->tfree && !(t->tfree = calloc(1, sizeof(struct GpTupleCache)))) return false;
  struct GpTupleCache *c = t->tfree;
  if (c->n[len - 1] == CACHE_DEPTH) return false;
  c->blocks[len - 1][c->n[len - 1]++] = (GpTuple *)o;
  return true;
}

void gp_tuple_cache_free(GpThread *t) {
  struct GpTupleCache *c = t->tfree;
  if (!c) return;
  for (int i = 0; i < CACHE_LEN; i++)
    while (c->n[i])
      free(GP_GC_HEAD(&c->blocks[i][--c->n[i]]->ob));
  free(c);
  t->tfree = NULL;
}

/* A cached block for a tuple of len items, set up but not yet tracked by
** the collector, or NULL. */
static GpTuple *cache_take(GpThread *t, size_t len) {
  struct GpTupleCache *c = t ? t->tfree : NULL;
  if (!c || len > CACHE_LEN || !c->n[len - 1]) return NULL;
  GpTuple *tu = c->blocks[len - 1][--c->n[len - 1]];
  *GP_GC_HEAD(&tu->ob) = (GpGcHead){0}; /* not memset: clang's fortify sees no room before ob */
  /* gp_obj_init_untracked's work, but the block's type is already tuple */
  atomic_init(&tu->ob.rc, 1);
  tu->ob.flags = t->vm->obj_flags;
  tu->len = len;
  return tu;
}

static bool all_inline(const GpValue *items, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (items[i].tag == GP_T_OBJ) return false;
  return true;
}

/* A tuple of inline values only (ints, floats, bools, None) can be in no
** cycle: the collector never tracks it (CPython stops tracking such tuples
** at its first collection), and freeing it releases nothing, so its block
** goes back to the cache without the general deallocation. `yield a, b`
** read by `for a, b in` makes and frees one per item. */
GpValue gp_tuple_take(GpThread *t, size_t n, const GpValue *items) {
  GpTuple *tu = n ? cache_take(t, n) : NULL;
  if (!tu) {
    GpValue r = gp_tuple_new(t, n);
    if (!GP_IS_ERR(r)) memcpy(GP_TUPLE(r)->items, items, sizeof(GpValue) * n);
    return r;
  }
  bool track = false; /* a loop, not memcpy: n is at most CACHE_LEN */
  for (size_t i = 0; i < n; i++) {
    tu->items[i] = items[i];
    track |= items[i].tag == GP_T_OBJ;
  }
  if (track) gp_gc_track_new(t, &tu->ob);
  return gp_objv(&tu->ob);
}

bool gp_tuple_recycle(GpObj *o) {
  GpTuple *tu = (GpTuple *)o;
  if (tu->len > CACHE_LEN || !all_inline(tu->items, tu->len)) return false;
  /* gp_tuple_take tracks none of these; a shared one's head is read under the lock */
  if ((o->flags & GP_F_ATOMIC) || GP_GC_HEAD(o)->next) gp_gc_untrack(o);
  return gp_tuple_cache_put(o);
}

GpValue gp_tuple_new(GpThread *t, size_t len) {
  if (len == 0) return gp_objv(&empty_tuple.ob);
  if (len > GP_SEQ_MAX) return gp_raise_nomem(t);
  GpTuple *tu = cache_take(t, len);
  if (tu)
    gp_gc_track_new(t, &tu->ob);
  else
    tu = (GpTuple *)gp_alloc(t, &gp_type_tuple, sizeof(GpTuple) + len * sizeof(GpValue));
  if (!tu) return gp_raise_nomem(t);
  tu->len = len;
  for (size_t i = 0; i < len; i++)
    tu->items[i] = GP_NONEV;
  return gp_objv(&tu->ob);
}

GpValue gp_tuple_pack(GpThread *t, size_t n, const GpValue *items) {
  GpValue r = gp_tuple_new(t, n);
  if (!GP_IS_ERR(r)) gp_copy_items(GP_TUPLE(r)->items, items, n);
  return r;
}

static void tuple_dealloc(GpObj *o) {
  GpTuple *tu = (GpTuple *)o;
  for (size_t i = tu->len; i--;) /* last first, as CPython (and lists) */
    GP_DECREF(tu->items[i]);
}

/* No clear: a cycle through a tuple passes through a mutable container. */
static int tuple_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GpTuple *tu = (GpTuple *)o;
  for (size_t i = 0; i < tu->len; i++)
    GP_VISIT(tu->items[i], visit, arg);
  return 0;
}

static GpValue tuple_repr(GpThread *t, GpValue self) {
  GpTuple *tu = GP_TUPLE(self);
  return gp_seq_repr(t, self.as.o, tu->items, tu->len, "(", tu->len == 1 ? ",)" : ")");
}

/* CPython's xxHash-based tuple hash, so hash((1, 2)) matches. */
int gp_tuple_hash(GpThread *t, GpValue self, int64_t *out) {
  const uint64_t p1 = 11400714785074694791ull, p2 = 14029467366897019727ull,
                 p5 = 2870177450012600261ull;
  GpTuple *tu = GP_TUPLE(self);
  uint64_t acc = p5;
  for (size_t i = 0; i < tu->len; i++) {
    int64_t h;
    if (GP_IS_TYPE(tu->items[i], gp_type_tuple)) { /* only nesting needs the guard */
      if (gp_rec_enter(t, "") < 0) return -1;
      int r = gp_tuple_hash(t, tu->items[i], &h);
      gp_rec_leave(t);
      if (r < 0) return -1;
    } else if (gp_hash(t, tu->items[i], &h) < 0) {
      return -1;
    }
    acc += (uint64_t)h * p2;
    acc = (acc << 31) | (acc >> 33);
    acc *= p1;
  }
  acc += tu->len ^ (p5 ^ 3527539ull);
  *out = acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
  return 0;
}

GpValue gp_tuple_getitem(GpThread *t, GpValue self, GpValue key) {
  GpTuple *tu = GP_TUPLE(self);
  size_t i;
  if (GP_IS_INT(key) && key.as.i >= 0 && (uint64_t)key.as.i < tu->len) {
    i = (size_t)key.as.i;
  } else if (gp_seq_index(t, key, tu->len, "tuple", "tuple index out of range", &i) < 0) {
    return GP_ERRV;
  }
  GP_INCREF(tu->items[i]);
  return tu->items[i];
}

GpValue gp_tuple_getslice(GpThread *t, GpValue self, GpValue lo, GpValue hi, GpValue step) {
  GpTuple *tu = GP_TUPLE(self);
  GpSlice s;
  if (gp_slice_resolve(t, lo, hi, step, (int64_t)tu->len, &s) < 0) return GP_ERRV;
  if (s.count == (int64_t)tu->len && s.step == 1) {
    GP_INCREF(self);
    return self;
  }
  GpValue r = gp_tuple_new(t, (size_t)s.count);
  if (GP_IS_ERR(r)) return r;
  for (int64_t k = 0, i = s.start; k < s.count; k++, i += s.step) {
    GP_INCREF(tu->items[i]);
    GP_TUPLE(r)->items[k] = tu->items[i];
  }
  return r;
}

GpValue gp_tuple_concat(GpThread *t, GpValue a, GpValue b) {
  GpTuple *x = GP_TUPLE(a), *y = GP_TUPLE(b);
  if (y->len == 0 || x->len == 0) {
    GpValue r = y->len == 0 ? a : b;
    GP_INCREF(r);
    return r;
  }
  GpValue r = gp_tuple_new(t, x->len + y->len);
  if (GP_IS_ERR(r)) return r;
  gp_copy_items(GP_TUPLE(r)->items, x->items, x->len);
  gp_copy_items(GP_TUPLE(r)->items + x->len, y->items, y->len);
  return r;
}

GpValue gp_tuple_repeat(GpThread *t, GpValue self, int64_t n) {
  GpTuple *x = GP_TUPLE(self);
  if (n == 1 || x->len == 0) {
    GP_INCREF(self);
    return self;
  }
  if (n <= 0) return gp_tuple_new(t, 0);
  if ((uint64_t)n > GP_SEQ_MAX / x->len) return gp_raise_nomem(t);
  GpValue r = gp_tuple_new(t, x->len * (size_t)n);
  if (GP_IS_ERR(r)) return r;
  for (int64_t k = 0; k < n; k++)
    gp_copy_items(GP_TUPLE(r)->items + (size_t)k * x->len, x->items, x->len);
  return r;
}

GpValue gp_tuple_reversed(GpThread *t, GpValue self) {
  return gp_seq_iter_new(t, self, true);
}

/* --------------------------------------------------------------- methods */

static GpValue tuple_index(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "index", nargs - 1, kw, 1, 3) < 0) return GP_ERRV;
  GpTuple *tu = GP_TUPLE(args[0]);
  int64_t n = (int64_t)tu->len, start = 0, stop = n;
  if (nargs > 2 && gp_slice_index(t, args[2], &start) < 0) return GP_ERRV;
  if (nargs > 3 && gp_slice_index(t, args[3], &stop) < 0) return GP_ERRV;
  if (start < 0) start = start + n < 0 ? 0 : start + n;
  if (stop < 0) stop = stop + n < 0 ? 0 : stop + n;
  for (int64_t i = start; i < stop && i < n; i++) {
    int e = gp_item_eq(t, tu->items[i], args[1]);
    if (e < 0) return GP_ERRV;
    if (e) return gp_intv(i);
  }
  return gp_raise(t, &gp_exc_ValueError, "tuple.index(x): x not in tuple");
}

static GpValue tuple_count(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "tuple.count", nargs - 1, kw) < 0) return GP_ERRV;
  GpTuple *tu = GP_TUPLE(args[0]);
  int64_t c = 0;
  for (size_t i = 0; i < tu->len; i++) {
    int e = gp_item_eq(t, tu->items[i], args[1]);
    if (e < 0) return GP_ERRV;
    c += e;
  }
  return gp_intv(c);
}

static GpValue tuple_call(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "tuple", nargs, kwnames, 0, 1) < 0) return GP_ERRV;
  if (nargs == 0) return gp_tuple_new(t, 0);
  if (GP_IS_TYPE(args[0], gp_type_tuple)) {
    GP_INCREF(args[0]);
    return args[0];
  }
  GpValue l = gp_list_from_iter(t, args[0]);
  if (GP_IS_ERR(l)) return l;
  GpValue r = gp_tuple_pack(t, GP_LIST(l)->len, GP_LIST(l)->items);
  GP_DECREF(l);
  return r;
}

static GpValue tuple_iter(GpThread *t, GpValue self) {
  return gp_seq_iter_new(t, self, false);
}

static const GpMethodDef tuple_methods[] = {
    {"index", tuple_index},
    {"count", tuple_count},
    {NULL, NULL},
};

GpType gp_type_tuple = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "tuple",
    .dealloc = tuple_dealloc,
    .traverse = tuple_traverse,
    .repr = tuple_repr,
    .hash = gp_tuple_hash,
    .iter = tuple_iter,
    .call = tuple_call,
    .methods = tuple_methods,
};
