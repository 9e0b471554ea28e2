/*
** float.c — Python's float: IEEE doubles inline, repr as the shortest
** round-trip string, and arithmetic with CPython's special cases
** (floor division and modulo toward -inf, pow's IEEE corner cases).
*/
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "num.h"
#include "numproto.h"
#include "obj.h"

/* ------------------------------------------------------------------ repr */

/* Splits "D.DDDe±XX" into its digits and decimal exponent. */
static void float_split(const char *e, char *digits, int *nd, int *exp) {
  *nd = 0;
  for (; *e != 'e'; e++)
    if (*e != '.') digits[(*nd)++] = *e;
  *exp = atoi(e + 1);
}

/* Writes the decimal one unit in the last place above digits·10^exp. */
static void float_next_up(const char *digits, int nd, int exp, char *out, size_t size) {
  char d[20];
  memcpy(d, digits, (size_t)nd);
  int i = nd - 1, x = exp;
  while (i >= 0 && d[i] == '9')
    d[i--] = '0';
  if (i >= 0) {
    d[i]++;
  } else { /* 9.99 -> 10.0: one digit more in front, one less behind */
    memmove(d + 1, d, (size_t)nd - 1);
    d[0] = '1';
    x++;
  }
  snprintf(out, size, "%c.%.*se%d", d[0], nd - 1, d + 1, x);
}

/* Does ad printed with p + 1 digits (or, above a power of two, where the gap
** is twice the one below, the next decimal up) read back as ad? */
static bool float_try(double ad, int p, bool pow2, char *e, char *digits, int *nd, int *exp) {
  snprintf(e, 40, "%.*e", p, ad);
  float_split(e, digits, nd, exp);
  if (strtod(e, NULL) == ad) return true;
  if (!pow2) return false;
  float_next_up(digits, *nd, *exp, e, 40);
  if (strtod(e, NULL) != ad) return false;
  float_split(e, digits, nd, exp);
  return true;
}

/* Python's repr: the shortest decimal that reads back as d, written
** positional when the decimal exponent is in [-4, 16), else as 1.5e+300.
** A normal double's 15-digit decimals are all distinct, so if the 15-digit
** rounding reads back, it is the shortest once its trailing zeros go;
** else 16 digits, else 17 (which always read back). */
int gp_float_repr(double d, char *buf, size_t size) {
  if (isnan(d)) return snprintf(buf, size, "nan");
  if (isinf(d)) return snprintf(buf, size, d < 0 ? "-inf" : "inf");
  int e2;
  double ad = fabs(d);
  bool pow2 = frexp(ad, &e2) == 0.5;
  char e[40], digits[20];
  int nd, exp;
  if (ad < DBL_MIN) { /* subnormal: few bits, so short strings are ambiguous: search */
    for (int p = 0; p < 17 && !float_try(ad, p, pow2, e, digits, &nd, &exp); p++)
      continue;
  } else if (!float_try(ad, 14, pow2, e, digits, &nd, &exp) &&
             !float_try(ad, 15, pow2, e, digits, &nd, &exp)) {
    float_try(ad, 16, pow2, e, digits, &nd, &exp);
  }
  while (nd > 1 && digits[nd - 1] == '0')
    nd--;
  char *o = buf, *end = buf + size - 1;
#define PUT(c)                                                                                     \
  do {                                                                                             \
    if (o < end) *o++ = (c);                                                                       \
  } while (0)
  if (signbit(d)) PUT('-');
  if (exp < -4 || exp >= 16) {
    PUT(digits[0]);
    if (nd > 1) PUT('.');
    for (int i = 1; i < nd; i++)
      PUT(digits[i]);
    o += snprintf(o, (size_t)(end - o + 1), "e%c%02d", exp < 0 ? '-' : '+', abs(exp));
  } else if (exp < 0) {
    PUT('0');
    PUT('.');
    for (int i = -1; i > exp; i--)
      PUT('0');
    for (int i = 0; i < nd; i++)
      PUT(digits[i]);
  } else {
    for (int i = 0; i <= exp; i++)
      PUT(i < nd ? digits[i] : '0');
    PUT('.');
    if (nd <= exp + 1) PUT('0');
    for (int i = exp + 1; i < nd; i++)
      PUT(digits[i]);
  }
#undef PUT
  *o = '\0';
  return (int)(o - buf);
}

/* ------------------------------------------------------------ arithmetic */

double gp_float_floordiv(double a, double b, double *mod) {
  double m = fmod(a, b);
  /* fmod is exact, so a - m is a multiple of b up to one rounding */
  double div = (a - m) / b;
  if (m != 0) {
    if ((b < 0) != (m < 0)) { /* the remainder takes the divisor's sign */
      m += b;
      div -= 1.0;
    }
  } else {
    m = copysign(0.0, b);
  }
  double q;
  if (div != 0) {
    q = floor(div);
    if (div - q > 0.5) q += 1.0;
  } else {
    q = copysign(0.0, a / b);
  }
  *mod = m;
  return q;
}

static bool is_odd_integer(double y) {
  return fmod(fabs(y), 2.0) == 1.0;
}

/* CPython's float_pow: IEEE specials handled here, not by libm. */
static GpValue float_pow(GpThread *t, double x, double y) {
  if (y == 0) return gp_floatv(1.0);
  if (isnan(x)) return gp_floatv(x);
  if (isnan(y)) return gp_floatv(x == 1.0 ? 1.0 : y);
  if (isinf(y)) {
    x = fabs(x);
    if (x == 1.0) return gp_floatv(1.0);
    return gp_floatv((y > 0) == (x > 1.0) ? fabs(y) : 0.0);
  }
  if (isinf(x)) {
    bool odd = is_odd_integer(y);
    if (y > 0) return gp_floatv(odd ? x : fabs(x));
    return gp_floatv(odd ? copysign(0.0, x) : 0.0);
  }
  if (x == 0) {
    if (y < 0)
      return gp_raise(t, &gp_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return gp_floatv(is_odd_integer(y) ? x : 0.0);
  }
  bool negate = false;
  if (x < 0) {
    if (y != floor(y)) /* a complex, as complex ** complex gives it */
      return gp_complex_arith(t, GP_OP_POW, (const double[]){x, 0.0}, (const double[]){y, 0.0});
    x = -x;
    negate = is_odd_integer(y);
  }
  if (x == 1.0) return gp_floatv(negate ? -1.0 : 1.0);
  double r = pow(x, y);
  if (isinf(r)) return gp_raise(t, &gp_exc_OverflowError, "(34, 'Numerical result out of range')");
  return gp_floatv(negate ? -r : r);
}

GpValue gp_float_binop(GpThread *t, GpBinOp op, double a, double b) {
  double m;
  switch (op) {
  case GP_OP_ADD:
    return gp_floatv(a + b);
  case GP_OP_SUB:
    return gp_floatv(a - b);
  case GP_OP_MUL:
    return gp_floatv(a * b);
  case GP_OP_TRUEDIV:
    if (b == 0) return gp_raise(t, &gp_exc_ZeroDivisionError, "float division by zero");
    return gp_floatv(a / b);
  case GP_OP_FLOORDIV:
    if (b == 0) return gp_raise(t, &gp_exc_ZeroDivisionError, "float floor division by zero");
    return gp_floatv(gp_float_floordiv(a, b, &m));
  case GP_OP_MOD:
    if (b == 0) return gp_raise(t, &gp_exc_ZeroDivisionError, "float modulo");
    m = fmod(a, b);
    if (m != 0) {
      if ((b < 0) != (m < 0)) m += b;
    } else {
      m = copysign(0.0, b);
    }
    return gp_floatv(m);
  case GP_OP_POW:
    return float_pow(t, a, b);
  default:
    return gp_raise(t, &gp_exc_TypeError, "bad float operation");
  }
}

/* ---------------------------------------------------------------- hashing */

#define HASH_BITS 61
#define HASH_MOD (((uint64_t)1 << HASH_BITS) - 1)

/* CPython's _Py_HashDouble: consistent with int hashes (hash(2.0) == 2). */
int64_t gp_float_hash(double v) {
  if (!isfinite(v)) return isinf(v) ? (v > 0 ? 314159 : -314159) : 0;
  if (v == trunc(v) && fabs(v) < 9.2e18) return gp_int_hash(gp_intv((int64_t)v));
  int e;
  double m = frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) { /* 28 bits at a time */
    x = ((x << 28) & HASH_MOD) | x >> (HASH_BITS - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = (uint64_t)m;
    m -= (double)y;
    x += y;
    if (x >= HASH_MOD) x -= HASH_MOD;
  }
  e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
  x = ((x << e) & HASH_MOD) | x >> (HASH_BITS - e);
  x = sign < 0 ? 0 - x : x;
  if (x == (uint64_t)-1) x = (uint64_t)-2;
  return (int64_t)x;
}

/* ----------------------------------------------------------- the type */

static GpValue float_repr(GpThread *t, GpValue self) {
  return gp_num_repr(t, self);
}

static int float_hash(GpThread *t, GpValue self, int64_t *h) {
  (void)t;
  *h = gp_float_hash(self.as.f);
  return 0;
}

/* float(), float(x) */
static GpValue float_call(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (kwnames && ((GpTuple *)kwnames)->len > 0)
    return gp_raise(t, &gp_exc_TypeError, "float() takes no keyword arguments");
  if (nargs > 1)
    return gp_raise(t, &gp_exc_TypeError, "float expected at most 1 argument, got %d", nargs);
  if (nargs == 0) return gp_floatv(0.0);
  GpValue x = gp_unwrap(args[0]); /* float(sub) of a str or number subclass: its value */
  if (GP_IS_TYPE(x, gp_type_str)) return gp_float_parse(t, GP_STR(x)->data, GP_STR(x)->len);
  if (gp_is_buffer(x)) return gp_float_parse_bytes(t, x);
  GpValue r;
  int k = gp_inst_float(t, x, &r);
  if (k != 0) return k > 0 ? r : GP_ERRV;
  if (!gp_is_number(x))
    return gp_raise(t, &gp_exc_TypeError,
                    "float() argument must be a string or a real number, not '%s'",
                    gp_typeof(x)->name);
  double d;
  if (gp_to_double(t, x, &d) < 0) return GP_ERRV;
  return gp_floatv(d);
}

static GpValue float_is_integer(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (nargs != 1 || kwnames)
    return gp_raise(t, &gp_exc_TypeError, "float.is_integer() takes no arguments (%d given)",
                    nargs - 1);
  double d = args[0].as.f;
  return gp_boolv(isfinite(d) && d == floor(d));
}

static const GpMethodDef float_methods[] = {{"is_integer", float_is_integer},
                                            {"conjugate", gp_float_conjugate},
                                            {"as_integer_ratio", gp_float_as_integer_ratio},
                                            {"hex", gp_float_hex},
                                            {NULL, NULL}};
static const GpMethodDef float_classmethods[] = {{"fromhex", gp_float_fromhex}, {NULL, NULL}};
/* Only the class methods: a float's protocol is dispatched by ops.c itself. */
static const GpTypeOps float_ops = {.classmethods = float_classmethods};

GpType gp_type_float = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "float",
    .repr = float_repr,
    .hash = float_hash,
    .call = float_call,
    .getattr = gp_float_getattr,
    .ops = &float_ops,
    .methods = float_methods,
};
