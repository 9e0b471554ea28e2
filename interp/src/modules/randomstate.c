/*
** randomstate.c — Random.getstate, setstate and randbytes. The state is
** CPython's version 3 tuple (3, the 624 twister words and the position,
** gauss's spare or None), so a state from python3 restores the same
** sequence here and the other way round.
*/
#include <stdlib.h>
#include <string.h>

#include "num.h"
#include "obj.h"
#include "randommod.h"

enum { STATE_VERSION = 3 };

static GpValue no_state(GpThread *t) {
  return gp_raise(t, &gp_exc_NotImplementedError, "System entropy source does not have state.");
}

GpValue gp_random_getstate(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "getstate", nargs - 1, kw) < 0) return GP_ERRV;
  GpRandObj *r = GP_RAND(args[0]);
  if (r->system) return no_state(t);
  GpValue words = gp_tuple_new(t, GP_MT_N + 1);
  if (GP_IS_ERR(words)) return words;
  gp_obj_lock(&r->ob);
  for (int i = 0; i < GP_MT_N; i++)
    GP_TUPLE(words)->items[i] = gp_intv(r->mt[i]);
  GP_TUPLE(words)->items[GP_MT_N] = gp_intv(r->mti);
  GpValue gauss = r->has_gauss ? gp_floatv(r->gauss_next) : GP_NONEV;
  gp_obj_unlock(&r->ob);
  GpValue st[3] = {gp_intv(STATE_VERSION), words, gauss};
  GpValue res = gp_tuple_pack(t, 3, st);
  GP_DECREF(words);
  return res;
}

/* A state word: PyLong_AsUnsignedLong's checks, then its low 32 bits
** (version 2 states held signed words: any int, taken mod 2**32). */
static int state_word(GpThread *t, GpValue v, bool any_sign, uint32_t *out) {
  if (!gp_is_int(v)) {
    gp_raise(t, &gp_exc_TypeError, "an integer is required");
    return -1;
  }
  GpIntView view;
  mpz_srcptr z = gp_int_mpz(v, &view);
  if (!any_sign && mpz_sgn(z) < 0) {
    gp_raise(t, &gp_exc_OverflowError, "can't convert negative value to unsigned int");
    return -1;
  }
  if (!any_sign && mpz_sizeinbase(z, 2) > 64) {
    gp_raise(t, &gp_exc_OverflowError, "Python int too large to convert to C unsigned long");
    return -1;
  }
  mpz_t low;
  mpz_init(low);
  mpz_fdiv_r_2exp(low, z, 32);
  *out = (uint32_t)mpz_get_ui(low);
  mpz_clear(low);
  return 0;
}

/* _random.Random.setstate of the words tuple: all is checked before the
** generator changes. */
static int set_words(GpThread *t, GpRandObj *r, GpValue words, bool any_sign) {
  if (!GP_IS_TYPE(words, gp_type_tuple)) {
    gp_raise(t, &gp_exc_TypeError, "state vector must be a tuple");
    return -1;
  }
  if (GP_TUPLE(words)->len != GP_MT_N + 1) {
    gp_raise(t, &gp_exc_ValueError, "state vector is the wrong size");
    return -1;
  }
  uint32_t mt[GP_MT_N];
  for (int i = 0; i < GP_MT_N; i++)
    if (state_word(t, GP_TUPLE(words)->items[i], any_sign, &mt[i]) < 0) return -1;
  int64_t pos;
  if (gp_as_index(t, GP_TUPLE(words)->items[GP_MT_N], &pos) < 0) return -1;
  if (pos < 0 || pos > GP_MT_N) {
    gp_raise(t, &gp_exc_ValueError, "invalid state");
    return -1;
  }
  gp_obj_lock(&r->ob);
  memcpy(r->mt, mt, sizeof mt);
  r->mti = (int)pos;
  gp_obj_unlock(&r->ob);
  return 0;
}

/* The version error of random.py's setstate, with str(version). */
static GpValue bad_version(GpThread *t, GpValue version) {
  GpValue s = gp_str(t, version);
  if (GP_IS_ERR(s)) return s;
  gp_raise(t, &gp_exc_ValueError, "state with version %s passed to Random.setstate() of version %d",
           GP_STR(s)->data, STATE_VERSION);
  GP_DECREF(s);
  return GP_ERRV;
}

/* version, words, gauss_next = state, with the unpacking's messages. */
static int unpack3(GpThread *t, GpValue state, GpValue parts[3]) {
  int64_t n;
  if (gp_len_of(t, state, &n) < 0) return -1;
  if (n != 3) {
    if (n > 3)
      gp_raise(t, &gp_exc_ValueError, "too many values to unpack (expected 3)");
    else
      gp_raise(t, &gp_exc_ValueError, "not enough values to unpack (expected 3, got %d)", (int)n);
    return -1;
  }
  for (int i = 0; i < 3; i++) {
    parts[i] = gp_getitem(t, state, gp_intv(i));
    if (GP_IS_ERR(parts[i])) {
      while (i--)
        GP_DECREF(parts[i]);
      return -1;
    }
  }
  return 0;
}

/* random.py's setstate: version 3 (or 2, words of either sign), then the
** twister's words; gauss_next is the third item. */
GpValue gp_random_setstate(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "setstate", nargs - 1, kw) < 0) return GP_ERRV;
  GpRandObj *r = GP_RAND(args[0]);
  if (r->system) return no_state(t);
  GpValue version = gp_getitem(t, args[1], gp_intv(0));
  if (GP_IS_ERR(version)) return version;
  int64_t v = gp_is_int(version) && version.tag == GP_T_INT ? version.as.i : -1;
  if (v != STATE_VERSION && v != 2) {
    GpValue e = bad_version(t, version);
    GP_DECREF(version);
    return e;
  }
  GP_DECREF(version);
  GpValue parts[3];
  if (unpack3(t, args[1], parts) < 0) return GP_ERRV;
  double gauss = 0.0;
  int rc = GP_IS_NONE(parts[2]) ? 0 : gp_to_double(t, parts[2], &gauss);
  if (rc == 0) rc = set_words(t, r, parts[1], v == 2);
  if (rc == 0) {
    gp_obj_lock(&r->ob);
    r->has_gauss = !GP_IS_NONE(parts[2]);
    r->gauss_next = gauss;
    gp_obj_unlock(&r->ob);
  }
  for (int i = 0; i < 3; i++)
    GP_DECREF(parts[i]);
  return rc < 0 ? GP_ERRV : GP_NONEV;
}

/* randbytes(n): getrandbits(n * 8).to_bytes(n, 'little'), word by word. */
GpValue gp_random_randbytes(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "randbytes", nargs - 1, kw) < 0) return GP_ERRV;
  int64_t n;
  if (gp_as_index(t, args[1], &n) < 0) return GP_ERRV;
  if (n < 0) return gp_raise(t, &gp_exc_ValueError, "number of bits must be non-negative");
  unsigned char *p = malloc(n ? (size_t)n : 1);
  if (!p) return gp_raise_nomem(t);
  GpRandObj *r = GP_RAND(args[0]);
  gp_obj_lock(&r->ob);
  for (int64_t i = 0; i < n; i += 4) {
    int64_t left = n - i < 4 ? n - i : 4;
    uint32_t w = gp_rand_word(r);
    if (left < 4) w >>= 32 - 8 * left; /* getrandbits keeps a last word's top bits */
    for (int64_t j = 0; j < left; j++)
      p[i + j] = (unsigned char)(w >> (8 * j));
  }
  gp_obj_unlock(&r->ob);
  GpValue b = gp_bytes_new(t, (const char *)p, (size_t)n);
  free(p);
  return b;
}
