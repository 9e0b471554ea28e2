/*
** int.c — Python's int: the int64 fast path with overflow checks, and the
** bignum heap object (gp_type_int) for everything that does not fit.
** A bignum keeps its limbs inline (one allocation) and is immutable, so GMP
** sees it through read-only views (mpz_roinit_n). Every result that fits in
** int64 is demoted to GP_T_INT: a bignum object never fits in int64.
*/
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "num.h"
#include "numproto.h"
#include "obj.h"

_Static_assert(GMP_NUMB_BITS == 64 && sizeof(long) == 8, "64-bit limbs and longs assumed");

typedef struct GpInt {
  GpObj ob;
  mp_size_t size; /* limbs in use, negative for negative values (mpz's sign rule) */
  mp_limb_t d[];
} GpInt;

#define INT_OBJ(v) ((GpInt *)(v).as.o)
#define IS_SMALL(v) ((v).tag == GP_T_INT || (v).tag == GP_T_BOOL)
#define MAX_LIMBS (GP_INT_MAX_BITS / GMP_NUMB_BITS + 1)

static GpValue int_too_big(GpThread *t) {
  return gp_raise(t, &gp_exc_MemoryError, "integer result too large (over %ld bits)",
                  GP_INT_MAX_BITS);
}

static GpInt *int_alloc(GpThread *t, size_t n) {
  GpInt *r = (GpInt *)gp_alloc(t, &gp_type_int, sizeof(GpInt) + n * sizeof(mp_limb_t));
  if (!r) gp_raise_nomem(t);
  return r;
}

/* Normalizes r's n limbs (sign neg) and demotes to GP_T_INT when it fits. */
static GpValue int_finish(GpInt *r, mp_size_t n, bool neg) {
  while (n > 0 && r->d[n - 1] == 0)
    n--;
  if (n <= 1) {
    uint64_t m = n ? r->d[0] : 0;
    if (m <= (uint64_t)INT64_MAX || (neg && m == (uint64_t)1 << 63)) {
      gp_decref_o(&r->ob);
      return gp_intv(neg ? (int64_t)(0 - m) : (int64_t)m);
    }
  }
  r->size = neg ? -n : n;
  return gp_objv(&r->ob);
}

mpz_srcptr gp_int_mpz(GpValue v, GpIntView *tmp) {
  if (IS_SMALL(v)) {
    int64_t i = v.as.i;
    tmp->limb = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
    mpz_roinit_n(tmp->z, &tmp->limb, i < 0 ? -1 : i > 0);
  } else {
    mpz_roinit_n(tmp->z, INT_OBJ(v)->d, INT_OBJ(v)->size);
  }
  return tmp->z;
}

GpValue gp_int_from_mpz(GpThread *t, mpz_srcptr z) {
  if (mpz_fits_slong_p(z)) return gp_intv(mpz_get_si(z));
  size_t n = mpz_size(z);
  GpInt *r = int_alloc(t, n);
  if (!r) return GP_ERRV;
  memcpy(r->d, mpz_limbs_read(z), n * sizeof(mp_limb_t));
  r->size = mpz_sgn(z) < 0 ? -(mp_size_t)n : (mp_size_t)n;
  return gp_objv(&r->ob);
}

/* Results computed in a temporary mpz: copy out (or demote) and clear. */
static GpValue int_take(GpThread *t, mpz_t z) {
  GpValue v = gp_int_from_mpz(t, z);
  mpz_clear(z);
  return v;
}

int gp_int_sign(GpValue v) {
  if (IS_SMALL(v)) return (v.as.i > 0) - (v.as.i < 0);
  return INT_OBJ(v)->size < 0 ? -1 : 1;
}

bool gp_is_int(GpValue v) {
  return IS_SMALL(v) || GP_IS_TYPE(v, gp_type_int);
}

/* ------------------------------------------------------------ add, sub, mul */

/* Magnitude arithmetic straight into the result object (mpn): the bignum
** loops (sums past 2^63) cost one allocation per operation. */
static GpValue int_addsub(GpThread *t, mpz_srcptr a, mpz_srcptr b, bool sub) {
  int sa = mpz_sgn(a), sb = sub ? -mpz_sgn(b) : mpz_sgn(b);
  if (sa == 0 || sb == 0) {
    mpz_t r;
    mpz_init(r);
    (sub ? mpz_sub : mpz_add)(r, a, b);
    return int_take(t, r);
  }
  const mp_limb_t *ap = mpz_limbs_read(a), *bp = mpz_limbs_read(b);
  mp_size_t an = (mp_size_t)mpz_size(a), bn = (mp_size_t)mpz_size(b);
  int c = an != bn ? (an > bn ? 1 : -1) : mpn_cmp(ap, bp, an);
  if (c < 0) { /* keep |a| >= |b|: mpn wants the longer operand first */
    const mp_limb_t *tp = ap;
    ap = bp, bp = tp;
    mp_size_t tn = an;
    an = bn, bn = tn;
    int ts = sa;
    sa = sb, sb = ts;
  }
  if (sa != sb && c == 0) return gp_intv(0);
  GpInt *r = int_alloc(t, (size_t)an + 1);
  if (!r) return GP_ERRV;
  if (sa == sb)
    r->d[an] = mpn_add(r->d, ap, an, bp, bn);
  else
    mpn_sub(r->d, ap, an, bp, bn);
  return int_finish(r, an + 1, sa < 0);
}

static GpValue int_mul(GpThread *t, mpz_srcptr a, mpz_srcptr b) {
  int s = mpz_sgn(a) * mpz_sgn(b);
  if (s == 0) return gp_intv(0);
  const mp_limb_t *ap = mpz_limbs_read(a), *bp = mpz_limbs_read(b);
  mp_size_t an = (mp_size_t)mpz_size(a), bn = (mp_size_t)mpz_size(b);
  if (an + bn > MAX_LIMBS) return int_too_big(t);
  GpInt *r = int_alloc(t, (size_t)(an + bn));
  if (!r) return GP_ERRV;
  if (an >= bn)
    mpn_mul(r->d, ap, an, bp, bn);
  else
    mpn_mul(r->d, bp, bn, ap, an);
  return int_finish(r, an + bn, s < 0);
}

/* ---------------------------------------------------------------- division */

static GpValue int_divzero(GpThread *t, GpBinOp op) {
  return gp_raise(t, &gp_exc_ZeroDivisionError,
                  op == GP_OP_MOD ? "integer modulo by zero"
                                  : "integer division or modulo by zero");
}

/* a / b correctly rounded: a quotient of at least 55 bits plus a sticky bit
** rounds once when converted; the scale is clamped so that subnormal
** results also round only once (in ldexp). */
static GpValue int_truediv(GpThread *t, mpz_srcptr a, mpz_srcptr b) {
  if (mpz_sgn(b) == 0) return gp_raise(t, &gp_exc_ZeroDivisionError, "division by zero");
  if (mpz_sgn(a) == 0) return gp_floatv(mpz_sgn(b) < 0 ? -0.0 : 0.0);
  int64_t e = (int64_t)mpz_sizeinbase(a, 2) - (int64_t)mpz_sizeinbase(b, 2) - 55;
  if (e < -1076) e = -1076;
  if (e > 1100)
    return gp_raise(t, &gp_exc_OverflowError, "integer division result too large for a float");
  mpz_t n, d, r;
  mpz_inits(n, d, r, NULL);
  mpz_abs(n, a);
  mpz_abs(d, b);
  if (e < 0)
    mpz_mul_2exp(n, n, (mp_bitcnt_t)-e);
  else
    mpz_mul_2exp(d, d, (mp_bitcnt_t)e);
  mpz_tdiv_qr(n, r, n, d);
  uint64_t q = mpz_get_ui(n) | (mpz_sgn(r) != 0);
  mpz_clears(n, d, r, NULL);
  double x = ldexp((double)q, (int)e);
  if (isinf(x))
    return gp_raise(t, &gp_exc_OverflowError, "integer division result too large for a float");
  return gp_floatv(mpz_sgn(a) * mpz_sgn(b) < 0 ? -x : x);
}

/* ------------------------------------------------------------ pow, shifts */

static GpValue int_pow_float(GpThread *t, GpValue a, GpValue b) {
  double x = gp_int_to_double(a), y = gp_int_to_double(b);
  if (isinf(x) || isinf(y))
    return gp_raise(t, &gp_exc_OverflowError, "int too large to convert to float");
  return gp_float_binop(t, GP_OP_POW, x, y);
}

static bool pow_i64(int64_t a, int64_t b, int64_t *out) {
  int64_t r = 1;
  while (b) {
    if ((b & 1) && __builtin_mul_overflow(r, a, &r)) return false;
    b >>= 1;
    if (b && __builtin_mul_overflow(a, a, &a)) return false;
  }
  *out = r;
  return true;
}

static GpValue int_pow(GpThread *t, GpValue av, GpValue bv, mpz_srcptr a, mpz_srcptr b) {
  if (mpz_sgn(b) < 0) return int_pow_float(t, av, bv);
  if (mpz_cmpabs_ui(a, 1) <= 0) { /* 0, 1, -1: any exponent, even a huge one */
    if (mpz_sgn(a) >= 0) return gp_intv(mpz_sgn(b) == 0 ? 1 : mpz_sgn(a));
    return gp_intv(mpz_odd_p(b) ? -1 : 1);
  }
  if (!mpz_fits_ulong_p(b)) return int_too_big(t);
  unsigned long e = mpz_get_ui(b);
  if ((double)(mpz_sizeinbase(a, 2) - 1) * (double)e > (double)GP_INT_MAX_BITS)
    return int_too_big(t);
  mpz_t r;
  mpz_init(r);
  mpz_pow_ui(r, a, e);
  return int_take(t, r);
}

static GpValue int_shift(GpThread *t, GpBinOp op, mpz_srcptr a, mpz_srcptr b) {
  if (mpz_sgn(b) < 0) return gp_raise(t, &gp_exc_ValueError, "negative shift count");
  if (mpz_sgn(a) == 0) return gp_intv(0);
  if (!mpz_fits_ulong_p(b) ||
      (op == GP_OP_LSHIFT && mpz_get_ui(b) + mpz_sizeinbase(a, 2) > (size_t)GP_INT_MAX_BITS)) {
    if (op == GP_OP_LSHIFT) return int_too_big(t);
    return gp_intv(mpz_sgn(a) < 0 ? -1 : 0);
  }
  mpz_t r;
  mpz_init(r);
  if (op == GP_OP_LSHIFT)
    mpz_mul_2exp(r, a, mpz_get_ui(b));
  else
    mpz_fdiv_q_2exp(r, a, mpz_get_ui(b)); /* floor: Python's >> on negatives */
  return int_take(t, r);
}

/* ------------------------------------------------------------- dispatch */

/* Both operands inline: 1 = *out set, 0 = overflow (take the bignum path),
** -1 = exception. */
static int int_small_binop(GpThread *t, GpBinOp op, int64_t a, int64_t b, GpValue *out) {
  int64_t r;
  switch (op) {
  case GP_OP_ADD:
    if (__builtin_add_overflow(a, b, &r)) return 0;
    break;
  case GP_OP_SUB:
    if (__builtin_sub_overflow(a, b, &r)) return 0;
    break;
  case GP_OP_MUL:
    if (__builtin_mul_overflow(a, b, &r)) return 0;
    break;
  case GP_OP_FLOORDIV:
  case GP_OP_MOD: {
    if (b == 0) return int_divzero(t, op), -1;
    if (b == -1 && a == INT64_MIN) {
      if (op == GP_OP_MOD) return *out = gp_intv(0), 1;
      return 0;
    }
    int64_t q = a / b, m = a % b;
    if (m != 0 && ((m < 0) != (b < 0))) q--, m += b;
    r = op == GP_OP_MOD ? m : q;
    break;
  }
  case GP_OP_TRUEDIV: {
    const int64_t lim = (int64_t)1 << 53; /* exact doubles: one rounding */
    if (a < -lim || a > lim || b < -lim || b > lim) return 0;
    if (b == 0) return gp_raise(t, &gp_exc_ZeroDivisionError, "division by zero"), -1;
    *out = gp_floatv((double)a / (double)b);
    return 1;
  }
  case GP_OP_POW:
    if (b < 0) return 0;
    if (!pow_i64(a, b, &r)) return 0;
    break;
  case GP_OP_LSHIFT:
    if (b < 0) return gp_raise(t, &gp_exc_ValueError, "negative shift count"), -1;
    if (a == 0) return *out = gp_intv(0), 1;
    if (b > 62 || __builtin_mul_overflow(a, (int64_t)1 << b, &r)) return 0;
    break;
  case GP_OP_RSHIFT:
    if (b < 0) return gp_raise(t, &gp_exc_ValueError, "negative shift count"), -1;
    r = a >> (b > 63 ? 63 : b);
    break;
  case GP_OP_AND:
    r = a & b;
    break;
  case GP_OP_OR:
    r = a | b;
    break;
  case GP_OP_XOR:
    r = a ^ b;
    break;
  default:
    return 0;
  }
  *out = gp_intv(r);
  return 1;
}

GpValue gp_int_binop(GpThread *t, GpBinOp op, GpValue av, GpValue bv) {
  if (IS_SMALL(av) && IS_SMALL(bv)) {
    if (av.tag == GP_T_BOOL && bv.tag == GP_T_BOOL && op >= GP_OP_AND) {
      int64_t x = av.as.i, y = bv.as.i;
      return gp_boolv(op == GP_OP_AND ? x & y : op == GP_OP_OR ? x | y : x ^ y);
    }
    GpValue out;
    int rc = int_small_binop(t, op, av.as.i, bv.as.i, &out);
    if (rc > 0) return out;
    if (rc < 0) return GP_ERRV;
  }
  GpIntView va, vb;
  mpz_srcptr a = gp_int_mpz(av, &va), b = gp_int_mpz(bv, &vb);
  mpz_t r;
  switch (op) {
  case GP_OP_ADD:
    return int_addsub(t, a, b, false);
  case GP_OP_SUB:
    return int_addsub(t, a, b, true);
  case GP_OP_MUL:
    return int_mul(t, a, b);
  case GP_OP_TRUEDIV:
    return int_truediv(t, a, b);
  case GP_OP_POW:
    return int_pow(t, av, bv, a, b);
  case GP_OP_LSHIFT:
  case GP_OP_RSHIFT:
    return int_shift(t, op, a, b);
  case GP_OP_FLOORDIV:
  case GP_OP_MOD:
    if (mpz_sgn(b) == 0) return int_divzero(t, op);
    mpz_init(r);
    (op == GP_OP_MOD ? mpz_fdiv_r : mpz_fdiv_q)(r, a, b);
    return int_take(t, r);
  case GP_OP_AND:
  case GP_OP_OR:
  case GP_OP_XOR:
    mpz_init(r);
    (op == GP_OP_AND ? mpz_and : op == GP_OP_OR ? mpz_ior : mpz_xor)(r, a, b);
    return int_take(t, r);
  default:
    return gp_raise(t, &gp_exc_TypeError, "bad int operation");
  }
}

GpValue gp_int_neg(GpThread *t, GpValue a) {
  if (IS_SMALL(a) && a.as.i != INT64_MIN) return gp_intv(-a.as.i);
  GpIntView va;
  mpz_t r;
  mpz_init(r);
  mpz_neg(r, gp_int_mpz(a, &va));
  return int_take(t, r);
}

GpValue gp_int_invert(GpThread *t, GpValue a) {
  if (IS_SMALL(a)) return gp_intv(~a.as.i);
  GpIntView va;
  mpz_t r;
  mpz_init(r);
  mpz_com(r, gp_int_mpz(a, &va));
  return int_take(t, r);
}

/* pow(a, b, m): b < 0 means the inverse of a modulo m (Python 3.8+). */
GpValue gp_int_powmod(GpThread *t, GpValue av, GpValue bv, GpValue mv) {
  if (gp_int_sign(mv) == 0)
    return gp_raise(t, &gp_exc_ValueError, "pow() 3rd argument cannot be 0");
  if (IS_SMALL(av) && IS_SMALL(bv) && IS_SMALL(mv) && bv.as.i >= 0 && mv.as.i > 0) {
    unsigned __int128 m = (uint64_t)mv.as.i, r = 1 % m;
    int64_t a0 = av.as.i % mv.as.i;
    unsigned __int128 x = (uint64_t)(a0 < 0 ? a0 + mv.as.i : a0);
    for (int64_t e = bv.as.i; e; e >>= 1) {
      if (e & 1) r = r * x % m;
      x = x * x % m;
    }
    return gp_intv((int64_t)r);
  }
  GpIntView va, vb, vm;
  mpz_srcptr a = gp_int_mpz(av, &va), b = gp_int_mpz(bv, &vb), m0 = gp_int_mpz(mv, &vm);
  mpz_t m, base, e, r;
  mpz_inits(m, base, e, r, NULL);
  mpz_abs(m, m0);
  mpz_set(base, a);
  mpz_abs(e, b);
  GpValue res = GP_ERRV;
  if (mpz_cmp_ui(m, 1) == 0) {
    res = gp_intv(0);
  } else if (mpz_sgn(b) < 0 && !mpz_invert(base, a, m)) {
    gp_raise(t, &gp_exc_ValueError, "base is not invertible for the given modulus");
  } else {
    mpz_powm(r, base, e, m);
    if (mpz_sgn(m0) < 0 && mpz_sgn(r) != 0) mpz_sub(r, r, m);
    res = gp_int_from_mpz(t, r);
  }
  mpz_clears(m, base, e, r, NULL);
  return res;
}

/* ------------------------------------------------- comparisons, hashing */

int gp_int_cmp(GpValue a, GpValue b) {
  if (IS_SMALL(a) && IS_SMALL(b)) return (a.as.i > b.as.i) - (a.as.i < b.as.i);
  GpIntView va, vb;
  int c = mpz_cmp(gp_int_mpz(a, &va), gp_int_mpz(b, &vb));
  return (c > 0) - (c < 0);
}

int gp_int_cmp_double(GpValue a, double d) {
  const int64_t lim = (int64_t)1 << 53;
  if (IS_SMALL(a) && a.as.i >= -lim && a.as.i <= lim) {
    double x = (double)a.as.i; /* exact */
    return (x > d) - (x < d);
  }
  GpIntView va;
  int c = mpz_cmp_d(gp_int_mpz(a, &va), d); /* exact, handles infinities */
  return (c > 0) - (c < 0);
}

int64_t gp_int_hash(GpValue v) {
  if (IS_SMALL(v)) return gp_int64_hash(v.as.i);
  GpIntView va;
  mpz_srcptr z = gp_int_mpz(v, &va);
  int64_t m = (int64_t)mpz_tdiv_ui(z, GP_HASH_MOD);
  int64_t h = mpz_sgn(z) < 0 ? -m : m;
  return h == -1 ? -2 : h;
}

/* --------------------------------------------------------- conversions */

double gp_int_frexp(GpValue v, int64_t *e) {
  if (IS_SMALL(v)) { /* int64 -> double rounds correctly in hardware */
    int ie;
    double m = frexp(fabs((double)v.as.i), &ie);
    *e = ie;
    return m;
  }
  GpIntView va;
  mpz_srcptr z = gp_int_mpz(v, &va);
  int64_t bits = (int64_t)mpz_sizeinbase(z, 2), shift = bits - 55;
  mpz_t q;
  mpz_init(q);
  mpz_tdiv_q_2exp(q, z, (mp_bitcnt_t)shift);
  mpz_abs(q, q);
  /* the sticky bit: any nonzero bit shifted out breaks a false tie */
  uint64_t top = mpz_get_ui(q) | ((int64_t)mpz_scan1(z, 0) < shift);
  mpz_clear(q);
  *e = bits;
  return ldexp((double)top, -55); /* in [0.5, 1]: rounding may carry to 1.0 */
}

double gp_int_to_double(GpValue v) {
  if (IS_SMALL(v)) return (double)v.as.i;
  int64_t e;
  double m = gp_int_frexp(v, &e);
  double d = e > 2000 ? HUGE_VAL : ldexp(m, (int)e);
  return gp_int_sign(v) < 0 ? -d : d;
}

int gp_int_to_int64(GpThread *t, GpValue v, int64_t *out) {
  if (IS_SMALL(v)) {
    *out = v.as.i;
    return 0;
  }
  gp_raise(t, &gp_exc_OverflowError, "Python int too large to convert to C long");
  return -1;
}

GpValue gp_int_from_double(GpThread *t, double d) {
  if (isnan(d)) return gp_raise(t, &gp_exc_ValueError, "cannot convert float NaN to integer");
  if (isinf(d))
    return gp_raise(t, &gp_exc_OverflowError, "cannot convert float infinity to integer");
  if (d > -9223372036854775808.0 && d < 9223372036854775808.0) return gp_intv((int64_t)d);
  mpz_t r;
  mpz_init_set_d(r, d);
  return int_take(t, r);
}

static _Atomic int str_limit = GP_INT_MAX_STR_DIGITS;

int gp_int_str_limit(void) {
  return atomic_load_explicit(&str_limit, memory_order_relaxed);
}

void gp_int_set_str_limit(int digits) {
  atomic_store_explicit(&str_limit, digits, memory_order_relaxed);
}

/* Whether n decimal digits pass the limit (quadratic conversions: CPython's). */
static bool over_limit(size_t n) {
  int lim = gp_int_str_limit();
  return lim > 0 && n > (size_t)lim;
}

GpValue gp_int_from_str(GpThread *t, const char *digits, int base) {
  size_t nd = strlen(digits);
  if ((base & (base - 1)) != 0 && over_limit(nd))
    return gp_raise(t, &gp_exc_ValueError,
                    "Exceeds the limit (%d digits) for integer string conversion: value has %zu "
                    "digits; use sys.set_int_max_str_digits() to increase the limit",
                    gp_int_str_limit(), nd);
  uint64_t acc = 0;
  const char *p = digits;
  for (; *p; p++) { /* the common case: no bignum, no GMP */
    int c = (unsigned char)*p, dv = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    if (__builtin_mul_overflow(acc, (uint64_t)base, &acc) ||
        __builtin_add_overflow(acc, (uint64_t)dv, &acc) || acc > (uint64_t)INT64_MAX)
      break;
  }
  if (!*p) return gp_intv((int64_t)acc);
  mpz_t r;
  if (mpz_init_set_str(r, digits, base) != 0) {
    mpz_clear(r);
    return gp_raise(t, &gp_exc_ValueError, "invalid digits for int() with base %d", base);
  }
  return int_take(t, r);
}

static GpValue int_limit_error(GpThread *t) {
  return gp_raise(t, &gp_exc_ValueError,
                  "Exceeds the limit (%d digits) for integer string conversion; "
                  "use sys.set_int_max_str_digits() to increase the limit",
                  gp_int_str_limit());
}

GpValue gp_int_tostr(GpThread *t, GpValue v, int base) {
  GpIntView va;
  mpz_srcptr z = gp_int_mpz(v, &va);
  size_t n = mpz_sizeinbase(z, base);
  if (base == 10 && over_limit(n - 1)) return int_limit_error(t);
  char *buf = malloc(n + 4);
  if (!buf) return gp_raise_nomem(t);
  char *p = buf;
  if (mpz_sgn(z) < 0) *p++ = '-';
  if (base != 10) {
    *p++ = '0';
    *p++ = base == 16 ? 'x' : base == 8 ? 'o' : 'b';
  }
  GpIntView vabs;
  mpz_roinit_n(vabs.z, mpz_limbs_read(z), (mp_size_t)mpz_size(z));
  mpz_get_str(p, base, vabs.z);
  size_t len = strlen(buf);
  GpValue s = base == 10 && over_limit(strlen(p)) ? int_limit_error(t) : gp_str_new(t, buf, len);
  free(buf);
  return s;
}

/* ----------------------------------------------------------- the type */

static void int_dealloc(GpObj *o) {
  (void)o; /* limbs are inline */
}

static GpValue int_repr(GpThread *t, GpValue self) {
  return gp_num_repr(t, self);
}

static int int_hash(GpThread *t, GpValue self, int64_t *h) {
  (void)t;
  *h = gp_int_hash(self);
  return 0;
}

/* int(), int(x), int(s, base) */
static GpValue int_call(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  static const char *const names[] = {"x", "base"};
  GpValue a[2];
  if (gp_parse_args(t, "int", args, nargs, kwnames, names, 2, 0, a) < 0) return GP_ERRV;
  GpValue x = gp_unwrap(a[0]); /* int(sub) of a str or number subclass: its value */
  if (GP_IS_ERR(x)) {
    if (!GP_IS_ERR(a[1])) return gp_raise(t, &gp_exc_TypeError, "int() missing string argument");
    return gp_intv(0);
  }
  int64_t base = 10;
  if (!GP_IS_ERR(a[1])) {
    if (!gp_is_int(a[1]))
      return gp_raise(t, &gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      gp_typeof(a[1])->name);
    if (!IS_SMALL(a[1]) || a[1].as.i == 1 || a[1].as.i < 0 || a[1].as.i > 36)
      return gp_raise(t, &gp_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    base = a[1].as.i;
    if (!GP_IS_TYPE(x, gp_type_str) && !gp_is_buffer(x))
      return gp_raise(t, &gp_exc_TypeError, "int() can't convert non-string with explicit base");
  }
  if (GP_IS_TYPE(x, gp_type_str))
    return gp_int_parse(t, GP_STR(x)->data, GP_STR(x)->len, (int)base);
  if (gp_is_buffer(x)) return gp_int_parse_bytes(t, x, (int)base);
  if (IS_SMALL(x)) return gp_intv(x.as.i);
  if (gp_is_int(x)) {
    GP_INCREF(x);
    return x;
  }
  if (GP_IS_FLOAT(x)) return gp_int_from_double(t, x.as.f);
  GpValue r;
  int k = gp_inst_int(t, x, &r);
  if (k != 0) return k > 0 ? r : GP_ERRV;
  return gp_raise(t, &gp_exc_TypeError,
                  "int() argument must be a string, a bytes-like object or a real number, "
                  "not '%s'",
                  gp_typeof(x)->name);
}

static GpValue int_bit_length(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (nargs != 1 || kwnames)
    return gp_raise(t, &gp_exc_TypeError, "int.bit_length() takes no arguments (%d given)",
                    nargs - 1);
  if (gp_int_sign(args[0]) == 0) return gp_intv(0);
  GpIntView va;
  return gp_intv((int64_t)mpz_sizeinbase(gp_int_mpz(args[0], &va), 2));
}

/* The number of one bits in abs(x) (Python 3.10). */
static GpValue int_bit_count(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (nargs != 1 || kwnames)
    return gp_raise(t, &gp_exc_TypeError, "int.bit_count() takes no arguments (%d given)",
                    nargs - 1);
  if (IS_SMALL(args[0])) {
    int64_t x = args[0].as.i;
    return gp_intv(__builtin_popcountll(x < 0 ? -(uint64_t)x : (uint64_t)x));
  }
  GpIntView va;
  mpz_srcptr m = gp_int_mpz(args[0], &va);
  if (mpz_sgn(m) >= 0) return gp_intv((int64_t)mpz_popcount(m));
  mpz_t neg; /* popcount of a negative mpz is "infinite": count its magnitude */
  mpz_init(neg);
  mpz_neg(neg, m);
  int64_t n = (int64_t)mpz_popcount(neg);
  mpz_clear(neg);
  return gp_intv(n);
}

static const GpMethodDef int_methods[] = {{"bit_length", int_bit_length},
                                          {"to_bytes", gp_int_to_bytes},
                                          {"bit_count", int_bit_count},
                                          {"conjugate", gp_int_conjugate},
                                          {"as_integer_ratio", gp_int_as_integer_ratio},
                                          {NULL, NULL}};

static const GpMethodDef int_classmethods[] = {{"from_bytes", gp_int_from_bytes}, {NULL, NULL}};
/* Only the class methods: an int's protocol is dispatched by ops.c itself. */
static const GpTypeOps int_ops = {.classmethods = int_classmethods};

GpType gp_type_int = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "int",
    .dealloc = int_dealloc,
    .repr = int_repr,
    .hash = int_hash,
    .call = int_call,
    .getattr = gp_int_getattr,
    .methods = int_methods,
    .ops = &int_ops,
};
