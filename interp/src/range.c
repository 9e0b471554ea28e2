/*
** range.c — int64 ranges: len, indexing, slicing (a range again), `in` by
** arithmetic, and an iterator that counts without allocating. Bounds beyond
** int64 are refused with OverflowError, as CPython does beyond ssize_t.
*/
#include <string.h>

#include "obj.h"

/* Length as CPython computes it; lengths beyond INT64_MAX saturate. */
int64_t gp_range_len(const GpRange *r) {
  uint64_t n;
  if (r->step > 0) {
    if (r->start >= r->stop) return 0;
    n = ((uint64_t)r->stop - (uint64_t)r->start - 1) / (uint64_t)r->step + 1;
  } else {
    if (r->start <= r->stop) return 0;
    n = ((uint64_t)r->start - (uint64_t)r->stop - 1) / (0 - (uint64_t)r->step) + 1;
  }
  return n > INT64_MAX ? INT64_MAX : (int64_t)n;
}

GpValue gp_range_new(GpThread *t, int64_t start, int64_t stop, int64_t step) {
  GpRange *r = (GpRange *)gp_alloc(t, &gp_type_range, sizeof *r);
  if (!r) return gp_raise_nomem(t);
  r->start = start, r->stop = stop, r->step = step;
  return gp_objv(&r->ob);
}

/* The i-th item (0 <= i < len) without overflow: it lies in the range. */
static int64_t range_item(const GpRange *r, int64_t i) {
  return (int64_t)((uint64_t)r->start + (uint64_t)i * (uint64_t)r->step);
}

static int range_arg(GpThread *t, GpValue v, int64_t *out) {
  if (GP_IS_OBJ(v) && gp_is_int(v)) {
    gp_raise(t, &gp_exc_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
  }
  return gp_as_index(t, v, out);
}

static GpValue range_call(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "range", nargs, kwnames, 1, 3) < 0) return GP_ERRV;
  int64_t a[3] = {0, 0, 1};
  for (int i = 0; i < nargs; i++)
    if (range_arg(t, args[i], &a[nargs == 1 ? 1 : i]) < 0) return GP_ERRV;
  if (a[2] == 0) return gp_raise(t, &gp_exc_ValueError, "range() arg 3 must not be zero");
  return gp_range_new(t, a[0], a[1], a[2]);
}

static GpValue range_repr(GpThread *t, GpValue self) {
  GpRange *r = (GpRange *)self.as.o;
  if (r->step == 1) return gp_str_printf(t, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
  return gp_str_printf(t, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                       (long long)r->step);
}

GpValue gp_range_getitem(GpThread *t, GpValue self, GpValue key) {
  GpRange *r = (GpRange *)self.as.o;
  size_t i;
  if (gp_seq_index(t, key, (size_t)gp_range_len(r), "range", "range object index out of range",
                   &i) < 0)
    return GP_ERRV;
  return gp_intv(range_item(r, (int64_t)i));
}

GpValue gp_range_getslice(GpThread *t, GpValue self, GpValue lo, GpValue hi, GpValue step) {
  GpRange *r = (GpRange *)self.as.o;
  GpSlice s;
  if (gp_slice_resolve(t, lo, hi, step, gp_range_len(r), &s) < 0) return GP_ERRV;
  int64_t a, b, st;
  if (__builtin_mul_overflow(s.start, r->step, &a) || __builtin_add_overflow(a, r->start, &a) ||
      __builtin_mul_overflow(s.stop, r->step, &b) || __builtin_add_overflow(b, r->start, &b) ||
      __builtin_mul_overflow(s.step, r->step, &st))
    return gp_raise(t, &gp_exc_OverflowError, "Python int too large to convert to C ssize_t");
  return gp_range_new(t, a, b, st);
}

/* Position of int v in r, or -1. */
static int64_t range_find(const GpRange *r, int64_t v) {
  if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return -1;
  uint64_t d = r->step > 0 ? (uint64_t)v - (uint64_t)r->start : (uint64_t)r->start - (uint64_t)v;
  uint64_t st = r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step;
  return d % st ? -1 : (int64_t)(d / st);
}

int gp_range_contains(GpThread *t, GpValue self, GpValue v) {
  GpRange *r = (GpRange *)self.as.o;
  if (GP_IS_INT(v) || GP_IS_BOOL(v)) return range_find(r, v.as.i) >= 0;
  if (gp_is_int(v)) return 0; /* a bignum never fits */
  int64_t n = gp_range_len(r);
  for (int64_t i = 0; i < n; i++) {
    int e = gp_eq(t, gp_intv(range_item(r, i)), v);
    if (e) return e;
  }
  return 0;
}

bool gp_range_equal(const GpRange *a, const GpRange *b) {
  int64_t n = gp_range_len(a);
  if (n != gp_range_len(b)) return false;
  if (n == 0) return true;
  if (a->start != b->start) return false;
  return n == 1 || a->step == b->step;
}

static int range_hash(GpThread *t, GpValue self, int64_t *h) {
  GpRange *r = (GpRange *)self.as.o;
  int64_t n = gp_range_len(r);
  GpValue parts[3] = {gp_intv(n), n ? gp_intv(r->start) : GP_NONEV,
                      n > 1 ? gp_intv(r->step) : GP_NONEV};
  GpValue tu = gp_tuple_pack(t, 3, parts);
  if (GP_IS_ERR(tu)) return -1;
  int res = gp_tuple_hash(t, tu, h);
  GP_DECREF(tu);
  return res;
}

static GpValue range_getattr(GpThread *t, GpValue self, GpObj *name) {
  GpRange *r = (GpRange *)self.as.o;
  const char *s = GP_STR(gp_objv(name))->data;
  if (strcmp(s, "start") == 0) return gp_intv(r->start);
  if (strcmp(s, "stop") == 0) return gp_intv(r->stop);
  if (strcmp(s, "step") == 0) return gp_intv(r->step);
  (void)t;
  return GP_ERRV; /* no exception set: the generic AttributeError */
}

/* -------------------------------------------------------------- iterator */

typedef struct RangeIter {
  GpObj ob;
  uint64_t cur, step, left; /* unsigned: wraps instead of overflowing */
} RangeIter;

static int range_iter_next(GpThread *t, GpValue self, GpValue *out) {
  RangeIter *it = (RangeIter *)self.as.o;
  (void)t;
  if (it->left == 0) return 0;
  *out = gp_intv((int64_t)it->cur);
  it->cur += it->step;
  it->left--;
  return 1;
}

static GpType gp_type_range_iter = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "range_iterator",
    .iter = gp_iter_self,
    .next = range_iter_next,
};

static GpValue range_iter_new(GpThread *t, const GpRange *r, bool reverse) {
  RangeIter *it = (RangeIter *)gp_alloc(t, &gp_type_range_iter, sizeof *it);
  if (!it) return gp_raise_nomem(t);
  it->left = (uint64_t)gp_range_len(r);
  it->step = (uint64_t)r->step;
  it->cur = (uint64_t)r->start;
  if (reverse) {
    it->cur = it->left ? (uint64_t)range_item(r, (int64_t)it->left - 1) : 0;
    it->step = 0 - it->step;
  }
  return gp_objv(&it->ob);
}

static GpValue range_iter(GpThread *t, GpValue self) {
  return range_iter_new(t, (GpRange *)self.as.o, false);
}

GpValue gp_range_reversed(GpThread *t, GpValue self) {
  return range_iter_new(t, (GpRange *)self.as.o, true);
}

/* --------------------------------------------------------------- methods */

static GpValue range_index(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "range.index", nargs - 1, kw) < 0) return GP_ERRV;
  GpRange *r = (GpRange *)args[0].as.o;
  if (GP_IS_INT(args[1]) || GP_IS_BOOL(args[1])) {
    int64_t i = range_find(r, args[1].as.i);
    if (i >= 0) return gp_intv(i);
  }
  GpValue s = gp_repr(t, args[1]);
  if (GP_IS_ERR(s)) return s;
  gp_raise(t, &gp_exc_ValueError, "%s is not in range", GP_STR(s)->data);
  GP_DECREF(s);
  return GP_ERRV;
}

static GpValue range_count(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "range.count", nargs - 1, kw) < 0) return GP_ERRV;
  int r = gp_range_contains(t, args[0], args[1]);
  return r < 0 ? GP_ERRV : gp_intv(r);
}

static const GpMethodDef range_methods[] = {
    {"index", range_index},
    {"count", range_count},
    {NULL, NULL},
};

GpType gp_type_range = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "range",
    .repr = range_repr,
    .hash = range_hash,
    .iter = range_iter,
    .call = range_call,
    .getattr = range_getattr,
    .methods = range_methods,
};
