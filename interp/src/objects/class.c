/*
** class.c — user classes (see class.h): C3 linearization, instances and
** their attributes, bound methods, staticmethod, classmethod, property,
** super, and the dispatch of operators to special methods.
*/
#include "class.h"

#include <stdlib.h>
#include <string.h>

#include "cache_none.h"
#include "code.h"
#include "finalize.h"
#include "obj.h"
#include "protoiter.h"
#include "vm.h"

_Atomic uint64_t gp_class_epoch = 1;

static GpObj *S(const char *s) {
  return gp_intern_cstr(s);
}

static const char *cstr(GpObj *s) {
  return ((GpStr *)s)->data;
}

/* ------------------------------------------------------- NotImplemented */

static GpValue notimpl_repr(GpThread *t, GpValue self) {
  (void)self;
  return gp_str_cstr(t, "NotImplemented");
}

static GpType gp_type_notimpl = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "NotImplementedType",
    .repr = notimpl_repr,
    .hash = gp_identity_hash,
};
static GpObj notimpl = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_notimpl};
#define NOTIMPL gp_objv(&notimpl)
GpValue gp_notimplemented(void) {
  return NOTIMPL;
}
static bool is_notimpl(GpValue v) {
  return v.tag == GP_T_OBJ && v.as.o == &notimpl;
}
bool gp_is_notimpl(GpValue v) {
  return is_notimpl(v);
}

/* ----------------------------------------------------------------- object */

static GpValue object_repr_of(GpThread *t, GpValue self) {
  const GpType *tp = gp_typeof(self);
  if (GP_IS_CLASS(tp))
    return gp_str_printf(t, "<%s.%s object at %p>", cstr(((GpClass *)tp)->module),
                         cstr(((GpClass *)tp)->qualname), (void *)self.as.o);
  return gp_str_printf(t, "<%s object at %p>", tp->name, (void *)self.as.o);
}

static int identity_hash(GpThread *t, GpValue self, int64_t *h) {
  (void)t;
  *h = (int64_t)((uintptr_t)self.as.o >> 4);
  return 0;
}

static GpValue object_call(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  (void)args;
  if (nargs || kwnames) return gp_raise(t, &gp_exc_TypeError, "object() takes no arguments");
  GpObj *o = gp_alloc(t, &gp_type_object, sizeof(GpObj));
  return o ? gp_objv(o) : gp_raise_nomem(t);
}

GpType gp_type_object = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "object",
    .repr = object_repr_of,
    .hash = identity_hash,
    .call = object_call,
};

/* ---------------------------------------------------------- the MRO (C3) */

static bool in_tail(GpObj **seq, int n, int from, GpObj *x) {
  for (int i = from + 1; i < n; i++)
    if (seq[i] == x) return true;
  return false;
}

/* C3: merge the bases' MROs and the list of bases. */
static GpValue c3_mro(GpThread *t, GpClass *cls, GpTuple *bases) {
  int nb = (int)bases->len, nseq = nb + 1;
  GpObj ***seqs = calloc((size_t)nseq, sizeof *seqs);
  int *lens = calloc((size_t)nseq, sizeof *lens), *heads = calloc((size_t)nseq, sizeof *heads);
  GpValue out = gp_list_new(t, 8);
  GpValue res = GP_ERRV;
  if (!seqs || !lens || !heads || GP_IS_ERR(out)) {
    gp_raise_nomem(t);
    goto done;
  }
  for (int i = 0; i < nb; i++) {
    const GpType *b = (const GpType *)bases->items[i].as.o;
    if (GP_IS_CLASS(b)) {
      GpTuple *m = (GpTuple *)((const GpClass *)b)->mro;
      seqs[i] = malloc(sizeof(GpObj *) * m->len);
      if (!seqs[i]) goto oom;
      for (size_t k = 0; k < m->len; k++)
        seqs[i][k] = m->items[k].as.o;
      lens[i] = (int)m->len;
    } else { /* a built-in type: its base chain, then object */
      int n = 0;
      for (const GpType *x = b; x; x = x->base)
        n++;
      seqs[i] = malloc(sizeof(GpObj *) * (size_t)(n + 1));
      if (!seqs[i]) goto oom;
      n = 0;
      for (const GpType *x = b; x; x = x->base)
        seqs[i][n++] = (GpObj *)x;
      if (b != &gp_type_object) seqs[i][n++] = &gp_type_object.ob;
      lens[i] = n;
    }
  }
  seqs[nb] = malloc(sizeof(GpObj *) * (size_t)(nb + 1));
  if (!seqs[nb]) goto oom;
  for (int i = 0; i < nb; i++)
    seqs[nb][i] = bases->items[i].as.o;
  lens[nb] = nb;
  if (gp_list_append(t, out.as.o, gp_objv(&cls->tp.ob)) < 0) goto done;
  for (;;) {
    bool any = false;
    GpObj *pick = NULL;
    for (int i = 0; i < nseq && !pick; i++) {
      if (heads[i] >= lens[i]) continue;
      any = true;
      GpObj *c = seqs[i][heads[i]];
      bool ok = true;
      for (int j = 0; j < nseq && ok; j++)
        ok = heads[j] >= lens[j] || !in_tail(seqs[j], lens[j], heads[j], c);
      if (ok) pick = c;
    }
    if (!any) break;
    if (!pick) {
      GpBuf b; /* CPython 3.11's wording, line break included */
      gp_buf_init(&b);
      gp_buf_puts(&b, "Cannot create a consistent method resolution\norder (MRO) for bases ");
      for (int i = 0; i < nb; i++) {
        if (i) gp_buf_puts(&b, ", ");
        gp_buf_puts(&b, ((const GpType *)bases->items[i].as.o)->name);
      }
      GpValue msg = gp_buf_finish(t, &b);
      if (!GP_IS_ERR(msg)) {
        gp_raise(t, &gp_exc_TypeError, "%s", GP_STR(msg)->data);
        GP_DECREF(msg);
      }
      goto done;
    }
    if (gp_list_append(t, out.as.o, gp_objv(pick)) < 0) goto done;
    for (int i = 0; i < nseq; i++)
      if (heads[i] < lens[i] && seqs[i][heads[i]] == pick) heads[i]++;
  }
  res = gp_tuple_pack(t, GP_LIST(out)->len, GP_LIST(out)->items);
  goto done;
oom:
  gp_raise_nomem(t);
done:
  for (int i = 0; seqs && i < nseq; i++)
    free(seqs[i]);
  free(seqs);
  free(lens);
  free(heads);
  GP_DECREF(out);
  return res;
}

/* --------------------------------------------------------------- classes */

bool gp_class_is_subtype(const GpType *a, const GpType *b) {
  if (b == &gp_type_object) return true;
  if (!GP_IS_CLASS(a)) {
    for (; a; a = a->base)
      if (a == b) return true;
    return false;
  }
  GpTuple *m = (GpTuple *)((const GpClass *)a)->mro;
  for (size_t i = 0; i < m->len; i++) {
    const GpType *x = (const GpType *)m->items[i].as.o;
    if (x == b) return true;
    if (!GP_IS_CLASS(x))
      for (x = x->base; x; x = x->base)
        if (x == b) return true;
  }
  return false;
}

bool gp_class_lookup(const GpType *tp, GpObj *name, GpValue *out) {
  if (!GP_IS_CLASS(tp)) return false;
  GpTuple *m = (GpTuple *)((const GpClass *)tp)->mro;
  for (size_t i = 0; i < m->len; i++) {
    const GpType *x = (const GpType *)m->items[i].as.o;
    if (GP_IS_CLASS(x) && gp_dict_get_str(((const GpClass *)x)->dict, name, out)) return true;
  }
  return false;
}

/* The built-in type whose layout the instances of tp have. */
/* Whether CPython gives built-in exception tp fields of its own; the others
** share their base's layout there (class E(OSError, ValueError) is allowed,
** as io.UnsupportedOperation is), while gilpy's all share GpExc. */
static bool exc_has_fields(const GpType *tp) {
  static const GpType *const own[] = {&gp_exc_BaseException,
                                      &gp_exc_SystemExit,
                                      &gp_exc_NameError,
                                      &gp_exc_AttributeError,
                                      &gp_exc_ImportError,
                                      &gp_exc_SyntaxError,
                                      &gp_exc_OSError,
                                      &gp_exc_StopIteration,
                                      &gp_exc_UnicodeDecodeError,
                                      &gp_exc_UnicodeEncodeError,
                                      &gp_exc_UnicodeTranslateError};
  for (size_t i = 0; i < sizeof own / sizeof *own; i++)
    if (tp == own[i]) return true;
  return false;
}

static const GpType *solid_base(const GpType *tp) {
  while (tp && GP_IS_CLASS(tp))
    tp = tp->base;
  return tp ? tp : &gp_type_object;
}

/* The type whose layout an instance of solid base s has, as CPython sees it. */
static const GpType *layout_of(const GpType *s) {
  if (gp_type_is_subtype(s, &gp_exc_BaseException))
    while (!exc_has_fields(s))
      s = s->base;
  return s;
}

static int class_slots(GpThread *t, GpClass *c);
static void inst_dealloc(GpObj *o);
static int inst_traverse(GpObj *o, GpVisitFn visit, void *arg);
static void inst_clear(GpObj *o);
static GpValue inst_repr(GpThread *t, GpValue self);
static GpValue inst_str(GpThread *t, GpValue self);
static int inst_hash(GpThread *t, GpValue self, int64_t *h);
static GpValue inst_iter(GpThread *t, GpValue self);
static int inst_next(GpThread *t, GpValue self, GpValue *out);
static GpValue inst_getattr(GpThread *t, GpValue self, GpObj *name);
static int inst_setattr(GpThread *t, GpValue self, GpObj *name, GpValue v);

GpValue gp_class_new(GpThread *t, GpObj *name, GpObj *qualname, GpObj *bases_in, GpObj *ns) {
  GpTuple *bases = (GpTuple *)bases_in;
  GpValue obj_bases = GP_ERRV;
  if (bases->len == 0) {
    GpValue o = gp_objv(&gp_type_object.ob);
    obj_bases = gp_tuple_pack(t, 1, &o);
    if (GP_IS_ERR(obj_bases)) return obj_bases;
    bases = GP_TUPLE(obj_bases);
  }
  const GpType *solid = &gp_type_object;
  GpValue best = bases->items[0]; /* the base that gives the layout: tp.base */
  for (size_t i = 0; i < bases->len; i++) {
    GpValue b = bases->items[i];
    if (!GP_IS_TYPE(b, gp_type_type)) {
      GP_DECREF(obj_bases);
      return gp_raise(t, &gp_exc_TypeError, "bases must be types");
    }
    for (size_t j = 0; j < i; j++)
      if (bases->items[j].as.o == b.as.o) {
        GP_DECREF(obj_bases);
        return gp_raise(t, &gp_exc_TypeError, "duplicate base class %s",
                        ((const GpType *)b.as.o)->name);
      }
    const GpType *s = solid_base((const GpType *)b.as.o);
    bool exc = gp_type_is_subtype(s, &gp_exc_BaseException);
    if (s != &gp_type_object && !exc && !gp_payload_base(s) && s != &gp_type_type) {
      GP_DECREF(obj_bases);
      if (s == &gp_type_bool || s == &gp_type_range || s == &gp_type_none)
        return gp_raise(t, &gp_exc_TypeError, "type '%s' is not an acceptable base type", s->name);
      return gp_raise(t, &gp_exc_TypeError,
                      "subclassing the built-in type '%s' is not supported by gilpy", s->name);
    }
    if (s != &gp_type_object) {
      const GpType *ls = layout_of(s), *lsolid = layout_of(solid);
      if (solid != &gp_type_object && !gp_type_is_subtype(ls, lsolid) &&
          !gp_type_is_subtype(lsolid, ls)) {
        GP_DECREF(obj_bases);
        return gp_raise(t, &gp_exc_TypeError, "multiple bases have instance lay-out conflict");
      }
      if (solid == &gp_type_object || (s != solid && gp_type_is_subtype(s, solid)) ||
          (ls != lsolid && gp_type_is_subtype(ls, lsolid))) {
        solid = s;
        best = b;
      }
    }
  }
  size_t nlen = strlen(cstr(name));
  GpClass *c = (GpClass *)gp_alloc(t, &gp_type_type, sizeof(GpClass) + nlen + 1);
  if (!c) {
    GP_DECREF(obj_bases);
    return gp_raise_nomem(t);
  }
  memcpy(c->cname, cstr(name), nlen + 1);
  c->tp.name = c->cname;
  c->tp.tpflags = GP_TPF_HEAP;
  c->tp.base = (const GpType *)best.as.o;
  c->tp.dealloc = inst_dealloc;
  c->tp.traverse = inst_traverse; /* instances are collected (gc.c) */
  c->tp.repr = inst_repr;
  c->tp.str = inst_str;
  c->tp.hash = inst_hash;
  c->tp.iter = inst_iter;
  c->tp.next = inst_next;
  c->tp.getattr = inst_getattr;
  c->tp.setattr = inst_setattr;
  bool exc = gp_type_is_subtype(solid, &gp_exc_BaseException);
  c->dictoffset = exc ? sizeof(GpExc) : sizeof(GpObj);
  c->size = c->dictoffset + sizeof(GpObj *);
  if (gp_payload_base(solid)) {
    c->payoffset = c->size;
    c->size += sizeof(GpValue);
    c->tp.traverse = gp_payload_traverse;
    c->tp.clear = gp_payload_clear;
  }
  gp_incref_o(&bases->ob);
  c->bases = &bases->ob;
  GP_DECREF(obj_bases);
  for (size_t i = 0; i < bases->len; i++)
    GP_INCREF(bases->items[i]); /* held by the tuple; the class also keeps its bases alive */
  c->name = name;
  c->qualname = qualname;
  gp_incref_o(name);
  gp_incref_o(qualname);
  GpValue mod = GP_NONEV;
  bool has_mod = gp_dict_get_str(ns, S("__module__"), &mod);
  if (!GP_IS_TYPE(mod, gp_type_str)) {
    GP_DECREF(mod);
    mod = gp_objv(S("__main__"));
  }
  c->module = mod.as.o;
  atomic_store_explicit(&c->new_assigned, gp_dict_find_str(ns, S("__new__")) != NULL,
                        memory_order_relaxed);
  GpValue d = gp_dict_copy(t, ns);
  GpValue mro = GP_IS_ERR(d) ? GP_ERRV : (c->dict = d.as.o, c3_mro(t, c, bases));
  /* type.__new__ takes __qualname__ out of the namespace (c->qualname has
  ** it) and sets __module__ in it (what dir() tells classes by) */
  if (!GP_IS_ERR(mro) &&
      (gp_dict_del(t, c->dict, gp_objv(S("__qualname__"))) < 0 ||
       (!has_mod && gp_dict_set(t, c->dict, gp_objv(S("__module__")), mod) < 0))) {
    GP_DECREF(mro);
    mro = GP_ERRV;
  }
  if (GP_IS_ERR(mro)) {
    gp_decref_o(&c->tp.ob);
    return GP_ERRV;
  }
  c->mro = mro.as.o;
  gp_gc_untrack(c->mro); /* its first item is borrowed: gp_class_traverse reports the rest */
  gp_decref_o(
      &c->tp.ob); /* the MRO's first item is the class itself: a borrowed reference, no cycle */
  if (class_slots(t, c) < 0) {
    gp_decref_o(&c->tp.ob);
    return GP_ERRV;
  }
  c->inline_vals = solid == &gp_type_object && !c->payoffset && !c->slots;
  if (c->inline_vals) {
    c->tp.clear = inst_clear;
    c->size += sizeof(GpInlVals); /* and room for the values: gp_inst_new_bare */
  }
  GpValue tmp;
  if (gp_dict_get_str(c->dict, S("__eq__"), &tmp)) { /* __eq__ without __hash__: unhashable */
    GP_DECREF(tmp);
    if (!gp_dict_get_str(c->dict, S("__hash__"), &tmp)) {
      if (gp_dict_set(t, c->dict, gp_objv(S("__hash__")), GP_NONEV) < 0) {
        gp_decref_o(&c->tp.ob);
        return GP_ERRV;
      }
    } else {
      GP_DECREF(tmp);
    }
  }
  return gp_objv(&c->tp.ob);
}

void gp_class_dealloc(GpObj *o) {
  GpClass *c = (GpClass *)o;
  atomic_fetch_add_explicit(&gp_class_epoch, 1, memory_order_relaxed); /* stale caches */
  if (c->bases) {
    GpTuple *b = (GpTuple *)c->bases;
    for (size_t i = 0; i < b->len; i++)
      GP_DECREF(b->items[i]);
    gp_decref_o(c->bases);
  }
  if (c->dict) gp_decref_o(c->dict);
  if (c->mro) {
    GP_TUPLE(gp_objv(c->mro))->items[0] = GP_NONEV; /* borrowed (gp_class_new) */
    gp_decref_o(c->mro);
  }
  if (c->name) gp_decref_o(c->name);
  if (c->qualname) gp_decref_o(c->qualname);
  if (c->module) gp_decref_o(c->module);
  if (c->slots) gp_decref_o(c->slots);
  if (c->meta) gp_decref_o(&c->meta->ob);
}

/* A class owns its dict, its bases tuple plus one reference to each base,
** its metaclass, and the MRO (items after the first). Static types are immortal and never
** tracked; no clear: every cycle through a class passes through a dict,
** and instances being freed still need their class's bases and MRO. */
int gp_class_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GpClass *c = (GpClass *)o;
  if (!GP_IS_CLASS(&c->tp)) return 0;
  int r = c->dict ? visit(c->dict, arg) : 0;
  if (!r && c->bases) r = visit(c->bases, arg);
  if (!r && c->meta) r = visit(&c->meta->ob, arg);
  if (r) return r;
  for (size_t i = 0; c->bases && i < GP_TUPLE(gp_objv(c->bases))->len; i++)
    GP_VISIT(GP_TUPLE(gp_objv(c->bases))->items[i], visit, arg);
  for (size_t i = 1; c->mro && i < GP_TUPLE(gp_objv(c->mro))->len; i++)
    GP_VISIT(GP_TUPLE(gp_objv(c->mro))->items[i], visit, arg);
  return 0;
}

static bool is_slot(const GpType *tp, GpObj *name);

/* __slots__: a str or an iterable of str, as a tuple. */
static int class_slots(GpThread *t, GpClass *c) {
  GpValue s;
  if (!gp_dict_get_str(c->dict, S("__slots__"), &s)) return 0;
  GpValue tu;
  if (GP_IS_TYPE(s, gp_type_str)) {
    tu = gp_tuple_pack(t, 1, &s);
  } else {
    GpValue l = gp_list_from_iter(t, s);
    tu = GP_IS_ERR(l) ? l : gp_tuple_pack(t, GP_LIST(l)->len, GP_LIST(l)->items);
    GP_DECREF(l);
  }
  GP_DECREF(s);
  if (GP_IS_ERR(tu)) return -1;
  for (size_t i = 0; i < GP_TUPLE(tu)->len; i++) {
    if (!GP_IS_TYPE(GP_TUPLE(tu)->items[i], gp_type_str)) {
      GP_DECREF(tu);
      gp_raise(t, &gp_exc_TypeError, "__slots__ items must be strings, not '%s'",
               gp_typeof(GP_TUPLE(tu)->items[i])->name);
      return -1;
    }
  }
  c->slots = tu.as.o;
  c->restricted = !is_slot(&c->tp, S("__dict__")); /* a "__dict__" slot: a dict */
  GpTuple *m = (GpTuple *)c->mro;
  for (size_t i = 1; i < m->len; i++) {
    const GpType *x = (const GpType *)m->items[i].as.o;
    if (GP_IS_CLASS(x) && !((const GpClass *)x)->slots) c->restricted = false;
    if (!GP_IS_CLASS(x) && x != &gp_type_object && !gp_payload_base(x)) c->restricted = false;
  }
  return 0;
}

/* Whether name is a slot of a class in tp's MRO. */
static bool is_slot(const GpType *tp, GpObj *name) {
  GpTuple *m = (GpTuple *)((const GpClass *)tp)->mro;
  for (size_t i = 0; i < m->len; i++) {
    const GpType *x = (const GpType *)m->items[i].as.o;
    if (!GP_IS_CLASS(x) || !((const GpClass *)x)->slots) continue;
    GpTuple *s = (GpTuple *)((const GpClass *)x)->slots;
    for (size_t k = 0; k < s->len; k++)
      if (gp_str_eq(s->items[k].as.o, name)) return true;
  }
  return false;
}

/* The __dict__ d of an instance of cls, or NULL with NotImplementedError
** if it holds a slot's value: CPython keeps those out of __dict__. */
static GpObj *dict_without_slots(GpThread *t, const GpType *cls, GpObj *d) {
  GpTuple *m = (GpTuple *)((const GpClass *)cls)->mro;
  for (size_t i = 0; i < m->len; i++) {
    const GpType *x = (const GpType *)m->items[i].as.o;
    GpTuple *s = GP_IS_CLASS(x) ? (GpTuple *)((const GpClass *)x)->slots : NULL;
    for (size_t k = 0; s && k < s->len; k++) {
      GpValue v;
      if (gp_dict_get(t, d, s->items[k], &v) != 1) continue;
      gp_raise(t, &gp_exc_NotImplementedError,
               "__dict__ of a '%s' instance whose __slots__ hold values is not supported by gilpy",
               cls->name);
      return NULL;
    }
  }
  return d;
}

GpValue gp_class_repr(GpThread *t, GpType *cls) {
  GpClass *c = (GpClass *)cls;
  if (strcmp(cstr(c->module), "builtins") == 0)
    return gp_str_printf(t, "<class '%s'>", cstr(c->qualname));
  return gp_str_printf(t, "<class '%s.%s'>", cstr(c->module), cstr(c->qualname));
}

static GpValue method_new(GpThread *t, GpValue func, GpValue self);
static GpValue property_get(GpThread *t, GpObj *prop, GpValue obj, const char *name);
static int property_set(GpThread *t, GpObj *prop, GpValue obj, GpValue v, const char *name);

/* What an attribute found in a class gives when read through obj (an
** instance of cls, or NONE for a read on the class itself). Steals v. */
static GpValue special(GpValue v, const char *name);
static GpValue call_special(GpThread *t, GpValue f, GpValue self, const GpValue *args, int n);

static GpValue bind(GpThread *t, GpValue v, GpValue obj, GpType *cls) {
  GpValue get = special(v, "__get__"); /* a user-defined descriptor */
  if (!GP_IS_ERR(get)) {
    GpValue args[2] = {obj, gp_objv(&cls->ob)};
    GpValue r = call_special(t, get, v, args, 2);
    GP_DECREF(v);
    return r;
  }
  if (GP_IS_OBJ(v)) {
    const GpType *vt = v.as.o->type;
    if (vt == &gp_type_function && !GP_IS_NONE(obj)) {
      GpValue m = method_new(t, v, obj);
      GP_DECREF(v);
      return m;
    }
    if (vt == &gp_type_native && !GP_IS_NONE(obj)) {
      GpValue m = gp_native_get(t, v, obj);
      GP_DECREF(v);
      return m;
    }
    if (vt == &gp_type_staticmethod || vt == &gp_type_classmethod) {
      GpValue f = *(GpValue *)(v.as.o + 1);
      GP_INCREF(f);
      GP_DECREF(v);
      if (vt == &gp_type_staticmethod) return f;
      GpValue m = method_new(t, f, gp_objv(&cls->ob));
      GP_DECREF(f);
      return m;
    }
    if (vt == &gp_type_property && !GP_IS_NONE(obj)) {
      GpValue r = property_get(t, v.as.o, obj, NULL);
      GP_DECREF(v);
      return r;
    }
  }
  return v;
}

GpValue gp_meta_getattr(GpThread *t, GpType *cls, GpObj *name) {
  GpType *m = ((GpClass *)cls)->meta;
  GpValue v;
  if (!m || !gp_class_lookup(m, name, &v)) return GP_ERRV;
  return bind(t, v, gp_objv(&cls->ob), m);
}

/* An unbound method of a built-in type in cls's MRO, as CPython finds
** list's in class L(list) (L.append(obj, x), L.__len__) and object's
** (A.__new__(A), A.__init__); a module type whose methods need the
** instance (Thread) answers only through it. */
static GpValue builtin_base_attr(GpThread *t, const GpClass *c, GpObj *name) {
  const GpTuple *m = (const GpTuple *)c->mro;
  for (size_t i = 0; i < m->len; i++) {
    const GpType *x = (const GpType *)m->items[i].as.o;
    if (GP_IS_CLASS(x) || (x->tpflags & GP_TPF_SUBCLASSABLE)) continue;
    GpValue r = x == &gp_type_object                           ? gp_object_attr(t, name)
                : gp_type_is_subtype(x, &gp_exc_BaseException) ? gp_exc_type_attr(t, x, name)
                                                               : GP_ERRV;
    if (GP_IS_ERR(r) && GP_IS_NONE(t->exc)) r = gp_builtin_type_attr(t, x, name);
    if (!GP_IS_ERR(r) || !GP_IS_NONE(t->exc)) return r;
    const GpMethodDef *md = gp_type_method(x, cstr(name));
    if (md) return gp_native_method(t, x, md);
    r = gp_type_class_attr(t, x, cstr(name), gp_objv((GpObj *)&c->tp));
    if (!GP_IS_ERR(r)) return r;
  }
  return GP_ERRV;
}

/* Whether cls's metaclass holds a property under name. */
static bool meta_property(GpType *cls, GpObj *name) {
  GpType *m = ((GpClass *)cls)->meta;
  GpValue v;
  if (!m || !gp_class_lookup(m, name, &v)) return false;
  bool p = GP_IS_TYPE(v, gp_type_property);
  GP_DECREF(v);
  return p;
}

GpValue gp_class_getattr(GpThread *t, GpType *cls, GpObj *name) {
  GpClass *c = (GpClass *)cls;
  const char *s = cstr(name);
  GpValue v;
  /* type.__getattribute__'s order: a metaclass's property (a data
  ** descriptor) first, then the class's MRO, its built-in bases included
  ** (A.__new__ is object's though A's metaclass defines one), then the
  ** metaclass's other attributes. */
  if (c->meta && meta_property(cls, name)) return gp_meta_getattr(t, cls, name);
  if (gp_class_lookup(cls, name, &v)) return bind(t, v, GP_NONEV, cls);
  if (s[0] == '_' && s[1] == '_') {
    GpObj *o = NULL;
    if (strcmp(s, "__name__") == 0) o = c->name;
    if (strcmp(s, "__qualname__") == 0) o = c->qualname;
    if (strcmp(s, "__module__") == 0) o = c->module;
    if (strcmp(s, "__dict__") == 0) return gp_dict_copy(t, c->dict);
    if (strcmp(s, "__mro__") == 0) { /* a copy: the class's own tuple borrows the class */
      GpTuple *m = (GpTuple *)c->mro;
      return gp_tuple_pack(t, m->len, m->items);
    }
    if (strcmp(s, "__bases__") == 0) o = c->bases;
    if (strcmp(s, "__doc__") == 0) return GP_NONEV;
    if (strcmp(s, "__base__") == 0) o = (GpObj *)cls->base;
    if (strcmp(s, "__class__") == 0) o = (GpObj *)gp_meta_of(gp_objv(&cls->ob));
    if (o) {
      gp_incref_o(o);
      return gp_objv(o);
    }
  }
  v = builtin_base_attr(t, c, name);
  if (!GP_IS_ERR(v) || !GP_IS_NONE(t->exc)) return v;
  v = gp_meta_getattr(t, cls, name);
  if (!GP_IS_ERR(v) || !GP_IS_NONE(t->exc)) return v;
  return gp_raise(t, &gp_exc_AttributeError, "type object '%s' has no attribute '%s'",
                  cstr(c->qualname), s);
}

/* The value replaced or deleted is retired, not released: under gil=none
** another thread's method cache may hand it out until the world's next
** stop (retire.h; vm.c's cache protocol). The epoch moves before and after
** the change: a lookup that read it in between may have found the old
** value, and the second bump makes what it cached stale (cache_none.h). */
int gp_class_setattr(GpThread *t, GpType *cls, GpObj *name, GpValue v) {
  GpClass *c = (GpClass *)cls;
  if (gp_str_eq(name, S("__new__")))
    atomic_store_explicit(&c->new_assigned, true, memory_order_relaxed);
  atomic_fetch_add_explicit(&gp_class_epoch, 1, memory_order_relaxed);
  GpValue old;
  int r = gp_dict_exchange(t, c->dict, gp_objv(name), v, &old);
  atomic_fetch_add_explicit(&gp_class_epoch, 1, memory_order_release);
  if (r == 1) gp_retire(t, old);
  if (!GP_IS_ERR(v)) return r < 0 ? -1 : 0;
  if (r == 0)
    gp_raise(t, &gp_exc_AttributeError, "type object '%s' has no attribute '%s'", cstr(c->qualname),
             cstr(name));
  return r == 1 ? 0 : -1;
}

/* ------------------------------------------------------------- instances */

static GpObj **inst_dict(GpObj *o) {
  return gp_inst_dictp(o);
}

/* Whether o keeps its attributes inline (no dict made yet). */
static bool has_inline(GpObj *o) {
  return ((const GpClass *)o->type)->inline_vals && !gp_inst_dict_get(o);
}

/* The most attributes a presized instance dict holds: gp_inst_new_bare. */
enum { DICT_HINT_MAX = 10 };

/* Notes how many attributes o ended with, for its class's next instances. */
static void note_dict_size(GpObj *o, GpObj *d) {
  _Atomic uint32_t *hint = &((GpClass *)o->type)->dict_hint;
  size_t n = gp_dict_len(d);
  uint32_t h = n <= DICT_HINT_MAX ? (uint32_t)n : 0;
  if (atomic_load_explicit(hint, memory_order_relaxed) != h)
    atomic_store_explicit(hint, h, memory_order_relaxed);
}

/* An instance with inline values (no payload, no exception fields): its
** block goes to instfree.c. o is unreachable: its values need not be
** emptied before they are dropped. */
static void inline_dealloc(GpObj *o, GpObj *d) {
  if (d) {
    if (o->flags & GP_F_ATOMIC) note_dict_size(o, d); /* gil=none's start with a dict */
    gp_decref_o(d);
  } else {
    GpInlVals *iv = gp_inst_vals(o);
    for (uint32_t i = 0; i < iv->n; i++)
      GP_DECREF(iv->v[i]);
  }
  gp_decref_o((GpObj *)o->type);
  o->type = &gp_inst_block_type;
}

/* dealloc_one's whole work for the common instance, in one step: inline
** values and no dict, a class known to have no __del__, made under a GIL.
** false: o untouched, the general path decides. */
bool gp_inst_recycle(GpObj *o) {
  if (!((const GpClass *)o->type)->inline_vals || (o->flags & GP_F_ATOMIC) || *inst_dict(o) ||
      gp_inst_may_have_del(o))
    return false;
  gp_gc_untrack(o);
  inline_dealloc(o, NULL);
  if (!gp_inst_cache_put(o)) free(GP_GC_HEAD(o));
  return true;
}

static void inst_dealloc(GpObj *o) {
  GpObj **d = inst_dict(o);
  if (((const GpClass *)o->type)->inline_vals) {
    inline_dealloc(o, *d);
    return;
  }
  if (*d) {
    note_dict_size(o, *d);
    gp_decref_o(*d);
  }
  if (((const GpClass *)o->type)->payoffset) GP_DECREF(*gp_payload_slot(o));
  const GpType *solid = solid_base(o->type);
  if (gp_type_is_subtype(solid, &gp_exc_BaseException)) { /* an exception's fields */
    const GpType *tp = solid;
    while (!tp->dealloc && tp->base)
      tp = tp->base;
    if (tp->dealloc) tp->dealloc(o);
  }
  gp_decref_o((GpObj *)o->type); /* instances keep their class alive */
}

/* Cached per class against gp_class_epoch, which any class attribute store
** bumps: deallocating an instance must not cost an MRO walk. One atomic
** word, so concurrent deallocations under gil=none may refresh it at once. */
bool gp_inst_has_del(const GpObj *o) {
  if (o->flags & GP_F_FINALIZED) return false;
  GpClass *c = (GpClass *)o->type;
  uint64_t epoch = atomic_load_explicit(&gp_class_epoch, memory_order_relaxed);
  uint64_t k = atomic_load_explicit(&c->del_cache, memory_order_relaxed);
  if (k >> 1 != epoch) {
    GpValue f;
    bool has = gp_class_lookup(&c->tp, S("__del__"), &f);
    if (has) GP_DECREF(f);
    k = epoch << 1 | has;
    atomic_store_explicit(&c->del_cache, k, memory_order_relaxed);
  }
  return k & 1;
}

void gp_del_call(GpThread *t, GpValue f, GpObj *o) {
  if (GP_IS_ERR(f)) return;
  GpValue self = gp_objv(o);
  GpValue r = gp_vm_call(t, f, &self, 1, NULL);
  if (GP_IS_ERR(r))
    gp_print_unraisable(t, f);
  else
    GP_DECREF(r);
  GP_DECREF(f);
}

/* Marked first: __del__ runs once even if it resurrects o. */
void gp_inst_finalize(GpThread *t, GpObj *o) {
  o->flags |= GP_F_FINALIZED;
  gp_del_call(t, special(gp_objv(o), "__del__"), o);
}

/* The dict or the inline values, an exception's fields and the class
** (instances own a reference to it). A dict's (or an exception's) clear
** breaks the cycles through it; inline values need inst_clear. */
static int inst_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GpObj *d = *inst_dict(o);
  int r = d ? visit(d, arg) : has_inline(o) ? gp_inst_vals_traverse(o, visit, arg) : 0;
  const GpType *tp = solid_base(o->type);
  if (!r && tp != &gp_type_object) {
    while (!tp->traverse)
      tp = tp->base;
    r = tp->traverse(o, visit, arg);
  }
  return r ? r : visit((GpObj *)o->type, arg);
}

/* Also reached, through tp.base, by subclasses without inline values. */
static void inst_clear(GpObj *o) {
  if (has_inline(o)) gp_inst_vals_clear(o);
}

/* A special method of v's class, unbound (new reference), or GP_ERRV. */
static GpValue special(GpValue v, const char *name) {
  GpValue f;
  if (!gp_is_inst(v)) return GP_ERRV;
  if (gp_class_lookup(v.as.o->type, S(name), &f)) return f;
  return GP_ERRV;
}

static bool has_special(GpValue v, const char *name) {
  GpValue f = special(v, name);
  GP_DECREF(f);
  return !GP_IS_ERR(f);
}

bool gp_inst_has(GpValue v, const char *name) {
  return has_special(v, name);
}

GpValue gp_inst_special(GpThread *t, GpValue v, const char *name) {
  GpValue f = special(v, name);
  if (GP_IS_ERR(f)) return f;
  return bind(t, f, v, (GpType *)v.as.o->type);
}

/* Calls special method f (stolen) with self and args; GP_ERRV on error. */
static GpValue call_special(GpThread *t, GpValue f, GpValue self, const GpValue *args, int n) {
  GpValue argv[4] = {self}; /* all set: GCC's uninitialized warning sees no bound on n */
  for (int i = 0; i < n; i++)
    argv[i + 1] = args[i];
  GpValue r;
  if (GP_IS_OBJ(f) && f.as.o->type == &gp_type_staticmethod) {
    GpValue fn = *(GpValue *)(f.as.o + 1);
    r = gp_vm_call(t, fn, argv + 1, n, NULL);
  } else {
    r = gp_vm_call(t, f, argv, n + 1, NULL);
  }
  GP_DECREF(f);
  return r;
}

/* Calls special method `name` on v if its class has it: 1 = *out set, 0 = no such method. */
static int try_special(GpThread *t, GpValue v, const char *name, const GpValue *args, int n,
                       GpValue *out) {
  GpValue f = special(v, name);
  if (GP_IS_ERR(f)) return 0;
  if (GP_IS_NONE(f)) return 0;
  *out = call_special(t, f, v, args, n);
  return GP_IS_ERR(*out) ? -1 : 1;
}

/* The solid base's slot: what an instance does where its class defines nothing. */
static const GpType *slot_owner_repr(const GpType *tp) {
  tp = solid_base(tp);
  while (tp->base && !tp->repr)
    tp = tp->base;
  return tp;
}

static GpValue inst_repr(GpThread *t, GpValue self) {
  GpValue r;
  int k = try_special(t, self, "__repr__", NULL, 0, &r);
  if (k < 0) return GP_ERRV;
  if (k == 0) {
    const GpType *s = solid_base(self.as.o->type);
    if (s == &gp_type_object) return object_repr_of(t, self);
    if (gp_has_payload(self)) return gp_payload_repr(t, self);
    return slot_owner_repr(s)->repr(t, self);
  }
  if (!GP_IS_TYPE(r, gp_type_str)) {
    GP_DECREF(r);
    return gp_raise(t, &gp_exc_TypeError, "__repr__ returned non-string (type %s)",
                    gp_typeof(r)->name);
  }
  return r;
}

static GpValue inst_str(GpThread *t, GpValue self) {
  GpValue r;
  int k = try_special(t, self, "__str__", NULL, 0, &r);
  if (k < 0) return GP_ERRV;
  if (k == 0) {
    GpValue f = special(self, "__repr__");
    const GpType *s = solid_base(self.as.o->type);
    if (!GP_IS_ERR(f)) {
      GP_DECREF(f);
      return inst_repr(t, self);
    }
    if (gp_has_payload(self)) /* a collections type's str is its repr, naming the class */
      return gp_payload_repr_names_class(gp_unwrap(self)) ? gp_payload_repr(t, self)
                                                          : gp_str(t, gp_unwrap(self));
    for (; s; s = s->base)
      if (s->str) return s->str(t, self);
    return inst_repr(t, self);
  }
  if (!GP_IS_TYPE(r, gp_type_str)) {
    GP_DECREF(r);
    return gp_raise(t, &gp_exc_TypeError, "__str__ returned non-string (type %s)",
                    gp_typeof(r)->name);
  }
  return r;
}

static int inst_hash(GpThread *t, GpValue self, int64_t *h) {
  GpValue f = special(self, "__hash__");
  if (GP_IS_ERR(f) && gp_has_payload(self)) {
    GpValue p = gp_unwrap(self);
    if (gp_typeof(p)->hash) return gp_hash(t, p, h);
    gp_raise(t, &gp_exc_TypeError, "unhashable type: '%s'", self.as.o->type->name);
    return -1;
  }
  if (GP_IS_ERR(f)) return identity_hash(t, self, h);
  if (GP_IS_NONE(f)) {
    gp_raise(t, &gp_exc_TypeError, "unhashable type: '%s'", self.as.o->type->name);
    return -1;
  }
  GpValue r = call_special(t, f, self, NULL, 0);
  if (GP_IS_ERR(r)) return -1;
  if (r.tag == GP_T_INT || r.tag == GP_T_BOOL) {
    *h = r.as.i == -1 ? -2 : r.as.i;
    return 0;
  }
  int rc = gp_hash(t, r, h);
  if (rc == 0 && !GP_IS_TYPE(r, gp_type_int)) {
    rc = -1;
    gp_raise(t, &gp_exc_TypeError, "__hash__ method should return an integer");
  }
  GP_DECREF(r);
  return rc;
}

static GpValue inst_iter(GpThread *t, GpValue self) {
  GpValue r;
  int k = try_special(t, self, "__iter__", NULL, 0, &r);
  if (k < 0) return GP_ERRV;
  if (k == 0 && gp_has_payload(self)) return gp_iter(t, gp_unwrap(self));
  if (k == 0) {
    GpValue gi = special(self, "__getitem__");
    if (!GP_IS_ERR(gi)) {
      GP_DECREF(gi);
      return gp_getitem_iter_new(t, self);
    }
    return gp_raise(t, &gp_exc_TypeError, "'%s' object is not iterable", self.as.o->type->name);
  }
  if (!gp_typeof(r)->next) {
    gp_raise(t, &gp_exc_TypeError, "iter() returned non-iterator of type '%s'", gp_typeof(r)->name);
    GP_DECREF(r);
    return GP_ERRV;
  }
  return r;
}

static int inst_next(GpThread *t, GpValue self, GpValue *out) {
  int k = try_special(t, self, "__next__", NULL, 0, out);
  if (k == 0) {
    gp_raise(t, &gp_exc_TypeError, "'%s' object is not an iterator", self.as.o->type->name);
    return -1;
  }
  if (k > 0) return 1;
  if (gp_exc_matches(t->exc, &gp_exc_StopIteration)) {
    GP_DECREF(t->exc);
    t->exc = GP_NONEV;
    return 0;
  }
  return -1;
}

/* A property, or an object whose class defines __set__ or __delete__:
** it takes precedence over the instance dict. */
static bool is_data_descriptor(GpValue v) {
  if (!GP_IS_OBJ(v)) return false;
  if (v.as.o->type == &gp_type_property) return true;
  if (!gp_is_inst(v)) return false;
  GpValue f;
  if (gp_class_lookup(v.as.o->type, S("__set__"), &f) ||
      gp_class_lookup(v.as.o->type, S("__delete__"), &f)) {
    GP_DECREF(f);
    return true;
  }
  return false;
}

bool gp_class_getattribute_slow(GpClass *c, uint64_t epoch) {
  GpValue f;
  bool has = gp_class_lookup(&c->tp, S("__getattribute__"), &f);
  if (has) GP_DECREF(f);
  atomic_store_explicit(&c->getattribute_state, epoch << 1 | has, memory_order_relaxed);
  return has;
}

/* Any method of object's as an instance's attribute, as CPython's
** p.__setattr__('x', 1) finds it: bound to the instance, __init_subclass__
** to its class, __new__ as it is (a static method); GP_ERRV with nothing
** raised for other names. */
static GpValue object_method(GpThread *t, GpValue self, GpType *cls, GpObj *name) {
  GpValue f = gp_object_attr(t, name);
  if (GP_IS_ERR(f)) return f;
  const GpNative *n = (const GpNative *)f.as.o;
  if (strcmp(n->name, "__new__") == 0) return f; /* immortal: no reference to take */
  bool on_class = strcmp(n->name, "__init_subclass__") == 0;
  return gp_native_bind(t, n->name, n->fn, on_class ? gp_objv(&cls->ob) : self);
}

/* object.__getattribute__: descriptors, the instance dict, class attributes. */
static GpValue generic_getattr(GpThread *t, GpValue self, GpObj *name) {
  GpObj *o = self.as.o;
  GpType *cls = (GpType *)o->type;
  const char *s = cstr(name);
  GpValue cv, v;
  bool found = gp_class_lookup(cls, name, &cv);
  if (found && is_data_descriptor(cv)) return bind(t, cv, self, cls);
  int inl = ((const GpClass *)cls)->inline_vals ? gp_inst_vals_get(o, name, &v, NULL) : -1;
  GpObj *d = inl < 0 ? gp_inst_dict_get(o) : NULL;
  if (inl == 1 || (d && gp_dict_getref(t, d, gp_objv(name), &v) == 1)) {
    if (found) GP_DECREF(cv);
    return v;
  }
  if (found) return bind(t, cv, self, cls);
  if (s[0] == '_' && s[1] == '_') {
    if (strcmp(s, "__class__") == 0) {
      gp_incref_o(&cls->ob);
      return gp_objv(&cls->ob);
    }
    if (strcmp(s, "__doc__") == 0) return GP_NONEV;
    if (strcmp(s, "__dict__") == 0 && !((GpClass *)cls)->restricted && (d || inl >= 0)) {
      if (!d && !(d = gp_inst_dict(t, o))) return GP_ERRV;
      if (!dict_without_slots(t, cls, d)) return GP_ERRV;
      gp_incref_o(d);
      return gp_objv(d);
    }
  }
  /* object's pickling methods (modules/objreduce.c) before the payload's,
  ** which would get them */
  if (!strcmp(s, "__reduce_ex__") || !strcmp(s, "__reduce__") || !strcmp(s, "__getstate__"))
    return object_method(t, self, cls, name);
  const GpType *solid = solid_base(cls);
  if (gp_has_payload(self)) { /* the built-in's methods, its dunders too */
    GpValue r = gp_payload_super_attr(t, solid, name, self);
    if (!GP_IS_ERR(r) || !GP_IS_NONE(t->exc)) return r;
  } else if (solid != &gp_type_object) {
    const GpType *tp = solid;
    while (tp->base && !tp->getattr)
      tp = tp->base;
    if (tp->getattr) {
      GpValue r = tp->getattr(t, self, name);
      if (!GP_IS_ERR(r) || !gp_exc_matches(t->exc, &gp_exc_AttributeError)) return r;
      GP_DECREF(t->exc);
      t->exc = GP_NONEV;
    }
  }
  GpValue om = object_method(t, self, cls, name);
  if (!GP_IS_ERR(om)) return om;
  return gp_raise(t, &gp_exc_AttributeError, "'%s' object has no attribute '%s'", cls->name, s);
}

/* __getattribute__ (or the generic lookup), then __getattr__ on an AttributeError. */
static GpValue inst_getattr(GpThread *t, GpValue self, GpObj *name) {
  GpValue n = gp_objv(name);
  GpValue f = gp_class_has_getattribute((GpClass *)self.as.o->type)
                  ? special(self, "__getattribute__")
                  : GP_ERRV;
  GpValue r = GP_IS_ERR(f) ? generic_getattr(t, self, name) : call_special(t, f, self, &n, 1);
  if (!GP_IS_ERR(r) || !gp_exc_matches(t->exc, &gp_exc_AttributeError)) return r;
  GpValue ga = special(self, "__getattr__");
  if (GP_IS_ERR(ga)) return r;
  GP_DECREF(t->exc);
  t->exc = GP_NONEV;
  return call_special(t, ga, self, &n, 1);
}

/* object.__setattr__ (v GP_ERRV: object.__delattr__): descriptors, then the dict. */
static int generic_setattr(GpThread *t, GpValue self, GpObj *name, GpValue v) {
  GpObj *o = self.as.o;
  GpType *cls = (GpType *)o->type;
  GpValue cv;
  if (gp_class_lookup(cls, name, &cv)) {
    if (GP_IS_OBJ(cv) && cv.as.o->type == &gp_type_property) {
      int r = property_set(t, cv.as.o, self, v, cstr(name));
      GP_DECREF(cv);
      return r;
    }
    GpValue set = special(cv, GP_IS_ERR(v) ? "__delete__" : "__set__");
    if (!GP_IS_ERR(set)) {
      GpValue args[2] = {self, v};
      GpValue r = call_special(t, set, cv, args, GP_IS_ERR(v) ? 1 : 2);
      GP_DECREF(cv);
      if (GP_IS_ERR(r)) return -1;
      GP_DECREF(r);
      return 0;
    }
    GP_DECREF(cv);
  }
  if (!GP_IS_ERR(v) && gp_type_is_subtype(solid_base(cls), &gp_exc_BaseException)) {
    int r = gp_exc_set_link(t, self, cstr(name), v); /* fields, not the dict */
    if (r <= 0) return r;
  }
  if (((GpClass *)cls)->restricted && !is_slot(cls, name)) {
    gp_raise(t, &gp_exc_AttributeError, "'%s' object has no attribute '%s'", cls->name, cstr(name));
    return -1;
  }
  if (!GP_IS_ERR(v) && has_inline(o) && gp_inst_vals_store(o, name, v, NULL)) return 0;
  GpObj *d = ((const GpClass *)cls)->inline_vals ? gp_inst_dict(t, o) : gp_inst_dict_get(o);
  if (!d) return -1;
  if (!GP_IS_ERR(v)) return gp_dict_set(t, d, gp_objv(name), v);
  int r = gp_dict_del(t, d, gp_objv(name));
  if (r == 0)
    gp_raise(t, &gp_exc_AttributeError, "'%s' object has no attribute '%s'", cls->name, cstr(name));
  return r == 1 ? 0 : -1;
}

/* __setattr__ or __delattr__ if the class defines it, else the generic store. */
static int inst_setattr(GpThread *t, GpValue self, GpObj *name, GpValue v) {
  bool del = GP_IS_ERR(v);
  GpValue f = special(self, del ? "__delattr__" : "__setattr__");
  if (GP_IS_ERR(f)) return generic_setattr(t, self, name, v);
  GpValue args[2] = {gp_objv(name), v};
  GpValue r = call_special(t, f, self, args, del ? 1 : 2);
  if (GP_IS_ERR(r)) return -1;
  GP_DECREF(r);
  return 0;
}

int gp_inst_delattr(GpThread *t, GpValue o, GpObj *name) {
  return inst_setattr(t, o, name, GP_ERRV);
}

GpValue gp_inst_new_bare(GpThread *t, GpType *cls) {
  GpClass *c = (GpClass *)cls;
  uint32_t cap = c->inline_vals ? gp_inst_vals_cap(c) : 0;
  GpObj *o = t && cap ? gp_inst_cache_take(t, cls, cap) : NULL;
  if (!o && !(o = gp_alloc(t, cls, c->size + cap * sizeof(GpValue)))) {
    return gp_raise_nomem(t);
  }
  gp_incref_o(&cls->ob);
  if (cap) { /* the values all GP_T_ERR: zeroed */
    gp_inst_vals(o)->cap = cap;
    return gp_objv(o);
  }
  uint32_t n = atomic_load_explicit(&((GpClass *)cls)->dict_hint, memory_order_relaxed);
  GpValue self = gp_objv(o), d = n ? gp_dict_new_sized(t, n) : gp_dict_new(t);
  if (GP_IS_ERR(d)) {
    GP_DECREF(self);
    return d;
  }
  *inst_dict(o) = d.as.o;
  return self;
}

/* An exception instance of cls: the positional arguments are its args. */
static GpValue exc_inst_new(GpThread *t, GpType *cls, const GpValue *args, int nargs,
                            GpObj *kwnames) {
  GpValue self = gp_inst_new_bare(t, cls);
  if (GP_IS_ERR(self)) return self;
  GpExc *e = (GpExc *)self.as.o;
  GpValue a = gp_tuple_pack(
      t, (size_t)(nargs - (kwnames ? (int)GP_TUPLE(gp_objv(kwnames))->len : 0)), args);
  e->context = GP_NONEV;
  e->cause = GP_NONEV;
  if (GP_IS_ERR(a)) {
    GP_DECREF(self);
    return a;
  }
  e->args = a.as.o;
  return self;
}

/* A new instance of cls as the built-in base's __new__ makes it: a bare
** object, an exception with its args, a payload, or a class (metaclasses). */
static GpValue inst_alloc(GpThread *t, GpType *cls, const GpValue *args, int nargs,
                          GpObj *kwnames) {
  const GpType *solid = solid_base(cls);
  if (((GpClass *)cls)->payoffset) return gp_payload_new(t, cls, args, nargs, kwnames);
  if (solid == &gp_type_type) {
    int nkw = kwnames ? (int)GP_TUPLE(gp_objv(kwnames))->len : 0;
    if (nargs - nkw != 3)
      return gp_raise(t, &gp_exc_TypeError, "type.__new__() takes exactly 3 arguments (%d given)",
                      nargs - nkw);
    return gp_type_new_meta(t, cls, args, args + 3, nkw, kwnames);
  }
  if (solid != &gp_type_object) return exc_inst_new(t, cls, args, nargs, kwnames);
  return gp_inst_new_bare(t, cls);
}

/* isinstance(v, cls), metaclasses included. */
static bool is_instance(GpValue v, const GpType *cls) {
  if (gp_is_inst(v)) return gp_class_is_subtype(v.as.o->type, cls);
  return gp_type_is_subtype(gp_meta_of(v), cls);
}

/* __init__ (init, stolen; GP_ERRV: none in the MRO) or the built-in base's. */
static GpValue call_init(GpThread *t, GpType *cls, GpValue init, GpValue *argv, int nargs,
                         GpObj *kwnames) {
  if (GP_IS_ERR(init)) {
    if (!((GpClass *)cls)->payoffset) return GP_NONEV;
    return gp_payload_init(t, argv[0], argv + 1, nargs, kwnames);
  }
  GpValue r = gp_vm_call(t, init, argv, nargs + 1, kwnames);
  GP_DECREF(init);
  if (GP_IS_ERR(r) || GP_IS_NONE(r)) return r;
  gp_raise(t, &gp_exc_TypeError, "__init__() should return None, not '%s'", gp_typeof(r)->name);
  GP_DECREF(r);
  return GP_ERRV;
}

/* __new__ (newf, a new reference) called as newf(cls, *args). */
static GpValue call_new(GpThread *t, GpValue newf, GpValue *argv, int nargs, GpObj *kwnames) {
  GpValue fn = newf;
  if (GP_IS_OBJ(newf) && newf.as.o->type == &gp_type_staticmethod) fn = *(GpValue *)(newf.as.o + 1);
  GpValue self = gp_vm_call(t, fn, argv, nargs + 1, kwnames);
  GP_DECREF(newf);
  return self;
}

/* Whether a class in cls's MRO had a __new__ (GpClass.new_assigned). */
static bool new_was_assigned(const GpType *cls) {
  const GpTuple *m = (const GpTuple *)((const GpClass *)cls)->mro;
  for (size_t i = 0; i < m->len; i++) {
    const GpType *x = (const GpType *)m->items[i].as.o;
    if (GP_IS_CLASS(x) && atomic_load_explicit(&((GpClass *)x)->new_assigned, memory_order_relaxed))
      return true;
  }
  return false;
}

/* The object, __new__ and __init__ of a call with argv[1..nargs] as the
** arguments: argv[0] is free for the class, then the instance. */
static GpValue new_then_init(GpThread *t, GpType *cls, GpValue *argv, int nargs, GpObj *kwnames) {
  GpValue newf, init, self;
  bool has_new = gp_class_lookup(cls, S("__new__"), &newf);
  bool has_init = gp_class_lookup(cls, S("__init__"), &init);
  argv[0] = gp_objv(&cls->ob);
  self = has_new ? call_new(t, newf, argv, nargs, kwnames)
                 : inst_alloc(t, cls, argv + 1, nargs, kwnames);
  if (GP_IS_ERR(self) || (has_new && !is_instance(self, cls))) {
    if (has_init) GP_DECREF(init);
    return self;
  }
  if ((nargs || kwnames) && !has_new && solid_base(cls) == &gp_type_object &&
      (!has_init || new_was_assigned(cls))) {
    GP_DECREF(self);
    if (has_init) GP_DECREF(init);
    if (new_was_assigned(cls))
      return gp_raise(t, &gp_exc_TypeError,
                      "object.__new__() takes exactly one argument (the type to instantiate)");
    return gp_raise(t, &gp_exc_TypeError, "%s() takes no arguments", cls->name);
  }
  argv[0] = self;
  GpValue r = call_init(t, cls, has_init ? init : GP_ERRV, argv, nargs, kwnames);
  if (GP_IS_ERR(r)) {
    GP_DECREF(self);
    return r;
  }
  return self;
}

/* Small calls put the class and arguments in a stack buffer: a class call
** per Vector operation made a malloc here a measurable share of raytrace. */
enum { SMALL_ARGS = 8 };

/* small, or a heap array if nargs exceeds it, with args at [1..nargs]; NULL: out of memory. */
static GpValue *argv_for(GpValue *small, const GpValue *args, int nargs) {
  GpValue *argv = nargs <= SMALL_ARGS ? small : malloc(sizeof(GpValue) * (size_t)(nargs + 1));
  if (argv && nargs) memcpy(argv + 1, args, sizeof(GpValue) * (size_t)nargs);
  return argv;
}

GpValue gp_class_call_plain(GpThread *t, GpType *cls, const GpValue *args, int nargs,
                            GpObj *kwnames) {
  GpValue small[SMALL_ARGS + 1];
  GpValue *argv = argv_for(small, args, nargs);
  if (!argv) return gp_raise_nomem(t);
  GpValue self = new_then_init(t, cls, argv, nargs, kwnames);
  if (argv != small) free(argv);
  return self;
}

/* What gp_class_plain_init answers for c, looked up (borrowed: the class's
** namespace keeps it while the epoch holds, or retire.h does). */
static GpObj *plain_init_find(GpClass *c) {
  GpValue f;
  GpObj *init = NULL;
  if (c->meta || c->payoffset || solid_base(&c->tp) != &gp_type_object) return NULL;
  if (new_was_assigned(&c->tp)) return NULL;
  if (gp_class_lookup(&c->tp, S("__new__"), &f)) {
    GP_DECREF(f);
    return NULL;
  }
  if (!gp_class_lookup(&c->tp, S("__init__"), &f)) return NULL;
  if (GP_IS_TYPE(f, gp_type_function)) init = f.as.o;
  GP_DECREF(f);
  return init;
}

GpObj *gp_class_plain_init_slow(GpClass *c, uint64_t epoch) {
  c->plain_init = plain_init_find(c);
  c->init_epoch = epoch;
  return c->plain_init;
}

/* The pair (plain_init, init_epoch) is seqlocked by init_seq (cache_none.h,
** invariant 1); a writer that loses the claim only skips the fill. */
GpObj *gp_class_plain_init_none(GpClass *c) {
  uint64_t epoch = atomic_load_explicit(&gp_class_epoch, memory_order_acquire);
  uint32_t s = cn_begin(&c->init_seq);
  uint64_t e = CN_GET(&c->init_epoch);
  GpObj *init = CN_GET(&c->plain_init);
  if (e == epoch && cn_valid(&c->init_seq, s)) return init;
  init = plain_init_find(c);
  if (cn_claim(&c->init_seq, &s)) {
    CN_PUT(&c->init_epoch, epoch);
    CN_PUT(&c->plain_init, init);
    cn_publish(&c->init_seq, s);
  }
  return init;
}

/* Calling a class: its metaclass's __call__ if it has one, else __new__ then __init__. */
GpValue gp_class_call(GpThread *t, GpType *cls, const GpValue *args, int nargs, GpObj *kwnames) {
  GpType *meta = ((GpClass *)cls)->meta;
  GpValue call;
  if (!meta || !gp_class_lookup(meta, S("__call__"), &call))
    return gp_class_call_plain(t, cls, args, nargs, kwnames);
  GpValue small[SMALL_ARGS + 1];
  GpValue *argv = argv_for(small, args, nargs);
  GpValue r = argv ? GP_NONEV : gp_raise_nomem(t);
  if (argv) {
    argv[0] = gp_objv(&cls->ob);
    r = gp_vm_call(t, call, argv, nargs + 1, kwnames);
    if (argv != small) free(argv);
  }
  GP_DECREF(call);
  return r;
}

/* --------------------------------------------------------- bound methods */

typedef struct GpMethod {
  GpObj ob;
  GpValue func, self;
} GpMethod;

static void method_dealloc(GpObj *o) {
  GpMethod *m = (GpMethod *)o;
  GP_DECREF(m->func);
  GP_DECREF(m->self);
}

static GpValue method_repr(GpThread *t, GpValue v) {
  GpMethod *m = (GpMethod *)v.as.o;
  GpValue sr = gp_repr(t, m->self);
  if (GP_IS_ERR(sr)) return sr;
  const char *q = GP_IS_TYPE(m->func, gp_type_function)
                      ? cstr(((GpFunction *)m->func.as.o)->code->qualname)
                      : "?";
  GpValue r = gp_str_printf(t, "<bound method %s of %s>", q, GP_STR(sr)->data);
  GP_DECREF(sr);
  return r;
}

static GpValue method_getattr(GpThread *t, GpValue v, GpObj *name) {
  GpMethod *m = (GpMethod *)v.as.o;
  const char *s = cstr(name);
  if (strcmp(s, "__func__") == 0) {
    GP_INCREF(m->func);
    return m->func;
  }
  if (strcmp(s, "__self__") == 0) {
    GP_INCREF(m->self);
    return m->self;
  }
  return gp_getattr(t, m->func, name);
}

static int method_eq_hash(GpThread *t, GpValue v, int64_t *h) {
  GpMethod *m = (GpMethod *)v.as.o;
  int64_t a, b;
  if (gp_hash(t, m->func, &a) < 0) return -1;
  b = GP_IS_OBJ(m->self) ? (int64_t)((uintptr_t)m->self.as.o >> 4) : 0;
  *h = a ^ b;
  return 0;
}

/* No clear, as CPython's: a cycle through a method passes through its
** function or its instance's dict. */
static int method_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GpMethod *m = (GpMethod *)o;
  GP_VISIT(m->func, visit, arg);
  GP_VISIT(m->self, visit, arg);
  return 0;
}

static GpValue method_new(GpThread *t, GpValue func, GpValue self) {
  GpMethod *m = (GpMethod *)gp_alloc(t, &gp_type_boundmethod, sizeof(GpMethod));
  if (!m) return gp_raise_nomem(t);
  m->func = func;
  m->self = self;
  GP_INCREF(func);
  GP_INCREF(self);
  return gp_objv(&m->ob);
}

/* types.MethodType(func, obj): func bound to obj, as CPython's method(). */
static GpValue method_call(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "method", nargs, kw, 2, 2) < 0) return GP_ERRV;
  if (GP_IS_NONE(args[1])) return gp_raise(t, &gp_exc_TypeError, "instance must not be None");
  return method_new(t, args[0], args[1]);
}

GpType gp_type_boundmethod = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "method",
    .dealloc = method_dealloc,
    .traverse = method_traverse,
    .repr = method_repr,
    .hash = method_eq_hash,
    .call = method_call,
    .getattr = method_getattr,
};

int gp_method_eq(GpThread *t, GpValue a, GpValue b) {
  GpMethod *x = (GpMethod *)a.as.o, *y = (GpMethod *)b.as.o;
  if (!(x->self.tag == y->self.tag && x->self.as.i == y->self.as.i)) return 0;
  return gp_eq(t, x->func, y->func);
}

GpValue gp_method_call(GpThread *t, GpObj *mo, const GpValue *args, int nargs, GpObj *kwnames) {
  GpMethod *m = (GpMethod *)mo;
  GpValue small[8], *argv = nargs < 7 ? small : malloc(sizeof(GpValue) * (size_t)(nargs + 1));
  if (!argv) return gp_raise_nomem(t);
  argv[0] = m->self;
  if (nargs) memcpy(argv + 1, args, sizeof(GpValue) * (size_t)nargs);
  GpValue f = m->func, s = m->self; /* the call may drop the last other reference to m */
  GP_INCREF(f);
  GP_INCREF(s);
  GpValue r = gp_vm_call(t, f, argv, nargs + 1, kwnames);
  GP_DECREF(f);
  GP_DECREF(s);
  if (argv != small) free(argv);
  return r;
}

/* ------------------------------------- staticmethod, classmethod, property */

typedef struct GpWrap {
  GpObj ob;
  /* staticmethod/classmethod: f[0]; property: fget, fset, fdel, doc and
  ** its name in its class (set when the class is made, as __set_name__) */
  GpValue f[5];
} GpWrap;

static void wrap_dealloc(GpObj *o) {
  GpWrap *w = (GpWrap *)o;
  int n = o->type == &gp_type_property ? 5 : 1;
  for (int i = 0; i < n; i++)
    GP_DECREF(w->f[i]);
}

/* All slots (unused ones hold None); immutable, so no clear. */
static int wrap_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GpWrap *w = (GpWrap *)o;
  for (int i = 0; i < 5; i++)
    GP_VISIT(w->f[i], visit, arg);
  return 0;
}

static GpValue wrap_new(GpThread *t, const GpType *tp, const GpValue *f, int n) {
  GpWrap *w = (GpWrap *)gp_alloc(t, tp, sizeof(GpWrap));
  if (!w) return gp_raise_nomem(t);
  for (int i = 0; i < 5; i++) {
    w->f[i] = i < n ? f[i] : GP_NONEV;
    GP_INCREF(w->f[i]);
  }
  return gp_objv(&w->ob);
}

static GpValue staticmethod_call(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "staticmethod", nargs, kw, 1, 1) < 0) return GP_ERRV;
  return wrap_new(t, &gp_type_staticmethod, args, 1);
}

static GpValue classmethod_call(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "classmethod", nargs, kw, 1, 1) < 0) return GP_ERRV;
  return wrap_new(t, &gp_type_classmethod, args, 1);
}

/* getattr(f, '__isabstractmethod__', False) as a bool; -1 on an error. */
static int is_abstract(GpThread *t, GpValue f) {
  if (GP_IS_NONE(f)) return 0;
  GpValue r = gp_getattr(t, f, S("__isabstractmethod__"));
  if (GP_IS_ERR(r)) {
    if (!gp_exc_matches(t->exc, &gp_exc_AttributeError)) return -1;
    GP_DECREF(t->exc);
    t->exc = GP_NONEV;
    return 0;
  }
  int b = gp_truthy(t, r);
  GP_DECREF(r);
  return b;
}

/* A property is abstract if one of its functions is (CPython's rule). */
static GpValue wrap_isabstract(GpThread *t, GpWrap *w) {
  int n = w->ob.type == &gp_type_property ? 3 : 1, b = 0;
  for (int i = 0; i < n && b == 0; i++)
    b = is_abstract(t, w->f[i]);
  return b < 0 ? GP_ERRV : gp_boolv(b);
}

static GpValue wrap_getattr(GpThread *t, GpValue v, GpObj *name) {
  GpWrap *w = (GpWrap *)v.as.o;
  const char *s = cstr(name);
  bool prop = w->ob.type == &gp_type_property;
  if (strcmp(s, prop ? "fget" : "__func__") == 0) {
    GP_INCREF(w->f[0]);
    return w->f[0];
  }
  if (prop && (strcmp(s, "fset") == 0 || strcmp(s, "fdel") == 0)) {
    GpValue r = w->f[s[1] == 's' ? 1 : 2];
    GP_INCREF(r);
    return r;
  }
  if (strcmp(s, "__isabstractmethod__") == 0) return wrap_isabstract(t, w);
  if (strcmp(s, "__doc__") == 0) {
    /* a property's own doc, else (as a static or class method's) its function's */
    if (prop && !GP_IS_NONE(w->f[3])) {
      GP_INCREF(w->f[3]);
      return w->f[3];
    }
    return GP_IS_NONE(w->f[0]) ? GP_NONEV : gp_getattr(t, w->f[0], name);
  }
  if (prop)
    return gp_raise(t, &gp_exc_AttributeError, "'property' object has no attribute '%s'", s);
  return gp_getattr(t, w->f[0], name);
}

/* The (instance, owner=None) of a __get__ call, args[0] being the descriptor. */
static int get_args(GpThread *t, const GpValue *args, int nargs, GpObj *kw, GpValue *obj,
                    GpValue *owner) {
  static const char *const names[] = {"instance", "owner"};
  GpValue v[2];
  if (gp_parse_args(t, "__get__", args + 1, nargs - 1, kw, names, 2, 1, v) < 0) return -1;
  *obj = v[0];
  *owner = GP_IS_ERR(v[1]) ? GP_NONEV : v[1];
  if (GP_IS_NONE(*obj) && GP_IS_NONE(*owner))
    return gp_raise(t, &gp_exc_TypeError, "__get__(None, None) is invalid"), -1;
  return 0;
}

/* function.__get__(obj, type=None): a bound method, or the function itself
** for obj None (a read through the class). */
GpValue gp_func_descr_get(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  GpValue obj, owner;
  if (get_args(t, args, nargs, kw, &obj, &owner) < 0) return GP_ERRV;
  if (!GP_IS_NONE(obj)) return method_new(t, args[0], obj);
  GP_INCREF(args[0]);
  return args[0];
}

static GpValue staticmethod_get(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  GpValue obj, owner;
  if (get_args(t, args, nargs, kw, &obj, &owner) < 0) return GP_ERRV;
  GpValue f = ((GpWrap *)args[0].as.o)->f[0];
  GP_INCREF(f);
  return f;
}

/* classmethod.__get__(obj, type=None): the function bound to type, or to
** obj's class when no type is given. */
static GpValue classmethod_get(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  GpValue obj, owner;
  if (get_args(t, args, nargs, kw, &obj, &owner) < 0) return GP_ERRV;
  if (GP_IS_NONE(owner)) owner = gp_objv((GpObj *)&gp_meta_of(obj)->ob);
  return method_new(t, ((GpWrap *)args[0].as.o)->f[0], owner);
}

static const GpMethodDef staticmethod_methods[] = {{"__get__", staticmethod_get}, {NULL, NULL}};
static const GpMethodDef classmethod_methods[] = {{"__get__", classmethod_get}, {NULL, NULL}};

GpType gp_type_staticmethod = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "staticmethod",
    .dealloc = wrap_dealloc,
    .traverse = wrap_traverse,
    .call = staticmethod_call,
    .getattr = wrap_getattr,
    .methods = staticmethod_methods,
};

GpType gp_type_classmethod = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "classmethod",
    .dealloc = wrap_dealloc,
    .traverse = wrap_traverse,
    .call = classmethod_call,
    .getattr = wrap_getattr,
    .methods = classmethod_methods,
};

static GpValue property_call(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"fget", "fset", "fdel", "doc"};
  GpValue v[4];
  if (gp_parse_args(t, "property", args, nargs, kw, names, 4, 0, v) < 0) return GP_ERRV;
  for (int i = 0; i < 4; i++)
    if (GP_IS_ERR(v[i])) v[i] = GP_NONEV;
  return wrap_new(t, &gp_type_property, v, 4);
}

static GpValue property_with(GpThread *t, const GpValue *args, int nargs, int which,
                             const char *name) {
  if (gp_arg_count(t, name, nargs, NULL, 2, 2) < 0) return GP_ERRV;
  GpWrap *w = (GpWrap *)args[0].as.o;
  GpValue v[5] = {w->f[0], w->f[1], w->f[2], w->f[3], w->f[4]};
  v[which] = args[1];
  return wrap_new(t, &gp_type_property, v, 5);
}

static GpValue property_getter(GpThread *t, const GpValue *a, int n, GpObj *kw) {
  (void)kw;
  return property_with(t, a, n, 0, "getter");
}
static GpValue property_setter(GpThread *t, const GpValue *a, int n, GpObj *kw) {
  (void)kw;
  return property_with(t, a, n, 1, "setter");
}
static GpValue property_deleter(GpThread *t, const GpValue *a, int n, GpObj *kw) {
  (void)kw;
  return property_with(t, a, n, 2, "deleter");
}

/* "property 'x' of 'A' object has no setter"; CPython leaves the name out
** when it does not know it (a property not found through its class). */
static int property_missing(GpThread *t, GpObj *prop, GpValue obj, const char *name,
                            const char *what) {
  const char *cls = gp_meta_of(obj)->name;
  GpValue own = ((GpWrap *)prop)->f[4];
  if (GP_IS_TYPE(own, gp_type_str)) name = GP_STR(own)->data;
  if (name)
    gp_raise(t, &gp_exc_AttributeError, "property '%s' of '%s' object has no %s", name, cls, what);
  else
    gp_raise(t, &gp_exc_AttributeError, "property of '%s' object has no %s", cls, what);
  return -1;
}

/* prop's fget(obj); name is the attribute's, or NULL. */
static GpValue property_get(GpThread *t, GpObj *prop, GpValue obj, const char *name) {
  GpValue fget = ((GpWrap *)prop)->f[0];
  if (GP_IS_NONE(fget)) return property_missing(t, prop, obj, name, "getter"), GP_ERRV;
  return gp_vm_call(t, fget, &obj, 1, NULL);
}

/* prop's fset(obj, v), or fdel(obj) for v GP_ERRV. */
static int property_set(GpThread *t, GpObj *prop, GpValue obj, GpValue v, const char *name) {
  bool del = GP_IS_ERR(v);
  GpValue fn = ((GpWrap *)prop)->f[del ? 2 : 1];
  if (GP_IS_NONE(fn)) return property_missing(t, prop, obj, name, del ? "deleter" : "setter");
  GpValue args[2] = {obj, v};
  GpValue r = gp_vm_call(t, fn, args, del ? 1 : 2, NULL);
  if (GP_IS_ERR(r)) return -1;
  GP_DECREF(r);
  return 0;
}

static GpValue property_dget(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  GpValue obj, owner;
  if (get_args(t, args, nargs, kw, &obj, &owner) < 0) return GP_ERRV;
  if (!GP_IS_NONE(obj)) return property_get(t, args[0].as.o, obj, NULL);
  GP_INCREF(args[0]);
  return args[0];
}

static GpValue property_dset(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "__set__", nargs - 1, kw, 2, 2) < 0) return GP_ERRV;
  return property_set(t, args[0].as.o, args[1], args[2], NULL) < 0 ? GP_ERRV : GP_NONEV;
}

static GpValue property_ddelete(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "__delete__", nargs - 1, kw, 1, 1) < 0) return GP_ERRV;
  return property_set(t, args[0].as.o, args[1], GP_ERRV, NULL) < 0 ? GP_ERRV : GP_NONEV;
}

/* What a class statement tells the properties in its namespace, as
** CPython's property.__set_name__: the name, for its messages. Set once,
** by the class that is being made (no other thread sees it yet). */
void gp_property_set_name(GpValue prop, GpValue name) {
  GpWrap *w = (GpWrap *)prop.as.o;
  GP_INCREF(name);
  GP_DECREF(w->f[4]);
  w->f[4] = name;
}

static const GpMethodDef property_methods[] = {{"getter", property_getter},
                                               {"setter", property_setter},
                                               {"deleter", property_deleter},
                                               {"__get__", property_dget},
                                               {"__set__", property_dset},
                                               {"__delete__", property_ddelete},
                                               {NULL, NULL}};

GpType gp_type_property = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "property",
    .dealloc = wrap_dealloc,
    .traverse = wrap_traverse,
    .call = property_call,
    .getattr = wrap_getattr,
    .methods = property_methods,
};

/* ------------------------------------------------------------------ super */

typedef struct GpSuper {
  GpObj ob;
  GpValue cls; /* the class whose MRO successor is searched */
  GpValue obj; /* instance or class */
} GpSuper;

static void super_dealloc(GpObj *o) {
  GpSuper *s = (GpSuper *)o;
  GP_DECREF(s->cls);
  GP_DECREF(s->obj);
}

int gp_vm_super_args(GpThread *t, GpValue *cls, GpValue *obj); /* vm.c */

static GpValue super_call(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "super", nargs, kw, 0, 2) < 0) return GP_ERRV;
  GpValue cls, obj;
  if (nargs == 0) {
    if (gp_vm_super_args(t, &cls, &obj) < 0) return GP_ERRV;
  } else {
    cls = args[0];
    obj = nargs > 1 ? args[1] : GP_NONEV;
    if (!GP_IS_TYPE(cls, gp_type_type))
      return gp_raise(t, &gp_exc_TypeError, "super() argument 1 must be a type, not %s",
                      gp_typeof(cls)->name);
    if (nargs == 1)
      return gp_raise(t, &gp_exc_TypeError, "unbound super() is not supported by gilpy");
    const GpType *ot = GP_IS_TYPE(obj, gp_type_type) ? (const GpType *)obj.as.o : gp_typeof(obj);
    if (!gp_class_is_subtype(ot, (const GpType *)cls.as.o) &&
        !gp_type_is_subtype(gp_meta_of(obj), (const GpType *)cls.as.o))
      return gp_raise(t, &gp_exc_TypeError,
                      "super(type, obj): obj must be an instance or subtype of type");
    GP_INCREF(cls);
    GP_INCREF(obj);
  }
  GpSuper *s = (GpSuper *)gp_alloc(t, &gp_type_super, sizeof(GpSuper));
  if (!s) {
    GP_DECREF(cls);
    GP_DECREF(obj);
    return gp_raise_nomem(t);
  }
  s->cls = cls;
  s->obj = obj;
  return gp_objv(&s->ob);
}

/* BaseException.__init__(self, *args) and object.__init__(self). */
static GpValue exc_init(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)kw;
  GpExc *e = (GpExc *)args[0].as.o;
  GpValue a = gp_tuple_pack(t, (size_t)(nargs - 1), args + 1);
  if (GP_IS_ERR(a)) return a;
  gp_decref_o(e->args);
  e->args = a.as.o;
  return GP_NONEV;
}

static GpValue object_init(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args, (void)nargs, (void)kw, (void)t;
  return GP_NONEV;
}

static GpValue slot_str(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)nargs, (void)kw;
  if (gp_has_payload(args[0])) return inst_repr(t, args[0]);
  const GpType *s = solid_base(args[0].as.o->type);
  for (; s; s = s->base)
    if (s->str) return s->str(t, args[0]);
  return inst_repr(t, args[0]);
}

static GpValue slot_repr(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)nargs, (void)kw;
  const GpType *s = solid_base(gp_typeof(args[0]));
  if (s == &gp_type_object || gp_has_payload(args[0])) return object_repr_of(t, args[0]);
  return slot_owner_repr(s)->repr(t, args[0]);
}

static GpValue object_eq(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)t, (void)kw;
  if (nargs != 2) return NOTIMPL;
  return args[0].tag == args[1].tag && args[0].as.o == args[1].as.o ? gp_boolv(true) : NOTIMPL;
}

static GpValue object_hash(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)nargs, (void)kw;
  int64_t h;
  identity_hash(t, args[0], &h);
  return gp_intv(h);
}

/* The checks of CPython's slot wrappers for object's attribute methods,
** bound or not: no keywords, self, then want arguments (the setattr
** wrapper's message starts with a space, its function name being empty),
** a str name first. */
static int object_attr_args(GpThread *t, const char *fn, const GpValue *args, int nargs, GpObj *kw,
                            int want) {
  if (kw && GP_TUPLE(gp_objv(kw))->len > 0)
    return gp_raise(t, &gp_exc_TypeError, "wrapper %s() takes no keyword arguments", fn), -1;
  if (nargs < 1)
    return gp_raise(t, &gp_exc_TypeError, "descriptor '%s' of 'object' object needs an argument",
                    fn),
           -1;
  if (nargs - 1 != want)
    return gp_raise(t, &gp_exc_TypeError, "%sexpected %d argument%s, got %d", want == 2 ? " " : "",
                    want, want == 1 ? "" : "s", nargs - 1),
           -1;
  if (!GP_IS_TYPE(args[1], gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "attribute name must be string, not '%s'",
                    gp_type_name(args[1])),
           -1;
  return 0;
}

/* object.__setattr__(o, name, v) and, v GP_ERRV, __delattr__(o, name):
** the generic store for an instance; for another object what its own
** attribute assignment does. */
static GpValue object_store(GpThread *t, GpValue o, GpObj *name, GpValue v) {
  int r = gp_is_inst(o)  ? generic_setattr(t, o, name, v)
          : GP_IS_ERR(v) ? gp_delattr(t, o, name)
                         : gp_setattr(t, o, name, v);
  return r < 0 ? GP_ERRV : GP_NONEV;
}

static GpValue object_setattr(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (object_attr_args(t, "__setattr__", args, nargs, kw, 2) < 0) return GP_ERRV;
  return object_store(t, args[0], args[1].as.o, args[2]);
}

static GpValue object_delattr(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (object_attr_args(t, "__delattr__", args, nargs, kw, 1) < 0) return GP_ERRV;
  return object_store(t, args[0], args[1].as.o, GP_ERRV);
}

static GpValue object_getattribute(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (object_attr_args(t, "__getattribute__", args, nargs, kw, 1) < 0) return GP_ERRV;
  if (!gp_is_inst(args[0])) return gp_getattr(t, args[0], args[1].as.o);
  return generic_getattr(t, args[0], args[1].as.o);
}

/* object.__init_subclass__: the end of the chain, which takes no keywords. */
static GpValue object_init_subclass(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (kw && GP_TUPLE(gp_objv(kw))->len > 0)
    return gp_raise(t, &gp_exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                    nargs > 0 && GP_IS_TYPE(args[0], gp_type_type)
                        ? ((const GpType *)args[0].as.o)->name
                        : "object");
  if (nargs > 1)
    return gp_raise(t, &gp_exc_TypeError,
                    "object.__init_subclass__() takes no arguments (%d given)", nargs - 1);
  return GP_NONEV;
}

static GpValue object_new(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (nargs < 1 || !GP_IS_TYPE(args[0], gp_type_type) || !GP_IS_CLASS((GpType *)args[0].as.o))
    return gp_raise(t, &gp_exc_TypeError, "object.__new__(X): X is not a type object");
  GpType *cls = (GpType *)args[0].as.o;
  if (((GpClass *)cls)->payoffset)
    return gp_raise(t, &gp_exc_TypeError, "object.__new__(%s) is not safe, use %s.__new__()",
                    cls->name, solid_base(cls)->name);
  return inst_alloc(t, cls, args + 1, nargs - 1, kw);
}

/* A built-in type's method found through super(): a native bound to obj. */
static GpValue builtin_via_super(GpThread *t, const GpType *tp, const char *s, GpValue obj) {
  GpNativeFn fn = NULL;
  bool exc = gp_type_is_subtype(tp, &gp_exc_BaseException);
  if (strcmp(s, "__init__") == 0) fn = exc ? exc_init : object_init;
  if (strcmp(s, "__str__") == 0) fn = slot_str;
  if (strcmp(s, "__repr__") == 0) fn = slot_repr;
  if (strcmp(s, "__eq__") == 0 && tp == &gp_type_object) fn = object_eq;
  if (strcmp(s, "__hash__") == 0 && tp == &gp_type_object) fn = object_hash;
  if (strcmp(s, "__setattr__") == 0 && tp == &gp_type_object) fn = object_setattr;
  if (strcmp(s, "__delattr__") == 0 && tp == &gp_type_object) fn = object_delattr;
  if (strcmp(s, "__getattribute__") == 0 && tp == &gp_type_object) fn = object_getattribute;
  if (strcmp(s, "__init_subclass__") == 0 && tp == &gp_type_object) fn = object_init_subclass;
  if (strcmp(s, "__reduce_ex__") == 0 && tp == &gp_type_object) fn = gp_object_reduce_ex;
  if (strcmp(s, "__reduce__") == 0 && tp == &gp_type_object) fn = gp_object_reduce;
  if (strcmp(s, "__getstate__") == 0 && tp == &gp_type_object) fn = gp_object_getstate;
  if (strcmp(s, "__new__") == 0) return gp_native_new(t, "__new__", object_new);
  if (!fn) {
    const GpMethodDef *m = gp_type_method(tp, s);
    if (!m) return GP_ERRV;
    return gp_native_bind(t, m->name, m->fn, obj);
  }
  return gp_native_bind(t, s, fn, obj);
}

/* object's methods as attributes: one immortal object each, shared by all
** VMs, so that C.__hash__ is object.__hash__ as in CPython. */
/* (self is unused: these are never bound) */
#define OBJECT_NATIVE(NAME, FN)                                                                    \
  { .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_native}, .name = NAME, .fn = FN }
static GpNative object_natives[] = {
    OBJECT_NATIVE("__init__", object_init),
    OBJECT_NATIVE("__new__", object_new),
    OBJECT_NATIVE("__setattr__", object_setattr),
    OBJECT_NATIVE("__delattr__", object_delattr),
    OBJECT_NATIVE("__getattribute__", object_getattribute),
    OBJECT_NATIVE("__init_subclass__", object_init_subclass),
    OBJECT_NATIVE("__eq__", object_eq),
    OBJECT_NATIVE("__hash__", object_hash),
    OBJECT_NATIVE("__repr__", slot_repr),
    OBJECT_NATIVE("__str__", slot_str),
    OBJECT_NATIVE("__reduce_ex__", gp_object_reduce_ex),
    OBJECT_NATIVE("__reduce__", gp_object_reduce),
    OBJECT_NATIVE("__getstate__", gp_object_getstate),
};

/* ValueError.__init__ unbound, called as ValueError.__init__(self, ...):
** bound to its type (args[0]) for the messages; the instance is checked,
** as super() guarantees it for exc_init. */
static GpValue exc_init_unbound(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  const char *owner = ((const GpType *)args[0].as.o)->name;
  if (nargs < 2)
    return gp_raise(t, &gp_exc_TypeError, "descriptor '__init__' of '%s' object needs an argument",
                    owner);
  if (!gp_type_is_subtype(gp_typeof(args[1]), (const GpType *)args[0].as.o))
    return gp_raise(t, &gp_exc_TypeError,
                    "descriptor '__init__' requires a '%s' object but received a '%s'", owner,
                    gp_typeof(args[1])->name);
  return exc_init(t, args + 1, nargs - 1, kw);
}

GpValue gp_exc_type_attr(GpThread *t, const GpType *tp, GpObj *name) {
  if (strcmp(cstr(name), "__init__") != 0) return GP_ERRV;
  return gp_native_bind(t, "__init__", exc_init_unbound, gp_objv((GpObj *)tp));
}

GpValue gp_object_attr(GpThread *t, GpObj *name) {
  (void)t;
  const char *s = cstr(name);
  for (size_t i = 0; i < sizeof object_natives / sizeof *object_natives; i++)
    if (strcmp(s, object_natives[i].name) == 0) return gp_objv(&object_natives[i].ob);
  return GP_ERRV;
}

static GpValue super_getattr(GpThread *t, GpValue v, GpObj *name) {
  GpSuper *sp = (GpSuper *)v.as.o;
  const GpType *start = (const GpType *)sp->cls.as.o;
  bool obj_is_type = GP_IS_TYPE(sp->obj, gp_type_type);
  const GpType *ot = obj_is_type ? (const GpType *)sp->obj.as.o : gp_typeof(sp->obj);
  if (obj_is_type && !gp_class_is_subtype(ot, start)) { /* a class in its metaclass's method */
    ot = gp_meta_of(sp->obj);
    obj_is_type = false;
  }
  const char *s = cstr(name);
  if (strcmp(s, "__class__") == 0) return gp_objv(&gp_type_super.ob);
  if (GP_IS_CLASS(ot)) {
    GpTuple *m = (GpTuple *)((const GpClass *)ot)->mro;
    size_t i = 0;
    while (i < m->len && m->items[i].as.o != &start->ob)
      i++;
    for (i++; i < m->len; i++) {
      const GpType *x = (const GpType *)m->items[i].as.o;
      GpValue a;
      if (GP_IS_CLASS(x)) {
        if (gp_dict_get_str(((const GpClass *)x)->dict, name, &a))
          return bind(t, a, obj_is_type ? GP_NONEV : sp->obj, (GpType *)ot);
        continue;
      }
      for (const GpType *y = x; y; y = y->base) {
        GpValue r = GP_ERRV;
        if (gp_payload_base(y)) r = gp_payload_super_attr(t, y, name, sp->obj);
        if (y == &gp_type_type) r = gp_type_super_attr(t, name, sp->obj);
        if (GP_IS_ERR(r) && GP_IS_NONE(t->exc)) r = builtin_via_super(t, y, s, sp->obj);
        if (!GP_IS_ERR(r) || t->exc.tag != GP_T_NONE) return r;
      }
    }
  }
  return gp_raise(t, &gp_exc_AttributeError, "'super' object has no attribute '%s'", s);
}

static int super_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GpSuper *s = (GpSuper *)o;
  GP_VISIT(s->cls, visit, arg);
  GP_VISIT(s->obj, visit, arg);
  return 0;
}

GpType gp_type_super = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "super",
    .dealloc = super_dealloc,
    .traverse = super_traverse,
    .call = super_call,
    .getattr = super_getattr,
};

/* ------------------------------------------------------------- operators */

static const char *const binop_names[GP_OP_NBINOPS][3] = {
    {"__add__", "__radd__", "__iadd__"},
    {"__sub__", "__rsub__", "__isub__"},
    {"__mul__", "__rmul__", "__imul__"},
    {"__truediv__", "__rtruediv__", "__itruediv__"},
    {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    {"__mod__", "__rmod__", "__imod__"},
    {"__pow__", "__rpow__", "__ipow__"},
    {"__lshift__", "__rlshift__", "__ilshift__"},
    {"__rshift__", "__rrshift__", "__irshift__"},
    {"__and__", "__rand__", "__iand__"},
    {"__or__", "__ror__", "__ior__"},
    {"__xor__", "__rxor__", "__ixor__"},
    {"__matmul__", "__rmatmul__", "__imatmul__"},
};

/* 1 = *out is a result, 0 = not handled, -1 = error. An operator method
** set to None is called, as CPython does: a TypeError. */
static int try_op(GpThread *t, GpValue self, const char *name, GpValue other, GpValue *out) {
  GpValue f = special(self, name);
  if (GP_IS_ERR(f)) return 0;
  *out = call_special(t, f, self, &other, 1);
  if (GP_IS_ERR(*out)) return -1;
  return is_notimpl(*out) ? 0 : 1;
}

/* Whether b's reflected method of op goes first: b's class derives from
** a's and provides a reflected method other than a's class's (CPython's
** method_is_overloaded; an inherited one leaves a's __op__ first). */
static bool right_first(GpValue a, GpValue b, int op) {
  if (!gp_is_inst(b)) return false;
  const GpType *ta = a.tag == GP_T_OBJ ? a.as.o->type : gp_typeof(a);
  if (ta == b.as.o->type || !gp_class_is_subtype(b.as.o->type, ta)) return false;
  GpValue fb = special(b, binop_names[op][1]), fa = special(a, binop_names[op][1]);
  bool over = !GP_IS_ERR(fb) && (GP_IS_ERR(fa) || fa.tag != fb.tag || fa.as.o != fb.as.o);
  GP_DECREF(fa);
  GP_DECREF(fb);
  return over;
}

/* a OP b on the operands' values (an instance's payload): what a's type
** does once no special method of a class answered. GP_ERRV, nothing raised,
** when neither has a value. */
static GpValue value_binop(GpThread *t, int op, GpValue a, GpValue b, bool inplace) {
  GpValue pa = gp_unwrap(a), pb = gp_unwrap(b);
  if (op == GP_OP_MOD && GP_IS_TYPE(pa, gp_type_str)) return gp_str_mod(t, pa, b); /* args whole */
  if (!gp_has_payload(a) && !gp_has_payload(b)) return GP_ERRV;
  /* an __iop__ that declined leaves the payload's plain operator, as in CPython */
  if (inplace && has_special(a, binop_names[op][2])) inplace = false;
  GpValue r = inplace ? gp_inplace_binop(t, op, pa, pb) : gp_binop(t, op, pa, pb);
  if (inplace && r.tag == GP_T_OBJ && pa.tag == GP_T_OBJ && r.as.o == pa.as.o) {
    GP_DECREF(r); /* list += x extended the payload in place: the result is a */
    GP_INCREF(a);
    return a;
  }
  return r;
}

/* a OP b by the __op__ that a's built-in base (or a, a built-in value)
** gives it when a's class defines none: Counter's Python-written ones, a
** number slot that takes b. CPython tries it before b's reflected method
** unless b's type derives from a's. GP_ERRV, nothing raised: none. */
static GpValue builtin_op(GpThread *t, int op, GpValue a, GpValue b, bool inplace) {
  const GpType *ta = gp_typeof(a), *tb = gp_typeof(b);
  if (has_special(a, binop_names[op][0]) || (ta != tb && gp_class_is_subtype(tb, ta)))
    return GP_ERRV; /* a subclass's operand: its base's reflected slot, at the end */
  GpValue r = gp_payload_binop_first(t, op, a, b, inplace && !has_special(a, binop_names[op][2]));
  if (!GP_NOTIMPL(t, r)) return r;
  return gp_slot_takes(op, gp_unwrap(a), gp_unwrap(b)) ? value_binop(t, op, a, b, inplace)
                                                       : GP_ERRV;
}

GpValue gp_inst_binop(GpThread *t, int op, GpValue a, GpValue b, bool inplace, int tried) {
  GpValue r;
  int k;
  if (inplace && tried < GP_BINOP_INPLACE && (k = try_op(t, a, binop_names[op][2], b, &r)) != 0)
    return k < 0 ? GP_ERRV : r;
  bool b_sub = right_first(a, b, op);
  if (b_sub && (k = try_op(t, b, binop_names[op][1], a, &r)) != 0) return k < 0 ? GP_ERRV : r;
  if (tried < GP_BINOP_LEFT) {
    if ((k = try_op(t, a, binop_names[op][0], b, &r)) != 0) return k < 0 ? GP_ERRV : r;
    if ((r = builtin_op(t, op, a, b, inplace), !GP_NOTIMPL(t, r))) return r;
  }
  if (!b_sub && gp_typeof(a) != gp_typeof(b) && (k = try_op(t, b, binop_names[op][1], a, &r)) != 0)
    return k < 0 ? GP_ERRV : r;
  if (!gp_has_payload(a) && !gp_has_payload(b)) return GP_ERRV;
  /* an __iop__ that declined leaves the payload's plain operator, as in CPython */
  if (r = gp_payload_binop(t, op, a, b, inplace && !has_special(a, binop_names[op][2])),
      !GP_NOTIMPL(t, r))
    return r;
  return value_binop(t, op, a, b, inplace);
}

/* Marks a binop_fn entry not yet looked up, and one that is not a plain
** function (a native, a staticmethod, None...: the generic path calls it). */
static GpObj op_unknown, op_other;

/* Class c's __op__ (which 0) or __iop__ (which 1) of binary operator op:
** a plain function (borrowed), NULL if no class in the MRO has it, or
** &op_other. The class's namespace keeps the function while the epoch holds
** (under gil=none, retire.h keeps it until the world's next stop). */
static GpObj *binop_fn_find(GpClass *c, int op, int which) {
  GpValue f;
  if (!gp_class_lookup(&c->tp, S(binop_names[op][which ? 2 : 0]), &f)) return NULL;
  GpObj *fn = GP_IS_TYPE(f, gp_type_function) ? f.as.o : &op_other;
  GP_DECREF(f);
  return fn;
}

/* class_binop_fn under gil=none: binop_fn and ops_epoch are seqlocked by
** ops_seq (cache_none.h, invariant 1). A writer resets the table when the
** epoch moved, as under a GIL; one that loses the claim skips its fill. */
static GpObj *class_binop_fn_none(GpClass *c, int op, int which, uint64_t epoch) {
  uint32_t s = cn_begin(&c->ops_seq);
  uint64_t e = CN_GET(&c->ops_epoch);
  GpObj *fn = CN_GET(&c->binop_fn[op][which]);
  if (e == epoch && fn != &op_unknown && cn_valid(&c->ops_seq, s)) return fn;
  fn = binop_fn_find(c, op, which);
  if (!cn_claim(&c->ops_seq, &s)) return fn;
  if (CN_LOAD(&c->ops_epoch) != epoch) {
    for (int i = 0; i < GP_OP_NBINOPS; i++) {
      CN_PUT(&c->binop_fn[i][0], &op_unknown);
      CN_PUT(&c->binop_fn[i][1], &op_unknown);
    }
    CN_PUT(&c->ops_epoch, epoch);
  }
  CN_PUT(&c->binop_fn[op][which], fn);
  cn_publish(&c->ops_seq, s);
  return fn;
}

/* binop_fn_find's answer, cached per class on the class epoch. */
static GpObj *class_binop_fn(GpClass *c, int op, int which) {
  uint64_t epoch = atomic_load_explicit(&gp_class_epoch, memory_order_acquire);
  if (GP_IS_SHARED(&c->tp.ob)) return class_binop_fn_none(c, op, which, epoch);
  if (c->ops_epoch != epoch) {
    for (int i = 0; i < GP_OP_NBINOPS; i++)
      c->binop_fn[i][0] = c->binop_fn[i][1] = &op_unknown;
    c->ops_epoch = epoch;
  }
  GpObj **slot = &c->binop_fn[op][which];
  if (*slot == &op_unknown) *slot = binop_fn_find(c, op, which);
  return *slot;
}

/* gp_inst_binop's first call, when it is a.__iop__(b) or a.__op__(b). */
GpObj *gp_inst_binop_fn(GpValue a, GpValue b, int op, bool inplace, int *tried) {
  GpClass *c = (GpClass *)a.as.o->type;
  GpObj *fn = inplace ? class_binop_fn(c, op, 1) : NULL;
  *tried = GP_BINOP_INPLACE;
  if (!fn) {
    if (right_first(a, b, op)) return NULL;
    fn = class_binop_fn(c, op, 0);
    *tried = GP_BINOP_LEFT;
  }
  return fn == &op_other ? NULL : fn;
}

static const char *const cmp_names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
static const GpCmpOp cmp_swap[] = {GP_CMP_GT, GP_CMP_GE, GP_CMP_EQ,
                                   GP_CMP_NE, GP_CMP_LT, GP_CMP_LE};

GpValue gp_inst_compare(GpThread *t, GpCmpOp op, GpValue a, GpValue b) {
  GpValue r;
  int k;
  bool b_sub = gp_is_inst(b) && gp_typeof(a) != gp_typeof(b) &&
               gp_class_is_subtype(gp_typeof(b), gp_typeof(a));
  if (b_sub && (k = try_op(t, b, cmp_names[cmp_swap[op]], a, &r)) != 0) return k < 0 ? GP_ERRV : r;
  if ((k = try_op(t, a, cmp_names[op], b, &r)) != 0) return k < 0 ? GP_ERRV : r;
  /* a's built-in comparison is its __op__: before b's reflected one */
  GpValue pa = gp_unwrap(a), pb = gp_unwrap(b);
  if (!has_special(a, cmp_names[op]) && gp_cmp_takes(op, pa, pb)) return gp_compare(t, op, pa, pb);
  if (!b_sub && (k = try_op(t, b, cmp_names[cmp_swap[op]], a, &r)) != 0) return k < 0 ? GP_ERRV : r;
  /* the inverse of __eq__ when only that is defined (a built-in base has its own __ne__) */
  if (op == GP_CMP_NE && !gp_has_payload(a)) {
    if ((k = try_op(t, a, "__eq__", b, &r)) != 0) {
      if (k < 0) return GP_ERRV;
      int tr = gp_truthy(t, r);
      GP_DECREF(r);
      return tr < 0 ? GP_ERRV : gp_boolv(!tr);
    }
  }
  if (gp_has_payload(a) || gp_has_payload(b)) return gp_compare(t, op, pa, pb);
  if (op == GP_CMP_EQ || op == GP_CMP_NE) {
    bool same = a.tag == b.tag && a.as.o == b.as.o;
    return gp_boolv(op == GP_CMP_EQ ? same : !same);
  }
  return GP_ERRV;
}

GpValue gp_inst_unop(GpThread *t, GpUnOp op, GpValue a) {
  static const char *const names[] = {"__neg__", "__pos__", "__invert__"};
  GpValue r;
  int k = try_special(t, a, names[op], NULL, 0, &r);
  if (k == 0 && gp_has_payload(a)) return gp_unop(t, op, gp_unwrap(a));
  return k > 0 ? r : GP_ERRV;
}

int gp_inst_truthy(GpThread *t, GpValue v) {
  GpValue r;
  int k = try_special(t, v, "__bool__", NULL, 0, &r);
  if (k < 0) return -1;
  if (k > 0) {
    if (r.tag != GP_T_BOOL) {
      gp_raise(t, &gp_exc_TypeError, "__bool__ should return bool, returned %s",
               gp_typeof(r)->name);
      GP_DECREF(r);
      return -1;
    }
    return (int)r.as.i;
  }
  if (gp_has_payload(v) && !has_special(v, "__len__")) return gp_truthy(t, gp_unwrap(v));
  int64_t n;
  k = gp_inst_len(t, v, &n);
  if (k < 0) return -1;
  return k == 0 ? 1 : n != 0;
}

/* 1 = *n set, 0 = no __len__, -1 = error. */
int gp_inst_len(GpThread *t, GpValue v, int64_t *n) {
  GpValue r;
  int k = try_special(t, v, "__len__", NULL, 0, &r);
  if (k == 0 && gp_has_payload(v)) return gp_len_of(t, gp_unwrap(v), n) < 0 ? -1 : 1;
  if (k <= 0) return k;
  if (r.tag == GP_T_INT || r.tag == GP_T_BOOL) {
    *n = r.as.i;
  } else { /* __index__, or OverflowError for a bignum */
    k = gp_as_index(t, r, n);
    GP_DECREF(r);
    if (k < 0) return -1;
  }
  if (*n < 0) {
    gp_raise(t, &gp_exc_ValueError, "__len__() should return >= 0");
    return -1;
  }
  return 1;
}

GpValue gp_payload_getitem(GpThread *t, GpValue o, GpValue key) {
  GpValue p = gp_unwrap(o), r;
  if (!gp_type_is_subtype(gp_typeof(p), &gp_type_dict)) return gp_getitem(t, p, key);
  int k = gp_dict_getref(t, p.as.o, key, &r);
  if (k != 0) return k < 0 ? GP_ERRV : r;
  k = try_special(t, o, "__missing__", &key, 1, &r);
  if (k == 0) /* none of the class's: the base's own (defaultdict's factory, Counter's 0) */
    return GP_IS_TYPE(p, gp_type_dict) ? gp_raise_keyerror(t, key) : gp_getitem(t, p, key);
  return k < 0 ? GP_ERRV : r;
}

GpValue gp_inst_getitem(GpThread *t, GpValue o, GpValue key) {
  GpValue r;
  int k = try_special(t, o, "__getitem__", &key, 1, &r);
  if (k > 0) return r;
  if (k == 0 && gp_has_payload(o)) return gp_payload_getitem(t, o, key);
  if (k == 0)
    gp_raise(t, &gp_exc_TypeError, "'%s' object is not subscriptable", gp_typeof(o)->name);
  return GP_ERRV;
}

int gp_inst_setitem(GpThread *t, GpValue o, GpValue key, GpValue v) {
  GpValue r;
  GpValue args[2] = {key, v};
  bool del = GP_IS_ERR(v);
  int k = try_special(t, o, del ? "__delitem__" : "__setitem__", args, del ? 1 : 2, &r);
  if (k > 0) {
    GP_DECREF(r);
    return 0;
  }
  if (k == 0 && gp_has_payload(o))
    return del ? gp_delitem(t, gp_unwrap(o), key) : gp_setitem(t, gp_unwrap(o), key, v);
  if (k == 0)
    gp_raise(t, &gp_exc_TypeError, "'%s' object does not support item %s", gp_typeof(o)->name,
             del ? "deletion" : "assignment");
  return -1;
}

int gp_inst_contains(GpThread *t, GpValue c, GpValue item) {
  GpValue r;
  int k = try_special(t, c, "__contains__", &item, 1, &r);
  if (k < 0) return -1;
  if (k == 0 && gp_has_payload(c) && !has_special(c, "__iter__"))
    return gp_contains(t, gp_unwrap(c), item);
  if (k > 0) {
    int tr = gp_truthy(t, r);
    GP_DECREF(r);
    return tr;
  }
  GpValue fi = special(c, "__iter__");
  if (GP_IS_ERR(fi)) fi = special(c, "__getitem__"); /* the old sequence protocol */
  if (GP_IS_ERR(fi)) {
    gp_raise(t, &gp_exc_TypeError, "argument of type '%s' is not iterable", gp_typeof(c)->name);
    return -1;
  }
  GP_DECREF(fi);
  GpValue it = gp_iter(t, c);
  if (GP_IS_ERR(it)) return -1;
  GpValue x;
  int found = 0;
  while (!found && (k = gp_next(t, it, &x)) > 0) {
    found = gp_eq(t, x, item);
    GP_DECREF(x);
    if (found < 0) break;
  }
  GP_DECREF(it);
  return k < 0 ? -1 : found;
}

GpValue gp_inst_format(GpThread *t, GpValue v, GpObj *spec) {
  GpValue r, s = gp_objv(spec);
  int k = try_special(t, v, "__format__", &s, 1, &r);
  if (k > 0) return r;
  if (k < 0) return GP_ERRV;
  if (gp_has_payload(v) && (((GpStr *)spec)->len || !has_special(v, "__str__")))
    return gp_format(t, gp_unwrap(v), spec);
  if (((GpStr *)spec)->len)
    return gp_raise(t, &gp_exc_TypeError, "unsupported format string passed to %s.__format__",
                    gp_typeof(v)->name);
  return gp_str(t, v);
}

/* -------------------------------------------------------------- builtins */

/* 1 if sub is a subclass of c (a class, or a tuple of them), 0, -1. */
static int subclass_of(GpThread *t, GpValue sub, GpValue c) {
  if (GP_IS_TYPE(c, gp_type_tuple)) {
    for (size_t i = 0; i < GP_TUPLE(c)->len; i++) {
      int r = subclass_of(t, sub, GP_TUPLE(c)->items[i]);
      if (r) return r;
    }
    return 0;
  }
  int hooked = gp_check_hook(t, c, "__subclasscheck__", sub);
  if (hooked != 2) return hooked;
  if (!GP_IS_TYPE(sub, gp_type_type)) {
    gp_raise(t, &gp_exc_TypeError, "issubclass() arg 1 must be a class");
    return -1;
  }
  if (GP_IS_TYPE(c, gp_type_type)) return gp_class_is_subtype((GpType *)sub.as.o, (GpType *)c.as.o);
  gp_raise(t, &gp_exc_TypeError,
           "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return -1;
}

static GpValue bi_issubclass(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "issubclass", nargs, kw, 2, 2) < 0) return GP_ERRV;
  int r = subclass_of(t, args[0], args[1]);
  return r < 0 ? GP_ERRV : gp_boolv(r);
}

static GpValue bi_setattr(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "setattr", nargs, kw, 3, 3) < 0) return GP_ERRV;
  if (!GP_IS_TYPE(args[1], gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "attribute name must be string, not '%s'",
                    gp_typeof(args[1])->name);
  GpObj *n = gp_intern(GP_STR(args[1])->data, GP_STR(args[1])->len);
  return gp_setattr(t, args[0], n, args[2]) < 0 ? GP_ERRV : GP_NONEV;
}

static GpValue bi_delattr(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "delattr", nargs, kw, 2, 2) < 0) return GP_ERRV;
  if (!GP_IS_TYPE(args[1], gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "attribute name must be string, not '%s'",
                    gp_typeof(args[1])->name);
  GpObj *n = gp_intern(GP_STR(args[1])->data, GP_STR(args[1])->len);
  return gp_delattr(t, args[0], n) < 0 ? GP_ERRV : GP_NONEV;
}

static GpValue bi_vars(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "vars", nargs, kw, 0, 1) < 0) return GP_ERRV;
  if (nargs == 0) return gp_vm_locals(t); /* vars() is locals() */
  GpValue r = gp_getattr(t, args[0], S("__dict__"));
  if (GP_IS_ERR(r) && gp_exc_matches(t->exc, &gp_exc_AttributeError)) {
    GP_DECREF(t->exc);
    t->exc = GP_NONEV;
    return gp_raise(t, &gp_exc_TypeError, "vars() argument must have __dict__ attribute");
  }
  return r;
}

bool gp_is_callable(GpValue v) {
  const GpType *tp = gp_typeof(v);
  if (tp == &gp_type_native || tp == &gp_type_function || tp == &gp_type_type ||
      tp == &gp_type_boundmethod || (tp->ops && tp->ops->call))
    return true;
  GpValue f = special(v, "__call__");
  bool r = !GP_IS_ERR(f);
  GP_DECREF(f);
  return r;
}

static GpValue bi_callable(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "callable", nargs, kw) < 0) return GP_ERRV;
  return gp_boolv(gp_is_callable(args[0]));
}

static const GpMethodDef class_builtins[] = {
    {"issubclass", bi_issubclass}, {"setattr", bi_setattr},
    {"delattr", bi_delattr},       {"vars", bi_vars},
    {"callable", bi_callable},     {NULL, NULL},
};

int gp_open_class_builtins(GpThread *t, GpObj *d) {
  if (gp_module_add_functions(t, d, class_builtins) < 0) return -1;
  static GpType *const types[] = {&gp_type_object, &gp_type_super, &gp_type_staticmethod,
                                  &gp_type_classmethod, &gp_type_property};
  static const char *const names[] = {"object", "super", "staticmethod", "classmethod", "property"};
  for (int i = 0; i < 5; i++)
    if (gp_module_set(t, d, names[i], gp_objv(&types[i]->ob)) < 0) return -1;
  return gp_module_set(t, d, "NotImplemented", NOTIMPL);
}
