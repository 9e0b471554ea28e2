/*
** list.c — mutable sequences. Every change to a list's storage goes through
** the few list_* primitives at the top (grow, insert, replace a range), which
** under gil=none run under the list's lock (obj.h). Readers lock too, or take
** a GpSeqView. Also the item comparison, membership and repr shared with
** tuples.
*/
#include <stdlib.h>
#include <string.h>

#include "numproto.h"
#include "obj.h"

/* ------------------------------------------------------ storage primitives */

/* Under gil=none a list's lock (obj.h) guards len, cap and items: every
** function below that touches them locks, or says its caller does. Items
** leaving the list are released only after unlocking (their dealloc may be
** long), collected in a Gone buffer. */

#define LOCK(l) gp_obj_lock(&(l)->ob)
#define UNLOCK(l) gp_obj_unlock(&(l)->ob)

static inline void list_setlen(GpList *l, size_t n) {
  gp_size_store(&l->len, n);
}

/* Caller holds the lock. */
static int list_reserve(GpThread *t, GpList *l, size_t need) {
  if (need <= l->cap) return 0;
  size_t ncap = l->cap + (l->cap >> 1) + 4;
  if (ncap < need) ncap = need;
  if (ncap > GP_SEQ_MAX) {
    if (need > GP_SEQ_MAX) {
      gp_raise_nomem(t);
      return -1;
    }
    ncap = need;
  }
  GpValue *ni = realloc(l->items, ncap * sizeof *ni);
  if (!ni) {
    gp_raise_nomem(t);
    return -1;
  }
  l->items = ni;
  l->cap = ncap;
  return 0;
}

static __attribute__((noinline)) int list_append_slow(GpThread *t, GpList *l, GpValue v) {
  LOCK(l);
  if (l->len == l->cap && list_reserve(t, l, l->len + 1) < 0) {
    UNLOCK(l);
    return -1;
  }
  GP_INCREF(v);
  l->items[l->len] = v;
  list_setlen(l, l->len + 1);
  UNLOCK(l);
  return 0;
}

/* Inlined into list.append and comprehensions: under a GIL, with room, as
** cheap as before locks existed. */
int gp_list_append(GpThread *t, GpObj *o, GpValue v) {
  GpList *l = (GpList *)o;
  if (__builtin_expect(GP_IS_SHARED(o) || l->len == l->cap, 0)) return list_append_slow(t, l, v);
  GP_INCREF(v);
  l->items[l->len] = v;
  list_setlen(l, l->len + 1);
  return 0;
}

/* Items taken out of a list, to release once it is unlocked. */
typedef struct Gone {
  GpValue *p;
  size_t n;
  GpValue stack[8];
} Gone;

static GpValue *gone_reserve(Gone *g, size_t n) {
  g->n = 0;
  g->p = n <= 8 ? g->stack : malloc(n * sizeof *g->p);
  return g->p;
}

static void gone_release(Gone *g) {
  for (size_t i = 0; i < g->n; i++)
    GP_DECREF(g->p[i]);
  if (g->p != g->stack) free(g->p);
  g->p = g->stack;
  g->n = 0;
}

/* Replaces items [lo, hi) by n new items (increfed here) and moves the old
** ones to *gone. Caller holds the lock and releases gone after unlocking. */
static int list_replace(GpThread *t, GpList *l, size_t lo, size_t hi, const GpValue *src, size_t n,
                        Gone *gone) {
  size_t nold = hi - lo;
  GpValue *old = gone_reserve(gone, nold);
  if (!old) {
    gone->p = gone->stack;
    gp_raise_nomem(t);
    return -1;
  }
  if (n > nold && list_reserve(t, l, l->len + n - nold) < 0) return -1;
  if (!l->items) return 0; /* never allocated: n == nold == 0 (else reserved above) */
  memcpy(old, l->items + lo, nold * sizeof *old);
  gone->n = nold;
  memmove(l->items + lo + n, l->items + hi, (l->len - hi) * sizeof *old);
  for (size_t i = 0; i < n; i++) {
    GP_INCREF(src[i]);
    l->items[lo + i] = src[i];
  }
  list_setlen(l, l->len - nold + n);
  return 0;
}

/* Stores v at i (increfs); returns the previous item. Caller holds the lock. */
static GpValue list_store(GpList *l, size_t i, GpValue v) {
  GpValue old = l->items[i];
  GP_INCREF(v);
  l->items[i] = v;
  return old;
}

/* Takes the storage out (for clear and sort): the list becomes empty. */
static GpValue *list_take(GpList *l, size_t *n) {
  LOCK(l);
  GpValue *items = l->items;
  *n = l->len;
  l->items = NULL;
  list_setlen(l, 0);
  l->cap = 0;
  UNLOCK(l);
  return items;
}

/* Last item first, as CPython: finalizers (generators' close) run in its order. */
static void release_items(GpValue *items, size_t n) {
  for (size_t i = n; i--;)
    GP_DECREF(items[i]);
  free(items);
}

bool gp_list_item(GpObj *o, size_t i, GpValue *out) {
  GpList *l = (GpList *)o;
  LOCK(l);
  bool ok = i < l->len;
  if (ok) {
    *out = l->items[i];
    GP_INCREF(*out);
  }
  UNLOCK(l);
  return ok;
}

int gp_seq_view(GpThread *t, GpValue seq, GpSeqView *v) {
  v->copy = NULL;
  if (!GP_IS_TYPE(seq, gp_type_list)) {
    v->items = GP_TUPLE(seq)->items;
    v->n = GP_TUPLE(seq)->len;
    return 0;
  }
  GpList *l = GP_LIST(seq);
  if (!GP_IS_SHARED(&l->ob)) {
    v->items = l->items;
    v->n = l->len;
    return 0;
  }
  LOCK(l);
  size_t n = l->len;
  GpValue *c = n ? malloc(n * sizeof *c) : NULL;
  if (c) gp_copy_items(c, l->items, n);
  UNLOCK(l);
  if (n && !c) {
    gp_raise_nomem(t);
    return -1;
  }
  v->items = v->copy = c;
  v->n = n;
  return 0;
}

void gp_seq_view_done(GpSeqView *v) {
  if (v->copy) release_items(v->copy, v->n);
  v->copy = NULL;
}

/* ---------------------------------------------------------------- basics */

GpValue gp_list_new(GpThread *t, size_t cap) {
  GpList *l = (GpList *)gp_alloc(t, &gp_type_list, sizeof *l);
  if (!l) return gp_raise_nomem(t);
  if (cap && list_reserve(t, l, cap) < 0) { /* not yet shared: no lock */
    gp_decref_o(&l->ob);
    return GP_ERRV;
  }
  return gp_objv(&l->ob);
}

static void list_dealloc(GpObj *o) {
  GpList *l = (GpList *)o;
  release_items(l->items, l->len);
}

int gp_list_extend(GpThread *t, GpObj *o, GpValue src) {
  GpList *l = (GpList *)o;
  if (GP_IS_TYPE(src, gp_type_list) || GP_IS_TYPE(src, gp_type_tuple)) {
    GpSeqView v;
    if (gp_seq_view(t, src, &v) < 0) return -1;
    Gone gone;
    LOCK(l);
    int r = list_reserve(t, l, l->len + v.n);
    if (r == 0) {
      /* unless copied, re-read: src may be l itself, and reserve may have moved its items */
      const GpValue *items = v.copy                          ? v.copy
                             : GP_IS_TYPE(src, gp_type_list) ? GP_LIST(src)->items
                                                             : GP_TUPLE(src)->items;
      r = list_replace(t, l, l->len, l->len, items, v.n, &gone);
      gone_release(&gone);
    }
    UNLOCK(l);
    gp_seq_view_done(&v);
    return r;
  }
  GpValue it = gp_iter(t, src);
  if (GP_IS_ERR(it)) return -1;
  GpValue v;
  int r;
  while ((r = gp_next(t, it, &v)) > 0) {
    r = gp_list_append(t, o, v);
    GP_DECREF(v);
    if (r < 0) break;
  }
  GP_DECREF(it);
  return r;
}

GpValue gp_list_from_iter(GpThread *t, GpValue src) {
  size_t hint = 0;
  if (GP_IS_TYPE(src, gp_type_list)) hint = gp_list_len(src.as.o);
  if (GP_IS_TYPE(src, gp_type_tuple)) hint = GP_TUPLE(src)->len;
  if (GP_IS_RANGE(src)) { /* sized up front: a huge range fails now, not after filling memory */
    int64_t n;
    if (gp_range_size(t, src, &n) < 0) return GP_ERRV;
    hint = (size_t)n;
  }
  GpValue l = gp_list_new(t, hint);
  if (GP_IS_ERR(l)) return l;
  if (gp_list_extend(t, l.as.o, src) < 0) {
    GP_DECREF(l);
    return GP_ERRV;
  }
  return l;
}

/* ----------------------------------------------- comparison shared with tuples */

void gp_copy_items(GpValue *dst, const GpValue *src, size_t n) {
  for (size_t i = 0; i < n; i++) {
    GP_INCREF(src[i]);
    dst[i] = src[i];
  }
}

GpValue gp_seq_compare(GpThread *t, GpCmpOp op, const GpValue *a, size_t na, const GpValue *b,
                       size_t nb) {
  if ((op == GP_CMP_EQ || op == GP_CMP_NE) && na != nb) return gp_boolv(op == GP_CMP_NE);
  size_t i = 0;
  for (; i < na && i < nb; i++) {
    int e = gp_item_eq(t, a[i], b[i]);
    if (e < 0) return GP_ERRV;
    if (!e) break;
  }
  if (i >= na || i >= nb) {
    bool r;
    switch (op) {
    case GP_CMP_LT:
      r = na < nb;
      break;
    case GP_CMP_LE:
      r = na <= nb;
      break;
    case GP_CMP_EQ:
      r = na == nb;
      break;
    case GP_CMP_NE:
      r = na != nb;
      break;
    case GP_CMP_GT:
      r = na > nb;
      break;
    default:
      r = na >= nb;
      break;
    }
    return gp_boolv(r);
  }
  if (op == GP_CMP_EQ) return gp_boolv(false);
  if (op == GP_CMP_NE) return gp_boolv(true);
  return gp_compare(t, op, a[i], b[i]);
}

int gp_seq_contains(GpThread *t, const GpValue *items, size_t n, GpValue v) {
  for (size_t i = 0; i < n; i++) {
    int e = gp_item_eq(t, items[i], v);
    if (e) return e;
  }
  return 0;
}

GpValue gp_seq_repr(GpThread *t, GpObj *self, const GpValue *items, size_t n, const char *open,
                    const char *close) {
  int e = gp_repr_enter(t, self);
  if (e <= 0) return e < 0 ? GP_ERRV : gp_str_printf(t, "%s...%s", open, close);
  GpBuf b;
  gp_buf_init(&b);
  gp_buf_puts(&b, open);
  for (size_t i = 0; i < n; i++) {
    if (i) gp_buf_put(&b, ", ", 2);
    if (gp_buf_repr(t, &b, items[i]) < 0) {
      gp_buf_free(&b);
      gp_repr_leave(self);
      return GP_ERRV;
    }
  }
  gp_buf_puts(&b, close);
  gp_repr_leave(self);
  return gp_buf_finish(t, &b);
}

/* Comparison and membership of lists work on views: comparing items calls
** out (nested lists lock), which must not happen under a list's lock. */
GpValue gp_list_compare(GpThread *t, GpCmpOp op, GpValue a, GpValue b) {
  GpSeqView x, y;
  if (gp_seq_view(t, a, &x) < 0) return GP_ERRV;
  if (gp_seq_view(t, b, &y) < 0) {
    gp_seq_view_done(&x);
    return GP_ERRV;
  }
  GpValue r = gp_seq_compare(t, op, x.items, x.n, y.items, y.n);
  gp_seq_view_done(&x);
  gp_seq_view_done(&y);
  return r;
}

int gp_list_contains(GpThread *t, GpValue l, GpValue item) {
  GpSeqView v;
  if (gp_seq_view(t, l, &v) < 0) return -1;
  int r = gp_seq_contains(t, v.items, v.n, item);
  gp_seq_view_done(&v);
  return r;
}

static GpValue list_repr(GpThread *t, GpValue self) {
  GpSeqView v;
  if (gp_seq_view(t, self, &v) < 0) return GP_ERRV;
  GpValue r = gp_seq_repr(t, self.as.o, v.items, v.n, "[", "]");
  gp_seq_view_done(&v);
  return r;
}

/* ------------------------------------------------------ items and slices */

static GpValue list_getitem(GpThread *t, GpValue self, GpValue key) {
  GpList *l = GP_LIST(self);
  GpValue v = GP_ERRV;
  size_t i;
  LOCK(l);
  if (GP_IS_INT(key)) { /* the hot path */
    int64_t k = key.as.i < 0 ? key.as.i + (int64_t)l->len : key.as.i;
    if ((uint64_t)k < l->len) v = l->items[k];
  }
  if (GP_IS_ERR(v) && gp_seq_index(t, key, l->len, "list", "list index out of range", &i) == 0)
    v = l->items[i];
  GP_INCREF(v);
  UNLOCK(l);
  return v;
}

static int list_setitem(GpThread *t, GpValue self, GpValue key, GpValue v) {
  GpList *l = GP_LIST(self);
  size_t i;
  GpValue old = GP_NONEV;
  LOCK(l);
  int r = gp_seq_index(t, key, l->len, "list", "list assignment index out of range", &i);
  if (r == 0) old = list_store(l, i, v);
  UNLOCK(l);
  GP_DECREF(old);
  return r;
}

static int list_delitem(GpThread *t, GpValue self, GpValue key) {
  GpList *l = GP_LIST(self);
  size_t i;
  Gone gone = {.p = gone.stack};
  LOCK(l);
  int r = gp_seq_index(t, key, l->len, "list", "list assignment index out of range", &i);
  if (r == 0) r = list_replace(t, l, i, i + 1, NULL, 0, &gone);
  UNLOCK(l);
  gone_release(&gone);
  return r;
}

static GpValue list_getslice(GpThread *t, GpValue self, GpValue lo, GpValue hi, GpValue step) {
  GpList *l = GP_LIST(self);
  GpSlice s;
  GpValue r = GP_ERRV;
  LOCK(l);
  if (gp_slice_resolve(t, lo, hi, step, (int64_t)l->len, &s) == 0)
    r = gp_list_new(t, (size_t)s.count);
  if (!GP_IS_ERR(r)) {
    GpList *rl = GP_LIST(r); /* still private: no lock */
    for (int64_t k = 0, i = s.start; k < s.count; k++, i += s.step) {
      GP_INCREF(l->items[i]);
      rl->items[k] = l->items[i];
    }
    rl->len = (size_t)s.count;
  }
  UNLOCK(l);
  return r;
}

/* The items of v as a fresh list (a copy even if v is a list: a[:] = a). */
static GpValue slice_source(GpThread *t, GpValue v, const char *msg) {
  if (!GP_IS_TYPE(v, gp_type_list) && !GP_IS_TYPE(v, gp_type_tuple) && !gp_typeof(v)->iter)
    return gp_raise(t, &gp_exc_TypeError, "%s", msg);
  return gp_list_from_iter(t, v);
}

static int list_setslice(GpThread *t, GpValue self, GpValue lo, GpValue hi, GpValue step,
                         GpValue v) {
  GpList *l = GP_LIST(self);
  GpSlice s;
  /* checked first, as CPython does; resolved again under the lock below, for
  ** the source is read before (it may run long and must not hold l's lock) */
  if (gp_slice_resolve(t, lo, hi, step, (int64_t)gp_list_len(&l->ob), &s) < 0) return -1;
  GpValue src = slice_source(
      t, v, s.step != 1 ? "must assign iterable to extended slice" : "can only assign an iterable");
  if (GP_IS_ERR(src)) return -1;
  GpList *sl = GP_LIST(src);
  Gone gone = {.p = gone.stack};
  LOCK(l);
  int r = gp_slice_resolve(t, lo, hi, step, (int64_t)l->len, &s);
  if (r < 0) {
    /* cannot fail twice */
  } else if (s.step == 1) {
    size_t a = (size_t)s.start, b = s.stop < s.start ? a : (size_t)s.stop;
    r = list_replace(t, l, a, b, sl->items, sl->len, &gone);
  } else if ((int64_t)sl->len != s.count) {
    gp_raise(t, &gp_exc_ValueError,
             "attempt to assign sequence of size %zu to extended slice of size %lld", sl->len,
             (long long)s.count);
    r = -1;
  } else {
    /* the replaced items take the places of the source's in src: released with it */
    for (int64_t k = 0, i = s.start; k < s.count; k++, i += s.step) {
      GpValue old = list_store(l, (size_t)i, sl->items[k]);
      GpValue mine = sl->items[k];
      sl->items[k] = old;
      GP_DECREF(mine); /* src still holds its reference: never the last */
    }
  }
  UNLOCK(l);
  gone_release(&gone);
  GP_DECREF(src);
  return r;
}

static int list_delslice(GpThread *t, GpValue self, GpValue lo, GpValue hi, GpValue step) {
  GpList *l = GP_LIST(self);
  GpSlice s;
  Gone gone = {.p = gone.stack};
  LOCK(l);
  int r = gp_slice_resolve(t, lo, hi, step, (int64_t)l->len, &s);
  if (r < 0 || s.count == 0) {
    /* nothing to delete */
  } else if (s.step == 1) {
    r = list_replace(t, l, (size_t)s.start, (size_t)s.stop, NULL, 0, &gone);
  } else if (!gone_reserve(&gone, (size_t)s.count)) {
    gone.p = gone.stack;
    gp_raise_nomem(t);
    r = -1;
  } else {
    if (s.step < 0) { /* walk upwards */
      s.start += (s.count - 1) * s.step;
      s.step = -s.step;
    }
    size_t w = (size_t)s.start;
    for (size_t i = (size_t)s.start; i < l->len; i++) {
      if (gone.n < (size_t)s.count && i == (size_t)(s.start + (int64_t)gone.n * s.step))
        gone.p[gone.n++] = l->items[i];
      else
        l->items[w++] = l->items[i];
    }
    list_setlen(l, w);
  }
  UNLOCK(l);
  gone_release(&gone);
  return r;
}

/* The entry points: an instance index becomes its __index__ first, for
** that runs Python code, which must not run under the list's lock. */
GpValue gp_list_getitem(GpThread *t, GpValue self, GpValue key) {
  if (key.tag != GP_T_OBJ) return list_getitem(t, self, key);
  GpValue k;
  if (gp_index_keys(t, &key, 1, &k) < 0) return GP_ERRV;
  GpValue r = list_getitem(t, self, k);
  GP_DECREF(k);
  return r;
}

int gp_list_setitem(GpThread *t, GpValue self, GpValue key, GpValue v) {
  GpValue k;
  if (gp_index_keys(t, &key, 1, &k) < 0) return -1;
  int r = list_setitem(t, self, k, v);
  GP_DECREF(k);
  return r;
}

int gp_list_delitem(GpThread *t, GpValue self, GpValue key) {
  GpValue k;
  if (gp_index_keys(t, &key, 1, &k) < 0) return -1;
  int r = list_delitem(t, self, k);
  GP_DECREF(k);
  return r;
}

GpValue gp_list_getslice(GpThread *t, GpValue self, GpValue lo, GpValue hi, GpValue step) {
  GpValue b[3];
  if (gp_index_keys(t, (GpValue[3]){lo, hi, step}, 3, b) < 0) return GP_ERRV;
  GpValue r = list_getslice(t, self, b[0], b[1], b[2]);
  for (int i = 0; i < 3; i++)
    GP_DECREF(b[i]);
  return r;
}

int gp_list_setslice(GpThread *t, GpValue self, GpValue lo, GpValue hi, GpValue step, GpValue v) {
  GpValue b[3];
  if (gp_index_keys(t, (GpValue[3]){lo, hi, step}, 3, b) < 0) return -1;
  int r = list_setslice(t, self, b[0], b[1], b[2], v);
  for (int i = 0; i < 3; i++)
    GP_DECREF(b[i]);
  return r;
}

int gp_list_delslice(GpThread *t, GpValue self, GpValue lo, GpValue hi, GpValue step) {
  GpValue b[3];
  if (gp_index_keys(t, (GpValue[3]){lo, hi, step}, 3, b) < 0) return -1;
  int r = list_delslice(t, self, b[0], b[1], b[2]);
  for (int i = 0; i < 3; i++)
    GP_DECREF(b[i]);
  return r;
}

GpValue gp_list_concat(GpThread *t, GpValue a, GpValue b) {
  GpSeqView x, y;
  if (gp_seq_view(t, a, &x) < 0) return GP_ERRV;
  if (gp_seq_view(t, b, &y) < 0) {
    gp_seq_view_done(&x);
    return GP_ERRV;
  }
  GpValue r = gp_list_new(t, x.n + y.n);
  if (!GP_IS_ERR(r)) {
    GpList *l = GP_LIST(r);
    gp_copy_items(l->items, x.items, x.n);
    /* [] + [] has no item array: NULL + 0 is undefined in C */
    if (y.n) gp_copy_items(l->items + x.n, y.items, y.n);
    l->len = x.n + y.n;
  }
  gp_seq_view_done(&x);
  gp_seq_view_done(&y);
  return r;
}

GpValue gp_list_repeat(GpThread *t, GpValue self, int64_t n) {
  GpSeqView x;
  if (n < 0) n = 0;
  if (gp_seq_view(t, self, &x) < 0) return GP_ERRV;
  GpValue r;
  if (x.n && (uint64_t)n > GP_SEQ_MAX / x.n)
    r = gp_raise_nomem(t);
  else
    r = gp_list_new(t, x.n * (size_t)n);
  if (!GP_IS_ERR(r)) {
    GpList *l = GP_LIST(r);
    /* x.n == 0: no item array to offset into (NULL + 0 is undefined) */
    for (int64_t k = 0; x.n && k < n; k++, l->len += x.n)
      gp_copy_items(l->items + l->len, x.items, x.n);
  }
  gp_seq_view_done(&x);
  return r;
}

/* l *= n, in place. */
int gp_list_irepeat(GpThread *t, GpValue self, GpValue n) {
  int64_t k;
  if (gp_repeat_count(t, n, &k) < 0) return -1;
  GpList *l = GP_LIST(self);
  if (k == 1) return 0;
  GpValue r = gp_list_repeat(t, self, k);
  if (GP_IS_ERR(r)) return -1;
  Gone gone;
  LOCK(l);
  int res = list_replace(t, l, 0, l->len, GP_LIST(r)->items, GP_LIST(r)->len, &gone);
  UNLOCK(l);
  gone_release(&gone);
  GP_DECREF(r);
  return res;
}

GpValue gp_list_reversed(GpThread *t, GpValue self) {
  return gp_seq_iter_new(t, self, true);
}

/* ------------------------------------------------------------------ sort */

typedef struct SortItem {
  GpValue key, value;
} SortItem;

typedef struct Sorter {
  GpThread *t;
  bool reverse, failed;
  int kind; /* 1 all inline ints, 2 all strs, 0 generic */
} Sorter;

/* a < b in the sort order; after an error every answer is false so the
** merge still produces a permutation of the items. */
static bool sort_lt(Sorter *s, const SortItem *a, const SortItem *b) {
  if (s->failed) return false;
  if (s->reverse) {
    const SortItem *tmp = a;
    a = b, b = tmp;
  }
  if (s->kind == 1) return a->key.as.i < b->key.as.i;
  if (s->kind == 2) return gp_str_cmp(a->key.as.o, b->key.as.o) < 0;
  GpValue r = gp_compare(s->t, GP_CMP_LT, a->key, b->key);
  if (GP_IS_ERR(r)) {
    s->failed = true;
    return false;
  }
  int tr = GP_IS_BOOL(r) ? (int)r.as.i : gp_truthy(s->t, r);
  GP_DECREF(r);
  if (tr < 0) s->failed = true;
  return tr > 0;
}

/* Stable: binary insertion sort for short runs, then bottom-up merges. */
static void sort_insertion(Sorter *s, SortItem *a, size_t n) {
  for (size_t i = 1; i < n; i++) {
    SortItem x = a[i];
    size_t lo = 0, hi = i;
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (sort_lt(s, &x, &a[mid]))
        hi = mid;
      else
        lo = mid + 1;
    }
    memmove(a + lo + 1, a + lo, (i - lo) * sizeof *a);
    a[lo] = x;
  }
}

static void sort_merge(Sorter *s, SortItem *a, size_t mid, size_t n, SortItem *tmp) {
  if (!sort_lt(s, &a[mid], &a[mid - 1])) return; /* already in order */
  memcpy(tmp, a, mid * sizeof *a);
  size_t i = 0, j = mid, k = 0;
  while (i < mid && j < n)
    a[k++] = sort_lt(s, &a[j], &tmp[i]) ? a[j++] : tmp[i++];
  while (i < mid)
    a[k++] = tmp[i++];
}

/* Top-down, so that small merges work on data still in cache. */
static void sort_rec(Sorter *s, SortItem *a, size_t n, SortItem *tmp) {
  enum { RUN = 32 };
  if (n <= RUN) {
    sort_insertion(s, a, n);
    return;
  }
  size_t mid = n / 2;
  sort_rec(s, a, mid, tmp);
  sort_rec(s, a + mid, n - mid, tmp);
  sort_merge(s, a, mid, n, tmp);
}

static int sort_items(GpThread *t, SortItem *a, size_t n, Sorter *s) {
  SortItem *tmp = malloc((n / 2 + 1) * sizeof *tmp); /* holds a left half */
  if (!tmp) {
    gp_raise_nomem(t);
    return -1;
  }
  sort_rec(s, a, n, tmp);
  free(tmp);
  return 0;
}

int gp_list_sort(GpThread *t, GpObj *o, GpValue key, bool reverse) {
  GpList *l = (GpList *)o;
  size_t n;
  GpValue *items = list_take(l, &n); /* the list is empty while keys run */
  int r = 0;
  SortItem *a = n ? malloc(n * sizeof *a) : NULL;
  if (n && !a) {
    gp_raise_nomem(t);
    r = -1;
  }
  size_t nkeys = 0;
  Sorter s = {.t = t, .reverse = reverse};
  for (; r == 0 && nkeys < n; nkeys++) {
    a[nkeys].value = items[nkeys];
    if (GP_IS_NONE(key)) {
      a[nkeys].key = items[nkeys];
    } else {
      a[nkeys].key = gp_vm_call(t, key, &items[nkeys], 1, NULL);
      if (GP_IS_ERR(a[nkeys].key)) r = -1;
    }
  }
  if (r == 0 && n) {
    bool ints = true, strs = true;
    for (size_t i = 0; i < n; i++) {
      ints &= GP_IS_INT(a[i].key);
      strs &= GP_IS_TYPE(a[i].key, gp_type_str);
    }
    s.kind = ints ? 1 : strs ? 2 : 0;
    r = sort_items(t, a, n, &s);
    if (s.failed) r = -1;
    if (r == 0)
      for (size_t i = 0; i < n; i++)
        items[i] = a[i].value;
  }
  if (!GP_IS_NONE(key))
    for (size_t i = 0; i < nkeys && i < n; i++)
      if (!GP_IS_ERR(a[i].key)) GP_DECREF(a[i].key);
  free(a);
  /* put the storage back; a key function (or another thread) may have filled
  ** the list meanwhile */
  LOCK(l);
  GpValue *junk = l->items;
  size_t junk_n = l->len;
  l->items = items;
  list_setlen(l, n);
  l->cap = n;
  UNLOCK(l);
  if (junk_n && r == 0) {
    gp_raise(t, &gp_exc_ValueError, "list modified during sort");
    r = -1;
  }
  release_items(junk, junk_n);
  return r;
}

/* --------------------------------------------------------------- methods */

#define SELF GP_LIST(args[0])

static GpValue list_append(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (nargs != 2 || kw) {
    if (gp_arg_one(t, "list.append", nargs - 1, kw) < 0) return GP_ERRV;
  }
  return gp_list_append(t, args[0].as.o, args[1]) < 0 ? GP_ERRV : GP_NONEV;
}

static GpValue list_extend(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "list.extend", nargs - 1, kw) < 0) return GP_ERRV;
  return gp_list_extend(t, args[0].as.o, args[1]) < 0 ? GP_ERRV : GP_NONEV;
}

/* pop() of a non-empty list: the last item, whose reference passes to the
** caller (the usual case, without list_replace's bookkeeping); GP_ERRV if
** the list is empty. */
static GpValue pop_last(GpList *l) {
  GpValue v = GP_ERRV;
  LOCK(l);
  if (l->len) {
    v = l->items[l->len - 1];
    list_setlen(l, l->len - 1);
  }
  UNLOCK(l);
  return v;
}

static GpValue list_pop(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  GpList *l = SELF;
  if (nargs == 1 && !kw) {
    GpValue v = pop_last(l);
    if (!GP_IS_ERR(v)) return v;
  }
  if (gp_arg_count(t, "pop", nargs - 1, kw, 0, 1) < 0) return GP_ERRV;
  int64_t i = -1;
  if (nargs > 1 && gp_as_index(t, args[1], &i) < 0) return GP_ERRV;
  GpValue v = GP_ERRV;
  Gone gone = {.p = gone.stack};
  LOCK(l);
  if (i < 0) i += (int64_t)l->len;
  if (l->len == 0) {
    gp_raise(t, &gp_exc_IndexError, "pop from empty list");
  } else if (i < 0 || (uint64_t)i >= l->len) {
    gp_raise(t, &gp_exc_IndexError, "pop index out of range");
  } else {
    v = l->items[i];
    GP_INCREF(v);
    if (list_replace(t, l, (size_t)i, (size_t)i + 1, NULL, 0, &gone) < 0) {
      GP_DECREF(v); /* still in the list: not the last reference */
      v = GP_ERRV;
    }
  }
  UNLOCK(l);
  gone_release(&gone);
  return v;
}

static GpValue list_insert(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "insert", nargs - 1, kw, 2, 2) < 0) return GP_ERRV;
  GpList *l = SELF;
  int64_t i;
  if (gp_as_index(t, args[1], &i) < 0) return GP_ERRV;
  Gone gone;
  LOCK(l);
  int64_t n = (int64_t)l->len;
  if (i < 0) i = i + n < 0 ? 0 : i + n;
  if (i > n) i = n;
  int r = list_replace(t, l, (size_t)i, (size_t)i, &args[2], 1, &gone);
  UNLOCK(l);
  gone_release(&gone);
  return r < 0 ? GP_ERRV : GP_NONEV;
}

/* Position of v in items[start:stop]; -1 if absent, -2 on error. */
static int64_t list_find(GpThread *t, const GpSeqView *w, GpValue v, int64_t start, int64_t stop) {
  for (int64_t i = start; i < stop && (size_t)i < w->n; i++) {
    int e = gp_item_eq(t, w->items[i], v);
    if (e < 0) return -2;
    if (e) return i;
  }
  return -1;
}

static GpValue list_index(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "index", nargs - 1, kw, 1, 3) < 0) return GP_ERRV;
  int64_t start = 0, stop = INT64_MAX;
  if (nargs > 2 && gp_slice_index(t, args[2], &start) < 0) return GP_ERRV;
  if (nargs > 3 && gp_slice_index(t, args[3], &stop) < 0) return GP_ERRV;
  GpSeqView w;
  if (gp_seq_view(t, args[0], &w) < 0) return GP_ERRV;
  int64_t n = (int64_t)w.n;
  if (start < 0) start = start + n < 0 ? 0 : start + n;
  if (stop < 0) stop = stop + n < 0 ? 0 : stop + n;
  int64_t i = list_find(t, &w, args[1], start, stop);
  gp_seq_view_done(&w);
  if (i >= 0) return gp_intv(i);
  if (i == -2) return GP_ERRV;
  GpValue r = gp_repr(t, args[1]);
  if (GP_IS_ERR(r)) return r;
  gp_raise(t, &gp_exc_ValueError, "%s is not in list", GP_STR(r)->data);
  GP_DECREF(r);
  return GP_ERRV;
}

static GpValue list_count(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "list.count", nargs - 1, kw) < 0) return GP_ERRV;
  GpSeqView w;
  if (gp_seq_view(t, args[0], &w) < 0) return GP_ERRV;
  int64_t c = 0;
  for (size_t i = 0; i < w.n; i++) {
    int e = gp_item_eq(t, w.items[i], args[1]);
    if (e < 0) {
      c = -1;
      break;
    }
    c += e;
  }
  gp_seq_view_done(&w);
  return c < 0 ? GP_ERRV : gp_intv(c);
}

static bool same_value(GpValue a, GpValue b) {
  return a.tag == b.tag && a.as.i == b.as.i;
}

/* The item equal to x is found on a view (comparing may not hold the lock),
** then removed by identity under the lock, wherever other threads moved it;
** if they removed it meanwhile, the search starts again. */
static GpValue list_remove(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "list.remove", nargs - 1, kw) < 0) return GP_ERRV;
  GpList *l = SELF;
  for (;;) {
    GpSeqView w;
    if (gp_seq_view(t, args[0], &w) < 0) return GP_ERRV;
    int64_t i = list_find(t, &w, args[1], 0, INT64_MAX);
    GpValue found = i >= 0 ? w.items[i] : GP_NONEV;
    GP_INCREF(found); /* the identity checked below must not be recycled */
    gp_seq_view_done(&w);
    if (i == -2) return GP_ERRV;
    if (i < 0) return gp_raise(t, &gp_exc_ValueError, "list.remove(x): x not in list");
    Gone gone = {.p = gone.stack};
    int r = 1;
    LOCK(l);
    size_t k = (size_t)i;
    if (k >= l->len || !same_value(l->items[k], found))
      for (k = 0; k < l->len && !same_value(l->items[k], found); k++) {
      }
    if (k < l->len) r = list_replace(t, l, k, k + 1, NULL, 0, &gone);
    UNLOCK(l);
    gone_release(&gone);
    GP_DECREF(found);
    if (r <= 0) return r < 0 ? GP_ERRV : GP_NONEV;
  }
}

static GpValue list_sort(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"$key", "$reverse"};
  GpValue a[2];
  if (gp_parse_args(t, "sort", args + 1, nargs - 1, kw, names, 2, 0, a) < 0) return GP_ERRV;
  int rev = 0;
  if (!GP_IS_ERR(a[1]) && (rev = gp_truthy(t, a[1])) < 0) return GP_ERRV;
  GpValue key = GP_IS_ERR(a[0]) ? GP_NONEV : a[0];
  return gp_list_sort(t, args[0].as.o, key, rev) < 0 ? GP_ERRV : GP_NONEV;
}

static GpValue list_reverse(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "list.reverse", nargs - 1, kw) < 0) return GP_ERRV;
  GpList *l = SELF;
  LOCK(l);
  for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
    GpValue tmp = l->items[i];
    l->items[i] = l->items[j - 1];
    l->items[j - 1] = tmp;
  }
  UNLOCK(l);
  return GP_NONEV;
}

static GpValue list_copy(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "list.copy", nargs - 1, kw) < 0) return GP_ERRV;
  return gp_list_getslice(t, args[0], GP_NONEV, GP_NONEV, GP_NONEV);
}

static GpValue list_clear(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "list.clear", nargs - 1, kw) < 0) return GP_ERRV;
  size_t n;
  GpValue *items = list_take(SELF, &n);
  release_items(items, n);
  return GP_NONEV;
}

/* ------------------------------------------------------------------ type */

static GpValue list_call(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "list", nargs, kwnames, 0, 1) < 0) return GP_ERRV;
  if (nargs == 0) return gp_list_new(t, 0);
  return gp_list_from_iter(t, args[0]);
}

static GpValue list_iter(GpThread *t, GpValue self) {
  return gp_seq_iter_new(t, self, false);
}

static const GpMethodDef list_methods[] = {
    {"append", list_append}, {"extend", list_extend}, {"pop", list_pop},
    {"insert", list_insert}, {"index", list_index},   {"count", list_count},
    {"remove", list_remove}, {"sort", list_sort},     {"reverse", list_reverse},
    {"copy", list_copy},     {"clear", list_clear},   {NULL, NULL},
};

/* The collector runs with the world stopped: no lock (gc.c). */
static int list_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GpList *l = (GpList *)o;
  for (size_t i = 0; i < l->len; i++)
    GP_VISIT(l->items[i], visit, arg);
  return 0;
}

static void list_gc_clear(GpObj *o) {
  size_t n;
  GpValue *items = list_take((GpList *)o, &n);
  release_items(items, n);
}

GpType gp_type_list = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "list",
    .dealloc = list_dealloc,
    .traverse = list_traverse,
    .clear = list_gc_clear,
    .repr = list_repr,
    .iter = list_iter,
    .call = list_call,
    .methods = list_methods,
};
