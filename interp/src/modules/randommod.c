/*
** randommod.c — the random module: CPython's Mersenne Twister (MT19937,
** init_by_array seeding from the 32-bit words of abs(seed)) and the
** algorithms of CPython's random.py on top of it (random() from two
** words, getrandbits, _randbelow by rejection, randrange, shuffle,
** sample, choices), so a seeded program draws exactly CPython's numbers.
** The module's functions are bound methods of a hidden Random instance,
** as in CPython. gil=none: an instance's state is guarded by its lock.
*/
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "class.h"
#include "digest.h"
#include "num.h"
#include "obj.h"
#include "randommod.h"
#include "vm.h"

enum { N = GP_MT_N, M = 397 };

typedef GpRandObj RandObj;

static GpType random_type, system_random_type;

#define R(v) GP_RAND(v)

/* ------------------------------------------------------------ the twister */

static void init_genrand(RandObj *r, uint32_t s) {
  r->mt[0] = s;
  for (int i = 1; i < N; i++)
    r->mt[i] = 1812433253u * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + (uint32_t)i;
  r->mti = N;
}

static void init_by_array(RandObj *r, const uint32_t *key, size_t len) {
  init_genrand(r, 19650218u);
  size_t i = 1, j = 0;
  for (size_t k = N > len ? N : len; k; k--) {
    r->mt[i] =
        (r->mt[i] ^ ((r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
    i++, j++;
    if (i >= N) {
      r->mt[0] = r->mt[N - 1];
      i = 1;
    }
    if (j >= len) j = 0;
  }
  for (size_t k = N - 1; k; k--) {
    r->mt[i] = (r->mt[i] ^ ((r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
    i++;
    if (i >= N) {
      r->mt[0] = r->mt[N - 1];
      i = 1;
    }
  }
  r->mt[0] = 0x80000000u;
}

/* SystemRandom's word: the OS's entropy, as CPython's os.urandom. */
static uint32_t os_word(void) {
  uint32_t w = 0;
  size_t got = 0;
  while (got < sizeof w) {
    ssize_t n = getrandom((char *)&w + got, sizeof w - got, 0);
    if (n > 0) got += (size_t)n;
  }
  return w;
}

uint32_t gp_rand_word(RandObj *r) {
  static const uint32_t mag01[2] = {0, 0x9908b0dfu};
  uint32_t y;
  if (r->system) return os_word();
  if (r->mti >= N) {
    int kk;
    for (kk = 0; kk < N - M; kk++) {
      y = (r->mt[kk] & 0x80000000u) | (r->mt[kk + 1] & 0x7fffffffu);
      r->mt[kk] = r->mt[kk + M] ^ (y >> 1) ^ mag01[y & 1];
    }
    for (; kk < N - 1; kk++) {
      y = (r->mt[kk] & 0x80000000u) | (r->mt[kk + 1] & 0x7fffffffu);
      r->mt[kk] = r->mt[kk + (M - N)] ^ (y >> 1) ^ mag01[y & 1];
    }
    y = (r->mt[N - 1] & 0x80000000u) | (r->mt[0] & 0x7fffffffu);
    r->mt[N - 1] = r->mt[M - 1] ^ (y >> 1) ^ mag01[y & 1];
    r->mti = 0;
  }
  y = r->mt[r->mti++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

double gp_rand_double(RandObj *r) {
  gp_obj_lock(&r->ob);
  uint32_t a = gp_rand_word(r) >> 5, b = gp_rand_word(r) >> 6;
  gp_obj_unlock(&r->ob);
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* getrandbits(k) for k <= 64. */
static uint64_t bits64(RandObj *r, int k) {
  if (k <= 0) return 0;
  gp_obj_lock(&r->ob);
  uint64_t v;
  if (k <= 32) {
    v = gp_rand_word(r) >> (32 - k);
  } else {
    v = gp_rand_word(r);
    uint32_t hi = gp_rand_word(r);
    if (k < 64) hi >>= 64 - k;
    v |= (uint64_t)hi << 32;
  }
  gp_obj_unlock(&r->ob);
  return v;
}

/* getrandbits(k) for any k >= 0, into z. */
static int bits_mpz(GpThread *t, RandObj *r, uint64_t k, mpz_t z) {
  size_t words = (size_t)((k + 31) / 32);
  uint32_t *w = malloc((words ? words : 1) * sizeof *w);
  if (!w) {
    gp_raise_nomem(t);
    return -1;
  }
  gp_obj_lock(&r->ob);
  for (size_t i = 0; i < words; i++, k -= 32) {
    uint32_t x = gp_rand_word(r);
    if (k < 32) x >>= 32 - k;
    w[i] = x;
  }
  gp_obj_unlock(&r->ob);
  mpz_import(z, words, -1, sizeof *w, 0, 0, w);
  free(w);
  return 0;
}

static size_t bit_length(GpValue n) {
  GpIntView v;
  mpz_srcptr z = gp_int_mpz(n, &v);
  return mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2);
}

/* A random int in [0, n), n > 0 an int: CPython's _randbelow_with_getrandbits. */
static GpValue randbelow(GpThread *t, RandObj *r, GpValue n) {
  size_t k = bit_length(n);
  if (n.tag == GP_T_INT || n.tag == GP_T_BOOL) {
    uint64_t lim = (uint64_t)n.as.i, x;
    do
      x = bits64(r, (int)k);
    while (x >= lim);
    return gp_intv((int64_t)x);
  }
  GpIntView v;
  mpz_srcptr lim = gp_int_mpz(n, &v);
  mpz_t z;
  mpz_init(z);
  do {
    if (bits_mpz(t, r, k, z) < 0) {
      mpz_clear(z);
      return GP_ERRV;
    }
  } while (mpz_cmp(z, lim) >= 0);
  GpValue res = gp_int_from_mpz(t, z);
  mpz_clear(z);
  return res;
}

static int64_t randbelow64(RandObj *r, int64_t n) {
  return randbelow(NULL, r, gp_intv(n)).as.i;
}

/* ------------------------------------------------------------- seeding */

/* seed(b), version 2: int.from_bytes(b + sha512(b).digest()), big-endian. */
static int data_seed(GpThread *t, mpz_t z, const char *data, size_t len) {
  uint8_t *buf = malloc(len + GP_SHA512_LEN);
  if (!buf) {
    gp_raise_nomem(t);
    return -1;
  }
  memcpy(buf, data, len);
  gp_sha512(data, len, buf + len);
  mpz_import(z, len + GP_SHA512_LEN, 1, 1, 1, 0, buf);
  free(buf);
  return 0;
}

static bool is_text(GpValue a) {
  return GP_IS_TYPE(a, gp_type_str) || GP_IS_TYPE(a, gp_type_bytes) ||
         GP_IS_TYPE(a, gp_type_bytearray);
}

/* A str seeds as s.encode(), bytes and a bytearray (copied: it may
** change) as their bytes. */
static int text_seed(GpThread *t, mpz_t z, GpValue a) {
  if (GP_IS_TYPE(a, gp_type_str)) return data_seed(t, z, GP_STR(a)->data, GP_STR(a)->len);
  GpValue b = gp_buffer_copy(t, a);
  if (GP_IS_ERR(b)) return -1;
  int r = data_seed(t, z, ((GpBytes *)b.as.o)->data, ((GpBytes *)b.as.o)->len);
  GP_DECREF(b);
  return r;
}

static int seed_from(GpThread *t, RandObj *r, GpValue a) {
  uint32_t *key = NULL;
  size_t len = 0;
  if (GP_IS_NONE(a) || GP_IS_ERR(a)) {
    uint32_t buf[N];
    if (getentropy(buf, 256) < 0 || getentropy((char *)buf + 256, sizeof buf - 256) < 0) {
      uint64_t x = (uint64_t)time(NULL) ^ ((uint64_t)getpid() << 32) ^ (uintptr_t)r;
      for (int i = 0; i < N; i++) {
        x = x * 6364136223846793005u + 1442695040888963407u;
        buf[i] = (uint32_t)(x >> 32);
      }
    }
    gp_obj_lock(&r->ob);
    init_by_array(r, buf, N);
    gp_obj_unlock(&r->ob);
    return 0;
  }
  mpz_t z;
  mpz_init(z);
  if (gp_is_int(a)) {
    GpIntView v;
    mpz_abs(z, gp_int_mpz(a, &v));
  } else if (is_text(a)) {
    if (text_seed(t, z, a) < 0) {
      mpz_clear(z);
      return -1;
    }
  } else { /* CPython seeds from other seeds' (floats') hash, as a size_t */
    int64_t h;
    if (gp_hash(t, a, &h) < 0) {
      mpz_clear(z);
      return -1;
    }
    mpz_set_ui(z, (unsigned long)(uint64_t)h);
  }
  size_t words = (mpz_sizeinbase(z, 2) + 31) / 32;
  key = calloc(words ? words : 1, sizeof *key);
  if (!key) {
    mpz_clear(z);
    gp_raise_nomem(t);
    return -1;
  }
  mpz_export(key, &len, -1, sizeof *key, 0, 0, z);
  mpz_clear(z);
  if (len == 0) len = 1; /* seed 0: key [0] */
  gp_obj_lock(&r->ob);
  init_by_array(r, key, len);
  gp_obj_unlock(&r->ob);
  free(key);
  return 0;
}

/* ------------------------------------------------------------- methods */

/* CPython 3.11's seed() takes None, int, float, str, bytes and bytearray.
** -1 with its TypeError for others. */
static int check_seed(GpThread *t, GpValue a) {
  if (GP_IS_ERR(a) || GP_IS_NONE(a) || gp_is_int(a) || GP_IS_FLOAT(a) || is_text(a)) return 0;
  gp_raise(t, &gp_exc_TypeError,
           "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
  return -1;
}

static GpValue m_seed(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"a", "version"};
  GpValue a[2];
  if (R(args[0])->system) return GP_NONEV; /* SystemRandom's seed is a stub */
  if (gp_parse_args(t, "seed", args + 1, nargs - 1, kw, names, 2, 0, a) < 0) return GP_ERRV;
  if (!GP_IS_ERR(a[0])) a[0] = gp_unwrap(a[0]); /* a subclass's instance seeds as its value */
  if (check_seed(t, a[0]) < 0) return GP_ERRV;
  if (is_text(a[0]) && !GP_IS_ERR(a[1]) && !(a[1].tag == GP_T_INT && a[1].as.i == 2))
    return gp_raise(t, &gp_exc_NotImplementedError,
                    "seed(version=...) other than 2 of a str or bytes is not supported by gilpy");
  R(args[0])->has_gauss = false;
  return seed_from(t, R(args[0]), a[0]) < 0 ? GP_ERRV : GP_NONEV;
}

static GpValue m_random(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "random", nargs - 1, kw) < 0) return GP_ERRV;
  return gp_floatv(gp_rand_double(R(args[0])));
}

static GpValue m_getrandbits(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "getrandbits", nargs - 1, kw) < 0) return GP_ERRV;
  int64_t k;
  if (gp_as_index(t, args[1], &k) < 0) return GP_ERRV;
  if (k < 0) return gp_raise(t, &gp_exc_ValueError, "number of bits must be non-negative");
  if (k <= 63) return gp_intv((int64_t)bits64(R(args[0]), (int)k));
  mpz_t z;
  mpz_init(z);
  GpValue res = bits_mpz(t, R(args[0]), (uint64_t)k, z) < 0 ? GP_ERRV : gp_int_from_mpz(t, z);
  mpz_clear(z);
  return res;
}

static int as_int(GpThread *t, GpValue v, const char *what) {
  if (gp_is_int(v)) return 0;
  if (GP_IS_FLOAT(v) && v.as.f == floor(v.as.f) && isfinite(v.as.f)) return 1; /* deprecated */
  if (GP_IS_FLOAT(v)) {
    gp_raise(t, &gp_exc_ValueError, "non-integer %s for randrange()", what);
    return -1;
  }
  gp_raise(t, &gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
           gp_type_name(v));
  return -1;
}

static GpValue int_of(GpThread *t, GpValue v) {
  if (GP_IS_FLOAT(v)) return gp_int_from_double(t, v.as.f);
  GP_INCREF(v);
  return v;
}

static int sign_of(GpValue v) {
  return gp_int_sign(v);
}

/* randrange(start, stop=None, step=1), as random.py. */
static GpValue randrange(GpThread *t, RandObj *r, GpValue start, GpValue stop, GpValue step) {
  if (as_int(t, start, "arg 1") < 0) return GP_ERRV;
  GpValue istart = int_of(t, start), res = GP_ERRV;
  if (GP_IS_ERR(istart)) return istart;
  if (GP_IS_ERR(stop) || GP_IS_NONE(stop)) {
    if (!GP_IS_ERR(step)) {
      res = gp_raise(t, &gp_exc_TypeError, "Missing a non-None stop argument");
    } else if (sign_of(istart) > 0) {
      res = randbelow(t, r, istart);
    } else {
      res = gp_raise(t, &gp_exc_ValueError, "empty range for randrange()");
    }
    GP_DECREF(istart);
    return res;
  }
  GpValue istop = GP_ERRV, width = GP_ERRV, istep = GP_ERRV, n = GP_ERRV, k = GP_ERRV;
  if (as_int(t, stop, "stop") < 0 || GP_IS_ERR(istop = int_of(t, stop))) goto done;
  if (GP_IS_ERR(width = gp_binop(t, GP_OP_SUB, istop, istart))) goto done;
  if (GP_IS_ERR(step)) {
    istep = gp_intv(1);
  } else if (as_int(t, step, "step") < 0 || GP_IS_ERR(istep = int_of(t, step))) {
    goto done;
  }
  if (istep.tag == GP_T_INT && istep.as.i == 1) {
    if (sign_of(width) > 0) {
      if (!GP_IS_ERR(k = randbelow(t, r, width))) res = gp_binop(t, GP_OP_ADD, istart, k);
    } else {
      GpValue parts[3] = {istart, istop, width}, reprs[3] = {GP_ERRV, GP_ERRV, GP_ERRV};
      bool ok = true;
      for (int i = 0; i < 3 && ok; i++)
        ok = !GP_IS_ERR(reprs[i] = gp_repr(t, parts[i]));
      if (ok)
        gp_raise(t, &gp_exc_ValueError, "empty range for randrange() (%s, %s, %s)",
                 GP_STR(reprs[0])->data, GP_STR(reprs[1])->data, GP_STR(reprs[2])->data);
      for (int i = 0; i < 3; i++)
        if (!GP_IS_ERR(reprs[i])) GP_DECREF(reprs[i]);
    }
    goto done;
  }
  int ss = sign_of(istep);
  if (ss == 0) {
    gp_raise(t, &gp_exc_ValueError, "zero step for randrange()");
    goto done;
  }
  GpValue adj = gp_binop(t, GP_OP_ADD, width, istep);
  if (GP_IS_ERR(adj)) goto done;
  GpValue adj2 = gp_binop(t, ss > 0 ? GP_OP_SUB : GP_OP_ADD, adj, gp_intv(1));
  GP_DECREF(adj);
  if (GP_IS_ERR(adj2)) goto done;
  n = gp_binop(t, GP_OP_FLOORDIV, adj2, istep);
  GP_DECREF(adj2);
  if (GP_IS_ERR(n)) goto done;
  if (sign_of(n) <= 0) {
    gp_raise(t, &gp_exc_ValueError, "empty range for randrange()");
    goto done;
  }
  if (GP_IS_ERR(k = randbelow(t, r, n))) goto done;
  GpValue off = gp_binop(t, GP_OP_MUL, istep, k);
  if (!GP_IS_ERR(off)) {
    res = gp_binop(t, GP_OP_ADD, istart, off);
    GP_DECREF(off);
  }
done:
  GP_DECREF(istart);
  if (!GP_IS_ERR(istop)) GP_DECREF(istop);
  if (!GP_IS_ERR(width)) GP_DECREF(width);
  if (!GP_IS_ERR(istep)) GP_DECREF(istep);
  if (!GP_IS_ERR(n)) GP_DECREF(n);
  if (!GP_IS_ERR(k)) GP_DECREF(k);
  return res;
}

static GpValue m_randrange(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"start", "stop", "step"};
  GpValue a[3];
  if (gp_parse_args(t, "randrange", args + 1, nargs - 1, kw, names, 3, 1, a) < 0) return GP_ERRV;
  return randrange(t, R(args[0]), a[0], a[1], a[2]);
}

static GpValue m_randint(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"a", "b"};
  GpValue a[2];
  if (gp_parse_args(t, "randint", args + 1, nargs - 1, kw, names, 2, 2, a) < 0) return GP_ERRV;
  GpValue stop = gp_binop(t, GP_OP_ADD, a[1], gp_intv(1));
  if (GP_IS_ERR(stop)) return stop;
  GpValue r = randrange(t, R(args[0]), a[0], stop, GP_ERRV);
  GP_DECREF(stop);
  return r;
}

static GpValue m_choice(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "choice", nargs - 1, kw) < 0) return GP_ERRV;
  int64_t n;
  if (gp_len_of(t, args[1], &n) < 0) return GP_ERRV;
  if (n == 0) return gp_raise(t, &gp_exc_IndexError, "Cannot choose from an empty sequence");
  return gp_getitem(t, args[1], gp_intv(randbelow64(R(args[0]), n)));
}

static GpValue m_shuffle(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "shuffle", nargs - 1, kw) < 0) return GP_ERRV;
  int64_t n;
  GpValue x = args[1];
  if (gp_len_of(t, x, &n) < 0) return GP_ERRV;
  for (int64_t i = n - 1; i > 0; i--) {
    int64_t j = randbelow64(R(args[0]), i + 1);
    GpValue a = gp_getitem(t, x, gp_intv(i));
    if (GP_IS_ERR(a)) return a;
    GpValue b = gp_getitem(t, x, gp_intv(j));
    int e = GP_IS_ERR(b) ? -1 : gp_setitem(t, x, gp_intv(i), b);
    if (e == 0) e = gp_setitem(t, x, gp_intv(j), a);
    GP_DECREF(a);
    if (!GP_IS_ERR(b)) GP_DECREF(b);
    if (e < 0) return GP_ERRV;
  }
  return GP_NONEV;
}

static GpValue m_uniform(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"a", "b"};
  GpValue a[2];
  if (gp_parse_args(t, "uniform", args + 1, nargs - 1, kw, names, 2, 2, a) < 0) return GP_ERRV;
  GpValue d = gp_binop(t, GP_OP_SUB, a[1], a[0]);
  if (GP_IS_ERR(d)) return d;
  GpValue p = gp_binop(t, GP_OP_MUL, d, gp_floatv(gp_rand_double(R(args[0]))));
  GP_DECREF(d);
  if (GP_IS_ERR(p)) return p;
  GpValue r = gp_binop(t, GP_OP_ADD, a[0], p);
  GP_DECREF(p);
  return r;
}

static bool is_sequence(GpValue v) {
  return GP_IS_TYPE(v, gp_type_list) || GP_IS_TYPE(v, gp_type_tuple) ||
         GP_IS_TYPE(v, gp_type_str) || GP_IS_RANGE(v);
}

static GpValue m_sample(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"population", "k", "$counts"};
  GpValue a[3];
  if (gp_parse_args(t, "sample", args + 1, nargs - 1, kw, names, 3, 2, a) < 0) return GP_ERRV;
  RandObj *r = R(args[0]);
  GpValue pop = a[0];
  if (!is_sequence(pop))
    return gp_raise(t, &gp_exc_TypeError,
                    "Population must be a sequence.  For dicts or sets, use sorted(d).");
  if (!GP_IS_ERR(a[2]) && !GP_IS_NONE(a[2]))
    return gp_raise(t, &gp_exc_NotImplementedError, "sample(counts=...) is not supported");
  int64_t n, k;
  if (gp_len_of(t, pop, &n) < 0 || gp_as_index(t, a[1], &k) < 0) return GP_ERRV;
  if (k < 0 || k > n)
    return gp_raise(t, &gp_exc_ValueError, "Sample larger than population or is negative");
  GpValue res = gp_list_new(t, (size_t)k);
  if (GP_IS_ERR(res)) return res;
  int64_t setsize = 21;
  if (k > 5) setsize += (int64_t)pow(4, ceil(log(k * 3.0) / log(4.0)));
  if (n <= setsize) {
    GpValue pool = gp_list_from_iter(t, pop);
    if (GP_IS_ERR(pool)) goto fail;
    GpList *pl = GP_LIST(pool);
    for (int64_t i = 0; i < k; i++) {
      int64_t j = randbelow64(r, n - i);
      gp_list_append(t, res.as.o, pl->items[j]);
      GpValue moved = pl->items[n - i - 1];
      GP_INCREF(moved);
      GP_DECREF(pl->items[j]);
      pl->items[j] = moved;
    }
    GP_DECREF(pool);
    return res;
  }
  GpValue selected = gp_set_new(t, &gp_type_set, GP_ERRV);
  if (GP_IS_ERR(selected)) goto fail;
  for (int64_t i = 0; i < k; i++) {
    int64_t j;
    int in;
    do {
      j = randbelow64(r, n);
      in = gp_contains(t, selected, gp_intv(j));
    } while (in > 0);
    GpValue item = in < 0 ? GP_ERRV : gp_getitem(t, pop, gp_intv(j));
    if (GP_IS_ERR(item) || gp_set_add(t, selected.as.o, gp_intv(j)) < 0 ||
        gp_list_append(t, res.as.o, item) < 0) {
      if (!GP_IS_ERR(item)) GP_DECREF(item);
      GP_DECREF(selected);
      goto fail;
    }
    GP_DECREF(item);
  }
  GP_DECREF(selected);
  return res;
fail:
  GP_DECREF(res);
  return GP_ERRV;
}

/* bisect_right(a, x, 0, hi) over a list. */
static int64_t bisect_right(GpThread *t, GpList *a, GpValue x, int64_t hi) {
  int64_t lo = 0;
  while (lo < hi) {
    int64_t mid = (lo + hi) / 2;
    GpValue c = gp_compare(t, GP_CMP_LT, x, a->items[mid]);
    if (GP_IS_ERR(c)) return -1;
    if (c.as.i)
      hi = mid;
    else
      lo = mid + 1;
  }
  return lo;
}

static GpValue m_choices(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"population", "weights", "$cum_weights", "$k"};
  GpValue a[4];
  if (gp_parse_args(t, "choices", args + 1, nargs - 1, kw, names, 4, 1, a) < 0) return GP_ERRV;
  RandObj *r = R(args[0]);
  int64_t n, k = 1;
  if (gp_len_of(t, a[0], &n) < 0) return GP_ERRV;
  if (!GP_IS_ERR(a[3]) && gp_as_index(t, a[3], &k) < 0) return GP_ERRV;
  bool hw = !GP_IS_ERR(a[1]) && !GP_IS_NONE(a[1]), hc = !GP_IS_ERR(a[2]) && !GP_IS_NONE(a[2]);
  GpValue res = gp_list_new(t, k > 0 ? (size_t)k : 0), cum = GP_ERRV;
  if (GP_IS_ERR(res)) return res;
  if (!hw && !hc) {
    for (int64_t i = 0; i < k; i++) {
      GpValue item = gp_getitem(t, a[0], gp_intv((int64_t)floor(gp_rand_double(r) * (double)n)));
      if (GP_IS_ERR(item)) goto fail;
      gp_list_append(t, res.as.o, item);
      GP_DECREF(item);
    }
    return res;
  }
  if (hw && hc) {
    gp_raise(t, &gp_exc_TypeError, "Cannot specify both weights and cumulative weights");
    goto fail;
  }
  if (hw) { /* accumulate */
    GpValue w = gp_list_from_iter(t, a[1]);
    if (GP_IS_ERR(w)) goto fail;
    cum = gp_list_new(t, GP_LIST(w)->len);
    GpValue acc = GP_ERRV;
    for (size_t i = 0; i < GP_LIST(w)->len && !GP_IS_ERR(cum); i++) {
      GpValue x = GP_LIST(w)->items[i];
      GpValue s =
          GP_IS_ERR(acc) ? gp_binop(t, GP_OP_ADD, gp_intv(0), x) : gp_binop(t, GP_OP_ADD, acc, x);
      if (!GP_IS_ERR(acc)) GP_DECREF(acc);
      acc = s;
      if (GP_IS_ERR(s) || gp_list_append(t, cum.as.o, s) < 0) {
        GP_DECREF(cum);
        cum = GP_ERRV;
      }
    }
    if (!GP_IS_ERR(acc)) GP_DECREF(acc);
    GP_DECREF(w);
  } else {
    cum = gp_list_from_iter(t, a[2]);
  }
  if (GP_IS_ERR(cum)) goto fail;
  if ((int64_t)GP_LIST(cum)->len != n) {
    gp_raise(t, &gp_exc_ValueError, "The number of weights does not match the population");
    goto fail;
  }
  double total;
  GpValue tv = n ? gp_binop(t, GP_OP_ADD, GP_LIST(cum)->items[n - 1], gp_floatv(0.0)) : GP_ERRV;
  if (!n) gp_raise(t, &gp_exc_IndexError, "list index out of range");
  if (GP_IS_ERR(tv) || gp_to_double(t, tv, &total) < 0) goto fail;
  if (total <= 0.0) {
    gp_raise(t, &gp_exc_ValueError, "Total of weights must be greater than zero");
    goto fail;
  }
  if (!isfinite(total)) {
    gp_raise(t, &gp_exc_ValueError, "Total of weights must be finite");
    goto fail;
  }
  for (int64_t i = 0; i < k; i++) {
    int64_t j = bisect_right(t, GP_LIST(cum), gp_floatv(gp_rand_double(r) * total), n - 1);
    GpValue item = j < 0 ? GP_ERRV : gp_getitem(t, a[0], gp_intv(j));
    if (GP_IS_ERR(item)) goto fail;
    gp_list_append(t, res.as.o, item);
    GP_DECREF(item);
  }
  GP_DECREF(cum);
  return res;
fail:
  if (!GP_IS_ERR(cum)) GP_DECREF(cum);
  GP_DECREF(res);
  return GP_ERRV;
}

/* gauss(mu, sigma): random.py's Box-Muller pair; the spare is kept. */
static GpValue m_gauss(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"mu", "sigma"};
  GpValue a[2];
  double mu = 0.0, sigma = 1.0;
  if (gp_parse_args(t, "gauss", args + 1, nargs - 1, kw, names, 2, 0, a) < 0) return GP_ERRV;
  if (!GP_IS_ERR(a[0]) && gp_to_double(t, a[0], &mu) < 0) return GP_ERRV;
  if (!GP_IS_ERR(a[1]) && gp_to_double(t, a[1], &sigma) < 0) return GP_ERRV;
  RandObj *r = R(args[0]);
  double z;
  gp_obj_lock(&r->ob);
  bool has = r->has_gauss;
  z = r->gauss_next;
  r->has_gauss = false;
  gp_obj_unlock(&r->ob);
  if (!has) {
    double x2pi = gp_rand_double(r) * 2 * M_PI;
    double g2rad = sqrt(-2.0 * log(1.0 - gp_rand_double(r)));
    z = cos(x2pi) * g2rad;
    gp_obj_lock(&r->ob);
    r->gauss_next = sin(x2pi) * g2rad;
    r->has_gauss = true;
    gp_obj_unlock(&r->ob);
  }
  return gp_floatv(mu + z * sigma);
}

/* The other distributions, as random.py computes them from random(). */
static int get_doubles(GpThread *t, const char *fname, const GpValue *args, int nargs, GpObj *kw,
                       const char *const *names, int n, int nreq, double *out) {
  GpValue a[3];
  if (gp_parse_args(t, fname, args + 1, nargs - 1, kw, names, n, nreq, a) < 0) return -1;
  for (int i = 0; i < n; i++)
    if (!GP_IS_ERR(a[i]) && gp_to_double(t, a[i], &out[i]) < 0) return -1;
  return 0;
}
static GpValue zero_division(GpThread *t) {
  return gp_raise(t, &gp_exc_ZeroDivisionError, "float division by zero");
}

static GpValue m_expovariate(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"lambd"};
  double v[1];
  if (get_doubles(t, "expovariate", args, nargs, kw, names, 1, 1, v) < 0) return GP_ERRV;
  double u = gp_rand_double(R(args[0]));
  return v[0] == 0.0 ? zero_division(t) : gp_floatv(-log(1.0 - u) / v[0]);
}

/* Kinderman and Monahan's ratio method, as random.py's normalvariate */
static double normal(RandObj *r, double mu, double sigma) {
  const double magic = 4 * exp(-0.5) / sqrt(2.0);
  for (;;) {
    double u1 = gp_rand_double(r), u2 = 1.0 - gp_rand_double(r);
    double z = magic * (u1 - 0.5) / u2;
    if (z * z / 4.0 <= -log(u2)) return mu + z * sigma;
  }
}
static GpValue m_normalvariate(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"mu", "sigma"};
  double v[2] = {0.0, 1.0};
  if (get_doubles(t, "normalvariate", args, nargs, kw, names, 2, 0, v) < 0) return GP_ERRV;
  return gp_floatv(normal(R(args[0]), v[0], v[1]));
}
static GpValue m_lognormvariate(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"mu", "sigma"};
  double v[2];
  if (get_doubles(t, "lognormvariate", args, nargs, kw, names, 2, 2, v) < 0) return GP_ERRV;
  return gp_floatv(exp(normal(R(args[0]), v[0], v[1])));
}

static GpValue m_triangular(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"low", "high", "mode"};
  GpValue a[3];
  double low = 0.0, high = 1.0, mode = 0.0;
  if (gp_parse_args(t, "triangular", args + 1, nargs - 1, kw, names, 3, 0, a) < 0) return GP_ERRV;
  if ((!GP_IS_ERR(a[0]) && gp_to_double(t, a[0], &low) < 0) ||
      (!GP_IS_ERR(a[1]) && gp_to_double(t, a[1], &high) < 0))
    return GP_ERRV;
  bool has_mode = !GP_IS_ERR(a[2]) && !GP_IS_NONE(a[2]);
  if (has_mode && gp_to_double(t, a[2], &mode) < 0) return GP_ERRV;
  double u = gp_rand_double(R(args[0]));
  if (has_mode && high == low) { /* random.py returns low itself */
    if (GP_IS_ERR(a[0])) return gp_floatv(0.0);
    GP_INCREF(a[0]);
    return a[0];
  }
  double c = has_mode ? (mode - low) / (high - low) : 0.5;
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    double x = low;
    low = high;
    high = x;
  }
  return gp_floatv(low + (high - low) * sqrt(u * c));
}

static GpValue m_paretovariate(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"alpha"};
  double v[1];
  if (get_doubles(t, "paretovariate", args, nargs, kw, names, 1, 1, v) < 0) return GP_ERRV;
  double u = 1.0 - gp_rand_double(R(args[0]));
  return v[0] == 0.0 ? zero_division(t) : gp_floatv(pow(u, -1.0 / v[0]));
}
static GpValue m_weibullvariate(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"alpha", "beta"};
  double v[2];
  if (get_doubles(t, "weibullvariate", args, nargs, kw, names, 2, 2, v) < 0) return GP_ERRV;
  double u = 1.0 - gp_rand_double(R(args[0]));
  return v[1] == 0.0 ? zero_division(t) : gp_floatv(v[0] * pow(-log(u), 1.0 / v[1]));
}

static const GpMethodDef random_methods[] = {
    {"seed", m_seed},
    {"random", m_random},
    {"getrandbits", m_getrandbits},
    {"randrange", m_randrange},
    {"randint", m_randint},
    {"choice", m_choice},
    {"shuffle", m_shuffle},
    {"uniform", m_uniform},
    {"sample", m_sample},
    {"choices", m_choices},
    {"gauss", m_gauss},
    {"expovariate", m_expovariate},
    {"normalvariate", m_normalvariate},
    {"lognormvariate", m_lognormvariate},
    {"triangular", m_triangular},
    {"paretovariate", m_paretovariate},
    {"weibullvariate", m_weibullvariate},
    {"gammavariate", gp_random_gammavariate},
    {"betavariate", gp_random_betavariate},
    {"vonmisesvariate", gp_random_vonmisesvariate},
    {"randbytes", gp_random_randbytes},
    {"getstate", gp_random_getstate},
    {"setstate", gp_random_setstate},
    {NULL, NULL},
};

static GpValue random_new(GpThread *t, GpValue seed) {
  RandObj *r = (RandObj *)gp_alloc(t, &random_type, sizeof(RandObj));
  if (!r) return gp_raise_nomem(t);
  GpValue v = gp_objv(&r->ob);
  if (seed_from(t, r, seed) < 0) {
    GP_DECREF(v);
    return GP_ERRV;
  }
  return v;
}

static GpValue random_call(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "Random", nargs, kw, 0, 1) < 0) return GP_ERRV;
  GpValue seed = nargs ? gp_unwrap(args[0]) : GP_NONEV;
  return check_seed(t, seed) < 0 ? GP_ERRV : random_new(t, seed);
}

/* SystemRandom(x=None): every word from the OS; x is ignored, as seed(). */
static GpValue system_random_call(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args;
  if (gp_arg_count(t, "SystemRandom", nargs, kw, 0, 1) < 0) return GP_ERRV;
  RandObj *r = (RandObj *)gp_alloc(t, &system_random_type, sizeof(RandObj));
  if (!r) return gp_raise_nomem(t);
  r->system = true;
  r->has_gauss = false;
  return gp_objv(&r->ob);
}

static GpType random_type = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "Random",
    .module = "random",
    .call = random_call,
    .methods = random_methods,
};

static GpType system_random_type = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "SystemRandom",
    .module = "random",
    .base = &random_type, /* random.py's class SystemRandom(Random) */
    .call = system_random_call,
};

/* random.py's module constants. */
static int set_constants(GpThread *t, GpObj *d) {
  const struct {
    const char *name;
    double v;
  } c[] = {{"NV_MAGICCONST", 4 * exp(-0.5) / sqrt(2.0)},
           {"TWOPI", 2.0 * M_PI},
           {"LOG4", log(4.0)},
           {"SG_MAGICCONST", 1.0 + log(4.5)},
           {"RECIP_BPF", ldexp(1.0, -53)}};
  for (size_t i = 0; i < sizeof c / sizeof c[0]; i++)
    if (gp_module_set(t, d, c[i].name, gp_floatv(c[i].v)) < 0) return -1;
  return gp_module_set(t, d, "BPF", gp_intv(53));
}

int gp_open_random(GpThread *t, GpObj *d) {
  GpValue inst = random_new(t, GP_NONEV);
  if (GP_IS_ERR(inst)) return -1;
  int r = gp_module_set(t, d, "Random", gp_objv(&random_type.ob));
  if (r == 0) r = gp_module_set(t, d, "SystemRandom", gp_objv(&system_random_type.ob));
  if (r == 0) r = set_constants(t, d);
  for (const GpMethodDef *m = random_methods; r == 0 && m->name; m++)
    r = gp_module_set(t, d, m->name, gp_native_bind(t, m->name, m->fn, inst));
  GP_DECREF(inst);
  return r;
}
