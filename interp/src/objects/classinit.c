/*
** classinit.c — what type.__new__ does once a class exists: wraps a plain
** __init_subclass__ or __class_getitem__ in classmethod, calls
** __set_name__(cls, name) on the
** namespace's values that define it, then the parent's __init_subclass__
** with the class statement's keywords (class B(A, tag=1)).
*/
#include "class.h"
#include "numproto.h"
#include "obj.h"
#include "vm.h"

static GpObj *S(const char *s) {
  return gp_intern_cstr(s);
}

/* __init_subclass__ and __class_getitem__ are implicit classmethods, as
** __new__ is an implicit staticmethod. */
static int wrap_classmethod(GpThread *t, GpClass *c, const char *name) {
  GpValue f;
  if (!gp_dict_get_str(c->dict, S(name), &f)) return 0;
  GpValue m = GP_IS_TYPE(f, gp_type_function)
                  ? gp_vm_call(t, gp_objv(&gp_type_classmethod.ob), &f, 1, NULL)
                  : GP_NONEV;
  GP_DECREF(f);
  if (GP_IS_ERR(m) || GP_IS_NONE(m)) return GP_IS_ERR(m) ? -1 : 0;
  int r = gp_dict_set(t, c->dict, gp_objv(S(name)), m);
  GP_DECREF(m);
  return r;
}

/* CPython 3.11's RuntimeError around an exception from __set_name__, the cause. */
static void set_name_error(GpThread *t, GpValue v, GpValue key, GpClass *c) {
  GpValue cause = t->exc;
  t->exc = GP_NONEV;
  gp_raise(t, &gp_exc_RuntimeError, "Error calling __set_name__ on '%s' instance '%s' in '%s'",
           gp_type_name(v), GP_STR(key)->data, c->tp.name);
  if (GP_IS_OBJ(t->exc) && !(t->exc.as.o->flags & GP_F_IMMORTAL)) {
    GpExc *e = (GpExc *)t->exc.as.o;
    GP_DECREF(e->cause);
    e->cause = cause;
    e->suppress_context = true;
  } else {
    GP_DECREF(cause);
  }
}

static int set_names(GpThread *t, GpClass *c) {
  GpValue ns = gp_dict_copy(t, c->dict); /* __set_name__ may change the namespace */
  if (GP_IS_ERR(ns)) return -1;
  GpValue key, v, cls = gp_objv(&c->tp.ob), r;
  int k = 0;
  for (size_t i = 0; k >= 0 && gp_dict_next(ns.as.o, &i, &key, &v);) {
    GpValue args[2] = {cls, key};
    if (GP_IS_TYPE(v, gp_type_property)) gp_property_set_name(v, key);
    k = gp_inst_call_special(t, v, "__set_name__", args, 2, &r);
    if (k > 0) GP_DECREF(r);
    if (k < 0) set_name_error(t, v, key, c);
  }
  GP_DECREF(ns);
  return k < 0 ? -1 : 0;
}

/* super(cls, cls).__init_subclass__(**kw) */
static int init_subclass(GpThread *t, GpValue cls, const GpValue *kwv, int nkw, GpObj *kwnames) {
  GpValue pair[2] = {cls, cls};
  GpValue sup = gp_vm_call(t, gp_objv(&gp_type_super.ob), pair, 2, NULL);
  if (GP_IS_ERR(sup)) return -1;
  GpValue f = gp_getattr(t, sup, S("__init_subclass__"));
  GP_DECREF(sup);
  if (GP_IS_ERR(f)) return -1;
  GpValue r = gp_vm_call(t, f, kwv, nkw, kwnames);
  GP_DECREF(f);
  if (GP_IS_ERR(r)) return -1;
  GP_DECREF(r);
  return 0;
}

int gp_class_init_hooks(GpThread *t, GpValue cls, const GpValue *kwv, int nkw, GpObj *kwnames) {
  GpClass *c = (GpClass *)cls.as.o;
  if (wrap_classmethod(t, c, "__init_subclass__") < 0 ||
      wrap_classmethod(t, c, "__class_getitem__") < 0 || set_names(t, c) < 0)
    return -1;
  return init_subclass(t, cls, kwv, nkw, kwnames);
}

GpValue gp_class_subscript(GpThread *t, GpValue cls, GpValue key) {
  GpValue f;
  if (!gp_class_lookup((const GpType *)cls.as.o, S("__class_getitem__"), &f))
    return gp_raise(t, &gp_exc_TypeError, "type '%s' is not subscriptable",
                    ((const GpType *)cls.as.o)->name);
  GP_DECREF(f);
  f = gp_getattr(t, cls, S("__class_getitem__")); /* bound to cls */
  if (GP_IS_ERR(f)) return f;
  GpValue r = gp_vm_call(t, f, &key, 1, NULL);
  GP_DECREF(f);
  return r;
}
