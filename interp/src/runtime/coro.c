/*
** coro.c — the protocols around coroutines that the eval loop calls (the
** coroutine objects themselves are vm.c's generators): await's
** GET_AWAITABLE (a coroutine, or the iterator type(x).__await__ returns),
** async with's __aenter__/__aexit__, async for's __aiter__/__anext__,
** with CPython's TypeErrors, and a coroutine's __await__(), CPython's
** coroutine_wrapper, which await and yield from unwrap again so the
** coroutine's return value reaches them. Kept out of vm.c: in its
** translation unit this code changed how GCC inlines the eval loop's hot
** paths.
*/
#include <stdbool.h>
#include <string.h>

#include "class.h"
#include "coro.h"
#include "obj.h"
#include "vm.h"

/* coro.__await__(): CPython's coroutine_wrapper, an iterator over the
** coroutine. await and yield from take the coroutine back out of it
** (unwrap_coroutine), so that its return value reaches them. */
typedef struct CoroWrapper {
  GpObj ob;
  GpValue coro;
} CoroWrapper;

static void cw_dealloc(GpObj *o) {
  GP_DECREF(((CoroWrapper *)o)->coro);
}

static int cw_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GP_VISIT(((CoroWrapper *)o)->coro, visit, arg);
  return 0;
}

static int cw_next(GpThread *t, GpValue self, GpValue *out) {
  GpValue r = gp_gen_send(t, ((CoroWrapper *)self.as.o)->coro, GP_NONEV);
  if (!GP_IS_ERR(r)) {
    *out = r;
    return 1;
  }
  if (!gp_exc_matches(t->exc, &gp_exc_StopIteration)) return -1;
  GP_DECREF(t->exc);
  t->exc = GP_NONEV;
  return 0;
}

/* The coroutine's method `name` on the wrapped coroutine. */
static GpValue cw_forward(GpThread *t, const char *name, const GpValue *args, int nargs,
                          GpObj *kwnames) {
  GpValue a[4];
  if (nargs > 4) return gp_raise(t, &gp_exc_TypeError, "too many arguments");
  a[0] = ((CoroWrapper *)args[0].as.o)->coro;
  for (int i = 1; i < nargs; i++)
    a[i] = args[i];
  return gp_type_method(&gp_type_coroutine, name)->fn(t, a, nargs, kwnames);
}

static GpValue cw_send(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  return cw_forward(t, "send", args, nargs, kwnames);
}

static GpValue cw_throw(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  return cw_forward(t, "throw", args, nargs, kwnames);
}

static GpValue cw_close(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  return cw_forward(t, "close", args, nargs, kwnames);
}

static const GpMethodDef cw_methods[] = {
    {"send", cw_send}, {"throw", cw_throw}, {"close", cw_close}, {NULL, NULL}};

static GpType gp_type_coro_wrapper = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "coroutine_wrapper",
    .dealloc = cw_dealloc,
    .traverse = cw_traverse,
    .iter = gp_iter_self,
    .next = cw_next,
    .methods = cw_methods,
};

GpValue gp_coro_await(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "__await__", nargs, kwnames, 1, 1) < 0) return GP_ERRV;
  CoroWrapper *w = (CoroWrapper *)gp_alloc(t, &gp_type_coro_wrapper, sizeof *w);
  if (!w) return gp_raise_nomem(t);
  w->coro = args[0];
  GP_INCREF(w->coro);
  return gp_objv(&w->ob);
}

/* it (owned) or, for a coroutine_wrapper, the coroutine it wraps. */
static GpValue unwrap_coroutine(GpValue it) {
  if (!GP_IS_TYPE(it, gp_type_coro_wrapper)) return it;
  GpValue c = ((CoroWrapper *)it.as.o)->coro;
  GP_INCREF(c);
  GP_DECREF(it);
  return c;
}

/* GET_YIELD_FROM_ITER of anything but a generator. */
GpValue gp_coro_yield_from_iter(GpThread *t, GpValue v) {
  GpValue it = gp_iter(t, v);
  return GP_IS_ERR(it) ? it : unwrap_coroutine(it);
}

/* type(v).name(*args), args[0] being v: 1 = *out, 0 = the type lacks it
** (nothing raised), -1 = raised. */
static int async_special(GpThread *t, GpValue v, const char *name, GpValue *args, int n,
                         GpValue *out) {
  const GpMethodDef *m = gp_type_method(gp_typeof(v), name);
  if (m) {
    *out = m->fn(t, args, n, NULL);
    return GP_IS_ERR(*out) ? -1 : 1;
  }
  if (!gp_inst_has(v, name)) return 0;
  GpValue fn = gp_inst_special(t, v, name);
  if (GP_IS_ERR(fn)) return -1;
  *out = gp_vm_call(t, fn, args + 1, n - 1, NULL);
  GP_DECREF(fn);
  return GP_IS_ERR(*out) ? -1 : 1;
}

static bool has_special(GpValue v, const char *name) {
  return gp_type_method(gp_typeof(v), name) || gp_inst_has(v, name);
}

/* An async generator's asend/athrow awaitable: no __next__, await and
** yield from send to it (vm.c's gen_delegate). */
static bool native_send(const GpType *tp) {
  return !GP_IS_CLASS(tp) && gp_type_method(tp, "send");
}

/* CPython's GET_AWAITABLE: a coroutine itself, else the iterator that
** type(v).__await__ returns (a generator is not awaitable). */
GpValue gp_coro_get_awaitable(GpThread *t, GpValue v) {
  const GpType *tp = gp_typeof(v);
  if (tp == &gp_type_coroutine) {
    GP_INCREF(v);
    return v;
  }
  GpValue it;
  int r = tp == &gp_type_generator ? 0 : async_special(t, v, "__await__", &v, 1, &it);
  if (r < 0) return GP_ERRV;
  if (r == 0)
    return gp_raise(t, &gp_exc_TypeError, "object %s can't be used in 'await' expression",
                    tp->name);
  bool wrapped = GP_IS_TYPE(it, gp_type_coro_wrapper); /* a coroutine's __await__() */
  it = unwrap_coroutine(it);
  const GpType *it_tp = gp_typeof(it);
  if (wrapped || it_tp == &gp_type_generator ||
      (it_tp != &gp_type_coroutine &&
       (it_tp->next || native_send(it_tp) || has_special(it, "__next__"))))
    return it;
  GP_DECREF(it);
  if (it_tp == &gp_type_coroutine)
    return gp_raise(t, &gp_exc_TypeError, "__await__() returned a coroutine");
  return gp_raise(t, &gp_exc_TypeError, "__await__() returned non-iterator of type '%s'",
                  it_tp->name);
}

/* __aenter__'s awaitable; CPython's errors for a missing method. */
GpValue gp_coro_aenter(GpThread *t, GpValue ctx) {
  const char *miss = !has_special(ctx, "__aenter__")  ? ""
                     : !has_special(ctx, "__aexit__") ? " (missed __aexit__ method)"
                                                      : NULL;
  if (miss)
    return gp_raise(t, &gp_exc_TypeError,
                    "'%s' object does not support the asynchronous context manager protocol%s",
                    gp_typeof(ctx)->name, miss);
  GpValue r;
  return async_special(t, ctx, "__aenter__", &ctx, 1, &r) > 0 ? r : GP_ERRV;
}

/* ctx.__aexit__(type, exc, None), or with three Nones (exc None). */
GpValue gp_coro_aexit(GpThread *t, GpValue ctx, GpValue exc) {
  GpValue args[4] = {ctx, GP_NONEV, GP_NONEV, GP_NONEV}, r;
  if (!GP_IS_NONE(exc)) {
    args[1] = gp_objv((GpObj *)exc.as.o->type);
    args[2] = exc;
  }
  int k = async_special(t, ctx, "__aexit__", args, 4, &r);
  if (k == 0)
    gp_raise(t, &gp_exc_AttributeError, "'%s' object has no attribute '__aexit__'",
             gp_typeof(ctx)->name);
  return k > 0 ? r : GP_ERRV;
}

GpValue gp_coro_aiter(GpThread *t, GpValue v) {
  GpValue it;
  int r = async_special(t, v, "__aiter__", &v, 1, &it);
  if (r == 0)
    gp_raise(t, &gp_exc_TypeError, "'async for' requires an object with __aiter__ method, got %s",
             gp_typeof(v)->name);
  if (r <= 0) return GP_ERRV;
  if (has_special(it, "__anext__")) return it;
  gp_raise(t, &gp_exc_TypeError,
           "'async for' received an object from __aiter__ that does not implement __anext__: %s",
           gp_typeof(it)->name);
  GP_DECREF(it);
  return GP_ERRV;
}

GpValue gp_coro_anext(GpThread *t, GpValue v) {
  GpValue aw;
  int r = async_special(t, v, "__anext__", &v, 1, &aw);
  if (r == 0)
    gp_raise(t, &gp_exc_TypeError, "'async for' requires an iterator with __anext__ method, got %s",
             gp_typeof(v)->name);
  return r > 0 ? aw : GP_ERRV;
}

/* ------------------------------------------------------------ aiter, anext */

GpValue gp_coro_builtin_aiter(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "aiter", nargs, kwnames, 1, 1) < 0) return GP_ERRV;
  GpValue v = args[0], it;
  int r = async_special(t, v, "__aiter__", &v, 1, &it);
  if (r == 0)
    gp_raise(t, &gp_exc_TypeError, "'%s' object is not an async iterable", gp_type_name(v));
  if (r <= 0) return GP_ERRV;
  if (has_special(it, "__anext__")) return it;
  gp_raise(t, &gp_exc_TypeError, "aiter() returned not an async iterator of type '%s'",
           gp_type_name(it));
  GP_DECREF(it);
  return GP_ERRV;
}

/* anext(it, default)'s awaitable (CPython's anext_awaitable): each step
** goes to the awaitable of it.__anext__(), and its StopAsyncIteration
** becomes StopIteration(default), the await's result. */
typedef struct AnextAwaitable {
  GpObj ob;
  GpValue wrapped, dflt;
} AnextAwaitable;

static void aa_dealloc(GpObj *o) {
  GP_DECREF(((AnextAwaitable *)o)->wrapped);
  GP_DECREF(((AnextAwaitable *)o)->dflt);
}

static int aa_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GP_VISIT(((AnextAwaitable *)o)->wrapped, visit, arg);
  GP_VISIT(((AnextAwaitable *)o)->dflt, visit, arg);
  return 0;
}

static void raise_stop(GpThread *t) {
  GpValue e = gp_exc_new(t, &gp_exc_StopIteration, NULL);
  if (GP_IS_ERR(e)) return;
  gp_raise_value(t, e);
  GP_DECREF(e);
}

/* args[0] the anext awaitable, the rest what the method `name` takes. */
static GpValue aa_proxy(GpThread *t, const char *name, const GpValue *args, int nargs) {
  AnextAwaitable *o = (AnextAwaitable *)args[0].as.o;
  GpValue aw = gp_coro_get_awaitable(t, o->wrapped);
  if (GP_IS_ERR(aw)) return aw;
  GpValue m = gp_getattr(t, aw, gp_intern_cstr(name)), r;
  if (!GP_IS_ERR(m)) {
    r = gp_vm_call(t, m, args + 1, nargs - 1, NULL);
    GP_DECREF(m);
  } else if (strcmp(name, "send") == 0 && gp_exc_matches(t->exc, &gp_exc_AttributeError)) {
    GP_DECREF(t->exc); /* an iterator without send(): __next__ */
    t->exc = GP_NONEV;
    int k = gp_next(t, aw, &r);
    if (k == 0) raise_stop(t);
    if (k <= 0) r = GP_ERRV;
  } else {
    r = GP_ERRV;
  }
  GP_DECREF(aw);
  if (GP_IS_ERR(r) && gp_exc_matches(t->exc, &gp_exc_StopAsyncIteration)) {
    GP_DECREF(t->exc);
    t->exc = GP_NONEV;
    GpValue a = gp_tuple_pack(t, 1, &o->dflt);
    GpValue e = GP_IS_ERR(a) ? a : gp_exc_new(t, &gp_exc_StopIteration, a.as.o);
    GP_DECREF(a);
    if (!GP_IS_ERR(e)) gp_raise_value(t, e);
    GP_DECREF(e);
  }
  return r;
}

static GpValue aa_send(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "send", nargs, kwnames, 2, 2) < 0) return GP_ERRV;
  return aa_proxy(t, "send", args, nargs);
}

static GpValue aa_throw(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "throw", nargs, kwnames, 2, 4) < 0) return GP_ERRV;
  return aa_proxy(t, "throw", args, nargs);
}

static GpValue aa_close(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "close", nargs, kwnames, 1, 1) < 0) return GP_ERRV;
  return aa_proxy(t, "close", args, nargs);
}

static GpValue aa_await(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "__await__", nargs, kwnames, 1, 1) < 0) return GP_ERRV;
  GP_INCREF(args[0]);
  return args[0];
}

static const GpMethodDef aa_methods[] = {{"send", aa_send},
                                         {"throw", aa_throw},
                                         {"close", aa_close},
                                         {"__await__", aa_await},
                                         {NULL, NULL}};

static GpType gp_type_anext_awaitable = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "anext_awaitable",
    .dealloc = aa_dealloc,
    .traverse = aa_traverse,
    .methods = aa_methods,
};

GpValue gp_coro_builtin_anext(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "anext", nargs, kwnames, 1, 2) < 0) return GP_ERRV;
  GpValue it = args[0], aw;
  if (!has_special(it, "__anext__"))
    return gp_raise(t, &gp_exc_TypeError, "'%s' object is not an async iterator", gp_type_name(it));
  if (async_special(t, it, "__anext__", &it, 1, &aw) < 0 || nargs == 1)
    return nargs == 1 ? aw : GP_ERRV;
  AnextAwaitable *o = (AnextAwaitable *)gp_alloc(t, &gp_type_anext_awaitable, sizeof *o);
  if (!o) {
    GP_DECREF(aw);
    return gp_raise_nomem(t);
  }
  o->wrapped = aw;
  o->dflt = args[1];
  GP_INCREF(o->dflt);
  return gp_objv(&o->ob);
}
