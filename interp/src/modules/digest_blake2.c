/*
** digest_blake2.c — BLAKE2b and BLAKE2s (RFC 7693, with the tree
** parameters of the BLAKE2 paper, as hashlib offers them). The two differ
** only in word size, rounds, rotations and IV, so one compression function
** serves both with words held in 64 bits (BLAKE2s's masked to 32). The
** last block is compressed only by final, with its flag set: until then
** buf keeps up to a whole block.
*/
#include <string.h>

#include "digest.h"

typedef struct Shape {
  int bits, rounds, block, maxsize, saltlen, offsetlen; /* offsetlen: node_offset bytes */
  int rot[4];
  uint64_t mask;
  uint64_t iv[8];
} Shape;

/* The IVs are SHA-512's and SHA-256's. */
static const Shape B = {64,
                        12,
                        128,
                        64,
                        16,
                        8,
                        {32, 24, 16, 63},
                        ~(uint64_t)0,
                        {0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b,
                         0xa54ff53a5f1d36f1, 0x510e527fade682d1, 0x9b05688c2b3e6c1f,
                         0x1f83d9abfb41bd6b, 0x5be0cd19137e2179}};
static const Shape S = {32,
                        10,
                        64,
                        32,
                        8,
                        6,
                        {16, 12, 8, 7},
                        0xffffffff,
                        {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c,
                         0x1f83d9ab, 0x5be0cd19}};

/* The message schedule: which words each round feeds the G calls. */
static const uint8_t SIGMA[10][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
    {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
    {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
    {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
    {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
};

/* The G calls' state words: four columns, then four diagonals. */
static const uint8_t GW[8][4] = {{0, 4, 8, 12},  {1, 5, 9, 13},  {2, 6, 10, 14}, {3, 7, 11, 15},
                                 {0, 5, 10, 15}, {1, 6, 11, 12}, {2, 7, 8, 13},  {3, 4, 9, 14}};

static uint64_t rotr(const Shape *s, uint64_t x, int n) {
  return ((x >> n) | (x << (s->bits - n))) & s->mask;
}

static uint64_t load_le(const uint8_t *p, int bytes) {
  uint64_t v = 0;
  for (int i = bytes - 1; i >= 0; i--)
    v = v << 8 | p[i];
  return v;
}

static void mix(const Shape *s, uint64_t *v, const uint8_t w[4], uint64_t x, uint64_t y) {
  uint64_t *a = &v[w[0]], *b = &v[w[1]], *c = &v[w[2]], *d = &v[w[3]];
  *a = (*a + *b + x) & s->mask;
  *d = rotr(s, *d ^ *a, s->rot[0]);
  *c = (*c + *d) & s->mask;
  *b = rotr(s, *b ^ *c, s->rot[1]);
  *a = (*a + *b + y) & s->mask;
  *d = rotr(s, *d ^ *a, s->rot[2]);
  *c = (*c + *d) & s->mask;
  *b = rotr(s, *b ^ *c, s->rot[3]);
}

/* One block into h; t counts the bytes so far, this block's included. */
static void compress(const Shape *s, uint64_t h[8], const uint8_t *block, uint64_t t, bool last,
                     bool last_node) {
  int wb = s->bits / 8;
  uint64_t m[16], v[16];
  for (int i = 0; i < 16; i++)
    m[i] = load_le(block + wb * i, wb);
  for (int i = 0; i < 8; i++) {
    v[i] = h[i];
    v[i + 8] = s->iv[i];
  }
  v[12] ^= t & s->mask;
  v[13] ^= s->bits == 64 ? 0 : t >> 32; /* the counter's high word (BLAKE2b's stays 0) */
  if (last) v[14] ^= s->mask;
  if (last && last_node) v[15] ^= s->mask;
  for (int r = 0; r < s->rounds; r++)
    for (int g = 0; g < 8; g++)
      mix(s, v, GW[g], m[SIGMA[r % 10][2 * g]], m[SIGMA[r % 10][2 * g + 1]]);
  for (int i = 0; i < 8; i++)
    h[i] ^= v[i] ^ v[i + 8];
}

static void put_le(uint8_t *p, uint64_t v, int bytes) {
  for (int i = 0; i < bytes; i++, v >>= 8)
    p[i] = (uint8_t)v;
}

const char *gp_blake2_setup(GpDigest *d, bool wide, const GpBlake2Params *p) {
  const Shape *s = wide ? &B : &S;
  if (p->size < 1 || p->size > (size_t)s->maxsize) return "digest_size";
  if (p->keylen > (size_t)s->maxsize) return "key";
  if (p->saltlen > (size_t)s->saltlen) return "salt";
  if (p->personlen > (size_t)s->saltlen) return "person";
  if (p->fanout > 255) return "fanout";
  if (p->depth < 1 || p->depth > 255) return "depth";
  if (p->leaf_size > 0xffffffff) return "leaf_size";
  if (s->offsetlen < 8 && p->node_offset >> (8 * s->offsetlen)) return "node_offset";
  if (p->node_depth > 255) return "node_depth";
  if (p->inner_size > (unsigned)s->maxsize) return "inner_size";
  uint8_t pb[64] = {(uint8_t)p->size, (uint8_t)p->keylen, (uint8_t)p->fanout, (uint8_t)p->depth};
  put_le(pb + 4, p->leaf_size, 4);
  put_le(pb + 8, p->node_offset, s->offsetlen);
  pb[8 + s->offsetlen] = (uint8_t)p->node_depth;
  pb[9 + s->offsetlen] = (uint8_t)p->inner_size;
  int salt_at = s->block / 4; /* 32 (BLAKE2b), 16 (BLAKE2s) */
  if (p->saltlen) memcpy(pb + salt_at, p->salt, p->saltlen);
  if (p->personlen) memcpy(pb + salt_at + s->saltlen, p->person, p->personlen);
  memset(d->h, 0, sizeof d->h);
  int wb = s->bits / 8;
  for (int i = 0; i < 8; i++)
    d->h[i] = s->iv[i] ^ load_le(pb + wb * i, wb);
  d->size = (uint8_t)p->size;
  d->last_node = p->last_node;
  d->len = 0;
  memset(d->buf, 0, sizeof d->buf);
  d->nbuf = 0;
  if (p->keylen) { /* the key, zero-padded, is the first block */
    memcpy(d->buf, p->key, p->keylen);
    d->nbuf = (uint32_t)s->block;
  }
  return NULL;
}

void gp_blake2_update(GpDigest *d, const uint8_t *p, size_t n, bool wide) {
  const Shape *s = wide ? &B : &S;
  size_t block = (size_t)s->block;
  while (n) {
    if (d->nbuf == block) { /* more follows: the waiting block is not the last */
      d->len += block;
      compress(s, d->h, d->buf, d->len, false, false);
      d->nbuf = 0;
    }
    if (!d->nbuf && n > block) { /* whole blocks straight from the input */
      d->len += block;
      compress(s, d->h, p, d->len, false, false);
      p += block;
      n -= block;
      continue;
    }
    size_t k = block - d->nbuf < n ? block - d->nbuf : n;
    memcpy(d->buf + d->nbuf, p, k);
    d->nbuf += (uint32_t)k;
    p += k;
    n -= k;
  }
}

void gp_blake2_final(const GpDigest *d, uint8_t *out, bool wide) {
  const Shape *s = wide ? &B : &S;
  uint64_t h[8];
  uint8_t last[128] = {0}, full[64];
  memcpy(h, d->h, sizeof h);
  memcpy(last, d->buf, d->nbuf);
  compress(s, h, last, d->len + d->nbuf, true, d->last_node);
  int wb = s->bits / 8;
  for (int i = 0; i < 8; i++)
    put_le(full + wb * i, h[i], wb);
  memcpy(out, full, d->size);
}
