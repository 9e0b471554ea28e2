/*
** complexops.c — complex arithmetic as CPython 3.11's complexobject.c does
** it: an int or float operand becomes (x, 0.0) first (so 2.0 * (inf+0j) is
** (inf+nanj)), division scales by the larger part of the divisor, and **
** multiplies out small integral exponents.
*/
#include <math.h>

#include "class.h"
#include "num.h"
#include "obj.h"

enum { ERR_DOM = 1, ERR_RANGE = 2 };

/* _Py_c_quot */
void gp_complex_quot(double ar, double ai, double br, double bi, double *r, int *err) {
  double abr = fabs(br), abi = fabs(bi);
  if (abr >= abi) {
    if (abr == 0.0) {
      *err = ERR_DOM;
      r[0] = r[1] = 0.0;
      return;
    }
    double ratio = bi / br, denom = br + bi * ratio;
    r[0] = (ar + ai * ratio) / denom;
    r[1] = (ai - ar * ratio) / denom;
  } else if (abi >= abr) {
    double ratio = br / bi, denom = br * ratio + bi;
    r[0] = (ar * ratio + ai) / denom;
    r[1] = (ai * ratio - ar) / denom;
  } else { /* a NaN in the divisor */
    r[0] = r[1] = NAN;
  }
}

static void prod(const double a[2], const double b[2], double r[2]) {
  double re = a[0] * b[0] - a[1] * b[1], im = a[0] * b[1] + a[1] * b[0];
  r[0] = re, r[1] = im;
}

/* c_powu: binary powering, n > 0 */
static void powu(const double x[2], long n, double r[2]) {
  double p[2] = {x[0], x[1]};
  r[0] = 1.0, r[1] = 0.0;
  for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
    if (n & mask) prod(r, p, r);
    prod(p, p, p);
  }
}

/* _Py_c_pow */
static void c_pow(const double a[2], const double b[2], double r[2], int *err) {
  if (b[0] == 0.0 && b[1] == 0.0) {
    r[0] = 1.0, r[1] = 0.0;
  } else if (a[0] == 0.0 && a[1] == 0.0) {
    if (b[1] != 0.0 || b[0] < 0.0) *err = ERR_DOM;
    r[0] = r[1] = 0.0;
  } else {
    double vabs = hypot(a[0], a[1]), len = pow(vabs, b[0]), at = atan2(a[1], a[0]);
    double phase = at * b[0];
    if (b[1] != 0.0) {
      len /= exp(at * b[1]);
      phase += b[1] * log(vabs);
    }
    r[0] = len * cos(phase);
    r[1] = len * sin(phase);
  }
}

void gp_complex_pow(const double a[2], const double b[2], double *r, int *err) {
  if (b[1] == 0.0 && b[0] == floor(b[0]) && fabs(b[0]) <= 100.0) {
    long n = (long)b[0];
    if (n > 0) {
      powu(a, n, r);
    } else {
      double p[2];
      powu(a, -n, p);
      gp_complex_quot(1.0, 0.0, p[0], p[1], r, err);
    }
  } else {
    c_pow(a, b, r, err);
  }
  /* _Py_ADJUST_ERANGE2: an infinite result overflowed */
  if (isinf(r[0]) || isinf(r[1])) {
    if (!*err) *err = ERR_RANGE;
  } else if (*err == ERR_RANGE) {
    *err = 0;
  }
}

GpValue gp_complex_arith(GpThread *t, GpBinOp op, const double a[2], const double b[2]) {
  double r[2];
  int err = 0;
  switch (op) {
  case GP_OP_ADD:
    return gp_complex_new(t, a[0] + b[0], a[1] + b[1]);
  case GP_OP_SUB:
    return gp_complex_new(t, a[0] - b[0], a[1] - b[1]);
  case GP_OP_MUL:
    prod(a, b, r);
    return gp_complex_new(t, r[0], r[1]);
  case GP_OP_TRUEDIV:
    gp_complex_quot(a[0], a[1], b[0], b[1], r, &err);
    if (err) return gp_raise(t, &gp_exc_ZeroDivisionError, "complex division by zero");
    return gp_complex_new(t, r[0], r[1]);
  default: /* GP_OP_POW */
    gp_complex_pow(a, b, r, &err);
    if (err == ERR_DOM)
      return gp_raise(t, &gp_exc_ZeroDivisionError, "0.0 to a negative or complex power");
    if (err == ERR_RANGE) return gp_raise(t, &gp_exc_OverflowError, "complex exponentiation");
    return gp_complex_new(t, r[0], r[1]);
  }
}

static bool is_complex(GpValue v) {
  return GP_IS_TYPE(gp_unwrap(v), gp_type_complex);
}

bool gp_complex_pair(GpValue a, GpValue b) {
  return (is_complex(a) || is_complex(b)) && (is_complex(a) || gp_is_number(gp_unwrap(a))) &&
         (is_complex(b) || gp_is_number(gp_unwrap(b)));
}

GpValue gp_complex_binop(GpThread *t, GpBinOp op, GpValue a, GpValue b, bool inplace) {
  (void)inplace;
  double x[2], y[2];
  if (op != GP_OP_ADD && op != GP_OP_SUB && op != GP_OP_MUL && op != GP_OP_TRUEDIV &&
      op != GP_OP_POW)
    return GP_ERRV; /* NotImplemented: //, %, bit operations */
  int ka = gp_complex_operand(t, a, &x[0], &x[1]);
  if (ka < 0) return GP_ERRV;
  int kb = ka ? gp_complex_operand(t, b, &y[0], &y[1]) : 0;
  if (kb < 0) return GP_ERRV;
  if (!ka || !kb) return GP_ERRV;
  return gp_complex_arith(t, op, x, y);
}
