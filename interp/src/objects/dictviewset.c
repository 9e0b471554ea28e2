/*
** dictviewset.c — the set algebra of dict_keys and dict_items (they are
** collections.abc.Set): `-`, `|`, `^` and `&` with any iterable on either
** side, comparisons with sets and other views, and isdisjoint. Each builds
** its result the way CPython's dictobject.c does (a set of the left
** operand, then the in-place operation with the right one), so the result
** sets hold their elements in the same order and print alike.
*/
#include "obj.h"
#include "vm.h"

static bool is_setview(GpValue v) {
  return GP_IS_TYPE(v, gp_type_dict_keys) || GP_IS_TYPE(v, gp_type_dict_items);
}

/* other as a set: itself if it is one, else a new set of its items. */
static GpValue as_set(GpThread *t, GpValue other) {
  if (GP_IS_ANYSET(other)) {
    GP_INCREF(other);
    return other;
  }
  return gp_set_new(t, &gp_type_set, other);
}

/* key in c, a set or a view: 1, 0, -1. */
static int member(GpThread *t, GpValue c, GpValue key) {
  return is_setview(c) ? gp_dictview_contains(t, c, key) : gp_set_contains(t, c.as.o, key);
}

/* A new set of the items of src that are in c, added in src's order. */
static GpValue collect(GpThread *t, GpValue src, GpValue c) {
  GpValue result = gp_set_new(t, &gp_type_set, GP_ERRV);
  GpValue it = GP_IS_ERR(result) ? result : gp_iter(t, src);
  if (GP_IS_ERR(it)) {
    if (!GP_IS_ERR(result)) GP_DECREF(result);
    return GP_ERRV;
  }
  GpValue key;
  int r;
  while ((r = gp_next(t, it, &key)) > 0) {
    r = member(t, c, key);
    if (r > 0) r = gp_set_add(t, result.as.o, key);
    GP_DECREF(key);
    if (r < 0) break;
  }
  GP_DECREF(it);
  if (r < 0) {
    GP_DECREF(result);
    return GP_ERRV;
  }
  return result;
}

/* view & other (CPython's _PyDictView_Intersect): a set other at least as
** big as the view is probed with the view's items; otherwise the view is
** probed with other's, the smaller view's when both are views. */
static GpValue intersect(GpThread *t, GpValue view, GpValue other) {
  if (GP_IS_TYPE(other, gp_type_set) && gp_dictview_len(view) <= gp_set_len(other.as.o))
    return collect(t, view, other);
  if (is_setview(other) && gp_dictview_len(other) > gp_dictview_len(view))
    return collect(t, view, other);
  return collect(t, other, view);
}

GpValue gp_dictview_binop(GpThread *t, GpBinOp op, GpValue a, GpValue b, bool inplace) {
  (void)inplace; /* views have no in-place forms: a op= b is a = a op b */
  if (op == GP_OP_AND) return intersect(t, is_setview(a) ? a : b, is_setview(a) ? b : a);
  if (op != GP_OP_SUB && op != GP_OP_OR && op != GP_OP_XOR) return GP_ERRV; /* NotImplemented */
  GpValue result = gp_set_new(t, &gp_type_set, a);
  if (GP_IS_ERR(result)) return result;
  if (op == GP_OP_OR) {
    if (gp_set_update(t, result.as.o, b) < 0) goto fail;
    return result;
  }
  GpValue other = as_set(t, b);
  if (GP_IS_ERR(other)) goto fail;
  GpValue r = gp_inplace_binop(t, op, result, other);
  GP_DECREF(other);
  GP_DECREF(result);
  return r;
fail:
  GP_DECREF(result);
  return GP_ERRV;
}

/* Whether every element of a is in b (a view or a set). */
static int contained_in(GpThread *t, GpValue a, GpValue b) {
  GpValue it = gp_iter(t, a);
  if (GP_IS_ERR(it)) return -1;
  GpValue key;
  int r = 0, in = 1;
  while (in > 0 && (r = gp_next(t, it, &key)) > 0) {
    in = member(t, b, key);
    GP_DECREF(key);
  }
  GP_DECREF(it);
  return in < 0 || r < 0 ? -1 : in;
}

static size_t size_of(GpValue v) {
  return is_setview(v) ? gp_dictview_len(v) : gp_set_len(v.as.o);
}

GpValue gp_dictview_compare(GpThread *t, GpCmpOp op, GpValue a, GpValue b) {
  if (!GP_IS_ANYSET(b) && !is_setview(b)) return GP_ERRV; /* NotImplemented */
  size_t na = size_of(a), nb = size_of(b);
  int r;
  switch (op) {
  case GP_CMP_EQ:
  case GP_CMP_NE:
    r = na == nb ? contained_in(t, a, b) : 0;
    if (r >= 0 && op == GP_CMP_NE) r = !r;
    break;
  case GP_CMP_LT:
  case GP_CMP_LE:
    r = (op == GP_CMP_LT ? na < nb : na <= nb) ? contained_in(t, a, b) : 0;
    break;
  default: /* GT, GE */
    r = (op == GP_CMP_GT ? na > nb : na >= nb) ? contained_in(t, b, a) : 0;
    break;
  }
  return r < 0 ? GP_ERRV : gp_boolv(r);
}

/* isdisjoint: the smaller side is iterated when both have a size. */
GpValue gp_dictview_isdisjoint(GpThread *t, GpValue view, GpValue other) {
  if (other.tag == GP_T_OBJ && other.as.o == view.as.o) return gp_boolv(gp_dictview_len(view) == 0);
  bool sized = GP_IS_ANYSET(other) || is_setview(other);
  bool walk_view = sized && size_of(other) > gp_dictview_len(view);
  GpValue it = gp_iter(t, walk_view ? view : other);
  if (GP_IS_ERR(it)) return it;
  GpValue key;
  int r = 0, in = 0;
  while (!in && (r = gp_next(t, it, &key)) > 0) {
    in = member(t, walk_view ? other : view, key);
    GP_DECREF(key);
  }
  GP_DECREF(it);
  return in < 0 || r < 0 ? GP_ERRV : gp_boolv(!in);
}
