/*
** range.c — ranges: len, indexing, slicing (a range again), `in` by
** arithmetic, and an iterator that counts without allocating. A range whose
** bounds all fit in int64 is a GpRange (the VM iterates those inline); one
** with a bignum bound is a "big range" (gp_type_bigrange, also named
** `range`, a subtype of it) computed with generic int arithmetic.
*/
#include <string.h>

#include "class.h"
#include "numproto.h"
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

static GpValue bigrange_new(GpThread *t, GpValue start, GpValue stop, GpValue step);

static GpValue range_call(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "range", nargs, kwnames, 1, 3) < 0) return GP_ERRV;
  GpValue a[3] = {gp_intv(0), gp_intv(0), gp_intv(1)};
  bool big = false;
  int n = 0;
  for (; n < nargs; n++) {
    GpValue a_n = args[n];
    if (gp_has_payload(a_n) && gp_is_int(gp_unwrap(a_n))) a_n = gp_unwrap(a_n); /* int subclass */
    GpValue v = gp_index_value(t, a_n);
    if (GP_IS_ERR(v)) break;
    big |= GP_IS_OBJ(v);
    a[nargs == 1 ? 1 : n] = v;
  }
  GpValue r = GP_ERRV;
  if (n == nargs && GP_IS_INT(a[2]) && a[2].as.i == 0)
    gp_raise(t, &gp_exc_ValueError, "range() arg 3 must not be zero");
  else if (n == nargs)
    r = big ? bigrange_new(t, a[0], a[1], a[2]) : gp_range_new(t, a[0].as.i, a[1].as.i, a[2].as.i);
  for (int i = 0; i < 3; i++) /* the converted ints (small ones own nothing) */
    GP_DECREF(a[i]);
  return r;
}

static GpValue range_repr(GpThread *t, GpValue self) {
  GpRange *r = (GpRange *)self.as.o;
  if (r->step == 1)
    return gp_str_printf(t, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
  return gp_str_printf(t, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                       (long long)r->step);
}

static GpValue small_getitem(GpThread *t, GpValue self, GpValue key) {
  GpRange *r = (GpRange *)self.as.o;
  size_t i;
  if (GP_IS_OBJ(key) && gp_is_int(key))
    return gp_raise(t, &gp_exc_IndexError, "range object index out of range");
  if (gp_seq_index(t, key, (size_t)gp_range_len(r), "range", "range object index out of range",
                   &i) < 0)
    return GP_ERRV;
  return gp_intv(range_item(r, (int64_t)i));
}

static GpValue small_getslice(GpThread *t, GpValue self, GpValue lo, GpValue hi, GpValue step) {
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

static int small_contains(GpThread *t, GpValue self, GpValue v) {
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

static bool small_equal(const GpRange *a, const GpRange *b) {
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

static GpValue range_iter_length_hint(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "__length_hint__", nargs - 1, kw) < 0) return GP_ERRV;
  return gp_intv((int64_t)((RangeIter *)args[0].as.o)->left);
}

static const GpMethodDef range_iter_methods[] = {{"__length_hint__", range_iter_length_hint},
                                                 {NULL, NULL}};

static GpType gp_type_range_iter = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "range_iterator",
    .iter = gp_iter_self,
    .next = range_iter_next,
    .methods = range_iter_methods,
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

static GpValue small_reversed(GpThread *t, GpValue self) {
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
  int r = small_contains(t, args[0], args[1]);
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

/* ----------------------------------------------------- ranges of bignums */

typedef struct BigRange {
  GpObj ob;
  GpValue start, stop, step, len; /* ints; some beyond int64 */
} BigRange;

#define BIG(v) ((BigRange *)(v).as.o)

/* Generic int arithmetic; errors propagate as GP_ERRV through callers. */
static GpValue ar(GpThread *t, GpBinOp op, GpValue a, GpValue b) {
  if (GP_IS_ERR(a) || GP_IS_ERR(b)) return GP_ERRV;
  return gp_binop(t, op, a, b);
}

static int cmp(GpThread *t, GpCmpOp op, GpValue a, GpValue b) {
  GpValue r = gp_compare(t, op, a, b);
  return GP_IS_ERR(r) ? -1 : (int)r.as.i;
}

static void bigrange_dealloc(GpObj *o) {
  BigRange *r = (BigRange *)o;
  GP_DECREF(r->start);
  GP_DECREF(r->stop);
  GP_DECREF(r->step);
  GP_DECREF(r->len);
}

/* CPython's compute_range_length with generic ints. */
static GpValue big_length(GpThread *t, GpValue start, GpValue stop, GpValue step) {
  int pos = cmp(t, GP_CMP_GT, step, gp_intv(0));
  if (pos < 0) return GP_ERRV;
  GpValue lo = pos ? start : stop, hi = pos ? stop : start;
  int empty = cmp(t, GP_CMP_GE, lo, hi);
  if (empty) return empty < 0 ? GP_ERRV : gp_intv(0);
  GpValue st = pos ? step : gp_unop(t, GP_UN_NEG, step);
  GpValue d = ar(t, GP_OP_SUB, hi, lo), d1 = ar(t, GP_OP_SUB, d, gp_intv(1));
  GpValue q = ar(t, GP_OP_FLOORDIV, d1, st), n = ar(t, GP_OP_ADD, q, gp_intv(1));
  GP_DECREF(d);
  GP_DECREF(d1);
  GP_DECREF(q);
  if (!pos) GP_DECREF(st);
  return n;
}

/* A range from int bounds: a GpRange when they all fit in int64. */
static GpValue range_make(GpThread *t, GpValue start, GpValue stop, GpValue step) {
  if (GP_IS_INT(start) && GP_IS_INT(stop) && GP_IS_INT(step))
    return gp_range_new(t, start.as.i, stop.as.i, step.as.i);
  return bigrange_new(t, start, stop, step);
}

static GpValue bigrange_new(GpThread *t, GpValue start, GpValue stop, GpValue step) {
  GpValue len = big_length(t, start, stop, step);
  if (GP_IS_ERR(len)) return len;
  BigRange *r = (BigRange *)gp_alloc(t, &gp_type_bigrange, sizeof *r);
  if (!r) {
    GP_DECREF(len);
    return gp_raise_nomem(t);
  }
  GP_INCREF(start);
  GP_INCREF(stop);
  GP_INCREF(step);
  r->start = start, r->stop = stop, r->step = step, r->len = len;
  return gp_objv(&r->ob);
}

static GpValue bigrange_repr(GpThread *t, GpValue self) {
  BigRange *r = BIG(self);
  GpValue parts[3] = {gp_repr(t, r->start), gp_repr(t, r->stop), gp_repr(t, r->step)};
  GpValue res = GP_ERRV;
  if (!GP_IS_ERR(parts[0]) && !GP_IS_ERR(parts[1]) && !GP_IS_ERR(parts[2])) {
    bool one = GP_IS_INT(r->step) && r->step.as.i == 1;
    res = gp_str_printf(t, one ? "range(%s, %s)" : "range(%s, %s, %s)", GP_STR(parts[0])->data,
                        GP_STR(parts[1])->data, GP_STR(parts[2])->data);
  }
  for (int i = 0; i < 3; i++)
    if (!GP_IS_ERR(parts[i])) GP_DECREF(parts[i]);
  return res;
}

/* start + i * step */
static GpValue big_item(GpThread *t, BigRange *r, GpValue i) {
  GpValue p = ar(t, GP_OP_MUL, i, r->step), v = ar(t, GP_OP_ADD, r->start, p);
  GP_DECREF(p);
  return v;
}

static GpValue big_getitem(GpThread *t, GpValue self, GpValue key) {
  BigRange *r = BIG(self);
  key = gp_unwrap(key); /* an int subclass's value */
  if (GP_IS_BOOL(key)) key = gp_intv(key.as.i);
  if (!gp_is_int(key))
    return gp_raise(t, &gp_exc_TypeError, "range indices must be integers or slices, not %s",
                    gp_type_name(key));
  int neg = cmp(t, GP_CMP_LT, key, gp_intv(0));
  if (neg < 0) return GP_ERRV;
  GpValue i = neg ? ar(t, GP_OP_ADD, key, r->len) : key;
  if (!neg) GP_INCREF(i);
  if (GP_IS_ERR(i)) return i;
  int lo = cmp(t, GP_CMP_LT, i, gp_intv(0)), hi = cmp(t, GP_CMP_GE, i, r->len);
  GpValue v = lo < 0 || hi < 0 ? GP_ERRV
              : lo || hi       ? gp_raise(t, &gp_exc_IndexError, "range object index out of range")
                               : big_item(t, r, i);
  GP_DECREF(i);
  return v;
}

/* One slice bound against len (CPython's _PySlice_GetLongIndices). */
static GpValue big_bound(GpThread *t, GpValue v, GpValue len, GpValue lower, GpValue upper,
                         GpValue dflt) {
  if (GP_IS_NONE(v)) {
    GP_INCREF(dflt);
    return dflt;
  }
  if (GP_IS_BOOL(v)) v = gp_intv(v.as.i);
  if (!gp_is_int(v))
    return gp_raise(t, &gp_exc_TypeError,
                    "slice indices must be integers or None or have an __index__ method");
  GpValue x = v;
  GP_INCREF(x);
  if (cmp(t, GP_CMP_LT, x, gp_intv(0)) > 0) {
    GpValue y = ar(t, GP_OP_ADD, x, len);
    GP_DECREF(x);
    x = y;
    if (!GP_IS_ERR(x) && cmp(t, GP_CMP_LT, x, lower) > 0) {
      GP_DECREF(x);
      x = lower;
      GP_INCREF(x);
    }
  } else if (cmp(t, GP_CMP_GT, x, upper) > 0) {
    GP_DECREF(x);
    x = upper;
    GP_INCREF(x);
  }
  return x;
}

static GpValue big_getslice(GpThread *t, GpValue self, GpValue lo, GpValue hi, GpValue step) {
  BigRange *r = BIG(self);
  GpValue st = GP_IS_NONE(step) ? gp_intv(1) : step;
  if (GP_IS_BOOL(st)) st = gp_intv(st.as.i);
  if (!gp_is_int(st))
    return gp_raise(t, &gp_exc_TypeError,
                    "slice indices must be integers or None or have an __index__ method");
  if (GP_IS_INT(st) && st.as.i == 0)
    return gp_raise(t, &gp_exc_ValueError, "slice step cannot be zero");
  bool neg = cmp(t, GP_CMP_LT, st, gp_intv(0)) > 0;
  GpValue lower = neg ? gp_intv(-1) : gp_intv(0);
  GpValue upper = neg ? ar(t, GP_OP_ADD, r->len, gp_intv(-1)) : r->len;
  if (!neg) GP_INCREF(upper);
  GpValue a = big_bound(t, lo, r->len, lower, upper, neg ? upper : lower);
  GpValue b = big_bound(t, hi, r->len, lower, upper, neg ? lower : upper);
  GpValue na = big_item(t, r, a), nb = big_item(t, r, b), ns = ar(t, GP_OP_MUL, r->step, st);
  GpValue res =
      GP_IS_ERR(na) || GP_IS_ERR(nb) || GP_IS_ERR(ns) ? GP_ERRV : range_make(t, na, nb, ns);
  GpValue tmp[] = {upper, a, b, na, nb, ns};
  for (size_t i = 0; i < sizeof tmp / sizeof tmp[0]; i++)
    if (!GP_IS_ERR(tmp[i])) GP_DECREF(tmp[i]);
  return res;
}

static int big_contains(GpThread *t, GpValue self, GpValue v) {
  BigRange *r = BIG(self);
  if (GP_IS_BOOL(v)) v = gp_intv(v.as.i);
  if (gp_is_int(v)) {
    bool pos = cmp(t, GP_CMP_GT, r->step, gp_intv(0)) > 0;
    int in = pos ? cmp(t, GP_CMP_LE, r->start, v) > 0 && cmp(t, GP_CMP_LT, v, r->stop) > 0
                 : cmp(t, GP_CMP_GE, r->start, v) > 0 && cmp(t, GP_CMP_GT, v, r->stop) > 0;
    if (!in) return 0;
    GpValue d = ar(t, GP_OP_SUB, v, r->start), m = ar(t, GP_OP_MOD, d, r->step);
    int res = GP_IS_ERR(m) ? -1 : cmp(t, GP_CMP_EQ, m, gp_intv(0));
    GP_DECREF(d);
    GP_DECREF(m);
    return res;
  }
  GpValue it = gp_iter(t, self), x;
  if (GP_IS_ERR(it)) return -1;
  int r2;
  while ((r2 = gp_next(t, it, &x)) > 0) {
    r2 = gp_eq(t, x, v);
    GP_DECREF(x);
    if (r2) break;
  }
  GP_DECREF(it);
  return r2;
}

/* Iterator: cur, step and the count left, all generic ints. */
typedef struct BigIter {
  GpObj ob;
  GpValue cur, step, left;
} BigIter;

static void big_iter_dealloc(GpObj *o) {
  BigIter *it = (BigIter *)o;
  GP_DECREF(it->cur);
  GP_DECREF(it->step);
  GP_DECREF(it->left);
}

static int big_iter_next(GpThread *t, GpValue self, GpValue *out) {
  BigIter *it = (BigIter *)self.as.o;
  int more = cmp(t, GP_CMP_GT, it->left, gp_intv(0));
  if (more <= 0) return more;
  GpValue next = ar(t, GP_OP_ADD, it->cur, it->step), left = ar(t, GP_OP_SUB, it->left, gp_intv(1));
  if (GP_IS_ERR(next) || GP_IS_ERR(left)) {
    if (!GP_IS_ERR(next)) GP_DECREF(next);
    if (!GP_IS_ERR(left)) GP_DECREF(left);
    return -1;
  }
  *out = it->cur;
  it->cur = next;
  GP_DECREF(it->left);
  it->left = left;
  return 1;
}

static GpValue big_iter_length_hint(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "__length_hint__", nargs - 1, kw) < 0) return GP_ERRV;
  GpValue left = ((BigIter *)args[0].as.o)->left;
  GP_INCREF(left);
  return left;
}

static const GpMethodDef big_iter_methods[] = {{"__length_hint__", big_iter_length_hint},
                                               {NULL, NULL}};

static GpType big_iter_type = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "longrange_iterator",
    .dealloc = big_iter_dealloc,
    .iter = gp_iter_self,
    .next = big_iter_next,
    .methods = big_iter_methods,
};

static GpValue big_iter_new(GpThread *t, GpValue self, bool reverse) {
  BigRange *r = BIG(self);
  GpValue cur = r->start, step = r->step;
  if (reverse) {
    GpValue last = ar(t, GP_OP_SUB, r->len, gp_intv(1));
    cur = big_item(t, r, last);
    GP_DECREF(last);
    step = gp_unop(t, GP_UN_NEG, r->step);
    if (GP_IS_ERR(cur) || GP_IS_ERR(step)) {
      if (!GP_IS_ERR(cur)) GP_DECREF(cur);
      if (!GP_IS_ERR(step)) GP_DECREF(step);
      return GP_ERRV;
    }
  } else {
    GP_INCREF(cur);
    GP_INCREF(step);
  }
  BigIter *it = (BigIter *)gp_alloc(t, &big_iter_type, sizeof *it);
  if (!it) {
    GP_DECREF(cur);
    GP_DECREF(step);
    return gp_raise_nomem(t);
  }
  GP_INCREF(r->len);
  it->cur = cur, it->step = step, it->left = r->len;
  return gp_objv(&it->ob);
}

static GpValue bigrange_iter(GpThread *t, GpValue self) {
  return big_iter_new(t, self, false);
}

/* (start, stop, step) as generic ints, for comparing any two ranges. */
static void range_parts(GpValue v, GpValue *start, GpValue *step, int64_t *len_small,
                        GpValue *len) {
  if (GP_IS_TYPE(v, gp_type_range)) {
    GpRange *r = (GpRange *)v.as.o;
    *start = gp_intv(r->start), *step = gp_intv(r->step);
    *len_small = gp_range_len(r);
    *len = gp_intv(*len_small);
  } else {
    *start = BIG(v)->start, *step = BIG(v)->step, *len = BIG(v)->len;
  }
}

int gp_range_eq(GpThread *t, GpValue a, GpValue b) {
  if (GP_IS_TYPE(a, gp_type_range) && GP_IS_TYPE(b, gp_type_range))
    return small_equal((GpRange *)a.as.o, (GpRange *)b.as.o);
  GpValue sa, sb, pa, pb, la, lb;
  int64_t na = 0, nb = 0;
  range_parts(a, &sa, &pa, &na, &la);
  range_parts(b, &sb, &pb, &nb, &lb);
  int e = gp_eq(t, la, lb);
  if (e <= 0) return e;
  if (gp_eq(t, la, gp_intv(0))) return 1;
  if ((e = gp_eq(t, sa, sb)) <= 0) return e;
  if (gp_eq(t, la, gp_intv(1))) return 1;
  return gp_eq(t, pa, pb);
}

static int bigrange_hash(GpThread *t, GpValue self, int64_t *h) {
  BigRange *r = BIG(self);
  bool empty = gp_eq(t, r->len, gp_intv(0)) > 0, one = gp_eq(t, r->len, gp_intv(1)) > 0;
  GpValue parts[3] = {r->len, empty ? GP_NONEV : r->start, empty || one ? GP_NONEV : r->step};
  GpValue tu = gp_tuple_pack(t, 3, parts);
  if (GP_IS_ERR(tu)) return -1;
  int res = gp_tuple_hash(t, tu, h);
  GP_DECREF(tu);
  return res;
}

static GpValue bigrange_getattr(GpThread *t, GpValue self, GpObj *name) {
  BigRange *r = BIG(self);
  const char *s = GP_STR(gp_objv(name))->data;
  GpValue v = strcmp(s, "start") == 0  ? r->start
              : strcmp(s, "stop") == 0 ? r->stop
              : strcmp(s, "step") == 0 ? r->step
                                       : GP_ERRV;
  (void)t;
  GP_INCREF(v);
  return v;
}

static GpValue bigrange_index(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "range.index", nargs - 1, kw) < 0) return GP_ERRV;
  int in = big_contains(t, args[0], args[1]);
  if (in < 0) return GP_ERRV;
  if (in && gp_is_int(args[1])) {
    GpValue d = ar(t, GP_OP_SUB, args[1], BIG(args[0])->start);
    GpValue q = ar(t, GP_OP_FLOORDIV, d, BIG(args[0])->step);
    GP_DECREF(d);
    return q;
  }
  GpValue s = gp_repr(t, args[1]);
  if (GP_IS_ERR(s)) return s;
  gp_raise(t, &gp_exc_ValueError, "%s is not in range", GP_STR(s)->data);
  GP_DECREF(s);
  return GP_ERRV;
}

static GpValue bigrange_count(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "range.count", nargs - 1, kw) < 0) return GP_ERRV;
  int r = big_contains(t, args[0], args[1]);
  return r < 0 ? GP_ERRV : gp_intv(r);
}

static const GpMethodDef bigrange_methods[] = {
    {"index", bigrange_index},
    {"count", bigrange_count},
    {NULL, NULL},
};

GpType gp_type_bigrange = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "range",
    .base = &gp_type_range,
    .dealloc = bigrange_dealloc,
    .repr = bigrange_repr,
    .hash = bigrange_hash,
    .iter = bigrange_iter,
    .getattr = bigrange_getattr,
    .methods = bigrange_methods,
};

/* --------------------------------------------------- dispatch: both kinds */

GpValue gp_range_getitem(GpThread *t, GpValue r, GpValue key) {
  return GP_IS_TYPE(r, gp_type_range) ? small_getitem(t, r, key) : big_getitem(t, r, key);
}

GpValue gp_range_getslice(GpThread *t, GpValue r, GpValue lo, GpValue hi, GpValue step) {
  return GP_IS_TYPE(r, gp_type_range) ? small_getslice(t, r, lo, hi, step)
                                      : big_getslice(t, r, lo, hi, step);
}

int gp_range_contains(GpThread *t, GpValue r, GpValue v) {
  return GP_IS_TYPE(r, gp_type_range) ? small_contains(t, r, v) : big_contains(t, r, v);
}

GpValue gp_range_reversed(GpThread *t, GpValue r) {
  return GP_IS_TYPE(r, gp_type_range) ? small_reversed(t, r) : big_iter_new(t, r, true);
}

int gp_range_size(GpThread *t, GpValue r, int64_t *n) {
  GpValue len =
      GP_IS_TYPE(r, gp_type_range) ? gp_intv(gp_range_len((GpRange *)r.as.o)) : BIG(r)->len;
  if (GP_IS_INT(len) && len.as.i != INT64_MAX) {
    *n = len.as.i;
    return 0;
  }
  gp_raise(t, &gp_exc_OverflowError, "Python int too large to convert to C ssize_t");
  return -1;
}

bool gp_range_truthy(GpValue r) {
  if (GP_IS_TYPE(r, gp_type_range)) return gp_range_len((GpRange *)r.as.o) != 0;
  return !(GP_IS_INT(BIG(r)->len) && BIG(r)->len.as.i == 0);
}
