/*
** dunder.c — the special methods of the built-in types read as attributes:
** (1).__add__(2), [1].__len__(), d.__getitem__(k), int.__add__(1, 2),
** super().__getitem__(k) in a dict subclass. Each applies the operation to
** the value (a subclass instance's payload) and answers NotImplemented
** where CPython's slot does (int.__add__ with a float, str.__eq__ with an
** int). gp_getattr reaches this table only after the methods table and the
** type's getattr hook have failed, so the fast paths never see it.
*/
#include <string.h>

#include "class.h"
#include "num.h"
#include "obj.h"
#include "vm.h"

#define NOTIMPL gp_notimplemented()

static bool is_num(const GpType *tp) {
  return tp == &gp_type_int || tp == &gp_type_bool || tp == &gp_type_float;
}
static bool is_seq(const GpType *tp) {
  return tp == &gp_type_str || tp == &gp_type_list || tp == &gp_type_tuple;
}
static bool is_set(const GpType *tp) {
  return tp == &gp_type_set || tp == &gp_type_frozenset;
}
static bool is_range(const GpType *tp) {
  return tp == &gp_type_range || tp == &gp_type_bigrange;
}
static bool is_view(const GpType *tp) {
  return tp == &gp_type_dict_keys || tp == &gp_type_dict_values || tp == &gp_type_dict_items;
}
static const GpTypeOps *ops_of(const GpType *tp) {
  return GP_IS_CLASS(tp) ? NULL : tp->ops;
}

/* ------------------------------------------------------- which type has it */

static bool has_any(const GpType *tp) {
  (void)tp;
  return true;
}
static bool has_len(const GpType *tp) {
  const GpTypeOps *o = ops_of(tp);
  return is_seq(tp) || tp == &gp_type_dict || is_range(tp) || is_view(tp) || (o && o->len);
}
static bool has_contains(const GpType *tp) {
  const GpTypeOps *o = ops_of(tp);
  return has_len(tp) || (o && o->contains);
}
static bool has_getitem(const GpType *tp) {
  const GpTypeOps *o = ops_of(tp);
  return is_seq(tp) || tp == &gp_type_dict || is_range(tp) || (o && o->getitem);
}
static bool has_setitem(const GpType *tp) {
  const GpTypeOps *o = ops_of(tp);
  return tp == &gp_type_list || tp == &gp_type_dict || (o && o->setitem);
}
static bool has_delitem(const GpType *tp) {
  const GpTypeOps *o = ops_of(tp);
  return tp == &gp_type_list || tp == &gp_type_dict || (o && o->delitem);
}
static bool has_iter(const GpType *tp) {
  return !GP_IS_CLASS(tp) && tp->iter;
}
static bool has_next(const GpType *tp) {
  return !GP_IS_CLASS(tp) && tp->next;
}
static bool has_arith(const GpType *tp) {
  return is_num(tp);
}
/* + - * / ** and their reflections: the numbers and complex */
static bool has_fieldop(const GpType *tp) {
  return is_num(tp) || tp == &gp_type_complex;
}
static bool has_intop(const GpType *tp) {
  return tp == &gp_type_int || tp == &gp_type_bool;
}
static bool has_add(const GpType *tp) {
  return has_fieldop(tp) || is_seq(tp);
}
static bool has_mul(const GpType *tp) {
  return has_fieldop(tp) || is_seq(tp);
}
static bool has_mod(const GpType *tp) {
  return is_num(tp) || tp == &gp_type_str;
}
static bool has_setop(const GpType *tp) {
  return has_intop(tp) || is_set(tp);
}
static bool has_sub(const GpType *tp) {
  return has_fieldop(tp) || is_set(tp);
}
static bool has_or(const GpType *tp) {
  return has_setop(tp) || tp == &gp_type_dict;
}
static bool has_bool(const GpType *tp) {
  return has_fieldop(tp) || tp == &gp_type_none;
}

/* ------------------------------------------------------------ arguments */

/* A slot wrapper's check: exactly want arguments besides self. */
static int want_args(GpThread *t, const char *name, int want, int nargs, GpObj *kw) {
  if (kw && GP_TUPLE(gp_objv(kw))->len) {
    gp_raise(t, &gp_exc_TypeError, "wrapper %s() takes no keyword arguments", name);
    return -1;
  }
  if (nargs - 1 == want) return 0;
  gp_raise(t, &gp_exc_TypeError, "expected %d argument%s, got %d", want, want == 1 ? "" : "s",
           nargs - 1);
  return -1;
}
static int one_arg(GpThread *t, const char *name, int nargs, GpObj *kw) {
  return want_args(t, name, 1, nargs, kw);
}
static int no_arg(GpThread *t, const char *name, int nargs, GpObj *kw) {
  return want_args(t, name, 0, nargs, kw);
}

/* ---------------------------------------------------------- comparisons */

bool gp_cmp_takes(GpCmpOp op, GpValue x, GpValue y) {
  const GpType *a = gp_typeof(x), *b = gp_typeof(y);
  if (a == &gp_type_int || a == &gp_type_bool) return gp_is_int(y);
  if (a == &gp_type_float) return gp_is_number(y);
  if (is_seq(a)) return a == b;
  if (is_set(a)) return is_set(b);
  if (a == &gp_type_dict || is_range(a)) return a == b && (op == GP_CMP_EQ || op == GP_CMP_NE);
  return false;
}

static GpValue cmp_dunder(GpThread *t, GpCmpOp op, const char *name, const GpValue *args, int n,
                          GpObj *kw) {
  if (one_arg(t, name, n, kw) < 0) return GP_ERRV;
  GpValue x = gp_unwrap(args[0]), y = gp_unwrap(args[1]);
  if (gp_cmp_takes(op, x, y)) return gp_compare(t, op, x, y);
  const GpTypeOps *o = ops_of(gp_typeof(x));
  if (o && o->compare) {
    GpValue r = o->compare(t, op, x, y);
    return GP_NOTIMPL(t, r) ? NOTIMPL : r;
  }
  bool same = args[0].tag == args[1].tag && args[0].as.o == args[1].as.o; /* object's: identity */
  if (same && op == GP_CMP_EQ) return gp_boolv(true);
  if (same && op == GP_CMP_NE) return gp_boolv(false);
  return NOTIMPL;
}

#define CMP(fn, op, name)                                                                          \
  static GpValue fn(GpThread *t, const GpValue *a, int n, GpObj *kw) {                             \
    return cmp_dunder(t, op, name, a, n, kw);                                                      \
  }
CMP(d_eq, GP_CMP_EQ, "__eq__")
CMP(d_ne, GP_CMP_NE, "__ne__")
CMP(d_lt, GP_CMP_LT, "__lt__")
CMP(d_le, GP_CMP_LE, "__le__")
CMP(d_gt, GP_CMP_GT, "__gt__")
CMP(d_ge, GP_CMP_GE, "__ge__")

/* ------------------------------------------------------ binary operators */

/* x OP y (y OP x when reflected) as x's slot does it: numbers take only
** the numbers they know; a sequence's + and * raise for a wrong operand,
** as CPython's sq_concat and sq_repeat do. */
static GpValue bin_dunder(GpThread *t, GpBinOp op, bool refl, const char *name, const GpValue *args,
                          int n, GpObj *kw) {
  if (one_arg(t, name, n, kw) < 0) return GP_ERRV;
  GpValue x = gp_unwrap(args[0]), y = gp_unwrap(args[1]);
  const GpType *tp = gp_typeof(x);
  GpValue l = refl ? y : x, r = refl ? x : y;
  if (is_num(tp))
    return (tp == &gp_type_float ? gp_is_number(y) : gp_is_int(y)) ? gp_binop(t, op, l, r)
                                                                   : NOTIMPL;
  if (is_seq(tp) && op == GP_OP_MUL && !gp_is_int(y))
    return gp_raise(t, &gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                    gp_typeof(y)->name);
  if (is_seq(tp) && (op != GP_OP_ADD || !refl)) return gp_binop(t, op, l, r);
  if (tp == &gp_type_dict) return GP_IS_TYPE(y, gp_type_dict) ? gp_binop(t, op, l, r) : NOTIMPL;
  const GpTypeOps *o = ops_of(tp);
  if (o && o->binop) {
    GpValue v = o->binop(t, op, l, r, false);
    return GP_NOTIMPL(t, v) ? NOTIMPL : v;
  }
  return NOTIMPL;
}

#define BIN(fn, rfn, op, name, rname)                                                              \
  static GpValue fn(GpThread *t, const GpValue *a, int n, GpObj *kw) {                             \
    return bin_dunder(t, op, false, name, a, n, kw);                                               \
  }                                                                                                \
  static GpValue rfn(GpThread *t, const GpValue *a, int n, GpObj *kw) {                            \
    return bin_dunder(t, op, true, rname, a, n, kw);                                               \
  }
BIN(d_add, d_radd, GP_OP_ADD, "__add__", "__radd__")
BIN(d_sub, d_rsub, GP_OP_SUB, "__sub__", "__rsub__")
BIN(d_mul, d_rmul, GP_OP_MUL, "__mul__", "__rmul__")
BIN(d_truediv, d_rtruediv, GP_OP_TRUEDIV, "__truediv__", "__rtruediv__")
BIN(d_floordiv, d_rfloordiv, GP_OP_FLOORDIV, "__floordiv__", "__rfloordiv__")
BIN(d_mod, d_rmod, GP_OP_MOD, "__mod__", "__rmod__")
BIN(d_pow, d_rpow, GP_OP_POW, "__pow__", "__rpow__")
BIN(d_lshift, d_rlshift, GP_OP_LSHIFT, "__lshift__", "__rlshift__")
BIN(d_rshift, d_rrshift, GP_OP_RSHIFT, "__rshift__", "__rrshift__")
BIN(d_and, d_rand, GP_OP_AND, "__and__", "__rand__")
BIN(d_or, d_ror, GP_OP_OR, "__or__", "__ror__")
BIN(d_xor, d_rxor, GP_OP_XOR, "__xor__", "__rxor__")

/* ------------------------------------------------------- unary, numbers */

static GpValue d_neg(GpThread *t, const GpValue *a, int n, GpObj *kw) {
  return no_arg(t, "__neg__", n, kw) < 0 ? GP_ERRV : gp_unop(t, GP_UN_NEG, gp_unwrap(a[0]));
}
static GpValue d_pos(GpThread *t, const GpValue *a, int n, GpObj *kw) {
  return no_arg(t, "__pos__", n, kw) < 0 ? GP_ERRV : gp_unop(t, GP_UN_POS, gp_unwrap(a[0]));
}
static GpValue d_invert(GpThread *t, const GpValue *a, int n, GpObj *kw) {
  return no_arg(t, "__invert__", n, kw) < 0 ? GP_ERRV : gp_unop(t, GP_UN_INVERT, gp_unwrap(a[0]));
}
static GpValue d_abs(GpThread *t, const GpValue *a, int n, GpObj *kw) {
  return no_arg(t, "__abs__", n, kw) < 0 ? GP_ERRV : gp_num_abs(t, gp_unwrap(a[0]));
}
static GpValue d_round(GpThread *t, const GpValue *a, int n, GpObj *kw) {
  GpValue self = gp_unwrap(a[0]);
  if (kw && GP_TUPLE(gp_objv(kw))->len)
    return gp_raise(t, &gp_exc_TypeError, "%s.__round__() takes no keyword arguments",
                    GP_IS_FLOAT(self) ? "float" : "int");
  if (n > 2)
    return gp_raise(t, &gp_exc_TypeError, "__round__ expected at most 1 argument, got %d", n - 1);
  return gp_num_round(t, self, n < 2 || GP_IS_NONE(a[1]) ? GP_ERRV : a[1]);
}
static GpValue d_bool(GpThread *t, const GpValue *a, int n, GpObj *kw) {
  if (no_arg(t, "__bool__", n, kw) < 0) return GP_ERRV;
  int r = gp_truthy(t, gp_unwrap(a[0]));
  return r < 0 ? GP_ERRV : gp_boolv(r);
}
/* int(x) of an int, bool or float: a plain int. */
static GpValue d_int(GpThread *t, const GpValue *a, int n, GpObj *kw) {
  if (no_arg(t, "__int__", n, kw) < 0) return GP_ERRV;
  GpValue x = gp_unwrap(a[0]);
  if (GP_IS_FLOAT(x)) return gp_int_from_double(t, x.as.f);
  if (GP_IS_OBJ(x)) {
    GP_INCREF(x);
    return x;
  }
  return gp_intv(x.as.i);
}
static GpValue d_index(GpThread *t, const GpValue *a, int n, GpObj *kw) {
  return no_arg(t, "__index__", n, kw) < 0 ? GP_ERRV : d_int(t, a, 1, NULL);
}
static GpValue d_float(GpThread *t, const GpValue *a, int n, GpObj *kw) {
  if (no_arg(t, "__float__", n, kw) < 0) return GP_ERRV;
  double d;
  return gp_to_double(t, gp_unwrap(a[0]), &d) < 0 ? GP_ERRV : gp_floatv(d);
}

/* ------------------------------------------------------------ containers */

static GpValue d_len(GpThread *t, const GpValue *a, int n, GpObj *kw) {
  return no_arg(t, "__len__", n, kw) < 0 ? GP_ERRV : gp_len(t, gp_unwrap(a[0]));
}
static GpValue d_contains(GpThread *t, const GpValue *a, int n, GpObj *kw) {
  if (one_arg(t, "__contains__", n, kw) < 0) return GP_ERRV;
  int r = gp_contains(t, gp_unwrap(a[0]), a[1]);
  return r < 0 ? GP_ERRV : gp_boolv(r);
}
static GpValue d_getitem(GpThread *t, const GpValue *a, int n, GpObj *kw) {
  if (one_arg(t, "__getitem__", n, kw) < 0) return GP_ERRV;
  return gp_has_payload(a[0]) ? gp_payload_getitem(t, a[0], a[1]) : gp_getitem(t, a[0], a[1]);
}
static GpValue d_setitem(GpThread *t, const GpValue *a, int n, GpObj *kw) {
  if (want_args(t, "__setitem__", 2, n, kw) < 0) return GP_ERRV;
  return gp_setitem(t, gp_unwrap(a[0]), a[1], a[2]) < 0 ? GP_ERRV : GP_NONEV;
}
static GpValue d_delitem(GpThread *t, const GpValue *a, int n, GpObj *kw) {
  if (one_arg(t, "__delitem__", n, kw) < 0) return GP_ERRV;
  return gp_delitem(t, gp_unwrap(a[0]), a[1]) < 0 ? GP_ERRV : GP_NONEV;
}
static GpValue d_iter(GpThread *t, const GpValue *a, int n, GpObj *kw) {
  return no_arg(t, "__iter__", n, kw) < 0 ? GP_ERRV : gp_iter(t, gp_unwrap(a[0]));
}
static GpValue d_next(GpThread *t, const GpValue *a, int n, GpObj *kw) {
  if (no_arg(t, "__next__", n, kw) < 0) return GP_ERRV;
  GpValue out;
  int r = gp_next(t, gp_unwrap(a[0]), &out);
  if (r != 0) return r < 0 ? GP_ERRV : out;
  GpValue none = gp_tuple_new(t, 0),
          e = GP_IS_ERR(none) ? none : gp_exc_new(t, &gp_exc_StopIteration, none.as.o);
  GP_DECREF(none);
  if (GP_IS_ERR(e)) return e;
  gp_raise_value(t, e);
  GP_DECREF(e);
  return GP_ERRV;
}

/* ------------------------------------------------- every value has these */

static GpValue d_repr(GpThread *t, const GpValue *a, int n, GpObj *kw) {
  return no_arg(t, "__repr__", n, kw) < 0 ? GP_ERRV : gp_repr(t, gp_unwrap(a[0]));
}
static GpValue d_str(GpThread *t, const GpValue *a, int n, GpObj *kw) {
  return no_arg(t, "__str__", n, kw) < 0 ? GP_ERRV : gp_str(t, gp_unwrap(a[0]));
}
static GpValue d_hash(GpThread *t, const GpValue *a, int n, GpObj *kw) {
  if (no_arg(t, "__hash__", n, kw) < 0) return GP_ERRV;
  int64_t h;
  return gp_hash(t, gp_unwrap(a[0]), &h) < 0 ? GP_ERRV : gp_intv(h);
}
static GpValue d_format(GpThread *t, const GpValue *a, int n, GpObj *kw) {
  if (one_arg(t, "__format__", n, kw) < 0) return GP_ERRV;
  if (!GP_IS_TYPE(a[1], gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "argument to __format__ must be str, not %s",
                    gp_typeof(a[1])->name);
  return gp_format(t, gp_unwrap(a[0]), a[1].as.o);
}

/* Whether x's type has a number slot for op that takes y (CPython's nb_*
** of int, bool, float, str's %, set's and dict's): x OP y then runs it
** before y's reflected method unless y's type derives from x's. A list's
** or tuple's + and * are sequence slots, tried after both number slots. */
bool gp_slot_takes(GpBinOp op, GpValue x, GpValue y) {
  const GpType *a = gp_typeof(x), *b = gp_typeof(y);
  if (op == GP_OP_MATMUL) return false; /* no built-in type has @ */
  if (a == &gp_type_int || a == &gp_type_bool) return gp_is_int(y);
  if (a == &gp_type_float) return op <= GP_OP_POW && gp_is_number(y);
  if (a == &gp_type_str) return op == GP_OP_MOD;
  if (is_set(a)) return is_set(b) && (op == GP_OP_SUB || (op >= GP_OP_AND && op <= GP_OP_XOR));
  return a == &gp_type_dict && op == GP_OP_OR && gp_type_is_subtype(b, &gp_type_dict);
}

/* ----------------------------------------------------------------- table */

typedef struct Dunder {
  GpMethodDef def;
  bool (*has)(const GpType *tp);
} Dunder;

static const Dunder table[] = {
    {{"__eq__", d_eq}, has_any},
    {{"__ne__", d_ne}, has_any},
    {{"__lt__", d_lt}, has_any},
    {{"__le__", d_le}, has_any},
    {{"__gt__", d_gt}, has_any},
    {{"__ge__", d_ge}, has_any},
    {{"__repr__", d_repr}, has_any},
    {{"__str__", d_str}, has_any},
    {{"__hash__", d_hash}, has_any},
    {{"__format__", d_format}, has_any},
    {{"__reduce_ex__", gp_object_reduce_ex}, has_any},
    {{"__reduce__", gp_object_reduce}, has_any},
    {{"__getstate__", gp_object_getstate}, has_any},
    {{"__len__", d_len}, has_len},
    {{"__contains__", d_contains}, has_contains},
    {{"__getitem__", d_getitem}, has_getitem},
    {{"__setitem__", d_setitem}, has_setitem},
    {{"__delitem__", d_delitem}, has_delitem},
    {{"__iter__", d_iter}, has_iter},
    {{"__next__", d_next}, has_next},
    {{"__add__", d_add}, has_add},
    {{"__radd__", d_radd}, has_fieldop},
    {{"__mul__", d_mul}, has_mul},
    {{"__rmul__", d_rmul}, has_mul},
    {{"__mod__", d_mod}, has_mod},
    {{"__rmod__", d_rmod}, has_arith},
    {{"__sub__", d_sub}, has_sub},
    {{"__rsub__", d_rsub}, has_sub},
    {{"__truediv__", d_truediv}, has_fieldop},
    {{"__rtruediv__", d_rtruediv}, has_fieldop},
    {{"__floordiv__", d_floordiv}, has_arith},
    {{"__rfloordiv__", d_rfloordiv}, has_arith},
    {{"__pow__", d_pow}, has_fieldop},
    {{"__rpow__", d_rpow}, has_fieldop},
    {{"__lshift__", d_lshift}, has_intop},
    {{"__rlshift__", d_rlshift}, has_intop},
    {{"__rshift__", d_rshift}, has_intop},
    {{"__rrshift__", d_rrshift}, has_intop},
    {{"__and__", d_and}, has_setop},
    {{"__rand__", d_rand}, has_setop},
    {{"__or__", d_or}, has_or},
    {{"__ror__", d_ror}, has_or},
    {{"__xor__", d_xor}, has_setop},
    {{"__rxor__", d_rxor}, has_setop},
    {{"__neg__", d_neg}, has_arith},
    {{"__pos__", d_pos}, has_arith},
    {{"__abs__", d_abs}, has_arith},
    {{"__round__", d_round}, has_arith},
    {{"__invert__", d_invert}, has_intop},
    {{"__bool__", d_bool}, has_bool},
    {{"__int__", d_int}, has_arith},
    {{"__float__", d_float}, has_arith},
    {{"__index__", d_index}, has_intop},
};

/* Instances of classes get object's: the comparisons, repr, str, hash and
** format (their own special methods are found before this table). */
static bool object_level(const GpMethodDef *m) {
  return m < &table[10].def;
}

const GpMethodDef *gp_dunder_find(const GpType *tp, const char *name) {
  if (name[0] != '_' || name[1] != '_') return NULL;
  for (size_t i = 0; i < sizeof table / sizeof *table; i++)
    if (strcmp(table[i].def.name, name) == 0) {
      if (GP_IS_CLASS(tp) && !gp_payload_base(tp))
        return object_level(&table[i].def) ? &table[i].def : NULL;
      return table[i].has(tp) ? &table[i].def : NULL;
    }
  return NULL;
}

int gp_dunder_fill(GpThread *t, const GpType *tp, GpObj *d) {
  for (size_t i = 0; i < sizeof table / sizeof *table; i++) {
    const char *name = table[i].def.name;
    bool unhashable = !strcmp(name, "__hash__") && gp_type_unhashable(tp);
    if (!unhashable && gp_dunder_find(tp, name) != &table[i].def) continue;
    GpValue v = unhashable ? GP_NONEV : gp_native_method(t, tp, &table[i].def);
    int r = GP_IS_ERR(v) ? -1 : gp_dict_set_str(t, d, name, v);
    GP_DECREF(v);
    if (r < 0) return -1;
  }
  return 0;
}

bool gp_type_unhashable(const GpType *tp) {
  return !GP_IS_CLASS(tp) && !tp->hash && !(tp->base && tp->base->hash) &&
         !gp_type_identity_hashed(tp);
}

GpValue gp_dunder_attr(GpThread *t, GpValue o, GpObj *name) {
  const GpType *tp = gp_typeof(o);
  const char *s = ((GpStr *)name)->data;
  if (!strcmp(s, "__hash__") && gp_type_unhashable(tp))
    return GP_NONEV; /* unhashable: CPython's __hash__ is None */
  const GpMethodDef *m = gp_dunder_find(tp, s);
  return m ? gp_native_bind(t, m->name, m->fn, o) : GP_ERRV;
}
