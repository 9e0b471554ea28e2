/*
** digest.h — the message digests of hashlib (MD5, RFC 1321; SHA-1,
** SHA-224/256/384/512, FIPS 180-4; SHA3-224/256/384/512 and SHAKE128/256,
** FIPS 202; BLAKE2b and BLAKE2s, RFC 7693), incremental: init, update any
** number of times, final (which leaves the state as it was, so a copy can
** go on).
** A state is plain data: hashlib keeps it in an immutable bytes object,
** which any thread may read and none changes, and checks one it is handed
** (gp_digest_valid) since a program can forge one.
*/
#ifndef GP_DIGEST_H
#define GP_DIGEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum GpDigestAlg {
  GP_MD5,
  GP_SHA1,
  GP_SHA224,
  GP_SHA256,
  GP_SHA384,
  GP_SHA512,
  GP_SHA3_224,
  GP_SHA3_256,
  GP_SHA3_384,
  GP_SHA3_512,
  GP_SHAKE128,
  GP_SHAKE256,
  GP_BLAKE2B,
  GP_BLAKE2S,
  GP_NDIGESTS
} GpDigestAlg;

#define GP_DIGEST_MAX 64 /* bytes of the longest digest */
#define GP_SHA512_LEN 64

/* nbuf: MD5, SHA-1, SHA-2: bytes waiting in buf, < the block size; SHA-3:
** bytes of the block absorbed into h so far, < the rate; BLAKE2: bytes in
** buf, <= the block size, since the last block waits for final. */
typedef struct GpDigest {
  uint32_t alg;      /* GpDigestAlg */
  uint32_t nbuf;     /* see above */
  uint64_t len;      /* bytes hashed so far (BLAKE2: compressed so far) */
  uint64_t h[25];    /* the chaining value h[0..8) (32-bit words: low halves); SHA-3's lanes */
  uint8_t buf[128];  /* the block being filled */
  uint8_t size;      /* the digest's bytes (BLAKE2's is chosen) */
  uint8_t last_node; /* BLAKE2's tree flag for the final block */
  uint8_t pad[6];
} GpDigest;

/* BLAKE2's parameter block (RFC 7693, section 2.5; the tree fields of the
** BLAKE2 paper), checked by gp_blake2_init. */
typedef struct GpBlake2Params {
  size_t size, keylen, saltlen, personlen;
  const uint8_t *key, *salt, *person;
  unsigned fanout, depth, node_depth, inner_size;
  uint64_t leaf_size, node_offset;
  bool last_node;
} GpBlake2Params;

/* The algorithm named name (hashlib's lower-case names), or -1. */
int gp_digest_find(const char *name);
const char *gp_digest_name(GpDigestAlg alg);
size_t gp_digest_size(GpDigestAlg alg); /* 0: SHAKE's, of any length; BLAKE2's largest */
size_t gp_digest_block(GpDigestAlg alg);
void gp_digest_init(GpDigest *d, GpDigestAlg alg); /* BLAKE2: no key, the largest size */
/* BLAKE2b or BLAKE2s with parameters: NULL if they are in range, else the
** name of the first that is not (d is then unchanged). */
const char *gp_blake2_init(GpDigest *d, GpDigestAlg alg, const GpBlake2Params *p);
void gp_digest_update(GpDigest *d, const void *data, size_t n);
/* The digest of what d has hashed into out: n bytes, which must be d's
** size (gp_digest_len) except for SHAKE, whose output has any length. */
void gp_digest_final(const GpDigest *d, uint8_t *out, size_t n);
size_t gp_digest_len(const GpDigest *d); /* d's digest size (SHAKE: 0) */
/* Whether d's fields are in range: an algorithm, a partial block. */
bool gp_digest_valid(const GpDigest *d);

/* SHA-512 of a buffer in one call (random.seed). */
void gp_sha512(const void *data, size_t len, uint8_t out[GP_SHA512_LEN]);

/* The compression functions (digest_sha2.c, digest_md5sha1.c): one block
** into the chaining value h. */
void gp_sha256_block(uint64_t h[8], const uint8_t *block);
void gp_sha512_block(uint64_t h[8], const uint8_t *block);
void gp_md5_block(uint64_t h[8], const uint8_t *block);
void gp_sha1_block(uint64_t h[8], const uint8_t *block);

/* SHA-3's sponge (digest_sha3.c): absorb n bytes at rate `rate`, and
** squeeze n bytes after padding with the domain byte (0x06 SHA-3, 0x1f
** SHAKE). */
void gp_sha3_absorb(GpDigest *d, const uint8_t *p, size_t n, size_t rate);
void gp_sha3_squeeze(const GpDigest *d, uint8_t *out, size_t n, size_t rate, uint8_t domain);

/* BLAKE2 (digest_blake2.c): wide is BLAKE2b (64-bit words), else BLAKE2s. */
const char *gp_blake2_setup(GpDigest *d, bool wide, const GpBlake2Params *p);
void gp_blake2_update(GpDigest *d, const uint8_t *p, size_t n, bool wide);
void gp_blake2_final(const GpDigest *d, uint8_t *out, bool wide);

#endif
