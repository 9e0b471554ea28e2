/*
** meta.c — metaclasses (class.h): the class statement (its metaclass,
** the namespace __prepare__ gives, the body run on it),
** type.__new__(mcls, name, bases, ns), type.__call__, type.__prepare__ and
** type.__setattr__ as a metaclass's methods reach them through super(), the
** metaclass's special methods that operate on its classes (len(C), iter(C),
** x in C, C[k], C.x = v: an Enum's), and a metaclass's __del__ as the
** finalizer of its classes (finalize.c).
*/
#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "finalize.h"
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

/* A namespace (type.__new__'s, __prepare__'s): a dict or an instance of a dict subclass. */
static bool is_namespace(GpValue ns) {
  return GP_IS_TYPE(gp_unwrap(ns), gp_type_dict);
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
  if (!is_namespace(args[2]))
    return gp_raise(t, &gp_exc_TypeError, "type.__new__() argument 3 must be dict, not %s",
                    gp_typeof(args[2])->name);
  GpObj *ns = gp_unwrap(args[2]).as.o;
  const GpType *m = winner(t, mcls, args[1].as.o);
  if (!m) return GP_ERRV;
  GpObj *name = gp_intern(GP_STR(args[0])->data, GP_STR(args[0])->len), *qual = name;
  GpValue q;
  if (gp_dict_get_str(ns, gp_intern_cstr("__qualname__"), &q)) {
    if (GP_IS_TYPE(q, gp_type_str)) qual = gp_intern(GP_STR(q)->data, GP_STR(q)->len);
    GP_DECREF(q);
  }
  GpValue cls = gp_class_new(t, name, qual, args[1].as.o, ns);
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

/* Calls fn(*pos, **kw); kw a dict or NULL. */
static GpValue call_kw(GpThread *t, GpValue fn, const GpValue *pos, int npos, GpObj *kw) {
  size_t nkw = kw ? gp_dict_len(kw) : 0;
  GpValue *argv = malloc(sizeof(GpValue) * ((size_t)npos + nkw));
  GpObj *names = NULL;
  if (!argv) return gp_raise_nomem(t);
  memcpy(argv, pos, sizeof(GpValue) * (size_t)npos);
  GpValue r = kw_spread(t, kw, argv + npos, &names) < 0
                  ? GP_ERRV
                  : gp_vm_call(t, fn, argv, (int)(npos + nkw), names);
  if (names) gp_decref_o(names);
  free(argv);
  return r;
}

/* The class body's namespace: meta.__prepare__(name, bases, **kw) when the
** metaclass w (NULL: not a type) defines one, else a new dict. */
static GpValue prepare(GpThread *t, const GpType *w, GpObj *name, GpObj *bases, GpObj *kw) {
  GpValue f;
  GpObj *key = gp_intern_cstr("__prepare__");
  if (!w || w == &gp_type_type || !gp_class_lookup(w, key, &f)) return gp_dict_new(t);
  GP_DECREF(f);
  f = gp_getattr(t, gp_objv((GpObj *)&w->ob), key); /* bound as the classmethod it is */
  if (GP_IS_ERR(f)) return f;
  GpValue pos[2] = {gp_objv(name), gp_objv(bases)};
  GpValue ns = call_kw(t, f, pos, 2, kw);
  GP_DECREF(f);
  if (GP_IS_ERR(ns) || is_namespace(ns)) return ns;
  gp_raise(t, &gp_exc_NotImplementedError,
           "metaclass __prepare__ returning a '%s' (not a dict) is not supported by gilpy",
           gp_type_name(ns));
  GP_DECREF(ns);
  return GP_ERRV;
}

/* Stores a class body's name in its namespace: a dict subclass's own
** __setitem__ sees it, as in CPython. 0, or -1 (raised). */
int gp_ns_store(GpThread *t, GpValue ns, GpObj *name, GpValue v) {
  if (GP_IS_TYPE(ns, gp_type_dict)) return gp_dict_set(t, ns.as.o, gp_objv(name), v);
  return gp_setitem(t, ns, gp_objv(name), v);
}

/* __module__ and __qualname__ (what CPython's class body stores first),
** then the body itself run on ns. 0, or -1 (raised). */
static int run_body(GpThread *t, GpValue body, GpValue ns, GpValue module, GpObj *qualname) {
  if (!GP_IS_ERR(module) && gp_ns_store(t, ns, gp_intern_cstr("__module__"), module) < 0) return -1;
  if (gp_ns_store(t, ns, gp_intern_cstr("__qualname__"), gp_objv(qualname)) < 0) return -1;
  GpValue r = gp_vm_call(t, body, &ns, 1, NULL);
  if (GP_IS_ERR(r)) return -1;
  GP_DECREF(r);
  return 0;
}

/* The namespace made, the body run on it, the class made by meta (a
** type's winner w, or any callable when w is NULL). orig: the bases as
** written when __mro_entries__ changed them (__orig_bases__), or NULL. */
static GpValue make_class(GpThread *t, GpValue meta, const GpType *w, const GpClassStmt *cs,
                          GpObj *kw, GpObj *orig) {
  GpValue ns = prepare(t, w, cs->name, cs->bases, kw), r = GP_ERRV;
  if (GP_IS_ERR(ns)) return ns;
  if (run_body(t, cs->body, ns, cs->module, cs->qualname) == 0 &&
      (!orig || gp_ns_store(t, ns, gp_intern_cstr("__orig_bases__"), gp_objv(orig)) == 0)) {
    GpValue pos[3] = {gp_objv(cs->name), gp_objv(cs->bases), ns};
    if (!w)
      r = call_kw(t, meta, pos, 3, kw);
    else if (w != &gp_type_type)
      r = call_kw(t, gp_objv((GpObj *)&w->ob), pos, 3, kw);
    else
      r = plain_class(t, cs->name, cs->qualname, cs->bases, gp_unwrap(ns).as.o, kw);
  }
  GP_DECREF(ns);
  return r;
}

GpValue gp_class_build(GpThread *t, const GpClassStmt *stmt, GpObj *kw) {
  bool changed;
  GpValue bases = gp_mro_entries(t, stmt->bases, &changed);
  if (GP_IS_ERR(bases)) return bases;
  GpClassStmt resolved = *stmt, *cs = &resolved;
  resolved.bases = bases.as.o;
  GpValue meta = gp_objv(&gp_type_type.ob), rest = GP_NONEV, r = GP_ERRV;
  GpObj *mkey = gp_intern_cstr("metaclass");
  if (kw && gp_dict_get_str(kw, mkey, &meta)) { /* the other keywords go to the metaclass */
    rest = gp_dict_copy(t, kw);
    if (GP_IS_ERR(rest) || gp_dict_del(t, rest.as.o, gp_objv(mkey)) < 0) {
      GP_DECREF(meta);
      GP_DECREF(rest);
      GP_DECREF(bases);
      return GP_ERRV;
    }
    kw = rest.as.o;
  } else {
    GP_INCREF(meta);
  }
  const GpType *w = NULL; /* any callable may make the class; a type's winner does */
  if (!GP_IS_TYPE(meta, gp_type_type) || (w = winner(t, (const GpType *)meta.as.o, cs->bases)))
    r = make_class(t, meta, w, cs, kw, changed ? stmt->bases : NULL);
  GP_DECREF(meta);
  GP_DECREF(rest);
  GP_DECREF(bases);
  return r;
}

GpValue gp_type_new3(GpThread *t, const GpValue *args) {
  const GpType *w =
      GP_IS_TYPE(args[1], gp_type_tuple) ? winner(t, &gp_type_type, args[1].as.o) : &gp_type_type;
  if (!w) return GP_ERRV;
  if (w == &gp_type_type || !GP_IS_TYPE(args[0], gp_type_str) || !is_namespace(args[2]))
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

/* type.__prepare__(name, bases, **kw): a new dict, whatever it is given. */
static GpValue type_prepare_fn(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args;
  (void)nargs;
  (void)kw;
  return gp_dict_new(t);
}

/* ------------------------------------- the metaclass's special methods */

GpValue gp_meta_special(GpThread *t, GpValue cls, const char *name, const GpValue *args,
                        int nargs) {
  if (!GP_IS_TYPE(cls, gp_type_type) || !GP_IS_CLASS((const GpType *)cls.as.o)) return GP_ERRV;
  GpType *m = ((const GpClass *)cls.as.o)->meta;
  GpObj *s = gp_intern_cstr(name);
  GpValue f, argv[3] = {cls};
  if (!s) return gp_raise_nomem(t);
  if (!m || !gp_class_lookup(m, s, &f)) return GP_ERRV;
  for (int i = 0; i < nargs && i < 2; i++)
    argv[i + 1] = args[i];
  GpValue r = gp_vm_call(t, f, argv, nargs + 1, NULL);
  GP_DECREF(f);
  return r;
}

int gp_meta_setattr(GpThread *t, GpValue cls, GpObj *name, GpValue v) {
  GpValue args[2] = {gp_objv(name), v};
  bool del = GP_IS_ERR(v);
  GpValue r = gp_meta_special(t, cls, del ? "__delattr__" : "__setattr__", args, del ? 1 : 2);
  if (GP_IS_ERR(r)) return GP_IS_NONE(t->exc) ? 1 : -1;
  GP_DECREF(r);
  return 0;
}

/* type.__setattr__(cls, name, v) and type.__delattr__(cls, name), bound to
** cls: the class's own store, which a metaclass's override reaches. */
static GpValue type_setattr_fn(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  bool del = nargs == 2;
  if (kw || nargs != (del ? 2 : 3) || !GP_IS_TYPE(args[1], gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "expected %d arguments, got %d", del ? 1 : 2, nargs - 1);
  if (gp_class_setattr(t, (GpType *)args[0].as.o, args[1].as.o, del ? GP_ERRV : args[2]) < 0)
    return GP_ERRV;
  return GP_NONEV;
}

GpValue gp_type_super_attr(GpThread *t, GpObj *name, GpValue obj) {
  const char *s = ((GpStr *)name)->data;
  if (strcmp(s, "__prepare__") == 0) return gp_native_new(t, "__prepare__", type_prepare_fn);
  if (strcmp(s, "__new__") == 0)
    return gp_native_bind(t, "__new__", type_new_fn, gp_objv(&gp_type_type.ob));
  if (strcmp(s, "__call__") == 0 && GP_IS_TYPE(obj, gp_type_type) &&
      GP_IS_CLASS((const GpType *)obj.as.o))
    return gp_native_bind(t, "__call__", type_call_fn, obj);
  if ((strcmp(s, "__setattr__") == 0 || strcmp(s, "__delattr__") == 0) &&
      GP_IS_TYPE(obj, gp_type_type) && GP_IS_CLASS((const GpType *)obj.as.o))
    return gp_native_bind(t, s[2] == 's' ? "__setattr__" : "__delattr__", type_setattr_fn, obj);
  if (strcmp(s, "__call__") == 0 && GP_IS_NONE(obj)) /* read on type itself */
    return gp_native_new(t, "__call__", type_call_fn);
  return GP_ERRV;
}

/* ------------------------------------------------ the metaclass's __del__ */

/* cls's metaclass's __del__ (new reference), or GP_ERRV. */
static GpValue meta_del(const GpObj *cls) {
  const GpType *tp = (const GpType *)cls;
  GpValue f;
  if (!GP_IS_CLASS(tp) || !((const GpClass *)tp)->meta) return GP_ERRV;
  return gp_class_lookup(((const GpClass *)tp)->meta, gp_intern_cstr("__del__"), &f) ? f : GP_ERRV;
}

bool gp_meta_has_del(const GpObj *cls) {
  if (cls->flags & GP_F_FINALIZED) return false;
  GpValue f = meta_del(cls);
  bool has = !GP_IS_ERR(f);
  GP_DECREF(f);
  return has;
}

/* Marked first, as an instance's: it runs once even if it resurrects cls. */
void gp_meta_finalize(GpThread *t, GpObj *cls) {
  cls->flags |= GP_F_FINALIZED;
  gp_del_call(t, meta_del(cls), cls);
}
