/*
** digest_md5sha1.c — MD5's (RFC 1321) and SHA-1's (FIPS 180-4) compression
** functions, for hashlib's md5() and sha1(): broken for security, still
** what checksums and caches ask for. digest.c frames the message.
*/
#include "digest.h"

/* floor(|sin(i + 1)| * 2^32), RFC 1321's table T */
static const uint32_t T[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};

/* Each round's left rotations, by step within the round. */
static const int S[4][4] = {{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};

static uint32_t rol(uint32_t x, int n) {
  return (x << n) | (x >> (32 - n));
}

static uint32_t load_le(const uint8_t *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint32_t load_be(const uint8_t *p) {
  return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

void gp_md5_block(uint64_t h[8], const uint8_t *block) {
  uint32_t x[16], a = (uint32_t)h[0], b = (uint32_t)h[1], c = (uint32_t)h[2], d = (uint32_t)h[3];
  for (int i = 0; i < 16; i++)
    x[i] = load_le(block + 4 * i);
  for (int i = 0; i < 64; i++) {
    uint32_t f;
    int k, r = i / 16;
    if (r == 0) {
      f = (b & c) | (~b & d);
      k = i;
    } else if (r == 1) {
      f = (d & b) | (~d & c);
      k = (5 * i + 1) % 16;
    } else if (r == 2) {
      f = b ^ c ^ d;
      k = (3 * i + 5) % 16;
    } else {
      f = c ^ (b | ~d);
      k = (7 * i) % 16;
    }
    uint32_t tmp = d;
    d = c;
    c = b;
    b = b + rol(a + f + T[i] + x[k], S[r][i % 4]);
    a = tmp;
  }
  h[0] = (uint32_t)(h[0] + a);
  h[1] = (uint32_t)(h[1] + b);
  h[2] = (uint32_t)(h[2] + c);
  h[3] = (uint32_t)(h[3] + d);
}

void gp_sha1_block(uint64_t h[8], const uint8_t *block) {
  uint32_t w[80];
  for (int i = 0; i < 16; i++)
    w[i] = load_be(block + 4 * i);
  for (int i = 16; i < 80; i++)
    w[i] = rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
  uint32_t a = (uint32_t)h[0], b = (uint32_t)h[1], c = (uint32_t)h[2], d = (uint32_t)h[3],
           e = (uint32_t)h[4];
  /* four loops of 20 rounds, one per round function: no branch inside */
#define GP_SHA1_ROUND(f, k)                                                                        \
  do {                                                                                             \
    uint32_t tmp = rol(a, 5) + (f) + e + (k) + w[i];                                               \
    e = d;                                                                                         \
    d = c;                                                                                         \
    c = rol(b, 30);                                                                                \
    b = a;                                                                                         \
    a = tmp;                                                                                       \
  } while (0)
  int i = 0;
  for (; i < 20; i++)
    GP_SHA1_ROUND((b & c) | (~b & d), 0x5a827999u);
  for (; i < 40; i++)
    GP_SHA1_ROUND(b ^ c ^ d, 0x6ed9eba1u);
  for (; i < 60; i++)
    GP_SHA1_ROUND((b & c) | (b & d) | (c & d), 0x8f1bbcdcu);
  for (; i < 80; i++)
    GP_SHA1_ROUND(b ^ c ^ d, 0xca62c1d6u);
#undef GP_SHA1_ROUND
  h[0] = (uint32_t)(h[0] + a);
  h[1] = (uint32_t)(h[1] + b);
  h[2] = (uint32_t)(h[2] + c);
  h[3] = (uint32_t)(h[3] + d);
  h[4] = (uint32_t)(h[4] + e);
}
