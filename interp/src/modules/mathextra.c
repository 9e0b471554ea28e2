/*
** mathextra.c — the rest of CPython's math module (mathmod.c has the
** core): inverse and hyperbolic functions, erf/gamma, fsum (Shewchuk's
** exact partials, as CPython), exact comb/perm/lcm on GMP, isclose, prod,
** frexp/modf/ldexp, fmod/remainder, nextafter/ulp, dist, degrees/radians.
** Errors follow CPython's math_1: a NaN from a non-NaN argument is
** "math domain error", an infinity from a finite one a range error
** (OverflowError) or, for poles, a domain error.
*/
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"
#include "obj.h"

static int nkw_of(GpObj *kw) {
  return kw ? (int)GP_TUPLE(gp_objv(kw))->len : 0;
}

static int argn(GpThread *t, const char *name, int nargs, GpObj *kw, int n) {
  if (nkw_of(kw)) {
    gp_raise(t, &gp_exc_TypeError, "math.%s() takes no keyword arguments", name);
    return -1;
  }
  if (nargs == n) return 0;
  if (n == 1)
    gp_raise(t, &gp_exc_TypeError, "math.%s() takes exactly one argument (%d given)", name, nargs);
  else
    gp_raise(t, &gp_exc_TypeError, "%s expected %d arguments, got %d", name, n, nargs);
  return -1;
}

static GpValue domain(GpThread *t) {
  return gp_raise(t, &gp_exc_ValueError, "math domain error");
}

static GpValue range_err(GpThread *t) {
  return gp_raise(t, &gp_exc_OverflowError, "math range error");
}

/* pole: an infinity from a finite argument is a domain error (atanh(1)). */
static GpValue m1(GpThread *t, const GpValue *args, int nargs, GpObj *kw, const char *name,
                  double (*fn)(double), bool pole) {
  double x;
  if (argn(t, name, nargs, kw, 1) < 0 || gp_to_double(t, args[0], &x) < 0) return GP_ERRV;
  double r = fn(x);
  if (isnan(r) && !isnan(x)) return domain(t);
  if (isinf(r) && isfinite(x)) return pole ? domain(t) : range_err(t);
  return gp_floatv(r);
}

#define M1(name, fn, pole)                                                                         \
  static GpValue mx_##name(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {               \
    return m1(t, args, nargs, kw, #name, fn, pole);                                                \
  }
M1(acos, acos, false)
M1(asin, asin, false)
M1(atan, atan, false)
M1(acosh, acosh, false)
M1(asinh, asinh, false)
M1(atanh, atanh, true)
M1(cosh, cosh, false)
M1(sinh, sinh, false)
M1(tanh, tanh, false)
M1(cbrt, cbrt, false)
M1(exp2, exp2, false)
M1(expm1, expm1, false)
M1(log1p, log1p, true)
M1(erf, erf, false)
M1(erfc, erfc, false)

static double deg(double x) {
  return x * (180.0 / M_PI);
}
static double rad(double x) {
  return x * (M_PI / 180.0);
}
M1(degrees, deg, false)
M1(radians, rad, false)

/* gamma and lgamma are CPython's own (Lanczos, N = 13), not libm's, so
** the last digits agree. */
enum { LANCZOS_N = 13, NGAMMA_INTEGRAL = 23 };
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num_coeffs[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
static const double lanczos_den_coeffs[LANCZOS_N] = {
    0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0,   32670.0,     1925.0,      66.0,        1.0};
static const double gamma_integral[NGAMMA_INTEGRAL] = {
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
};
static const double m_pi = 3.141592653589793238462643383279502884197;
static const double logpi = 1.144729885849400174143427351353058711647;

static double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = LANCZOS_N; --i >= 0;) {
      num = num * x + lanczos_num_coeffs[i];
      den = den * x + lanczos_den_coeffs[i];
    }
  } else {
    for (int i = 0; i < LANCZOS_N; i++) {
      num = num / x + lanczos_num_coeffs[i];
      den = den / x + lanczos_den_coeffs[i];
    }
  }
  return num / den;
}

static double sinpi(double x) {
  double y = fmod(fabs(x), 2.0), r;
  switch ((int)round(2.0 * y)) {
  case 0:
    r = sin(m_pi * y);
    break;
  case 1:
    r = cos(m_pi * (y - 0.5));
    break;
  case 2:
    r = sin(m_pi * (1.0 - y));
    break;
  case 3:
    r = -cos(m_pi * (y - 1.5));
    break;
  default:
    r = sin(m_pi * (y - 2.0));
    break;
  }
  return copysign(1.0, x) * r;
}

/* *err: 1 domain, 2 range. */
static double m_tgamma(double x, int *err) {
  if (!isfinite(x)) {
    if (isnan(x) || x > 0.0) return x;
    *err = 1;
    return NAN;
  }
  if (x == 0.0) {
    *err = 1;
    return 1.0 / x;
  }
  if (x == floor(x)) {
    if (x < 0.0) {
      *err = 1;
      return NAN;
    }
    if (x <= NGAMMA_INTEGRAL) return gamma_integral[(int)x - 1];
  }
  double absx = fabs(x), r, z, sqrtpow;
  if (absx < 1e-20) {
    r = 1.0 / x;
    if (isinf(r)) *err = 2;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    *err = 2;
    return HUGE_VAL;
  }
  double y = absx + lanczos_g_minus_half;
  if (absx > lanczos_g_minus_half) {
    double q = y - absx;
    z = q - lanczos_g_minus_half;
  } else {
    double q = y - lanczos_g_minus_half;
    z = q - absx;
  }
  z = z * lanczos_g / y;
  if (x < 0.0) {
    r = -m_pi / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= pow(y, absx - 0.5);
    } else {
      sqrtpow = pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= pow(y, absx - 0.5);
    } else {
      sqrtpow = pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (isinf(r)) *err = 2;
  return r;
}

static double m_lgamma(double x, int *err) {
  if (!isfinite(x)) return isnan(x) ? x : HUGE_VAL;
  if (x == floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      *err = 1;
      return HUGE_VAL;
    }
    return 0.0;
  }
  double absx = fabs(x);
  if (absx < 1e-20) return -log(absx);
  double r = log(lanczos_sum(absx)) - lanczos_g;
  r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
  if (x < 0.0) r = logpi - log(fabs(sinpi(absx))) - log(absx) - r;
  if (isinf(r)) *err = 2;
  return r;
}

static GpValue gamma_like(GpThread *t, const GpValue *args, int nargs, GpObj *kw, const char *name,
                          bool log_) {
  double x;
  if (argn(t, name, nargs, kw, 1) < 0 || gp_to_double(t, args[0], &x) < 0) return GP_ERRV;
  int err = 0;
  double r = log_ ? m_lgamma(x, &err) : m_tgamma(x, &err);
  if (err == 1 || (isnan(r) && !isnan(x))) return domain(t);
  if (err == 2) return range_err(t);
  return gp_floatv(r);
}

static GpValue mx_gamma(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return gamma_like(t, args, nargs, kw, "gamma", false);
}

static GpValue mx_lgamma(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return gamma_like(t, args, nargs, kw, "lgamma", true);
}

static int two(GpThread *t, const char *name, const GpValue *args, int nargs, GpObj *kw, double *x,
               double *y) {
  if (argn(t, name, nargs, kw, 2) < 0 || gp_to_double(t, args[0], x) < 0 ||
      gp_to_double(t, args[1], y) < 0)
    return -1;
  return 0;
}

static GpValue mx_fmod(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  double x, y;
  if (two(t, "fmod", args, nargs, kw, &x, &y) < 0) return GP_ERRV;
  if (isinf(y) && isfinite(x)) return gp_floatv(x);
  double r = fmod(x, y);
  if (isnan(r) && !isnan(x) && !isnan(y)) return domain(t);
  return gp_floatv(r);
}

static GpValue mx_remainder(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  double x, y;
  if (two(t, "remainder", args, nargs, kw, &x, &y) < 0) return GP_ERRV;
  double r = remainder(x, y);
  if (isnan(r) && !isnan(x) && !isnan(y)) return domain(t);
  return gp_floatv(r);
}

static GpValue mx_nextafter(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  double x, y;
  if (two(t, "nextafter", args, nargs, kw, &x, &y) < 0) return GP_ERRV;
  return gp_floatv(nextafter(x, y));
}

static GpValue mx_ulp(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  double x;
  if (argn(t, "ulp", nargs, kw, 1) < 0 || gp_to_double(t, args[0], &x) < 0) return GP_ERRV;
  if (isnan(x)) return gp_floatv(x);
  x = fabs(x);
  if (isinf(x)) return gp_floatv(x);
  double x2 = nextafter(x, INFINITY);
  if (isinf(x2)) { /* the largest float: the gap below it */
    x2 = nextafter(x, -INFINITY);
    return gp_floatv(x - x2);
  }
  return gp_floatv(x2 - x);
}

static GpValue pair(GpThread *t, double a, GpValue b) {
  GpValue items[2] = {gp_floatv(a), b};
  return gp_tuple_pack(t, 2, items);
}

static GpValue mx_frexp(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  double x;
  if (argn(t, "frexp", nargs, kw, 1) < 0 || gp_to_double(t, args[0], &x) < 0) return GP_ERRV;
  int e = 0;
  double m = isfinite(x) && x != 0 ? frexp(x, &e) : x;
  return pair(t, m, gp_intv(e));
}

static GpValue mx_modf(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  double x, ip;
  if (argn(t, "modf", nargs, kw, 1) < 0 || gp_to_double(t, args[0], &x) < 0) return GP_ERRV;
  if (isinf(x)) return pair(t, copysign(0.0, x), gp_floatv(x));
  double f = modf(x, &ip);
  return pair(t, f, gp_floatv(ip));
}

static GpValue mx_ldexp(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  double x;
  if (argn(t, "ldexp", nargs, kw, 2) < 0 || gp_to_double(t, args[0], &x) < 0) return GP_ERRV;
  if (!gp_is_int(args[1]))
    return gp_raise(t, &gp_exc_TypeError, "Expected an int as second argument to ldexp.");
  int64_t e;
  if (GP_IS_OBJ(args[1]))
    e = gp_int_sign(args[1]) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
  else
    e = args[1].as.i;
  if (x == 0 || !isfinite(x)) return gp_floatv(x);
  if (e > 100000) return range_err(t);
  if (e < -100000) return gp_floatv(copysign(0.0, x));
  double r = ldexp(x, (int)e);
  if (isinf(r)) return range_err(t);
  return gp_floatv(r);
}

static GpValue mx_isclose(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"a", "b", "$rel_tol", "$abs_tol"};
  GpValue a[4];
  double x, y, rel = 1e-09, abs_ = 0.0;
  if (gp_parse_args(t, "isclose", args, nargs, kw, names, 4, 2, a) < 0 ||
      gp_to_double(t, a[0], &x) < 0 || gp_to_double(t, a[1], &y) < 0)
    return GP_ERRV;
  if (!GP_IS_ERR(a[2]) && gp_to_double(t, a[2], &rel) < 0) return GP_ERRV;
  if (!GP_IS_ERR(a[3]) && gp_to_double(t, a[3], &abs_) < 0) return GP_ERRV;
  if (rel < 0.0 || abs_ < 0.0)
    return gp_raise(t, &gp_exc_ValueError, "tolerances must be non-negative");
  if (x == y) return gp_boolv(true);
  if (isinf(x) || isinf(y)) return gp_boolv(false);
  double diff = fabs(y - x);
  return gp_boolv((diff <= fabs(rel * y)) || (diff <= fabs(rel * x)) || (diff <= abs_));
}

/* fsum: CPython's math_fsum (Shewchuk's partials, correct rounding). */
static GpValue mx_fsum(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (argn(t, "fsum", nargs, kw, 1) < 0) return GP_ERRV;
  GpValue it = gp_iter(t, args[0]), v;
  if (GP_IS_ERR(it)) return it;
  enum { NP = 32 };
  double ps[NP], *p = ps, special_sum = 0.0, inf_sum = 0.0;
  size_t n = 0, m = NP;
  int r;
  GpValue res = GP_ERRV;
  while ((r = gp_next(t, it, &v)) > 0) {
    double x;
    int e = gp_to_double(t, v, &x);
    GP_DECREF(v);
    if (e < 0) goto done;
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < n; j++) {
      double y = p[j];
      if (fabs(x) < fabs(y)) {
        double tmp = x;
        x = y;
        y = tmp;
      }
      double hi = x + y, lo = y - (hi - x);
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    n = i;
    if (x != 0.0) {
      if (!isfinite(x)) {
        if (isfinite(xsave)) {
          gp_raise(t, &gp_exc_OverflowError, "intermediate overflow in fsum");
          goto done;
        }
        if (isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        n = 0;
      } else {
        if (n >= m) {
          double *np_ = malloc(2 * m * sizeof *np_);
          if (!np_) {
            gp_raise_nomem(t);
            goto done;
          }
          memcpy(np_, p, n * sizeof *p);
          if (p != ps) free(p);
          p = np_;
          m *= 2;
        }
        p[n++] = x;
      }
    }
  }
  if (r < 0) goto done;
  if (special_sum != 0.0) {
    if (isnan(inf_sum))
      gp_raise(t, &gp_exc_ValueError, "-inf + inf in fsum");
    else
      res = gp_floatv(special_sum);
    goto done;
  }
  double hi = 0.0;
  if (n > 0) {
    hi = p[--n];
    double lo = 0.0;
    while (n > 0) {
      double x = hi, y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0, x = hi + y, yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  res = gp_floatv(hi);
done:
  if (p != ps) free(p);
  GP_DECREF(it);
  return res;
}

static GpValue mx_prod(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"iterable", "$start"};
  GpValue a[2];
  if (gp_parse_args(t, "prod", args, nargs, kw, names, 2, 1, a) < 0) return GP_ERRV;
  GpValue acc = GP_IS_ERR(a[1]) ? gp_intv(1) : a[1], v;
  GP_INCREF(acc);
  GpValue it = gp_iter(t, a[0]);
  if (GP_IS_ERR(it)) {
    GP_DECREF(acc);
    return it;
  }
  int r;
  while ((r = gp_next(t, it, &v)) > 0) {
    GpValue n = gp_binop(t, GP_OP_MUL, acc, v);
    GP_DECREF(v);
    GP_DECREF(acc);
    acc = n;
    if (GP_IS_ERR(n)) {
      r = -1;
      break;
    }
  }
  GP_DECREF(it);
  if (r < 0) {
    GP_DECREF(acc);
    return GP_ERRV;
  }
  return acc;
}

/* n, k as non-negative ints for comb/perm (k may be absent for perm). */
static int nk(GpThread *t, const GpValue *args, int nargs, mpz_t n, GpValue kv, unsigned long *k,
              bool *k_big) {
  (void)nargs;
  for (int i = 0; i < 2; i++) {
    GpValue v = i ? kv : args[0];
    if (i && GP_IS_ERR(v)) break;
    if (!gp_is_int(v)) {
      gp_raise(t, &gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
               gp_type_name(v));
      return -1;
    }
    if (gp_int_sign(v) < 0) {
      gp_raise(t, &gp_exc_ValueError, "%s must be a non-negative integer", i ? "k" : "n");
      return -1;
    }
  }
  GpIntView view;
  mpz_set(n, gp_int_mpz(args[0], &view));
  *k_big = false;
  if (!GP_IS_ERR(kv)) {
    mpz_srcptr kz = gp_int_mpz(kv, &view);
    if (mpz_cmp(kz, n) > 0) {
      *k_big = true; /* k > n: 0 */
      return 0;
    }
    if (!mpz_fits_ulong_p(kz)) {
      gp_raise(t, &gp_exc_OverflowError, "k must not exceed %lu", (unsigned long)LONG_MAX);
      return -1;
    }
    *k = mpz_get_ui(kz);
  }
  return 0;
}

static GpValue mx_comb(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (argn(t, "comb", nargs, kw, 2) < 0) return GP_ERRV;
  mpz_t n, r;
  mpz_inits(n, r, NULL);
  unsigned long k = 0;
  bool big;
  GpValue res = GP_ERRV;
  if (nk(t, args, nargs, n, args[1], &k, &big) == 0) {
    if (big) {
      res = gp_intv(0);
    } else {
      mpz_bin_ui(r, n, k);
      res = gp_int_from_mpz(t, r);
    }
  }
  mpz_clears(n, r, NULL);
  return res;
}

static GpValue mx_perm(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (nkw_of(kw)) return gp_raise(t, &gp_exc_TypeError, "math.perm() takes no keyword arguments");
  if (nargs < 1 || nargs > 2)
    return gp_raise(t, &gp_exc_TypeError, "perm expected at most 2 arguments, got %d", nargs);
  mpz_t n, r, f;
  mpz_inits(n, r, f, NULL);
  unsigned long k = 0;
  bool big;
  GpValue kv = nargs == 2 && !GP_IS_NONE(args[1]) ? args[1] : GP_ERRV, res = GP_ERRV;
  if (nk(t, args, nargs, n, kv, &k, &big) == 0) {
    if (big) {
      res = gp_intv(0);
    } else if (GP_IS_ERR(kv)) {
      if (!mpz_fits_ulong_p(n)) {
        gp_raise(t, &gp_exc_OverflowError, "n too large");
      } else {
        mpz_fac_ui(r, mpz_get_ui(n));
        res = gp_int_from_mpz(t, r);
      }
    } else { /* n * (n-1) * ... * (n-k+1) */
      mpz_set_ui(r, 1);
      for (unsigned long i = 0; i < k; i++) {
        mpz_sub_ui(f, n, i);
        mpz_mul(r, r, f);
      }
      res = gp_int_from_mpz(t, r);
    }
  }
  mpz_clears(n, r, f, NULL);
  return res;
}

static GpValue mx_lcm(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (nkw_of(kw)) return gp_raise(t, &gp_exc_TypeError, "math.lcm() takes no keyword arguments");
  mpz_t r;
  mpz_init_set_ui(r, 1);
  for (int i = 0; i < nargs; i++) {
    if (!gp_is_int(args[i])) {
      mpz_clear(r);
      return gp_raise(t, &gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      gp_type_name(args[i]));
    }
    GpIntView v;
    mpz_lcm(r, r, gp_int_mpz(args[i], &v));
  }
  GpValue res = gp_int_from_mpz(t, r);
  mpz_clear(r);
  return res;
}

static GpValue mx_dist(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (argn(t, "dist", nargs, kw, 2) < 0) return GP_ERRV;
  GpValue p = gp_list_from_iter(t, args[0]), q = GP_ERRV, res = GP_ERRV;
  if (GP_IS_ERR(p) || GP_IS_ERR(q = gp_list_from_iter(t, args[1]))) goto done;
  if (GP_LIST(p)->len != GP_LIST(q)->len) {
    gp_raise(t, &gp_exc_ValueError, "both points must have the same number of dimensions");
    goto done;
  }
  double r = 0.0;
  bool nan_seen = false, inf_seen = false;
  for (size_t i = 0; i < GP_LIST(p)->len; i++) {
    double a, b;
    if (gp_to_double(t, GP_LIST(p)->items[i], &a) < 0 ||
        gp_to_double(t, GP_LIST(q)->items[i], &b) < 0)
      goto done;
    double d = fabs(a - b);
    nan_seen |= isnan(d);
    inf_seen |= isinf(d);
    r = hypot(r, d);
  }
  res = gp_floatv(inf_seen ? HUGE_VAL : nan_seen ? NAN : r);
done:
  if (!GP_IS_ERR(p)) GP_DECREF(p);
  if (!GP_IS_ERR(q)) GP_DECREF(q);
  return res;
}

static const GpMethodDef extra_fns[] = {
    {"acos", mx_acos},
    {"asin", mx_asin},
    {"atan", mx_atan},
    {"acosh", mx_acosh},
    {"asinh", mx_asinh},
    {"atanh", mx_atanh},
    {"cosh", mx_cosh},
    {"sinh", mx_sinh},
    {"tanh", mx_tanh},
    {"cbrt", mx_cbrt},
    {"exp2", mx_exp2},
    {"expm1", mx_expm1},
    {"log1p", mx_log1p},
    {"erf", mx_erf},
    {"erfc", mx_erfc},
    {"degrees", mx_degrees},
    {"radians", mx_radians},
    {"gamma", mx_gamma},
    {"lgamma", mx_lgamma},
    {"fmod", mx_fmod},
    {"remainder", mx_remainder},
    {"nextafter", mx_nextafter},
    {"ulp", mx_ulp},
    {"frexp", mx_frexp},
    {"modf", mx_modf},
    {"ldexp", mx_ldexp},
    {"isclose", mx_isclose},
    {"fsum", mx_fsum},
    {"prod", mx_prod},
    {"comb", mx_comb},
    {"perm", mx_perm},
    {"lcm", mx_lcm},
    {"dist", mx_dist},
    {NULL, NULL},
};

int gp_math_extra(GpThread *t, GpObj *d) {
  return gp_module_add_functions(t, d, extra_fns);
}
