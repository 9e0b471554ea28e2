/*
** digest.c — the digests' framing (digest.h): for MD5, SHA-1 and SHA-2 a
** message is cut into blocks for the compression functions, then padded
** with 0x80, zeros and its length in bits (big-endian, little-endian for
** MD5) to a whole block; SHA-3's sponge (digest_sha3.c) and BLAKE2
** (digest_blake2.c) frame their own.
*/
#include "digest.h"

#include <string.h>

typedef enum Kind { MD, SPONGE, BLAKE2 } Kind;

typedef struct Alg {
  const char *name;
  uint8_t size, block; /* digest and block bytes (SHA-3: the rate) */
  bool wide, little;   /* 64-bit words; MD5's little-endian words */
  void (*compress)(uint64_t h[8], const uint8_t *block);
  uint64_t iv[8];
  Kind kind;
  uint8_t domain; /* SHA-3's padding byte */
} Alg;

static const Alg algs[GP_NDIGESTS] = {
    [GP_MD5] = {"md5",
                16,
                64,
                false,
                true,
                gp_md5_block,
                {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476},
                .kind = MD},
    [GP_SHA1] = {"sha1",
                 20,
                 64,
                 false,
                 false,
                 gp_sha1_block,
                 {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0},
                 .kind = MD},
    [GP_SHA224] = {"sha224",
                   28,
                   64,
                   false,
                   false,
                   gp_sha256_block,
                   {
                       0xc1059ed8,
                       0x367cd507,
                       0x3070dd17,
                       0xf70e5939,
                       0xffc00b31,
                       0x68581511,
                       0x64f98fa7,
                       0xbefa4fa4,
                   },
                   .kind = MD},
    [GP_SHA256] = {"sha256",
                   32,
                   64,
                   false,
                   false,
                   gp_sha256_block,
                   {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c,
                    0x1f83d9ab, 0x5be0cd19},
                   .kind = MD},
    [GP_SHA384] = {"sha384",
                   48,
                   128,
                   true,
                   false,
                   gp_sha512_block,
                   {
                       0xcbbb9d5dc1059ed8,
                       0x629a292a367cd507,
                       0x9159015a3070dd17,
                       0x152fecd8f70e5939,
                       0x67332667ffc00b31,
                       0x8eb44a8768581511,
                       0xdb0c2e0d64f98fa7,
                       0x47b5481dbefa4fa4,
                   },
                   .kind = MD},
    [GP_SHA512] = {"sha512",
                   64,
                   128,
                   true,
                   false,
                   gp_sha512_block,
                   {0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
                    0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179},
                   .kind = MD},
    [GP_SHA3_224] = {.name = "sha3_224", .size = 28, .block = 144, .kind = SPONGE, .domain = 6},
    [GP_SHA3_256] = {.name = "sha3_256", .size = 32, .block = 136, .kind = SPONGE, .domain = 6},
    [GP_SHA3_384] = {.name = "sha3_384", .size = 48, .block = 104, .kind = SPONGE, .domain = 6},
    [GP_SHA3_512] = {.name = "sha3_512", .size = 64, .block = 72, .kind = SPONGE, .domain = 6},
    [GP_SHAKE128] = {.name = "shake_128", .size = 0, .block = 168, .kind = SPONGE, .domain = 0x1f},
    [GP_SHAKE256] = {.name = "shake_256", .size = 0, .block = 136, .kind = SPONGE, .domain = 0x1f},
    [GP_BLAKE2B] = {.name = "blake2b", .size = 64, .block = 128, .wide = true, .kind = BLAKE2},
    [GP_BLAKE2S] = {.name = "blake2s", .size = 32, .block = 64, .kind = BLAKE2},
};

int gp_digest_find(const char *name) {
  for (int i = 0; i < GP_NDIGESTS; i++)
    if (strcmp(algs[i].name, name) == 0) return i;
  return -1;
}

const char *gp_digest_name(GpDigestAlg alg) {
  return algs[alg].name;
}

size_t gp_digest_size(GpDigestAlg alg) {
  return algs[alg].size;
}

size_t gp_digest_block(GpDigestAlg alg) {
  return algs[alg].block;
}

size_t gp_digest_len(const GpDigest *d) {
  return d->size;
}

bool gp_digest_valid(const GpDigest *d) {
  if (d->alg >= GP_NDIGESTS) return false;
  const Alg *a = &algs[d->alg];
  if (a->kind != BLAKE2) return d->nbuf < a->block && d->size == a->size;
  return d->nbuf <= a->block && d->size >= 1 && d->size <= a->size;
}

void gp_digest_init(GpDigest *d, GpDigestAlg alg) {
  memset(d, 0, sizeof *d);
  d->alg = alg;
  d->size = algs[alg].size;
  if (algs[alg].kind == MD) memcpy(d->h, algs[alg].iv, sizeof algs[alg].iv);
  if (algs[alg].kind == BLAKE2)
    gp_blake2_setup(d, algs[alg].wide, &(GpBlake2Params){.size = d->size, .depth = 1, .fanout = 1});
}

const char *gp_blake2_init(GpDigest *d, GpDigestAlg alg, const GpBlake2Params *p) {
  if (alg >= GP_NDIGESTS || algs[alg].kind != BLAKE2) return "algorithm";
  GpDigest n = {.alg = alg};
  const char *bad = gp_blake2_setup(&n, algs[alg].wide, p);
  if (!bad) *d = n;
  return bad;
}

static void md_update(GpDigest *d, const uint8_t *p, size_t n) {
  const Alg *a = &algs[d->alg];
  d->len += n;
  if (d->nbuf) { /* fill the waiting block first */
    size_t k = a->block - d->nbuf < n ? a->block - d->nbuf : n;
    memcpy(d->buf + d->nbuf, p, k);
    d->nbuf += (uint32_t)k;
    p += k;
    n -= k;
    if (d->nbuf < a->block) return;
    a->compress(d->h, d->buf);
    d->nbuf = 0;
  }
  for (; n >= a->block; n -= a->block, p += a->block)
    a->compress(d->h, p);
  memcpy(d->buf, p, n);
  d->nbuf = (uint32_t)n;
}

static void store(uint8_t *p, uint64_t v, int bytes, bool little) {
  for (int i = 0; i < bytes; i++, v >>= 8)
    p[little ? i : bytes - 1 - i] = (uint8_t)v;
}

void gp_digest_update(GpDigest *d, const void *data, size_t n) {
  const Alg *a = &algs[d->alg];
  if (a->kind == MD)
    md_update(d, data, n);
  else if (a->kind == SPONGE)
    gp_sha3_absorb(d, data, n, a->block);
  else
    gp_blake2_update(d, data, n, a->wide);
}

static void md_final(const GpDigest *d, uint8_t *out) {
  const Alg *a = &algs[d->alg];
  uint64_t h[8];
  uint8_t tail[256] = {0}; /* the waiting bytes, 0x80, zeros, the bit length */
  memcpy(h, d->h, sizeof h);
  memcpy(tail, d->buf, d->nbuf);
  tail[d->nbuf] = 0x80;
  size_t lenbytes = a->wide ? 16 : 8; /* the length's field; its top 64 bits stay 0 */
  size_t blocks = d->nbuf + 1 + lenbytes > a->block ? 2 : 1;
  store(tail + a->block * blocks - 8, d->len << 3, 8, a->little);
  for (size_t i = 0; i < blocks; i++)
    a->compress(h, tail + a->block * i);
  int word = a->wide ? 8 : 4;
  uint8_t full[GP_DIGEST_MAX];
  for (int i = 0; i < 8; i++)
    store(full + word * i, h[i], word, a->little);
  memcpy(out, full, a->size);
}

void gp_digest_final(const GpDigest *d, uint8_t *out, size_t n) {
  const Alg *a = &algs[d->alg];
  if (a->kind == MD)
    md_final(d, out);
  else if (a->kind == SPONGE)
    gp_sha3_squeeze(d, out, n, a->block, a->domain);
  else
    gp_blake2_final(d, out, a->wide);
}

void gp_sha512(const void *data, size_t len, uint8_t out[GP_SHA512_LEN]) {
  GpDigest d;
  gp_digest_init(&d, GP_SHA512);
  gp_digest_update(&d, data, len);
  gp_digest_final(&d, out, GP_SHA512_LEN);
}
