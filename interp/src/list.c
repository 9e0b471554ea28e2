/*
** list.c — mutable sequences. Every change to a list's storage goes through
** the few list_* primitives at the top (grow, insert, replace a range), so
** a per-object lock for gil=none can be added in one place. Also the item
** comparison, membership and repr shared with tuples.
*/
#include <stdlib.h>
#include <string.h>

#include "obj.h"

/* ------------------------------------------------------ storage primitives */

static int list_reserve(GpThread *t, GpList *l, size_t need) {
  if (need <= l->cap) return 0;
  size_t ncap = l->cap + (l->cap >> 1) + 4;
  if (ncap < need) ncap = need;
  if (ncap > SIZE_MAX / sizeof(GpValue)) {
    gp_raise_nomem(t);
    return -1;
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

int gp_list_append(GpThread *t, GpObj *o, GpValue v) {
  GpList *l = (GpList *)o;
  if (l->len == l->cap && list_reserve(t, l, l->len + 1) < 0) return -1;
  GP_INCREF(v);
  l->items[l->len++] = v;
  return 0;
}

/* Replaces items [lo, hi) by n new items (increfed here); releases the old
** ones after the list is consistent again. */
static int list_replace(GpThread *t, GpList *l, size_t lo, size_t hi, const GpValue *src,
                        size_t n) {
  size_t nold = hi - lo;
  GpValue stack[8], *old = nold <= 8 ? stack : malloc(nold * sizeof *old);
  if (!old) {
    gp_raise_nomem(t);
    return -1;
  }
  if (n > nold && list_reserve(t, l, l->len + n - nold) < 0) {
    if (old != stack) free(old);
    return -1;
  }
  memcpy(old, l->items + lo, nold * sizeof *old);
  memmove(l->items + lo + n, l->items + hi, (l->len - hi) * sizeof *old);
  for (size_t i = 0; i < n; i++) {
    GP_INCREF(src[i]);
    l->items[lo + i] = src[i];
  }
  l->len = l->len - nold + n;
  for (size_t i = 0; i < nold; i++) GP_DECREF(old[i]);
  if (old != stack) free(old);
  return 0;
}

/* Stores v at i (increfs), releasing the previous item. */
static void list_store(GpList *l, size_t i, GpValue v) {
  GpValue old = l->items[i];
  GP_INCREF(v);
  l->items[i] = v;
  GP_DECREF(old);
}

/* Takes the storage out (for clear and sort): the list becomes empty. */
static GpValue *list_take(GpList *l, size_t *n) {
  GpValue *items = l->items;
  *n = l->len;
  l->items = NULL;
  l->len = l->cap = 0;
  return items;
}

static void release_items(GpValue *items, size_t n) {
  for (size_t i = 0; i < n; i++) GP_DECREF(items[i]);
  free(items);
}

/* ---------------------------------------------------------------- basics */

GpValue gp_list_new(GpThread *t, size_t cap) {
  GpList *l = (GpList *)gp_alloc(t, &gp_type_list, sizeof *l);
  if (!l) return gp_raise_nomem(t);
  if (cap && list_reserve(t, l, cap) < 0) {
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
    bool lst = GP_IS_TYPE(src, gp_type_list);
    size_t n = lst ? GP_LIST(src)->len : GP_TUPLE(src)->len;
    if (list_reserve(t, l, l->len + n) < 0) return -1;
    /* re-read: src may be l itself, and reserve may have moved its items */
    const GpValue *items = lst ? GP_LIST(src)->items : GP_TUPLE(src)->items;
    return list_replace(t, l, l->len, l->len, items, n);
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
  if (GP_IS_TYPE(src, gp_type_list)) hint = GP_LIST(src)->len;
  if (GP_IS_TYPE(src, gp_type_tuple)) hint = GP_TUPLE(src)->len;
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
    case GP_CMP_LT: r = na < nb; break;
    case GP_CMP_LE: r = na <= nb; break;
    case GP_CMP_EQ: r = na == nb; break;
    case GP_CMP_NE: r = na != nb; break;
    case GP_CMP_GT: r = na > nb; break;
    default: r = na >= nb; break;
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

static GpValue list_repr(GpThread *t, GpValue self) {
  /* items re-read per element: a repr may not mutate, but keep it simple */
  return gp_seq_repr(t, self.as.o, GP_LIST(self)->items, GP_LIST(self)->len, "[", "]");
}

/* ------------------------------------------------------ items and slices */

GpValue gp_list_getitem(GpThread *t, GpValue self, GpValue key) {
  GpList *l = GP_LIST(self);
  if (GP_IS_INT(key)) { /* the hot path */
    int64_t i = key.as.i;
    if (i < 0) i += (int64_t)l->len;
    if ((uint64_t)i < l->len) {
      GpValue v = l->items[i];
      GP_INCREF(v);
      return v;
    }
  }
  size_t i;
  if (gp_seq_index(t, key, l->len, "list", "list index out of range", &i) < 0) return GP_ERRV;
  GpValue v = l->items[i];
  GP_INCREF(v);
  return v;
}

int gp_list_setitem(GpThread *t, GpValue self, GpValue key, GpValue v) {
  GpList *l = GP_LIST(self);
  size_t i;
  if (gp_seq_index(t, key, l->len, "list", "list assignment index out of range", &i) < 0)
    return -1;
  list_store(l, i, v);
  return 0;
}

int gp_list_delitem(GpThread *t, GpValue self, GpValue key) {
  GpList *l = GP_LIST(self);
  size_t i;
  if (gp_seq_index(t, key, l->len, "list", "list assignment index out of range", &i) < 0)
    return -1;
  return list_replace(t, l, i, i + 1, NULL, 0);
}

GpValue gp_list_getslice(GpThread *t, GpValue self, GpValue lo, GpValue hi, GpValue step) {
  GpList *l = GP_LIST(self);
  GpSlice s;
  if (gp_slice_resolve(t, lo, hi, step, (int64_t)l->len, &s) < 0) return GP_ERRV;
  GpValue r = gp_list_new(t, (size_t)s.count);
  if (GP_IS_ERR(r)) return r;
  GpList *rl = GP_LIST(r);
  for (int64_t k = 0, i = s.start; k < s.count; k++, i += s.step) {
    GP_INCREF(l->items[i]);
    rl->items[k] = l->items[i];
  }
  rl->len = (size_t)s.count;
  return r;
}

/* The items of v as a fresh list (a copy even if v is a list: a[:] = a). */
static GpValue slice_source(GpThread *t, GpValue v, const char *msg) {
  if (!GP_IS_TYPE(v, gp_type_list) && !GP_IS_TYPE(v, gp_type_tuple) &&
      !gp_typeof(v)->iter)
    return gp_raise(t, &gp_exc_TypeError, "%s", msg);
  return gp_list_from_iter(t, v);
}

int gp_list_setslice(GpThread *t, GpValue self, GpValue lo, GpValue hi, GpValue step, GpValue v) {
  GpList *l = GP_LIST(self);
  GpSlice s;
  if (gp_slice_resolve(t, lo, hi, step, (int64_t)l->len, &s) < 0) return -1;
  bool extended = s.step != 1;
  GpValue src = slice_source(t, v, extended ? "must assign iterable to extended slice"
                                            : "can only assign an iterable");
  if (GP_IS_ERR(src)) return -1;
  GpList *sl = GP_LIST(src);
  int r = 0;
  if (!extended) {
    size_t a = (size_t)s.start, b = s.stop < s.start ? a : (size_t)s.stop;
    r = list_replace(t, l, a, b, sl->items, sl->len);
  } else if ((int64_t)sl->len != s.count) {
    gp_raise(t, &gp_exc_ValueError,
             "attempt to assign sequence of size %zu to extended slice of size %lld", sl->len,
             (long long)s.count);
    r = -1;
  } else {
    for (int64_t k = 0, i = s.start; k < s.count; k++, i += s.step) list_store(l, (size_t)i, sl->items[k]);
  }
  GP_DECREF(src);
  return r;
}

int gp_list_delslice(GpThread *t, GpValue self, GpValue lo, GpValue hi, GpValue step) {
  GpList *l = GP_LIST(self);
  GpSlice s;
  if (gp_slice_resolve(t, lo, hi, step, (int64_t)l->len, &s) < 0) return -1;
  if (s.count == 0) return 0;
  if (s.step == 1) return list_replace(t, l, (size_t)s.start, (size_t)s.stop, NULL, 0);
  if (s.step < 0) { /* walk upwards */
    s.start += (s.count - 1) * s.step;
    s.step = -s.step;
  }
  GpValue *gone = malloc((size_t)s.count * sizeof *gone);
  if (!gone) {
    gp_raise_nomem(t);
    return -1;
  }
  size_t w = (size_t)s.start, k = 0;
  for (size_t i = (size_t)s.start; i < l->len; i++) {
    if (k < (size_t)s.count && i == (size_t)(s.start + (int64_t)k * s.step))
      gone[k++] = l->items[i];
    else
      l->items[w++] = l->items[i];
  }
  l->len = w;
  for (size_t i = 0; i < k; i++) GP_DECREF(gone[i]);
  free(gone);
  return 0;
}

GpValue gp_list_concat(GpThread *t, GpValue a, GpValue b) {
  GpList *x = GP_LIST(a), *y = GP_LIST(b);
  GpValue r = gp_list_new(t, x->len + y->len);
  if (GP_IS_ERR(r)) return r;
  GpList *l = GP_LIST(r);
  gp_copy_items(l->items, x->items, x->len);
  gp_copy_items(l->items + x->len, y->items, y->len);
  l->len = x->len + y->len;
  return r;
}

GpValue gp_list_repeat(GpThread *t, GpValue self, int64_t n) {
  GpList *x = GP_LIST(self);
  if (n < 0) n = 0;
  if (x->len && (uint64_t)n > (SIZE_MAX / sizeof(GpValue) / 2) / x->len) return gp_raise_nomem(t);
  size_t total = x->len * (size_t)n;
  GpValue r = gp_list_new(t, total);
  if (GP_IS_ERR(r)) return r;
  GpList *l = GP_LIST(r);
  for (int64_t k = 0; k < n; k++, l->len += x->len) gp_copy_items(l->items + l->len, x->items, x->len);
  return r;
}

/* l *= n, in place. */
int gp_list_irepeat(GpThread *t, GpValue self, GpValue n) {
  int64_t k;
  if (!(GP_IS_INT(n) || GP_IS_BOOL(n) || gp_is_int(n))) {
    gp_raise(t, &gp_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
             gp_type_name(n));
    return -1;
  }
  if (gp_as_index(t, n, &k) < 0) return -1;
  GpList *l = GP_LIST(self);
  if (k == 1) return 0;
  GpValue r = gp_list_repeat(t, self, k);
  if (GP_IS_ERR(r)) return -1;
  int res = list_replace(t, l, 0, l->len, GP_LIST(r)->items, GP_LIST(r)->len);
  GP_DECREF(r);
  return res;
}

GpValue gp_list_reversed(GpThread *t, GpValue self) { return gp_seq_iter_new(t, self, true); }

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
  while (i < mid && j < n) a[k++] = sort_lt(s, &a[j], &tmp[i]) ? a[j++] : tmp[i++];
  while (i < mid) a[k++] = tmp[i++];
}

static int sort_items(GpThread *t, SortItem *a, size_t n, Sorter *s) {
  enum { RUN = 32 };
  for (size_t i = 0; i < n; i += RUN) sort_insertion(s, a + i, n - i < RUN ? n - i : RUN);
  if (n <= RUN) return 0;
  SortItem *tmp = malloc(n * sizeof *tmp); /* holds a left run */
  if (!tmp) {
    gp_raise_nomem(t);
    return -1;
  }
  for (size_t w = RUN; w < n; w *= 2)
    for (size_t lo = 0; lo + w < n; lo += 2 * w)
      sort_merge(s, a + lo, w, (lo + 2 * w < n ? lo + 2 * w : n) - lo, tmp);
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
      a[nkeys].key = gp_call(t, key, &items[nkeys], 1, NULL);
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
      for (size_t i = 0; i < n; i++) items[i] = a[i].value;
  }
  if (!GP_IS_NONE(key))
    for (size_t i = 0; i < nkeys && i < n; i++)
      if (!GP_IS_ERR(a[i].key)) GP_DECREF(a[i].key);
  free(a);
  /* put the storage back; a key function may have filled the list meanwhile */
  size_t junk_n;
  GpValue *junk = list_take(l, &junk_n);
  l->items = items;
  l->len = l->cap = n;
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

static GpValue list_pop(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "pop", nargs - 1, kw, 0, 1) < 0) return GP_ERRV;
  GpList *l = SELF;
  int64_t i = -1;
  if (nargs > 1 && gp_as_index(t, args[1], &i) < 0) return GP_ERRV;
  if (l->len == 0) return gp_raise(t, &gp_exc_IndexError, "pop from empty list");
  if (i < 0) i += (int64_t)l->len;
  if (i < 0 || (uint64_t)i >= l->len) return gp_raise(t, &gp_exc_IndexError, "pop index out of range");
  GpValue v = l->items[i];
  GP_INCREF(v);
  if (list_replace(t, l, (size_t)i, (size_t)i + 1, NULL, 0) < 0) {
    GP_DECREF(v);
    return GP_ERRV;
  }
  return v;
}

static GpValue list_insert(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "insert", nargs - 1, kw, 2, 2) < 0) return GP_ERRV;
  GpList *l = SELF;
  int64_t i, n = (int64_t)l->len;
  if (gp_as_index(t, args[1], &i) < 0) return GP_ERRV;
  if (i < 0) i = i + n < 0 ? 0 : i + n;
  if (i > n) i = n;
  return list_replace(t, l, (size_t)i, (size_t)i, &args[2], 1) < 0 ? GP_ERRV : GP_NONEV;
}

/* Position of v in l[start:stop]; -1 if absent, -2 on error. */
static int64_t list_find(GpThread *t, GpList *l, GpValue v, int64_t start, int64_t stop) {
  for (int64_t i = start; i < stop && (size_t)i < l->len; i++) {
    int e = gp_item_eq(t, l->items[i], v);
    if (e < 0) return -2;
    if (e) return i;
  }
  return -1;
}

static GpValue list_index(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "index", nargs - 1, kw, 1, 3) < 0) return GP_ERRV;
  GpList *l = SELF;
  int64_t n = (int64_t)l->len, start = 0, stop = n;
  if (nargs > 2 && gp_slice_index(t, args[2], &start) < 0) return GP_ERRV;
  if (nargs > 3 && gp_slice_index(t, args[3], &stop) < 0) return GP_ERRV;
  if (start < 0) start = start + n < 0 ? 0 : start + n;
  if (stop < 0) stop = stop + n < 0 ? 0 : stop + n;
  int64_t i = list_find(t, l, args[1], start, stop);
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
  GpList *l = SELF;
  int64_t c = 0;
  for (size_t i = 0; i < l->len; i++) {
    int e = gp_item_eq(t, l->items[i], args[1]);
    if (e < 0) return GP_ERRV;
    c += e;
  }
  return gp_intv(c);
}

static GpValue list_remove(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "list.remove", nargs - 1, kw) < 0) return GP_ERRV;
  GpList *l = SELF;
  int64_t i = list_find(t, l, args[1], 0, (int64_t)l->len);
  if (i == -2) return GP_ERRV;
  if (i < 0) return gp_raise(t, &gp_exc_ValueError, "list.remove(x): x not in list");
  return list_replace(t, l, (size_t)i, (size_t)i + 1, NULL, 0) < 0 ? GP_ERRV : GP_NONEV;
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
  for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
    GpValue tmp = l->items[i];
    l->items[i] = l->items[j - 1];
    l->items[j - 1] = tmp;
  }
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

static GpValue list_iter(GpThread *t, GpValue self) { return gp_seq_iter_new(t, self, false); }

static const GpMethodDef list_methods[] = {
    {"append", list_append}, {"extend", list_extend}, {"pop", list_pop},
    {"insert", list_insert}, {"index", list_index},   {"count", list_count},
    {"remove", list_remove}, {"sort", list_sort},     {"reverse", list_reverse},
    {"copy", list_copy},     {"clear", list_clear},   {NULL, NULL},
};

GpType gp_type_list = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "list",
    .dealloc = list_dealloc,
    .repr = list_repr,
    .iter = list_iter,
    .call = list_call,
    .methods = list_methods,
};
