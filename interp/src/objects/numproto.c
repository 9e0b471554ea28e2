/*
** numproto.c — numbers from instances (numproto.h): int(), float(),
** divmod(), math's rounding functions and index conversion call the special
** methods of a class, and check what they return with CPython's messages.
*/
#include "numproto.h"

#include "class.h"
#include "num.h"
#include "obj.h"
#include "vm.h"

int gp_inst_call_special(GpThread *t, GpValue v, const char *name, const GpValue *args, int n,
                         GpValue *out) {
  if (!gp_is_inst(v)) return 0;
  GpValue f = gp_inst_special(t, v, name);
  if (GP_IS_ERR(f)) return GP_IS_NONE(t->exc) ? 0 : -1;
  *out = gp_vm_call(t, f, args, n, NULL);
  GP_DECREF(f);
  return GP_IS_ERR(*out) ? -1 : 1;
}

static bool is_intv(GpValue v) {
  return v.tag == GP_T_INT || v.tag == GP_T_BOOL || GP_IS_TYPE(v, gp_type_int);
}

/* r (stolen), the result of method `name`, if an int; else TypeError. */
static GpValue want_int(GpThread *t, GpValue r, const char *name) {
  if (GP_IS_ERR(r) || is_intv(r)) return r;
  gp_raise(t, &gp_exc_TypeError, "%s returned non-int (type %s)", name, gp_type_name(r));
  GP_DECREF(r);
  return GP_ERRV;
}

int gp_inst_index(GpThread *t, GpValue v, GpValue *out) {
  int k = gp_inst_call_special(t, v, "__index__", NULL, 0, out);
  if (k <= 0) return k;
  *out = want_int(t, *out, "__index__");
  return GP_IS_ERR(*out) ? -1 : 1;
}

int gp_index_keys(GpThread *t, const GpValue *keys, int n, GpValue *out) {
  for (int i = 0; i < n; i++) {
    int k = gp_inst_index(t, keys[i], &out[i]);
    if (k == 0) {
      out[i] = keys[i];
      GP_INCREF(out[i]);
    }
    if (k < 0) {
      while (i-- > 0)
        GP_DECREF(out[i]);
      return -1;
    }
  }
  return 0;
}

GpValue gp_index_value(GpThread *t, GpValue v) {
  if (v.tag == GP_T_INT || v.tag == GP_T_BOOL) return gp_intv(v.as.i);
  if (GP_IS_TYPE(v, gp_type_int)) {
    GP_INCREF(v);
    return v;
  }
  GpValue r;
  int k = gp_inst_index(t, v, &r);
  if (k > 0) return r;
  if (k == 0)
    gp_raise(t, &gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
             gp_type_name(v));
  return GP_ERRV;
}

int gp_inst_int(GpThread *t, GpValue v, GpValue *out) {
  static const char *const names[] = {"__int__", "__index__", "__trunc__"};
  for (int i = 0; i < 3; i++) {
    int k = gp_inst_call_special(t, v, names[i], NULL, 0, out);
    if (k == 0) continue;
    if (k > 0) *out = want_int(t, *out, names[i]);
    if (k > 0 && out->tag == GP_T_BOOL) *out = gp_intv(out->as.i); /* int(x) is no bool */
    return GP_IS_ERR(*out) ? -1 : 1;
  }
  return 0;
}

int gp_inst_float(GpThread *t, GpValue v, GpValue *out) {
  int k = gp_inst_call_special(t, v, "__float__", NULL, 0, out);
  if (k > 0 && !GP_IS_FLOAT(*out)) {
    gp_raise(t, &gp_exc_TypeError, "%s.__float__ returned non-float (type %s)", gp_type_name(v),
             gp_type_name(*out));
    GP_DECREF(*out);
    return -1;
  }
  if (k != 0) return k;
  GpValue i;
  k = gp_inst_index(t, v, &i);
  if (k <= 0) return k;
  double d;
  k = gp_to_double(t, i, &d);
  GP_DECREF(i);
  *out = gp_floatv(d);
  return k < 0 ? -1 : 1;
}

/* 1 = *out is a result, 0 = absent or NotImplemented, -1 = error. */
static int try_binary(GpThread *t, GpValue self, const char *name, GpValue other, GpValue *out) {
  int k = gp_inst_call_special(t, self, name, &other, 1, out);
  if (k > 0 && gp_is_notimpl(*out)) {
    GP_DECREF(*out);
    return 0;
  }
  return k;
}

int gp_inst_divmod(GpThread *t, GpValue a, GpValue b, GpValue *out) {
  const GpType *ta = gp_typeof(a), *tb = gp_typeof(b);
  bool b_first = gp_is_inst(b) && ta != tb && gp_class_is_subtype(tb, ta);
  int k = 0;
  if (b_first) k = try_binary(t, b, "__rdivmod__", a, out);
  if (k == 0) k = try_binary(t, a, "__divmod__", b, out);
  if (k == 0 && !b_first && ta != tb) k = try_binary(t, b, "__rdivmod__", a, out);
  return k;
}

int gp_inst_rounding(GpThread *t, GpValue v, const char *name, double (*fn)(double), GpValue *out) {
  int k = gp_inst_call_special(t, v, name, NULL, 0, out);
  if (k != 0 || name[2] == 't') return k; /* math.trunc has no float fallback */
  GpValue f;
  k = gp_inst_float(t, v, &f);
  if (k <= 0) return k;
  *out = gp_int_from_double(t, fn(f.as.f));
  return GP_IS_ERR(*out) ? -1 : 1;
}
