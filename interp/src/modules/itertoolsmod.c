/*
** itertoolsmod.c — the itertools module: its iterators as C types with
** CPython's names ("itertools.chain"), orders and argument errors. The
** combinatoric ones work on tuples of the input pools and produce tuples
** in CPython's (lexicographic by position) order; groupby's groups share
** their parent's state as CPython's do.
*/
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "obj.h"
#include "vm.h"

/* One struct for every kind; zeroed fields are GP_ERRV, which DECREF skips. */
typedef struct It {
  GpObj ob;
  GpValue it;    /* source iterator */
  GpValue fn;    /* function, key, object, fillvalue */
  GpValue val;   /* running value: count, accumulate total, saved items, ... */
  GpValue step;  /* count's step; groupby's current key */
  GpValue extra; /* groupby's current value and grouper; compress selectors */
  GpObj *pools;  /* tuple of tuples or of iterators */
  size_t *idx, *cyc;
  size_t r, n, pos;
  int64_t cnt, next, stop, istep;
  int state; /* 0 fresh, 1 running, 2 exhausted */
} It;

static void it_dealloc(GpObj *o) {
  It *i = (It *)o;
  GP_DECREF(i->it);
  GP_DECREF(i->fn);
  GP_DECREF(i->val);
  GP_DECREF(i->step);
  GP_DECREF(i->extra);
  if (i->pools) gp_decref_o(i->pools);
  free(i->idx);
  free(i->cyc);
}

static GpType groupby_type;

/* Every kind's references; groupby's pools is its current grouper,
** borrowed (the grouper owns the groupby). No clear: iterators are
** immutable to the collector, as CPython's. */
static int it_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  It *i = (It *)o;
  GP_VISIT(i->it, visit, arg);
  GP_VISIT(i->fn, visit, arg);
  GP_VISIT(i->val, visit, arg);
  GP_VISIT(i->step, visit, arg);
  GP_VISIT(i->extra, visit, arg);
  return i->pools && o->type != &groupby_type ? visit(i->pools, arg) : 0;
}

static int nkw_of(GpObj *kw) {
  return kw ? (int)GP_TUPLE(gp_objv(kw))->len : 0;
}

static It *it_alloc(GpThread *t, GpType *tp) {
  It *i = (It *)gp_alloc(t, tp, sizeof(It));
  if (!i) gp_raise_nomem(t);
  return i;
}

static GpValue it_done(It *i, GpValue v) {
  if (GP_IS_ERR(v)) {
    gp_decref_o(&i->ob);
    return v;
  }
  return gp_objv(&i->ob);
}

static int no_kw(GpThread *t, const char *name, GpObj *kw) {
  if (!nkw_of(kw)) return 0;
  gp_raise(t, &gp_exc_TypeError, "%s() takes no keyword arguments", name);
  return -1;
}

#define DEFTYPE(var, pyname, nextfn, newfn)                                                        \
  static GpType var = {.ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},             \
                       .name = pyname,                                                             \
                       .dealloc = it_dealloc,                                                      \
                       .traverse = it_traverse,                                                    \
                       .iter = gp_iter_self,                                                       \
                       .next = nextfn,                                                             \
                       .call = newfn}

/* ---------------------------------------------------------------- count */

static int count_next(GpThread *t, GpValue self, GpValue *out) {
  It *i = (It *)self.as.o;
  GpValue n = gp_binop(t, GP_OP_ADD, i->val, i->step);
  if (GP_IS_ERR(n)) return -1;
  *out = i->val;
  i->val = n;
  return 1;
}

static GpType count_type;
static GpValue count_new(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"start", "step"};
  GpValue a[2];
  if (gp_parse_args(t, "count", args, nargs, kw, names, 2, 0, a) < 0) return GP_ERRV;
  for (int k = 0; k < 2; k++)
    if (!GP_IS_ERR(a[k]) && !gp_is_number(a[k]))
      return gp_raise(t, &gp_exc_TypeError, "a number is required");
  It *i = it_alloc(t, &count_type);
  if (!i) return GP_ERRV;
  i->val = GP_IS_ERR(a[0]) ? gp_intv(0) : a[0];
  i->step = GP_IS_ERR(a[1]) ? gp_intv(1) : a[1];
  GP_INCREF(i->val);
  GP_INCREF(i->step);
  return gp_objv(&i->ob);
}

static GpValue count_repr(GpThread *t, GpValue self) {
  It *i = (It *)self.as.o;
  GpValue a = gp_repr(t, i->val), b = GP_NONEV;
  if (GP_IS_ERR(a)) return a;
  bool unit = i->step.tag == GP_T_INT && i->step.as.i == 1;
  if (!unit && GP_IS_ERR(b = gp_repr(t, i->step))) {
    GP_DECREF(a);
    return b;
  }
  GpValue r = unit ? gp_str_printf(t, "count(%s)", GP_STR(a)->data)
                   : gp_str_printf(t, "count(%s, %s)", GP_STR(a)->data, GP_STR(b)->data);
  GP_DECREF(a);
  GP_DECREF(b);
  return r;
}

static GpType count_type = {.ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
                            .name = "itertools.count",
                            .dealloc = it_dealloc,
                            .traverse = it_traverse,
                            .repr = count_repr,
                            .iter = gp_iter_self,
                            .next = count_next,
                            .call = count_new};

/* --------------------------------------------------------------- repeat */

static int repeat_next(GpThread *t, GpValue self, GpValue *out) {
  It *i = (It *)self.as.o;
  (void)t;
  if (i->cnt == 0) return 0;
  if (i->cnt > 0) i->cnt--;
  *out = i->fn;
  GP_INCREF(*out);
  return 1;
}

static GpType repeat_type;
static GpValue repeat_new(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"object", "times"};
  GpValue a[2];
  if (gp_parse_args(t, "repeat", args, nargs, kw, names, 2, 1, a) < 0) return GP_ERRV;
  int64_t n = -1;
  if (!GP_IS_ERR(a[1])) {
    if (gp_as_index(t, a[1], &n) < 0) return GP_ERRV;
    if (n < 0) n = 0;
  }
  It *i = it_alloc(t, &repeat_type);
  if (!i) return GP_ERRV;
  i->fn = a[0];
  GP_INCREF(i->fn);
  i->cnt = n;
  return gp_objv(&i->ob);
}
DEFTYPE(repeat_type, "itertools.repeat", repeat_next, repeat_new);

/* ---------------------------------------------------------------- cycle */

static int cycle_next(GpThread *t, GpValue self, GpValue *out) {
  It *i = (It *)self.as.o;
  if (i->state == 0) {
    int r = gp_next(t, i->it, out);
    if (r != 0) {
      if (r > 0 && gp_list_append(t, i->val.as.o, *out) < 0) {
        GP_DECREF(*out);
        return -1;
      }
      return r;
    }
    i->state = 1;
    i->pos = 0;
  }
  size_t n = gp_list_len(i->val.as.o);
  if (n == 0) return 0;
  if (i->pos >= n) i->pos = 0;
  return gp_list_item(i->val.as.o, i->pos++, out) ? 1 : 0;
}

static GpType cycle_type;
static GpValue cycle_new(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (no_kw(t, "cycle", kw) < 0 || gp_arg_count(t, "cycle", nargs, kw, 1, 1) < 0) return GP_ERRV;
  It *i = it_alloc(t, &cycle_type);
  if (!i) return GP_ERRV;
  i->it = gp_iter(t, args[0]);
  if (GP_IS_ERR(i->it)) return it_done(i, GP_ERRV);
  i->val = gp_list_new(t, 0);
  return it_done(i, i->val);
}
DEFTYPE(cycle_type, "itertools.cycle", cycle_next, cycle_new);

/* ---------------------------------------------------------------- chain */

/* pools: tuple of iterables (chain) or fn: an iterator of iterables. */
static int chain_next(GpThread *t, GpValue self, GpValue *out) {
  It *i = (It *)self.as.o;
  for (;;) {
    if (GP_IS_OBJ(i->it)) {
      int r = gp_next(t, i->it, out);
      if (r != 0) return r;
      GP_DECREF(i->it);
      i->it = GP_ERRV;
    }
    GpValue src;
    if (i->pools) {
      GpTuple *p = (GpTuple *)i->pools;
      if (i->pos >= p->len) return 0;
      src = p->items[i->pos++];
      GP_INCREF(src);
    } else {
      if (!GP_IS_OBJ(i->fn)) return 0;
      int r = gp_next(t, i->fn, &src);
      if (r <= 0) {
        GP_DECREF(i->fn);
        i->fn = GP_ERRV;
        return r;
      }
    }
    i->it = gp_iter(t, src);
    GP_DECREF(src);
    if (GP_IS_ERR(i->it)) return -1;
  }
}

static GpType chain_type;
static GpValue chain_new(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (no_kw(t, "chain", kw) < 0) return GP_ERRV;
  It *i = it_alloc(t, &chain_type);
  if (!i) return GP_ERRV;
  GpValue p = gp_tuple_pack(t, (size_t)nargs, args);
  if (!GP_IS_ERR(p)) i->pools = p.as.o;
  return it_done(i, p);
}

static GpValue chain_from_iterable(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "from_iterable", nargs, kw) < 0) return GP_ERRV;
  It *i = it_alloc(t, &chain_type);
  if (!i) return GP_ERRV;
  i->fn = gp_iter(t, args[0]);
  return it_done(i, i->fn);
}

static const GpMethodDef chain_statics[] = {{"from_iterable", chain_from_iterable}, {NULL, NULL}};
static const GpTypeOps chain_ops = {.statics = chain_statics};
static GpType chain_type = {.ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
                            .name = "itertools.chain",
                            .dealloc = it_dealloc,
                            .traverse = it_traverse,
                            .iter = gp_iter_self,
                            .next = chain_next,
                            .call = chain_new,
                            .ops = &chain_ops};

/* --------------------------------------------------------------- islice */

static int islice_next(GpThread *t, GpValue self, GpValue *out) {
  It *i = (It *)self.as.o;
  if (!GP_IS_OBJ(i->it)) return 0;
  GpValue v;
  while (i->cnt < i->next) {
    int r = gp_next(t, i->it, &v);
    if (r <= 0) goto stop;
    GP_DECREF(v);
    i->cnt++;
  }
  if (i->stop != -1 && i->cnt >= i->stop) goto stop;
  int r = gp_next(t, i->it, out);
  if (r <= 0) goto stop;
  i->cnt++;
  int64_t old = i->next;
  i->next += i->istep;
  if (i->next < old || (i->stop != -1 && i->next > i->stop)) i->next = i->stop;
  return 1;
stop:
  GP_DECREF(i->it);
  i->it = GP_ERRV;
  return t->exc.tag == GP_T_NONE ? 0 : -1;
}

static int islice_arg(GpThread *t, GpValue v, int64_t dflt, int64_t *out, const char *msg) {
  if (GP_IS_NONE(v)) {
    *out = dflt;
    return 0;
  }
  if ((v.tag == GP_T_INT || v.tag == GP_T_BOOL) && v.as.i >= 0) {
    *out = v.as.i;
    return 0;
  }
  gp_raise(t, &gp_exc_ValueError, "%s", msg);
  return -1;
}

static GpType islice_type;
static GpValue islice_new(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (no_kw(t, "islice", kw) < 0 || gp_arg_count(t, "islice", nargs, kw, 2, 4) < 0) return GP_ERRV;
  int64_t start = 0, stop = -1, step = 1;
  static const char *const idx =
      "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  if (nargs == 2) {
    if (islice_arg(t, args[1], -1, &stop,
                   "Stop argument for islice() must be None or an integer: 0 <= x <= "
                   "sys.maxsize.") < 0)
      return GP_ERRV;
  } else {
    if (islice_arg(t, args[1], 0, &start, idx) < 0 || islice_arg(t, args[2], -1, &stop, idx) < 0)
      return GP_ERRV;
    if (nargs == 4) {
      if (!GP_IS_NONE(args[3]) &&
          !((args[3].tag == GP_T_INT || args[3].tag == GP_T_BOOL) && args[3].as.i >= 1))
        return gp_raise(t, &gp_exc_ValueError,
                        "Step for islice() must be a positive integer or None.");
      if (!GP_IS_NONE(args[3])) step = args[3].as.i;
    }
  }
  It *i = it_alloc(t, &islice_type);
  if (!i) return GP_ERRV;
  i->next = start;
  i->stop = stop;
  i->istep = step;
  i->it = gp_iter(t, args[0]);
  return it_done(i, i->it);
}
DEFTYPE(islice_type, "itertools.islice", islice_next, islice_new);

/* ------------------------------------------------- product, combinatorics */

/* The input pools as a tuple of tuples. */
static GpObj *pools_of(GpThread *t, const GpValue *args, int n, int repeat) {
  GpValue p = gp_tuple_new(t, (size_t)n * (size_t)repeat);
  if (GP_IS_ERR(p)) return NULL;
  for (int k = 0; k < n; k++) {
    GpValue l = gp_list_from_iter(t, args[k]);
    if (GP_IS_ERR(l)) {
      GP_DECREF(p);
      return NULL;
    }
    GpValue tu = gp_tuple_pack(t, GP_LIST(l)->len, GP_LIST(l)->items);
    GP_DECREF(l);
    if (GP_IS_ERR(tu)) {
      GP_DECREF(p);
      return NULL;
    }
    for (int r = 0; r < repeat; r++) {
      GP_INCREF(tu);
      GP_TUPLE(p)->items[(size_t)r * (size_t)n + (size_t)k] = tu;
    }
    GP_DECREF(tu);
  }
  return p.as.o;
}

/* The tuple of pool items at the current indices (pool k for index k, or
** the single pool for all). */
static GpValue emit(GpThread *t, It *i, bool single) {
  GpValue r = gp_tuple_new(t, i->r);
  if (GP_IS_ERR(r)) return r;
  GpTuple *p = (GpTuple *)i->pools;
  for (size_t k = 0; k < i->r; k++) {
    GpTuple *pool = (GpTuple *)(single ? p->items[0] : p->items[k]).as.o;
    GpValue v = pool->items[i->idx[k]];
    GP_INCREF(v);
    GP_TUPLE(r)->items[k] = v;
  }
  return r;
}

static int product_next(GpThread *t, GpValue self, GpValue *out) {
  It *i = (It *)self.as.o;
  GpTuple *p = (GpTuple *)i->pools;
  if (i->state == 2) return 0;
  if (i->state == 0) {
    for (size_t k = 0; k < i->r; k++)
      if (GP_TUPLE(p->items[k])->len == 0) {
        i->state = 2;
        return 0;
      }
    i->state = 1;
  } else {
    size_t k = i->r;
    for (;;) {
      if (k == 0) {
        i->state = 2;
        return 0;
      }
      k--;
      if (++i->idx[k] < GP_TUPLE(p->items[k])->len) break;
      i->idx[k] = 0;
    }
  }
  *out = emit(t, i, false);
  return GP_IS_ERR(*out) ? -1 : 1;
}

static GpType product_type;
static GpValue product_new(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int nkw = nkw_of(kw), npos = nargs - nkw;
  int64_t repeat = 1;
  for (int k = 0; k < nkw; k++) {
    GpObj *name = GP_TUPLE(gp_objv(kw))->items[k].as.o;
    if (strcmp(((GpStr *)name)->data, "repeat") != 0)
      return gp_raise(t, &gp_exc_TypeError, "'%s' is an invalid keyword argument for product()",
                      ((GpStr *)name)->data);
    if (gp_as_index(t, args[npos + k], &repeat) < 0) return GP_ERRV;
    if (repeat < 0) return gp_raise(t, &gp_exc_ValueError, "repeat argument cannot be negative");
  }
  It *i = it_alloc(t, &product_type);
  if (!i) return GP_ERRV;
  i->pools = pools_of(t, args, npos, (int)repeat);
  if (!i->pools) return it_done(i, GP_ERRV);
  i->r = GP_TUPLE(gp_objv(i->pools))->len;
  i->idx = calloc(i->r + 1, sizeof *i->idx);
  if (!i->idx) return it_done(i, gp_raise_nomem(t));
  return gp_objv(&i->ob);
}
DEFTYPE(product_type, "itertools.product", product_next, product_new);

/* permutations: CPython's cycles algorithm. */
static int perm_next(GpThread *t, GpValue self, GpValue *out) {
  It *i = (It *)self.as.o;
  size_t n = i->n, r = i->r;
  if (i->state == 2) return 0;
  if (i->state == 0) {
    if (r > n) {
      i->state = 2;
      return 0;
    }
    i->state = 1;
  } else {
    if (n == 0) goto done;
    size_t k = r;
    for (;;) {
      if (k == 0) goto done;
      k--;
      if (--i->cyc[k] == 0) {
        size_t first = i->idx[k];
        memmove(&i->idx[k], &i->idx[k + 1], (n - k - 1) * sizeof *i->idx);
        i->idx[n - 1] = first;
        i->cyc[k] = n - k;
      } else {
        size_t j = i->cyc[k], tmp = i->idx[k];
        i->idx[k] = i->idx[n - j];
        i->idx[n - j] = tmp;
        break;
      }
    }
  }
  *out = emit(t, i, true);
  return GP_IS_ERR(*out) ? -1 : 1;
done:
  i->state = 2;
  return 0;
}

static int r_arg(GpThread *t, GpValue v, size_t dflt, size_t *out) {
  if (GP_IS_ERR(v) || GP_IS_NONE(v)) {
    *out = dflt;
    return 0;
  }
  int64_t r;
  if (gp_as_index(t, v, &r) < 0) return -1;
  if (r < 0) {
    gp_raise(t, &gp_exc_ValueError, "r must be non-negative");
    return -1;
  }
  *out = (size_t)r;
  return 0;
}

/* Shared setup: one pool, n, r, idx = 0..n-1. */
static GpValue comb_setup(GpThread *t, GpType *tp, GpValue iterable, GpValue rv, bool dflt_n) {
  It *i = it_alloc(t, tp);
  if (!i) return GP_ERRV;
  i->pools = pools_of(t, &iterable, 1, 1);
  if (!i->pools) return it_done(i, GP_ERRV);
  i->n = GP_TUPLE(GP_TUPLE(gp_objv(i->pools))->items[0])->len;
  if (r_arg(t, rv, dflt_n ? i->n : 0, &i->r) < 0) return it_done(i, GP_ERRV);
  size_t m = (i->n > i->r ? i->n : i->r) + 1;
  i->idx = calloc(m, sizeof *i->idx);
  i->cyc = calloc(m, sizeof *i->cyc);
  if (!i->idx || !i->cyc) return it_done(i, gp_raise_nomem(t));
  for (size_t k = 0; k < i->n; k++)
    i->idx[k] = k;
  for (size_t k = 0; k < i->r && k < i->n; k++)
    i->cyc[k] = i->n - k;
  return gp_objv(&i->ob);
}

static GpType perm_type;
static GpValue perm_new(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"iterable", "r"};
  GpValue a[2];
  if (gp_parse_args(t, "permutations", args, nargs, kw, names, 2, 1, a) < 0) return GP_ERRV;
  return comb_setup(t, &perm_type, a[0], a[1], true);
}
DEFTYPE(perm_type, "itertools.permutations", perm_next, perm_new);

/* combinations (cyc unused) and combinations_with_replacement (fn = True). */
static int comb_next(GpThread *t, GpValue self, GpValue *out) {
  It *i = (It *)self.as.o;
  size_t n = i->n, r = i->r;
  bool repl = GP_IS_BOOL(i->fn);
  if (i->state == 2) return 0;
  if (i->state == 0) {
    if (repl ? (n == 0 && r > 0) : r > n) goto done;
    if (repl)
      for (size_t k = 0; k < r; k++)
        i->idx[k] = 0;
    i->state = 1;
  } else {
    size_t k = r;
    for (;;) {
      if (k == 0) goto done;
      k--;
      if (repl ? i->idx[k] != n - 1 : i->idx[k] != k + n - r) break;
    }
    if (repl) {
      size_t v = i->idx[k] + 1;
      for (size_t j = k; j < r; j++)
        i->idx[j] = v;
    } else {
      i->idx[k]++;
      for (size_t j = k + 1; j < r; j++)
        i->idx[j] = i->idx[j - 1] + 1;
    }
  }
  *out = emit(t, i, true);
  return GP_IS_ERR(*out) ? -1 : 1;
done:
  i->state = 2;
  return 0;
}

static GpType comb_type, combr_type;
static GpValue comb_new(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"iterable", "r"};
  GpValue a[2];
  if (gp_parse_args(t, "combinations", args, nargs, kw, names, 2, 2, a) < 0) return GP_ERRV;
  return comb_setup(t, &comb_type, a[0], a[1], false);
}
static GpValue combr_new(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"iterable", "r"};
  GpValue a[2];
  if (gp_parse_args(t, "combinations_with_replacement", args, nargs, kw, names, 2, 2, a) < 0)
    return GP_ERRV;
  GpValue r = comb_setup(t, &combr_type, a[0], a[1], false);
  if (!GP_IS_ERR(r)) ((It *)r.as.o)->fn = gp_boolv(true);
  return r;
}
DEFTYPE(comb_type, "itertools.combinations", comb_next, comb_new);
DEFTYPE(combr_type, "itertools.combinations_with_replacement", comb_next, combr_new);

/* ----------------------------------------------------------- accumulate */

static int accumulate_next(GpThread *t, GpValue self, GpValue *out) {
  It *i = (It *)self.as.o;
  if (GP_IS_OBJ(i->extra) || i->extra.tag != GP_T_ERR) { /* initial, first */
    *out = i->extra;
    i->extra = GP_ERRV;
    i->val = *out;
    GP_INCREF(i->val);
    return 1;
  }
  GpValue v;
  int r = gp_next(t, i->it, &v);
  if (r <= 0) return r;
  if (i->val.tag == GP_T_ERR) {
    i->val = v;
    GP_INCREF(v);
    *out = v;
    return 1;
  }
  GpValue n;
  if (GP_IS_NONE(i->fn) || GP_IS_ERR(i->fn)) {
    n = gp_binop(t, GP_OP_ADD, i->val, v);
  } else {
    GpValue pair[2] = {i->val, v};
    n = gp_vm_call(t, i->fn, pair, 2, NULL);
  }
  GP_DECREF(v);
  if (GP_IS_ERR(n)) return -1;
  GP_DECREF(i->val);
  i->val = n;
  GP_INCREF(n);
  *out = n;
  return 1;
}

static GpType accumulate_type;
static GpValue accumulate_new(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"iterable", "func", "$initial"};
  GpValue a[3];
  if (gp_parse_args(t, "accumulate", args, nargs, kw, names, 3, 1, a) < 0) return GP_ERRV;
  It *i = it_alloc(t, &accumulate_type);
  if (!i) return GP_ERRV;
  i->fn = GP_IS_ERR(a[1]) ? GP_NONEV : a[1];
  GP_INCREF(i->fn);
  if (!GP_IS_ERR(a[2]) && !GP_IS_NONE(a[2])) {
    i->extra = a[2];
    GP_INCREF(i->extra);
  }
  i->it = gp_iter(t, a[0]);
  return it_done(i, i->it);
}
DEFTYPE(accumulate_type, "itertools.accumulate", accumulate_next, accumulate_new);

/* ---------------------------------------------------------- zip_longest */

static int zipl_next(GpThread *t, GpValue self, GpValue *out) {
  It *i = (It *)self.as.o;
  GpTuple *its = (GpTuple *)i->pools;
  if (i->state == 2 || its->len == 0) return 0;
  GpValue r = gp_tuple_new(t, its->len);
  if (GP_IS_ERR(r)) return -1;
  for (size_t k = 0; k < its->len; k++) {
    GpValue v = i->fn;
    if (GP_IS_OBJ(its->items[k])) {
      int e = gp_next(t, its->items[k], &v);
      if (e < 0) {
        GP_DECREF(r);
        return -1;
      }
      if (e == 0) {
        GP_DECREF(its->items[k]);
        its->items[k] = GP_NONEV;
        if (++i->pos == its->len) {
          i->state = 2;
          GP_DECREF(r);
          return 0;
        }
        v = i->fn;
        GP_INCREF(v);
      }
    } else {
      GP_INCREF(v);
    }
    GP_TUPLE(r)->items[k] = v;
  }
  *out = r;
  return 1;
}

static GpType zipl_type;
static GpValue zipl_new(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int nkw = nkw_of(kw), npos = nargs - nkw;
  GpValue fill = GP_NONEV;
  for (int k = 0; k < nkw; k++) {
    const char *s = GP_STR(GP_TUPLE(gp_objv(kw))->items[k])->data;
    if (strcmp(s, "fillvalue") != 0)
      return gp_raise(t, &gp_exc_TypeError, "zip_longest() got an unexpected keyword argument '%s'",
                      s);
    fill = args[npos + k];
  }
  It *i = it_alloc(t, &zipl_type);
  if (!i) return GP_ERRV;
  i->fn = fill;
  GP_INCREF(fill);
  GpValue its = gp_tuple_new(t, (size_t)npos);
  if (GP_IS_ERR(its)) return it_done(i, its);
  i->pools = its.as.o;
  for (int k = 0; k < npos; k++) {
    GpValue it = gp_iter(t, args[k]);
    if (GP_IS_ERR(it)) return it_done(i, it);
    GP_TUPLE(its)->items[k] = it;
  }
  return gp_objv(&i->ob);
}
DEFTYPE(zipl_type, "itertools.zip_longest", zipl_next, zipl_new);

/* -------------------------------------- starmap, takewhile, dropwhile, ... */

static int starmap_next(GpThread *t, GpValue self, GpValue *out) {
  It *i = (It *)self.as.o;
  GpValue v;
  int r = gp_next(t, i->it, &v);
  if (r <= 0) return r;
  GpValue l = gp_list_from_iter(t, v);
  GP_DECREF(v);
  if (GP_IS_ERR(l)) return -1;
  *out = gp_vm_call(t, i->fn, GP_LIST(l)->items, (int)GP_LIST(l)->len, NULL);
  GP_DECREF(l);
  return GP_IS_ERR(*out) ? -1 : 1;
}

/* pred(v) as 1, 0, -1 (filterfalse's None: truth of v) */
static int pred(GpThread *t, GpValue fn, GpValue v) {
  if (GP_IS_NONE(fn)) return gp_truthy(t, v);
  GpValue r = gp_vm_call(t, fn, &v, 1, NULL);
  if (GP_IS_ERR(r)) return -1;
  int b = gp_truthy(t, r);
  GP_DECREF(r);
  return b;
}

static int takewhile_next(GpThread *t, GpValue self, GpValue *out) {
  It *i = (It *)self.as.o;
  if (i->state == 2) return 0;
  GpValue v;
  int r = gp_next(t, i->it, &v);
  if (r <= 0) return r;
  int p = pred(t, i->fn, v);
  if (p > 0) {
    *out = v;
    return 1;
  }
  GP_DECREF(v);
  if (p == 0) i->state = 2;
  return p;
}

static int dropwhile_next(GpThread *t, GpValue self, GpValue *out) {
  It *i = (It *)self.as.o;
  for (;;) {
    GpValue v;
    int r = gp_next(t, i->it, &v);
    if (r <= 0) return r;
    if (i->state == 1) {
      *out = v;
      return 1;
    }
    int p = pred(t, i->fn, v);
    if (p == 0) {
      i->state = 1;
      *out = v;
      return 1;
    }
    GP_DECREF(v);
    if (p < 0) return -1;
  }
}

static int filterfalse_next(GpThread *t, GpValue self, GpValue *out) {
  It *i = (It *)self.as.o;
  for (;;) {
    GpValue v;
    int r = gp_next(t, i->it, &v);
    if (r <= 0) return r;
    int p = pred(t, i->fn, v);
    if (p == 0) {
      *out = v;
      return 1;
    }
    GP_DECREF(v);
    if (p < 0) return -1;
  }
}

static int pairwise_next(GpThread *t, GpValue self, GpValue *out) {
  It *i = (It *)self.as.o;
  GpValue v;
  if (!GP_IS_OBJ(i->it)) return 0;
  if (i->val.tag == GP_T_ERR) {
    int r = gp_next(t, i->it, &i->val);
    if (r <= 0) {
      i->val = GP_ERRV;
      return r;
    }
  }
  int r = gp_next(t, i->it, &v);
  if (r <= 0) return r;
  GpValue pair[2] = {i->val, v};
  *out = gp_tuple_pack(t, 2, pair);
  GP_DECREF(i->val);
  i->val = v;
  return GP_IS_ERR(*out) ? -1 : 1;
}

static int compress_next(GpThread *t, GpValue self, GpValue *out) {
  It *i = (It *)self.as.o;
  for (;;) {
    GpValue v, s;
    int r = gp_next(t, i->it, &v);
    if (r <= 0) return r;
    r = gp_next(t, i->extra, &s);
    if (r <= 0) {
      GP_DECREF(v);
      return r;
    }
    int b = gp_truthy(t, s);
    GP_DECREF(s);
    if (b > 0) {
      *out = v;
      return 1;
    }
    GP_DECREF(v);
    if (b < 0) return -1;
  }
}

/* (fn, iterable) constructors. */
static GpValue fn_iter_new(GpThread *t, GpType *tp, const char *name, const GpValue *args,
                           int nargs, GpObj *kw) {
  if (no_kw(t, name, kw) < 0 || gp_arg_count(t, name, nargs, kw, 2, 2) < 0) return GP_ERRV;
  It *i = it_alloc(t, tp);
  if (!i) return GP_ERRV;
  i->fn = args[0];
  GP_INCREF(i->fn);
  i->it = gp_iter(t, args[1]);
  return it_done(i, i->it);
}

#define FN_ITER(var, pyname, short, nextfn)                                                        \
  static GpType var;                                                                               \
  static GpValue var##_new(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {               \
    return fn_iter_new(t, &var, short, args, nargs, kw);                                           \
  }                                                                                                \
  DEFTYPE(var, pyname, nextfn, var##_new);
FN_ITER(starmap_type, "itertools.starmap", "starmap", starmap_next)
FN_ITER(takewhile_type, "itertools.takewhile", "takewhile", takewhile_next)
FN_ITER(dropwhile_type, "itertools.dropwhile", "dropwhile", dropwhile_next)
FN_ITER(filterfalse_type, "itertools.filterfalse", "filterfalse", filterfalse_next)

static GpType pairwise_type;
static GpValue pairwise_new(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (no_kw(t, "pairwise", kw) < 0 || gp_arg_count(t, "pairwise", nargs, kw, 1, 1) < 0)
    return GP_ERRV;
  It *i = it_alloc(t, &pairwise_type);
  if (!i) return GP_ERRV;
  i->it = gp_iter(t, args[0]);
  return it_done(i, i->it);
}
DEFTYPE(pairwise_type, "itertools.pairwise", pairwise_next, pairwise_new);

static GpType compress_type;
static GpValue compress_new(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"data", "selectors"};
  GpValue a[2];
  if (gp_parse_args(t, "compress", args, nargs, kw, names, 2, 2, a) < 0) return GP_ERRV;
  It *i = it_alloc(t, &compress_type);
  if (!i) return GP_ERRV;
  i->it = gp_iter(t, a[0]);
  if (GP_IS_ERR(i->it)) return it_done(i, i->it);
  i->extra = gp_iter(t, a[1]);
  return it_done(i, i->extra);
}
DEFTYPE(compress_type, "itertools.compress", compress_next, compress_new);

/* -------------------------------------------------------------- groupby */
/* The parent (groupby) holds: it, fn = key function, val = current value,
** step = current key, extra = target key; the _grouper holds the parent in
** `it` and its target key in `step`, and the parent points at its newest
** grouper through `pools` (a borrowed marker compared by address). */

static GpType grouper_type;

/* Advances the parent: val/step become the next value and its key. 1, 0, -1 */
static int gb_step(GpThread *t, It *g) {
  GpValue v;
  int r = gp_next(t, g->it, &v);
  if (r <= 0) return r;
  GpValue k = v;
  if (GP_IS_NONE(g->fn)) {
    GP_INCREF(k);
  } else {
    k = gp_vm_call(t, g->fn, &v, 1, NULL);
    if (GP_IS_ERR(k)) {
      GP_DECREF(v);
      return -1;
    }
  }
  GP_DECREF(g->val);
  GP_DECREF(g->step);
  g->val = v;
  g->step = k;
  return 1;
}

static int groupby_next(GpThread *t, GpValue self, GpValue *out) {
  It *g = (It *)self.as.o;
  g->pools = NULL; /* older groupers are exhausted */
  for (;;) {       /* skip to the next group */
    if (g->step.tag != GP_T_ERR) {
      if (g->extra.tag == GP_T_ERR) break;
      int e = gp_eq(t, g->extra, g->step);
      if (e < 0) return -1;
      if (!e) break;
    }
    int r = gb_step(t, g);
    if (r <= 0) return r;
  }
  GP_DECREF(g->extra);
  g->extra = g->step;
  GP_INCREF(g->extra);
  It *gr = it_alloc(t, &grouper_type);
  if (!gr) return -1;
  gr->it = self;
  GP_INCREF(self);
  gr->step = g->step;
  GP_INCREF(gr->step);
  g->pools = &gr->ob;
  GpValue pair[2] = {g->step, gp_objv(&gr->ob)};
  *out = gp_tuple_pack(t, 2, pair);
  GP_DECREF(pair[1]);
  return GP_IS_ERR(*out) ? -1 : 1;
}

static int grouper_next(GpThread *t, GpValue self, GpValue *out) {
  It *gr = (It *)self.as.o;
  It *g = (It *)gr->it.as.o;
  if (g->pools != &gr->ob) return 0;
  if (g->val.tag == GP_T_ERR) {
    int r = gb_step(t, g);
    if (r <= 0) return r;
  }
  int e = gp_eq(t, gr->step, g->step);
  if (e <= 0) return e;
  *out = g->val;
  g->val = GP_ERRV;
  return 1;
}

static void groupby_dealloc(GpObj *o) {
  ((It *)o)->pools = NULL; /* borrowed */
  it_dealloc(o);
}

static GpValue groupby_new(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"iterable", "key"};
  GpValue a[2];
  if (gp_parse_args(t, "groupby", args, nargs, kw, names, 2, 1, a) < 0) return GP_ERRV;
  It *i = it_alloc(t, &groupby_type);
  if (!i) return GP_ERRV;
  i->fn = GP_IS_ERR(a[1]) ? GP_NONEV : a[1];
  GP_INCREF(i->fn);
  i->it = gp_iter(t, a[0]);
  return it_done(i, i->it);
}

static GpType groupby_type = {.ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
                              .name = "itertools.groupby",
                              .dealloc = groupby_dealloc,
                              .traverse = it_traverse,
                              .iter = gp_iter_self,
                              .next = groupby_next,
                              .call = groupby_new};
static GpType grouper_type = {.ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
                              .name = "itertools._grouper",
                              .dealloc = it_dealloc,
                              .traverse = it_traverse,
                              .iter = gp_iter_self,
                              .next = grouper_next};

/* ------------------------------------------------------------------ tee */

static GpValue tee_fn(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  /* tee(it, n): n independent iterators; here over a materialized list */
  if (gp_arg_count(t, "tee", nargs, kw, 1, 2) < 0) return GP_ERRV;
  int64_t n = 2;
  if (nargs == 2 && gp_as_index(t, args[1], &n) < 0) return GP_ERRV;
  if (n < 0) return gp_raise(t, &gp_exc_ValueError, "n must be >= 0");
  GpValue l = gp_list_from_iter(t, args[0]);
  if (GP_IS_ERR(l)) return l;
  GpValue r = gp_tuple_new(t, (size_t)n);
  for (int64_t k = 0; k < n && !GP_IS_ERR(r); k++) {
    GpValue it = gp_iter(t, l);
    if (GP_IS_ERR(it)) {
      GP_DECREF(r);
      r = it;
      break;
    }
    GP_TUPLE(r)->items[k] = it;
  }
  GP_DECREF(l);
  return r;
}

static const GpMethodDef itertools_fns[] = {{"tee", tee_fn}, {NULL, NULL}};

int gp_open_itertools(GpThread *t, GpObj *d) {
  static GpType *const types[] = {
      &count_type,
      &repeat_type,
      &cycle_type,
      &chain_type,
      &islice_type,
      &product_type,
      &perm_type,
      &comb_type,
      &combr_type,
      &accumulate_type,
      &zipl_type,
      &starmap_type,
      &takewhile_type,
      &dropwhile_type,
      &filterfalse_type,
      &pairwise_type,
      &compress_type,
      &groupby_type,
      NULL,
  };
  for (GpType *const *tp = types; *tp; tp++)
    if (gp_module_set(t, d, strchr((*tp)->name, '.') + 1, gp_objv(&(*tp)->ob)) < 0) return -1;
  return gp_module_add_functions(t, d, itertools_fns);
}
