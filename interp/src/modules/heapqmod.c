/*
** heapqmod.c — the heapq and bisect modules: CPython's sift algorithms
** (so heaps hold their items in CPython's order) and binary searches over
** any sequence, comparing with `<` as CPython does. Lists are read and
** written through list.c's locked accessors, so a heap shared between
** gil=none threads is never read torn; a list that changes size under a
** sift raises RuntimeError as in CPython.
*/
#include "obj.h"
#include "vm.h"

/* ---------------------------------------------------------------- heapq */

static int item(GpThread *t, GpObj *l, size_t i, GpValue *out) {
  if (gp_list_item(l, i, out)) return 0;
  gp_raise(t, &gp_exc_RuntimeError, "list changed size during iteration");
  return -1;
}

static int store(GpThread *t, GpObj *l, size_t i, GpValue v) {
  return gp_list_setitem(t, gp_objv(l), gp_intv((int64_t)i), v);
}

/* a < b: 1, 0, -1 */
static int less(GpThread *t, GpValue a, GpValue b) {
  GpValue r = gp_compare(t, GP_CMP_LT, a, b);
  if (GP_IS_ERR(r)) return -1;
  int v = gp_truthy(t, r);
  GP_DECREF(r);
  return v;
}

/* Moves heap[pos] up towards startpos (CPython's _siftdown). */
static int siftdown(GpThread *t, GpObj *h, size_t startpos, size_t pos) {
  GpValue newitem, parent;
  if (item(t, h, pos, &newitem) < 0) return -1;
  int r = 0;
  while (pos > startpos) {
    size_t pp = (pos - 1) >> 1;
    if ((r = item(t, h, pp, &parent)) < 0) break;
    int lt = less(t, newitem, parent);
    r = lt > 0 ? store(t, h, pos, parent) : lt;
    GP_DECREF(parent);
    if (lt <= 0 || r < 0) break;
    pos = pp;
  }
  if (r >= 0) r = store(t, h, pos, newitem);
  GP_DECREF(newitem);
  return r < 0 ? -1 : 0;
}

/* Moves heap[pos] down to a leaf, then up (CPython's _siftup). */
static int siftup(GpThread *t, GpObj *h, size_t pos) {
  size_t endpos = gp_list_len(h), startpos = pos, child = 2 * pos + 1;
  GpValue newitem, a, b;
  if (item(t, h, pos, &newitem) < 0) return -1;
  int r = 0;
  while (child < endpos) {
    size_t right = child + 1;
    if (right < endpos) {
      if ((r = item(t, h, child, &a)) < 0) break;
      if ((r = item(t, h, right, &b)) < 0) {
        GP_DECREF(a);
        break;
      }
      r = less(t, a, b);
      GP_DECREF(a);
      GP_DECREF(b);
      if (r < 0) break;
      if (!r) child = right;
    }
    if ((r = item(t, h, child, &a)) < 0) break;
    r = store(t, h, pos, a);
    GP_DECREF(a);
    if (r < 0) break;
    pos = child;
    child = 2 * pos + 1;
  }
  if (r >= 0) r = store(t, h, pos, newitem);
  GP_DECREF(newitem);
  return r < 0 ? -1 : siftdown(t, h, startpos, pos);
}

static int heap_arg(GpThread *t, const char *fn, GpValue v) {
  if (GP_IS_TYPE(v, gp_type_list)) return 0;
  gp_raise(t, &gp_exc_TypeError, "%s() argument 1 must be list, not %s", fn, gp_type_name(v));
  return -1;
}

static GpValue hq_heappush(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "heappush", nargs, kw, 2, 2) < 0 || heap_arg(t, "heappush", args[0]) < 0)
    return GP_ERRV;
  GpObj *h = args[0].as.o;
  if (gp_list_append(t, h, args[1]) < 0) return GP_ERRV;
  return siftdown(t, h, 0, gp_list_len(h) - 1) < 0 ? GP_ERRV : GP_NONEV;
}

/* Removes and returns the last item (list.pop()). */
static GpValue pop_last(GpThread *t, GpObj *h) {
  size_t n = gp_list_len(h);
  GpValue last;
  if (n == 0 || !gp_list_item(h, n - 1, &last))
    return gp_raise(t, &gp_exc_IndexError, "index out of range");
  if (gp_list_delitem(t, gp_objv(h), gp_intv((int64_t)n - 1)) < 0) {
    GP_DECREF(last);
    return GP_ERRV;
  }
  return last;
}

static GpValue hq_heappop(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "heappop", nargs, kw) < 0 || heap_arg(t, "heappop", args[0]) < 0)
    return GP_ERRV;
  GpObj *h = args[0].as.o;
  GpValue last = pop_last(t, h), top;
  if (GP_IS_ERR(last) || gp_list_len(h) == 0) return last;
  if (item(t, h, 0, &top) < 0 || store(t, h, 0, last) < 0) {
    GP_DECREF(last);
    return GP_ERRV;
  }
  GP_DECREF(last);
  if (siftup(t, h, 0) < 0) {
    GP_DECREF(top);
    return GP_ERRV;
  }
  return top;
}

static GpValue hq_heapreplace(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "heapreplace", nargs, kw, 2, 2) < 0 ||
      heap_arg(t, "heapreplace", args[0]) < 0)
    return GP_ERRV;
  GpObj *h = args[0].as.o;
  GpValue top;
  if (gp_list_len(h) == 0 || !gp_list_item(h, 0, &top))
    return gp_raise(t, &gp_exc_IndexError, "index out of range");
  if (store(t, h, 0, args[1]) < 0 || siftup(t, h, 0) < 0) {
    GP_DECREF(top);
    return GP_ERRV;
  }
  return top;
}

static GpValue hq_heappushpop(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "heappushpop", nargs, kw, 2, 2) < 0 ||
      heap_arg(t, "heappushpop", args[0]) < 0)
    return GP_ERRV;
  GpObj *h = args[0].as.o;
  GpValue top, x = args[1];
  if (gp_list_len(h) == 0 || !gp_list_item(h, 0, &top)) {
    GP_INCREF(x);
    return x;
  }
  int r = less(t, top, x);
  if (r <= 0) {
    GP_DECREF(top);
    if (r < 0) return GP_ERRV;
    GP_INCREF(x);
    return x;
  }
  if (store(t, h, 0, x) < 0 || siftup(t, h, 0) < 0) {
    GP_DECREF(top);
    return GP_ERRV;
  }
  return top;
}

static GpValue hq_heapify(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "heapify", nargs, kw) < 0 || heap_arg(t, "heapify", args[0]) < 0)
    return GP_ERRV;
  for (size_t i = gp_list_len(args[0].as.o) / 2; i-- > 0;)
    if (siftup(t, args[0].as.o, i) < 0) return GP_ERRV;
  return GP_NONEV;
}

/* nsmallest/nlargest: documented as sorted(iterable, key=key)[:n] (stable),
** which is what CPython's heap-based versions return. */
static GpValue n_best(GpThread *t, const char *name, const GpValue *args, int nargs, GpObj *kw,
                      bool reverse) {
  static const char *const names[] = {"n", "iterable", "key"};
  GpValue a[3];
  int64_t n;
  if (gp_parse_args(t, name, args, nargs, kw, names, 3, 2, a) < 0 || gp_as_index(t, a[0], &n) < 0)
    return GP_ERRV;
  GpValue l = gp_list_from_iter(t, a[1]);
  if (GP_IS_ERR(l)) return l;
  GpValue key = GP_IS_ERR(a[2]) ? GP_NONEV : a[2];
  if (gp_list_sort(t, l.as.o, key, reverse) < 0) {
    GP_DECREF(l);
    return GP_ERRV;
  }
  GpValue r = gp_list_getslice(t, l, GP_NONEV, gp_intv(n < 0 ? 0 : n), GP_NONEV);
  GP_DECREF(l);
  return r;
}

static GpValue hq_nsmallest(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return n_best(t, "nsmallest", args, nargs, kw, false);
}

static GpValue hq_nlargest(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return n_best(t, "nlargest", args, nargs, kw, true);
}

static const GpMethodDef heapq_fns[] = {
    {"heappush", hq_heappush},       {"heappop", hq_heappop},
    {"heapreplace", hq_heapreplace}, {"heappushpop", hq_heappushpop},
    {"heapify", hq_heapify},         {"nsmallest", hq_nsmallest},
    {"nlargest", hq_nlargest},       {NULL, NULL},
};

int gp_heapq_py_open(GpThread *t, GpObj *d); /* heapq_py.c: merge */

int gp_open_heapq(GpThread *t, GpObj *d) {
  if (gp_module_add_functions(t, d, heapq_fns) < 0) return -1;
  return gp_heapq_py_open(t, d);
}

/* --------------------------------------------------------------- bisect */

/* The insertion point of x in a[lo:hi] (right: after equal items). */
static int64_t bisect(GpThread *t, const char *name, const GpValue *args, int nargs, GpObj *kw,
                      bool right, GpValue *xout) {
  static const char *const names[] = {"a", "x", "lo", "hi", "$key"};
  GpValue a[5];
  int64_t lo = 0, hi;
  if (gp_parse_args(t, name, args, nargs, kw, names, 5, 2, a) < 0) return -1;
  if (!GP_IS_ERR(a[2]) && gp_as_index(t, a[2], &lo) < 0) return -1;
  if (lo < 0) {
    gp_raise(t, &gp_exc_ValueError, "lo must be non-negative");
    return -1;
  }
  if (GP_IS_ERR(a[3]) || GP_IS_NONE(a[3])) {
    if (gp_len_of(t, a[0], &hi) < 0) return -1;
  } else if (gp_as_index(t, a[3], &hi) < 0) {
    return -1;
  }
  GpValue key = GP_IS_ERR(a[4]) ? GP_NONEV : a[4];
  *xout = a[1];
  while (lo < hi) {
    int64_t mid = lo + (hi - lo) / 2;
    GpValue v = gp_getitem(t, a[0], gp_intv(mid));
    if (GP_IS_ERR(v)) return -1;
    if (!GP_IS_NONE(key)) {
      GpValue k = gp_vm_call(t, key, &v, 1, NULL);
      GP_DECREF(v);
      if (GP_IS_ERR(k)) return -1;
      v = k;
    }
    int r = right ? less(t, a[1], v) : less(t, v, a[1]);
    GP_DECREF(v);
    if (r < 0) return -1;
    if (right ? r : !r)
      hi = mid;
    else
      lo = mid + 1;
  }
  return lo;
}

static GpValue bi_left(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  GpValue x;
  int64_t i = bisect(t, "bisect_left", args, nargs, kw, false, &x);
  return i < 0 ? GP_ERRV : gp_intv(i);
}

static GpValue bi_right(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  GpValue x;
  int64_t i = bisect(t, "bisect_right", args, nargs, kw, true, &x);
  return i < 0 ? GP_ERRV : gp_intv(i);
}

/* insort: a.insert(i, x); with a key, the search is on key(x). */
static GpValue insort(GpThread *t, const char *name, const GpValue *args, int nargs, GpObj *kw,
                      bool right) {
  static const char *const names[] = {"a", "x", "lo", "hi", "$key"};
  GpValue a[5];
  if (gp_parse_args(t, name, args, nargs, kw, names, 5, 2, a) < 0) return GP_ERRV;
  GpValue kx = GP_NONEV, x;
  GpValue buf[5];
  int n = nargs;
  for (int i = 0; i < nargs && i < 5; i++)
    buf[i] = args[i];
  if (!GP_IS_ERR(a[4]) && !GP_IS_NONE(a[4])) { /* search for key(x) */
    kx = gp_vm_call(t, a[4], &a[1], 1, NULL);
    if (GP_IS_ERR(kx)) return kx;
    buf[1] = kx;
  }
  int64_t i = bisect(t, name, buf, n, kw, right, &x);
  GP_DECREF(kx);
  if (i < 0) return GP_ERRV;
  GpObj *ins = gp_intern_cstr("insert");
  GpValue m = gp_getattr(t, a[0], ins);
  if (GP_IS_ERR(m)) return m;
  GpValue cargs[2] = {gp_intv(i), a[1]};
  GpValue r = gp_vm_call(t, m, cargs, 2, NULL);
  GP_DECREF(m);
  if (GP_IS_ERR(r)) return r;
  GP_DECREF(r);
  return GP_NONEV;
}

static GpValue bi_insort_left(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return insort(t, "insort_left", args, nargs, kw, false);
}

static GpValue bi_insort_right(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return insort(t, "insort_right", args, nargs, kw, true);
}

static const GpMethodDef bisect_fns[] = {
    {"bisect_left", bi_left},
    {"bisect_right", bi_right},
    {"bisect", bi_right},
    {"insort_left", bi_insort_left},
    {"insort_right", bi_insort_right},
    {"insort", bi_insort_right},
    {NULL, NULL},
};

int gp_open_bisect(GpThread *t, GpObj *d) {
  return gp_module_add_functions(t, d, bisect_fns);
}
