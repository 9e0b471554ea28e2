/*
** functoolsmod.c — the functools and operator modules. Their callable
** objects (partial, lru_cache wrappers, cmp_to_key keys, itemgetter,
** attrgetter, methodcaller) are types with a GpTypeOps.call slot, with
** CPython's reprs and argument rules. Decorators are applied by calling
** (f = lru_cache(maxsize=None)(f)), which is what `@` does.
*/
#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "numproto.h"
#include "obj.h"
#include "vm.h"

#define TYPE_HEAD                                                                                  \
  { .rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type }

static int nkw_of(GpObj *kw) {
  return kw ? (int)GP_TUPLE(gp_objv(kw))->len : 0;
}

/* Calls fn with pre[0..npre) then args (with their keywords). */
static GpValue call_prepend(GpThread *t, GpValue fn, const GpValue *pre, int npre,
                            const GpValue *args, int nargs, GpObj *kw) {
  GpValue small[16], *a = npre + nargs <= 16 ? small : malloc((size_t)(npre + nargs) * sizeof *a);
  if (!a) return gp_raise_nomem(t);
  for (int i = 0; i < npre; i++)
    a[i] = pre[i];
  for (int i = 0; i < nargs; i++)
    a[npre + i] = args[i];
  GpValue r = gp_vm_call(t, fn, a, npre + nargs, kw);
  if (a != small) free(a);
  return r;
}

/* ------------------------------------------------------------- reduce */

static GpValue ft_reduce(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "reduce", nargs, kw, 2, 3) < 0) return GP_ERRV;
  GpValue it = gp_iter(t, args[1]), acc = GP_ERRV, v;
  if (GP_IS_ERR(it)) {
    if (gp_exc_matches(t->exc, &gp_exc_TypeError)) {
      GP_DECREF(t->exc);
      t->exc = GP_NONEV;
      return gp_raise(t, &gp_exc_TypeError, "reduce() arg 2 must support iteration");
    }
    return it;
  }
  if (nargs == 3) {
    acc = args[2];
    GP_INCREF(acc);
  }
  int r;
  while ((r = gp_next(t, it, &v)) > 0) {
    if (GP_IS_ERR(acc)) {
      acc = v;
      continue;
    }
    GpValue pair[2] = {acc, v};
    GpValue n = gp_vm_call(t, args[0], pair, 2, NULL);
    GP_DECREF(acc);
    GP_DECREF(v);
    acc = n;
    if (GP_IS_ERR(n)) {
      r = -1;
      break;
    }
  }
  GP_DECREF(it);
  if (r < 0) {
    if (!GP_IS_ERR(acc)) GP_DECREF(acc);
    return GP_ERRV;
  }
  if (GP_IS_ERR(acc))
    return gp_raise(t, &gp_exc_TypeError, "reduce() of empty iterable with no initial value");
  return acc;
}

/* ------------------------------------------------------------- partial */

typedef struct Partial {
  GpObj ob;
  GpValue fn;
  GpObj *args;   /* tuple */
  GpObj *kwargs; /* dict */
} Partial;

static void partial_dealloc(GpObj *o) {
  Partial *p = (Partial *)o;
  GP_DECREF(p->fn);
  if (p->args) gp_decref_o(p->args);
  if (p->kwargs) gp_decref_o(p->kwargs);
}

/* No clears here: fn, args and the wrappers below never change, and their
** dicts (kwargs, cache) clear themselves. */
static int partial_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  Partial *p = (Partial *)o;
  GP_VISIT(p->fn, visit, arg);
  int r = p->args ? visit(p->args, arg) : 0;
  return !r && p->kwargs ? visit(p->kwargs, arg) : r;
}

static GpValue partial_call(GpThread *t, GpValue self, const GpValue *args, int nargs, GpObj *kw) {
  Partial *p = (Partial *)self.as.o;
  GpTuple *pa = (GpTuple *)p->args;
  int nkw = nkw_of(kw), npos = nargs - nkw;
  if (gp_dict_len(p->kwargs) == 0)
    return call_prepend(t, p->fn, pa->items, (int)pa->len, args, nargs, kw);
  /* keywords: the partial's, updated by the call's */
  GpValue d = gp_dict_copy(t, p->kwargs);
  if (GP_IS_ERR(d)) return d;
  for (int i = 0; i < nkw; i++)
    if (gp_dict_set(t, d.as.o, GP_TUPLE(gp_objv(kw))->items[i], args[npos + i]) < 0) {
      GP_DECREF(d);
      return GP_ERRV;
    }
  size_t nk = gp_dict_len(d.as.o), total = pa->len + (size_t)npos + nk;
  GpValue *a = malloc(total * sizeof *a), names = gp_tuple_new(t, nk), r = GP_ERRV;
  if (!a || GP_IS_ERR(names)) {
    free(a);
    GP_DECREF(d);
    if (!GP_IS_ERR(names)) GP_DECREF(names);
    return gp_raise_nomem(t);
  }
  size_t n = 0;
  for (size_t i = 0; i < pa->len; i++)
    a[n++] = pa->items[i];
  for (int i = 0; i < npos; i++)
    a[n++] = args[i];
  GpValue k, v;
  size_t j = 0;
  for (size_t i = 0; gp_dict_next(d.as.o, &i, &k, &v);) {
    GP_INCREF(k);
    GP_TUPLE(names)->items[j++] = k;
    a[n++] = v;
  }
  r = gp_vm_call(t, p->fn, a, (int)n, names.as.o);
  free(a);
  GP_DECREF(names);
  GP_DECREF(d);
  return r;
}

static GpValue partial_repr(GpThread *t, GpValue self) {
  Partial *p = (Partial *)self.as.o;
  GpBuf b;
  gp_buf_init(&b);
  gp_buf_puts(&b, "functools.partial(");
  int r = gp_buf_repr(t, &b, p->fn);
  GpTuple *pa = (GpTuple *)p->args;
  for (size_t i = 0; r == 0 && i < pa->len; i++) {
    gp_buf_puts(&b, ", ");
    r = gp_buf_repr(t, &b, pa->items[i]);
  }
  GpValue k, v;
  for (size_t i = 0; r == 0 && gp_dict_next(p->kwargs, &i, &k, &v);) {
    gp_buf_puts(&b, ", ");
    gp_buf_putstr(&b, k);
    gp_buf_putc(&b, '=');
    r = gp_buf_repr(t, &b, v);
  }
  if (r < 0) {
    gp_buf_free(&b);
    return GP_ERRV;
  }
  gp_buf_putc(&b, ')');
  return gp_buf_finish(t, &b);
}

static GpValue partial_getattr(GpThread *t, GpValue self, GpObj *name) {
  Partial *p = (Partial *)self.as.o;
  const char *s = ((GpStr *)name)->data;
  GpValue v = GP_ERRV;
  if (strcmp(s, "func") == 0) v = p->fn;
  if (strcmp(s, "args") == 0) v = gp_objv(p->args);
  if (strcmp(s, "keywords") == 0) v = gp_objv(p->kwargs);
  (void)t;
  GP_INCREF(v);
  return v;
}

static const GpTypeOps partial_ops = {.call = partial_call};
static GpType partial_type;

static GpValue partial_new(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int nkw = nkw_of(kw), npos = nargs - nkw;
  if (npos < 1) return gp_raise(t, &gp_exc_TypeError, "type 'partial' takes at least one argument");
  GpValue fn = args[0];
  const GpValue *pre = args + 1;
  int npre = npos - 1;
  GpValue base_kw = GP_ERRV;
  if (GP_IS_TYPE(fn, partial_type)) { /* flatten partial(partial(f, a), b) */
    Partial *q = (Partial *)fn.as.o;
    fn = q->fn;
    base_kw = gp_objv(q->kwargs);
    GpValue all = gp_tuple_new(t, ((GpTuple *)q->args)->len + (size_t)npre);
    if (GP_IS_ERR(all)) return all;
    GpTuple *qa = (GpTuple *)q->args;
    gp_copy_items(GP_TUPLE(all)->items, qa->items, qa->len);
    gp_copy_items(GP_TUPLE(all)->items + qa->len, pre, (size_t)npre);
    Partial *p = (Partial *)gp_alloc(t, &partial_type, sizeof(Partial));
    GpValue d = gp_dict_copy(t, base_kw.as.o);
    if (!p || GP_IS_ERR(d)) {
      GP_DECREF(all);
      if (p) gp_decref_o(&p->ob);
      return GP_ERRV;
    }
    GP_INCREF(fn);
    p->fn = fn;
    p->args = all.as.o;
    p->kwargs = d.as.o;
    for (int i = 0; i < nkw; i++)
      if (gp_dict_set(t, d.as.o, GP_TUPLE(gp_objv(kw))->items[i], args[npos + i]) < 0) {
        gp_decref_o(&p->ob);
        return GP_ERRV;
      }
    return gp_objv(&p->ob);
  }
  if (!gp_is_callable(fn))
    return gp_raise(t, &gp_exc_TypeError, "the first argument must be callable");
  Partial *p = (Partial *)gp_alloc(t, &partial_type, sizeof(Partial));
  if (!p) return gp_raise_nomem(t);
  GP_INCREF(fn);
  p->fn = fn;
  GpValue a = gp_tuple_pack(t, (size_t)npre, pre), d = gp_dict_new(t);
  p->args = GP_IS_ERR(a) ? NULL : a.as.o;
  p->kwargs = GP_IS_ERR(d) ? NULL : d.as.o;
  if (!p->args || !p->kwargs) {
    gp_decref_o(&p->ob);
    return GP_ERRV;
  }
  for (int i = 0; i < nkw; i++)
    if (gp_dict_set(t, d.as.o, GP_TUPLE(gp_objv(kw))->items[i], args[npos + i]) < 0) {
      gp_decref_o(&p->ob);
      return GP_ERRV;
    }
  return gp_objv(&p->ob);
}

static GpType partial_type = {
    .ob = TYPE_HEAD,
    .name = "partial",
    .module = "functools",
    .dealloc = partial_dealloc,
    .traverse = partial_traverse,
    .repr = partial_repr,
    .call = partial_new,
    .getattr = partial_getattr,
    .ops = &partial_ops,
};

/* ------------------------------------------------------------ lru_cache */

typedef struct CacheInfo {
  GpObj ob;
  int64_t hits, misses, currsize;
  GpValue maxsize;
} CacheInfo;

static GpValue cacheinfo_repr(GpThread *t, GpValue self) {
  CacheInfo *c = (CacheInfo *)self.as.o;
  GpValue m = gp_repr(t, c->maxsize);
  if (GP_IS_ERR(m)) return m;
  GpValue r = gp_str_printf(t, "CacheInfo(hits=%lld, misses=%lld, maxsize=%s, currsize=%lld)",
                            (long long)c->hits, (long long)c->misses, GP_STR(m)->data,
                            (long long)c->currsize);
  GP_DECREF(m);
  return r;
}

static GpValue cacheinfo_getattr(GpThread *t, GpValue self, GpObj *name) {
  CacheInfo *c = (CacheInfo *)self.as.o;
  const char *s = ((GpStr *)name)->data;
  (void)t;
  if (strcmp(s, "hits") == 0) return gp_intv(c->hits);
  if (strcmp(s, "misses") == 0) return gp_intv(c->misses);
  if (strcmp(s, "currsize") == 0) return gp_intv(c->currsize);
  if (strcmp(s, "maxsize") == 0) return c->maxsize;
  return GP_ERRV;
}

static GpType cacheinfo_type = {
    .ob = TYPE_HEAD,
    .name = "CacheInfo",
    .module = "functools",
    .repr = cacheinfo_repr,
    .getattr = cacheinfo_getattr,
};

typedef struct LruWrapper {
  GpObj ob;
  GpValue fn;
  int64_t maxsize; /* -1: unbounded */
  int64_t hits, misses;
  GpObj *cache; /* dict key -> result, least recently used first */
} LruWrapper;

static GpType lru_type;

static void lru_dealloc(GpObj *o) {
  LruWrapper *w = (LruWrapper *)o;
  GP_DECREF(w->fn);
  if (w->cache) gp_decref_o(w->cache);
}

static int lru_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  LruWrapper *w = (LruWrapper *)o;
  GP_VISIT(w->fn, visit, arg);
  return w->cache ? visit(w->cache, arg) : 0;
}

/* The cache key: the positional args, then a marker and the keyword pairs. */
static GpValue make_key(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int nkw = nkw_of(kw), npos = nargs - nkw;
  GpValue key = gp_tuple_new(t, (size_t)(npos + (nkw ? 1 + 2 * nkw : 0)));
  if (GP_IS_ERR(key)) return key;
  GpValue *it = GP_TUPLE(key)->items;
  gp_copy_items(it, args, (size_t)npos);
  if (nkw) {
    it[npos] = gp_objv(&lru_type.ob); /* the marker: immortal, never an argument */
    for (int i = 0; i < nkw; i++) {
      GpValue k = GP_TUPLE(gp_objv(kw))->items[i], v = args[npos + i];
      GP_INCREF(k);
      GP_INCREF(v);
      it[npos + 1 + 2 * i] = k;
      it[npos + 2 + 2 * i] = v;
    }
  }
  return key;
}

static GpValue lru_call(GpThread *t, GpValue self, const GpValue *args, int nargs, GpObj *kw) {
  LruWrapper *w = (LruWrapper *)self.as.o;
  if (w->maxsize == 0) {
    w->misses++;
    return gp_vm_call(t, w->fn, args, nargs, kw);
  }
  GpValue key = make_key(t, args, nargs, kw), v;
  if (GP_IS_ERR(key)) return key;
  int r = gp_dict_getref(t, w->cache, key, &v);
  if (r != 0) {
    if (r > 0) {
      w->hits++;
      if (w->maxsize > 0) { /* most recently used: move to the end */
        r = gp_dict_del(t, w->cache, key);
        if (r >= 0) r = gp_dict_set(t, w->cache, key, v);
        if (r < 0) {
          GP_DECREF(v);
          v = GP_ERRV;
        }
      }
    } else {
      v = GP_ERRV;
    }
    GP_DECREF(key);
    return v;
  }
  w->misses++;
  v = gp_vm_call(t, w->fn, args, nargs, kw);
  if (!GP_IS_ERR(v)) {
    if (gp_dict_set(t, w->cache, key, v) < 0) {
      GP_DECREF(v);
      v = GP_ERRV;
    } else if (w->maxsize > 0 && (int64_t)gp_dict_len(w->cache) > w->maxsize) {
      GpValue oldest, ov;
      size_t i = 0;
      if (gp_dict_next(w->cache, &i, &oldest, &ov)) {
        GP_INCREF(oldest);
        if (gp_dict_del(t, w->cache, oldest) < 0) {
          GP_DECREF(v);
          v = GP_ERRV;
        }
        GP_DECREF(oldest);
      }
    }
  }
  GP_DECREF(key);
  return v;
}

static GpValue lru_cache_info(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "cache_info", nargs - 1, kw) < 0) return GP_ERRV;
  LruWrapper *w = (LruWrapper *)args[0].as.o;
  CacheInfo *c = (CacheInfo *)gp_alloc(t, &cacheinfo_type, sizeof(CacheInfo));
  if (!c) return gp_raise_nomem(t);
  c->hits = w->hits;
  c->misses = w->misses;
  c->currsize = (int64_t)gp_dict_len(w->cache);
  c->maxsize = w->maxsize < 0 ? GP_NONEV : gp_intv(w->maxsize);
  return gp_objv(&c->ob);
}

static GpValue lru_cache_clear(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "cache_clear", nargs - 1, kw) < 0) return GP_ERRV;
  LruWrapper *w = (LruWrapper *)args[0].as.o;
  GpValue d = gp_dict_new(t);
  if (GP_IS_ERR(d)) return d;
  gp_decref_o(w->cache);
  w->cache = d.as.o;
  w->hits = w->misses = 0;
  return GP_NONEV;
}

static GpValue lru_getattr(GpThread *t, GpValue self, GpObj *name) {
  LruWrapper *w = (LruWrapper *)self.as.o;
  const char *s = ((GpStr *)name)->data;
  if (strcmp(s, "__wrapped__") == 0) {
    GP_INCREF(w->fn);
    return w->fn;
  }
  if (strcmp(s, "__name__") == 0 || strcmp(s, "__qualname__") == 0)
    return gp_getattr(t, w->fn, name);
  return GP_ERRV;
}

static GpValue lru_repr(GpThread *t, GpValue self) {
  return gp_str_printf(t, "<functools._lru_cache_wrapper object at %p>", (void *)self.as.o);
}

static const GpMethodDef lru_methods[] = {
    {"cache_info", lru_cache_info},
    {"cache_clear", lru_cache_clear},
    {NULL, NULL},
};
static const GpTypeOps lru_ops = {.call = lru_call};
static GpType lru_type = {
    .ob = TYPE_HEAD,
    .name = "functools._lru_cache_wrapper",
    .dealloc = lru_dealloc,
    .traverse = lru_traverse,
    .repr = lru_repr,
    .getattr = lru_getattr,
    .methods = lru_methods,
    .ops = &lru_ops,
};

static bool is_callable(GpValue v) {
  const GpType *tp = gp_typeof(v);
  return tp == &gp_type_native || tp == &gp_type_function || tp == &gp_type_type ||
         (tp->ops && tp->ops->call);
}

static GpValue lru_wrap(GpThread *t, GpValue fn, int64_t maxsize) {
  LruWrapper *w = (LruWrapper *)gp_alloc(t, &lru_type, sizeof(LruWrapper));
  if (!w) return gp_raise_nomem(t);
  GP_INCREF(fn);
  w->fn = fn;
  w->maxsize = maxsize;
  GpValue d = gp_dict_new(t);
  if (GP_IS_ERR(d)) {
    gp_decref_o(&w->ob);
    return d;
  }
  w->cache = d.as.o;
  return gp_objv(&w->ob);
}

/* The decorator lru_cache(maxsize) returns: bound to the maxsize. */
static GpValue lru_decorating(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "decorating_function", nargs - 1, kw) < 0) return GP_ERRV;
  return lru_wrap(t, args[1], args[0].as.i);
}

static GpValue ft_lru_cache(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"maxsize", "typed"};
  GpValue a[2];
  if (gp_parse_args(t, "lru_cache", args, nargs, kw, names, 2, 0, a) < 0) return GP_ERRV;
  int64_t maxsize = 128;
  if (!GP_IS_ERR(a[0])) {
    if (nkw_of(kw) == 0 && is_callable(a[0])) return lru_wrap(t, a[0], 128);
    if (GP_IS_NONE(a[0])) {
      maxsize = -1;
    } else if (a[0].tag == GP_T_INT || a[0].tag == GP_T_BOOL) {
      maxsize = a[0].as.i < 0 ? 0 : a[0].as.i;
    } else {
      return gp_raise(t, &gp_exc_TypeError,
                      "Expected first argument to be an integer, a callable, or None");
    }
  }
  return gp_native_bind(t, "decorating_function", lru_decorating, gp_intv(maxsize));
}

static GpValue ft_cache(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "cache", nargs, kw) < 0) return GP_ERRV;
  return lru_wrap(t, args[0], -1);
}

/* wrapper.name = wrapped.name, or nothing when wrapped lacks it; the
** __dict__ is merged instead of replaced, as CPython's WRAPPER_UPDATES. */
static int copy_attr(GpThread *t, GpValue wrapper, GpValue wrapped, const char *s) {
  GpObj *name = gp_intern_cstr(s);
  GpValue v = gp_getattr(t, wrapped, name);
  if (GP_IS_ERR(v)) {
    if (!gp_exc_matches(t->exc, &gp_exc_AttributeError)) return -1;
    GP_DECREF(t->exc);
    t->exc = GP_NONEV;
    return 0;
  }
  int rc;
  if (strcmp(s, "__dict__") == 0) {
    GpValue d = gp_getattr(t, wrapper, name);
    rc = GP_IS_ERR(d) ? -1 : gp_dict_update(t, d.as.o, v);
    GP_DECREF(d);
  } else {
    rc = gp_setattr(t, wrapper, name, v);
  }
  GP_DECREF(v);
  return rc;
}

/* update_wrapper's work, as CPython's, so that a decorated function keeps
** its name: the naming attributes and __dict__, then __wrapped__. */
static int update_wrapper(GpThread *t, GpValue wrapper, GpValue wrapped) {
  static const char *const names[] = {"__module__", "__name__",        "__qualname__",
                                      "__doc__",    "__annotations__", "__dict__"};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++)
    if (copy_attr(t, wrapper, wrapped, names[i]) < 0) return -1;
  return gp_setattr(t, wrapper, gp_intern_cstr("__wrapped__"), wrapped);
}

/* wraps(wrapped)(wrapper) -> wrapper, updated. */
static GpValue wraps_apply(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "decorator", nargs - 1, kw) < 0) return GP_ERRV;
  if (update_wrapper(t, args[1], args[0]) < 0) return GP_ERRV;
  GP_INCREF(args[1]);
  return args[1];
}

static GpValue ft_wraps(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (nargs - nkw_of(kw) < 1)
    return gp_raise(t, &gp_exc_TypeError,
                    "wraps() missing 1 required positional argument: 'wrapped'");
  return gp_native_bind(t, "decorator", wraps_apply, args[0]);
}

static GpValue ft_update_wrapper(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (nargs - nkw_of(kw) < 2)
    return gp_raise(t, &gp_exc_TypeError, "update_wrapper() missing required arguments");
  if (update_wrapper(t, args[0], args[1]) < 0) return GP_ERRV;
  GP_INCREF(args[0]);
  return args[0];
}

/* ----------------------------------------------------------- cmp_to_key */

typedef struct CmpKey {
  GpObj ob;
  GpValue cmp, obj;
} CmpKey;

static GpType cmpkey_type;

static void cmpkey_dealloc(GpObj *o) {
  GP_DECREF(((CmpKey *)o)->cmp);
  GP_DECREF(((CmpKey *)o)->obj);
}

static int cmpkey_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GP_VISIT(((CmpKey *)o)->cmp, visit, arg);
  GP_VISIT(((CmpKey *)o)->obj, visit, arg);
  return 0;
}

static GpValue cmpkey_compare(GpThread *t, GpCmpOp op, GpValue a, GpValue b) {
  if (!GP_IS_TYPE(a, cmpkey_type) || !GP_IS_TYPE(b, cmpkey_type)) return GP_ERRV;
  CmpKey *x = (CmpKey *)a.as.o, *y = (CmpKey *)b.as.o;
  GpValue pair[2] = {x->obj, y->obj};
  GpValue r = gp_vm_call(t, x->cmp, pair, 2, NULL);
  if (GP_IS_ERR(r)) return r;
  GpValue res = gp_compare(t, op, r, gp_intv(0));
  GP_DECREF(r);
  return res;
}

static GpValue cmpkey_call(GpThread *t, GpValue self, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "K", nargs, kw, 1, 1) < 0) return GP_ERRV;
  CmpKey *k = (CmpKey *)gp_alloc(t, &cmpkey_type, sizeof(CmpKey));
  if (!k) return gp_raise_nomem(t);
  k->cmp = ((CmpKey *)self.as.o)->cmp;
  GP_INCREF(k->cmp);
  k->obj = args[0];
  GP_INCREF(k->obj);
  return gp_objv(&k->ob);
}

static const GpTypeOps cmpkey_ops = {.compare = cmpkey_compare, .call = cmpkey_call};
static GpType cmpkey_type = {
    .ob = TYPE_HEAD,
    .name = "functools.KeyWrapper",
    .dealloc = cmpkey_dealloc,
    .traverse = cmpkey_traverse,
    .ops = &cmpkey_ops,
};

static GpValue ft_cmp_to_key(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"mycmp"};
  GpValue a[1];
  if (gp_parse_args(t, "cmp_to_key", args, nargs, kw, names, 1, 1, a) < 0) return GP_ERRV;
  CmpKey *k = (CmpKey *)gp_alloc(t, &cmpkey_type, sizeof(CmpKey));
  if (!k) return gp_raise_nomem(t);
  k->cmp = a[0];
  GP_INCREF(k->cmp);
  k->obj = GP_NONEV;
  return gp_objv(&k->ob);
}

static const GpMethodDef functools_fns[] = {
    {"reduce", ft_reduce}, {"lru_cache", ft_lru_cache},           {"cache", ft_cache},
    {"wraps", ft_wraps},   {"update_wrapper", ft_update_wrapper}, {"cmp_to_key", ft_cmp_to_key},
    {NULL, NULL},
};

int gp_functools_py_open(GpThread *t, GpObj *d); /* functools_py.c */

int gp_open_functools(GpThread *t, GpObj *d) {
  if (gp_module_add_functions(t, d, functools_fns) < 0 || gp_functools_py_open(t, d) < 0) return -1;
  return gp_module_set(t, d, "partial", gp_objv(&partial_type.ob));
}

/* ------------------------------------------------------------- operator */

#define BINOP(name, op)                                                                            \
  static GpValue op_##name(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {               \
    if (gp_arg_count(t, #name, nargs, kw, 2, 2) < 0) return GP_ERRV;                               \
    return gp_binop(t, op, args[0], args[1]);                                                      \
  }
BINOP(add, GP_OP_ADD)
BINOP(sub, GP_OP_SUB)
BINOP(mul, GP_OP_MUL)
BINOP(truediv, GP_OP_TRUEDIV)
BINOP(floordiv, GP_OP_FLOORDIV)
BINOP(mod, GP_OP_MOD)
BINOP(pow, GP_OP_POW)
BINOP(lshift, GP_OP_LSHIFT)
BINOP(rshift, GP_OP_RSHIFT)
BINOP(and_, GP_OP_AND)
BINOP(or_, GP_OP_OR)
BINOP(xor, GP_OP_XOR)
BINOP(matmul, GP_OP_MATMUL)

#define IBINOP(name, op)                                                                           \
  static GpValue op_##name(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {               \
    if (gp_arg_count(t, #name, nargs, kw, 2, 2) < 0) return GP_ERRV;                               \
    return gp_inplace_binop(t, op, args[0], args[1]);                                              \
  }
IBINOP(iadd, GP_OP_ADD)
IBINOP(isub, GP_OP_SUB)
IBINOP(imul, GP_OP_MUL)
IBINOP(itruediv, GP_OP_TRUEDIV)
IBINOP(ifloordiv, GP_OP_FLOORDIV)
IBINOP(imod, GP_OP_MOD)
IBINOP(iand, GP_OP_AND)
IBINOP(ior, GP_OP_OR)
IBINOP(ixor, GP_OP_XOR)
IBINOP(imatmul, GP_OP_MATMUL)

#define CMPOP(name, op)                                                                            \
  static GpValue op_##name(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {               \
    if (gp_arg_count(t, #name, nargs, kw, 2, 2) < 0) return GP_ERRV;                               \
    return gp_compare(t, op, args[0], args[1]);                                                    \
  }
CMPOP(lt, GP_CMP_LT)
CMPOP(le, GP_CMP_LE)
CMPOP(eq, GP_CMP_EQ)
CMPOP(ne, GP_CMP_NE)
CMPOP(gt, GP_CMP_GT)
CMPOP(ge, GP_CMP_GE)

#define UNOP(name, op)                                                                             \
  static GpValue op_##name(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {               \
    if (gp_arg_one(t, #name, nargs, kw) < 0) return GP_ERRV;                                       \
    return gp_unop(t, op, args[0]);                                                                \
  }
UNOP(neg, GP_UN_NEG)
UNOP(pos, GP_UN_POS)
UNOP(invert, GP_UN_INVERT)

static GpValue op_concat(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "concat", nargs, kw, 2, 2) < 0) return GP_ERRV;
  const GpType *tp = gp_typeof(args[0]);
  if (tp != &gp_type_list && tp != &gp_type_tuple && tp != &gp_type_str)
    return gp_raise(t, &gp_exc_TypeError, "'%s' object can't be concatenated", tp->name);
  return gp_binop(t, GP_OP_ADD, args[0], args[1]);
}

static GpValue op_not_(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "not_", nargs, kw) < 0) return GP_ERRV;
  int r = gp_truthy(t, args[0]);
  return r < 0 ? GP_ERRV : gp_boolv(!r);
}

static GpValue op_truth(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "truth", nargs, kw) < 0) return GP_ERRV;
  int r = gp_truthy(t, args[0]);
  return r < 0 ? GP_ERRV : gp_boolv(r);
}

static GpValue op_abs(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "abs", nargs, kw) < 0) return GP_ERRV;
  GpValue b;
  if (!gp_dict_get_str(t->vm->builtins, gp_intern_cstr("abs"), &b))
    return gp_raise(t, &gp_exc_NameError, "abs");
  GpValue r = gp_vm_call(t, b, args, 1, NULL);
  GP_DECREF(b);
  return r;
}

static GpValue op_index(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "index", nargs, kw) < 0) return GP_ERRV;
  return gp_index_value(t, args[0]);
}

static GpValue op_is_(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "is_", nargs, kw, 2, 2) < 0) return GP_ERRV;
  GpValue a = args[0], b = args[1];
  return gp_boolv(a.tag == b.tag && (a.tag == GP_T_NONE || a.as.i == b.as.i));
}

static GpValue op_is_not(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  GpValue r = op_is_(t, args, nargs, kw);
  return GP_IS_ERR(r) ? r : gp_boolv(!r.as.i);
}

static GpValue op_contains(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "contains", nargs, kw, 2, 2) < 0) return GP_ERRV;
  int r = gp_contains(t, args[0], args[1]);
  return r < 0 ? GP_ERRV : gp_boolv(r);
}

static GpValue op_countOf(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "countOf", nargs, kw, 2, 2) < 0) return GP_ERRV;
  GpValue it = gp_iter(t, args[0]), v;
  if (GP_IS_ERR(it)) return it;
  int64_t n = 0;
  int r;
  while ((r = gp_next(t, it, &v)) > 0) {
    r = gp_item_eq(t, v, args[1]);
    GP_DECREF(v);
    if (r < 0) break;
    n += r;
  }
  GP_DECREF(it);
  return r < 0 ? GP_ERRV : gp_intv(n);
}

static GpValue op_getitem(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "getitem", nargs, kw, 2, 2) < 0) return GP_ERRV;
  return gp_getitem(t, args[0], args[1]);
}

static GpValue op_setitem(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "setitem", nargs, kw, 3, 3) < 0) return GP_ERRV;
  return gp_setitem(t, args[0], args[1], args[2]) < 0 ? GP_ERRV : GP_NONEV;
}

static GpValue op_delitem(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "delitem", nargs, kw, 2, 2) < 0) return GP_ERRV;
  return gp_delitem(t, args[0], args[1]) < 0 ? GP_ERRV : GP_NONEV;
}

/* itemgetter, attrgetter, methodcaller: one type, a kind and a tuple. */
enum { IG_ITEM, IG_ATTR, IG_METHOD };
typedef struct Getter {
  GpObj ob;
  int kind;
  GpObj *items;  /* tuple: keys, attribute names, or (name, *args) */
  GpObj *kwargs; /* methodcaller's keywords (dict) or NULL */
} Getter;

static GpType getter_types[3];

static void getter_dealloc(GpObj *o) {
  Getter *g = (Getter *)o;
  if (g->items) gp_decref_o(g->items);
  if (g->kwargs) gp_decref_o(g->kwargs);
}

/* methodcaller's arguments may hold anything */
static int getter_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  Getter *g = (Getter *)o;
  int r = g->items ? visit(g->items, arg) : 0;
  return !r && g->kwargs ? visit(g->kwargs, arg) : r;
}

/* getattr with dotted names (attrgetter("a.b")). */
static GpValue dotted_getattr(GpThread *t, GpValue obj, GpValue name) {
  const char *s = GP_STR(name)->data;
  GP_INCREF(obj);
  for (;;) {
    const char *dot = strchr(s, '.');
    size_t n = dot ? (size_t)(dot - s) : strlen(s);
    GpValue next = gp_getattr(t, obj, gp_intern(s, n));
    GP_DECREF(obj);
    if (GP_IS_ERR(next) || !dot) return next;
    obj = next;
    s = dot + 1;
  }
}

static GpValue getter_one(GpThread *t, Getter *g, GpValue obj, GpValue key) {
  return g->kind == IG_ITEM ? gp_getitem(t, obj, key) : dotted_getattr(t, obj, key);
}

static GpValue getter_call(GpThread *t, GpValue self, const GpValue *args, int nargs, GpObj *kw) {
  Getter *g = (Getter *)self.as.o;
  GpTuple *it = (GpTuple *)g->items;
  if (g->kind == IG_METHOD) {
    if (gp_arg_count(t, "methodcaller", nargs, kw, 1, 1) < 0) return GP_ERRV;
    GpValue m = gp_getattr(t, args[0], it->items[0].as.o);
    if (GP_IS_ERR(m)) return m;
    size_t nk = g->kwargs ? gp_dict_len(g->kwargs) : 0, np = it->len - 1;
    GpValue *a = malloc((np + nk + 1) * sizeof *a), names = GP_ERRV, r;
    if (!a) {
      GP_DECREF(m);
      return gp_raise_nomem(t);
    }
    for (size_t i = 0; i < np; i++)
      a[i] = it->items[i + 1];
    if (nk) {
      names = gp_tuple_new(t, nk);
      GpValue k, v;
      size_t j = 0;
      for (size_t i = 0; !GP_IS_ERR(names) && gp_dict_next(g->kwargs, &i, &k, &v);) {
        GP_INCREF(k);
        GP_TUPLE(names)->items[j++] = k;
        a[np + j - 1] = v;
      }
    }
    r = nk && GP_IS_ERR(names) ? GP_ERRV
                               : gp_vm_call(t, m, a, (int)(np + nk), nk ? names.as.o : NULL);
    if (!GP_IS_ERR(names)) GP_DECREF(names);
    free(a);
    GP_DECREF(m);
    return r;
  }
  if (gp_arg_count(t, g->kind == IG_ITEM ? "itemgetter" : "attrgetter", nargs, kw, 1, 1) < 0)
    return GP_ERRV;
  if (it->len == 1) return getter_one(t, g, args[0], it->items[0]);
  GpValue r = gp_tuple_new(t, it->len);
  if (GP_IS_ERR(r)) return r;
  for (size_t i = 0; i < it->len; i++) {
    GpValue v = getter_one(t, g, args[0], it->items[i]);
    if (GP_IS_ERR(v)) {
      GP_DECREF(r);
      return v;
    }
    GP_TUPLE(r)->items[i] = v;
  }
  return r;
}

static GpValue getter_repr(GpThread *t, GpValue self) {
  Getter *g = (Getter *)self.as.o;
  GpTuple *it = (GpTuple *)g->items;
  GpBuf b;
  gp_buf_init(&b);
  gp_buf_puts(&b, "operator.");
  gp_buf_puts(&b, g->ob.type->name + strlen("operator."));
  gp_buf_putc(&b, '(');
  int r = 0;
  for (size_t i = 0; r == 0 && i < it->len; i++) {
    if (i) gp_buf_puts(&b, ", ");
    r = gp_buf_repr(t, &b, it->items[i]);
  }
  GpValue k, v;
  for (size_t i = 0; r == 0 && g->kwargs && gp_dict_next(g->kwargs, &i, &k, &v);) {
    gp_buf_puts(&b, ", ");
    gp_buf_putstr(&b, k);
    gp_buf_putc(&b, '=');
    r = gp_buf_repr(t, &b, v);
  }
  if (r < 0) {
    gp_buf_free(&b);
    return GP_ERRV;
  }
  gp_buf_putc(&b, ')');
  return gp_buf_finish(t, &b);
}

static GpValue getter_new(GpThread *t, int kind, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"itemgetter", "attrgetter", "methodcaller"};
  int nkw = nkw_of(kw), npos = nargs - nkw;
  if (kind != IG_METHOD && nkw)
    return gp_raise(t, &gp_exc_TypeError, "%s() takes no keyword arguments", names[kind]);
  if (npos < 1)
    return gp_raise(t, &gp_exc_TypeError,
                    kind == IG_METHOD ? "methodcaller needs at least one argument, the method name"
                                      : "%s expected 1 argument, got 0",
                    names[kind]);
  for (int i = 0; kind != IG_ITEM && i < (kind == IG_ATTR ? npos : 1); i++)
    if (!GP_IS_TYPE(args[i], gp_type_str))
      return gp_raise(t, &gp_exc_TypeError,
                      kind == IG_ATTR ? "attribute name must be a string"
                                      : "method name must be a string");
  Getter *g = (Getter *)gp_alloc(t, &getter_types[kind], sizeof(Getter));
  if (!g) return gp_raise_nomem(t);
  g->kind = kind;
  GpValue items = gp_tuple_pack(t, (size_t)npos, args);
  if (GP_IS_ERR(items)) {
    gp_decref_o(&g->ob);
    return items;
  }
  g->items = items.as.o;
  if (kind == IG_METHOD) {
    GpObj *n = gp_intern(GP_STR(args[0])->data, GP_STR(args[0])->len);
    GP_DECREF(GP_TUPLE(items)->items[0]);
    GP_TUPLE(items)->items[0] = gp_objv(n);
    if (nkw) {
      GpValue d = gp_dict_new(t);
      if (GP_IS_ERR(d)) {
        gp_decref_o(&g->ob);
        return d;
      }
      g->kwargs = d.as.o;
      for (int i = 0; i < nkw; i++)
        if (gp_dict_set(t, d.as.o, GP_TUPLE(gp_objv(kw))->items[i], args[npos + i]) < 0) {
          gp_decref_o(&g->ob);
          return GP_ERRV;
        }
    }
  }
  return gp_objv(&g->ob);
}

static GpValue itemgetter_new(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return getter_new(t, IG_ITEM, args, nargs, kw);
}
static GpValue attrgetter_new(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return getter_new(t, IG_ATTR, args, nargs, kw);
}
static GpValue methodcaller_new(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return getter_new(t, IG_METHOD, args, nargs, kw);
}

static const GpTypeOps getter_ops = {.call = getter_call};
#define GETTER_TYPE(pyname, ctor)                                                                  \
  {                                                                                                \
    .ob = TYPE_HEAD, .name = pyname, .dealloc = getter_dealloc, .traverse = getter_traverse,       \
    .repr = getter_repr, .call = ctor, .ops = &getter_ops                                          \
  }
static GpType getter_types[3] = {
    GETTER_TYPE("operator.itemgetter", itemgetter_new),
    GETTER_TYPE("operator.attrgetter", attrgetter_new),
    GETTER_TYPE("operator.methodcaller", methodcaller_new),
};

static const GpMethodDef operator_fns[] = {
    {"add", op_add},
    {"sub", op_sub},
    {"mul", op_mul},
    {"truediv", op_truediv},
    {"floordiv", op_floordiv},
    {"mod", op_mod},
    {"pow", op_pow},
    {"lshift", op_lshift},
    {"rshift", op_rshift},
    {"and_", op_and_},
    {"or_", op_or_},
    {"xor", op_xor},
    {"matmul", op_matmul},
    {"iadd", op_iadd},
    {"isub", op_isub},
    {"imul", op_imul},
    {"itruediv", op_itruediv},
    {"ifloordiv", op_ifloordiv},
    {"imod", op_imod},
    {"iand", op_iand},
    {"ior", op_ior},
    {"ixor", op_ixor},
    {"imatmul", op_imatmul},
    {"lt", op_lt},
    {"le", op_le},
    {"eq", op_eq},
    {"ne", op_ne},
    {"gt", op_gt},
    {"ge", op_ge},
    {"neg", op_neg},
    {"pos", op_pos},
    {"invert", op_invert},
    {"inv", op_invert},
    {"concat", op_concat},
    {"not_", op_not_},
    {"truth", op_truth},
    {"abs", op_abs},
    {"index", op_index},
    {"is_", op_is_},
    {"is_not", op_is_not},
    {"contains", op_contains},
    {"countOf", op_countOf},
    {"getitem", op_getitem},
    {"setitem", op_setitem},
    {"delitem", op_delitem},
    {NULL, NULL},
};

int gp_operator_py_open(GpThread *t, GpObj *d); /* operator_py.c */

int gp_open_operator(GpThread *t, GpObj *d) {
  if (gp_module_add_functions(t, d, operator_fns) < 0) return -1;
  static const char *const names[] = {"itemgetter", "attrgetter", "methodcaller"};
  for (int i = 0; i < 3; i++)
    if (gp_module_set(t, d, names[i], gp_objv(&getter_types[i].ob)) < 0) return -1;
  return gp_operator_py_open(t, d);
}
