/*
** class.h — classes made by `class` statements and their instances
** (class.c), shared with the VM (vm.c) and the generic protocol (ops.c).
**
** A class is a heap GpType (tpflags GP_TPF_HEAP) extended with its
** namespace and MRO. Its instances are GpObj (or GpExc, for subclasses of
** exceptions) followed by a pointer to their attribute dict at dictoffset;
** an ordinary class's instances keep their attributes inline after it
** until something needs the dict (GpInlVals, instvals.c).
** The type's C slots (repr, str, hash, iter, next, call, getattr, setattr)
** are trampolines that look the special methods up in the MRO; ops.c sends
** operators on instances here through gp_inst_* below.
*/
#ifndef GP_CLASS_H
#define GP_CLASS_H

#include "gp.h"

/* The most attribute names a class's shape holds (as CPython's shared keys). */
enum { GP_SHAPE_MAX = 30 };

/* An instance's inline attribute values, after its (NULL) dict pointer:
** v[i] is the value of its class's shape[i], GP_T_ERR where the instance
** has none. Indexes were filled in increasing order, so index order is the
** instance's insertion order; v[n..cap) are all GP_T_ERR. seq: under
** gil=none the values' lock, odd while held (instvals.c's invariants). */
typedef struct GpInlVals {
  uint16_t n, cap;
  uint32_t seq;
  GpValue v[];
} GpInlVals;

typedef struct GpClass {
  GpType tp;
  GpObj *dict;  /* the namespace (attributes, methods) */
  GpObj *bases; /* tuple of types */
  GpObj *mro;   /* tuple of types, this class first */
  GpObj *name, *qualname, *module;
  GpObj *slots;     /* __slots__ as a tuple of str, or NULL */
  bool restricted;  /* every class in the MRO has __slots__: no other attributes */
  bool has_setattr; /* a __setattr__ in the MRO, as of setattr_epoch (gil=new, legacy) */
  uint64_t setattr_epoch;
  /* the same under gil=none, one word: epoch << 1 | has */
  _Atomic uint64_t setattr_state;
  /* epoch << 1 | (a __getattribute__ in the MRO): read by every thread */
  _Atomic uint64_t getattribute_state;
  /* (gp_class_epoch << 1) | whether the MRO has __del__, for finalize.c */
  _Atomic uint64_t del_cache;
  GpObj *plain_init; /* borrowed, as of init_epoch: see gp_class_plain_init */
  uint64_t init_epoch;
  /* __op__ and __iop__ of each binary operator as of ops_epoch, each looked
  ** up on first use: a plain function (borrowed), NULL (none) or a marker
  ** for anything else (gp_inst_binop_fn), an object of no type */
  GpObj *binop_fn[GP_OP_NBINOPS][2];
  uint64_t ops_epoch;
  /* under gil=none, seqlocks over (plain_init, init_epoch) and over
  ** (binop_fn, ops_epoch): runtime/cache_none.h's invariants 1 and 2 */
  uint32_t init_seq, ops_seq;
  /* attributes the last freed instance had: new ones get a dict with room
  ** for that many (gp_inst_new_bare); 0: unknown or too many */
  _Atomic uint32_t dict_hint;
  size_t dictoffset; /* of the instance dict pointer in an instance */
  size_t payoffset;  /* of the payload (subtype.c) in an instance; 0: none */
  size_t size;       /* of an instance */
  GpType *meta;      /* the metaclass (meta.c), a class deriving from type; NULL: type */
  /* Instances of an ordinary class (object as the built-in base, no
  ** __slots__) start with inline values and no dict
  ** (instvals.c). shape: the attribute names (interned, immortal) they
  ** store, in the order stored, append-only so an index stays valid;
  ** shape_bits: the hash bit (% 64) of each, to rule a name out quickly. */
  bool inline_vals;
  /* A __new__ was defined or assigned on the class, even if deleted since:
  ** CPython's class then makes instances through its __new__ slot, where
  ** object.__new__ refuses arguments. */
  _Atomic bool new_assigned; /* written under gil=none while others read it */
  uint32_t nshape;
  uint32_t shape_lock; /* gil=none: held while the shape grows (instvals.c) */
  uint64_t shape_bits;
  GpObj *shape[GP_SHAPE_MAX];
  char cname[]; /* tp.name's storage */
} GpClass;

#define GP_IS_CLASS(tp) (((tp)->tpflags & GP_TPF_HEAP) != 0)
static inline bool gp_is_inst(GpValue v) {
  return v.tag == GP_T_OBJ && GP_IS_CLASS(v.as.o->type);
}

/* Instances of subclasses of list, dict, tuple, str, int, float, set and
** frozenset wrap a value of that type, their payload, beside the instance
** dict: the built-in operations apply to the payload where the class does
** not override them (subtype.c). Wrapping rather than CPython's shared
** prefix layout keeps every exact-type fast path and every cast of a
** built-in object valid, and works for the inline ints and floats. */
static inline bool gp_has_payload(GpValue v) {
  return gp_is_inst(v) && ((const GpClass *)v.as.o->type)->payoffset != 0;
}
static inline GpValue *gp_payload_slot(GpObj *o) {
  return (GpValue *)((char *)o + ((const GpClass *)o->type)->payoffset);
}
/* v's payload (borrowed) if it has one, else v. */
static inline GpValue gp_unwrap(GpValue v) {
  return gp_has_payload(v) ? *gp_payload_slot(v.as.o) : v;
}
/* The NotImplemented singleton (immortal: no reference to take). */
GpValue gp_notimplemented(void);
/* A built-in type's special method read as an attribute (dunder.c): the
** entry for name if values of tp have it, else NULL; and o's, bound, or
** GP_ERRV with nothing raised (None for __hash__ of an unhashable type). */
const GpMethodDef *gp_dunder_find(const GpType *tp, const char *name);
GpValue gp_dunder_attr(GpThread *t, GpValue o, GpObj *name);
/* Whether values of built-in type tp are unhashable (__hash__ is None). */
bool gp_type_unhashable(const GpType *tp);
/* Stores tp's special methods (the table's entries values of tp have; a
** __hash__ of None for an unhashable type) in dict d: type.__dict__. */
int gp_dunder_fill(GpThread *t, const GpType *tp, GpObj *d);
/* Whether value x's built-in type has a number slot for op that takes
** value y (int's takes ints, float's numbers, str's % anything...). */
bool gp_slot_takes(GpBinOp op, GpValue x, GpValue y);
/* Whether value x's built-in comparison takes value y (int's takes ints,
** float's numbers, a sequence's its own type, a set's sets): CPython's
** tp_richcompare, which answers NotImplemented otherwise. */
bool gp_cmp_takes(GpCmpOp op, GpValue x, GpValue y);
/* Whether classes may derive from tp with a payload (subtype.c). */
bool gp_payload_base(const GpType *tp);
/* A new instance of cls (a class with a payload) as base.__new__(cls, *args)
** makes it: list, dict and set start empty, the immutable ones are built
** from args. */
GpValue gp_payload_new(GpThread *t, GpType *cls, const GpValue *args, int nargs, GpObj *kwnames);
/* base.__init__(self, *args): refills a mutable payload, ignored otherwise. */
GpValue gp_payload_init(GpThread *t, GpValue self, const GpValue *args, int nargs, GpObj *kwnames);
/* An attribute of built-in base tp reached through super() from obj (whose
** payload is used), or GP_ERRV with nothing raised if tp has none. */
GpValue gp_payload_super_attr(GpThread *t, const GpType *tp, GpObj *name, GpValue obj);
/* repr(payload), its type's name replaced by the class's for a
** GP_TPF_PAYLOAD type or bytearray (CPython's Counter, deque, ... name
** type(self)). */
GpValue gp_payload_repr(GpThread *t, GpValue self);
/* Whether payload p's repr names the subclass (collections types, bytearray). */
bool gp_payload_repr_names_class(GpValue p);
/* The base's self[key] (dict.__getitem__ of a subclass): a dict payload's
** missing key goes to the class's __missing__, else the base's own. */
GpValue gp_payload_getitem(GpThread *t, GpValue o, GpValue key);
/* int.__new__, tuple.__new__, type.__new__ ... read on a built-in type;
** GP_ERRV with nothing raised for other names. */
GpValue gp_builtin_type_attr(GpThread *t, const GpType *tp, GpObj *name);
/* a op b where an operand's class derives from a collections type: for
** deque, defaultdict and OrderedDict a result of that class (CPython's
** type(self)(...)) with op applied in place; Counter's operators get the
** instances whole. GP_ERRV with nothing raised when those give none. */
GpValue gp_payload_binop(GpThread *t, int op, GpValue a, GpValue b, bool inplace);
/* a op b by Counter's operators when a's class derives from Counter (its
** __add__..., Python code in CPython, which the class inherits): else
** GP_ERRV with nothing raised. */
GpValue gp_payload_binop_first(GpThread *t, int op, GpValue a, GpValue b, bool inplace);
int gp_payload_traverse(GpObj *self, GpVisitFn visit, void *arg);
void gp_payload_clear(GpObj *self);

/* Metaclasses (meta.c). The type of every class object stays gp_type_type,
** so that code testing for "a type" by exact type keeps working; a class
** made by a metaclass records it in GpClass.meta, and type(), isinstance()
** and attribute lookup consult it. */
const GpType *gp_meta_of(GpValue v); /* type(v) */
/* isinstance/issubclass asking cls (instcheck.c): hook is "__instancecheck__"
** or "__subclasscheck__" of cls's metaclass, or of its class when cls is
** not a type. 1 or 0 as it answers, -1 on error, 2 if it has none. */
int gp_check_hook(GpThread *t, GpValue cls, const char *hook, GpValue v);
/* A class statement: its body function, name, qualified name, bases
** (a tuple) and the value of __name__ in its globals (GP_ERRV: none). */
typedef struct GpClassStmt {
  GpValue body;
  GpObj *name, *qualname, *bases;
  GpValue module;
} GpClassStmt;
/* Runs a class statement: the metaclass (explicit in kw, or the most
** derived of the bases'), its __prepare__(name, bases, **kw) for the
** namespace, the body on it, then the metaclass called with (name, bases,
** ns, **kw). kw may be NULL. */
GpValue gp_class_build(GpThread *t, const GpClassStmt *cs, GpObj *kw);
/* A class statement's bases with each non-class base's __mro_entries__
** (PEP 560) applied; *changed says whether any had one (mroentries.c). */
GpValue gp_mro_entries(GpThread *t, GpObj *bases, bool *changed);
/* Stores name = v in a class body's namespace (a dict, or a dict
** subclass's instance from __prepare__, through its __setitem__). */
int gp_ns_store(GpThread *t, GpValue ns, GpObj *name, GpValue v);
/* type.__new__(mcls, name, bases, ns) */
GpValue gp_type_new_meta(GpThread *t, GpType *mcls, const GpValue *args, const GpValue *kwv,
                         int nkw, GpObj *kwnames);
/* type.__new__, type.__call__ reached through super() from obj; GP_ERRV,
** nothing raised, for other names. */
GpValue gp_type_super_attr(GpThread *t, GpObj *name, GpValue obj);
/* An attribute of cls's metaclass bound to cls; GP_ERRV, nothing raised, if none. */
GpValue gp_meta_getattr(GpThread *t, GpType *cls, GpObj *name);
/* cls's metaclass's special method name (a user metaclass's __len__,
** __iter__, ...) called with (cls, *args), nargs <= 2; GP_ERRV with nothing
** raised if cls is not a class or its metaclass has no such method. */
GpValue gp_meta_special(GpThread *t, GpValue cls, const char *name, const GpValue *args, int nargs);
/* cls.name = v (v GP_ERRV: del) through the metaclass's __setattr__ or
** __delattr__: 0 done, -1 raised, 1 the metaclass has none. */
int gp_meta_setattr(GpThread *t, GpValue cls, GpObj *name, GpValue v);
/* Calling a class without its metaclass's __call__: __new__ then __init__. */
GpValue gp_class_call_plain(GpThread *t, GpType *cls, const GpValue *args, int nargs,
                            GpObj *kwnames);

extern GpType gp_type_object, gp_type_boundmethod, gp_type_staticmethod, gp_type_classmethod,
    gp_type_property, gp_type_super;

/* class C(bases): body ran into ns; the new class or GP_ERRV. */
GpValue gp_class_new(GpThread *t, GpObj *name, GpObj *qualname, GpObj *bases, GpObj *ns);
/* The attribute name found along tp's MRO (borrowed), or NULL. */
bool gp_class_lookup(const GpType *tp, GpObj *name, GpValue *out); /* *out new ref */
GpValue gp_class_getattr(GpThread *t, GpType *cls, GpObj *name);
int gp_class_setattr(GpThread *t, GpType *cls, GpObj *name, GpValue v); /* v GP_ERRV: delete */
void gp_class_dealloc(GpObj *o);
int gp_class_traverse(GpObj *o, GpVisitFn visit, void *arg); /* gp_type_type's, for gc.c */
GpValue gp_class_repr(GpThread *t, GpType *cls);
bool gp_class_is_subtype(const GpType *a, const GpType *b);
/* Bumped whenever a class's namespace changes: attribute caches compare it. */
extern _Atomic uint64_t gp_class_epoch;

bool gp_class_getattribute_slow(GpClass *c, uint64_t epoch);
/* Whether reads of c's instances' attributes must call a user
** __getattribute__: the VM's attribute fast paths ask before using a cache. */
static inline bool gp_class_has_getattribute(GpClass *c) {
  uint64_t epoch = atomic_load_explicit(&gp_class_epoch, memory_order_relaxed);
  uint64_t s = atomic_load_explicit(&c->getattribute_state, memory_order_relaxed);
  if (s >> 1 == epoch) return s & 1;
  return gp_class_getattribute_slow(c, epoch);
}

/* Operators on instances (ops.c calls these when an operand is one).
** GP_ERRV without an exception set: not handled (NotImplemented). */
/* How far a binary operation's protocol got before the method it called
** returned NotImplemented: nothing yet, a.__iop__(b), or a.__op__(b) (the
** steps before it found nothing to call). */
enum { GP_BINOP_NONE, GP_BINOP_INPLACE, GP_BINOP_LEFT };
GpValue gp_inst_binop(GpThread *t, int op, GpValue a, GpValue b, bool inplace, int tried);
/* The plain function (borrowed) that a OP b calls first, with a as self
** and b as the argument, for an instance a; NULL: the generic path decides.
** *tried is where the protocol resumes if it returns NotImplemented
** (gp_binop_resume). Cached per class on the class epoch, under gil=none
** through a seqlock (cache_none.h); the function stays alive while the
** caller does not park. */
GpObj *gp_inst_binop_fn(GpValue a, GpValue b, int op, bool inplace, int *tried);
/* The rest of a OP b after the method of step tried returned NotImplemented
** (ops.c): the reflected method, a payload's operator, or the TypeError. */
GpValue gp_binop_resume(GpThread *t, int op, GpValue a, GpValue b, bool inplace, int tried);
GpValue gp_inst_compare(GpThread *t, GpCmpOp op, GpValue a, GpValue b);
GpValue gp_inst_unop(GpThread *t, GpUnOp op, GpValue a);
int gp_inst_truthy(GpThread *t, GpValue v);
int gp_inst_len(GpThread *t, GpValue v, int64_t *n);
GpValue gp_inst_getitem(GpThread *t, GpValue o, GpValue key);
int gp_inst_setitem(GpThread *t, GpValue o, GpValue key, GpValue v); /* v GP_ERRV: delete */
int gp_inst_contains(GpThread *t, GpValue c, GpValue item);
GpValue gp_inst_format(GpThread *t, GpValue v, GpObj *spec);
int gp_inst_delattr(GpThread *t, GpValue o, GpObj *name);
/* Finalizers (finalize.c): whether instance o's class has __del__ and o was
** not finalized yet; calling it once (an error is reported and dropped). */
bool gp_inst_has_del(const GpObj *o);
void gp_inst_finalize(GpThread *t, GpObj *o);
/* The same for a class object cls whose metaclass defines __del__ (meta.c). */
bool gp_meta_has_del(const GpObj *cls);
void gp_meta_finalize(GpThread *t, GpObj *cls);
/* Calls a __del__ f (stolen; an error value: none to call) on o; what it
** raises is printed as "Exception ignored in", as CPython does. */
void gp_del_call(GpThread *t, GpValue f, GpObj *o);
/* False when o's class is known to have no __del__: the deallocation of an
** instance asks no more in the common case. */
static inline bool gp_inst_may_have_del(const GpObj *o) {
  uint64_t k = atomic_load_explicit(&((const GpClass *)o->type)->del_cache, memory_order_relaxed);
  return k != atomic_load_explicit(&gp_class_epoch, memory_order_relaxed) << 1;
}
/* Frees instance o (its count 0) at once when it is a plain one with
** inline values: false sends it down the general path. */
bool gp_inst_recycle(GpObj *o);
/* object.__init__, object.__setattr__, ...: unbound natives; GP_ERRV (nothing raised) if none. */
GpValue gp_object_attr(GpThread *t, GpObj *name);
/* A built-in exception type's __init__: the unbound native; GP_ERRV (nothing raised) else. */
GpValue gp_exc_type_attr(GpThread *t, const GpType *tp, GpObj *name);
/* After a class is made: __set_name__, then the parent's __init_subclass__
** called with the class keywords (kwv[nkw], kwnames; nkw 0: none). */
int gp_class_init_hooks(GpThread *t, GpValue cls, const GpValue *kwv, int nkw, GpObj *kwnames);
/* cls[key] for a class cls: its __class_getitem__. */
GpValue gp_class_subscript(GpThread *t, GpValue cls, GpValue key);
/* type(name, bases, dict) */
GpValue gp_type_new3(GpThread *t, const GpValue *args);
GpValue gp_class_call(GpThread *t, GpType *cls, const GpValue *args, int nargs, GpObj *kwnames);
bool gp_is_notimpl(GpValue v);  /* the NotImplemented singleton */
bool gp_is_callable(GpValue v); /* callable(v) */
/* The plain Python __init__ (borrowed) when calling cls is a bare allocation
** (gp_inst_new_bare) then that function: no metaclass, no __new__, object
** as the built-in base; else NULL. Cached on the class epoch; under
** gil=none (class GP_F_ATOMIC) through gp_class_plain_init_none. The
** function stays alive while the caller does not park (cache_none.h). */
GpObj *gp_class_plain_init_slow(GpClass *c, uint64_t epoch);
GpObj *gp_class_plain_init_none(GpClass *c);
static inline GpObj *gp_class_plain_init(GpClass *c) {
  uint64_t epoch = atomic_load_explicit(&gp_class_epoch, memory_order_relaxed);
  return c->init_epoch == epoch ? c->plain_init : gp_class_plain_init_slow(c, epoch);
}
/* A new instance of a class whose built-in base is object, with an empty dict. */
GpValue gp_inst_new_bare(GpThread *t, GpType *cls);
int gp_method_eq(GpThread *t, GpValue a, GpValue b); /* two bound methods */
/* A property found in a class's namespace under name (classinit.c). */
void gp_property_set_name(GpValue prop, GpValue name);
/* function.__get__(instance, owner=None), args[0] the function. */
GpValue gp_func_descr_get(GpThread *t, const GpValue *args, int nargs, GpObj *kw);
GpValue gp_method_call(GpThread *t, GpObj *m, const GpValue *args, int nargs, GpObj *kwnames);
/* Inline attribute values (instvals.c). An instance o of a class with
** inline_vals has them exactly while its dict pointer is NULL. */
static inline GpObj **gp_inst_dictp(GpObj *o) {
  return (GpObj **)((char *)o + ((const GpClass *)o->type)->dictoffset);
}
static inline GpInlVals *gp_inst_vals(GpObj *o) {
  return (GpInlVals *)(gp_inst_dictp(o) + 1);
}
/* o's dict pointer: under gil=none another thread may be making the dict. */
static inline GpObj *gp_inst_dict_get(GpObj *o) {
  return __atomic_load_n(gp_inst_dictp(o), __ATOMIC_ACQUIRE);
}
/* Room for the inline values of a new instance of c: its shape's length,
** or a first guess while the shape is empty. */
uint32_t gp_inst_vals_cap(const GpClass *c);
/* The index of name in c's shape, or -1. */
int gp_shape_index(const GpClass *c, GpObj *name);
/* o.name from o's inline values, a new reference in *out (*idx, if not
** NULL, its shape index): 1 found, 0 absent, -1 o has a dict: look there. */
int gp_inst_vals_get(GpObj *o, GpObj *name, GpValue *out, uint32_t *idx);
/* The same, only whether o holds name there. */
int gp_inst_vals_has(GpObj *o, GpObj *name);
/* o.name = v (v borrowed) into o's inline values: 1 stored (*idx, if not
** NULL, is name's shape index), 0 not possible there (the dict is needed). */
int gp_inst_vals_store(GpObj *o, GpObj *name, GpValue v, uint32_t *idx);
/* o's dict, made from its inline values the first time (borrowed); NULL
** with an exception set if out of memory. */
GpObj *gp_inst_dict(GpThread *t, GpObj *o);
int gp_inst_vals_traverse(GpObj *o, GpVisitFn visit, void *arg);
/* Drops o's inline values (the collector's clear, deallocation). */
void gp_inst_vals_clear(GpObj *o);

/* Whether v's class defines the special method name. */
bool gp_inst_has(GpValue v, const char *name);
/* A special method of v's class bound to v, or GP_ERRV (nothing raised) if absent. */
GpValue gp_inst_special(GpThread *t, GpValue v, const char *name);
/* Registers object, super, staticmethod, classmethod, property, issubclass,
** setattr, delattr, vars in the builtins dict. */
int gp_open_class_builtins(GpThread *t, GpObj *d);

#endif
