/*
** set.c — set and frozenset: CPython's setobject.c table (open addressing
** with 9 linear probes then perturbed probing, minimum size 8, resize at
** 3/5 full to 4x the used count, dummies for deleted keys), reproduced
** step for step so that iteration order — which programs print — is
** CPython's whenever hashes are (ints, tuples of them). Every operation
** that builds a set follows CPython's algorithm, as each decides order.
**
** gil=none: a set's lock (obj.h) guards its fields. Code that reads a
** second set, or calls out while reading one, works on a SetView: a
** frozenset's own table (never changes after construction), a copy
** holding references for a mutable set. Keys compared under a lock are
** hashable, as in dict.c.
*/
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"
#include "obj.h"
#include "setindex.h"
#include "vm.h"

enum { MINSIZE = 8, LINEAR_PROBES = 9, PERTURB_SHIFT = 5 };

/* Unused: key GP_ERRV and hash 0 (zeroed memory); dummy: key GP_ERRV and
** hash -1; else active. */
typedef struct SetEntry {
  GpValue key;
  int64_t hash;
} SetEntry;

typedef struct GpSet {
  GpObj ob;
  size_t fill, used, mask, finger;
  int64_t hash; /* frozenset: -1 until computed */
  SetEntry *table;
  SetEntry small[MINSIZE];
  /* While mask <= SETINDEX_MAX_MASK (setindex.h): answers most lookups
  ** without walking the dummies of add/remove churn. The table, and with
  ** it iteration order, stays CPython's. */
  SetIndex ix;
} GpSet;

#define LOCK(s) gp_obj_lock(&(s)->ob)
#define UNLOCK(s) gp_obj_unlock(&(s)->ob)
#define ACTIVE(e) ((e)->key.tag != GP_T_ERR)
#define AS_SET(v) ((GpSet *)(v).as.o)

static inline bool is_frozen(const GpSet *s) {
  return s->ob.type == &gp_type_frozenset;
}

static inline void set_used(GpSet *s, size_t n) {
  gp_size_store(&s->used, n);
}

size_t gp_set_len(GpObj *s) {
  return gp_size_load(&((GpSet *)s)->used);
}

/* The same value (no comparison needed; a float may be a NaN). */
static inline bool same_key(GpValue a, GpValue b) {
  return a.tag == b.tag && a.as.i == b.as.i && a.tag != GP_T_FLOAT;
}

static inline int key_eq(GpThread *t, GpValue a, GpValue b) {
  if (same_key(a, b)) return 1;
  if (GP_IS_TYPE(a, gp_type_str) && GP_IS_TYPE(b, gp_type_str)) return gp_str_eq(a.as.o, b.as.o);
  return gp_eq(t, a, b);
}

/* key_eq on entry k of s, holding a reference to its key as CPython does,
** as __eq__ may change s. *moved: meanwhile the table was replaced or
** resized, or entry k lost that key; the caller starts over. */
static int entry_eq(GpThread *t, GpSet *s, size_t k, GpValue key, bool *moved) {
  const SetEntry *table = s->table;
  size_t mask = s->mask;
  GpValue sk = table[k].key;
  *moved = false;
  if (same_key(sk, key)) return 1;
  GP_INCREF(sk);
  int r = key_eq(t, sk, key);
  *moved = s->table != table || s->mask != mask || s->table[k].key.tag != sk.tag ||
           s->table[k].key.as.i != sk.as.i;
  GP_DECREF(sk);
  return r;
}

/* -------------------------------------------------------------- index */

static inline bool index_on(const GpSet *s) {
  return s->mask <= SETINDEX_MAX_MASK;
}

static inline void index_remove(GpSet *s, int64_t hash, size_t slot) {
  if (index_on(s)) setindex_remove(&s->ix, hash, slot);
}

/* After the table was rebuilt or refilled wholesale. */
static void index_rebuild(GpSet *s) {
  if (!index_on(s)) return;
  setindex_reset(&s->ix, s->mask);
  for (size_t k = 0; k <= s->mask; k++)
    if (ACTIVE(&s->table[k]))
      setindex_add(&s->ix, s->table[k].hash, k);
    else if (s->table[k].hash == -1)
      setindex_mark_dummy(&s->ix, k);
}

/* ------------------------------------------------------------- probing */

enum { LOOK_ABSENT = SIZE_MAX, LOOK_ERROR = SIZE_MAX - 1, LOOK_MOVED = SIZE_MAX - 2 };

/* The slot holding key, LOOK_ABSENT at the unused entry ending its probe
** sequence, LOOK_ERROR on a comparison error. The table is s's, which an
** __eq__ may change (LOOK_MOVED: start over), or, with s NULL, a view's,
** which does not change. */
static size_t lookkey(GpThread *t, GpSet *s, const SetEntry *table, size_t mask, GpValue key,
                      int64_t hash) {
  size_t i = (size_t)hash & mask;
  uint64_t perturb = (uint64_t)hash;
  for (;;) {
    const SetEntry *e = &table[i];
    int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    do { /* the hash first: one test passes most entries (dummies hash -1) */
      if (e->hash == hash && ACTIVE(e)) {
        size_t at = (size_t)(e - table);
        bool moved = false;
        int r = s ? entry_eq(t, s, at, key, &moved) : key_eq(t, e->key, key);
        if (r < 0) return LOOK_ERROR;
        if (moved) return LOOK_MOVED;
        if (r) return at;
      } else if (e->hash == 0 && !ACTIVE(e)) {
        return LOOK_ABSENT;
      }
      e++;
    } while (probes--);
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

/* Whether s holds key: 1 (its slot in *at), 0, -1 on a comparison error.
** The caller holds the lock, as for every function up to "views". */
static int set_find(GpThread *t, GpSet *s, GpValue key, int64_t hash, size_t *at) {
  size_t k = LOOK_ABSENT;
  bool moved;
  int r;
restart:
  switch (index_on(s) ? setindex_find(&s->ix, hash, &k) : SETINDEX_WALK) {
  case SETINDEX_ABSENT:
    return 0;
  case SETINDEX_AT:
    if (s->table[k].hash != hash || !ACTIVE(&s->table[k])) return 0;
    r = entry_eq(t, s, k, key, &moved);
    if (r >= 0 && moved) goto restart;
    *at = k;
    return r;
  case SETINDEX_WALK:
    k = lookkey(t, s, s->table, s->mask, key, hash);
    break;
  }
  if (k == LOOK_MOVED) goto restart;
  if (k == LOOK_ERROR) return -1;
  if (k == LOOK_ABSENT) return 0;
  if (index_on(s)) setindex_learn(&s->ix, s->table[k].hash, k);
  *at = k;
  return 1;
}

/* Into a table without dummies, of a key known absent (no refcounts). */
static void insert_clean(SetEntry *table, size_t mask, GpValue key, int64_t hash) {
  size_t i = (size_t)hash & mask;
  uint64_t perturb = (uint64_t)hash;
  SetEntry *e;
  for (;;) {
    e = &table[i];
    if (e->key.tag == GP_T_ERR) goto found;
    if (i + LINEAR_PROBES <= mask)
      for (int j = 0; j < LINEAR_PROBES; j++) {
        e++;
        if (e->key.tag == GP_T_ERR) goto found;
      }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
found:
  e->key = key;
  e->hash = hash;
}

/* Rebuilds for the smallest power-of-two size > minused (dummies dropped).
** The caller holds the lock, as for every function up to "views". */
static int set_resize(GpThread *t, GpSet *s, size_t minused) {
  size_t newsize = MINSIZE;
  while (newsize <= minused)
    newsize <<= 1;
  SetEntry *old = s->table, *newt, small_copy[MINSIZE];
  size_t oldmask = s->mask;
  bool old_malloced = old != s->small;
  if (newsize == MINSIZE) {
    newt = s->small;
    if (newt == old) {
      if (s->fill == s->used) return 0;
      memcpy(small_copy, old, sizeof small_copy);
      old = small_copy;
    }
  } else {
    newt = newsize > SIZE_MAX / sizeof *newt ? NULL : malloc(newsize * sizeof *newt);
    if (!newt) {
      gp_raise_nomem(t);
      return -1;
    }
  }
  memset(newt, 0, newsize * sizeof *newt);
  s->mask = newsize - 1;
  s->table = newt;
  s->fill = s->used;
  for (size_t k = 0; k <= oldmask; k++)
    if (ACTIVE(&old[k])) insert_clean(newt, s->mask, old[k].key, old[k].hash);
  if (old_malloced) free(old);
  index_rebuild(s);
  return 0;
}

/* Where CPython's set_add_entry puts a key known absent: the last dummy
** on its probe path before the first unused entry, else that entry. Read
** from the index's bitmaps, a run of linear probes at a time (a lone
** entry near the table's end, where CPython probes one, from the table). */
static inline __attribute__((always_inline)) SetEntry *free_entry(GpSet *s, int64_t hash) {
  size_t mask = s->mask, i = (size_t)hash & mask, freeslot = SIZE_MAX;
  uint64_t perturb = (uint64_t)hash, unused, dummy;
  for (;;) {
    if (i + LINEAR_PROBES > mask) { /* a step of one entry: read it directly */
      const SetEntry *e = &s->table[i];
      if (!ACTIVE(e) && e->hash == 0) return &s->table[freeslot != SIZE_MAX ? freeslot : i];
      if (!ACTIVE(e)) freeslot = i;
    } else {
      setindex_window(&s->ix, i, LINEAR_PROBES + 1, &unused, &dummy);
      if (unused) dummy &= (unused & (0 - unused)) - 1; /* the dummies before it */
      if (dummy) freeslot = i + 63 - (size_t)__builtin_clzll(dummy);
      if (unused)
        return &s->table[freeslot != SIZE_MAX ? freeslot : i + (size_t)__builtin_ctzll(unused)];
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

/* Stores key (increfed) in e, an entry free_entry chose; resizes as
** CPython does once an unused entry was taken and the table is 3/5 full. */
static inline __attribute__((always_inline)) int place_key(GpThread *t, GpSet *s, SetEntry *e,
                                                           GpValue key, int64_t hash) {
  bool was_unused = e->hash == 0;
  GP_INCREF(key);
  e->key = key;
  e->hash = hash;
  if (index_on(s)) setindex_add(&s->ix, hash, (size_t)(e - s->table));
  set_used(s, s->used + 1);
  if (!was_unused) return 0;
  s->fill++;
  if (s->fill * 5 < s->mask * 3) return 0;
  return set_resize(t, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

/* Adds key (increfed if new): CPython's set_add_entry, which compares the
** entries of equal hash on the key's probe path. The index names the only
** such entry, if any; else the path is walked. */
static int set_add_entry(GpThread *t, GpSet *s, GpValue key, int64_t hash) {
  bool moved;
  int r;
restart:;
  size_t mask = s->mask, i = (size_t)hash & mask, k;
  SetIndexAnswer ans = index_on(s) ? setindex_find(&s->ix, hash, &k) : SETINDEX_WALK;
  if (ans == SETINDEX_AT && s->table[k].hash == hash) {
    if ((r = entry_eq(t, s, k, key, &moved)) != 0) return r < 0 ? -1 : 0;
    if (moved) goto restart;
  }
  if (ans != SETINDEX_WALK) return place_key(t, s, free_entry(s, hash), key, hash);
  uint64_t perturb = (uint64_t)hash;
  SetEntry *freeslot = NULL, *e;
  for (;;) {
    e = &s->table[i];
    int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    do {
      if (!ACTIVE(e)) {
        if (e->hash == 0) return place_key(t, s, freeslot ? freeslot : e, key, hash);
        freeslot = e;
      } else if (e->hash == hash) {
        if ((r = entry_eq(t, s, (size_t)(e - s->table), key, &moved)) != 0) return r < 0 ? -1 : 0;
        if (moved) goto restart;
      }
      e++;
    } while (probes--);
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

/* Makes active entry k a dummy; its key goes to the caller to release. */
static GpValue entry_remove(GpSet *s, size_t k) {
  SetEntry *e = &s->table[k];
  GpValue key = e->key;
  index_remove(s, e->hash, k);
  e->key = GP_ERRV;
  e->hash = -1;
  set_used(s, s->used - 1);
  return key;
}

/* 1 removed (its key in *gone, to release after unlocking), 0 absent, -1. */
static int set_discard_entry(GpThread *t, GpSet *s, GpValue key, int64_t hash, GpValue *gone) {
  size_t k;
  int r = set_find(t, s, key, hash, &k);
  if (r <= 0) return r;
  *gone = entry_remove(s, k);
  return 1;
}

/* ------------------------------------------------ small-int fast paths */

/* `c in cols`, `cols.add(c)`, `cols.remove(c)` of an inline int on a set
** no other thread can reach (so no lock) with its index on: the index
** mostly decides alone, with no comparison that could call out, and the
** eval loop's call lands here with no argument parsing and no hashing
** call. Everything else takes the general path. */
static inline bool int_fast(const GpSet *s, GpValue key) {
  return key.tag == GP_T_INT && !GP_IS_SHARED(&s->ob) && index_on(s);
}

/* The same for a set other threads may reach (gil=none): the paths below
** run under its lock (*_locked), which holds as the general path's would:
** nothing there runs Python code or takes another lock, and an int owns
** no reference to release. */
static inline bool int_fast_locked(const GpSet *s, GpValue key) {
  return key.tag == GP_T_INT && GP_IS_SHARED(&s->ob);
}

enum { INT_ABSENT = -1, INT_UNSURE = -2 };

/* The slot of int i (hash h), INT_ABSENT, or INT_UNSURE: the table must be
** walked, or an equal key of another type (1.0, True) may hold the hash. */
static inline long int_find(const GpSet *s, int64_t i, int64_t h) {
  size_t k;
  switch (setindex_find(&s->ix, h, &k)) {
  case SETINDEX_ABSENT:
    return INT_ABSENT;
  case SETINDEX_AT:
    if (s->table[k].hash != h) return INT_ABSENT;
    if (s->table[k].key.tag != GP_T_INT) return INT_UNSURE;
    return s->table[k].key.as.i == i ? (long)k : INT_ABSENT;
  default:
    return INT_UNSURE;
  }
}

/* set_add_entry's outcome for an int_fast key: 1 added or present, 0
** unsure (take the general path), -1 error (a resize failed). */
static int int_add(GpThread *t, GpSet *s, GpValue key) {
  int64_t h = gp_int64_hash(key.as.i);
  long k = int_find(s, key.as.i, h);
  if (k == INT_UNSURE) return 0;
  if (k >= 0) return 1;
  return place_key(t, s, free_entry(s, h), key, h) < 0 ? -1 : 1;
}

/* Removes an int_fast key: 1 removed, 0 absent, INT_UNSURE. An int owns
** no reference, so nothing is released. */
static int int_discard(GpSet *s, GpValue key) {
  long k = int_find(s, key.as.i, gp_int64_hash(key.as.i));
  if (k < 0) return k == INT_ABSENT ? 0 : INT_UNSURE;
  entry_remove(s, (size_t)k);
  return 1;
}

static __attribute__((noinline)) int int_add_locked(GpThread *t, GpSet *s, GpValue key) {
  LOCK(s);
  int r = index_on(s) ? int_add(t, s, key) : 0;
  UNLOCK(s);
  return r;
}

static __attribute__((noinline)) int int_discard_locked(GpSet *s, GpValue key) {
  LOCK(s);
  int r = index_on(s) ? int_discard(s, key) : INT_UNSURE;
  UNLOCK(s);
  return r;
}

static __attribute__((noinline)) long int_find_locked(GpSet *s, int64_t i) {
  LOCK(s);
  long k = index_on(s) ? int_find(s, i, gp_int64_hash(i)) : INT_UNSURE;
  UNLOCK(s);
  return k;
}

/* Empties s; its old table (and entry count) go to the caller to release. */
static SetEntry *set_take(GpSet *s, size_t *n, SetEntry small_copy[MINSIZE]) {
  SetEntry *old = s->table;
  *n = s->mask + 1;
  if (old == s->small) {
    memcpy(small_copy, s->small, sizeof s->small);
    old = small_copy;
  }
  memset(s->small, 0, sizeof s->small);
  setindex_reset(&s->ix, MINSIZE - 1);
  s->table = s->small;
  s->mask = MINSIZE - 1;
  s->fill = 0;
  set_used(s, 0);
  s->hash = -1;
  return old;
}

static void release_table(SetEntry *table, size_t n, SetEntry *small_copy) {
  for (size_t k = 0; k < n; k++)
    if (ACTIVE(&table[k])) GP_DECREF(table[k].key);
  if (table != small_copy) free(table);
}

/* --------------------------------------------------------------- views */

typedef struct SetView {
  SetEntry *table;
  size_t mask, fill, used;
  bool copy;
} SetView;

/* A stable table of s: its own for a frozenset (or under a GIL), else a
** copy holding references, taken under the lock. */
static int view_take(GpThread *t, GpSet *s, SetView *v) {
  v->copy = !is_frozen(s) && GP_IS_SHARED(&s->ob);
  if (!v->copy) {
    v->table = s->table;
    v->mask = s->mask;
    v->fill = s->fill;
    v->used = s->used;
    return 0;
  }
  LOCK(s);
  v->mask = s->mask;
  v->fill = s->fill;
  v->used = s->used;
  v->table = malloc((v->mask + 1) * sizeof *v->table);
  if (v->table) {
    memcpy(v->table, s->table, (v->mask + 1) * sizeof *v->table);
    for (size_t k = 0; k <= v->mask; k++)
      if (ACTIVE(&v->table[k])) GP_INCREF(v->table[k].key);
  }
  UNLOCK(s);
  if (!v->table) {
    gp_raise_nomem(t);
    return -1;
  }
  return 0;
}

static void view_done(SetView *v) {
  if (!v->copy) return;
  for (size_t k = 0; k <= v->mask; k++)
    if (ACTIVE(&v->table[k])) GP_DECREF(v->table[k].key);
  free(v->table);
}

/* Whether the view holds key: 1, 0, -1. */
static int view_contains(GpThread *t, SetView *v, GpValue key, int64_t hash) {
  size_t k = lookkey(t, NULL, v->table, v->mask, key, hash);
  return k == LOOK_ERROR ? -1 : k != LOOK_ABSENT;
}

/* ------------------------------------------------- locked set operations */

static int set_add_hashed(GpThread *t, GpSet *s, GpValue key, int64_t hash) {
  LOCK(s);
  int r = set_add_entry(t, s, key, hash);
  UNLOCK(s);
  return r;
}

/* gp_hash, with the hash of an inline int computed here. */
static inline int key_hash(GpThread *t, GpValue key, int64_t *h) {
  if (key.tag != GP_T_INT) return gp_hash(t, key, h);
  *h = gp_int64_hash(key.as.i);
  return 0;
}

static int set_add_key(GpThread *t, GpSet *s, GpValue key) {
  int r = int_fast_locked(s, key) ? int_add_locked(t, s, key) : 0;
  if (r) return r < 0 ? -1 : 0;
  int64_t h;
  if (key_hash(t, key, &h) < 0) return -1;
  return set_add_hashed(t, s, key, h);
}

int gp_set_add(GpThread *t, GpObj *s, GpValue key) {
  return set_add_key(t, (GpSet *)s, key);
}

static int set_contains_hashed(GpThread *t, GpSet *s, GpValue key, int64_t hash) {
  size_t k;
  LOCK(s);
  int r = set_find(t, s, key, hash, &k);
  UNLOCK(s);
  return r;
}

static int set_discard_hashed(GpThread *t, GpSet *s, GpValue key, int64_t hash) {
  GpValue gone = GP_NONEV;
  LOCK(s);
  int r = set_discard_entry(t, s, key, hash, &gone);
  UNLOCK(s);
  GP_DECREF(gone);
  return r;
}

static void set_clear(GpSet *s) {
  SetEntry small_copy[MINSIZE];
  size_t n;
  LOCK(s);
  SetEntry *old = set_take(s, &n, small_copy);
  UNLOCK(s);
  release_table(old, n, small_copy);
}

static GpValue frozen_of(GpThread *t, GpValue v);

/* The hash of a key for lookups; a set key is looked up as the frozenset
** it equals ({1} in s), *tmp then holding that frozenset (else GP_NONEV). */
static int lookup_hash(GpThread *t, GpValue key, int64_t *h, GpValue *tmp) {
  *tmp = GP_NONEV;
  if (!GP_IS_TYPE(key, gp_type_set)) return key_hash(t, key, h);
  *tmp = frozen_of(t, key);
  if (GP_IS_ERR(*tmp)) {
    *tmp = GP_NONEV;
    return -1;
  }
  return gp_hash(t, *tmp, h);
}

/* ------------------------------------------------------------- building */

static GpSet *set_alloc(GpThread *t, const GpType *tp) {
  GpSet *s = (GpSet *)gp_alloc(t, tp, sizeof(GpSet));
  if (!s) {
    gp_raise_nomem(t);
    return NULL;
  }
  s->table = s->small;
  s->mask = MINSIZE - 1;
  s->hash = -1;
  setindex_reset(&s->ix, s->mask);
  return s;
}

/* Adds the items of another set (CPython's set_merge: one resize up front,
** then a straight copy into an empty table of the same size). */
static int set_merge(GpThread *t, GpSet *s, GpSet *other) {
  if (other == s) return 0;
  SetView v;
  if (view_take(t, other, &v) < 0) return -1;
  int r = 0;
  LOCK(s);
  if (v.used == 0) goto done;
  if ((s->fill + v.used) * 5 >= s->mask * 3 && (r = set_resize(t, s, (s->used + v.used) * 2)) < 0)
    goto done;
  if (s->fill == 0 && s->mask == v.mask && v.fill == v.used) {
    for (size_t k = 0; k <= v.mask; k++)
      if (ACTIVE(&v.table[k])) {
        GP_INCREF(v.table[k].key);
        s->table[k] = v.table[k];
      }
    s->fill = v.fill;
    set_used(s, v.used);
  } else if (s->fill == 0) {
    s->fill = v.used;
    for (size_t k = 0; k <= v.mask; k++)
      if (ACTIVE(&v.table[k])) {
        GP_INCREF(v.table[k].key);
        insert_clean(s->table, s->mask, v.table[k].key, v.table[k].hash);
      }
    set_used(s, v.used);
  } else {
    for (size_t k = 0; k <= v.mask && r == 0; k++)
      if (ACTIVE(&v.table[k])) r = set_add_entry(t, s, v.table[k].key, v.table[k].hash);
  }
done:
  index_rebuild(s);
  UNLOCK(s);
  view_done(&v);
  return r;
}

/* set.update(other) with one source. */
static int set_update_one(GpThread *t, GpSet *s, GpValue other) {
  if (GP_IS_ANYSET(other)) return set_merge(t, s, AS_SET(other));
  if (GP_IS_TYPE(other, gp_type_dict)) { /* one resize for the whole dict, as CPython */
    size_t n = gp_dict_len(other.as.o);
    LOCK(s);
    int r = (s->fill + n) * 5 >= s->mask * 3 ? set_resize(t, s, (s->used + n) * 2) : 0;
    UNLOCK(s);
    if (r < 0) return -1;
  }
  GpValue it = gp_iter(t, other), key;
  if (GP_IS_ERR(it)) return -1;
  int r;
  while ((r = gp_next(t, it, &key)) > 0) {
    r = set_add_key(t, s, key);
    GP_DECREF(key);
    if (r < 0) break;
  }
  GP_DECREF(it);
  return r;
}

int gp_set_update(GpThread *t, GpObj *s, GpValue iterable) {
  return set_update_one(t, (GpSet *)s, iterable);
}

GpValue gp_set_new(GpThread *t, const GpType *tp, GpValue iterable) {
  GpSet *s = set_alloc(t, tp);
  if (!s) return GP_ERRV;
  if (!GP_IS_ERR(iterable) && set_update_one(t, s, iterable) < 0) {
    gp_decref_o(&s->ob);
    return GP_ERRV;
  }
  return gp_objv(&s->ob);
}

/* The type results of operations on s take (frozenset | set is a frozenset). */
static const GpType *base_type(const GpSet *s) {
  return s->ob.type;
}

static GpValue set_copy_of(GpThread *t, GpSet *s) {
  return gp_set_new(t, base_type(s), gp_objv(&s->ob));
}

static GpValue frozen_of(GpThread *t, GpValue v) {
  return gp_set_new(t, &gp_type_frozenset, v);
}

/* Exchanges the tables of a and b (CPython's set_swap_bodies). Both are
** locked: a is the caller's own, b a private temporary. */
static void swap_bodies(GpSet *a, GpSet *b) {
  size_t tf = a->fill, tu = a->used, tm = a->mask;
  a->fill = b->fill, b->fill = tf;
  set_used(a, b->used), set_used(b, tu);
  a->mask = b->mask, b->mask = tm;
  SetEntry *at = a->table == a->small ? NULL : a->table;
  SetEntry *bt = b->table == b->small ? NULL : b->table;
  SetEntry tab[MINSIZE];
  memcpy(tab, a->small, sizeof tab);
  memcpy(a->small, b->small, sizeof tab);
  memcpy(b->small, tab, sizeof tab);
  a->table = bt ? bt : a->small;
  b->table = at ? at : b->small;
  index_rebuild(a);
  index_rebuild(b);
  a->hash = b->hash = -1;
}

/* ----------------------------------------------------------- operations */

static GpValue set_intersection(GpThread *t, GpSet *s, GpValue other) {
  if (other.as.o == &s->ob && other.tag == GP_T_OBJ) return set_copy_of(t, s);
  GpSet *r = set_alloc(t, base_type(s));
  if (!r) return GP_ERRV;
  GpValue rv = gp_objv(&r->ob);
  if (GP_IS_ANYSET(other)) {
    SetView a, b;
    if (view_take(t, s, &a) < 0) goto fail;
    if (view_take(t, AS_SET(other), &b) < 0) {
      view_done(&a);
      goto fail;
    }
    SetView *big = &a, *small = &b;
    if (b.used > a.used) big = &b, small = &a;
    int e = 0;
    for (size_t k = 0; k <= small->mask && e == 0; k++) {
      SetEntry *x = &small->table[k];
      if (!ACTIVE(x)) continue;
      e = view_contains(t, big, x->key, x->hash);
      if (e > 0) e = set_add_hashed(t, r, x->key, x->hash);
    }
    view_done(&a);
    view_done(&b);
    if (e < 0) goto fail;
    return rv;
  }
  GpValue it = gp_iter(t, other), key;
  if (GP_IS_ERR(it)) goto fail;
  int e;
  while ((e = gp_next(t, it, &key)) > 0) {
    int64_t h;
    e = gp_hash(t, key, &h);
    if (e == 0 && (e = set_contains_hashed(t, s, key, h)) > 0) {
      e = set_add_hashed(t, r, key, h);
      if (e == 0 && r->used >= gp_set_len(&s->ob)) {
        GP_DECREF(key);
        break;
      }
    }
    GP_DECREF(key);
    if (e < 0) break;
  }
  GP_DECREF(it);
  if (e < 0) goto fail;
  return rv;
fail:
  GP_DECREF(rv);
  return GP_ERRV;
}

static int set_intersection_update(GpThread *t, GpSet *s, GpValue other) {
  GpValue tmp = set_intersection(t, s, other);
  if (GP_IS_ERR(tmp)) return -1;
  LOCK(s);
  swap_bodies(s, AS_SET(tmp));
  UNLOCK(s);
  GP_DECREF(tmp);
  return 0;
}

static int set_difference_update(GpThread *t, GpSet *s, GpValue other) {
  if (other.tag == GP_T_OBJ && other.as.o == &s->ob) {
    set_clear(s);
    return 0;
  }
  int e = 0;
  if (GP_IS_ANYSET(other)) {
    GpValue o = other;
    GP_INCREF(o);
    /* an other 8 times larger is first reduced to the intersection */
    if ((gp_set_len(other.as.o) >> 3) > gp_set_len(&s->ob)) {
      GP_DECREF(o);
      o = set_intersection(t, s, other);
      if (GP_IS_ERR(o)) return -1;
    }
    SetView v;
    if (view_take(t, AS_SET(o), &v) < 0) {
      GP_DECREF(o);
      return -1;
    }
    for (size_t k = 0; k <= v.mask && e >= 0; k++)
      if (ACTIVE(&v.table[k])) e = set_discard_hashed(t, s, v.table[k].key, v.table[k].hash);
    view_done(&v);
    GP_DECREF(o);
  } else {
    GpValue it = gp_iter(t, other), key;
    if (GP_IS_ERR(it)) return -1;
    while ((e = gp_next(t, it, &key)) > 0) {
      int64_t h;
      e = gp_hash(t, key, &h);
      if (e == 0) e = set_discard_hashed(t, s, key, h);
      GP_DECREF(key);
      if (e < 0) break;
    }
    GP_DECREF(it);
  }
  if (e < 0) return -1;
  /* more than a quarter dummies: resize them away */
  LOCK(s);
  if (s->fill - s->used > s->mask / 4)
    e = set_resize(t, s, s->used > 50000 ? s->used * 2 : s->used * 4);
  UNLOCK(s);
  return e < 0 ? -1 : 0;
}

static GpValue copy_and_difference(GpThread *t, GpSet *s, GpValue other) {
  GpValue r = set_copy_of(t, s);
  if (!GP_IS_ERR(r) && set_difference_update(t, AS_SET(r), other) < 0) {
    GP_DECREF(r);
    return GP_ERRV;
  }
  return r;
}

static GpValue set_difference(GpThread *t, GpSet *s, GpValue other) {
  size_t other_size;
  if (GP_IS_ANYSET(other))
    other_size = gp_set_len(other.as.o);
  else if (GP_IS_TYPE(other, gp_type_dict))
    other_size = gp_dict_len(other.as.o);
  else
    return copy_and_difference(t, s, other);
  if ((gp_set_len(&s->ob) >> 2) > other_size) return copy_and_difference(t, s, other);
  GpSet *r = set_alloc(t, base_type(s));
  if (!r) return GP_ERRV;
  GpValue rv = gp_objv(&r->ob);
  SetView a, b;
  bool isset = GP_IS_ANYSET(other);
  if (view_take(t, s, &a) < 0) goto fail;
  if (isset && view_take(t, AS_SET(other), &b) < 0) {
    view_done(&a);
    goto fail;
  }
  int e = 0;
  for (size_t k = 0; k <= a.mask && e >= 0; k++) {
    SetEntry *x = &a.table[k];
    if (!ACTIVE(x)) continue;
    if (isset) {
      e = view_contains(t, &b, x->key, x->hash);
    } else {
      GpValue unused;
      e = gp_dict_get(t, other.as.o, x->key, &unused);
    }
    if (e == 0) e = set_add_hashed(t, r, x->key, x->hash);
  }
  view_done(&a);
  if (isset) view_done(&b);
  if (e < 0) goto fail;
  return rv;
fail:
  GP_DECREF(rv);
  return GP_ERRV;
}

static int set_symmetric_difference_update(GpThread *t, GpSet *s, GpValue other) {
  if (other.tag == GP_T_OBJ && other.as.o == &s->ob) {
    set_clear(s);
    return 0;
  }
  int e = 0;
  if (GP_IS_TYPE(other, gp_type_dict)) { /* its keys in its order, as CPython walks it */
    GpValue it = gp_iter(t, other), key;
    if (GP_IS_ERR(it)) return -1;
    while (e >= 0 && (e = gp_next(t, it, &key)) > 0) {
      int64_t h;
      e = gp_hash(t, key, &h);
      if (e == 0 && (e = set_discard_hashed(t, s, key, h)) == 0) e = set_add_hashed(t, s, key, h);
      GP_DECREF(key);
    }
    GP_DECREF(it);
    return e < 0 ? -1 : 0;
  }
  GpValue o;
  if (GP_IS_ANYSET(other)) {
    o = other;
    GP_INCREF(o);
  } else if (GP_IS_ERR(o = gp_set_new(t, base_type(s), other))) {
    return -1;
  }
  SetView v;
  if (view_take(t, AS_SET(o), &v) < 0) {
    GP_DECREF(o);
    return -1;
  }
  for (size_t k = 0; k <= v.mask && e >= 0; k++) {
    SetEntry *x = &v.table[k];
    if (!ACTIVE(x)) continue;
    e = set_discard_hashed(t, s, x->key, x->hash);
    if (e == 0) e = set_add_hashed(t, s, x->key, x->hash);
  }
  view_done(&v);
  GP_DECREF(o);
  return e < 0 ? -1 : 0;
}

static GpValue set_symmetric_difference(GpThread *t, GpSet *s, GpValue other) {
  GpValue r = gp_set_new(t, base_type(s), other);
  if (!GP_IS_ERR(r) && set_symmetric_difference_update(t, AS_SET(r), gp_objv(&s->ob)) < 0) {
    GP_DECREF(r);
    return GP_ERRV;
  }
  return r;
}

/* s <= other (other any iterable): 1, 0, -1. */
static int set_issubset(GpThread *t, GpSet *s, GpValue other) {
  if (!GP_IS_ANYSET(other)) {
    GpValue tmp = gp_set_new(t, &gp_type_set, other);
    if (GP_IS_ERR(tmp)) return -1;
    int r = set_issubset(t, s, tmp);
    GP_DECREF(tmp);
    return r;
  }
  if (gp_set_len(&s->ob) > gp_set_len(other.as.o)) return 0;
  SetView a, b;
  if (view_take(t, s, &a) < 0) return -1;
  if (view_take(t, AS_SET(other), &b) < 0) {
    view_done(&a);
    return -1;
  }
  int r = a.used <= b.used;
  for (size_t k = 0; k <= a.mask && r > 0; k++)
    if (ACTIVE(&a.table[k])) r = view_contains(t, &b, a.table[k].key, a.table[k].hash);
  view_done(&a);
  view_done(&b);
  return r;
}

static int set_issuperset(GpThread *t, GpSet *s, GpValue other) {
  if (GP_IS_ANYSET(other)) return set_issubset(t, AS_SET(other), gp_objv(&s->ob));
  GpValue it = gp_iter(t, other), key;
  if (GP_IS_ERR(it)) return -1;
  int r, holds = 1;
  while (holds > 0 && (r = gp_next(t, it, &key)) > 0) {
    int64_t h;
    GpValue tmp;
    holds = lookup_hash(t, key, &h, &tmp);
    if (holds == 0) holds = set_contains_hashed(t, s, GP_IS_NONE(tmp) ? key : tmp, h);
    GP_DECREF(tmp);
    GP_DECREF(key);
  }
  GP_DECREF(it);
  return holds <= 0 ? holds : r < 0 ? -1 : 1;
}

static int set_isdisjoint(GpThread *t, GpSet *s, GpValue other) {
  if (other.tag == GP_T_OBJ && other.as.o == &s->ob) return gp_set_len(&s->ob) == 0;
  if (GP_IS_ANYSET(other)) {
    GpValue tmp = set_intersection(t, s, other);
    if (GP_IS_ERR(tmp)) return -1;
    int r = gp_set_len(tmp.as.o) == 0;
    GP_DECREF(tmp);
    return r;
  }
  GpValue it = gp_iter(t, other), key;
  if (GP_IS_ERR(it)) return -1;
  int r;
  while ((r = gp_next(t, it, &key)) > 0) {
    int64_t h;
    GpValue tmp;
    r = lookup_hash(t, key, &h, &tmp);
    if (r == 0) r = set_contains_hashed(t, s, GP_IS_NONE(tmp) ? key : tmp, h);
    GP_DECREF(tmp);
    GP_DECREF(key);
    if (r != 0) break;
  }
  GP_DECREF(it);
  return r < 0 ? -1 : !r;
}

/* ------------------------------------------------------ protocol slots */

static int set_len_slot(GpThread *t, GpValue self, int64_t *n) {
  (void)t;
  *n = (int64_t)gp_set_len(self.as.o);
  return 0;
}

/* Out of line: gp_set_contains's fast path then saves no registers. */
static __attribute__((noinline)) int set_contains_key(GpThread *t, GpSet *s, GpValue key) {
  long k = int_fast_locked(s, key) ? int_find_locked(s, key.as.i) : INT_UNSURE;
  if (k != INT_UNSURE) return k >= 0;
  int64_t h;
  GpValue tmp;
  if (lookup_hash(t, key, &h, &tmp) < 0) return -1;
  int r = set_contains_hashed(t, s, GP_IS_NONE(tmp) ? key : tmp, h);
  GP_DECREF(tmp);
  return r;
}

/* The eval loop's `in`: an inline int that the index alone answers (no
** lock to take, no comparison that could call out) is answered here,
** without the general path's call frame. */
int gp_set_contains(GpThread *t, GpObj *so, GpValue key) {
  GpSet *s = (GpSet *)so;
  if (int_fast(s, key)) {
    long k = int_find(s, key.as.i, gp_int64_hash(key.as.i));
    if (k != INT_UNSURE) return k >= 0;
  }
  return set_contains_key(t, s, key);
}

static int set_contains_slot(GpThread *t, GpValue self, GpValue key) {
  return set_contains_key(t, AS_SET(self), key);
}

static GpValue set_binop(GpThread *t, GpBinOp op, GpValue a, GpValue b, bool inplace) {
  if (!GP_IS_ANYSET(a) || !GP_IS_ANYSET(b)) return GP_ERRV; /* NotImplemented */
  GpSet *s = AS_SET(a);
  if (inplace && !is_frozen(s)) {
    int r;
    switch (op) {
    case GP_OP_OR:
      r = set_merge(t, s, AS_SET(b));
      break;
    case GP_OP_AND:
      r = set_intersection_update(t, s, b);
      break;
    case GP_OP_SUB:
      r = set_difference_update(t, s, b);
      break;
    case GP_OP_XOR:
      r = set_symmetric_difference_update(t, s, b);
      break;
    default:
      return GP_ERRV;
    }
    if (r < 0) return GP_ERRV;
    GP_INCREF(a);
    return a;
  }
  switch (op) {
  case GP_OP_OR: {
    GpValue r = set_copy_of(t, s);
    if (!GP_IS_ERR(r) && set_merge(t, AS_SET(r), AS_SET(b)) < 0) {
      GP_DECREF(r);
      return GP_ERRV;
    }
    return r;
  }
  case GP_OP_AND:
    return set_intersection(t, s, b);
  case GP_OP_SUB:
    return set_difference(t, s, b);
  case GP_OP_XOR:
    return set_symmetric_difference(t, s, b);
  default:
    return GP_ERRV;
  }
}

/* The hash a frozenset has, by CPython's frozenset_hash (whole table). */
static uint64_t shuffle_bits(uint64_t h) {
  return ((h ^ 89869747u) ^ (h << 16)) * 3644798167u;
}

static int64_t table_hash(const GpSet *s) {
  uint64_t h = 0;
  for (size_t k = 0; k <= s->mask; k++)
    h ^= shuffle_bits((uint64_t)s->table[k].hash);
  if ((s->mask + 1 - s->fill) & 1) h ^= shuffle_bits(0);
  if ((s->fill - s->used) & 1) h ^= shuffle_bits((uint64_t)-1);
  h ^= ((uint64_t)s->used + 1) * 1927868237u;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069u + 907133923u;
  if (h == (uint64_t)-1) h = 590923713u;
  return (int64_t)h;
}

static int frozenset_hash(GpThread *t, GpValue self, int64_t *h) {
  (void)t;
  GpSet *s = AS_SET(self);
  int64_t v = __atomic_load_n(&s->hash, __ATOMIC_RELAXED);
  if (v == -1) {
    v = table_hash(s);
    __atomic_store_n(&s->hash, v, __ATOMIC_RELAXED);
  }
  *h = v;
  return 0;
}

static GpValue set_compare_impl(GpThread *t, GpCmpOp op, GpValue a, GpValue b);

/* Nested frozensets compare recursively: guarded like list comparison. */
static GpValue set_compare(GpThread *t, GpCmpOp op, GpValue a, GpValue b) {
  if (!GP_IS_ANYSET(a) || !GP_IS_ANYSET(b)) return GP_ERRV;
  if (gp_rec_enter(t, " in comparison") < 0) return GP_ERRV;
  GpValue r = set_compare_impl(t, op, a, b);
  gp_rec_leave(t);
  return r;
}

static GpValue set_compare_impl(GpThread *t, GpCmpOp op, GpValue a, GpValue b) {
  GpSet *s = AS_SET(a);
  size_t na = gp_set_len(a.as.o), nb = gp_set_len(b.as.o);
  int r;
  switch (op) {
  case GP_CMP_EQ:
  case GP_CMP_NE:
    if (na != nb) {
      r = 0;
    } else {
      int64_t ha = __atomic_load_n(&s->hash, __ATOMIC_RELAXED);
      int64_t hb = __atomic_load_n(&AS_SET(b)->hash, __ATOMIC_RELAXED);
      r = is_frozen(s) && is_frozen(AS_SET(b)) && ha != -1 && hb != -1 && ha != hb
              ? 0
              : set_issubset(t, s, b);
    }
    if (r >= 0 && op == GP_CMP_NE) r = !r;
    break;
  case GP_CMP_LE:
    r = set_issubset(t, s, b);
    break;
  case GP_CMP_GE:
    r = set_issuperset(t, s, b);
    break;
  case GP_CMP_LT:
    r = na >= nb ? 0 : set_issubset(t, s, b);
    break;
  default:
    r = na <= nb ? 0 : set_issuperset(t, s, b);
    break;
  }
  return r < 0 ? GP_ERRV : gp_boolv(r);
}

static const GpTypeOps set_ops = {
    .len = set_len_slot,
    .contains = set_contains_slot,
    .binop = set_binop,
    .compare = set_compare,
};

/* ---------------------------------------------------------- repr, iter */

static GpValue set_repr(GpThread *t, GpValue self) {
  GpSet *s = AS_SET(self);
  const char *name = s->ob.type->name;
  bool frozen = is_frozen(s);
  if (gp_set_len(&s->ob) == 0) return gp_str_printf(t, "%s()", name);
  int g = gp_repr_enter(t, &s->ob);
  if (g <= 0) return g < 0 ? GP_ERRV : gp_str_printf(t, "%s(...)", name);
  GpBuf b;
  gp_buf_init(&b);
  if (frozen) {
    gp_buf_puts(&b, name);
    gp_buf_putc(&b, '(');
  }
  gp_buf_putc(&b, '{');
  SetView v = {0};
  int r = view_take(t, s, &v);
  bool first = true;
  for (size_t k = 0; r == 0 && k <= v.mask; k++) {
    if (!ACTIVE(&v.table[k])) continue;
    if (!first) gp_buf_puts(&b, ", ");
    first = false;
    r = gp_buf_repr(t, &b, v.table[k].key);
  }
  if (v.table) view_done(&v);
  gp_repr_leave(&s->ob);
  if (r < 0) {
    gp_buf_free(&b);
    return GP_ERRV;
  }
  gp_buf_putc(&b, '}');
  if (frozen) gp_buf_putc(&b, ')');
  return gp_buf_finish(t, &b);
}

static void set_dealloc(GpObj *o) {
  GpSet *s = (GpSet *)o;
  for (size_t k = 0; k <= s->mask; k++)
    if (ACTIVE(&s->table[k])) GP_DECREF(s->table[k].key);
  if (s->table != s->small) free(s->table);
}

/* Sets and frozensets report their keys (instances and tuples can hold the
** set); only sets clear: a cycle through a frozenset passes a mutable object. */
static int set_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GpSet *s = (GpSet *)o;
  for (size_t k = 0; k <= s->mask; k++)
    if (ACTIVE(&s->table[k])) GP_VISIT(s->table[k].key, visit, arg);
  return 0;
}

static void set_gc_clear(GpObj *o) {
  set_clear((GpSet *)o);
}

typedef struct SetIter {
  GpObj ob;
  GpValue set; /* GP_NONEV once exhausted */
  size_t used, pos;
} SetIter;

static GpType set_iter_type;

/* A shared set (gil=none) is iterated over a snapshot of its keys, taken
** under its lock: other threads' adds must not make list(s) or a for loop
** fail with "changed size", which under a GIL cannot happen mid-call. */
static GpValue set_iter_snapshot(GpThread *t, GpSet *s) {
  /* the keys are copied under the set's lock, the list built after it:
  ** a thread holds one container lock at a time (obj.h) */
  LOCK(s);
  size_t n = 0;
  GpValue *keys = malloc((s->used + 1) * sizeof *keys);
  for (size_t k = 0; keys && k <= s->mask; k++)
    if (ACTIVE(&s->table[k])) {
      keys[n] = s->table[k].key;
      GP_INCREF(keys[n]); /* a macro: its argument is evaluated twice */
      n++;
    }
  UNLOCK(s);
  if (!keys) return gp_raise_nomem(t);
  GpValue l = gp_list_new(t, n);
  for (size_t i = 0; i < n; i++) {
    if (!GP_IS_ERR(l) && gp_list_append(t, l.as.o, keys[i]) < 0) {
      GP_DECREF(l);
      l = GP_ERRV;
    }
    GP_DECREF(keys[i]);
  }
  free(keys);
  if (GP_IS_ERR(l)) return l;
  GpValue it = gp_iter(t, l);
  GP_DECREF(l);
  return it;
}

static GpValue set_iter(GpThread *t, GpValue self) {
  if (GP_IS_SHARED(self.as.o) && !is_frozen(AS_SET(self)))
    return set_iter_snapshot(t, AS_SET(self));
  SetIter *it = (SetIter *)gp_alloc(t, &set_iter_type, sizeof(SetIter));
  if (!it) return gp_raise_nomem(t);
  GP_INCREF(self);
  it->set = self;
  it->used = gp_set_len(self.as.o);
  return gp_objv(&it->ob);
}

static int set_iter_next(GpThread *t, GpValue self, GpValue *out) {
  SetIter *it = (SetIter *)self.as.o;
  if (GP_IS_NONE(it->set)) return 0;
  GpSet *s = AS_SET(it->set);
  LOCK(s);
  if (it->used != s->used) {
    UNLOCK(s);
    it->used = SIZE_MAX; /* sticky, as CPython's */
    gp_raise(t, &gp_exc_RuntimeError, "Set changed size during iteration");
    return -1;
  }
  size_t i = it->pos;
  while (i <= s->mask && !ACTIVE(&s->table[i]))
    i++;
  it->pos = i + 1;
  bool found = i <= s->mask;
  if (found) {
    *out = s->table[i].key;
    GP_INCREF(*out);
  }
  UNLOCK(s);
  if (found) return 1;
  GP_DECREF(it->set);
  it->set = GP_NONEV;
  return 0;
}

static void set_iter_dealloc(GpObj *o) {
  GP_DECREF(((SetIter *)o)->set);
}

static int set_iter_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GP_VISIT(((SetIter *)o)->set, visit, arg);
  return 0;
}

/* The keys left, 0 once exhausted or once the set changed size, as
** CPython's set iterator counts them. */
static GpValue set_iter_length_hint(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "__length_hint__", nargs - 1, kw) < 0) return GP_ERRV;
  SetIter *it = (SetIter *)args[0].as.o;
  if (GP_IS_NONE(it->set)) return gp_intv(0);
  GpSet *s = AS_SET(it->set);
  int64_t n = 0;
  LOCK(s);
  if (it->used == s->used)
    for (size_t i = it->pos; i <= s->mask; i++)
      n += ACTIVE(&s->table[i]);
  UNLOCK(s);
  return gp_intv(n);
}

static const GpMethodDef set_iter_methods[] = {{"__length_hint__", set_iter_length_hint},
                                               {NULL, NULL}};

static GpType set_iter_type = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "set_iterator",
    .dealloc = set_iter_dealloc,
    .traverse = set_iter_traverse,
    .iter = gp_iter_self,
    .next = set_iter_next,
    .methods = set_iter_methods,
};

/* -------------------------------------------------------------- methods */

#define SELFV args[0]
#define SELF AS_SET(args[0])

/* "set.add" or "frozenset.copy" for messages. */
static const char *mname(GpValue self, const char *m, char *buf, size_t n) {
  snprintf(buf, n, "%s.%s", gp_typeof(self)->name, m);
  return buf;
}

static GpValue set_add_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int r = nargs == 2 && !kw && int_fast(SELF, args[1]) ? int_add(t, SELF, args[1]) : 0;
  if (r) return r < 0 ? GP_ERRV : GP_NONEV;
  if (gp_arg_one(t, "set.add", nargs - 1, kw) < 0) return GP_ERRV;
  return set_add_key(t, SELF, args[1]) < 0 ? GP_ERRV : GP_NONEV;
}

/* discard/remove: 1 removed, 0 absent, -1. */
static int discard_key(GpThread *t, GpSet *s, GpValue key) {
  int r = int_fast_locked(s, key) ? int_discard_locked(s, key) : INT_UNSURE;
  if (r != INT_UNSURE) return r;
  int64_t h;
  GpValue tmp;
  if (lookup_hash(t, key, &h, &tmp) < 0) return -1;
  r = set_discard_hashed(t, s, GP_IS_NONE(tmp) ? key : tmp, h);
  GP_DECREF(tmp);
  return r;
}

static GpValue set_discard_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (nargs == 2 && !kw && int_fast(SELF, args[1]) && int_discard(SELF, args[1]) != INT_UNSURE)
    return GP_NONEV;
  if (gp_arg_one(t, "set.discard", nargs - 1, kw) < 0) return GP_ERRV;
  return discard_key(t, SELF, args[1]) < 0 ? GP_ERRV : GP_NONEV;
}

static GpValue set_remove_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int r = nargs == 2 && !kw && int_fast(SELF, args[1]) ? int_discard(SELF, args[1]) : INT_UNSURE;
  if (r == 1) return GP_NONEV;
  if (gp_arg_one(t, "set.remove", nargs - 1, kw) < 0) return GP_ERRV;
  if (r == INT_UNSURE) r = discard_key(t, SELF, args[1]);
  if (r == 0) return gp_raise_keyerror(t, args[1]);
  return r < 0 ? GP_ERRV : GP_NONEV;
}

static GpValue set_pop_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "set.pop", nargs - 1, kw) < 0) return GP_ERRV;
  GpSet *s = SELF;
  LOCK(s);
  if (s->used == 0) {
    UNLOCK(s);
    return gp_raise(t, &gp_exc_KeyError, "pop from an empty set");
  }
  SetEntry *e = s->table + (s->finger & s->mask), *limit = s->table + s->mask;
  while (!ACTIVE(e))
    if (++e > limit) e = s->table;
  GpValue key = entry_remove(s, (size_t)(e - s->table));
  s->finger = (size_t)(e - s->table) + 1;
  UNLOCK(s);
  return key;
}

static GpValue set_clear_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "set.clear", nargs - 1, kw) < 0) return GP_ERRV;
  set_clear(SELF);
  return GP_NONEV;
}

static GpValue set_copy_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  char b[48];
  if (gp_arg_none(t, mname(SELFV, "copy", b, sizeof b), nargs - 1, kw) < 0) return GP_ERRV;
  if (is_frozen(SELF)) {
    GP_INCREF(SELFV);
    return SELFV;
  }
  return set_copy_of(t, SELF);
}

static GpValue set_update_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "set.update", nargs - 1, kw, 0, INT_MAX) < 0) return GP_ERRV;
  for (int i = 1; i < nargs; i++)
    if (set_update_one(t, SELF, args[i]) < 0) return GP_ERRV;
  return GP_NONEV;
}

static GpValue set_union_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  char b[48];
  if (gp_arg_count(t, mname(SELFV, "union", b, sizeof b), nargs - 1, kw, 0, INT_MAX) < 0)
    return GP_ERRV;
  GpValue r = set_copy_of(t, SELF);
  for (int i = 1; i < nargs && !GP_IS_ERR(r); i++) {
    if (args[i].tag == GP_T_OBJ && args[i].as.o == &SELF->ob) continue;
    if (set_update_one(t, AS_SET(r), args[i]) < 0) {
      GP_DECREF(r);
      r = GP_ERRV;
    }
  }
  return r;
}

static GpValue set_intersection_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  char b[48];
  if (gp_arg_count(t, mname(SELFV, "intersection", b, sizeof b), nargs - 1, kw, 0, INT_MAX) < 0)
    return GP_ERRV;
  if (nargs == 1) return set_copy_of(t, SELF);
  GpValue r = SELFV;
  GP_INCREF(r);
  for (int i = 1; i < nargs; i++) {
    GpValue n = set_intersection(t, AS_SET(r), args[i]);
    GP_DECREF(r);
    if (GP_IS_ERR(n)) return n;
    r = n;
  }
  return r;
}

static GpValue set_intersection_update_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "set.intersection_update", nargs - 1, kw, 0, INT_MAX) < 0) return GP_ERRV;
  GpValue tmp = set_intersection_m(t, args, nargs, NULL);
  if (GP_IS_ERR(tmp)) return tmp;
  LOCK(SELF);
  swap_bodies(SELF, AS_SET(tmp));
  UNLOCK(SELF);
  GP_DECREF(tmp);
  return GP_NONEV;
}

static GpValue set_difference_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  char b[48];
  if (gp_arg_count(t, mname(SELFV, "difference", b, sizeof b), nargs - 1, kw, 0, INT_MAX) < 0)
    return GP_ERRV;
  if (nargs == 1) return set_copy_of(t, SELF);
  GpValue r = set_difference(t, SELF, args[1]);
  for (int i = 2; i < nargs && !GP_IS_ERR(r); i++)
    if (set_difference_update(t, AS_SET(r), args[i]) < 0) {
      GP_DECREF(r);
      r = GP_ERRV;
    }
  return r;
}

static GpValue set_difference_update_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "set.difference_update", nargs - 1, kw, 0, INT_MAX) < 0) return GP_ERRV;
  for (int i = 1; i < nargs; i++)
    if (set_difference_update(t, SELF, args[i]) < 0) return GP_ERRV;
  return GP_NONEV;
}

static GpValue set_symdiff_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  char b[48];
  if (gp_arg_one(t, mname(SELFV, "symmetric_difference", b, sizeof b), nargs - 1, kw) < 0)
    return GP_ERRV;
  return set_symmetric_difference(t, SELF, args[1]);
}

static GpValue set_symdiff_update_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "set.symmetric_difference_update", nargs - 1, kw) < 0) return GP_ERRV;
  return set_symmetric_difference_update(t, SELF, args[1]) < 0 ? GP_ERRV : GP_NONEV;
}

static GpValue set_issubset_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  char b[48];
  if (gp_arg_one(t, mname(SELFV, "issubset", b, sizeof b), nargs - 1, kw) < 0) return GP_ERRV;
  int r = set_issubset(t, SELF, args[1]);
  return r < 0 ? GP_ERRV : gp_boolv(r);
}

static GpValue set_issuperset_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  char b[48];
  if (gp_arg_one(t, mname(SELFV, "issuperset", b, sizeof b), nargs - 1, kw) < 0) return GP_ERRV;
  int r = set_issuperset(t, SELF, args[1]);
  return r < 0 ? GP_ERRV : gp_boolv(r);
}

static GpValue set_isdisjoint_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  char b[48];
  if (gp_arg_one(t, mname(SELFV, "isdisjoint", b, sizeof b), nargs - 1, kw) < 0) return GP_ERRV;
  int r = set_isdisjoint(t, SELF, args[1]);
  return r < 0 ? GP_ERRV : gp_boolv(r);
}

static GpValue set_call(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "set", nargs, kw, 0, 1) < 0) return GP_ERRV;
  return gp_set_new(t, &gp_type_set, nargs ? args[0] : GP_ERRV);
}

static GpValue frozenset_call(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "frozenset", nargs, kw, 0, 1) < 0) return GP_ERRV;
  if (nargs && GP_IS_TYPE(args[0], gp_type_frozenset)) { /* idempotent */
    GP_INCREF(args[0]);
    return args[0];
  }
  return gp_set_new(t, &gp_type_frozenset, nargs ? args[0] : GP_ERRV);
}

static const GpMethodDef set_methods[] = {
    {"add", set_add_m},
    {"discard", set_discard_m},
    {"remove", set_remove_m},
    {"pop", set_pop_m},
    {"clear", set_clear_m},
    {"copy", set_copy_m},
    {"update", set_update_m},
    {"union", set_union_m},
    {"intersection", set_intersection_m},
    {"intersection_update", set_intersection_update_m},
    {"difference", set_difference_m},
    {"difference_update", set_difference_update_m},
    {"symmetric_difference", set_symdiff_m},
    {"symmetric_difference_update", set_symdiff_update_m},
    {"issubset", set_issubset_m},
    {"issuperset", set_issuperset_m},
    {"isdisjoint", set_isdisjoint_m},
    {NULL, NULL},
};

static const GpMethodDef frozenset_methods[] = {
    {"copy", set_copy_m},
    {"union", set_union_m},
    {"intersection", set_intersection_m},
    {"difference", set_difference_m},
    {"symmetric_difference", set_symdiff_m},
    {"issubset", set_issubset_m},
    {"issuperset", set_issuperset_m},
    {"isdisjoint", set_isdisjoint_m},
    {NULL, NULL},
};

GpType gp_type_set = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "set",
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear = set_gc_clear,
    .repr = set_repr,
    .iter = set_iter,
    .call = set_call,
    .methods = set_methods,
    .ops = &set_ops,
};

GpType gp_type_frozenset = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "frozenset",
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .repr = set_repr,
    .hash = frozenset_hash,
    .iter = set_iter,
    .call = frozenset_call,
    .methods = frozenset_methods,
    .ops = &set_ops,
};
