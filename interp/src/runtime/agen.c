/*
** agen.c — async generators (PEP 525), as CPython 3.11's genobject.c has
** them. An async def with yield compiles to a generator (vm.c) that this
** object wraps; its own `yield` and the awaits inside it both suspend that
** generator, told apart by gp_gen_step. asend()/__anext__() and
** athrow()/aclose() return awaitables that run the generator one step per
** send: an await's yield passes through to the event loop, the generator's
** own yield ends the awaitable with StopIteration(value), its end with
** StopAsyncIteration. The first iteration calls the thread's firstiter hook
** (sys.set_asyncgen_hooks) and keeps its finalizer hook: asyncio's loop
** keeps a weak reference to each generator to aclose() the unfinished ones
** when asyncio.run ends, and schedules the aclose() of one freed
** unfinished before that. The weak references are the loop thread's own:
** an async generator is not shared between event loops.
*/
#include <stdbool.h>
#include <string.h>

#include "class.h"
#include "coro.h"
#include "finalize.h"
#include "gc.h"
#include "obj.h"
#include "vm.h"

typedef struct AsyncGen {
  GpObj ob;
  GpValue gen;         /* the generator running the body */
  GpValue finalizer;   /* the finalizer hook its first iteration saw, or None */
  struct AgenRef *ref; /* its weak reference, if one was made */
  bool hooks_inited, running_async, closed, finalized;
} AsyncGen;

/* A weak reference: target is cleared when the generator is finalized or
** freed, and the generator forgets ref when the reference is freed. */
typedef struct AgenRef {
  GpObj ob;
  AsyncGen *target;
} AgenRef;

/* What an asend/athrow awaitable has done: not started, iterating, done. */
enum { AW_INIT, AW_ITER, AW_CLOSED };

/* agen.asend(v) and agen.__anext__() (sendval None). */
typedef struct ASend {
  GpObj ob;
  GpValue agen, sendval;
  int state;
} ASend;

/* agen.athrow(...) (args the tuple) and agen.aclose() (args None). */
typedef struct AThrow {
  GpObj ob;
  GpValue agen, args;
  int state;
} AThrow;

static AsyncGen *agen_of(GpValue v) {
  return (AsyncGen *)v.as.o;
}

/* ------------------------------------------------------------ hooks */

/* An argument left out keeps the thread's hook, as in CPython. */
GpValue gp_agen_set_hooks(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  static const char *const names[2] = {"firstiter", "finalizer"};
  GpValue v[2];
  if (gp_parse_args(t, "set_asyncgen_hooks", args, nargs, kwnames, names, 2, 0, v) < 0)
    return GP_ERRV;
  for (int k = 0; k < 2; k++)
    if (!GP_IS_ERR(v[k]) && !GP_IS_NONE(v[k]) && !gp_is_callable(v[k]))
      return gp_raise(t, &gp_exc_TypeError, "callable %s expected, got %s", names[k],
                      gp_type_name(v[k]));
  for (int k = 0; k < 2; k++) {
    if (GP_IS_ERR(v[k])) continue;
    GP_INCREF(v[k]);
    GP_DECREF(t->agen_hooks[k]);
    t->agen_hooks[k] = v[k];
  }
  return GP_NONEV;
}

GpValue gp_agen_get_hooks(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  (void)args;
  if (gp_arg_none(t, "get_asyncgen_hooks", nargs, kwnames) < 0) return GP_ERRV;
  return gp_tuple_pack(t, 2, t->agen_hooks);
}

/* CPython's async_gen_init_hooks: the firstiter hook sees ag once. */
static int init_hooks(GpThread *t, AsyncGen *ag) {
  if (ag->hooks_inited) return 0;
  ag->hooks_inited = true;
  ag->finalizer = t->agen_hooks[1];
  GP_INCREF(ag->finalizer);
  GpValue hook = t->agen_hooks[0];
  if (GP_IS_NONE(hook)) return 0;
  GpValue self = gp_objv(&ag->ob);
  GP_INCREF(hook);
  GpValue r = gp_vm_call(t, hook, &self, 1, NULL);
  GP_DECREF(hook);
  if (GP_IS_ERR(r)) return -1;
  GP_DECREF(r);
  return 0;
}

/* ------------------------------------------------------------ stepping */

/* tp() raised: StopAsyncIteration and StopIteration without arguments. */
static GpValue raise_empty(GpThread *t, const GpType *tp) {
  GpValue e = gp_exc_new(t, tp, NULL);
  if (GP_IS_ERR(e)) return e;
  gp_raise_value(t, e);
  GP_DECREF(e);
  return GP_ERRV;
}

static GpValue raise_stop(GpThread *t, GpValue value) {
  GpValue args = gp_tuple_pack(t, 1, &value);
  if (GP_IS_ERR(args)) return args;
  GpValue e = gp_exc_new(t, &gp_exc_StopIteration, args.as.o);
  GP_DECREF(args);
  if (GP_IS_ERR(e)) return e;
  gp_raise_value(t, e);
  GP_DECREF(e);
  return GP_ERRV;
}

/* CPython's async_gen_unwrap_value, after gp_gen_step returned r with
** *out: an await's yield goes on to the loop, the generator's own yield
** ends the awaitable (StopIteration), its return StopAsyncIteration. */
static GpValue unwrap(GpThread *t, AsyncGen *ag, int r, GpValue out) {
  if (r == 1) return out;
  ag->running_async = false;
  if (r == 2) {
    raise_stop(t, out);
    GP_DECREF(out);
    return GP_ERRV;
  }
  if (r == 0) {
    GP_DECREF(out);
    raise_empty(t, &gp_exc_StopAsyncIteration);
  }
  if (gp_exc_matches(t->exc, &gp_exc_StopAsyncIteration) ||
      gp_exc_matches(t->exc, &gp_exc_GeneratorExit))
    ag->closed = true;
  return GP_ERRV;
}

/* The instance throw(typ[, val[, tb]]) raises. */
static GpValue throw_arg(GpThread *t, const char *fname, const GpValue *args, int nargs,
                         GpObj *kwnames) {
  if (gp_arg_count(t, fname, nargs, kwnames, 1, 3) < 0) return GP_ERRV;
  return gp_gen_throw_value(t, args, nargs);
}

/* ------------------------------------------------------------ asend */

static GpValue asend_step(GpThread *t, ASend *o, GpValue v, GpValue exc) {
  AsyncGen *ag = agen_of(o->agen);
  if (o->state == AW_CLOSED)
    return gp_raise(t, &gp_exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  if (o->state == AW_INIT && GP_IS_NONE(exc)) {
    if (ag->running_async)
      return gp_raise(t, &gp_exc_RuntimeError,
                      "anext(): asynchronous generator is already running");
    if (GP_IS_NONE(v)) v = o->sendval;
    o->state = AW_ITER;
  }
  ag->running_async = true;
  GpValue out;
  int r = gp_gen_step(t, ag->gen, v, exc, &out);
  GpValue res = unwrap(t, ag, r, out);
  if (GP_IS_ERR(res)) o->state = AW_CLOSED;
  return res;
}

static GpValue asend_send(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "send", nargs, kwnames, 2, 2) < 0) return GP_ERRV;
  return asend_step(t, (ASend *)args[0].as.o, args[1], GP_NONEV);
}

static GpValue asend_throw(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  ASend *o = (ASend *)args[0].as.o;
  if (o->state == AW_CLOSED)
    return gp_raise(t, &gp_exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  GpValue exc = throw_arg(t, "throw", args + 1, nargs - 1, kwnames);
  if (GP_IS_ERR(exc)) return exc;
  GpValue r = asend_step(t, o, GP_NONEV, exc);
  GP_DECREF(exc);
  return r;
}

static GpValue aw_close(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "close", nargs, kwnames, 1, 1) < 0) return GP_ERRV;
  GpObj *o = args[0].as.o;
  *(o->type == &gp_type_agen_asend ? &((ASend *)o)->state : &((AThrow *)o)->state) = AW_CLOSED;
  return GP_NONEV;
}

static void asend_dealloc(GpObj *o) {
  GP_DECREF(((ASend *)o)->agen);
  GP_DECREF(((ASend *)o)->sendval);
}

static int asend_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GP_VISIT(((ASend *)o)->agen, visit, arg);
  GP_VISIT(((ASend *)o)->sendval, visit, arg);
  return 0;
}

static GpValue aw_await(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "__await__", nargs, kwnames, 1, 1) < 0) return GP_ERRV;
  GP_INCREF(args[0]);
  return args[0];
}

static const GpMethodDef asend_methods[] = {{"send", asend_send},
                                            {"throw", asend_throw},
                                            {"close", aw_close},
                                            {"__await__", aw_await},
                                            {NULL, NULL}};

GpType gp_type_agen_asend = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "async_generator_asend",
    .dealloc = asend_dealloc,
    .traverse = asend_traverse,
    .methods = asend_methods,
};

/* ------------------------------------------------------------ athrow */

/* aclose() mode's end: the generator yielded instead of closing (ignored),
** or raised; StopAsyncIteration and GeneratorExit mean closed, and the
** awaitable then ends with StopIteration. */
static GpValue aclose_end(GpThread *t, AThrow *o, AsyncGen *ag, int r, GpValue out) {
  if (r == 1) return out;
  ag->running_async = false;
  o->state = AW_CLOSED;
  if (r == 2) {
    GP_DECREF(out);
    return gp_raise(t, &gp_exc_RuntimeError, "async generator ignored GeneratorExit");
  }
  if (r == 0) {
    GP_DECREF(out);
    raise_empty(t, &gp_exc_StopAsyncIteration);
  }
  if (gp_exc_matches(t->exc, &gp_exc_StopAsyncIteration) ||
      gp_exc_matches(t->exc, &gp_exc_GeneratorExit)) {
    GP_DECREF(t->exc);
    t->exc = GP_NONEV;
    raise_empty(t, &gp_exc_StopIteration);
  }
  return GP_ERRV;
}

/* One step once started: v sent, or exc thrown when not None. */
static GpValue athrow_step(GpThread *t, AThrow *o, GpValue v, GpValue exc) {
  AsyncGen *ag = agen_of(o->agen);
  GpValue out;
  int r = gp_gen_step(t, ag->gen, v, exc, &out);
  if (GP_IS_NONE(o->args)) return aclose_end(t, o, ag, r, out);
  GpValue res = unwrap(t, ag, r, out);
  if (GP_IS_ERR(res)) o->state = AW_CLOSED;
  return res;
}

/* The first send: CPython's checks, then the exception thrown in. */
static GpValue athrow_start(GpThread *t, AThrow *o, GpValue v) {
  AsyncGen *ag = agen_of(o->agen);
  bool aclose = GP_IS_NONE(o->args);
  if (ag->running_async) {
    o->state = AW_CLOSED;
    return gp_raise(t, &gp_exc_RuntimeError, "%s(): asynchronous generator is already running",
                    aclose ? "aclose" : "athrow");
  }
  if (ag->closed) {
    o->state = AW_CLOSED;
    return raise_empty(t, &gp_exc_StopAsyncIteration);
  }
  if (!GP_IS_NONE(v))
    return gp_raise(t, &gp_exc_RuntimeError,
                    "can't send non-None value to a just-started coroutine");
  GpTuple *a = aclose ? NULL : GP_TUPLE(o->args);
  GpValue exc = aclose ? gp_exc_new(t, &gp_exc_GeneratorExit, NULL)
                       : gp_gen_throw_value(t, a->items, (int)a->len);
  if (GP_IS_ERR(exc)) return exc;
  o->state = AW_ITER;
  ag->running_async = true;
  if (aclose) ag->closed = true;
  GpValue r = athrow_step(t, o, GP_NONEV, exc);
  GP_DECREF(exc);
  return r;
}

static GpValue athrow_send_one(GpThread *t, AThrow *o, GpValue v) {
  if (o->state == AW_CLOSED)
    return gp_raise(t, &gp_exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  if (gp_gen_state(agen_of(o->agen)->gen) == GP_GEN_FINISHED) {
    o->state = AW_CLOSED;
    return raise_empty(t, &gp_exc_StopIteration);
  }
  return o->state == AW_INIT ? athrow_start(t, o, v) : athrow_step(t, o, v, GP_NONEV);
}

static GpValue athrow_send(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "send", nargs, kwnames, 2, 2) < 0) return GP_ERRV;
  return athrow_send_one(t, (AThrow *)args[0].as.o, args[1]);
}

static GpValue athrow_throw(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  AThrow *o = (AThrow *)args[0].as.o;
  if (o->state == AW_CLOSED)
    return gp_raise(t, &gp_exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  GpValue exc = throw_arg(t, "throw", args + 1, nargs - 1, kwnames);
  if (GP_IS_ERR(exc)) return exc;
  GpValue r = athrow_step(t, o, GP_NONEV, exc);
  GP_DECREF(exc);
  return r;
}

static void athrow_dealloc(GpObj *o) {
  GP_DECREF(((AThrow *)o)->agen);
  GP_DECREF(((AThrow *)o)->args);
}

static int athrow_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GP_VISIT(((AThrow *)o)->agen, visit, arg);
  GP_VISIT(((AThrow *)o)->args, visit, arg);
  return 0;
}

static const GpMethodDef athrow_methods[] = {{"send", athrow_send},
                                             {"throw", athrow_throw},
                                             {"close", aw_close},
                                             {"__await__", aw_await},
                                             {NULL, NULL}};

GpType gp_type_agen_athrow = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "async_generator_athrow",
    .dealloc = athrow_dealloc,
    .traverse = athrow_traverse,
    .methods = athrow_methods,
};

/* ------------------------------------------------------------ the generator */

GpValue gp_agen_new(GpThread *t, GpValue gen) {
  AsyncGen *ag = (AsyncGen *)gp_alloc(t, &gp_type_async_generator, sizeof *ag);
  if (!ag) {
    GP_DECREF(gen);
    return gp_raise_nomem(t);
  }
  ag->gen = gen;
  ag->finalizer = GP_NONEV;
  ag->ref = NULL;
  ag->hooks_inited = ag->running_async = ag->closed = ag->finalized = false;
  return gp_objv(&ag->ob);
}

static GpValue new_asend(GpThread *t, GpValue self, GpValue v) {
  if (init_hooks(t, agen_of(self)) < 0) return GP_ERRV;
  ASend *o = (ASend *)gp_alloc(t, &gp_type_agen_asend, sizeof *o);
  if (!o) return gp_raise_nomem(t);
  o->agen = self;
  o->sendval = v;
  GP_INCREF(self);
  GP_INCREF(v);
  o->state = AW_INIT;
  return gp_objv(&o->ob);
}

static GpValue new_athrow(GpThread *t, GpValue self, GpValue args) {
  if (init_hooks(t, agen_of(self)) < 0) return GP_ERRV;
  AThrow *o = (AThrow *)gp_alloc(t, &gp_type_agen_athrow, sizeof *o);
  if (!o) return gp_raise_nomem(t);
  o->agen = self;
  o->args = args;
  GP_INCREF(self);
  GP_INCREF(args);
  o->state = AW_INIT;
  return gp_objv(&o->ob);
}

static GpValue agen_anext(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "__anext__", nargs, kwnames, 1, 1) < 0) return GP_ERRV;
  return new_asend(t, args[0], GP_NONEV);
}

static GpValue agen_asend(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "asend", nargs, kwnames, 2, 2) < 0) return GP_ERRV;
  return new_asend(t, args[0], args[1]);
}

static GpValue agen_athrow(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "athrow", nargs, kwnames, 2, 4) < 0) return GP_ERRV;
  GpValue a = gp_tuple_pack(t, nargs - 1, args + 1);
  if (GP_IS_ERR(a)) return a;
  GpValue r = new_athrow(t, args[0], a);
  GP_DECREF(a);
  return r;
}

static GpValue agen_aclose(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "aclose", nargs, kwnames, 1, 1) < 0) return GP_ERRV;
  return new_athrow(t, args[0], GP_NONEV);
}

static GpValue agen_aiter(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "__aiter__", nargs, kwnames, 1, 1) < 0) return GP_ERRV;
  GP_INCREF(args[0]);
  return args[0];
}

static void agen_dealloc(GpObj *o) {
  AsyncGen *ag = (AsyncGen *)o;
  if (ag->ref) ag->ref->target = NULL;
  GP_DECREF(ag->gen);
  GP_DECREF(ag->finalizer);
}

static int agen_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GP_VISIT(((AsyncGen *)o)->gen, visit, arg);
  GP_VISIT(((AsyncGen *)o)->finalizer, visit, arg);
  return 0;
}

bool gp_agen_has_finalizer(const GpObj *o) {
  const AsyncGen *ag = (const AsyncGen *)o;
  return !ag->finalized && gp_gen_state(ag->gen) == GP_GEN_SUSPENDED;
}

/* CPython's _PyGen_Finalize for an async generator, once: the finalizer
** hook if it has one and was not closed, else its generator's close(). The
** weak reference goes first, as CPython clears weak references before
** finalizing. */
void gp_agen_finalize(GpThread *t, GpObj *o) {
  AsyncGen *ag = (AsyncGen *)o;
  ag->finalized = true;
  if (ag->ref) {
    ag->ref->target = NULL;
    ag->ref = NULL;
  }
  if (GP_IS_NONE(ag->finalizer) || ag->closed) {
    gp_gen_finalize(t, ag->gen.as.o);
    return;
  }
  GpValue self = gp_objv(o);
  GpValue r = gp_vm_call(t, ag->finalizer, &self, 1, NULL);
  if (GP_IS_ERR(r))
    gp_print_unraisable(t, self);
  else
    GP_DECREF(r);
}

/* ------------------------------------------------------------ weak references */

static void ref_dealloc(GpObj *o) {
  AgenRef *r = (AgenRef *)o;
  if (r->target) r->target->ref = NULL;
}

static GpType gp_type_agen_ref = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "_asyncgen_ref",
    .dealloc = ref_dealloc,
};

GpValue gp_agen_ref(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "_agen_ref", nargs, kwnames, 1, 1) < 0) return GP_ERRV;
  if (!GP_IS_TYPE(args[0], gp_type_async_generator))
    return gp_raise(t, &gp_exc_TypeError, "an async generator is required");
  AsyncGen *ag = agen_of(args[0]);
  if (ag->ref) {
    gp_incref_o(&ag->ref->ob);
    return gp_objv(&ag->ref->ob);
  }
  AgenRef *r = (AgenRef *)gp_alloc(t, &gp_type_agen_ref, sizeof *r);
  if (!r) return gp_raise_nomem(t);
  r->target = ag;
  ag->ref = r;
  return gp_objv(&r->ob);
}

GpValue gp_agen_deref(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "_agen_deref", nargs, kwnames, 1, 1) < 0) return GP_ERRV;
  if (!GP_IS_TYPE(args[0], gp_type_agen_ref))
    return gp_raise(t, &gp_exc_TypeError, "an async generator reference is required");
  AsyncGen *ag = ((AgenRef *)args[0].as.o)->target;
  if (!ag) return GP_NONEV;
  gp_incref_o(&ag->ob);
  return gp_objv(&ag->ob);
}

static GpValue agen_repr(GpThread *t, GpValue self) {
  GpValue q = gp_getattr(t, agen_of(self)->gen, gp_intern_cstr("__qualname__"));
  if (GP_IS_ERR(q)) return q;
  GpValue r =
      gp_str_printf(t, "<async_generator object %s at %p>", GP_STR(q)->data, (void *)self.as.o);
  GP_DECREF(q);
  return r;
}

static GpValue agen_getattr(GpThread *t, GpValue self, GpObj *name) {
  const char *s = GP_STR(gp_objv(name))->data;
  if (strcmp(s, "ag_running") == 0) return gp_boolv(agen_of(self)->running_async);
  if (strcmp(s, "__name__") == 0 || strcmp(s, "__qualname__") == 0)
    return gp_getattr(t, agen_of(self)->gen, name);
  return GP_ERRV;
}

static const GpMethodDef agen_methods[] = {{"__aiter__", agen_aiter}, {"__anext__", agen_anext},
                                           {"asend", agen_asend},     {"athrow", agen_athrow},
                                           {"aclose", agen_aclose},   {NULL, NULL}};

GpType gp_type_async_generator = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "async_generator",
    .dealloc = agen_dealloc,
    .traverse = agen_traverse,
    .repr = agen_repr,
    .getattr = agen_getattr,
    .methods = agen_methods,
};
