/*
** hashlibmod.c — `_hashlib`, the digests (digest.h) under hashlib_py.c's
** hash objects. A hash's state is an immutable bytes object holding a
** GpDigest: update returns a new one, so a state is never written while
** another thread reads it, and copy() shares it. hashlib locks each hash
** object around its update, as CPython's does.
**
**   _hashlib.state(name)          a fresh state; ValueError if unknown
**   _hashlib.update(state, data)  the state after data (bytes-like)
**   _hashlib.digest(state)        the digest so far (bytes)
**   _hashlib.sizes(name)          (digest_size, block_size)
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

static GpValue hashmod_digest(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "digest", nargs, kw, 1, 1) < 0) return GP_ERRV;
  GpDigest d;
  if (state_of(t, args[0], &d) < 0) return GP_ERRV;
  uint8_t out[GP_DIGEST_MAX];
  gp_digest_final(&d, out);
  return gp_bytes_new(t, (const char *)out, gp_digest_size(d.alg));
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
      {"state", hashmod_state},
      {"update", hashmod_update},
      {"digest", hashmod_digest},
      {"sizes", hashmod_sizes},
      {NULL, NULL},
  };
  return gp_module_add_functions(t, d, fns);
}
