/*
** contextlibmod.c — the contextlib module: contextmanager (a generator
** function becomes a context manager: the code before its yield is
** __enter__, the code after it __exit__, an exception from the with block is
** thrown in at the yield) and suppress(*exceptions). Both are types with
** __enter__/__exit__ methods, which is what the with statement calls.
** nullcontext, closing, ExitStack and the decorator form of contextmanager
** are Python (contextlib_py.c).
*/
#include "obj.h"
#include "vm.h"

#define TYPE_HEAD                                                                                  \
  { .rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type }

/* A context manager holding one value: the generator, or suppress's tuple. */
typedef struct Holder {
  GpObj ob;
  GpValue v;
} Holder;

static void holder_dealloc(GpObj *o) {
  GP_DECREF(((Holder *)o)->v);
}

/* A with statement's manager can sit in a cycle: the generator's frame may
** reach the module that holds the manager, suppress's classes may hold the
** manager. No clear: the generator's or the classes' breaks it. */
static int holder_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GP_VISIT(((Holder *)o)->v, visit, arg);
  return 0;
}

static GpValue holder_new(GpThread *t, const GpType *tp, GpValue v) {
  Holder *h = (Holder *)gp_alloc(t, tp, sizeof(Holder));
  if (!h) {
    GP_DECREF(v);
    return gp_raise_nomem(t);
  }
  h->v = v;
  return gp_objv(&h->ob);
}

static bool take_exc(GpThread *t, bool (*match)(GpValue exc, GpValue arg), GpValue arg) {
  if (!match(t->exc, arg)) return false;
  GP_DECREF(t->exc);
  t->exc = GP_NONEV;
  return true;
}

/* ------------------------------------------------------ contextmanager */

static bool is_same(GpValue exc, GpValue v) {
  return exc.tag == GP_T_OBJ && v.tag == GP_T_OBJ && exc.as.o == v.as.o;
}

static bool is_stop(GpValue exc, GpValue unused) {
  (void)unused;
  return gp_exc_matches(exc, &gp_exc_StopIteration);
}

/* PEP 479 turned the StopIteration thrown in (v) into a RuntimeError. */
static bool is_converted_stop(GpValue exc, GpValue v) {
  return gp_exc_matches(exc, &gp_exc_RuntimeError) && is_same(((GpExc *)exc.as.o)->cause, v);
}

static GpValue gcm_enter(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "__enter__", nargs - 1, kw) < 0) return GP_ERRV;
  GpValue out;
  int r = gp_next(t, ((Holder *)args[0].as.o)->v, &out);
  if (r == 0) return gp_raise(t, &gp_exc_RuntimeError, "generator didn't yield");
  return r < 0 ? GP_ERRV : out;
}

/* The with block ended normally: the generator must finish now. */
static GpValue gcm_finish(GpThread *t, GpValue gen) {
  GpValue out;
  int r = gp_next(t, gen, &out);
  if (r < 0) return GP_ERRV;
  if (r == 0) return gp_boolv(false);
  GP_DECREF(out);
  return gp_raise(t, &gp_exc_RuntimeError, "generator didn't stop");
}

/* The with block raised value: throw it in at the yield. The exception is
** suppressed if the generator returns, re-raised by the with statement if
** the generator lets the same exception out, replaced if it raises another. */
static GpValue gcm_throw(GpThread *t, GpValue gen, GpValue value) {
  GpValue throw = gp_getattr(t, gen, gp_intern_cstr("throw"));
  if (GP_IS_ERR(throw)) return throw;
  GpValue r = gp_vm_call(t, throw, &value, 1, NULL);
  GP_DECREF(throw);
  if (!GP_IS_ERR(r)) {
    GP_DECREF(r);
    return gp_raise(t, &gp_exc_RuntimeError, "generator didn't stop after throw()");
  }
  if (take_exc(t, is_same, value) || take_exc(t, is_converted_stop, value)) return gp_boolv(false);
  if (take_exc(t, is_stop, GP_NONEV)) return gp_boolv(true);
  return GP_ERRV;
}

static GpValue gcm_exit(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "__exit__", nargs - 1, kw, 3, 3) < 0) return GP_ERRV;
  GpValue gen = ((Holder *)args[0].as.o)->v, type = args[1], value = args[2];
  if (GP_IS_NONE(type)) return gcm_finish(t, gen);
  if (!GP_IS_NONE(value)) return gcm_throw(t, gen, value);
  value = gp_vm_call(t, type, NULL, 0, NULL); /* __exit__(E, None, None) */
  if (GP_IS_ERR(value)) return value;
  GpValue r = gcm_throw(t, gen, value);
  GP_DECREF(value);
  return r;
}

static const GpMethodDef gcm_methods[] = {
    {"__enter__", gcm_enter}, {"__exit__", gcm_exit}, {NULL, NULL}};

static GpType gcm_type = {
    .ob = TYPE_HEAD,
    .name = "_GeneratorContextManager",
    .module = "contextlib",
    .dealloc = holder_dealloc,
    .traverse = holder_traverse,
    .methods = gcm_methods,
};

/* contextmanager(func)(*args, **kwargs): args[0] is func. */
static GpValue gcm_helper(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  GpValue gen = gp_vm_call(t, args[0], args + 1, nargs - 1, kw);
  if (GP_IS_ERR(gen)) return gen;
  return holder_new(t, &gcm_type, gen);
}

static GpValue cl_contextmanager(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "contextmanager", nargs, kw, 1, 1) < 0) return GP_ERRV;
  return gp_native_bind(t, "helper", gcm_helper, args[0]);
}

/* ------------------------------------------------------------- suppress */

static GpValue sup_enter(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args;
  if (gp_arg_none(t, "__enter__", nargs - 1, kw) < 0) return GP_ERRV;
  return GP_NONEV;
}

/* issubclass(type, self's exceptions): true suppresses the exception. */
static GpValue sup_exit(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "__exit__", nargs - 1, kw, 3, 3) < 0) return GP_ERRV;
  GpValue type = args[1];
  if (GP_IS_NONE(type)) return gp_boolv(false);
  if (!GP_IS_TYPE(type, gp_type_type))
    return gp_raise(t, &gp_exc_TypeError, "issubclass() arg 1 must be a class");
  GpTuple *excs = GP_TUPLE(((Holder *)args[0].as.o)->v);
  for (size_t i = 0; i < excs->len; i++) {
    if (!GP_IS_TYPE(excs->items[i], gp_type_type))
      return gp_raise(t, &gp_exc_TypeError,
                      "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    if (gp_type_is_subtype((const GpType *)type.as.o, (const GpType *)excs->items[i].as.o))
      return gp_boolv(true);
  }
  return gp_boolv(false);
}

static const GpMethodDef sup_methods[] = {
    {"__enter__", sup_enter}, {"__exit__", sup_exit}, {NULL, NULL}};

static GpType sup_type = {
    .ob = TYPE_HEAD,
    .name = "suppress",
    .module = "contextlib",
    .dealloc = holder_dealloc,
    .traverse = holder_traverse,
    .methods = sup_methods,
};

static GpValue cl_suppress(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (kw) return gp_raise(t, &gp_exc_TypeError, "suppress() takes no keyword arguments");
  GpValue excs = gp_tuple_pack(t, (size_t)nargs, args);
  if (GP_IS_ERR(excs)) return excs;
  return holder_new(t, &sup_type, excs);
}

static const GpMethodDef contextlib_fns[] = {
    {"contextmanager", cl_contextmanager}, {"suppress", cl_suppress}, {NULL, NULL}};

int gp_contextlib_py_open(GpThread *t, GpObj *d); /* contextlib_py.c */

int gp_open_contextlib(GpThread *t, GpObj *d) {
  if (gp_module_add_functions(t, d, contextlib_fns) < 0) return -1;
  return gp_contextlib_py_open(t, d);
}
