/*
** intbytes.c — int.to_bytes and int.from_bytes: an int as a fixed-width
** two's-complement (or unsigned) byte string in either byte order, and
** back, with CPython 3.11's defaults (length 1, 'big') and messages.
*/
#include <string.h>

#include "num.h"
#include "obj.h"

/* 1 for 'big', -1 for 'little' (mpz_import's word order); 0 with an error. */
static int byteorder_arg(GpThread *t, const char *fname, GpValue v) {
  if (GP_IS_ERR(v)) return 1;
  if (!GP_IS_TYPE(v, gp_type_str)) {
    gp_raise(t, &gp_exc_TypeError, "%s() argument 'byteorder' must be str, not %s", fname,
             gp_type_name(v));
    return 0;
  }
  if (strcmp(GP_STR(v)->data, "big") == 0) return 1;
  if (strcmp(GP_STR(v)->data, "little") == 0) return -1;
  gp_raise(t, &gp_exc_ValueError, "byteorder must be either 'little' or 'big'");
  return 0;
}

static int signed_arg(GpThread *t, GpValue v) {
  return GP_IS_ERR(v) ? 0 : gp_truthy(t, v);
}

/* Whether z fits in n bytes: [0, 2**8n) unsigned, [-2**(8n-1), 2**(8n-1)) signed. */
static bool fits(mpz_srcptr z, uint64_t n, bool sign) {
  uint64_t bits = n * 8;
  if (!sign) return mpz_sgn(z) == 0 || mpz_sizeinbase(z, 2) <= bits;
  if (bits == 0) return mpz_sgn(z) == 0;
  if (mpz_sgn(z) >= 0) return mpz_sgn(z) == 0 || mpz_sizeinbase(z, 2) <= bits - 1;
  mpz_t m; /* -z - 1 = ~z has the magnitude a negative value needs */
  mpz_init(m);
  mpz_com(m, z);
  bool ok = mpz_sgn(m) == 0 || mpz_sizeinbase(m, 2) <= bits - 1;
  mpz_clear(m);
  return ok;
}

/* z, in range, as n two's-complement bytes, most significant first. */
static void put_big_endian(mpz_srcptr z, char *out, size_t n) {
  mpz_t u;
  mpz_init_set(u, z);
  if (mpz_sgn(u) < 0) {
    mpz_t wrap;
    mpz_init(wrap);
    mpz_ui_pow_ui(wrap, 2, 8 * n);
    mpz_add(u, u, wrap);
    mpz_clear(wrap);
  }
  size_t count = mpz_sgn(u) == 0 ? 0 : (mpz_sizeinbase(u, 2) + 7) / 8;
  memset(out, 0, n - count);
  if (count) mpz_export(out + (n - count), NULL, 1, 1, 1, 0, u);
  mpz_clear(u);
}

static void reverse(char *p, size_t n) {
  for (size_t i = 0; i < n / 2; i++) {
    char c = p[i];
    p[i] = p[n - 1 - i];
    p[n - 1 - i] = c;
  }
}

/* int.to_bytes(length=1, byteorder='big', *, signed=False) */
GpValue gp_int_to_bytes(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"length", "byteorder", "$signed"};
  GpValue a[3];
  if (gp_parse_args(t, "to_bytes", args + 1, nargs - 1, kw, names, 3, 0, a) < 0) return GP_ERRV;
  int64_t n = 1;
  if (!GP_IS_ERR(a[0]) && gp_as_index(t, a[0], &n) < 0) return GP_ERRV;
  if (n < 0) return gp_raise(t, &gp_exc_ValueError, "length argument must be non-negative");
  int order = byteorder_arg(t, "to_bytes", a[1]), sign = signed_arg(t, a[2]);
  if (order == 0 || sign < 0) return GP_ERRV;
  GpIntView view;
  mpz_srcptr z = gp_int_mpz(args[0], &view);
  GpValue r = gp_bytes_zero(t, (size_t)n); /* first, as CPython: a huge length is a MemoryError */
  if (GP_IS_ERR(r)) return r;
  const char *why = !sign && mpz_sgn(z) < 0       ? "can't convert negative int to unsigned"
                    : !fits(z, (uint64_t)n, sign) ? "int too big to convert"
                                                  : NULL;
  if (why) {
    GP_DECREF(r);
    return gp_raise(t, &gp_exc_OverflowError, "%s", why);
  }
  char *out = ((GpBytes *)r.as.o)->data;
  put_big_endian(z, out, (size_t)n);
  if (order < 0) reverse(out, (size_t)n);
  return r;
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False) on args[0], the
** bytes to read. */
static GpValue from_bytes(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"bytes", "byteorder", "$signed"};
  GpValue a[3];
  if (gp_parse_args(t, "from_bytes", args, nargs, kw, names, 3, 1, a) < 0) return GP_ERRV;
  int order = byteorder_arg(t, "from_bytes", a[1]), sign = signed_arg(t, a[2]);
  if (order == 0 || sign < 0) return GP_ERRV;
  GpValue src = gp_bytes_of(t, a[0]);
  if (GP_IS_ERR(src)) return src;
  const GpBytes *b = (const GpBytes *)src.as.o;
  mpz_t z;
  mpz_init(z);
  mpz_import(z, b->len, order, 1, 1, 0, b->data);
  unsigned char top = b->len ? (unsigned char)b->data[order > 0 ? 0 : b->len - 1] : 0;
  if (sign && (top & 0x80)) {
    mpz_t wrap;
    mpz_init(wrap);
    mpz_ui_pow_ui(wrap, 2, 8 * b->len);
    mpz_sub(z, z, wrap);
    mpz_clear(wrap);
  }
  GP_DECREF(src);
  GpValue r = gp_int_from_mpz(t, z);
  mpz_clear(z);
  return r;
}

/* A class method: I.from_bytes makes an I, bool.from_bytes a bool. */
GpValue gp_int_from_bytes(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return gp_class_result(t, args[0], &gp_type_int, from_bytes(t, args + 1, nargs - 1, kw));
}
