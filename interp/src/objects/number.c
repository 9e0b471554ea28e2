/*
** number.c — the numeric tower's entry points: dispatch between ints
** (int.c) and floats (float.c), exact mixed comparisons, hashing, repr,
** round/divmod/pow/abs, and parsing int and float literals from strs.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "num.h"
#include "numproto.h"
#include "obj.h"

static const char *const binop_names[GP_OP_NBINOPS] = {
    "+", "-", "*", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^", "@"};

bool gp_is_number(GpValue v) {
  return v.tag == GP_T_INT || v.tag == GP_T_FLOAT || v.tag == GP_T_BOOL ||
         GP_IS_TYPE(v, gp_type_int);
}

/* An instance converts through __float__ (or __index__), as
** PyFloat_AsDouble does: math.sqrt(Fraction(9, 4)) is 1.5. */
static int inst_to_double(GpThread *t, GpValue v, double *out) {
  GpValue f;
  int k = gp_inst_float(t, v, &f);
  if (k < 0) return -1;
  if (k == 0) {
    gp_raise(t, &gp_exc_TypeError, "must be real number, not %s", gp_typeof(v)->name);
    return -1;
  }
  *out = f.as.f;
  return 0;
}

int gp_to_double(GpThread *t, GpValue v, double *out) {
  if (GP_IS_FLOAT(v)) {
    *out = v.as.f;
    return 0;
  }
  if (!gp_is_int(v)) {
    if (gp_has_payload(v) && gp_is_number(gp_unwrap(v))) return gp_to_double(t, gp_unwrap(v), out);
    return inst_to_double(t, v, out);
  }
  *out = gp_int_to_double(v);
  if (isinf(*out)) {
    gp_raise(t, &gp_exc_OverflowError, "int too large to convert to float");
    return -1;
  }
  return 0;
}

GpValue gp_num_binop(GpThread *t, GpBinOp op, GpValue a, GpValue b) {
  if (!GP_IS_FLOAT(a) && !GP_IS_FLOAT(b) && op != GP_OP_MATMUL) return gp_int_binop(t, op, a, b);
  if (op >= GP_OP_LSHIFT || op == GP_OP_MATMUL)
    return gp_raise(t, &gp_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                    binop_names[op], gp_typeof(a)->name, gp_typeof(b)->name);
  double x, y;
  if (gp_to_double(t, a, &x) < 0 || gp_to_double(t, b, &y) < 0) return GP_ERRV;
  return gp_float_binop(t, op, x, y);
}

GpValue gp_num_unop(GpThread *t, GpUnOp op, GpValue a) {
  if (GP_IS_FLOAT(a)) {
    if (op == GP_UN_INVERT)
      return gp_raise(t, &gp_exc_TypeError, "bad operand type for unary ~: 'float'");
    return gp_floatv(op == GP_UN_NEG ? -a.as.f : a.as.f);
  }
  if (op == GP_UN_NEG) return gp_int_neg(t, a);
  if (op == GP_UN_INVERT) return gp_int_invert(t, a);
  if (GP_IS_BOOL(a)) return gp_intv(a.as.i); /* +True == 1 */
  GP_INCREF(a);
  return a;
}

GpValue gp_num_abs(GpThread *t, GpValue v) {
  if (v.tag == GP_T_INT && v.as.i != INT64_MIN) return gp_intv(v.as.i < 0 ? -v.as.i : v.as.i);
  if (GP_IS_FLOAT(v)) return gp_floatv(fabs(v.as.f));
  if (gp_int_sign(v) < 0) return gp_int_neg(t, v);
  return gp_num_unop(t, GP_UN_POS, v);
}

bool gp_num_compare(GpCmpOp op, GpValue a, GpValue b) {
  if (GP_IS_FLOAT(a) && GP_IS_FLOAT(b)) {
    double x = a.as.f, y = b.as.f; /* NaN: every test but != is false */
    switch (op) {
    case GP_CMP_LT:
      return x < y;
    case GP_CMP_LE:
      return x <= y;
    case GP_CMP_EQ:
      return x == y;
    case GP_CMP_NE:
      return x != y;
    case GP_CMP_GT:
      return x > y;
    default:
      return x >= y;
    }
  }
  if (GP_IS_FLOAT(a) || GP_IS_FLOAT(b)) { /* exact: 2**63 vs 9.223372036854776e18 */
    double d = GP_IS_FLOAT(a) ? a.as.f : b.as.f;
    if (isnan(d)) return op == GP_CMP_NE;
    int c = GP_IS_FLOAT(a) ? -gp_int_cmp_double(b, d) : gp_int_cmp_double(a, d);
    return gp_cmp_holds(op, c);
  }
  return gp_cmp_holds(op, gp_int_cmp(a, b));
}

int64_t gp_num_hash(GpValue v) {
  return GP_IS_FLOAT(v) ? gp_float_hash(v.as.f) : gp_int_hash(v);
}

GpValue gp_num_repr(GpThread *t, GpValue v) {
  char buf[32];
  switch (v.tag) {
  case GP_T_BOOL:
    return gp_str_cstr(t, v.as.i ? "True" : "False");
  case GP_T_INT: {
    char *p = buf + sizeof buf;
    uint64_t m = v.as.i < 0 ? 0 - (uint64_t)v.as.i : (uint64_t)v.as.i;
    do
      *--p = (char)('0' + m % 10);
    while (m /= 10);
    if (v.as.i < 0) *--p = '-';
    return gp_str_new(t, p, (size_t)(buf + sizeof buf - p));
  }
  case GP_T_FLOAT:
    return gp_str_new(t, buf, (size_t)gp_float_repr(v.as.f, buf, sizeof buf));
  default:
    return gp_int_tostr(t, v, 10);
  }
}

/* --------------------------------------------------- divmod, pow, round */

GpValue gp_num_divmod(GpThread *t, GpValue a, GpValue b) {
  GpValue q, m;
  if (GP_IS_FLOAT(a) || GP_IS_FLOAT(b)) {
    double x, y, r;
    if (gp_to_double(t, a, &x) < 0 || gp_to_double(t, b, &y) < 0) return GP_ERRV;
    if (y == 0) return gp_raise(t, &gp_exc_ZeroDivisionError, "float divmod()");
    q = gp_floatv(gp_float_floordiv(x, y, &r));
    m = gp_floatv(r);
  } else {
    if (gp_int_sign(b) == 0)
      return gp_raise(t, &gp_exc_ZeroDivisionError, "integer division or modulo by zero");
    q = gp_int_binop(t, GP_OP_FLOORDIV, a, b);
    if (GP_IS_ERR(q)) return q;
    m = gp_int_binop(t, GP_OP_MOD, a, b);
    if (GP_IS_ERR(m)) {
      GP_DECREF(q);
      return m;
    }
  }
  GpValue tup = gp_tuple_new(t, 2);
  if (GP_IS_ERR(tup)) {
    GP_DECREF(q);
    GP_DECREF(m);
    return tup;
  }
  GP_TUPLE(tup)->items[0] = q;
  GP_TUPLE(tup)->items[1] = m;
  return tup;
}

GpValue gp_num_pow3(GpThread *t, GpValue a, GpValue b, GpValue mod) {
  if (GP_IS_ERR(mod) || GP_IS_NONE(mod)) return gp_num_binop(t, GP_OP_POW, a, b);
  if (!gp_is_int(a) || !gp_is_int(b) || !gp_is_int(mod))
    return gp_raise(t, &gp_exc_TypeError,
                    "pow() 3rd argument not allowed unless all arguments are integers");
  return gp_int_powmod(t, a, b, mod);
}

/* round(x, nd) for nd < 0: exact, half to even, in GMP. */
static GpValue round_int(GpThread *t, GpValue v, int64_t nd) {
  GpIntView vv;
  mpz_srcptr x = gp_int_mpz(v, &vv);
  if ((uint64_t)-nd > mpz_sizeinbase(x, 10) + 1) return gp_intv(0);
  mpz_t p, q, r;
  mpz_inits(p, q, r, NULL);
  mpz_ui_pow_ui(p, 10, (unsigned long)-nd);
  mpz_fdiv_qr(q, r, x, p);
  mpz_mul_2exp(r, r, 1);
  int c = mpz_cmp(r, p);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  mpz_mul(q, q, p);
  GpValue res = gp_int_from_mpz(t, q);
  mpz_clears(p, q, r, NULL);
  return res;
}

/* round(x, nd) for floats, correctly rounded as CPython's dtoa does it:
** the decimal string rounded half-even on the exact binary value, read back. */
static GpValue round_float(GpThread *t, double x, int64_t nd) {
  if (!isfinite(x) || x == 0 || nd > 323) return gp_floatv(x);
  if (nd < -308) return gp_floatv(0.0 * x);
  char buf[720];
  if (nd >= 0) { /* glibc's %f is exact and rounds ties to even */
    snprintf(buf, sizeof buf, "%.*f", (int)nd, x);
  } else {
    mpq_t q;
    mpz_t p, n, r;
    mpq_init(q);
    mpz_inits(p, n, r, NULL);
    mpq_set_d(q, x);
    mpz_ui_pow_ui(p, 10, (unsigned long)-nd);
    mpz_mul(mpq_denref(q), mpq_denref(q), p);
    mpz_fdiv_qr(n, r, mpq_numref(q), mpq_denref(q));
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, mpq_denref(q));
    if (c > 0 || (c == 0 && mpz_odd_p(n))) mpz_add_ui(n, n, 1);
    gmp_snprintf(buf, sizeof buf, "%Zde%d", n, (int)-nd);
    mpq_clear(q);
    mpz_clears(p, n, r, NULL);
  }
  double r = strtod(buf, NULL);
  if (isinf(r)) return gp_raise(t, &gp_exc_OverflowError, "rounded value too large to represent");
  return gp_floatv(r == 0 ? copysign(0.0, x) : r);
}

GpValue gp_num_round(GpThread *t, GpValue v, GpValue ndigits) {
  if (GP_IS_ERR(ndigits) || GP_IS_NONE(ndigits)) {
    if (!GP_IS_FLOAT(v)) return gp_num_unop(t, GP_UN_POS, v);
    double x = v.as.f, r = round(x);
    if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0); /* half to even */
    return gp_int_from_double(t, r);
  }
  if (!gp_is_int(ndigits))
    return gp_raise(t, &gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                    gp_typeof(ndigits)->name);
  /* a bignum ndigits is just "very large" either way */
  int64_t nd = GP_IS_OBJ(ndigits) ? (gp_int_sign(ndigits) < 0 ? INT64_MIN / 2 : INT64_MAX / 2)
                                  : ndigits.as.i;
  if (GP_IS_FLOAT(v)) return round_float(t, v.as.f, nd);
  if (nd >= 0) return gp_num_unop(t, GP_UN_POS, v);
  return round_int(t, v, nd);
}

/* ---------------------------------------------------------------- parsing */

static bool is_space(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

static void strip(const char **p, const char **end) {
  while (*p < *end && is_space(**p))
    (*p)++;
  while (*end > *p && is_space((*end)[-1]))
    (*end)--;
}

static int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c |= 0x20;
  return c >= 'a' && c <= 'z' ? c - 'a' + 10 : 99;
}

/* "... : 'abc'" with the repr of the whole argument, as CPython words it. */
/* The repr is cut to at most `most` characters (int()'s %.200R). */
/* SHOWN_REPR as a shown text's length: the text is already the repr to
** show (a bytes argument's, parse_bytes), NUL-terminated. */
#define SHOWN_REPR SIZE_MAX

static GpValue parse_error(GpThread *t, const char *what, const char *s, size_t len, size_t most) {
  GpValue r;
  if (len == SHOWN_REPR) {
    r = gp_str_cstr(t, s);
  } else {
    GpValue str = gp_str_new(t, s, len);
    if (GP_IS_ERR(str)) return str;
    r = gp_repr(t, str);
    GP_DECREF(str);
  }
  if (GP_IS_ERR(r)) return r;
  const GpStr *rs = GP_STR(r);
  size_t end = 0;
  for (size_t k = 0; end < rs->len && k < most; k++) /* `most` code points of UTF-8 */
    for (end++; end < rs->len && ((unsigned char)rs->data[end] & 0xc0) == 0x80;)
      end++;
  gp_raise(t, &gp_exc_ValueError, "%s: %.*s", what, (int)end, rs->data);
  GP_DECREF(r);
  return GP_ERRV;
}

static GpValue int_invalid(GpThread *t, const char *s, size_t len, int base) {
  char what[64];
  snprintf(what, sizeof what, "invalid literal for int() with base %d", base);
  return parse_error(t, what, s, len, 200);
}

/* CPython parses int() and float() of a str through its ASCII form: other
** scripts' decimal digits become '0'-'9', Unicode spaces ' ', and any
** other non-ASCII character a '?' that ends the text (which then fails).
** *out is a malloc'd copy, or NULL when s is ASCII; -1 if out of memory. */
static int ascii_form(const char *s, size_t len, char **out, size_t *outlen) {
  *out = NULL;
  size_t i = 0;
  while (i < len && (unsigned char)s[i] < 0x80)
    i++;
  if (i == len) return 0;
  char *a = malloc(len + 1);
  if (!a) return -1;
  memcpy(a, s, i);
  size_t o = i;
  while (i < len) {
    size_t n;
    uint32_t cp = gp_utf8_decode(s + i, &n);
    int d = gp_unicode_decimal(cp);
    a[o++] = cp < 0x80 ? (char)cp : gp_unicode_isspace(cp) ? ' ' : d >= 0 ? (char)('0' + d) : '?';
    if (a[o - 1] == '?' && cp >= 0x80) break;
    i += n;
  }
  *out = a;
  *outlen = o;
  return 0;
}

typedef GpValue (*Parser)(GpThread *t, const char *s, size_t len, int base, const char *shown,
                          size_t shown_len);

/* parse of s's ASCII form; errors show s itself. */
static GpValue parse_text(GpThread *t, Parser parse, const char *s, size_t len, int base) {
  char *a;
  size_t alen;
  if (ascii_form(s, len, &a, &alen) < 0) return gp_raise_nomem(t);
  GpValue v = a ? parse(t, a, alen, base, s, len) : parse(t, s, len, base, s, len);
  free(a);
  return v;
}

static GpValue int_parse(GpThread *t, const char *s, size_t len, int base, const char *shown,
                         size_t shown_len) {
  const char *p = s, *end = s + len;
  strip(&p, &end);
  bool neg = p < end && *p == '-';
  if (p < end && (*p == '-' || *p == '+')) p++;
  int b = base;
  bool prefixed = false;
  if (end - p >= 2 && p[0] == '0') {
    char c = p[1] | 0x20;
    int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
      b = pb, prefixed = true;
      p += 2;
      if (p < end && *p == '_') p++; /* 0x_ff */
    }
  }
  if (b == 0) b = 10;
  char stack[64], *buf = (size_t)(end - p) < sizeof stack ? stack : malloc((size_t)(end - p) + 1);
  if (!buf) return gp_raise_nomem(t);
  size_t nd = 0;
  bool ok = true;
  for (;;) { /* digits, single underscores only between them */
    if (p == end || digit_value(*p) >= b) {
      ok = false;
      break;
    }
    buf[nd++] = *p++;
    if (p == end) break;
    if (*p == '_') p++;
  }
  if (ok && base == 0 && !prefixed && buf[0] == '0') /* int('010', 0) is ambiguous */
    for (size_t i = 0; i < nd; i++)
      ok &= buf[i] == '0';
  GpValue v;
  if (!ok) {
    v = int_invalid(t, shown, shown_len, base);
  } else {
    buf[nd] = '\0';
    v = gp_int_from_str(t, buf, b);
    if (neg && !GP_IS_ERR(v)) {
      GpValue n = gp_int_neg(t, v);
      GP_DECREF(v);
      v = n;
    }
  }
  if (buf != stack) free(buf);
  return v;
}

/* Copies digit ('_'? digit)* to *o; returns the end of what it took. */
static const char *digit_part(const char *p, const char *end, char **o) {
  while (p < end && *p >= '0' && *p <= '9') {
    *(*o)++ = *p++;
    if (end - p >= 2 && *p == '_' && p[1] >= '0' && p[1] <= '9') p++;
  }
  return p;
}

static bool word_is(const char *p, const char *end, const char *w) {
  size_t n = strlen(w);
  if ((size_t)(end - p) != n) return false;
  for (size_t i = 0; i < n; i++)
    if ((p[i] | 0x20) != w[i]) return false;
  return true;
}

GpValue gp_int_parse(GpThread *t, const char *s, size_t len, int base) {
  return parse_text(t, int_parse, s, len, base);
}

static GpValue float_parse(GpThread *t, const char *s, size_t len, int base, const char *shown,
                           size_t shown_len) {
  (void)base;
  const char *p = s, *end = s + len;
  strip(&p, &end);
  bool neg = p < end && *p == '-';
  if (p < end && (*p == '-' || *p == '+')) p++;
  if (word_is(p, end, "inf") || word_is(p, end, "infinity"))
    return gp_floatv(neg ? -HUGE_VAL : HUGE_VAL);
  if (word_is(p, end, "nan")) return gp_floatv(NAN);
  char stack[64],
      *buf = (size_t)(end - p) + 2 < sizeof stack ? stack : malloc((size_t)(end - p) + 3);
  if (!buf) return gp_raise_nomem(t);
  char *o = buf;
  if (neg) *o++ = '-';
  const char *q = digit_part(p, end, &o);
  bool ok = q > p;
  p = q;
  if (p < end && *p == '.') {
    *o++ = *p++;
    q = digit_part(p, end, &o);
    ok |= q > p;
    p = q;
  }
  if (ok && p < end && (*p | 0x20) == 'e') {
    *o++ = *p++;
    if (p < end && (*p == '-' || *p == '+')) *o++ = *p++;
    q = digit_part(p, end, &o);
    ok = q > p;
    p = q;
  }
  *o = '\0';
  GpValue v = ok && p == end
                  ? gp_floatv(strtod(buf, NULL))
                  : parse_error(t, "could not convert string to float", shown, shown_len, SIZE_MAX);
  if (buf != stack) free(buf);
  return v;
}

GpValue gp_float_parse(GpThread *t, const char *s, size_t len) {
  return parse_text(t, float_parse, s, len, 0);
}

/* parse of a bytes-like's bytes, as CPython reads them: ASCII text, where a
** byte of 0x80 or more (or a NUL) makes it fail; errors show its repr. */
static GpValue parse_bytes(GpThread *t, Parser parse, GpValue b, int base) {
  GpValue c = gp_buffer_copy(t, b);
  if (GP_IS_ERR(c)) return c;
  const GpBytes *bs = (const GpBytes *)c.as.o;
  size_t n = 0;
  while (n < bs->len && (unsigned char)bs->data[n] < 0x80 && bs->data[n])
    n++;
  GpValue shown = gp_repr(t, c), v = GP_ERRV; /* a bytes copy, as CPython shows */
  if (!GP_IS_ERR(shown)) {
    /* a text cut at a foreign byte keeps a '?' that fails it, as ascii_form */
    char stack[64], *a = n < bs->len ? (n + 2 <= sizeof stack ? stack : malloc(n + 2)) : NULL;
    if (n < bs->len && !a) {
      v = gp_raise_nomem(t);
    } else {
      if (a) {
        memcpy(a, bs->data, n);
        a[n] = '?';
      }
      v = parse(t, a ? a : bs->data, a ? n + 1 : n, base, GP_STR(shown)->data, SHOWN_REPR);
      if (a && a != stack) free(a);
    }
    GP_DECREF(shown);
  }
  GP_DECREF(c);
  return v;
}

GpValue gp_int_parse_bytes(GpThread *t, GpValue b, int base) {
  return parse_bytes(t, int_parse, b, base);
}

GpValue gp_float_parse_bytes(GpThread *t, GpValue b) {
  return parse_bytes(t, float_parse, b, 0);
}
