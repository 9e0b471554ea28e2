/*
** digest.h — the message digests of hashlib (MD5, RFC 1321; SHA-1,
** SHA-224/256/384/512, FIPS 180-4), incremental: init, update any number of
** times, final (which leaves the state as it was, so a copy can go on).
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
  GP_NDIGESTS
} GpDigestAlg;

#define GP_DIGEST_MAX 64 /* bytes of the longest digest */
#define GP_SHA512_LEN 64

typedef struct GpDigest {
  uint32_t alg;     /* GpDigestAlg */
  uint32_t nbuf;    /* bytes waiting in buf, < the block size */
  uint64_t len;     /* bytes hashed so far */
  uint64_t h[8];    /* the chaining value (32-bit algorithms: low halves) */
  uint8_t buf[128]; /* the block being filled */
} GpDigest;

/* The algorithm named name (hashlib's lower-case names), or -1. */
int gp_digest_find(const char *name);
const char *gp_digest_name(GpDigestAlg alg);
size_t gp_digest_size(GpDigestAlg alg);
size_t gp_digest_block(GpDigestAlg alg);
void gp_digest_init(GpDigest *d, GpDigestAlg alg);
void gp_digest_update(GpDigest *d, const void *data, size_t n);
/* The digest of what d has hashed into out (gp_digest_size bytes). */
void gp_digest_final(const GpDigest *d, uint8_t *out);
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

#endif
