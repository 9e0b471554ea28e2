/*
** setindex.h — set.c's bucket index over a small table (up to 256 entries):
** per bucket of hashes (hash mod 64), how many active keys the table holds
** and, while that is one, the slot holding it once known.
**
** Add/remove churn fills a table with dummies, and CPython's probing (which
** set.c keeps, as it decides iteration order) walks through them to reach a
** key or the unused entry that proves it absent. An empty bucket answers
** "absent" at once; a bucket of one known key answers with the one entry
** that can be equal (equal keys have equal hashes). Slots are learned when
** a key is added into an empty bucket or found by a walk, and forgotten
** when the bucket's count changes otherwise.
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
  uint8_t count[SETINDEX_BUCKETS];
  uint8_t slot[SETINDEX_BUCKETS];
} SetIndex;

/* What the index tells of a hash: no key has it, or the key can only be
** the one at *slot, or the table must be walked. */
typedef enum { SETINDEX_ABSENT, SETINDEX_AT, SETINDEX_WALK } SetIndexAnswer;

static inline unsigned setindex_bucket(int64_t hash) {
  return (unsigned)((uint64_t)hash % SETINDEX_BUCKETS);
}

static inline void setindex_clear(SetIndex *ix) {
  memset(ix, 0, sizeof *ix);
}

/* A key of this hash now sits at slot. */
static inline void setindex_add(SetIndex *ix, int64_t hash, size_t slot) {
  unsigned b = setindex_bucket(hash);
  if (ix->count[b]++ == 0) {
    ix->slot[b] = (uint8_t)slot;
    ix->known |= 1ull << b;
  } else {
    ix->known &= ~(1ull << b);
  }
}

/* A key of this hash left the table. */
static inline void setindex_remove(SetIndex *ix, int64_t hash) {
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

#endif
