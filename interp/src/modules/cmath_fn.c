/*
** cmath_fn.c — the cmath functions (cmath_fn.h) with the algorithms of
** CPython 3.11's cmathmodule.c on finite arguments, so results match it to
** the last digit: scaling near overflow and underflow, log1p near |z| = 1,
** the inverse functions through square roots. For an infinite or NaN part
** CPython reads C99 Annex G's special values from tables; here glibc's
** <complex.h> functions, which implement the same annex, give them, and the
** errors CPython raises there are raised.
*/
#include "cmath_fn.h"

#include <complex.h>
#include <float.h>
#include <math.h>
#include <stdbool.h>
#include <string.h>

#define LARGE_DOUBLE (DBL_MAX / 4.)
#define SQRT_LARGE_DOUBLE 6.703903964971298e+153 /* sqrt(LARGE_DOUBLE) */
#define LOG_LARGE_DOUBLE 708.3964185322641       /* log(LARGE_DOUBLE) */
#define SQRT_DBL_MIN 1.4916681462400413e-154     /* sqrt(DBL_MIN) */
/* scaling for sqrt of subnormals: 2**53 up, 2**-27 down */
#define SCALE_UP 53
#define SCALE_DOWN (-27)

static bool all_finite(CmZ z) {
  return isfinite(z.re) && isfinite(z.im);
}

/* An Annex G special value from glibc's function f. CPython's tables
** ignore a NaN's sign, which glibc's functions pass on. */
static CmZ annex(double complex (*f)(double complex), CmZ z) {
  /* a complex is two doubles (C17 6.2.5): set them, as CMPLX would, which
  ** glibc's <complex.h> does not give clang, and x + I*y spoils infinities */
  double parts[2] = {isnan(z.re) ? NAN : z.re, isnan(z.im) ? NAN : z.im};
  double complex a;
  memcpy(&a, parts, sizeof a);
  double complex r = f(a);
  return (CmZ){creal(r), cimag(r)};
}

int cm_sqrt(CmZ z, CmZ *r) {
  if (!all_finite(z)) {
    *r = annex(csqrt, z);
    return CM_OK;
  }
  if (z.re == 0. && z.im == 0.) {
    *r = (CmZ){0., z.im};
    return CM_OK;
  }
  double ax = fabs(z.re), ay = fabs(z.im), s;
  if (ax < DBL_MIN && ay < DBL_MIN) { /* hypot(ax, ay) would be subnormal */
    ax = ldexp(ax, SCALE_UP);
    s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
  } else {
    ax /= 8.;
    s = 2. * sqrt(ax + hypot(ax, ay / 8.));
  }
  double d = ay / (2. * s);
  *r = z.re >= 0. ? (CmZ){s, copysign(d, z.im)} : (CmZ){d, copysign(s, z.im)};
  return CM_OK;
}

static int overflowed(CmZ r) {
  return isinf(r.re) || isinf(r.im) ? CM_ERANGE : CM_OK;
}

int cm_exp(CmZ z, CmZ *r) {
  if (!all_finite(z)) {
    *r = annex(cexp, z);
    if (isinf(z.im) && z.re == -HUGE_VAL) *r = (CmZ){0., 0.}; /* CPython's table: no -0 */
    return isinf(z.im) && (isfinite(z.re) || (isinf(z.re) && z.re > 0)) ? CM_EDOM : CM_OK;
  }
  if (z.re > LOG_LARGE_DOUBLE) {
    double l = exp(z.re - 1.);
    *r = (CmZ){l * cos(z.im) * M_E, l * sin(z.im) * M_E};
  } else {
    double l = exp(z.re);
    *r = (CmZ){l * cos(z.im), l * sin(z.im)};
  }
  return overflowed(*r);
}

int cm_log(CmZ z, CmZ *r) {
  if (!all_finite(z)) {
    *r = annex(clog, z);
    return CM_OK;
  }
  double ax = fabs(z.re), ay = fabs(z.im);
  if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
    r->re = log(hypot(ax / 2., ay / 2.)) + M_LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax == 0. && ay == 0.) {
      *r = (CmZ){-HUGE_VAL, atan2(z.im, z.re)};
      return CM_EDOM;
    }
    r->re = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2;
  } else {
    double h = hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) { /* log1p keeps the digits near |z| = 1 */
      double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      r->re = log1p((am - 1) * (am + 1) + an * an) / 2.;
    } else {
      r->re = log(h);
    }
  }
  r->im = atan2(z.im, z.re);
  return CM_OK;
}

int cm_log10(CmZ z, CmZ *r) {
  int e = cm_log(z, r);
  r->re /= M_LN10;
  r->im /= M_LN10;
  return e;
}

/* cosh and sinh: where cosh(x) overflows but the result need not, e**(x-1) * e */
static int hyper(CmZ z, CmZ *r, bool is_sinh) {
  if (!all_finite(z)) {
    *r = annex(is_sinh ? csinh : ccosh, z);
    /* where CPython's tables give +0 for a zero whose sign C99 leaves open */
    if (!is_sinh && isnan(z.re) && z.im == 0.) *r = (CmZ){NAN, 0.};
    if (is_sinh && z.re == 0. && isnan(z.im)) *r = (CmZ){0., NAN};
    return isinf(z.im) && !isnan(z.re) ? CM_EDOM : CM_OK;
  }
  double c = cos(z.im), s = sin(z.im);
  if (fabs(z.re) > LOG_LARGE_DOUBLE) {
    double x1 = z.re - copysign(1., z.re);
    *r = is_sinh ? (CmZ){c * sinh(x1) * M_E, s * cosh(x1) * M_E}
                 : (CmZ){c * cosh(x1) * M_E, s * sinh(x1) * M_E};
  } else {
    *r = is_sinh ? (CmZ){c * sinh(z.re), s * cosh(z.re)} : (CmZ){c * cosh(z.re), s * sinh(z.re)};
  }
  return overflowed(*r);
}

int cm_cosh(CmZ z, CmZ *r) {
  return hyper(z, r, false);
}

int cm_sinh(CmZ z, CmZ *r) {
  return hyper(z, r, true);
}

int cm_tanh(CmZ z, CmZ *r) {
  if (!all_finite(z)) {
    *r = annex(ctanh, z);
    if (isinf(z.re) && isinf(z.im)) *r = (CmZ){copysign(1., z.re), 0.}; /* CPython's tables */
    if (z.re == 0. && isnan(z.im)) *r = (CmZ){NAN, NAN};
    return isinf(z.im) && isfinite(z.re) ? CM_EDOM : CM_OK;
  }
  if (fabs(z.re) > LOG_LARGE_DOUBLE) {
    *r = (CmZ){copysign(1., z.re), 4. * sin(z.im) * cos(z.im) * exp(-2. * fabs(z.re))};
    return CM_OK;
  }
  double tx = tanh(z.re), ty = tan(z.im), cx = 1. / cosh(z.re), txty = tx * ty;
  double denom = 1. + txty * txty;
  *r = (CmZ){tx * (1. + ty * ty) / denom, ((ty / denom) * cx) * cx};
  return CM_OK;
}

/* f(z) = -i g(iz) for cos (with g = cosh, no rotation back), sin, tan,
** asin, atan. */
static int rotated(CmFn g, CmZ z, CmZ *r) {
  CmZ s;
  int e = g((CmZ){-z.im, z.re}, &s);
  *r = (CmZ){s.im, -s.re};
  return e;
}

int cm_cos(CmZ z, CmZ *r) {
  return cm_cosh((CmZ){-z.im, z.re}, r);
}

int cm_sin(CmZ z, CmZ *r) {
  return rotated(cm_sinh, z, r);
}

int cm_tan(CmZ z, CmZ *r) {
  return rotated(cm_tanh, z, r);
}

/* log(hypot(x/2, y/2)) + 2 log 2: log(2|z|) without overflow */
static double log_2abs(CmZ z) {
  return log(hypot(z.re / 2., z.im / 2.)) + M_LN2 * 2.;
}

int cm_acosh(CmZ z, CmZ *r) {
  if (!all_finite(z)) {
    *r = annex(cacosh, z);
    if (z.re == 0. && isnan(z.im)) *r = (CmZ){NAN, NAN}; /* CPython's table, not C99's */
    return CM_OK;
  }
  if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE) {
    *r = (CmZ){log_2abs(z), atan2(z.im, z.re)};
    return CM_OK;
  }
  CmZ s1, s2;
  cm_sqrt((CmZ){z.re - 1., z.im}, &s1);
  cm_sqrt((CmZ){z.re + 1., z.im}, &s2);
  *r = (CmZ){asinh(s1.re * s2.re + s1.im * s2.im), 2. * atan2(s1.im, s2.re)};
  return CM_OK;
}

int cm_asinh(CmZ z, CmZ *r) {
  if (!all_finite(z)) {
    *r = annex(casinh, z);
    return CM_OK;
  }
  if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE) {
    r->re = z.im >= 0. ? copysign(log_2abs(z), z.re) : -copysign(log_2abs(z), -z.re);
    r->im = atan2(z.im, fabs(z.re));
    return CM_OK;
  }
  CmZ s1, s2;
  cm_sqrt((CmZ){1. + z.im, -z.re}, &s1);
  cm_sqrt((CmZ){1. - z.im, z.re}, &s2);
  *r = (CmZ){asinh(s1.re * s2.im - s2.re * s1.im), atan2(z.im, s1.re * s2.re - s1.im * s2.im)};
  return CM_OK;
}

int cm_atanh(CmZ z, CmZ *r) {
  if (!all_finite(z)) {
    *r = annex(catanh, z);
    return CM_OK;
  }
  if (z.re < 0.) { /* atanh(z) = -atanh(-z) */
    int e = cm_atanh((CmZ){-z.re, -z.im}, r);
    *r = (CmZ){-r->re, -r->im};
    return e;
  }
  double ay = fabs(z.im);
  if (z.re > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
    double h = hypot(z.re / 2., z.im / 2.);
    *r = (CmZ){z.re / 4. / h / h, -copysign(M_PI / 2., -z.im)};
    return CM_OK;
  }
  if (z.re == 1. && ay < SQRT_DBL_MIN) {
    if (ay == 0.) {
      *r = (CmZ){HUGE_VAL, z.im};
      return CM_EDOM;
    }
    *r = (CmZ){-log(sqrt(ay) / sqrt(hypot(ay, 2.))), copysign(atan2(2., -ay) / 2, z.im)};
    return CM_OK;
  }
  *r = (CmZ){log1p(4. * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4.,
             -atan2(-2. * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.};
  return CM_OK;
}

int cm_acos(CmZ z, CmZ *r) {
  if (!all_finite(z)) {
    *r = annex(cacos, z);
    if (isinf(z.re) && isnan(z.im)) *r = (CmZ){NAN, HUGE_VAL}; /* CPython's table: +inf */
    return CM_OK;
  }
  if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE) {
    r->re = atan2(fabs(z.im), z.re);
    r->im = z.re < 0. ? -copysign(log_2abs(z), z.im) : copysign(log_2abs(z), -z.im);
    return CM_OK;
  }
  CmZ s1, s2;
  cm_sqrt((CmZ){1. - z.re, -z.im}, &s1);
  cm_sqrt((CmZ){1. + z.re, z.im}, &s2);
  *r = (CmZ){2. * atan2(s1.re, s2.re), asinh(s2.re * s1.im - s2.im * s1.re)};
  return CM_OK;
}

int cm_asin(CmZ z, CmZ *r) {
  return rotated(cm_asinh, z, r);
}

int cm_atan(CmZ z, CmZ *r) {
  return rotated(cm_atanh, z, r);
}

double cm_abs(CmZ z) {
  if (isinf(z.re) || isinf(z.im)) return HUGE_VAL;
  return hypot(z.re, z.im);
}
