/*
** numattr.c — the numbers' attributes beyond arithmetic, as CPython's
** numbers.Integral and numbers.Real give them: int.real, imag, numerator,
** denominator, conjugate(), as_integer_ratio(); float.real, imag,
** conjugate(), as_integer_ratio(), hex() and float.fromhex(). bool inherits
** the int ones. Read after the methods tables (gp_getattr), so the
** arithmetic fast paths never see them.
*/
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "class.h"
#include "num.h"
#include "obj.h"

/* int(v) of an int or bool: a bool's value as a plain int. */
static GpValue as_plain_int(GpValue v) {
  if (GP_IS_OBJ(v)) {
    GP_INCREF(v);
    return v;
  }
  return gp_intv(v.as.i);
}

GpValue gp_int_getattr(GpThread *t, GpValue self, GpObj *name) {
  (void)t;
  const char *s = ((GpStr *)name)->data;
  if (!strcmp(s, "real") || !strcmp(s, "numerator")) return as_plain_int(self);
  if (!strcmp(s, "imag")) return gp_intv(0);
  if (!strcmp(s, "denominator")) return gp_intv(1);
  return GP_ERRV;
}

GpValue gp_float_getattr(GpThread *t, GpValue self, GpObj *name) {
  (void)t;
  const char *s = ((GpStr *)name)->data;
  if (!strcmp(s, "real")) return self;
  if (!strcmp(s, "imag")) return gp_floatv(0.0);
  return GP_ERRV;
}

static int no_args(GpThread *t, const char *what, int nargs, GpObj *kwnames) {
  if (nargs == 1 && !kwnames) return 0;
  gp_raise(t, &gp_exc_TypeError, "%s() takes no arguments (%d given)", what, nargs - 1);
  return -1;
}

GpValue gp_int_conjugate(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (no_args(t, "int.conjugate", nargs, kwnames) < 0) return GP_ERRV;
  return as_plain_int(args[0]);
}

GpValue gp_int_as_integer_ratio(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (no_args(t, "int.as_integer_ratio", nargs, kwnames) < 0) return GP_ERRV;
  GpValue pair[2] = {as_plain_int(args[0]), gp_intv(1)};
  GpValue r = gp_tuple_pack(t, 2, pair);
  GP_DECREF(pair[0]);
  return r;
}

GpValue gp_float_conjugate(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (no_args(t, "float.conjugate", nargs, kwnames) < 0) return GP_ERRV;
  return args[0];
}

/* The exact fraction: the mantissa scaled to an integer, times 2**e. */
GpValue gp_float_as_integer_ratio(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (no_args(t, "float.as_integer_ratio", nargs, kwnames) < 0) return GP_ERRV;
  double d = args[0].as.f;
  if (isinf(d))
    return gp_raise(t, &gp_exc_OverflowError, "cannot convert Infinity to integer ratio");
  if (isnan(d)) return gp_raise(t, &gp_exc_ValueError, "cannot convert NaN to integer ratio");
  int e;
  double m = frexp(d, &e);
  for (int i = 0; i < 300 && m != floor(m); i++) {
    m *= 2.0;
    e--;
  }
  GpValue num = gp_int_from_double(t, m), den = gp_intv(1), shift = gp_intv(e < 0 ? -e : e);
  if (GP_IS_ERR(num)) return num;
  GpValue *scaled = e < 0 ? &den : &num;
  GpValue s = gp_int_binop(t, GP_OP_LSHIFT, *scaled, shift);
  GP_DECREF(*scaled);
  *scaled = s;
  GpValue r = GP_ERRV;
  if (!GP_IS_ERR(s)) {
    GpValue pair[2] = {num, den};
    r = gp_tuple_pack(t, 2, pair);
  }
  GP_DECREF(num);
  GP_DECREF(den);
  return r;
}

/* CPython's float_hex: a leading 1 (0 for subnormals) and 13 hex digits. */
GpValue gp_float_hex(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (no_args(t, "float.hex", nargs, kwnames) < 0) return GP_ERRV;
  double d = args[0].as.f;
  if (isnan(d) || isinf(d)) return gp_num_repr(t, args[0]);
  if (d == 0.0) return gp_str_cstr(t, signbit(d) ? "-0x0.0p+0" : "0x0.0p+0");
  static const char digits[] = "0123456789abcdef";
  char buf[64], *p = buf;
  int e;
  double m = frexp(fabs(d), &e);
  int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
  m = ldexp(m, shift);
  e -= shift;
  if (d < 0) *p++ = '-';
  *p++ = '0';
  *p++ = 'x';
  *p++ = digits[(int)m];
  m -= (int)m;
  *p++ = '.';
  for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
    m *= 16.0;
    *p++ = digits[(int)m];
    m -= (int)m;
  }
  snprintf(p, sizeof buf - (size_t)(p - buf), "p%+d", e);
  return gp_str_cstr(t, buf);
}

/* Whether s (signs and 0x already taken off) is hex digits with at most one
** point, at least one digit, and an optional p exponent. */
static bool hex_body_ok(const char *s) {
  bool digit = false, point = false;
  for (; *s && *s != 'p' && *s != 'P'; s++) {
    if (*s == '.' && !point)
      point = true;
    else if (isxdigit((unsigned char)*s))
      digit = true;
    else
      return false;
  }
  if (!digit) return false;
  if (!*s) return true;
  s++;
  if (*s == '+' || *s == '-') s++;
  if (!isdigit((unsigned char)*s)) return false;
  while (isdigit((unsigned char)*s))
    s++;
  return *s == 0;
}

/* float.fromhex(s): C's strtod reads hex floats with correct rounding once
** the optional 0x is put back; the checks give CPython's errors. */
static GpValue float_fromhex(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (nargs != 1 || kwnames)
    return gp_raise(t, &gp_exc_TypeError, "float.fromhex() takes exactly one argument (%d given)",
                    nargs);
  GpValue sv = gp_unwrap(args[0]);
  if (!GP_IS_TYPE(sv, gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "must be str, not %s", gp_typeof(args[0])->name);
  const char *s = GP_STR(sv)->data;
  size_t len = GP_STR(sv)->len;
  while (len && isspace((unsigned char)s[len - 1]))
    len--;
  while (len && isspace((unsigned char)*s))
    s++, len--;
  char *buf = malloc(len + 3);
  if (!buf) return gp_raise_nomem(t);
  size_t k = 0;
  if (len && (*s == '+' || *s == '-')) buf[k++] = *s++, len--;
  bool prefixed = len >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
  if (prefixed) s += 2, len -= 2;
  memcpy(buf + k, s, len);
  buf[k + len] = 0;
  const char *body = buf + k;
  bool special = !prefixed && (!strcasecmp(body, "inf") || !strcasecmp(body, "infinity") ||
                               !strcasecmp(body, "nan"));
  GpValue r = GP_ERRV;
  if (!special && !hex_body_ok(body)) {
    gp_raise(t, &gp_exc_ValueError, "invalid hexadecimal floating-point string");
  } else {
    char *full = malloc(k + len + 3);
    if (!full) {
      r = gp_raise_nomem(t);
    } else {
      snprintf(full, k + len + 3, "%.*s%s%s", (int)k, buf, special ? "" : "0x", body);
      errno = 0;
      double d = strtod(full, NULL);
      if (errno == ERANGE && isinf(d))
        gp_raise(t, &gp_exc_OverflowError, "hexadecimal value too large to represent as a float");
      else
        r = gp_floatv(d);
      free(full);
    }
  }
  free(buf);
  return r;
}

/* float.fromhex, a class method: F.fromhex makes an F. */
GpValue gp_float_fromhex(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  return gp_class_result(t, args[0], &gp_type_float,
                         float_fromhex(t, args + 1, nargs - 1, kwnames));
}
