/*
** mathmod.c — the math module: CPython's functions, constants and error
** messages ("math domain error", "math range error"), exact integer
** functions (isqrt, gcd, factorial) on GMP.
*/
#include <math.h>

#include "num.h"
#include "numproto.h"

/* Positional-only arity, with CPython's two wordings: METH_O functions
** ("math.sqrt() takes exactly one argument (2 given)") and the others
** ("pow expected 2 arguments, got 1"). */
static int math_args(GpThread *t, const char *name, int nargs, GpObj *kwnames, int n) {
  if (kwnames && ((GpTuple *)kwnames)->len > 0) {
    gp_raise(t, &gp_exc_TypeError, "math.%s() takes no keyword arguments", name);
    return -1;
  }
  if (n < 0 || nargs == n) return 0;
  if (n == 1)
    gp_raise(t, &gp_exc_TypeError, "math.%s() takes exactly one argument (%d given)", name, nargs);
  else
    gp_raise(t, &gp_exc_TypeError, "%s expected %d arguments, got %d", name, n, nargs);
  return -1;
}

static GpValue domain_error(GpThread *t) {
  return gp_raise(t, &gp_exc_ValueError, "math domain error");
}

static GpValue not_an_integer(GpThread *t, GpValue v) {
  return gp_raise(t, &gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                  gp_typeof(v)->name);
}

/* CPython's math_1: a NaN from a non-NaN is a domain error, an infinity
** from a finite argument a range error (or a domain error: log(0)). */
static GpValue math_1(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames, const char *name,
                      double (*fn)(double), bool can_overflow) {
  double x;
  if (math_args(t, name, nargs, kwnames, 1) < 0 || gp_to_double(t, args[0], &x) < 0) return GP_ERRV;
  double r = fn(x);
  if (isnan(r) && !isnan(x)) return domain_error(t);
  if (isinf(r) && isfinite(x)) {
    if (can_overflow) return gp_raise(t, &gp_exc_OverflowError, "math range error");
    return domain_error(t);
  }
  return gp_floatv(r);
}

#define MATH_1(name, fn, ovf)                                                                      \
  static GpValue math_##name(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {        \
    return math_1(t, args, nargs, kwnames, #name, fn, ovf);                                        \
  }
MATH_1(sqrt, sqrt, false)
MATH_1(sin, sin, false)
MATH_1(cos, cos, false)
MATH_1(tan, tan, false)
MATH_1(exp, exp, true)
MATH_1(fabs, fabs, false)

/* log of an int or float; ints too big for a double go through frexp. */
static int log_of(GpThread *t, GpValue v, double (*fn)(double), double *out) {
  if (gp_is_int(v)) {
    if (gp_int_sign(v) <= 0) return domain_error(t), -1;
    double d = gp_int_to_double(v);
    if (isinf(d)) {
      int64_t e;
      double m = gp_int_frexp(v, &e);
      *out = fn(m) + fn(2.0) * (double)e;
      return 0;
    }
    *out = fn(d);
    return 0;
  }
  double x;
  if (gp_to_double(t, v, &x) < 0) return -1;
  if (isnan(x) || x == HUGE_VAL)
    *out = x;
  else if (x <= 0)
    return domain_error(t), -1;
  else
    *out = fn(x);
  return 0;
}

static GpValue math_log(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (kwnames && ((GpTuple *)kwnames)->len > 0)
    return gp_raise(t, &gp_exc_TypeError, "log() takes no keyword arguments");
  if (nargs < 1 || nargs > 2)
    return gp_raise(t, &gp_exc_TypeError, "math.log requires 1 to 2 arguments");
  double num, den;
  if (log_of(t, args[0], log, &num) < 0) return GP_ERRV;
  if (nargs == 1) return gp_floatv(num);
  if (log_of(t, args[1], log, &den) < 0) return GP_ERRV;
  if (den == 0) return gp_raise(t, &gp_exc_ZeroDivisionError, "float division by zero");
  return gp_floatv(num / den);
}

static GpValue math_log_n(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames,
                          const char *name, double (*fn)(double)) {
  double r;
  if (math_args(t, name, nargs, kwnames, 1) < 0 || log_of(t, args[0], fn, &r) < 0) return GP_ERRV;
  return gp_floatv(r);
}

static GpValue math_log2(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  return math_log_n(t, args, nargs, kwnames, "log2", log2);
}

static GpValue math_log10(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  return math_log_n(t, args, nargs, kwnames, "log10", log10);
}

/* floor, ceil, trunc: ints pass through, floats become (big) ints. */
static GpValue math_rounding(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames,
                             const char *name, double (*fn)(double)) {
  if (math_args(t, name, nargs, kwnames, 1) < 0) return GP_ERRV;
  GpValue v = args[0];
  if (gp_is_int(v)) return gp_num_unop(t, GP_UN_POS, v);
  char special[16];
  snprintf(special, sizeof special, "__%s__", name);
  GpValue r;
  int k = gp_inst_rounding(t, v, special, fn, &r);
  if (k != 0) return k > 0 ? r : GP_ERRV;
  if (!GP_IS_FLOAT(v)) {
    if (name[0] == 't')
      return gp_raise(t, &gp_exc_TypeError, "type %s doesn't define __trunc__ method",
                      gp_typeof(v)->name);
    return gp_raise(t, &gp_exc_TypeError, "must be real number, not %s", gp_typeof(v)->name);
  }
  return gp_int_from_double(t, fn(v.as.f));
}

static GpValue math_floor(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  return math_rounding(t, args, nargs, kwnames, "floor", floor);
}

static GpValue math_ceil(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  return math_rounding(t, args, nargs, kwnames, "ceil", ceil);
}

static GpValue math_trunc(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  return math_rounding(t, args, nargs, kwnames, "trunc", trunc);
}

/* CPython's math.pow: IEEE specials by hand, errors from libm's result. */
static GpValue math_pow(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  double x, y, r;
  if (math_args(t, "pow", nargs, kwnames, 2) < 0 || gp_to_double(t, args[0], &x) < 0 ||
      gp_to_double(t, args[1], &y) < 0)
    return GP_ERRV;
  if (!isfinite(x) || !isfinite(y)) {
    if (isnan(x))
      r = y == 0 ? 1.0 : x;
    else if (isnan(y))
      r = x == 1.0 ? 1.0 : y;
    else if (isinf(x)) {
      bool odd = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
      r = y > 0 ? (odd ? x : fabs(x)) : y == 0 ? 1.0 : (odd ? copysign(0.0, x) : 0.0);
    } else if (fabs(x) == 1.0)
      r = 1.0;
    else if (y > 0 && fabs(x) > 1.0)
      r = y;
    else if (y < 0 && fabs(x) < 1.0)
      r = -y;
    else
      r = 0.0;
    return gp_floatv(r);
  }
  r = pow(x, y);
  if (isnan(r)) return domain_error(t);
  if (isinf(r)) {
    if (x == 0) return domain_error(t);
    return gp_raise(t, &gp_exc_OverflowError, "math range error");
  }
  return gp_floatv(r);
}

static GpValue math_2(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames, const char *name,
                      double (*fn)(double, double)) {
  double x, y;
  if (math_args(t, name, nargs, kwnames, 2) < 0 || gp_to_double(t, args[0], &x) < 0 ||
      gp_to_double(t, args[1], &y) < 0)
    return GP_ERRV;
  return gp_floatv(fn(x, y));
}

static GpValue math_atan2(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  return math_2(t, args, nargs, kwnames, "atan2", atan2);
}

static GpValue math_copysign(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  return math_2(t, args, nargs, kwnames, "copysign", copysign);
}

static GpValue math_hypot(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (math_args(t, "hypot", nargs, kwnames, -1) < 0) return GP_ERRV;
  double r = 0.0;
  bool nan_seen = false, inf_seen = false;
  for (int i = 0; i < nargs; i++) {
    double x;
    if (gp_to_double(t, args[i], &x) < 0) return GP_ERRV;
    nan_seen |= isnan(x);
    inf_seen |= isinf(x);
    r = hypot(r, x);
  }
  return gp_floatv(inf_seen ? HUGE_VAL : nan_seen ? NAN : r);
}

/* isfinite, isinf, isnan */
static GpValue math_class(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames,
                          const char *name) {
  double x;
  if (math_args(t, name, nargs, kwnames, 1) < 0 || gp_to_double(t, args[0], &x) < 0) return GP_ERRV;
  return gp_boolv(name[2] == 'f' ? isfinite(x) : name[2] == 'i' ? isinf(x) : isnan(x));
}

static GpValue math_isfinite(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  return math_class(t, args, nargs, kwnames, "isfinite");
}

static GpValue math_isinf(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  return math_class(t, args, nargs, kwnames, "isinf");
}

static GpValue math_isnan(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  return math_class(t, args, nargs, kwnames, "isnan");
}

static GpValue math_isqrt(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (math_args(t, "isqrt", nargs, kwnames, 1) < 0) return GP_ERRV;
  if (!gp_is_int(args[0])) return not_an_integer(t, args[0]);
  if (gp_int_sign(args[0]) < 0)
    return gp_raise(t, &gp_exc_ValueError, "isqrt() argument must be nonnegative");
  GpIntView v;
  mpz_t r;
  mpz_init(r);
  mpz_sqrt(r, gp_int_mpz(args[0], &v));
  GpValue res = gp_int_from_mpz(t, r);
  mpz_clear(r);
  return res;
}

static GpValue math_gcd(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (math_args(t, "gcd", nargs, kwnames, -1) < 0) return GP_ERRV;
  mpz_t r;
  mpz_init(r);
  for (int i = 0; i < nargs; i++) {
    if (!gp_is_int(args[i])) {
      mpz_clear(r);
      return not_an_integer(t, args[i]);
    }
    GpIntView v;
    mpz_gcd(r, r, gp_int_mpz(args[i], &v));
  }
  GpValue res = gp_int_from_mpz(t, r);
  mpz_clear(r);
  return res;
}

static GpValue math_factorial(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (math_args(t, "factorial", nargs, kwnames, 1) < 0) return GP_ERRV;
  GpValue v = args[0];
  if (!gp_is_int(v)) return not_an_integer(t, v);
  if (gp_int_sign(v) < 0)
    return gp_raise(t, &gp_exc_ValueError, "factorial() not defined for negative values");
  /* Stirling: log2(n!) ~ n log2(n / e); refuse what would not fit the bound */
  double n = GP_IS_OBJ(v) ? HUGE_VAL : (double)v.as.i;
  if (n > 2 && n * log2(n / M_E) > (double)GP_INT_MAX_BITS)
    return gp_raise(t, &gp_exc_MemoryError, "factorial() result too large (over %ld bits)",
                    GP_INT_MAX_BITS);
  mpz_t r;
  mpz_init(r);
  mpz_fac_ui(r, (unsigned long)v.as.i);
  GpValue res = gp_int_from_mpz(t, r);
  mpz_clear(r);
  return res;
}

static const GpMethodDef math_functions[] = {{"sqrt", math_sqrt},
                                             {"floor", math_floor},
                                             {"ceil", math_ceil},
                                             {"trunc", math_trunc},
                                             {"isqrt", math_isqrt},
                                             {"sin", math_sin},
                                             {"cos", math_cos},
                                             {"tan", math_tan},
                                             {"log", math_log},
                                             {"log2", math_log2},
                                             {"log10", math_log10},
                                             {"exp", math_exp},
                                             {"fabs", math_fabs},
                                             {"pow", math_pow},
                                             {"gcd", math_gcd},
                                             {"factorial", math_factorial},
                                             {"isfinite", math_isfinite},
                                             {"isinf", math_isinf},
                                             {"isnan", math_isnan},
                                             {"hypot", math_hypot},
                                             {"atan2", math_atan2},
                                             {"copysign", math_copysign},
                                             {NULL, NULL}};

int gp_math_extra(GpThread *t, GpObj *d); /* mathextra.c */

int gp_open_math(GpThread *t, GpObj *d) {
  if (gp_module_add_functions(t, d, math_functions) < 0 || gp_math_extra(t, d) < 0) return -1;
  if (gp_module_set(t, d, "pi", gp_floatv(M_PI)) < 0 ||
      gp_module_set(t, d, "e", gp_floatv(M_E)) < 0 ||
      gp_module_set(t, d, "tau", gp_floatv(2 * M_PI)) < 0 ||
      gp_module_set(t, d, "inf", gp_floatv(HUGE_VAL)) < 0 ||
      gp_module_set(t, d, "nan", gp_floatv(NAN)) < 0)
    return -1;
  return 0;
}
