/*
** complex.c — Python's complex: the value (two doubles on the heap), its
** repr, hash, equality, attributes and methods, and the complex() call.
** The arithmetic is in complexops.c, complex(str) in complexparse.c.
*/
#include <math.h>
#include <string.h>

#include "class.h"
#include "num.h"
#include "numproto.h"
#include "obj.h"

GpValue gp_complex_new(GpThread *t, double re, double im) {
  GpComplex *c = (GpComplex *)gp_alloc(t, &gp_type_complex, sizeof(GpComplex));
  if (!c) return gp_raise_nomem(t);
  c->re = re;
  c->im = im;
  return gp_objv(&c->ob);
}

static const GpComplex *as_complex(GpValue v) {
  return (const GpComplex *)gp_unwrap(v).as.o;
}

int gp_complex_operand(GpThread *t, GpValue v, double *re, double *im) {
  v = gp_unwrap(v);
  if (GP_IS_TYPE(v, gp_type_complex)) {
    *re = ((const GpComplex *)v.as.o)->re;
    *im = ((const GpComplex *)v.as.o)->im;
    return 1;
  }
  if (!gp_is_number(v)) return 0;
  *im = 0.0;
  return gp_to_double(t, v, re) < 0 ? -1 : 1;
}

/* ------------------------------------------------------------- repr */

int gp_complex_part_repr(double d, char *buf, size_t size, bool sign) {
  size_t at = 0;
  if (sign && (isnan(d) || !signbit(d))) buf[at++] = '+';
  if (isnan(d)) { /* a NaN's sign bit never shows */
    strcpy(buf + at, "nan");
    return (int)at + 3;
  }
  int n = (int)at + gp_float_repr(d, buf + at, size - at);
  if (n >= 2 && strcmp(buf + n - 2, ".0") == 0) buf[n -= 2] = '\0'; /* 'r' without ADD_DOT_0 */
  return n;
}

static GpValue complex_repr(GpThread *t, GpValue self) {
  const GpComplex *c = as_complex(self);
  char re[40], im[40];
  gp_complex_part_repr(c->im, im, sizeof im, !(c->re == 0.0 && !signbit(c->re)));
  if (c->re == 0.0 && !signbit(c->re)) return gp_str_printf(t, "%sj", im);
  gp_complex_part_repr(c->re, re, sizeof re, false);
  return gp_str_printf(t, "(%s%sj)", re, im);
}

/* ---------------------------------------------------- hash, equality */

static int complex_hash(GpThread *t, GpValue self, int64_t *h) {
  (void)t;
  const GpComplex *c = as_complex(self);
  uint64_t u = (uint64_t)gp_float_hash(c->re) + 1000003u * (uint64_t)gp_float_hash(c->im);
  *h = (int64_t)u == -1 ? -2 : (int64_t)u;
  return 0;
}

/* CPython's complex_richcompare: exact against an int, never ordered. */
int gp_complex_eq(GpValue a, GpValue b) {
  if (!GP_IS_TYPE(gp_unwrap(a), gp_type_complex)) {
    GpValue x = a;
    a = b;
    b = x;
  }
  const GpComplex *c = as_complex(a);
  GpValue o = gp_unwrap(b);
  if (GP_IS_TYPE(o, gp_type_complex))
    return c->re == ((const GpComplex *)o.as.o)->re && c->im == ((const GpComplex *)o.as.o)->im;
  if (!gp_is_number(o)) return 0;
  return c->im == 0.0 && gp_num_compare(GP_CMP_EQ, gp_floatv(c->re), o);
}

static GpValue complex_compare(GpThread *t, GpCmpOp op, GpValue a, GpValue b) {
  (void)t;
  GpValue o = gp_unwrap(b);
  if ((op != GP_CMP_EQ && op != GP_CMP_NE) || !(gp_is_number(o) || GP_IS_TYPE(o, gp_type_complex)))
    return GP_ERRV; /* NotImplemented */
  return gp_boolv(gp_complex_eq(a, b) == (op == GP_CMP_EQ));
}

/* ------------------------------------------------ attributes, methods */

static GpValue complex_getattr(GpThread *t, GpValue self, GpObj *name) {
  (void)t;
  const char *s = ((GpStr *)name)->data;
  if (strcmp(s, "real") == 0) return gp_floatv(as_complex(self)->re);
  if (strcmp(s, "imag") == 0) return gp_floatv(as_complex(self)->im);
  return GP_ERRV;
}

/* z.real = x: CPython's member descriptors refuse it */
static int complex_setattr(GpThread *t, GpValue self, GpObj *name, GpValue v) {
  (void)v;
  const char *s = ((GpStr *)name)->data;
  if (strcmp(s, "real") == 0 || strcmp(s, "imag") == 0)
    gp_raise(t, &gp_exc_AttributeError, "readonly attribute");
  else
    gp_raise(t, &gp_exc_AttributeError, "'%s' object has no attribute '%s'", gp_type_name(self), s);
  return -1;
}

static int no_args(GpThread *t, const char *name, int nargs, GpObj *kw) {
  if (nargs == 1 && !kw) return 0;
  gp_raise(t, &gp_exc_TypeError, "complex.%s() takes no arguments (%d given)", name, nargs - 1);
  return -1;
}

static GpValue complex_conjugate(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (no_args(t, "conjugate", nargs, kw) < 0) return GP_ERRV;
  const GpComplex *c = as_complex(args[0]);
  return gp_complex_new(t, c->re, -c->im);
}

static GpValue complex_neg(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (no_args(t, "__neg__", nargs, kw) < 0) return GP_ERRV;
  const GpComplex *c = as_complex(args[0]);
  return gp_complex_new(t, -c->re, -c->im);
}

/* +z and z.__complex__(): the value itself, a plain complex */
static GpValue complex_pos(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (no_args(t, "__pos__", nargs, kw) < 0) return GP_ERRV;
  const GpComplex *c = as_complex(args[0]);
  return gp_complex_new(t, c->re, c->im);
}

static GpValue complex_abs(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (no_args(t, "__abs__", nargs, kw) < 0) return GP_ERRV;
  const GpComplex *c = as_complex(args[0]);
  /* CPython's _Py_c_abs: an infinite part wins over a NaN */
  if (isinf(c->re) || isinf(c->im)) return gp_floatv(INFINITY);
  double r = hypot(c->re, c->im);
  if (isinf(r)) return gp_raise(t, &gp_exc_OverflowError, "absolute value too large");
  return gp_floatv(r);
}

static const GpMethodDef complex_methods[] = {
    {"conjugate", complex_conjugate}, {"__neg__", complex_neg},     {"__pos__", complex_pos},
    {"__abs__", complex_abs},         {"__complex__", complex_pos}, {NULL, NULL}};

/* ---------------------------------------------------------- complex() */

int gp_inst_complex(GpThread *t, GpValue v, GpValue *out) {
  int k = gp_inst_call_special(t, v, "__complex__", NULL, 0, out);
  if (k > 0 && !GP_IS_TYPE(gp_unwrap(*out), gp_type_complex)) {
    gp_raise(t, &gp_exc_TypeError, "__complex__ returned non-complex (type %s)",
             gp_type_name(*out));
    GP_DECREF(*out);
    return -1;
  }
  return k;
}

/* A number argument of complex(): *re, *im, and whether it was complex. */
static int number_arg(GpThread *t, GpValue v, const char *which, double *re, double *im,
                      bool *is_c) {
  GpValue f;
  *is_c = GP_IS_TYPE(gp_unwrap(v), gp_type_complex);
  int k = gp_complex_operand(t, v, re, im);
  if (k != 0) return k;
  k = gp_inst_float(t, v, &f);
  if (k < 0) return -1;
  if (k == 0) {
    gp_raise(t, &gp_exc_TypeError, "complex() %s must be %s, not '%s'", which,
             which[0] == 'f' ? "a string or a number" : "a number", gp_type_name(v));
    return -1;
  }
  *re = f.as.f, *im = 0.0;
  return 1;
}

static GpValue complex_call(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"real", "imag"};
  GpValue a[2];
  if (gp_parse_args(t, "complex", args, nargs, kw, names, 2, 0, a) < 0) return GP_ERRV;
  if (GP_IS_ERR(a[0])) a[0] = gp_intv(0); /* complex(imag=2) */
  GpValue r0 = gp_unwrap(a[0]);
  if (GP_IS_TYPE(r0, gp_type_str)) {
    if (!GP_IS_ERR(a[1]))
      return gp_raise(t, &gp_exc_TypeError, "complex() can't take second arg if first is a string");
    return gp_complex_parse(t, GP_STR(r0)->data, GP_STR(r0)->len);
  }
  if (!GP_IS_ERR(a[1]) && GP_IS_TYPE(gp_unwrap(a[1]), gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "complex() second arg can't be a string");
  GpValue own = GP_ERRV;
  int k = gp_inst_complex(t, a[0], &own);
  if (k < 0) return GP_ERRV;
  double rr, ri, ir = 0.0, ii = 0.0;
  bool rc, ic = false;
  k = number_arg(t, k > 0 ? own : a[0], "first argument", &rr, &ri, &rc);
  GP_DECREF(own);
  if (k < 0) return GP_ERRV;
  if (GP_IS_ERR(a[1])) return gp_complex_new(t, rr, ri);
  if (number_arg(t, a[1], "second argument", &ir, &ii, &ic) < 0) return GP_ERRV;
  /* complex(a, b) is a + b*1j even when a or b is complex */
  if (ic) rr -= ii;
  if (rc) ir += ri;
  return gp_complex_new(t, rr, ir);
}

static const GpTypeOps complex_ops = {.binop = gp_complex_binop, .compare = complex_compare};

GpType gp_type_complex = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "complex",
    .repr = complex_repr,
    .hash = complex_hash,
    .call = complex_call,
    .getattr = complex_getattr,
    .setattr = complex_setattr,
    .ops = &complex_ops,
    .methods = complex_methods,
};
