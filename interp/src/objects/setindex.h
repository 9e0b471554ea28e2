/*
** setindex.h — set.c's index over a small table (up to 256 entries): per
** bucket of hashes (hash mod 64), how many active keys the table holds and,
** while that is one, the slot holding it once known; and which entries are
** unused and which are dummies, one bit each.
**
** Add/remove churn fills a table with dummies, and CPython's probing (which
** set.c keeps, as it decides iteration order) walks through them to reach a
** key, or the unused entry that proves it absent and past which no new key
** goes. An empty bucket answers "absent" at once; a bucket of one known key
** answers with the one entry that can be equal (equal keys have equal
** hashes). Slots are learned when a key is added into an empty bucket or
** found by a walk, and forgotten when the bucket's count changes otherwise.
** The bitmaps let set.c find where a new key goes ten entries at a time.
*/
#ifndef GP_SETINDEX_H
#define GP_SETINDEX_H

#include <stdint.h>
#include <string.h>

/* A table of at most 256 entries holds at most 255 keys (one entry stays
** unused), so no count passes 255 and every slot fits a byte. */
enum { SETINDEX_BUCKETS = 64, SETINDEX_MAX_MASK = 255 };

typedef struct SetIndex {
  uint64_t known; /* bit b: slot[b] holds bucket b's only key */
  uint64_t unused[(SETINDEX_MAX_MASK + 1) / 64], dummy[(SETINDEX_MAX_MASK + 1) / 64];
  uint8_t count[SETINDEX_BUCKETS];
  uint8_t slot[SETINDEX_BUCKETS];
} SetIndex;

/* What the index tells of a hash: no key has it, or the key can only be
** the one at *slot, or the table must be walked. */
typedef enum { SETINDEX_ABSENT, SETINDEX_AT, SETINDEX_WALK } SetIndexAnswer;

static inline unsigned setindex_bucket(int64_t hash) {
  return (unsigned)((uint64_t)hash % SETINDEX_BUCKETS);
}

static inline void setindex_setbit(uint64_t *map, size_t k) {
  map[k / 64] |= 1ull << (k % 64);
}

static inline void setindex_clearbit(uint64_t *map, size_t k) {
  map[k / 64] &= ~(1ull << (k % 64));
}

/* For an empty table of mask + 1 entries (mask <= SETINDEX_MAX_MASK). */
static inline void setindex_reset(SetIndex *ix, size_t mask) {
  memset(ix, 0, sizeof *ix);
  for (size_t w = 0; w * 64 <= mask; w++)
    ix->unused[w] = mask - w * 64 >= 63 ? ~0ull : (1ull << (mask - w * 64 + 1)) - 1;
}

/* A key of this hash now sits at slot (unused or a dummy before). */
static inline void setindex_add(SetIndex *ix, int64_t hash, size_t slot) {
  setindex_clearbit(ix->unused, slot);
  setindex_clearbit(ix->dummy, slot);
  unsigned b = setindex_bucket(hash);
  if (ix->count[b]++ == 0) {
    ix->slot[b] = (uint8_t)slot;
    ix->known |= 1ull << b;
  } else {
    ix->known &= ~(1ull << b);
  }
}

/* Entry slot is a dummy. */
static inline void setindex_mark_dummy(SetIndex *ix, size_t slot) {
  setindex_clearbit(ix->unused, slot);
  setindex_setbit(ix->dummy, slot);
}

/* The key of this hash at slot left it a dummy. */
static inline void setindex_remove(SetIndex *ix, int64_t hash, size_t slot) {
  setindex_mark_dummy(ix, slot);
  unsigned b = setindex_bucket(hash);
  ix->count[b]--;
  ix->known &= ~(1ull << b);
}

/* A walk found a key of this hash at slot: remembered if it is its
** bucket's only key. */
static inline void setindex_learn(SetIndex *ix, int64_t hash, size_t slot) {
  unsigned b = setindex_bucket(hash);
  if (ix->count[b] == 1) {
    ix->slot[b] = (uint8_t)slot;
    ix->known |= 1ull << b;
  }
}

static inline SetIndexAnswer setindex_find(const SetIndex *ix, int64_t hash, size_t *slot) {
  unsigned b = setindex_bucket(hash);
  if (ix->count[b] == 0) return SETINDEX_ABSENT;
  if (!(ix->known >> b & 1)) return SETINDEX_WALK;
  *slot = ix->slot[b];
  return SETINDEX_AT;
}

/* Entries [i, i + n) of the table (n <= 64, i + n <= its size): which
** are unused (*unused, bit 0 for entry i) and which are dummies. */
static inline void setindex_window(const SetIndex *ix, size_t i, unsigned n, uint64_t *unused,
                                   uint64_t *dummy) {
  size_t w = i / 64;
  unsigned off = (unsigned)(i % 64);
  uint64_t u = ix->unused[w] >> off, d = ix->dummy[w] >> off;
  if (off + n > 64) {
    u |= ix->unused[w + 1] << (64 - off);
    d |= ix->dummy[w + 1] << (64 - off);
  }
  uint64_t keep = n == 64 ? ~0ull : (1ull << n) - 1;
  *unused = u & keep;
  *dummy = d & keep;
}

#endif
