/*
** ops.c — the generic protocol of gp.h: operators, comparison, truth,
** hashing, repr/str, items, slices, attributes, iteration and len. Numbers
** go to num.h; the built-in containers to their own files. GpType has no
** slots for operators, so the built-in types are dispatched here.
*/
#include <string.h>

#include "class.h"
#include "numproto.h"
#include "obj.h"
#include "vm.h"

static inline bool is_num(GpValue v) {
  return v.tag == GP_T_INT || v.tag == GP_T_FLOAT || v.tag == GP_T_BOOL ||
         (v.tag == GP_T_OBJ && v.as.o->type == &gp_type_int);
}

static inline bool is(GpValue v, const GpType *tp) {
  return v.tag == GP_T_OBJ && v.as.o->type == tp;
}

const char *gp_type_name(GpValue v) {
  return gp_typeof(v)->name;
}

/* Type slots are inherited: the first type up the base chain that has one. */
#define SLOT_OWNER(field)                                                                          \
  static inline const GpType *owner_##field(const GpType *tp) {                                    \
    while (tp->base && !tp->field)                                                                 \
      tp = tp->base;                                                                               \
    return tp;                                                                                     \
  }
SLOT_OWNER(repr)
SLOT_OWNER(str)
SLOT_OWNER(hash)
SLOT_OWNER(iter)
SLOT_OWNER(next)
SLOT_OWNER(getattr)
SLOT_OWNER(setattr)
#define SLOT(tp, field) (owner_##field(tp)->field)
/* An optional GpTypeOps member of v's type (obj.h), or NULL. */
#define XSLOT(v, field)                                                                            \
  ((v).tag == GP_T_OBJ && (v).as.o->type->ops ? (v).as.o->type->ops->field : NULL)

/* ------------------------------------------------------------- indices */

/* conv(v.__index__()) for an instance v: 1 = no __index__ (nothing raised). */
static int via_index(GpThread *t, GpValue v, int (*conv)(GpThread *, GpValue, int64_t *),
                     int64_t *out) {
  GpValue i;
  int k = gp_inst_index(t, v, &i);
  if (k <= 0) return k < 0 ? -1 : 1;
  int r = conv(t, i, out);
  GP_DECREF(i);
  return r;
}

int gp_as_index(GpThread *t, GpValue v, int64_t *out) {
  if (v.tag == GP_T_INT || v.tag == GP_T_BOOL) {
    *out = v.as.i;
    return 0;
  }
  if (is(v, &gp_type_int)) {
    gp_raise(t, &gp_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    return -1;
  }
  if (gp_has_payload(v) && gp_is_int(gp_unwrap(v))) return gp_as_index(t, gp_unwrap(v), out);
  int r = gp_is_inst(v) ? via_index(t, v, gp_as_index, out) : 1;
  if (r <= 0) return r;
  gp_raise(t, &gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
           gp_type_name(v));
  return -1;
}

int gp_slice_index(GpThread *t, GpValue v, int64_t *out) {
  if (v.tag == GP_T_INT || v.tag == GP_T_BOOL) {
    *out = v.as.i;
    return 0;
  }
  if (is(v, &gp_type_int)) { /* a bignum: beyond every sequence, so clamp */
    *out = gp_int_to_double(v) < 0 ? INT64_MIN : INT64_MAX;
    return 0;
  }
  if (gp_has_payload(v) && gp_is_int(gp_unwrap(v))) return gp_slice_index(t, gp_unwrap(v), out);
  int r = gp_is_inst(v) ? via_index(t, v, gp_slice_index, out) : 1;
  if (r <= 0) return r;
  gp_raise(t, &gp_exc_TypeError,
           "slice indices must be integers or None or have an __index__ method");
  return -1;
}

int gp_seq_index(GpThread *t, GpValue key, size_t len, const char *tname, const char *oor,
                 size_t *out) {
  if (key.tag == GP_T_INT || key.tag == GP_T_BOOL) {
    int64_t i = key.as.i;
    if (i < 0) i += (int64_t)len;
    if (i >= 0 && (uint64_t)i < len) {
      *out = (size_t)i;
      return 0;
    }
    gp_raise(t, &gp_exc_IndexError, "%s", oor);
    return -1;
  }
  if (is(key, &gp_type_int)) {
    gp_raise(t, &gp_exc_IndexError, "cannot fit 'int' into an index-sized integer");
    return -1;
  }
  if (gp_has_payload(key) && gp_is_int(gp_unwrap(key)))
    return gp_seq_index(t, gp_unwrap(key), len, tname, oor, out);
  GpValue i;
  int k = gp_inst_index(t, key, &i);
  if (k > 0) {
    int r = gp_seq_index(t, i, len, tname, oor, out);
    GP_DECREF(i);
    return r;
  }
  if (k == 0)
    gp_raise(t, &gp_exc_TypeError, "%s indices must be integers or slices, not %s", tname,
             gp_type_name(key));
  return -1;
}

int gp_slice_resolve(GpThread *t, GpValue lo, GpValue hi, GpValue step, int64_t len, GpSlice *s) {
  int64_t st = 1, a, b;
  if (!GP_IS_NONE(step)) {
    if (gp_slice_index(t, step, &st) < 0) return -1;
    if (st == 0) {
      gp_raise(t, &gp_exc_ValueError, "slice step cannot be zero");
      return -1;
    }
    if (st < -INT64_MAX) st = -INT64_MAX;
  }
  if (GP_IS_NONE(lo))
    a = st < 0 ? INT64_MAX : 0;
  else if (gp_slice_index(t, lo, &a) < 0)
    return -1;
  if (GP_IS_NONE(hi))
    b = st < 0 ? INT64_MIN : INT64_MAX;
  else if (gp_slice_index(t, hi, &b) < 0)
    return -1;
  if (a < 0) {
    a += len;
    if (a < 0) a = st < 0 ? -1 : 0;
  } else if (a >= len) {
    a = st < 0 ? len - 1 : len;
  }
  if (b < 0) {
    b += len;
    if (b < 0) b = st < 0 ? -1 : 0;
  } else if (b >= len) {
    b = st < 0 ? len - 1 : len;
  }
  s->start = a, s->stop = b, s->step = st;
  if (st < 0)
    s->count = b < a ? (a - b - 1) / (-st) + 1 : 0;
  else
    s->count = a < b ? (b - a - 1) / st + 1 : 0;
  return 0;
}

/* --------------------------------------------------------- repr guard */

enum { REPR_MAX_DEPTH = 1000 };
static _Thread_local GpObj *repr_stack[REPR_MAX_DEPTH];
static _Thread_local int repr_depth;

int gp_repr_enter(GpThread *t, GpObj *o) {
  for (int i = 0; i < repr_depth; i++)
    if (repr_stack[i] == o) return 0;
  if (repr_depth == REPR_MAX_DEPTH) {
    gp_raise(t, &gp_exc_RecursionError,
             "maximum recursion depth exceeded while getting the repr of an object");
    return -1;
  }
  repr_stack[repr_depth++] = o;
  return 1;
}

void gp_repr_leave(GpObj *o) {
  if (repr_depth > 0 && repr_stack[repr_depth - 1] == o) repr_depth--;
}

/* Nested C frames of container comparison take well under 1 KB each (more
** under ASan): this many fit any thread's stack. */
enum { C_NEST_MAX = 5000 };

int gp_rec_enter(GpThread *t, const char *where) {
  if (t->depth >= t->vm->opt.recursion_limit || t->cnest >= C_NEST_MAX) {
    gp_raise(t, &gp_exc_RecursionError, "maximum recursion depth exceeded%s", where);
    return -1;
  }
  t->depth++;
  t->cnest++;
  return 0;
}

void gp_rec_leave(GpThread *t) {
  t->depth--;
  t->cnest--;
}

/* --------------------------------------------------------- repr, str */

GpValue gp_repr(GpThread *t, GpValue v) {
  if (is_num(v) && v.tag != GP_T_BOOL) return gp_num_repr(t, v);
  const GpType *tp = gp_typeof(v);
  GpValue (*repr)(GpThread *, GpValue) = SLOT(tp, repr);
  if (repr) return repr(t, v);
  return gp_str_printf(t, "<%s object at %p>", tp->name, (void *)v.as.o);
}

GpValue gp_str(GpThread *t, GpValue v) {
  if (is(v, &gp_type_str)) {
    GP_INCREF(v);
    return v;
  }
  if (is_num(v) && v.tag != GP_T_BOOL) return gp_num_repr(t, v);
  GpValue (*str)(GpThread *, GpValue) = SLOT(gp_typeof(v), str);
  return str ? str(t, v) : gp_repr(t, v);
}

GpValue gp_format(GpThread *t, GpValue v, GpObj *spec) {
  if (gp_is_inst(v)) return gp_inst_format(t, v, spec);
  GpStr *sp = (GpStr *)spec;
  if (is_num(v) && (sp->len || v.tag != GP_T_BOOL)) return gp_num_format(t, v, sp->data, sp->len);
  if (is(v, &gp_type_str)) return gp_str_format_spec(t, v, sp->data, sp->len);
  if (sp->len == 0) return gp_str(t, v);
  if (is(v, &gp_type_complex)) {
    const GpComplex *c = (const GpComplex *)v.as.o;
    return gp_complex_format(t, c->re, c->im, sp->data, sp->len);
  }
  return gp_raise(t, &gp_exc_TypeError, "unsupported format string passed to %s.__format__",
                  gp_type_name(v));
}

/* ------------------------------------------------------ truth, hash, eq */

int gp_truthy(GpThread *t, GpValue v) {
  switch (v.tag) {
  case GP_T_BOOL:
  case GP_T_INT:
    return v.as.i != 0;
  case GP_T_FLOAT:
    return v.as.f != 0.0;
  case GP_T_NONE:
    return 0;
  case GP_T_OBJ:
    break;
  default:
    return -1;
  }
  const GpType *tp = v.as.o->type;
  if (GP_IS_CLASS(tp)) return gp_inst_truthy(t, v);
  if (tp == &gp_type_str) return GP_STR(v)->len != 0;
  if (tp == &gp_type_list) return gp_list_len(v.as.o) != 0;
  if (tp == &gp_type_tuple) return GP_TUPLE(v)->len != 0;
  if (tp == &gp_type_dict) return gp_dict_len(v.as.o) != 0;
  if (tp == &gp_type_range || tp == &gp_type_bigrange) return gp_range_truthy(v);
  if (tp == &gp_type_complex)
    return ((const GpComplex *)v.as.o)->re != 0.0 || ((const GpComplex *)v.as.o)->im != 0.0;
  if (tp == &gp_type_dict_keys || tp == &gp_type_dict_values || tp == &gp_type_dict_items)
    return gp_dictview_len(v) != 0;
  if (tp->ops && tp->ops->len) {
    int64_t n;
    return tp->ops->len(t, v, &n) < 0 ? -1 : n != 0;
  }
  return 1; /* bignums are never zero; other objects are true */
}

/* Iterators, generators and dict_values keep object's identity hash in
** CPython, with no hash slot of their own here. */
bool gp_type_identity_hashed(const GpType *tp) {
  return SLOT(tp, next) || tp == &gp_type_dict_values;
}

int gp_hash(GpThread *t, GpValue v, int64_t *h) {
  if (is_num(v)) {
    *h = gp_num_hash(v);
    return 0;
  }
  if (is(v, &gp_type_str)) {
    *h = gp_str_hash(v.as.o);
    return 0;
  }
  const GpType *tp = gp_typeof(v);
  int (*hash)(GpThread *, GpValue, int64_t *) = SLOT(tp, hash);
  if (hash) return hash(t, v, h);
  if (v.tag == GP_T_OBJ && gp_type_identity_hashed(tp)) return gp_identity_hash(t, v, h);
  gp_raise(t, &gp_exc_TypeError, "unhashable type: '%s'", tp->name);
  return -1;
}

/* The compare slot of a's type, then b's reflected; NotImplemented if neither. */
static GpValue xcompare(GpThread *t, GpCmpOp op, GpValue a, GpValue b) {
  static const GpCmpOp swapped[] = {GP_CMP_GT, GP_CMP_GE, GP_CMP_EQ,
                                    GP_CMP_NE, GP_CMP_LT, GP_CMP_LE};
  GpValue (*cmp)(GpThread *, GpCmpOp, GpValue, GpValue) = XSLOT(a, compare);
  if (cmp) {
    GpValue r = cmp(t, op, a, b);
    if (!GP_NOTIMPL(t, r)) return r;
  }
  if ((cmp = XSLOT(b, compare))) return cmp(t, swapped[op], b, a);
  return GP_ERRV;
}

int gp_eq(GpThread *t, GpValue a, GpValue b) {
  if (a.tag == GP_T_INT && b.tag == GP_T_INT) return a.as.i == b.as.i;
  if (is_num(a) && is_num(b)) return gp_num_compare(GP_CMP_EQ, a, b);
  if (gp_is_inst(a) || gp_is_inst(b)) {
    GpValue r = gp_inst_compare(t, GP_CMP_EQ, a, b);
    if (GP_IS_ERR(r)) return -1;
    int e = gp_truthy(t, r);
    GP_DECREF(r);
    return e;
  }
  if (is(a, &gp_type_complex) || is(b, &gp_type_complex)) return gp_complex_eq(a, b);
  if (a.tag != GP_T_OBJ || b.tag != GP_T_OBJ) return a.tag == GP_T_NONE && b.tag == GP_T_NONE;
  if (a.as.o == b.as.o) return 1;
  const GpType *tp = a.as.o->type;
  if (GP_IS_RANGE(a) && GP_IS_RANGE(b)) return gp_range_eq(t, a, b);
  if (tp->ops || b.as.o->type->ops) {
    GpValue r = xcompare(t, GP_CMP_EQ, a, b);
    if (!GP_NOTIMPL(t, r)) {
      if (GP_IS_ERR(r)) return -1;
      int e = gp_truthy(t, r);
      GP_DECREF(r);
      return e;
    }
  }
  if (tp != b.as.o->type) return 0;
  if (tp == &gp_type_str) return gp_str_eq(a.as.o, b.as.o);
  if (tp == &gp_type_boundmethod) return gp_method_eq(t, a, b);
  if (tp != &gp_type_list && tp != &gp_type_tuple && tp != &gp_type_dict) return 0;
  if (gp_rec_enter(t, " in comparison") < 0) return -1;
  int e;
  if (tp == &gp_type_dict) {
    e = gp_dict_equal(t, a.as.o, b.as.o);
  } else {
    GpValue r = tp == &gp_type_list
                    ? gp_list_compare(t, GP_CMP_EQ, a, b)
                    : gp_seq_compare(t, GP_CMP_EQ, GP_TUPLE(a)->items, GP_TUPLE(a)->len,
                                     GP_TUPLE(b)->items, GP_TUPLE(b)->len);
    e = GP_IS_ERR(r) ? -1 : (int)r.as.i;
  }
  gp_rec_leave(t);
  return e;
}

int gp_item_eq(GpThread *t, GpValue a, GpValue b) {
  /* CPython compares items by identity first; an inline float has no
  ** identity, so identical bits stand for it ([nan] == [nan] with one nan) */
  if (a.tag == b.tag && (a.tag == GP_T_OBJ || a.tag == GP_T_FLOAT) && a.as.i == b.as.i) return 1;
  return gp_eq(t, a, b);
}

static const char *const cmp_sym[] = {"<", "<=", "==", "!=", ">", ">="};

GpValue gp_cmp_error(GpThread *t, GpCmpOp op, GpValue a, GpValue b) {
  return gp_raise(t, &gp_exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                  cmp_sym[op], gp_type_name(a), gp_type_name(b));
}

GpValue gp_compare(GpThread *t, GpCmpOp op, GpValue a, GpValue b) {
  if (a.tag == GP_T_INT && b.tag == GP_T_INT)
    return gp_boolv(gp_cmp_holds(op, (a.as.i > b.as.i) - (a.as.i < b.as.i)));
  if (is_num(a) && is_num(b)) return gp_boolv(gp_num_compare(op, a, b));
  if (gp_is_inst(a) || gp_is_inst(b)) {
    GpValue r = gp_inst_compare(t, op, a, b);
    if (!GP_IS_ERR(r) || t->exc.tag != GP_T_NONE) return r;
    return gp_cmp_error(t, op, a, b);
  }
  if (op == GP_CMP_EQ || op == GP_CMP_NE) {
    int e = gp_eq(t, a, b);
    return e < 0 ? GP_ERRV : gp_boolv(e == (op == GP_CMP_EQ));
  }
  if (a.tag == GP_T_OBJ && b.tag == GP_T_OBJ && a.as.o->type == b.as.o->type) {
    const GpType *tp = a.as.o->type;
    if (tp == &gp_type_str) return gp_boolv(gp_cmp_holds(op, gp_str_cmp(a.as.o, b.as.o)));
    if (tp == &gp_type_list || tp == &gp_type_tuple) {
      if (gp_rec_enter(t, " in comparison") < 0) return GP_ERRV;
      GpValue r = tp == &gp_type_list ? gp_list_compare(t, op, a, b)
                                      : gp_seq_compare(t, op, GP_TUPLE(a)->items, GP_TUPLE(a)->len,
                                                       GP_TUPLE(b)->items, GP_TUPLE(b)->len);
      gp_rec_leave(t);
      return r;
    }
  }
  GpValue r = xcompare(t, op, a, b);
  if (!GP_NOTIMPL(t, r)) return r;
  return gp_cmp_error(t, op, a, b);
}

/* ------------------------------------------------------------ operators */

static const char *const op_sym[] = {"+",  "-",  "*", "/", "//", "%", "**",
                                     "<<", ">>", "&", "|", "^",  "@"};

static GpValue binop_error(GpThread *t, GpBinOp op, GpValue a, GpValue b, bool inplace) {
  const char *sym = op == GP_OP_POW && !inplace ? "** or pow()" : op_sym[op];
  return gp_raise(t, &gp_exc_TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'", sym,
                  inplace ? "=" : "", gp_type_name(a), gp_type_name(b));
}

static bool is_seq(GpValue v) {
  return is(v, &gp_type_str) || is(v, &gp_type_list) || is(v, &gp_type_tuple);
}

int gp_repeat_count(GpThread *t, GpValue n, int64_t *k) {
  GpValue i;
  int ki = gp_inst_index(t, n, &i); /* n.__index__() */
  if (ki != 0) {
    int r = ki < 0 ? -1 : gp_as_index(t, i, k);
    if (ki > 0) GP_DECREF(i);
    return r;
  }
  if (!gp_is_int(n) && !(gp_has_payload(n) && gp_is_int(gp_unwrap(n)))) {
    gp_raise(t, &gp_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
             gp_type_name(n));
    return -1;
  }
  return gp_as_index(t, n, k);
}

/* seq * n and n * seq */
static GpValue seq_repeat(GpThread *t, GpValue seq, GpValue n) {
  int64_t k;
  if (gp_repeat_count(t, n, &k) < 0) return GP_ERRV;
  const GpType *tp = seq.as.o->type;
  if (tp == &gp_type_str) return gp_str_repeat(t, seq, k);
  if (tp == &gp_type_list) return gp_list_repeat(t, seq, k);
  return gp_tuple_repeat(t, seq, k);
}

/* tried: the step of gp_inst_binop that already returned NotImplemented. */
/* Whether numbers a and b lack op: @ always, the shifts and bitwise
** operators on a float; the error then names the in-place form (<<=). */
static bool num_lacks(GpBinOp op, GpValue a, GpValue b) {
  return op == GP_OP_MATMUL || (op >= GP_OP_LSHIFT && (GP_IS_FLOAT(a) || GP_IS_FLOAT(b)));
}

static GpValue binop_impl(GpThread *t, GpBinOp op, GpValue a, GpValue b, bool inplace, int tried) {
  if (is_num(a) && is_num(b))
    return num_lacks(op, a, b) ? binop_error(t, op, a, b, inplace) : gp_num_binop(t, op, a, b);
  if (gp_is_inst(a) || gp_is_inst(b)) {
    GpValue r = gp_inst_binop(t, op, a, b, inplace, tried);
    if (!GP_IS_ERR(r) || t->exc.tag != GP_T_NONE) return r;
  }
  /* library types: the left operand's slot, then the right one's */
  GpValue (*xa)(GpThread *, GpBinOp, GpValue, GpValue, bool) = XSLOT(a, binop);
  GpValue (*xb)(GpThread *, GpBinOp, GpValue, GpValue, bool) = XSLOT(b, binop);
  if (xa || xb) {
    GpValue r = xa ? xa(t, op, a, b, inplace) : GP_ERRV;
    if (GP_NOTIMPL(t, r) && xb && xb != xa) r = xb(t, op, a, b, inplace);
    if (!GP_NOTIMPL(t, r)) return r;
  }
  if (a.tag == GP_T_OBJ) {
    const GpType *tp = a.as.o->type;
    switch (op) {
    case GP_OP_ADD:
      if (tp == &gp_type_str || tp == &gp_type_list || tp == &gp_type_tuple) {
        if (!is(b, tp))
          return gp_raise(t, &gp_exc_TypeError, "can only concatenate %s (not \"%s\") to %s",
                          tp->name, gp_type_name(b), tp->name);
        if (tp == &gp_type_str) return gp_str_concat(t, (GpValue[]){a, b}, 2);
        return tp == &gp_type_list ? gp_list_concat(t, a, b) : gp_tuple_concat(t, a, b);
      }
      break;
    case GP_OP_MUL:
      if (is_seq(a)) return seq_repeat(t, a, b);
      break;
    case GP_OP_MOD:
      if (tp == &gp_type_str) return gp_str_mod(t, a, b);
      break;
    case GP_OP_OR:
      if (tp == &gp_type_dict && is(b, &gp_type_dict)) {
        GpValue r = gp_dict_copy(t, a.as.o);
        if (!GP_IS_ERR(r) && gp_dict_update(t, r.as.o, b) < 0) {
          GP_DECREF(r);
          return GP_ERRV;
        }
        return r;
      }
      break;
    default:
      break;
    }
  }
  if (op == GP_OP_MUL && is_seq(b) && (is_num(a) || a.tag == GP_T_OBJ)) return seq_repeat(t, b, a);
  if (op == GP_OP_OR && (is(a, &gp_type_type) || is(b, &gp_type_type)) &&
      (is(a, &gp_type_type) || GP_IS_NONE(a)) && (is(b, &gp_type_type) || GP_IS_NONE(b)))
    return gp_type_union(t, a, b); /* int | None */
  return binop_error(t, op, a, b, inplace);
}

GpValue gp_binop(GpThread *t, GpBinOp op, GpValue a, GpValue b) {
  return binop_impl(t, op, a, b, false, GP_BINOP_NONE);
}

GpValue gp_binop_resume(GpThread *t, int op, GpValue a, GpValue b, bool inplace, int tried) {
  return binop_impl(t, (GpBinOp)op, a, b, inplace, tried);
}

GpValue gp_inplace_binop(GpThread *t, GpBinOp op, GpValue a, GpValue b) {
  if (is(a, &gp_type_list) && (op == GP_OP_ADD || op == GP_OP_MUL)) {
    if (op == GP_OP_ADD ? gp_list_extend(t, a.as.o, b) < 0 : gp_list_irepeat(t, a, b) < 0)
      return GP_ERRV;
    GP_INCREF(a);
    return a;
  }
  if (is(a, &gp_type_dict) && op == GP_OP_OR) {
    if (gp_dict_update(t, a.as.o, b) < 0) return GP_ERRV;
    GP_INCREF(a);
    return a;
  }
  return binop_impl(t, op, a, b, true, GP_BINOP_NONE);
}

GpValue gp_unop(GpThread *t, GpUnOp op, GpValue a) {
  if (is_num(a)) return gp_num_unop(t, op, a);
  if (gp_is_inst(a)) {
    GpValue r = gp_inst_unop(t, op, a);
    if (!GP_IS_ERR(r) || t->exc.tag != GP_T_NONE) return r;
  }
  static const char *const dunder[] = {"__neg__", "__pos__", "__invert__"};
  const GpMethodDef *m = a.tag == GP_T_OBJ ? gp_type_method(a.as.o->type, dunder[op]) : NULL;
  if (m) return m->fn(t, &a, 1, NULL); /* a library type's (+counter) */
  static const char *const sym[] = {"-", "+", "~"};
  return gp_raise(t, &gp_exc_TypeError, "bad operand type for unary %s: '%s'", sym[op],
                  gp_type_name(a));
}

/* ---------------------------------------------------------------- items */

#define SLICE_PARTS(k)                                                                             \
  ((GpSliceObj *)(k).as.o)->start, ((GpSliceObj *)(k).as.o)->stop, ((GpSliceObj *)(k).as.o)->step

/* The built-in types gp_getslice takes. */
static bool is_sliceable(const GpType *tp) {
  return tp == &gp_type_list || tp == &gp_type_str || tp == &gp_type_tuple ||
         tp == &gp_type_range || tp == &gp_type_bigrange;
}

GpValue gp_getitem(GpThread *t, GpValue o, GpValue key) {
  if (o.tag == GP_T_OBJ) {
    const GpType *tp = o.as.o->type;
    if (tp == &gp_type_dict) return gp_dict_getitem(t, o, key); /* first: no slice check */
    if (key.tag == GP_T_OBJ && key.as.o->type == &gp_type_slice && is_sliceable(tp))
      return gp_getslice(t, o, SLICE_PARTS(key)); /* s[slice(i, j, k)] is s[i:j:k] */
    if (tp == &gp_type_list) return gp_list_getitem(t, o, key);
    if (tp == &gp_type_tuple) return gp_tuple_getitem(t, o, key);
    if (tp == &gp_type_str) return gp_str_getitem(t, o, key);
    if (tp == &gp_type_range || tp == &gp_type_bigrange) return gp_range_getitem(t, o, key);
    if (GP_IS_CLASS(tp)) return gp_inst_getitem(t, o, key);
    if (tp->ops && tp->ops->getitem) return tp->ops->getitem(t, o, key);
    if (tp == &gp_type_type && GP_IS_CLASS((const GpType *)o.as.o)) {
      GpValue r = gp_meta_special(t, o, "__getitem__", &key, 1); /* before __class_getitem__ */
      return GP_IS_ERR(r) && GP_IS_NONE(t->exc) ? gp_class_subscript(t, o, key) : r;
    }
    if (tp == &gp_type_type) return gp_builtin_generic(t, o, key); /* list[int] */
  }
  return gp_raise(t, &gp_exc_TypeError, "'%s' object is not subscriptable", gp_type_name(o));
}

int gp_setitem(GpThread *t, GpValue o, GpValue key, GpValue v) {
  if (is(key, &gp_type_slice) && is(o, &gp_type_list))
    return gp_setslice(t, o, SLICE_PARTS(key), v);
  if (is(o, &gp_type_list)) return gp_list_setitem(t, o, key, v);
  if (is(o, &gp_type_dict)) return gp_dict_set(t, o.as.o, key, v);
  if (gp_is_inst(o)) return gp_inst_setitem(t, o, key, v);
  if (XSLOT(o, setitem)) return XSLOT(o, setitem)(t, o, key, v);
  gp_raise(t, &gp_exc_TypeError, "'%s' object does not support item assignment", gp_type_name(o));
  return -1;
}

int gp_delitem(GpThread *t, GpValue o, GpValue key) {
  if (is(key, &gp_type_slice) && is(o, &gp_type_list)) return gp_delslice(t, o, SLICE_PARTS(key));
  if (is(o, &gp_type_list)) return gp_list_delitem(t, o, key);
  if (is(o, &gp_type_dict)) return gp_dict_delitem(t, o, key);
  if (gp_is_inst(o)) return gp_inst_setitem(t, o, key, GP_ERRV);
  if (XSLOT(o, delitem)) return XSLOT(o, delitem)(t, o, key);
  gp_raise(t, &gp_exc_TypeError, "'%s' object doesn't support item deletion", gp_type_name(o));
  return -1;
}

/* s[lo:hi:step] of a library type (bytearray, memoryview): its getitem,
** setitem or delitem (v GP_ERRV: del) gets the slice object. */
static GpValue slot_getslice(GpThread *t, GpValue o, GpValue lo, GpValue hi, GpValue step) {
  GpValue key = gp_slice_new(t, lo, hi, step);
  if (GP_IS_ERR(key)) return key;
  GpValue r = XSLOT(o, getitem)(t, o, key);
  GP_DECREF(key);
  return r;
}

static int slot_setslice(GpThread *t, GpValue o, GpValue lo, GpValue hi, GpValue step, GpValue v) {
  GpValue key = gp_slice_new(t, lo, hi, step);
  if (GP_IS_ERR(key)) return -1;
  int r = GP_IS_ERR(v) ? XSLOT(o, delitem)(t, o, key) : XSLOT(o, setitem)(t, o, key, v);
  GP_DECREF(key);
  return r;
}

GpValue gp_getslice(GpThread *t, GpValue o, GpValue lo, GpValue hi, GpValue step) {
  if (o.tag == GP_T_OBJ) {
    const GpType *tp = o.as.o->type;
    if (tp == &gp_type_list) return gp_list_getslice(t, o, lo, hi, step);
    if (tp == &gp_type_str) return gp_str_getslice(t, o, lo, hi, step);
    if (tp == &gp_type_tuple) return gp_tuple_getslice(t, o, lo, hi, step);
    if (tp == &gp_type_bytes) return gp_bytes_getslice(t, o, lo, hi, step);
    if (tp == &gp_type_range || tp == &gp_type_bigrange)
      return gp_range_getslice(t, o, lo, hi, step);
    if (tp == &gp_type_dict) return gp_raise(t, &gp_exc_TypeError, "unhashable type: 'slice'");
    if (gp_has_payload(o) && !gp_inst_has(o, "__getitem__"))
      return gp_getslice(t, gp_unwrap(o), lo, hi, step);
    if (gp_is_inst(o)) { /* its __getitem__ gets a slice object, as in CPython */
      GpValue key = gp_slice_new(t, lo, hi, step);
      if (GP_IS_ERR(key)) return key;
      GpValue r = gp_inst_getitem(t, o, key);
      GP_DECREF(key);
      return r;
    }
    if (XSLOT(o, getitem)) return slot_getslice(t, o, lo, hi, step);
  }
  return gp_raise(t, &gp_exc_TypeError, "'%s' object is not subscriptable", gp_type_name(o));
}

/* inst[lo:hi:step] = v (v GP_ERRV: del) through the instance's
** __setitem__ (__delitem__) with a slice object. */
static int inst_setslice(GpThread *t, GpValue o, GpValue lo, GpValue hi, GpValue step, GpValue v) {
  GpValue key = gp_slice_new(t, lo, hi, step);
  if (GP_IS_ERR(key)) return -1;
  int r = gp_inst_setitem(t, o, key, v);
  GP_DECREF(key);
  return r;
}

int gp_setslice(GpThread *t, GpValue o, GpValue lo, GpValue hi, GpValue step, GpValue v) {
  if (is(o, &gp_type_list)) return gp_list_setslice(t, o, lo, hi, step, v);
  if (gp_has_payload(o) && !gp_inst_has(o, "__setitem__"))
    return gp_setslice(t, gp_unwrap(o), lo, hi, step, v);
  if (gp_is_inst(o)) return inst_setslice(t, o, lo, hi, step, v);
  if (is(o, &gp_type_dict)) {
    gp_raise(t, &gp_exc_TypeError, "unhashable type: 'slice'");
    return -1;
  }
  if (XSLOT(o, setitem)) return slot_setslice(t, o, lo, hi, step, v);
  gp_raise(t, &gp_exc_TypeError, "'%s' object does not support item assignment", gp_type_name(o));
  return -1;
}

int gp_delslice(GpThread *t, GpValue o, GpValue lo, GpValue hi, GpValue step) {
  if (is(o, &gp_type_list)) return gp_list_delslice(t, o, lo, hi, step);
  if (gp_has_payload(o) && !gp_inst_has(o, "__delitem__"))
    return gp_delslice(t, gp_unwrap(o), lo, hi, step);
  if (gp_is_inst(o)) return inst_setslice(t, o, lo, hi, step, GP_ERRV);
  if (is(o, &gp_type_dict)) {
    gp_raise(t, &gp_exc_TypeError, "unhashable type: 'slice'");
    return -1;
  }
  if (XSLOT(o, delitem)) return slot_setslice(t, o, lo, hi, step, GP_ERRV);
  gp_raise(t, &gp_exc_TypeError, "'%s' object doesn't support item deletion", gp_type_name(o));
  return -1;
}

int gp_contains(GpThread *t, GpValue c, GpValue item) {
  if (c.tag == GP_T_OBJ) {
    const GpType *tp = c.as.o->type;
    if (tp == &gp_type_set || tp == &gp_type_frozenset) return gp_set_contains(t, c.as.o, item);
    if (tp == &gp_type_dict) {
      GpValue v;
      return gp_dict_get(t, c.as.o, item, &v);
    }
    if (tp == &gp_type_list) return gp_list_contains(t, c, item);
    if (tp == &gp_type_str) return gp_str_contains(t, c, item);
    if (tp == &gp_type_tuple) return gp_seq_contains(t, GP_TUPLE(c)->items, GP_TUPLE(c)->len, item);
    if (tp == &gp_type_range || tp == &gp_type_bigrange) return gp_range_contains(t, c, item);
    if (GP_IS_CLASS(tp)) return gp_inst_contains(t, c, item);
    if (tp == &gp_type_dict_keys || tp == &gp_type_dict_values || tp == &gp_type_dict_items)
      return gp_dictview_contains(t, c, item);
    if (tp->ops && tp->ops->contains) return tp->ops->contains(t, c, item);
    if (tp == &gp_type_type) {
      GpValue r = gp_meta_special(t, c, "__contains__", &item, 1);
      if (GP_IS_ERR(r) && !GP_IS_NONE(t->exc)) return -1;
      int b = GP_IS_ERR(r) ? -2 : gp_truthy(t, r);
      GP_DECREF(r);
      if (b != -2) return b;
    }
    if (SLOT(tp, iter)) { /* any other iterable: scan it */
      GpValue it = gp_iter(t, c), v;
      if (GP_IS_ERR(it)) return -1;
      int r;
      while ((r = gp_next(t, it, &v)) > 0) {
        r = gp_item_eq(t, v, item);
        GP_DECREF(v);
        if (r != 0) break;
      }
      GP_DECREF(it);
      return r;
    }
  }
  gp_raise(t, &gp_exc_TypeError, "argument of type '%s' is not iterable", gp_type_name(c));
  return -1;
}

/* ----------------------------------------------------------- attributes */

/* A class instance without the special method name: object's (a.__eq__),
** instead of the AttributeError r raised. */
static GpValue dunder_fallback(GpThread *t, GpValue o, GpObj *name, GpValue r) {
  if (!GP_IS_ERR(r) || !gp_is_inst(o) || gp_has_payload(o) ||
      !gp_exc_matches(t->exc, &gp_exc_AttributeError))
    return r;
  GpValue d = gp_dunder_attr(t, o, name);
  if (GP_IS_ERR(d)) return r;
  GP_DECREF(t->exc);
  t->exc = GP_NONEV;
  return d;
}

GpValue gp_getattr(GpThread *t, GpValue o, GpObj *name) {
  const GpType *tp = gp_typeof(o);
  const char *s = ((GpStr *)name)->data;
  if (tp == &gp_type_module) return tp->getattr(t, o, name); /* its dict, then __dict__ */
  const GpMethodDef *m = gp_type_method(tp, s);
  if (m) return gp_native_bind(t, m->name, m->fn, o);
  if (!GP_IS_CLASS(tp)) { /* (5).from_bytes, {}.fromkeys, ''.maketrans */
    GpValue c = gp_type_class_attr(t, tp, s, gp_objv((GpObj *)tp));
    if (!GP_IS_ERR(c)) return c;
  }
  /* every value's type, as object's descriptor gives it (a class's
  ** metaclass, not gp_type_type); an instance's own lookup answers, its
  ** __getattribute__ first */
  if (!GP_IS_CLASS(tp) && strcmp(s, "__class__") == 0) {
    const GpType *cls = gp_meta_of(o);
    gp_incref_o((GpObj *)&cls->ob);
    return gp_objv((GpObj *)&cls->ob);
  }
  GpValue (*getattr)(GpThread *, GpValue, GpObj *) = SLOT(tp, getattr);
  if (getattr) {
    GpValue r = getattr(t, o, name);
    if (!GP_IS_ERR(r) || t->exc.tag != GP_T_NONE)
      return s[0] == '_' ? dunder_fallback(t, o, name, r) : r;
  }
  GpValue r = s[0] == '_' ? gp_dunder_attr(t, o, name) : GP_ERRV;
  if (!GP_IS_ERR(r)) return r;
  return gp_raise(t, &gp_exc_AttributeError, "'%s' object has no attribute '%s'", tp->name, s);
}

int gp_setattr(GpThread *t, GpValue o, GpObj *name, GpValue v) {
  const GpType *tp = gp_typeof(o);
  if (tp == &gp_type_module) return gp_dict_set(t, ((GpModule *)o.as.o)->dict, gp_objv(name), v);
  int (*setattr)(GpThread *, GpValue, GpObj *, GpValue) = SLOT(tp, setattr);
  if (setattr) return setattr(t, o, name, v);
  if (tp == &gp_type_type)
    gp_raise(t, &gp_exc_TypeError, "cannot set '%s' attribute of immutable type '%s'",
             ((GpStr *)name)->data, ((GpType *)o.as.o)->name);
  else
    gp_raise(t, &gp_exc_AttributeError, "'%s' object has no attribute '%s'", tp->name,
             ((GpStr *)name)->data);
  return -1;
}

/* ------------------------------------------------------- iteration, len */

GpValue gp_iter(GpThread *t, GpValue o) {
  const GpType *tp = gp_typeof(o);
  GpValue (*iter)(GpThread *, GpValue) = SLOT(tp, iter);
  if (iter) return iter(t, o);
  GpValue r = tp == &gp_type_type ? gp_meta_special(t, o, "__iter__", NULL, 0) : GP_ERRV;
  if (!GP_IS_ERR(r) || !GP_IS_NONE(t->exc)) return r;
  return gp_raise(t, &gp_exc_TypeError, "'%s' object is not iterable", tp->name);
}

int gp_next(GpThread *t, GpValue it, GpValue *out) {
  /* an iterator's own slot, the usual case: no type lookup, no base walk */
  if (it.tag == GP_T_OBJ && it.as.o->type->next) return it.as.o->type->next(t, it, out);
  const GpType *tp = gp_typeof(it);
  int (*next)(GpThread *, GpValue, GpValue *) = SLOT(tp, next);
  if (next) return next(t, it, out);
  gp_raise(t, &gp_exc_TypeError, "'%s' object is not an iterator", tp->name);
  return -1;
}

GpValue gp_iter_self(GpThread *t, GpValue self) {
  (void)t;
  GP_INCREF(self);
  return self;
}

/* len(C) for a class: its metaclass's __len__, an int >= 0; 1: none. */
static int meta_len(GpThread *t, GpValue cls, int64_t *n) {
  GpValue r = gp_meta_special(t, cls, "__len__", NULL, 0);
  if (GP_IS_ERR(r)) return GP_IS_NONE(t->exc) ? 1 : -1;
  int k = gp_as_index(t, r, n);
  GP_DECREF(r);
  if (k == 0 && *n < 0) {
    gp_raise(t, &gp_exc_ValueError, "__len__() should return >= 0");
    return -1;
  }
  return k;
}

int gp_len_of(GpThread *t, GpValue o, int64_t *n) {
  if (o.tag == GP_T_OBJ) {
    const GpType *tp = o.as.o->type;
    if (tp == &gp_type_list) return *n = (int64_t)gp_list_len(o.as.o), 0;
    if (tp == &gp_type_str) return *n = (int64_t)GP_STR(o)->nchars, 0;
    if (tp == &gp_type_tuple) return *n = (int64_t)GP_TUPLE(o)->len, 0;
    if (tp == &gp_type_dict) return *n = (int64_t)gp_dict_len(o.as.o), 0;
    if (tp == &gp_type_range || tp == &gp_type_bigrange) return gp_range_size(t, o, n);
    if (GP_IS_CLASS(tp)) {
      int k = gp_inst_len(t, o, n);
      if (k != 0) return k < 0 ? -1 : 0;
    }
    if (tp == &gp_type_dict_keys || tp == &gp_type_dict_values || tp == &gp_type_dict_items)
      return *n = (int64_t)gp_dictview_len(o), 0;
    if (tp->ops && tp->ops->len) return tp->ops->len(t, o, n);
    int k = tp == &gp_type_type ? meta_len(t, o, n) : 1;
    if (k <= 0) return k;
  }
  gp_raise(t, &gp_exc_TypeError, "object of type '%s' has no len()", gp_type_name(o));
  return -1;
}

GpValue gp_len(GpThread *t, GpValue o) {
  int64_t n;
  return gp_len_of(t, o, &n) < 0 ? GP_ERRV : gp_intv(n);
}
