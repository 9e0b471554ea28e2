/*
** hashlibmod.c — `_hashlib`, the digests (digest.h) under hashlib_py.c's
** hash objects. A hash's state is an immutable bytes object holding a
** GpDigest: update returns a new one, so a state is never written while
** another thread reads it, and copy() shares it. hashlib locks each hash
** object around its update, as CPython's does.
**
**   _hashlib.state(name)          a fresh state; ValueError if unknown
**   _hashlib.update(state, data)  the state after data (bytes-like)
**   _hashlib.digest(state[, n])   the digest so far (bytes; SHAKE: n bytes)
**   _hashlib.sizes(name)          (digest_size, block_size)
**   _hashlib.blake2(name, digest_size, key, salt, person, fanout, depth,
**                   leaf_size, node_offset >> 32, node_offset & 0xffffffff,
**                   node_depth, inner_size, last_node)
**                                 a BLAKE2 state; ValueError naming the
**                                 first parameter out of range
**
** A state comes back from Python, where a program can forge one: it is
** checked (length, algorithm, partial block) before use. Data of 2048
** bytes or more is hashed with the GIL released (CPython's
** HASHLIB_GIL_MINSIZE), so threads hashing big buffers run in parallel;
** it is a bytes copy (gp_buffer_copy), which no thread can change.
*/
#include <string.h>

#include "digest.h"
#include "obj.h"
#include "vm.h"

enum { GIL_MINSIZE = 2048 };

static int alg_of(GpThread *t, GpValue name) {
  if (!GP_IS_TYPE(name, gp_type_str)) {
    gp_raise(t, &gp_exc_TypeError, "name must be str, not %s", gp_type_name(name));
    return -1;
  }
  int alg = gp_digest_find(GP_STR(name)->data);
  if (alg < 0) gp_raise(t, &gp_exc_ValueError, "unsupported hash type %s", GP_STR(name)->data);
  return alg;
}

static int state_of(GpThread *t, GpValue v, GpDigest *d) {
  if (GP_IS_TYPE(v, gp_type_bytes) && ((GpBytes *)v.as.o)->len == sizeof *d) {
    memcpy(d, ((GpBytes *)v.as.o)->data, sizeof *d);
    if (gp_digest_valid(d)) return 0;
  }
  gp_raise(t, &gp_exc_ValueError, "not a hash state");
  return -1;
}

static GpValue state_value(GpThread *t, const GpDigest *d) {
  return gp_bytes_new(t, (const char *)d, sizeof *d);
}

static GpValue hashmod_state(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "state", nargs, kw, 1, 1) < 0) return GP_ERRV;
  int alg = alg_of(t, args[0]);
  if (alg < 0) return GP_ERRV;
  GpDigest d;
  gp_digest_init(&d, (GpDigestAlg)alg);
  return state_value(t, &d);
}

/* data as bytes (a new reference), with CPython's messages for the rest. */
static GpValue data_of(GpThread *t, GpValue data) {
  if (gp_type_is_subtype(gp_typeof(data), &gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "Strings must be encoded before hashing");
  if (!gp_is_buffer(data))
    return gp_raise(t, &gp_exc_TypeError, "object supporting the buffer API required");
  return gp_buffer_copy(t, data);
}

static GpValue hashmod_update(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "update", nargs, kw, 2, 2) < 0) return GP_ERRV;
  GpDigest d;
  if (state_of(t, args[0], &d) < 0) return GP_ERRV;
  GpValue b = data_of(t, args[1]);
  if (GP_IS_ERR(b)) return GP_ERRV;
  const GpBytes *bytes = (const GpBytes *)b.as.o;
  if (bytes->len >= GIL_MINSIZE) {
    GP_BEGIN_ALLOW_THREADS(t);
    gp_digest_update(&d, bytes->data, bytes->len);
    GP_END_ALLOW_THREADS(t);
  } else {
    gp_digest_update(&d, bytes->data, bytes->len);
  }
  GP_DECREF(b);
  return state_value(t, &d);
}

/* SHAKE's length is the caller's: up to what a bytes object may hold, the
** memory a MemoryError stops. */
static GpValue hashmod_digest(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "digest", nargs, kw, 1, 2) < 0) return GP_ERRV;
  GpDigest d;
  if (state_of(t, args[0], &d) < 0) return GP_ERRV;
  int64_t n = (int64_t)gp_digest_len(&d);
  if (nargs == 2 && n == 0 && gp_as_index(t, args[1], &n) < 0) return GP_ERRV;
  if (n < 0) return gp_raise(t, &gp_exc_ValueError, "length must be non-negative");
  GpValue b = gp_bytes_zero(t, (size_t)n);
  if (GP_IS_ERR(b)) return b;
  gp_digest_final(&d, (uint8_t *)((GpBytes *)b.as.o)->data, (size_t)n);
  return b;
}

static int blake2_bytes(GpThread *t, GpValue v, const uint8_t **p, size_t *n) {
  if (!GP_IS_TYPE(v, gp_type_bytes)) {
    gp_raise(t, &gp_exc_TypeError, "a bytes-like object is required, not '%s'", gp_type_name(v));
    return -1;
  }
  *p = (const uint8_t *)((GpBytes *)v.as.o)->data;
  *n = ((GpBytes *)v.as.o)->len;
  return 0;
}

static int blake2_uint(GpThread *t, GpValue v, uint64_t *out) {
  int64_t i;
  if (gp_as_index(t, v, &i) < 0) return -1;
  if (i < 0) {
    gp_raise(t, &gp_exc_ValueError, "value must be positive");
    return -1;
  }
  *out = (uint64_t)i;
  return 0;
}

/* node_offset comes as two 32-bit halves: BLAKE2b's takes all 64 bits. */
static GpValue hashmod_blake2(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "blake2", nargs, kw, 13, 13) < 0) return GP_ERRV;
  int alg = alg_of(t, args[0]);
  if (alg < 0) return GP_ERRV;
  uint64_t u[8]; /* digest_size, then fanout .. inner_size */
  for (int i = 0; i < 8; i++)
    if (blake2_uint(t, args[i ? i + 4 : 1], &u[i]) < 0) return GP_ERRV;
  GpBlake2Params p = {.last_node = gp_truthy(t, args[12]) > 0};
  if (blake2_bytes(t, args[2], &p.key, &p.keylen) < 0 ||
      blake2_bytes(t, args[3], &p.salt, &p.saltlen) < 0 ||
      blake2_bytes(t, args[4], &p.person, &p.personlen) < 0)
    return GP_ERRV;
  if (u[4] >> 32 || u[5] >> 32) return gp_raise(t, &gp_exc_ValueError, "node_offset");
  p.size = u[0] > 255 ? 0 : (size_t)u[0];
  p.fanout = u[1] > 999 ? 999 : (unsigned)u[1];
  p.depth = u[2] > 999 ? 0 : (unsigned)u[2];
  p.leaf_size = u[3];
  p.node_offset = u[4] << 32 | u[5];
  p.node_depth = u[6] > 999 ? 999 : (unsigned)u[6];
  p.inner_size = u[7] > 999 ? 999 : (unsigned)u[7];
  GpDigest d;
  const char *bad = gp_blake2_init(&d, (GpDigestAlg)alg, &p);
  if (bad) return gp_raise(t, &gp_exc_ValueError, "%s", bad);
  return state_value(t, &d);
}

static GpValue hashmod_sizes(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "sizes", nargs, kw, 1, 1) < 0) return GP_ERRV;
  int alg = alg_of(t, args[0]);
  if (alg < 0) return GP_ERRV;
  GpValue items[2] = {gp_intv((int64_t)gp_digest_size(alg)),
                      gp_intv((int64_t)gp_digest_block(alg))};
  return gp_tuple_pack(t, 2, items);
}

int gp_open_hashlib_c(GpThread *t, GpObj *d) {
  static const GpMethodDef fns[] = {
      {"state", hashmod_state}, {"update", hashmod_update}, {"digest", hashmod_digest},
      {"sizes", hashmod_sizes}, {"blake2", hashmod_blake2}, {NULL, NULL},
  };
  return gp_module_add_functions(t, d, fns);
}
