/*
** memfmt.c — the item formats of memoryview.cast: struct's native single
** characters (B b c ? H h I i L l Q q N n P f d), each item read from and
** written to its bytes in the machine's order, with CPython's
** "invalid type/value for format" errors.
*/
#include <math.h>
#include <string.h>

#include "num.h"
#include "numproto.h"
#include "obj.h"

typedef enum { K_UNSIGNED, K_SIGNED, K_FLOAT, K_BOOL, K_CHAR } Kind;

typedef struct {
  char code;
  uint8_t size;
  Kind kind;
} Fmt;

static const Fmt formats[] = {
    {'B', 1, K_UNSIGNED}, {'b', 1, K_SIGNED}, {'c', 1, K_CHAR},     {'?', 1, K_BOOL},
    {'H', 2, K_UNSIGNED}, {'h', 2, K_SIGNED}, {'I', 4, K_UNSIGNED}, {'i', 4, K_SIGNED},
    {'L', 8, K_UNSIGNED}, {'l', 8, K_SIGNED}, {'Q', 8, K_UNSIGNED}, {'q', 8, K_SIGNED},
    {'N', 8, K_UNSIGNED}, {'n', 8, K_SIGNED}, {'P', 8, K_UNSIGNED}, {'f', 4, K_FLOAT},
    {'d', 8, K_FLOAT},
};

static const Fmt *find(char code) {
  for (size_t i = 0; i < sizeof formats / sizeof *formats; i++)
    if (formats[i].code == code) return &formats[i];
  return NULL;
}

int gp_memfmt_size(char code) {
  const Fmt *f = find(code);
  return f ? f->size : 0;
}

/* The unsigned integer of size bytes at p, in the machine's order. */
static uint64_t load(const char *p, int size) {
  uint8_t u8;
  uint16_t u16;
  uint32_t u32;
  uint64_t u64;
  switch (size) {
  case 1:
    return memcpy(&u8, p, 1), u8;
  case 2:
    return memcpy(&u16, p, 2), u16;
  case 4:
    return memcpy(&u32, p, 4), u32;
  default:
    return memcpy(&u64, p, 8), u64;
  }
}

static void put(char *p, int size, uint64_t v) {
  uint8_t u8 = (uint8_t)v;
  uint16_t u16 = (uint16_t)v;
  uint32_t u32 = (uint32_t)v;
  switch (size) {
  case 1:
    memcpy(p, &u8, 1);
    break;
  case 2:
    memcpy(p, &u16, 2);
    break;
  case 4:
    memcpy(p, &u32, 4);
    break;
  default:
    memcpy(p, &v, 8);
  }
}

static GpValue unsigned_value(GpThread *t, uint64_t u) {
  if (u <= INT64_MAX) return gp_intv((int64_t)u);
  mpz_t z;
  mpz_init_set_ui(z, u); /* unsigned long is 64 bits on the supported targets */
  GpValue r = gp_int_from_mpz(t, z);
  mpz_clear(z);
  return r;
}

GpValue gp_memfmt_unpack(GpThread *t, char code, const char *p) {
  const Fmt *f = find(code);
  uint64_t u = load(p, f->size);
  switch (f->kind) {
  case K_UNSIGNED:
    return unsigned_value(t, u);
  case K_SIGNED: { /* sign-extended from the item's width */
    int shift = 64 - 8 * f->size;
    return gp_intv((int64_t)(u << shift) >> shift);
  }
  case K_BOOL:
    return gp_boolv(u != 0);
  case K_CHAR:
    return gp_bytes_new(t, p, 1);
  default: {
    float x32;
    double x64;
    if (f->size == 4) return memcpy(&x32, p, 4), gp_floatv(x32);
    return memcpy(&x64, p, 8), gp_floatv(x64);
  }
  }
}

static int fmt_error(GpThread *t, bool type, char code) {
  gp_raise(t, type ? &gp_exc_TypeError : &gp_exc_ValueError,
           "memoryview: invalid %s for format '%c'", type ? "type" : "value", code);
  return -1;
}

/* *u = the bits of integer item v of format f, range-checked. */
static int int_bits(GpThread *t, const Fmt *f, GpValue v, uint64_t *u) {
  GpValue n = v;
  int k = gp_is_int(v) ? 0 : gp_inst_index(t, v, &n);
  if (k < 0) return -1;
  if (k == 0 && !gp_is_int(v)) return fmt_error(t, true, f->code);
  GpIntView view;
  mpz_srcptr z = gp_int_mpz(n, &view);
  int bits = 8 * f->size;
  bool ok;
  if (f->kind == K_UNSIGNED) {
    ok = mpz_sgn(z) >= 0 && mpz_sizeinbase(z, 2) <= (size_t)bits;
    *u = ok ? mpz_get_ui(z) : 0;
  } else {
    ok = mpz_fits_slong_p(z) && (bits == 64 || (mpz_get_si(z) >= -(1L << (bits - 1)) &&
                                                mpz_get_si(z) < (1L << (bits - 1))));
    *u = ok ? (uint64_t)mpz_get_si(z) : 0;
  }
  if (k > 0) GP_DECREF(n);
  return ok ? 0 : fmt_error(t, false, f->code);
}

int gp_memfmt_pack(GpThread *t, char code, GpValue v, char *out) {
  const Fmt *f = find(code);
  uint64_t u;
  switch (f->kind) {
  case K_BOOL: {
    int b = gp_truthy(t, v);
    if (b < 0) return -1;
    *out = (char)b;
    return 0;
  }
  case K_CHAR:
    if (!GP_IS_TYPE(v, gp_type_bytes)) return fmt_error(t, true, code);
    if (((GpBytes *)v.as.o)->len != 1) return fmt_error(t, false, code);
    *out = ((GpBytes *)v.as.o)->data[0];
    return 0;
  case K_FLOAT: {
    double d;
    if (!gp_is_int(v) && !GP_IS_FLOAT(v)) return fmt_error(t, true, code);
    if (gp_to_double(t, v, &d) < 0) return -1;
    if (f->size == 8) return memcpy(out, &d, 8), 0;
    /* CPython's C cast: too large rounds to inf (spelt out: the cast is UB in C) */
    float x32 = fabs(d) >= 0x1.ffffffp127 ? (float)copysign(INFINITY, d) : (float)d;
    return memcpy(out, &x32, 4), 0;
  }
  default:
    if (int_bits(t, f, v, &u) < 0) return -1;
    put(out, f->size, u);
    return 0;
  }
}
