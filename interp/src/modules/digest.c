/*
** digest.c — the digests' framing (digest.h): a message is cut into
** blocks for the compression functions, then padded with 0x80, zeros and
** its length in bits (big-endian, little-endian for MD5) to a whole block.
*/
#include "digest.h"

#include <string.h>

typedef struct Alg {
  const char *name;
  uint8_t size, block; /* digest and block bytes */
  bool wide, little;   /* 64-bit words; MD5's little-endian words */
  void (*compress)(uint64_t h[8], const uint8_t *block);
  uint64_t iv[8];
} Alg;

static const Alg algs[GP_NDIGESTS] = {
    [GP_MD5] = {"md5",
                16,
                64,
                false,
                true,
                gp_md5_block,
                {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476}},
    [GP_SHA1] = {"sha1",
                 20,
                 64,
                 false,
                 false,
                 gp_sha1_block,
                 {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0}},
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
                   }},
    [GP_SHA256] = {"sha256",
                   32,
                   64,
                   false,
                   false,
                   gp_sha256_block,
                   {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c,
                    0x1f83d9ab, 0x5be0cd19}},
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
                   }},
    [GP_SHA512] = {"sha512",
                   64,
                   128,
                   true,
                   false,
                   gp_sha512_block,
                   {0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
                    0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b,
                    0x5be0cd19137e2179}},
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

bool gp_digest_valid(const GpDigest *d) {
  return d->alg < GP_NDIGESTS && d->nbuf < algs[d->alg].block;
}

void gp_digest_init(GpDigest *d, GpDigestAlg alg) {
  memset(d, 0, sizeof *d);
  d->alg = alg;
  memcpy(d->h, algs[alg].iv, sizeof d->h);
}

void gp_digest_update(GpDigest *d, const void *data, size_t n) {
  const Alg *a = &algs[d->alg];
  const uint8_t *p = data;
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

void gp_digest_final(const GpDigest *d, uint8_t *out) {
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

void gp_sha512(const void *data, size_t len, uint8_t out[GP_SHA512_LEN]) {
  GpDigest d;
  gp_digest_init(&d, GP_SHA512);
  gp_digest_update(&d, data, len);
  gp_digest_final(&d, out);
}
