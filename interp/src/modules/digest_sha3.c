/*
** digest_sha3.c — SHA-3 and SHAKE (FIPS 202): the Keccak-f[1600]
** permutation and the sponge over it. The state is 25 lanes of 64 bits
** (the lane at x, y is h[x + 5y]); a message's bytes are XORed into the
** first `rate` bytes of it, little-endian within a lane, and the state is
** permuted after each full block, so no block needs buffering.
*/
#include "digest.h"

/* The iota step's round constants (FIPS 202, 3.2.5). */
static const uint64_t RC[24] = {
    0x0000000000000001, 0x0000000000008082, 0x800000000000808a, 0x8000000080008000,
    0x000000000000808b, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008a, 0x0000000000000088, 0x0000000080008009, 0x000000008000000a,
    0x000000008000808b, 0x800000000000008b, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800a, 0x800000008000000a,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
};

/* rho and pi together: walking the lanes in pi's order from (1, 0), the
** k-th lane moves to LANE[k] rotated by ROT[k] ((k+1)(k+2)/2 mod 64). */
static const uint8_t LANE[24] = {10, 7,  11, 17, 18, 3, 5,  16, 8,  21, 24, 4,
                                 15, 23, 19, 13, 12, 2, 20, 14, 22, 9,  6,  1};
static const uint8_t ROT[24] = {1,  3,  6,  10, 15, 21, 28, 36, 45, 55, 2,  14,
                                27, 41, 56, 8,  25, 43, 62, 18, 39, 61, 20, 44};

static uint64_t rotl(uint64_t x, int n) {
  return (x << n) | (x >> (64 - n));
}

/* Written with fixed bounds and no % so the compiler unrolls it whole:
** the rounds are the digest's whole cost. */
static void keccak_f(uint64_t a[25]) {
  for (int r = 0; r < 24; r++) {
    uint64_t c[5], d[5];
    for (int x = 0; x < 5; x++) /* theta: each column's parity */
      c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
    d[0] = c[4] ^ rotl(c[1], 1);
    d[1] = c[0] ^ rotl(c[2], 1);
    d[2] = c[1] ^ rotl(c[3], 1);
    d[3] = c[2] ^ rotl(c[4], 1);
    d[4] = c[3] ^ rotl(c[0], 1);
#pragma GCC unroll 25
    for (int i = 0; i < 25; i++)
      a[i] ^= d[i - i / 5 * 5];
    uint64_t moving = a[1]; /* rho and pi */
#pragma GCC unroll 24
    for (int k = 0; k < 24; k++) {
      uint64_t next = a[LANE[k]];
      a[LANE[k]] = rotl(moving, ROT[k]);
      moving = next;
    }
    for (int y = 0; y < 25; y += 5) { /* chi, row by row */
      uint64_t r0 = a[y], r1 = a[y + 1], r2 = a[y + 2], r3 = a[y + 3], r4 = a[y + 4];
      a[y] = r0 ^ (~r1 & r2);
      a[y + 1] = r1 ^ (~r2 & r3);
      a[y + 2] = r2 ^ (~r3 & r4);
      a[y + 3] = r3 ^ (~r4 & r0);
      a[y + 4] = r4 ^ (~r0 & r1);
    }
    a[0] ^= RC[r]; /* iota */
  }
}

static void xor_byte(uint64_t a[25], size_t i, uint8_t b) {
  a[i / 8] ^= (uint64_t)b << (8 * (i % 8));
}

static uint64_t load_le64(const uint8_t *p) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; i--)
    v = v << 8 | p[i];
  return v;
}

void gp_sha3_absorb(GpDigest *d, const uint8_t *p, size_t n, size_t rate) {
  d->len += n;
  while (n) {
    if (d->nbuf % 8 == 0 && n >= 8) { /* whole lanes while aligned */
      d->h[d->nbuf / 8] ^= load_le64(p);
      d->nbuf += 8;
      p += 8;
      n -= 8;
    } else {
      xor_byte(d->h, d->nbuf++, *p++);
      n--;
    }
    if (d->nbuf == rate) {
      keccak_f(d->h);
      d->nbuf = 0;
    }
  }
}

void gp_sha3_squeeze(const GpDigest *d, uint8_t *out, size_t n, size_t rate, uint8_t domain) {
  uint64_t a[25];
  for (int i = 0; i < 25; i++)
    a[i] = d->h[i];
  xor_byte(a, d->nbuf, domain); /* the domain bits and pad10*1's first 1 */
  xor_byte(a, rate - 1, 0x80);  /* pad10*1's last 1 */
  keccak_f(a);
  for (size_t i = 0; i < n; i++) {
    if (i && i % rate == 0) keccak_f(a);
    size_t k = i % rate;
    out[i] = (uint8_t)(a[k / 8] >> (8 * (k % 8)));
  }
}
