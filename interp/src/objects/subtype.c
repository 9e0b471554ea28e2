/*
** subtype.c — instances of classes derived from the built-in value types
** (class.h): how base.__new__ and base.__init__ make and refill their
** payload, the base's methods reached through super() or read on the base
** type (int.__new__), and the cycle collector's view of them.
*/
#include <string.h>

#include "class.h"
#include "obj.h"
#include "vm.h"

static const GpType *const payload_types[] = {
    &gp_type_list,  &gp_type_dict,      &gp_type_tuple,  &gp_type_str,
    &gp_type_int,   &gp_type_float,     &gp_type_set,    &gp_type_frozenset,
    &gp_type_bytes, &gp_type_bytearray, &gp_type_complex};

bool gp_payload_base(const GpType *tp) {
  for (size_t i = 0; i < sizeof payload_types / sizeof *payload_types; i++)
    if (tp == payload_types[i]) return true;
  return (tp->tpflags & (GP_TPF_SUBCLASSABLE | GP_TPF_PAYLOAD)) != 0;
}

static bool is_module_type(const GpType *tp) {
  return (tp->tpflags & GP_TPF_SUBCLASSABLE) != 0;
}

/* Mutable payloads are made empty by __new__ and filled by __init__; a
** module type's is None until __init__ makes it. */
static bool is_mutable(const GpType *tp) {
  return tp == &gp_type_list || tp == &gp_type_dict || tp == &gp_type_set ||
         tp == &gp_type_bytearray || is_module_type(tp) || (tp->tpflags & GP_TPF_PAYLOAD);
}

/* The built-in type cls's instances wrap (class.c sets tp.base to the base
** that gives the layout, as CPython's tp_base). */
static const GpType *payload_type(const GpType *cls) {
  while (GP_IS_CLASS(cls))
    cls = cls->base;
  return cls;
}

GpValue gp_payload_new(GpThread *t, GpType *cls, const GpValue *args, int nargs, GpObj *kwnames) {
  const GpType *base = payload_type(cls);
  GpValue p = is_module_type(base) ? GP_NONEV
              : is_mutable(base)   ? base->call(t, NULL, 0, NULL)
                                   : base->call(t, args, nargs, kwnames);
  if (GP_IS_ERR(p)) return p;
  const GpClass *c = (const GpClass *)cls;
  GpObj *o = gp_alloc(t, cls, c->size);
  if (!o) {
    GP_DECREF(p);
    return gp_raise_nomem(t);
  }
  gp_incref_o(&cls->ob);
  *gp_payload_slot(o) = p;
  GpValue d = gp_dict_new(t);
  if (GP_IS_ERR(d)) {
    gp_decref_o(o);
    return d;
  }
  *(GpObj **)((char *)o + c->dictoffset) = d.as.o;
  return gp_objv(o);
}

GpValue gp_payload_init(GpThread *t, GpValue self, const GpValue *args, int nargs, GpObj *kwnames) {
  const GpType *base = payload_type(self.as.o->type);
  if (!is_mutable(base)) return GP_NONEV; /* made whole by __new__ */
  if (base->ops && base->ops->init) return base->ops->init(t, self, args, nargs, kwnames);
  GpValue p = base->call(t, args, nargs, kwnames);
  if (GP_IS_ERR(p)) return p;
  GpValue *slot = gp_payload_slot(self.as.o), old = *slot;
  *slot = p;
  GP_DECREF(old);
  return GP_NONEV;
}

/* base.__new__(cls, *args), bound to base. */
static GpValue payload_new_fn(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  const GpType *base = (const GpType *)args[0].as.o;
  if (nargs < 2)
    return gp_raise(t, &gp_exc_TypeError, "%s.__new__(): not enough arguments", base->name);
  if (!GP_IS_TYPE(args[1], gp_type_type))
    return gp_raise(t, &gp_exc_TypeError, "%s.__new__(X): X is not a type object (%s)", base->name,
                    gp_type_name(args[1]));
  GpType *cls = (GpType *)args[1].as.o;
  if (cls == base) return base->call(t, args + 2, nargs - 2, kw);
  if (!gp_type_is_subtype(cls, base))
    return gp_raise(t, &gp_exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", base->name,
                    cls->name, cls->name, base->name);
  if (!GP_IS_CLASS(cls) || payload_type(cls) != base)
    return gp_raise(t, &gp_exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                    base->name, cls->name, payload_type(cls)->name);
  return gp_payload_new(t, cls, args + 2, nargs - 2, kw);
}

/* base.__init__(self, *args): object.__init__'s check for the immutable ones. */
static GpValue payload_init_fn(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (nargs < 1 || !gp_has_payload(args[0]))
    return gp_raise(t, &gp_exc_TypeError,
                    "__init__ of a built-in type needs an instance of a "
                    "subclass of it in gilpy");
  if (nargs > 1 && !is_mutable(payload_type(args[0].as.o->type)))
    return gp_raise(t, &gp_exc_TypeError,
                    "object.__init__() takes exactly one argument (the instance to initialize)");
  return gp_payload_init(t, args[0], args + 1, nargs - 1, kw);
}

/* An attribute lookup that gives GP_ERRV with nothing raised when missing. */
static GpValue getattr_or_none(GpThread *t, GpValue o, GpObj *name) {
  GpValue r = gp_getattr(t, o, name);
  if (GP_IS_ERR(r) && gp_exc_matches(t->exc, &gp_exc_AttributeError)) {
    GP_DECREF(t->exc);
    t->exc = GP_NONEV;
  }
  return r;
}

/* An attribute of a module type's subclass instance: its methods bound to
** the instance, the rest read on the payload, which __init__ must have made
** (CPython's "thread.__init__() not called"). */
static GpValue module_type_attr(GpThread *t, const GpType *tp, GpObj *name, GpValue obj) {
  GpValue p = gp_unwrap(obj);
  if (gp_typeof(p) != tp) {
    char lower[32];
    size_t i = 0;
    for (; tp->name[i] && i + 1 < sizeof lower; i++)
      lower[i] = (char)(tp->name[i] | 0x20);
    lower[i] = 0;
    return gp_raise(t, &gp_exc_RuntimeError, "%s.__init__() not called", lower);
  }
  const GpMethodDef *m = gp_type_method_interned(tp, name);
  if (m) return gp_native_bind(t, m->name, m->fn, obj);
  return getattr_or_none(t, p, name);
}

/* type(self)(src) for an instance of a subclass of a collections type,
** with defaultdict's factory before and deque's maxlen after, as CPython's
** copies and operators make one of the subclass. */
static GpValue remake(GpThread *t, GpValue self, GpValue src) {
  GpValue p = gp_unwrap(self), cls = gp_objv((GpObj *)self.as.o->type), r;
  GpValue f = getattr_or_none(t, p, gp_intern_cstr("default_factory"));
  if (!GP_IS_ERR(f)) {
    GpValue av[2] = {f, src};
    r = gp_vm_call(t, cls, av, 2, NULL);
    GP_DECREF(f);
    return r;
  }
  if (!GP_IS_NONE(t->exc)) return GP_ERRV;
  GpValue m = getattr_or_none(t, p, gp_intern_cstr("maxlen"));
  if (GP_IS_ERR(m)) return GP_IS_NONE(t->exc) ? gp_vm_call(t, cls, &src, 1, NULL) : GP_ERRV;
  GpValue av[2] = {src, m};
  r = gp_vm_call(t, cls, av, GP_IS_NONE(m) ? 1 : 2, NULL);
  GP_DECREF(m);
  return r;
}

static GpValue payload_copy_fn(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "copy", nargs - 1, kw) < 0) return GP_ERRV;
  return remake(t, args[0], args[0]);
}

/* The method of tp bound to a subclass's instance whole (GpTypeOps). */
static const GpMethodDef *inst_method(const GpType *tp, const char *name) {
  for (const GpMethodDef *m = tp->ops ? tp->ops->inst_methods : NULL; m && m->name; m++)
    if (strcmp(m->name, name) == 0) return m;
  return NULL;
}

/* self |= other by the update tp binds to self (OrderedDict's goes through
** self's __setitem__); GP_ERRV, nothing raised, if tp has none. */
static GpValue update_via(GpThread *t, const GpType *tp, GpValue self, GpValue other) {
  const GpMethodDef *up = inst_method(tp, "update");
  if (!up) return GP_ERRV;
  GpValue r = up->fn(t, (GpValue[]){self, other}, 2, NULL);
  if (GP_IS_ERR(r)) return r;
  GP_DECREF(r);
  GP_INCREF(self);
  return self;
}

/* Whether v's class derives from a collections type whose operators make
** their result through the operand's class (deque, defaultdict,
** OrderedDict: C code in CPython; Counter, Python code there, makes a plain
** Counter). */
static bool ops_via_class(GpValue v) {
  if (!gp_has_payload(v)) return false;
  const GpType *tp = payload_type(v.as.o->type);
  return (tp->tpflags & GP_TPF_PAYLOAD) && !tp->module;
}

/* The collections type of v's class's payload if CPython writes it in
** Python (Counter), whose operators then see the class's overrides. */
static const GpType *python_written(GpValue v) {
  const GpType *tp = gp_has_payload(v) ? payload_type(v.as.o->type) : NULL;
  return tp && (tp->tpflags & GP_TPF_PAYLOAD) && tp->module && tp->ops ? tp : NULL;
}

GpValue gp_payload_binop_first(GpThread *t, int op, GpValue a, GpValue b, bool inplace) {
  const GpType *pt = python_written(a);
  return pt && pt->ops->binop ? pt->ops->binop(t, (GpBinOp)op, a, b, inplace) : GP_ERRV;
}

GpValue gp_payload_binop(GpThread *t, int op, GpValue a, GpValue b, bool inplace) {
  const GpType *pt = python_written(a) ? python_written(a) : python_written(b);
  if (pt && pt->ops->binop) return pt->ops->binop(t, (GpBinOp)op, a, b, inplace);
  if (inplace)
    return op == GP_OP_OR && ops_via_class(a) ? update_via(t, payload_type(a.as.o->type), a, b)
                                              : GP_ERRV;
  bool left = ops_via_class(a);
  GpValue self = left ? a : b, other = left ? b : a;
  if (!ops_via_class(self)) return GP_ERRV;
  GpValue ps = gp_unwrap(self), po = gp_unwrap(other);
  bool dict = gp_type_is_subtype(gp_typeof(ps), &gp_type_dict);
  /* d | e, q + r, q * n and n * q; plain dict | d takes d's type (its __ror__) */
  bool ok = dict ? op == GP_OP_OR && (left ? gp_type_is_subtype(gp_typeof(po), &gp_type_dict)
                                           : GP_IS_TYPE(other, gp_type_dict))
                 : op == GP_OP_MUL || (op == GP_OP_ADD && left && gp_typeof(po) == gp_typeof(ps));
  if (!ok) return GP_ERRV;
  GpValue r = remake(t, self, dict ? a : self);
  if (GP_IS_ERR(r)) return r;
  GpValue x = dict ? update_via(t, payload_type(self.as.o->type), r, b) : GP_ERRV;
  if (GP_NOTIMPL(t, x)) x = gp_inplace_binop(t, op, gp_unwrap(r), gp_unwrap(dict ? b : other));
  if (GP_IS_ERR(x)) {
    GP_DECREF(r);
    return x;
  }
  GP_DECREF(x);
  return r;
}

/* tp's attribute name read through super() in a class method of cls: its
** class methods bound to cls. */
static GpValue type_attr_for(GpThread *t, const GpType *tp, GpObj *name, GpValue cls) {
  GpValue c = gp_type_class_attr(t, tp, ((GpStr *)name)->data, cls);
  return GP_IS_ERR(c) ? getattr_or_none(t, gp_objv((GpObj *)tp), name) : c;
}

GpValue gp_payload_super_attr(GpThread *t, const GpType *tp, GpObj *name, GpValue obj) {
  const char *s = ((GpStr *)name)->data;
  if (strcmp(s, "__new__") == 0)
    return gp_native_bind(t, "__new__", payload_new_fn, gp_objv((GpObj *)tp));
  if (!gp_has_payload(obj)) /* super() in a classmethod: the type's attribute */
    return GP_IS_TYPE(obj, gp_type_type) ? type_attr_for(t, tp, name, obj) : GP_ERRV;
  if (strcmp(s, "__init__") == 0) return gp_native_bind(t, "__init__", payload_init_fn, obj);
  GpValue p = gp_unwrap(obj);
  if (is_module_type(tp)) return module_type_attr(t, tp, name, obj);
  if ((tp->tpflags & GP_TPF_PAYLOAD) && strcmp(s, "copy") == 0)
    return gp_native_bind(t, "copy", payload_copy_fn, obj);
  const GpMethodDef *im = inst_method(tp, s);
  if (im) return gp_native_bind(t, im->name, im->fn, obj);
  GpValue c = gp_type_class_attr(t, tp, s, gp_objv((GpObj *)obj.as.o->type));
  if (!GP_IS_ERR(c)) return c;
  const GpMethodDef *m = gp_dunder_find(tp, s); /* the base's special methods */
  if (m) /* a dict's __getitem__ calls the subclass's __missing__: it needs the instance */
    return gp_native_bind(t, m->name, m->fn, strcmp(s, "__getitem__") ? p : obj);
  return getattr_or_none(t, p, name);
}

GpValue gp_builtin_type_attr(GpThread *t, const GpType *tp, GpObj *name) {
  const char *s = ((GpStr *)name)->data;
  if (strcmp(s, "__new__") == 0 && gp_payload_base(tp))
    return gp_native_bind(t, "__new__", payload_new_fn, gp_objv((GpObj *)tp));
  if ((strcmp(s, "__new__") == 0 || strcmp(s, "__call__") == 0 || strcmp(s, "__prepare__") == 0) &&
      tp == &gp_type_type)
    return gp_type_super_attr(t, name, GP_NONEV);
  if (strcmp(s, "__init__") == 0 && gp_payload_base(tp))
    return gp_native_new(t, "__init__", payload_init_fn);
  if (strcmp(s, "__hash__") == 0 && gp_type_unhashable(tp))
    return GP_NONEV;                            /* list.__hash__ is None, as on the instances */
  const GpMethodDef *m = gp_dunder_find(tp, s); /* int.__add__, list.__len__ */
  if (m) return gp_native_method(t, tp, m);
  return GP_ERRV;
}

bool gp_payload_repr_names_class(GpValue p) {
  return (gp_typeof(p)->tpflags & GP_TPF_PAYLOAD) || GP_IS_TYPE(p, gp_type_bytearray);
}

GpValue gp_payload_repr(GpThread *t, GpValue self) {
  GpValue p = gp_unwrap(self), r = gp_repr(t, p);
  if (GP_IS_ERR(r) || !gp_payload_repr_names_class(p)) return r;
  const char *s = GP_STR(r)->data, *paren = strchr(s, '(');
  GpValue named = paren ? gp_str_printf(t, "%s%s", self.as.o->type->name, paren) : r;
  if (paren) GP_DECREF(r);
  return named;
}

/* ---------------------------------------------------- the cycle collector */

int gp_payload_traverse(GpObj *self, GpVisitFn visit, void *arg) {
  GpObj *d = *(GpObj **)((char *)self + ((const GpClass *)self->type)->dictoffset);
  if (d) {
    int r = visit(d, arg);
    if (r) return r;
  }
  GP_VISIT(*gp_payload_slot(self), visit, arg);
  return visit((GpObj *)self->type, arg); /* the instance owns a reference to its class */
}

/* The payload is dropped; the dict, a container with its own clear, stays
** for the instance's dealloc. */
void gp_payload_clear(GpObj *self) {
  GP_CLEAR(*gp_payload_slot(self));
}
