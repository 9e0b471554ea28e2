/*
** cmathmod.c — the cmath module: the functions of cmath_fn.c on Python
** values, with CPython's argument conversion (complex, __complex__, then
** anything float() takes), arities and errors, and phase, polar, rect,
** isfinite/isinf/isnan, isclose and the constants.
*/
#include <math.h>

#include "cmath_fn.h"
#include "num.h"
#include "numproto.h"
#include "obj.h"

/* CPython's PyComplex_AsCComplex. */
static int to_z(GpThread *t, GpValue v, CmZ *z) {
  GpValue c;
  int k = gp_inst_complex(t, v, &c);
  if (k < 0) return -1;
  if (k > 0) {
    gp_complex_operand(t, c, &z->re, &z->im);
    GP_DECREF(c);
    return 0;
  }
  k = gp_complex_operand(t, v, &z->re, &z->im);
  if (k != 0) return k < 0 ? -1 : 0;
  k = gp_inst_float(t, v, &c);
  if (k > 0) *z = (CmZ){c.as.f, 0.0};
  if (k == 0) gp_raise(t, &gp_exc_TypeError, "must be real number, not %s", gp_type_name(v));
  return k > 0 ? 0 : -1;
}

/* Argument Clinic's arity messages: METH_O and the positional-only ones. */
static int arity(GpThread *t, const char *name, int nargs, GpObj *kw, int min, int max) {
  if (kw && ((GpTuple *)kw)->len > 0) {
    gp_raise(t, &gp_exc_TypeError, "cmath.%s() takes no keyword arguments", name);
    return -1;
  }
  if (nargs >= min && nargs <= max) return 0;
  if (min == 1 && max == 1)
    gp_raise(t, &gp_exc_TypeError, "cmath.%s() takes exactly one argument (%d given)", name, nargs);
  else if (min == max)
    gp_raise(t, &gp_exc_TypeError, "%s expected %d arguments, got %d", name, min, nargs);
  else
    gp_raise(t, &gp_exc_TypeError, "%s expected at %s %d argument%s, got %d", name,
             nargs < min ? "least" : "most", nargs < min ? min : max,
             (nargs < min ? min : max) == 1 ? "" : "s", nargs);
  return -1;
}

static GpValue math_error(GpThread *t, int e) {
  if (e == CM_EDOM) return gp_raise(t, &gp_exc_ValueError, "math domain error");
  return gp_raise(t, &gp_exc_OverflowError, "math range error");
}

static GpValue result(GpThread *t, int e, CmZ r) {
  return e ? math_error(t, e) : gp_complex_new(t, r.re, r.im);
}

static GpValue apply(GpThread *t, const char *name, CmFn fn, const GpValue *args, int nargs,
                     GpObj *kw) {
  CmZ z, r;
  if (arity(t, name, nargs, kw, 1, 1) < 0 || to_z(t, args[0], &z) < 0) return GP_ERRV;
  return result(t, fn(z, &r), r);
}

#define CMATH_1(name)                                                                              \
  static GpValue cmath_##name(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {            \
    return apply(t, #name, cm_##name, args, nargs, kw);                                            \
  }
CMATH_1(sqrt)
CMATH_1(exp)
CMATH_1(log10)
CMATH_1(cos)
CMATH_1(sin)
CMATH_1(tan)
CMATH_1(acos)
CMATH_1(asin)
CMATH_1(atan)
CMATH_1(cosh)
CMATH_1(sinh)
CMATH_1(tanh)
CMATH_1(acosh)
CMATH_1(asinh)
CMATH_1(atanh)

/* log(x[, base]) = log(x) / log(base), a zero divisor a domain error */
static GpValue cmath_log(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  CmZ x, r, b, lb;
  if (arity(t, "log", nargs, kw, 1, 2) < 0 || to_z(t, args[0], &x) < 0) return GP_ERRV;
  int e = cm_log(x, &r);
  if (nargs == 2) {
    if (to_z(t, args[1], &b) < 0) return GP_ERRV;
    int eb = cm_log(b, &lb);
    double q[2];
    int eq = 0;
    gp_complex_quot(r.re, r.im, lb.re, lb.im, q, &eq);
    r = (CmZ){q[0], q[1]};
    e = eq ? CM_EDOM : eb ? eb : e;
  }
  return result(t, e, r);
}

static GpValue cmath_phase(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  CmZ z;
  if (arity(t, "phase", nargs, kw, 1, 1) < 0 || to_z(t, args[0], &z) < 0) return GP_ERRV;
  return gp_floatv(atan2(z.im, z.re));
}

static GpValue cmath_polar(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  CmZ z;
  if (arity(t, "polar", nargs, kw, 1, 1) < 0 || to_z(t, args[0], &z) < 0) return GP_ERRV;
  double r = cm_abs(z);
  if (isinf(r) && isfinite(z.re) && isfinite(z.im)) return math_error(t, CM_ERANGE);
  return gp_tuple_pack(t, 2, (GpValue[]){gp_floatv(r), gp_floatv(atan2(z.im, z.re))});
}

/* rect() of an infinite or NaN part: CPython's rule for an infinite r and
** its domain error, then its table's entries (a zero sign it picks). */
static GpValue rect_special(GpThread *t, double r, double phi) {
  if (isinf(r) && isfinite(phi) && phi != 0.) {
    double s = r > 0 ? 1.0 : -1.0;
    return gp_complex_new(t, s * copysign(HUGE_VAL, cos(phi)), s * copysign(HUGE_VAL, sin(phi)));
  }
  if (r != 0. && !isnan(r) && isinf(phi)) return math_error(t, CM_EDOM);
  if (isinf(r)) /* phi is a NaN or a zero */
    return isnan(phi) ? gp_complex_new(t, HUGE_VAL, NAN) : gp_complex_new(t, r, r > 0 ? phi : -phi);
  if (r == 0.) return gp_complex_new(t, 0., 0.);
  return gp_complex_new(t, NAN, isnan(r) && phi == 0. ? 0. : NAN);
}

static GpValue cmath_rect(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  double r, phi;
  if (arity(t, "rect", nargs, kw, 2, 2) < 0 || gp_to_double(t, args[0], &r) < 0 ||
      gp_to_double(t, args[1], &phi) < 0)
    return GP_ERRV;
  if (!isfinite(r) || !isfinite(phi)) return rect_special(t, r, phi);
  if (phi == 0.) return gp_complex_new(t, r, r * phi);
  return gp_complex_new(t, r * cos(phi), r * sin(phi));
}

static GpValue classify(GpThread *t, const char *name, const GpValue *args, int nargs, GpObj *kw,
                        int which) {
  CmZ z;
  if (arity(t, name, nargs, kw, 1, 1) < 0 || to_z(t, args[0], &z) < 0) return GP_ERRV;
  if (which == 0) return gp_boolv(isfinite(z.re) && isfinite(z.im));
  if (which == 1) return gp_boolv(isinf(z.re) || isinf(z.im));
  return gp_boolv(isnan(z.re) || isnan(z.im));
}

static GpValue cmath_isfinite(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return classify(t, "isfinite", args, nargs, kw, 0);
}

static GpValue cmath_isinf(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return classify(t, "isinf", args, nargs, kw, 1);
}

static GpValue cmath_isnan(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return classify(t, "isnan", args, nargs, kw, 2);
}

static GpValue cmath_isclose(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"a", "b", "$rel_tol", "$abs_tol"};
  GpValue v[4];
  CmZ a, b;
  double rel = 1e-09, abs_tol = 0.0;
  if (gp_parse_args(t, "isclose", args, nargs, kw, names, 4, 2, v) < 0 || to_z(t, v[0], &a) < 0 ||
      to_z(t, v[1], &b) < 0 || (!GP_IS_ERR(v[2]) && gp_to_double(t, v[2], &rel) < 0) ||
      (!GP_IS_ERR(v[3]) && gp_to_double(t, v[3], &abs_tol) < 0))
    return GP_ERRV;
  if (rel < 0.0 || abs_tol < 0.0)
    return gp_raise(t, &gp_exc_ValueError, "tolerances must be non-negative");
  if (a.re == b.re && a.im == b.im) return gp_boolv(true);
  if (isinf(a.re) || isinf(a.im) || isinf(b.re) || isinf(b.im)) return gp_boolv(false);
  double diff = cm_abs((CmZ){a.re - b.re, a.im - b.im});
  return gp_boolv(diff <= rel * cm_abs(b) || diff <= rel * cm_abs(a) || diff <= abs_tol);
}

static const GpMethodDef cmath_functions[] = {
    {"sqrt", cmath_sqrt},   {"exp", cmath_exp},           {"log", cmath_log},
    {"log10", cmath_log10}, {"phase", cmath_phase},       {"polar", cmath_polar},
    {"rect", cmath_rect},   {"cos", cmath_cos},           {"sin", cmath_sin},
    {"tan", cmath_tan},     {"acos", cmath_acos},         {"asin", cmath_asin},
    {"atan", cmath_atan},   {"cosh", cmath_cosh},         {"sinh", cmath_sinh},
    {"tanh", cmath_tanh},   {"acosh", cmath_acosh},       {"asinh", cmath_asinh},
    {"atanh", cmath_atanh}, {"isfinite", cmath_isfinite}, {"isinf", cmath_isinf},
    {"isnan", cmath_isnan}, {"isclose", cmath_isclose},   {NULL, NULL}};

int gp_open_cmath(GpThread *t, GpObj *d) {
  if (gp_module_add_functions(t, d, cmath_functions) < 0) return -1;
  if (gp_module_set(t, d, "pi", gp_floatv(M_PI)) < 0 ||
      gp_module_set(t, d, "e", gp_floatv(M_E)) < 0 ||
      gp_module_set(t, d, "tau", gp_floatv(2 * M_PI)) < 0 ||
      gp_module_set(t, d, "inf", gp_floatv(HUGE_VAL)) < 0 ||
      gp_module_set(t, d, "nan", gp_floatv(NAN)) < 0 ||
      gp_module_set(t, d, "infj", gp_complex_new(t, 0.0, HUGE_VAL)) < 0 ||
      gp_module_set(t, d, "nanj", gp_complex_new(t, 0.0, NAN)) < 0)
    return -1;
  return 0;
}
