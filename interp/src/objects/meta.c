/*
** meta.c — metaclasses (class.h): the metaclass of a class statement,
** type.__new__(mcls, name, bases, ns) and type.__call__ as a metaclass's
** methods reach them through super().
*/
#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "obj.h"
#include "vm.h"

const GpType *gp_meta_of(GpValue v) {
  const GpType *tp = gp_typeof(v);
  if (tp == &gp_type_type && GP_IS_CLASS((const GpType *)v.as.o)) {
    GpType *m = ((const GpClass *)v.as.o)->meta;
    if (m) return m;
  }
  return tp;
}

/* The most derived of meta and the bases' metaclasses, as CPython's
** _PyType_CalculateMetaclass; NULL with TypeError when none is. */
static const GpType *winner(GpThread *t, const GpType *meta, GpObj *bases) {
  GpTuple *b = (GpTuple *)bases;
  for (size_t i = 0; i < b->len; i++) {
    if (!GP_IS_TYPE(b->items[i], gp_type_type)) continue; /* gp_class_new refuses it */
    const GpType *bm = gp_meta_of(b->items[i]);
    if (gp_type_is_subtype(meta, bm)) continue;
    if (gp_type_is_subtype(bm, meta)) {
      meta = bm;
      continue;
    }
    gp_raise(t, &gp_exc_TypeError,
             "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
             "subclass of the metaclasses of all its bases");
    return NULL;
  }
  return meta;
}

GpValue gp_type_new_meta(GpThread *t, GpType *mcls, const GpValue *args, const GpValue *kwv,
                         int nkw, GpObj *kwnames) {
  if (!GP_IS_TYPE(args[0], gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "type.__new__() argument 1 must be str, not %s",
                    gp_typeof(args[0])->name);
  if (!GP_IS_TYPE(args[1], gp_type_tuple))
    return gp_raise(t, &gp_exc_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                    gp_typeof(args[1])->name);
  if (!GP_IS_TYPE(args[2], gp_type_dict))
    return gp_raise(t, &gp_exc_TypeError, "type.__new__() argument 3 must be dict, not %s",
                    gp_typeof(args[2])->name);
  const GpType *m = winner(t, mcls, args[1].as.o);
  if (!m) return GP_ERRV;
  GpObj *name = gp_intern(GP_STR(args[0])->data, GP_STR(args[0])->len), *qual = name;
  GpValue q;
  if (gp_dict_get_str(args[2].as.o, gp_intern_cstr("__qualname__"), &q)) {
    if (GP_IS_TYPE(q, gp_type_str)) qual = gp_intern(GP_STR(q)->data, GP_STR(q)->len);
    GP_DECREF(q);
  }
  GpValue cls = gp_class_new(t, name, qual, args[1].as.o, args[2].as.o);
  if (!GP_IS_ERR(cls) && m != &gp_type_type) {
    ((GpClass *)cls.as.o)->meta = (GpType *)m;
    gp_incref_o((GpObj *)&m->ob);
  }
  /* type.__new__'s keywords go to __init_subclass__ (classinit.c) */
  if (!GP_IS_ERR(cls) && gp_class_init_hooks(t, cls, kwv, nkw, kwnames) < 0) {
    GP_DECREF(cls);
    return GP_ERRV;
  }
  return cls;
}

/* out[0..len(kw)) = kw's values (borrowed) and *names = its keys as a
** tuple, NULL for no keywords: a call's keywords from a dict. 0, or -1
** (raised). */
static int kw_spread(GpThread *t, GpObj *kw, GpValue *out, GpObj **names) {
  size_t nkw = kw ? gp_dict_len(kw) : 0;
  *names = NULL;
  if (!nkw) return 0;
  GpValue tu = gp_tuple_new(t, nkw);
  if (GP_IS_ERR(tu)) return -1;
  GpValue k, v;
  size_t i = 0;
  for (size_t it = 0; gp_dict_next(kw, &it, &k, &v); i++) {
    GP_INCREF(k);
    GP_TUPLE(tu)->items[i] = k;
    out[i] = v;
  }
  *names = tu.as.o;
  return 0;
}

/* The class statement's own class (metaclass type): the class, then its
** hooks with the keywords of kw (a dict or NULL). */
static GpValue plain_class(GpThread *t, GpObj *name, GpObj *qualname, GpObj *bases, GpObj *ns,
                           GpObj *kw) {
  size_t nkw = kw ? gp_dict_len(kw) : 0;
  GpValue *kwv = malloc(sizeof(GpValue) * (nkw + 1));
  GpObj *names = NULL;
  if (!kwv) return gp_raise_nomem(t);
  GpValue cls =
      kw_spread(t, kw, kwv, &names) < 0 ? GP_ERRV : gp_class_new(t, name, qualname, bases, ns);
  if (!GP_IS_ERR(cls) && gp_class_init_hooks(t, cls, kwv, (int)nkw, names) < 0) {
    GP_DECREF(cls);
    cls = GP_ERRV;
  }
  if (names) gp_decref_o(names);
  free(kwv);
  return cls;
}

/* Calls meta(name, bases, ns, **kw); kw a dict or NULL. */
static GpValue call_meta(GpThread *t, GpValue meta, GpObj *name, GpObj *bases, GpObj *ns,
                         GpObj *kw) {
  size_t nkw = kw ? gp_dict_len(kw) : 0;
  GpValue *argv = malloc(sizeof(GpValue) * (3 + nkw));
  GpObj *names = NULL;
  if (!argv) return gp_raise_nomem(t);
  argv[0] = gp_objv(name);
  argv[1] = gp_objv(bases);
  argv[2] = gp_objv(ns);
  GpValue r = kw_spread(t, kw, argv + 3, &names) < 0
                  ? GP_ERRV
                  : gp_vm_call(t, meta, argv, (int)(3 + nkw), names);
  if (names) gp_decref_o(names);
  free(argv);
  return r;
}

/* The class body has already filled a dict: a __prepare__ would come too late. */
static bool has_prepare(const GpType *meta) {
  GpValue f;
  if (!gp_class_lookup(meta, gp_intern_cstr("__prepare__"), &f)) return false;
  GP_DECREF(f);
  return true;
}

GpValue gp_class_build(GpThread *t, GpObj *name, GpObj *qualname, GpObj *bases, GpObj *ns,
                       GpObj *kw) {
  GpValue meta = gp_objv(&gp_type_type.ob), rest = GP_NONEV;
  GpObj *mkey = gp_intern_cstr("metaclass");
  if (kw && gp_dict_get_str(kw, mkey, &meta)) { /* the other keywords go to the metaclass */
    rest = gp_dict_copy(t, kw);
    if (GP_IS_ERR(rest) || gp_dict_del(t, rest.as.o, gp_objv(mkey)) < 0) {
      GP_DECREF(meta);
      GP_DECREF(rest);
      return GP_ERRV;
    }
    kw = rest.as.o;
  } else {
    GP_INCREF(meta);
  }
  GpValue r;
  if (!GP_IS_TYPE(meta, gp_type_type)) { /* any callable may make the class */
    r = call_meta(t, meta, name, bases, ns, kw);
  } else {
    const GpType *w = winner(t, (const GpType *)meta.as.o, bases);
    if (!w)
      r = GP_ERRV;
    else if (w != &gp_type_type && has_prepare(w))
      r = gp_raise(t, &gp_exc_NotImplementedError,
                   "metaclass __prepare__ is not supported by gilpy");
    else if (w != &gp_type_type)
      r = call_meta(t, gp_objv((GpObj *)&w->ob), name, bases, ns, kw);
    else
      r = plain_class(t, name, qualname, bases, ns, kw);
  }
  GP_DECREF(meta);
  GP_DECREF(rest);
  return r;
}

GpValue gp_type_new3(GpThread *t, const GpValue *args) {
  const GpType *w =
      GP_IS_TYPE(args[1], gp_type_tuple) ? winner(t, &gp_type_type, args[1].as.o) : &gp_type_type;
  if (!w) return GP_ERRV;
  if (w == &gp_type_type || !GP_IS_TYPE(args[0], gp_type_str) || !GP_IS_TYPE(args[2], gp_type_dict))
    return gp_type_new_meta(t, &gp_type_type, args, NULL, 0, NULL);
  return gp_vm_call(t, gp_objv((GpObj *)&w->ob), args, 3, NULL);
}

/* type.__new__(mcls, name, bases, ns), bound to type. */
static GpValue type_new_fn(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int nkw = kw ? (int)GP_TUPLE(gp_objv(kw))->len : 0;
  if (nargs - nkw != 5)
    return gp_raise(t, &gp_exc_TypeError, "type.__new__() takes exactly 3 arguments (%d given)",
                    nargs - nkw - 2);
  if (!GP_IS_TYPE(args[1], gp_type_type) ||
      !gp_type_is_subtype((const GpType *)args[1].as.o, &gp_type_type))
    return gp_raise(t, &gp_exc_TypeError, "type.__new__(X): X is not a subtype of type (%s)",
                    gp_type_name(args[1]));
  return gp_type_new_meta(t, (GpType *)args[1].as.o, args + 2, args + 5, nkw, kw);
}

/* type.__call__(cls, *args), bound to cls or not: __new__ and __init__. */
static GpValue type_call_fn(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (nargs < 1 || !GP_IS_TYPE(args[0], gp_type_type))
    return gp_raise(t, &gp_exc_TypeError, "descriptor '__call__' requires a 'type' object");
  GpType *cls = (GpType *)args[0].as.o;
  if (GP_IS_CLASS(cls)) return gp_class_call_plain(t, cls, args + 1, nargs - 1, kw);
  if (cls->call) return cls->call(t, args + 1, nargs - 1, kw);
  return gp_raise(t, &gp_exc_TypeError, "cannot create '%s' instances", cls->name);
}

GpValue gp_type_super_attr(GpThread *t, GpObj *name, GpValue obj) {
  const char *s = ((GpStr *)name)->data;
  if (strcmp(s, "__new__") == 0)
    return gp_native_bind(t, "__new__", type_new_fn, gp_objv(&gp_type_type.ob));
  if (strcmp(s, "__call__") == 0 && GP_IS_TYPE(obj, gp_type_type) &&
      GP_IS_CLASS((const GpType *)obj.as.o))
    return gp_native_bind(t, "__call__", type_call_fn, obj);
  if (strcmp(s, "__call__") == 0 && GP_IS_NONE(obj)) /* read on type itself */
    return gp_native_new(t, "__call__", type_call_fn);
  return GP_ERRV;
}
