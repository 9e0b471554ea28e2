/*
** dict.c — insertion-ordered hash tables in CPython 3.6's layout: a dense
** array of entries in insertion order plus a sparse open-addressing index
** of int32 positions into it. Deletion leaves a tombstone in both; a resize
** compacts the entries and rebuilds the index. All mutation of the storage
** goes through dict_insert, dict_remove_at, dict_resize and dict_take.
** Also the views (keys, values, items) and the dict iterators.
**
** gil=none: a dict's lock (obj.h) guards all its fields; the functions that
** take it say so or are public. Keys compared under the lock are hashable,
** so never containers: comparing them takes no other lock. Values leaving a
** dict are released after unlocking, and the public lookups that hand out
** values take a reference under the lock (gp_dict_getref, gp_dict_get_str):
** a borrowed value could be freed by another thread at once. The entries
** array, its count and the entries' keys and values are also read without
** the lock (runtime/cache_none.h's peeks): the lock is the dict's seq word,
** odd while held (obj.h), and a peeked dict's dropped storage is retired.
*/
#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "gc.h"
#include "module.h"
#include "obj.h"
#include "retire.h"

enum { IX_EMPTY = -1, IX_DUMMY = -2, MIN_INDEX = 8 };

#define LOCK(d) gp_dict_lock(d)
#define UNLOCK(d) gp_dict_unlock(d)

static inline void dict_setlen(GpDict *d, size_t n) {
  gp_size_store(&d->len, n);
}

static size_t usable(size_t nindex) {
  return nindex * 2 / 3;
}

/* Keys equal as a dict sees them: identity first, as CPython does. */
static inline int key_eq(GpThread *t, GpValue a, GpValue b) {
  if (a.tag == b.tag && a.as.i == b.as.i && a.tag != GP_T_FLOAT) return 1;
  if (GP_IS_TYPE(a, gp_type_str) && GP_IS_TYPE(b, gp_type_str)) return gp_str_eq(a.as.o, b.as.o);
  return gp_eq(t, a, b);
}

/* Entry position of key, -1 if missing, -2 on error; *slot is the index
** position of the entry, or of the empty slot that ended the probe. The
** caller holds the lock, as for every static function up to the public API. */
static int64_t dict_lookup(GpThread *t, GpDict *d, GpValue key, int64_t h, size_t *slot) {
  if (!d->nindex) return -1;
  size_t mask = d->nindex - 1, i = (size_t)h & mask;
  uint64_t perturb = (uint64_t)h;
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == IX_EMPTY) {
      *slot = i;
      return -1;
    }
    if (ix >= 0 && d->entries[ix].hash == h) {
      int e = key_eq(t, d->entries[ix].key, key);
      if (e < 0) return -2;
      if (e) {
        *slot = i;
        return ix;
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

/* First slot free for a new key (empty or tombstone). */
static size_t dict_free_slot(const GpDict *d, int64_t h) {
  size_t mask = d->nindex - 1, i = (size_t)h & mask;
  uint64_t perturb = (uint64_t)h;
  while (d->index[i] >= 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

/* The index size for `need` live entries. */
static size_t index_size(size_t need) {
  size_t nindex = MIN_INDEX;
  while (usable(nindex) < need)
    nindex *= 2;
  return nindex;
}

static size_t storage_size(size_t nindex) {
  return usable(nindex) * sizeof(GpDictEntry) + nindex * sizeof(int32_t);
}

/* Points d at storage for an index of nindex (entries, then the index). */
static void storage_set(GpDict *d, void *storage, size_t nindex) {
  d->cap = usable(nindex);
  __atomic_store_n(&d->entries, storage, __ATOMIC_RELEASE);
  d->index = (int32_t *)(d->entries + d->cap);
  d->nindex = nindex;
  memset(d->index, 0xff, nindex * sizeof *d->index); /* IX_EMPTY */
}

/* Frees d's old storage block p, or retires it if d is peeked: a reader
** may still be in it (with no thread t nobody reads). The retire list's
** lock is a leaf, so taking it under d's breaks no lock order. */
static void drop_storage(GpThread *t, GpDict *d, void *p) {
  if (t && __atomic_load_n(&d->peeked, __ATOMIC_RELAXED))
    gp_retire_block(t, p);
  else
    free(p);
}

/* Rebuilds for at least `need` live entries, compacting tombstones. */
static int dict_resize(GpThread *t, GpDict *d, size_t need) {
  size_t nindex = index_size(need);
  /* one block, the entries then the index: one malloc, not two */
  GpDictEntry *entries = nindex > INT32_MAX ? NULL : malloc(storage_size(nindex));
  if (!entries) {
    gp_raise_nomem(t);
    return -1;
  }
  size_t n = 0;
  for (size_t k = 0; k < d->nentries; k++)
    if (!GP_IS_ERR(d->entries[k].key)) entries[n++] = d->entries[k];
  if (!d->embedded) drop_storage(t, d, d->entries); /* and the index */
  d->embedded = false;
  /* the count first: a peek that sees the new block sees a count within it */
  __atomic_store_n(&d->nentries, n, __ATOMIC_RELEASE);
  storage_set(d, entries, nindex);
  for (size_t k = 0; k < n; k++)
    d->index[dict_free_slot(d, entries[k].hash)] = (int32_t)k;
  return 0;
}

/* Appends a new entry (key known to be absent); increfs key and value. */
static int dict_insert(GpThread *t, GpDict *d, GpValue key, int64_t h, GpValue v) {
  if (d->nentries == d->cap && dict_resize(t, d, (d->len + 1) * 3 / 2 + 1) < 0) return -1;
  size_t slot = dict_free_slot(d, h);
  GpDictEntry *e = &d->entries[d->nentries];
  GP_INCREF(key);
  GP_INCREF(v);
  gp_gc_note_store(t, &d->ob, key);
  gp_gc_note_store(t, &d->ob, v);
  e->hash = h;
  gp_value_put(&e->key, key);
  gp_value_put(&e->value, v);
  /* read without the lock (the VM's method caches): an atomic store */
  __atomic_store_n(&d->keybits, d->keybits | 1ull << (h & 63), __ATOMIC_RELAXED);
  d->index[slot] = (int32_t)d->nentries;
  __atomic_store_n(&d->nentries, d->nentries + 1, __ATOMIC_RELEASE);
  dict_setlen(d, d->len + 1);
  return 0;
}

/* Unlinks entry ix; its key and value move to gone[0..1], to release after
** unlocking. */
static void dict_remove_at(GpDict *d, size_t slot, int64_t ix, GpValue gone[2]) {
  GpDictEntry *e = &d->entries[ix];
  gone[0] = e->key;
  gone[1] = e->value;
  d->index[slot] = IX_DUMMY;
  gp_value_put(&e->key, GP_ERRV);
  gp_value_put(&e->value, GP_NONEV);
  dict_setlen(d, d->len - 1);
}

static void release_pair(GpValue gone[2]) {
  GP_DECREF(gone[0]);
  GP_DECREF(gone[1]);
}

/* Stores v (increfed); returns the old value, to release after unlocking. */
static GpValue dict_set_value(GpDictEntry *e, GpValue v) {
  GpValue old = e->value;
  GP_INCREF(v);
  gp_value_put(&e->value, v);
  return old;
}

/* Empties d, returning its old storage to release afterwards: true if
** that is a block to free, false if it is d's own (embedded). Locks. */
static bool dict_take(GpDict *d, GpDictEntry **entries, size_t *n) {
  LOCK(d);
  bool owned = !d->embedded;
  *entries = d->entries;
  *n = d->nentries; /* the index goes with them */
  d->index = NULL;
  /* the count before the block: a peek never pairs a block with a count past it */
  __atomic_store_n(&d->nentries, 0, __ATOMIC_RELEASE);
  __atomic_store_n(&d->entries, NULL, __ATOMIC_RELEASE);
  d->embedded = false;
  dict_setlen(d, 0);
  d->cap = d->nindex = 0;
  UNLOCK(d);
  return owned;
}

/* Drops the references of entries[0..n); frees the block if owned. */
static void release_entries(GpDictEntry *entries, size_t n, bool owned) {
  for (size_t i = 0; i < n; i++) {
    if (GP_IS_ERR(entries[i].key)) continue;
    GP_DECREF(entries[i].key);
    GP_DECREF(entries[i].value);
  }
  if (owned) free(entries);
}

/* The entries of a dict to read while calling out (comparisons, repr, a
** second dict): its own array under a GIL (deleted entries included, keys
** GP_ERRV), a compact copy holding references taken under the lock for a
** dict of a gil=none VM. */
typedef struct Snap {
  GpDictEntry *e;
  size_t n;
  bool copy;
} Snap;

static int snap_take(GpThread *t, GpDict *d, Snap *s) {
  s->copy = GP_IS_SHARED(&d->ob);
  if (!s->copy) {
    s->e = d->entries;
    s->n = d->nentries;
    return 0;
  }
  LOCK(d);
  s->n = 0;
  s->e = d->len ? malloc(d->len * sizeof *s->e) : NULL;
  if (s->e)
    for (size_t k = 0; k < d->nentries; k++) {
      GpDictEntry *e = &d->entries[k];
      if (GP_IS_ERR(e->key)) continue;
      GP_INCREF(e->key);
      GP_INCREF(e->value);
      s->e[s->n++] = *e;
    }
  bool failed = d->len && !s->e;
  UNLOCK(d);
  if (failed) {
    gp_raise_nomem(t);
    return -1;
  }
  return 0;
}

static void snap_done(Snap *s) {
  if (s->copy) release_entries(s->e, s->n, true);
}

/* The next live entry of e[0..n-1] from *i on, or NULL. */
static GpDictEntry *live_next(GpDictEntry *e, size_t n, size_t *i) {
  while (*i < n) {
    GpDictEntry *x = &e[(*i)++];
    if (!GP_IS_ERR(x->key)) return x;
  }
  return NULL;
}

static GpDictEntry *snap_next(Snap *s, size_t *i) {
  return live_next(s->e, s->n, i);
}

/* ------------------------------------------------------------- public API */

GpValue gp_dict_new(GpThread *t) {
  GpObj *o = gp_alloc(t, &gp_type_dict, sizeof(GpDict));
  return o ? gp_objv(o) : gp_raise_nomem(t);
}

GpValue gp_dict_new_sized(GpThread *t, size_t n) {
  size_t nindex = index_size(n);
  GpDict *d = (GpDict *)gp_alloc(t, &gp_type_dict, sizeof(GpDict) + storage_size(nindex));
  if (!d) return gp_raise_nomem(t);
  storage_set(d, d + 1, nindex);
  d->embedded = true;
  return gp_objv(&d->ob);
}

static void dict_dealloc(GpObj *o) {
  GpDict *d = (GpDict *)o;
  release_entries(d->entries, d->nentries, !d->embedded); /* the index too */
}

static inline int key_hash(GpThread *t, GpValue key, int64_t *h) {
  if (GP_IS_TYPE(key, gp_type_str)) {
    *h = gp_str_hash(key.as.o);
    return 0;
  }
  return gp_hash(t, key, h);
}

/* Looks key up under the lock; *out is the value, a new reference if ref. */
static inline __attribute__((always_inline)) int dict_get(GpThread *t, GpObj *o, GpValue key,
                                                          GpValue *out, bool ref) {
  GpDict *d = (GpDict *)o;
  int64_t h;
  size_t slot;
  if (key_hash(t, key, &h) < 0) return -1;
  LOCK(d);
  int64_t ix = dict_lookup(t, d, key, h, &slot);
  if (ix >= 0) {
    *out = d->entries[ix].value;
    if (ref) GP_INCREF(*out);
  }
  UNLOCK(d);
  return ix >= 0 ? 1 : ix == -1 ? 0 : -1;
}

int gp_dict_get(GpThread *t, GpObj *o, GpValue key, GpValue *out) {
  return dict_get(t, o, key, out, false);
}

int gp_dict_getref(GpThread *t, GpObj *o, GpValue key, GpValue *out) {
  return dict_get(t, o, key, out, true);
}

int gp_dict_set(GpThread *t, GpObj *o, GpValue key, GpValue v) {
  GpDict *d = (GpDict *)o;
  int64_t h;
  size_t slot;
  if (key_hash(t, key, &h) < 0) return -1;
  LOCK(d);
  int64_t ix = dict_lookup(t, d, key, h, &slot);
  if (ix >= 0) {
    GpValue old = dict_set_value(&d->entries[ix], v);
    gp_gc_note_store(t, o, v);
    UNLOCK(d);
    GP_DECREF(old);
    return 0;
  }
  int r = ix == -1 ? dict_insert(t, d, key, h, v) : -1;
  UNLOCK(d);
  return r;
}

int gp_dict_exchange(GpThread *t, GpObj *o, GpValue key, GpValue v, GpValue *old) {
  GpDict *d = (GpDict *)o;
  int64_t h;
  size_t slot;
  if (key_hash(t, key, &h) < 0) return -1;
  GpValue gone[2] = {GP_NONEV, GP_NONEV};
  LOCK(d);
  int64_t ix = dict_lookup(t, d, key, h, &slot);
  int r = ix >= 0 ? 1 : ix == -1 ? 0 : -1;
  if (ix >= 0 && !GP_IS_ERR(v)) {
    *old = dict_set_value(&d->entries[ix], v);
    gp_gc_note_store(t, o, v);
  } else if (ix >= 0) {
    dict_remove_at(d, slot, ix, gone);
    *old = gone[1];
    gone[1] = GP_NONEV;
  } else if (ix == -1 && !GP_IS_ERR(v) && dict_insert(t, d, key, h, v) < 0) {
    r = -1;
  }
  UNLOCK(d);
  GP_DECREF(gone[0]);
  return r;
}

int gp_dict_del(GpThread *t, GpObj *o, GpValue key) {
  GpValue old = GP_NONEV;
  int r = gp_dict_exchange(t, o, key, GP_ERRV, &old);
  GP_DECREF(old);
  return r;
}

/* The entry of a str key, or NULL; caller holds the lock. */
static GpDictEntry *dict_find_str(GpDict *d, GpObj *key) {
  if (!d->nindex) return NULL;
  int64_t h = gp_str_hash(key);
  size_t mask = d->nindex - 1, i = (size_t)h & mask;
  uint64_t perturb = (uint64_t)h;
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == IX_EMPTY) return NULL;
    if (ix >= 0) {
      GpDictEntry *e = &d->entries[ix];
      if (e->key.tag == GP_T_OBJ && e->key.as.o == key) return e;
      if (e->hash == h && GP_IS_TYPE(e->key, gp_type_str) && gp_str_eq(e->key.as.o, key)) return e;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

GpValue *gp_dict_find_str(GpObj *o, GpObj *key) {
  GpDict *d = (GpDict *)o;
  LOCK(d);
  GpDictEntry *e = dict_find_str(d, key);
  UNLOCK(d);
  return e ? &e->value : NULL;
}

/* Instances of a class store their attributes in the same order, so the
** entry where a name was found in one instance's dict is where it is in the
** next one's: that entry (*hint) is tried first, a probe updates it. */
static GpDictEntry *dict_find_str_hint(GpDict *d, GpObj *key, uint32_t *hint) {
  GpDictEntry *e = *hint < d->nentries ? &d->entries[*hint] : NULL;
  if (!e || e->key.tag != GP_T_OBJ || e->key.as.o != key) {
    e = dict_find_str(d, key);
    if (e) *hint = (uint32_t)(e - d->entries);
  }
  return e;
}

GpValue *gp_dict_find_str_hint(GpObj *o, GpObj *key, uint32_t *hint) {
  GpDict *d = (GpDict *)o;
  LOCK(d);
  GpDictEntry *e = dict_find_str_hint(d, key, hint);
  UNLOCK(d);
  return e ? &e->value : NULL;
}

/* gp_dict_find_str_hint for gil=none: the value, a new reference taken
** under the lock, and *hint updated (the caller publishes it). */
bool gp_dict_get_str_hint(GpObj *o, GpObj *key, uint32_t *hint, GpValue *out) {
  GpDict *d = (GpDict *)o;
  LOCK(d);
  GpDictEntry *e = dict_find_str_hint(d, key, hint);
  if (e) {
    *out = e->value;
    GP_INCREF(*out);
  }
  UNLOCK(d);
  return e != NULL;
}

/* d[key] = v for a str key, trying entry *hint first and updating it. A
** reference to v is taken, or with steal the caller's is taken over (on
** success only); the value replaced goes to *old (GP_ERRV if the key was
** new) for release after the lock. A key whose bit is clear in keybits was
** never inserted, nor was an equal str subclass key (it hashes as the str
** does), so __init__'s stores into a fresh instance dict insert with no
** probe. Caller holds the lock. */
static int dict_put_str_hint(GpThread *t, GpDict *d, GpObj *key, uint32_t *hint, GpValue v,
                             bool steal, GpValue *old) {
  *old = GP_ERRV;
  GpDictEntry *e = *hint < d->nentries ? &d->entries[*hint] : NULL;
  if (!e || e->key.tag != GP_T_OBJ || e->key.as.o != key) {
    int64_t h = gp_str_hash(key), ix = -1;
    size_t slot;
    e = NULL;
    if ((d->keybits >> (h & 63)) & 1 && !(e = dict_find_str(d, key)) &&
        (ix = dict_lookup(t, d, gp_objv(key), h, &slot)) >= 0)
      e = &d->entries[ix]; /* an equal str subclass key */
    if (!e) {
      if (ix == -2 || dict_insert(t, d, gp_objv(key), h, v) < 0) return -1;
      *hint = (uint32_t)(d->nentries - 1);
      if (steal) GP_DECREF(v); /* never the last reference: the dict holds one */
      return 0;
    }
    *hint = (uint32_t)(e - d->entries);
  }
  *old = e->value;
  if (!steal) GP_INCREF(v);
  gp_value_put(&e->value, v);
  gp_gc_note_store(t, &d->ob, v);
  return 0;
}

/* dict_put_str_hint under d's lock, the value replaced dropped after it. */
static inline __attribute__((always_inline)) int
put_str_hint(GpThread *t, GpObj *o, GpObj *key, uint32_t *hint, GpValue v, bool steal) {
  GpDict *d = (GpDict *)o;
  GpValue old;
  LOCK(d);
  int r = dict_put_str_hint(t, d, key, hint, v, steal, &old);
  UNLOCK(d);
  GP_DECREF(old);
  return r;
}

int gp_dict_set_str_hint(GpThread *t, GpObj *o, GpObj *key, uint32_t *hint, GpValue v) {
  return put_str_hint(t, o, key, hint, v, false);
}

int gp_dict_put_str_hint(GpThread *t, GpObj *o, GpObj *key, uint32_t *hint, GpValue v) {
  return put_str_hint(t, o, key, hint, v, true);
}

/* The key bits answer most misses with no lock: a class's MRO walk
** (gp_class_lookup) asks every class dict, and under gil=none threads
** taking one class dict's lock to learn it lacks a name would contend. */
bool gp_dict_get_str(GpObj *o, GpObj *key, GpValue *out) {
  GpDict *d = (GpDict *)o;
  if (gp_dict_lacks_str(d, key)) return false;
  LOCK(d);
  GpDictEntry *e = dict_find_str(d, key);
  if (e) {
    *out = e->value;
    GP_INCREF(*out);
  }
  UNLOCK(d);
  return e != NULL;
}

int gp_dict_set_str(GpThread *t, GpObj *d, const char *key, GpValue v) {
  GpObj *k = gp_intern_cstr(key);
  if (!k) {
    gp_raise_nomem(t);
    return -1;
  }
  return gp_dict_set(t, d, gp_objv(k), v);
}

bool gp_dict_next(GpObj *o, size_t *i, GpValue *key, GpValue *value) {
  GpDict *d = (GpDict *)o;
  LOCK(d);
  GpDictEntry *e = live_next(d->entries, d->nentries, i);
  if (e && key) *key = e->key;
  if (e && value) *value = e->value;
  UNLOCK(d);
  return e != NULL;
}

bool gp_dict_next_swap(GpObj *o, size_t *i, GpValue v, GpValue *old) {
  GpDict *d = (GpDict *)o;
  LOCK(d);
  GpDictEntry *e = live_next(d->entries, d->nentries, i);
  if (e) *old = dict_set_value(e, v);
  UNLOCK(d);
  return e != NULL;
}

GpValue gp_dict_getitem(GpThread *t, GpValue d, GpValue key) {
  GpValue v;
  int r = gp_dict_getref(t, d.as.o, key, &v);
  if (r < 0) return GP_ERRV;
  if (r == 0) return gp_raise_keyerror(t, key);
  return v;
}

int gp_dict_delitem(GpThread *t, GpValue d, GpValue key) {
  int r = gp_dict_del(t, d.as.o, key);
  if (r == 0) gp_raise_keyerror(t, key);
  return r > 0 ? 0 : -1;
}

int gp_dict_equal(GpThread *t, GpObj *a, GpObj *b) {
  if (gp_dict_len(a) != gp_dict_len(b)) return 0;
  Snap s;
  if (snap_take(t, (GpDict *)a, &s) < 0) return -1;
  int r = 1;
  GpValue w;
  for (size_t i = 0; r > 0;) {
    GpDictEntry *e = snap_next(&s, &i);
    if (!e) break;
    r = gp_dict_getref(t, b, e->key, &w);
    if (r > 0) {
      r = gp_item_eq(t, e->value, w);
      GP_DECREF(w);
    }
  }
  snap_done(&s);
  return r;
}

/* One (key, value) pair of an update sequence. */
static int update_pair(GpThread *t, GpObj *d, GpValue item, size_t n) {
  GpValue seq = item;
  if (!GP_IS_TYPE(item, gp_type_tuple) && !GP_IS_TYPE(item, gp_type_list)) {
    if (!gp_typeof(item)->iter) {
      gp_raise(t, &gp_exc_TypeError,
               "cannot convert dictionary update sequence element #%zu to a sequence", n);
      return -1;
    }
    seq = gp_list_from_iter(t, item);
    if (GP_IS_ERR(seq)) return -1;
  }
  GpSeqView kv;
  int r = gp_seq_view(t, seq, &kv);
  if (r < 0) {
    /* MemoryError set */
  } else if (kv.n != 2) {
    gp_raise(t, &gp_exc_ValueError,
             "dictionary update sequence element #%zu has length %zu; 2 is required", n, kv.n);
    r = -1;
  } else {
    r = gp_dict_set(t, d, kv.items[0], kv.items[1]);
  }
  gp_seq_view_done(&kv);
  if (seq.as.o != item.as.o) GP_DECREF(seq);
  return r;
}

/* dst[k] = src[k] for k in keys(), the loop of every update() from a mapping
   that is not a dict; `store` says whether a subclass's __setitem__ runs. */
int gp_update_via_keys(GpThread *t, GpValue dst, GpValue src, GpValue keys, GpStoreFn store) {
  GpValue ks = gp_vm_call(t, keys, NULL, 0, NULL), it = GP_ERRV, k;
  if (GP_IS_ERR(ks) || GP_IS_ERR(it = gp_iter(t, ks))) {
    if (!GP_IS_ERR(ks)) GP_DECREF(ks);
    return -1;
  }
  GP_DECREF(ks);
  int r;
  while ((r = gp_next(t, it, &k)) > 0) {
    GpValue v = gp_getitem(t, src, k);
    r = GP_IS_ERR(v) ? -1 : store(t, dst, k, v);
    GP_DECREF(k);
    if (!GP_IS_ERR(v)) GP_DECREF(v);
    if (r < 0) break;
  }
  GP_DECREF(it);
  return r;
}

/* dict.update's own insertion: never a subclass's __setitem__ (CPython's rule). */
static int dict_store(GpThread *t, GpValue d, GpValue k, GpValue v) {
  return gp_dict_set(t, d.as.o, k, v);
}

int gp_dict_update(GpThread *t, GpObj *d, GpValue src) {
  GpValue keys;
  if (gp_is_inst(src) && !gp_has_payload(src) &&
      gp_class_lookup(src.as.o->type, gp_intern_cstr("keys"), &keys)) {
    GP_DECREF(keys); /* CPython's rule: anything with keys() is a mapping */
    GpValue fn = gp_getattr(t, src, gp_intern_cstr("keys"));
    if (GP_IS_ERR(fn)) return -1;
    int r = gp_update_via_keys(t, gp_objv(d), src, fn, dict_store);
    GP_DECREF(fn);
    return r;
  }
  src = gp_unwrap(src); /* a dict subclass's own dict */
  /* dicts and the library's dict types (Counter, defaultdict: GpDict layout) */
  if (GP_IS_OBJ(src) && gp_type_is_subtype(src.as.o->type, &gp_type_dict)) {
    Snap s;
    if (snap_take(t, GP_DICT(src), &s) < 0) return -1;
    int r = 0;
    for (size_t i = 0; r == 0;) {
      GpDictEntry *e = snap_next(&s, &i);
      if (!e) break;
      r = gp_dict_set(t, d, e->key, e->value);
    }
    snap_done(&s);
    return r;
  }
  GpValue it = gp_iter(t, src);
  if (GP_IS_ERR(it)) return -1;
  GpValue item;
  int r;
  for (size_t n = 0; (r = gp_next(t, it, &item)) > 0; n++) {
    r = update_pair(t, d, item, n);
    GP_DECREF(item);
    if (r < 0) break;
  }
  GP_DECREF(it);
  return r;
}

GpValue gp_dict_copy(GpThread *t, GpObj *d) {
  GpValue r = gp_dict_new(t);
  if (GP_IS_ERR(r)) return r;
  size_t n = gp_dict_len(d); /* a hint: r is still private, so no lock */
  if (n && dict_resize(t, GP_DICT(r), n) < 0) {
    GP_DECREF(r);
    return GP_ERRV;
  }
  if (gp_dict_update(t, r.as.o, gp_objv(d)) < 0) {
    GP_DECREF(r);
    return GP_ERRV;
  }
  return r;
}

static GpValue dict_repr(GpThread *t, GpValue self) {
  int e = gp_repr_enter(t, self.as.o);
  if (e <= 0) return e < 0 ? GP_ERRV : gp_str_cstr(t, "{...}");
  GpBuf b;
  gp_buf_init(&b);
  gp_buf_putc(&b, '{');
  Snap s;
  int r = snap_take(t, GP_DICT(self), &s);
  GpDictEntry *en;
  for (size_t i = 0, n = 0; r == 0 && (en = snap_next(&s, &i)); n++) {
    if (n) gp_buf_put(&b, ", ", 2);
    if ((r = gp_buf_repr(t, &b, en->key)) == 0) {
      gp_buf_put(&b, ": ", 2);
      r = gp_buf_repr(t, &b, en->value);
    }
  }
  snap_done(&s);
  gp_repr_leave(self.as.o);
  if (r < 0) {
    gp_buf_free(&b);
    return GP_ERRV;
  }
  gp_buf_putc(&b, '}');
  return gp_buf_finish(t, &b);
}

/* ------------------------------------------------------------- iterators */

enum { K_KEYS, K_VALUES, K_ITEMS };

typedef struct DictIter {
  GpObj ob;
  GpValue d;
  size_t pos;     /* next entry (forward) or one past it (reverse) */
  int64_t expect; /* the dict's len when iteration began; -1 after an error */
  int kind;
  bool reverse;
} DictIter;

static void dict_iter_dealloc(GpObj *o) {
  GP_DECREF(((DictIter *)o)->d);
}

static int dict_iter_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GP_VISIT(((DictIter *)o)->d, visit, arg);
  return 0;
}

/* The iterator's position is guarded by its dict's lock too. */
static int dict_iter_next(GpThread *t, GpValue self, GpValue *out) {
  DictIter *it = (DictIter *)self.as.o;
  GpDict *d = GP_DICT(it->d);
  LOCK(d);
  if ((int64_t)d->len != it->expect) {
    it->expect = -1;
    UNLOCK(d);
    gp_raise(t, &gp_exc_RuntimeError, "dictionary changed size during iteration");
    return -1;
  }
  GpDictEntry *e = NULL;
  if (it->reverse) {
    if (it->pos > d->nentries) it->pos = d->nentries;
    while (it->pos > 0 && GP_IS_ERR(d->entries[it->pos - 1].key))
      it->pos--;
    if (it->pos > 0) e = &d->entries[--it->pos];
  } else {
    while (it->pos < d->nentries && GP_IS_ERR(d->entries[it->pos].key))
      it->pos++;
    if (it->pos < d->nentries) e = &d->entries[it->pos++];
  }
  int r = e ? 1 : 0;
  if (!e) {
    /* exhausted */
  } else if (it->kind == K_ITEMS) {
    GpValue kv[2] = {e->key, e->value};
    *out = gp_tuple_pack(t, 2, kv);
    if (GP_IS_ERR(*out)) r = -1;
  } else {
    *out = it->kind == K_KEYS ? e->key : e->value;
    GP_INCREF(*out);
  }
  UNLOCK(d);
  return r;
}

/* The entries left, as CPython counts them: the dict's size less those
** yielded, and 0 once the dict changed size. The live entries still ahead
** of the position are exactly those. */
static GpValue dict_iter_length_hint(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "__length_hint__", nargs - 1, kw) < 0) return GP_ERRV;
  DictIter *it = (DictIter *)args[0].as.o;
  GpDict *d = GP_DICT(it->d);
  int64_t n = 0;
  LOCK(d);
  if ((int64_t)d->len == it->expect) {
    size_t lo = it->reverse ? 0 : it->pos, hi = it->reverse ? it->pos : d->nentries;
    for (size_t i = lo; i < hi && i < d->nentries; i++)
      n += !GP_IS_ERR(d->entries[i].key);
  }
  UNLOCK(d);
  return gp_intv(n);
}

static const GpMethodDef dict_iter_methods[] = {{"__length_hint__", dict_iter_length_hint},
                                                {NULL, NULL}};

static GpType gp_type_dict_iter = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "dict_keyiterator",
    .dealloc = dict_iter_dealloc,
    .traverse = dict_iter_traverse,
    .iter = gp_iter_self,
    .next = dict_iter_next,
    .methods = dict_iter_methods,
};

static GpValue dict_iter_new(GpThread *t, GpValue d, int kind, bool reverse) {
  DictIter *it = (DictIter *)gp_alloc(t, &gp_type_dict_iter, sizeof *it);
  if (!it) return gp_raise_nomem(t);
  GP_INCREF(d);
  it->d = d;
  it->kind = kind;
  it->reverse = reverse;
  LOCK(GP_DICT(d));
  it->expect = (int64_t)GP_DICT(d)->len;
  it->pos = reverse ? GP_DICT(d)->nentries : 0;
  UNLOCK(GP_DICT(d));
  return gp_objv(&it->ob);
}

static GpValue dict_iter(GpThread *t, GpValue self) {
  return dict_iter_new(t, self, K_KEYS, false);
}

GpValue gp_dict_reversed(GpThread *t, GpValue d) {
  return dict_iter_new(t, d, K_KEYS, true);
}

/* ----------------------------------------------------------------- views */

typedef struct DictView {
  GpObj ob;
  GpValue d;
} DictView;

static void view_dealloc(GpObj *o) {
  GP_DECREF(((DictView *)o)->d);
}

static int view_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GP_VISIT(((DictView *)o)->d, visit, arg);
  return 0;
}

static int view_kind(GpValue v) {
  const GpType *tp = v.as.o->type;
  return tp == &gp_type_dict_keys ? K_KEYS : tp == &gp_type_dict_values ? K_VALUES : K_ITEMS;
}

static GpValue view_iter(GpThread *t, GpValue self) {
  return dict_iter_new(t, ((DictView *)self.as.o)->d, view_kind(self), false);
}

static GpValue view_repr(GpThread *t, GpValue self) {
  GpValue l = gp_list_from_iter(t, self);
  if (GP_IS_ERR(l)) return l;
  GpValue r = gp_repr(t, l);
  GP_DECREF(l);
  if (GP_IS_ERR(r)) return r;
  GpValue s = gp_str_printf(t, "%s(%s)", self.as.o->type->name, GP_STR(r)->data);
  GP_DECREF(r);
  return s;
}

size_t gp_dictview_len(GpValue view) {
  return gp_dict_len(((DictView *)view.as.o)->d.as.o);
}

int gp_dictview_contains(GpThread *t, GpValue view, GpValue item) {
  GpObj *d = ((DictView *)view.as.o)->d.as.o;
  GpValue v;
  switch (view_kind(view)) {
  case K_KEYS:
    return gp_dict_get(t, d, item, &v);
  case K_ITEMS: {
    if (!GP_IS_TYPE(item, gp_type_tuple) || GP_TUPLE(item)->len != 2) return 0;
    int r = gp_dict_getref(t, d, GP_TUPLE(item)->items[0], &v);
    if (r <= 0) return r;
    r = gp_item_eq(t, v, GP_TUPLE(item)->items[1]);
    GP_DECREF(v);
    return r;
  }
  default: {
    Snap s;
    int r = snap_take(t, (GpDict *)d, &s);
    GpDictEntry *e;
    for (size_t i = 0; r == 0 && (e = snap_next(&s, &i));)
      r = gp_item_eq(t, e->value, item);
    snap_done(&s);
    return r;
  }
  }
}

static GpValue view_reversed_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "__reversed__", nargs - 1, kw) < 0) return GP_ERRV;
  return dict_iter_new(t, ((DictView *)args[0].as.o)->d, view_kind(args[0]), true);
}

static GpValue view_isdisjoint_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "isdisjoint", nargs - 1, kw) < 0) return GP_ERRV;
  return gp_dictview_isdisjoint(t, args[0], args[1]);
}

static const GpMethodDef values_methods[] = {
    {"__reversed__", view_reversed_m},
    {NULL, NULL},
};

static const GpMethodDef setview_methods[] = {
    {"__reversed__", view_reversed_m},
    {"isdisjoint", view_isdisjoint_m},
    {NULL, NULL},
};

/* keys and items are sets (dictviewset.c); values are not. */
static const GpTypeOps setview_ops = {
    .binop = gp_dictview_binop,
    .compare = gp_dictview_compare,
};

/* view.mapping: a read-only proxy of the dict, types.MappingProxyType's
** (Python, types_py.c), so it prints as CPython's mappingproxy({...}).
** GP_ERRV with nothing raised for the other names. */
static GpValue view_getattr(GpThread *t, GpValue self, GpObj *name) {
  if (strcmp(GP_STR(gp_objv(name))->data, "mapping") != 0) return GP_ERRV;
  GpValue types = gp_import(t, gp_intern_cstr("types"), NULL);
  if (GP_IS_ERR(types)) return types;
  GpValue proxy = gp_getattr(t, types, gp_intern_cstr("MappingProxyType"));
  GP_DECREF(types);
  if (GP_IS_ERR(proxy)) return proxy;
  GpValue r = gp_vm_call(t, proxy, &((DictView *)self.as.o)->d, 1, NULL);
  GP_DECREF(proxy);
  return r;
}

#define VIEW_TYPE(var, pyname, meths, vops)                                                        \
  GpType var = {                                                                                   \
      .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},                              \
      .name = pyname,                                                                              \
      .dealloc = view_dealloc,                                                                     \
      .traverse = view_traverse,                                                                   \
      .repr = view_repr,                                                                           \
      .iter = view_iter,                                                                           \
      .getattr = view_getattr,                                                                     \
      .methods = meths,                                                                            \
      .ops = vops,                                                                                 \
  };
VIEW_TYPE(gp_type_dict_keys, "dict_keys", setview_methods, &setview_ops)
VIEW_TYPE(gp_type_dict_values, "dict_values", values_methods, NULL)
VIEW_TYPE(gp_type_dict_items, "dict_items", setview_methods, &setview_ops)

static GpValue view_new(GpThread *t, GpValue d, GpType *tp) {
  DictView *v = (DictView *)gp_alloc(t, tp, sizeof *v);
  if (!v) return gp_raise_nomem(t);
  GP_INCREF(d);
  v->d = d;
  return gp_objv(&v->ob);
}

/* --------------------------------------------------------------- methods */

#define SELF args[0].as.o

static GpValue dict_get_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "get", nargs - 1, kw, 1, 2) < 0) return GP_ERRV;
  GpValue v;
  int r = gp_dict_getref(t, SELF, args[1], &v);
  if (r < 0) return GP_ERRV;
  if (r == 0) {
    v = nargs > 2 ? args[2] : GP_NONEV;
    GP_INCREF(v);
  }
  return v;
}

static GpValue dict_keys(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "dict.keys", nargs - 1, kw) < 0) return GP_ERRV;
  return view_new(t, args[0], &gp_type_dict_keys);
}

static GpValue dict_values(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "dict.values", nargs - 1, kw) < 0) return GP_ERRV;
  return view_new(t, args[0], &gp_type_dict_values);
}

static GpValue dict_items(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "dict.items", nargs - 1, kw) < 0) return GP_ERRV;
  return view_new(t, args[0], &gp_type_dict_items);
}

static GpValue dict_pop(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "pop", nargs - 1, kw, 1, 2) < 0) return GP_ERRV;
  GpDict *d = (GpDict *)SELF;
  int64_t h;
  size_t slot;
  if (key_hash(t, args[1], &h) < 0) return GP_ERRV;
  GpValue gone[2] = {GP_NONEV, GP_NONEV};
  LOCK(d);
  int64_t ix = dict_lookup(t, d, args[1], h, &slot);
  if (ix >= 0) dict_remove_at(d, slot, ix, gone);
  UNLOCK(d);
  if (ix == -2) return GP_ERRV;
  if (ix == -1) {
    if (nargs < 3) return gp_raise_keyerror(t, args[1]);
    GP_INCREF(args[2]);
    return args[2];
  }
  GP_DECREF(gone[0]);
  return gone[1]; /* the dict's reference, handed over */
}

static GpValue dict_popitem(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "dict.popitem", nargs - 1, kw) < 0) return GP_ERRV;
  GpDict *d = (GpDict *)SELF;
  GpValue gone[2];
  LOCK(d);
  size_t i = d->nentries;
  if (d->len == 0) {
    UNLOCK(d);
    return gp_raise(t, &gp_exc_KeyError, "popitem(): dictionary is empty");
  }
  while (GP_IS_ERR(d->entries[i - 1].key))
    i--;
  int64_t h = d->entries[i - 1].hash;
  size_t mask = d->nindex - 1, slot = (size_t)h & mask;
  for (uint64_t perturb = (uint64_t)h; d->index[slot] != (int32_t)(i - 1);) {
    perturb >>= 5;
    slot = (slot * 5 + perturb + 1) & mask;
  }
  dict_remove_at(d, slot, (int64_t)(i - 1), gone);
  UNLOCK(d);
  GpValue r = gp_tuple_pack(t, 2, gone);
  release_pair(gone);
  return r;
}

/* Atomic under gil=none: one lookup-or-insert under the lock. */
static GpValue dict_setdefault(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "setdefault", nargs - 1, kw, 1, 2) < 0) return GP_ERRV;
  GpDict *d = (GpDict *)SELF;
  GpValue v = nargs > 2 ? args[2] : GP_NONEV;
  int64_t h;
  size_t slot;
  if (key_hash(t, args[1], &h) < 0) return GP_ERRV;
  LOCK(d);
  int64_t ix = dict_lookup(t, d, args[1], h, &slot);
  if (ix >= 0)
    v = d->entries[ix].value;
  else if (ix == -2 || dict_insert(t, d, args[1], h, v) < 0)
    v = GP_ERRV;
  GP_INCREF(v);
  UNLOCK(d);
  return v;
}

/* update()/dict(): one optional positional source, then keyword pairs. */
static int update_args(GpThread *t, GpObj *d, const char *fname, const GpValue *args, int nargs,
                       GpObj *kw) {
  int nkw = kw ? (int)GP_TUPLE(gp_objv(kw))->len : 0, npos = nargs - nkw;
  if (npos > 1) {
    gp_raise(t, &gp_exc_TypeError, "%s expected at most 1 argument, got %d", fname, npos);
    return -1;
  }
  if (npos == 1 && gp_dict_update(t, d, args[0]) < 0) return -1;
  for (int i = 0; i < nkw; i++)
    if (gp_dict_set(t, d, GP_TUPLE(gp_objv(kw))->items[i], args[npos + i]) < 0) return -1;
  return 0;
}

static GpValue dict_update_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return update_args(t, SELF, "update", args + 1, nargs - 1, kw) < 0 ? GP_ERRV : GP_NONEV;
}

static GpValue dict_clear(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "dict.clear", nargs - 1, kw) < 0) return GP_ERRV;
  GpDictEntry *entries;
  size_t n;
  bool owned = dict_take((GpDict *)SELF, &entries, &n);
  release_entries(entries, n, false);
  if (owned) drop_storage(t, (GpDict *)SELF, entries);
  return GP_NONEV;
}

static GpValue dict_copy_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "dict.copy", nargs - 1, kw) < 0) return GP_ERRV;
  return gp_dict_copy(t, SELF);
}

static GpValue dict_call(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  GpValue d = gp_dict_new(t);
  if (!GP_IS_ERR(d) && update_args(t, d.as.o, "dict", args, nargs, kwnames) < 0) {
    GP_DECREF(d);
    return GP_ERRV;
  }
  return d;
}

static const GpMethodDef dict_methods[] = {
    {"get", dict_get_m},
    {"keys", dict_keys},
    {"values", dict_values},
    {"items", dict_items},
    {"pop", dict_pop},
    {"popitem", dict_popitem},
    {"setdefault", dict_setdefault},
    {"update", dict_update_m},
    {"clear", dict_clear},
    {"copy", dict_copy_m},
    {NULL, NULL},
};

/* The collector runs with the world stopped: no lock (gc.c). */
static int dict_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GpDict *d = (GpDict *)o;
  for (size_t i = 0; i < d->nentries; i++) {
    if (GP_IS_ERR(d->entries[i].key)) continue;
    GP_VISIT(d->entries[i].key, visit, arg);
    GP_VISIT(d->entries[i].value, visit, arg);
  }
  return 0;
}

static void dict_gc_clear(GpObj *o) {
  GpDictEntry *entries;
  size_t n;
  bool owned = dict_take((GpDict *)o, &entries, &n);
  release_entries(entries, n, owned);
}

/* fromkeys(iterable, value=None) of dict and its kin: cls() gets every key
** of the iterable, in its order, mapped to the one value; a plain dict's
** are set directly, any other's through its __setitem__, as CPython's. */
GpValue gp_dict_fromkeys(GpThread *t, GpValue cls, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"iterable", "value"};
  GpValue a[2], it;
  if (gp_parse_args(t, "fromkeys", args, nargs, kw, names, 2, 1, a) < 0) return GP_ERRV;
  GpValue d = cls.as.o == &gp_type_dict.ob ? gp_dict_new(t) : gp_vm_call(t, cls, NULL, 0, NULL);
  if (GP_IS_ERR(d)) return d;
  if (GP_IS_ERR(it = gp_iter(t, a[0]))) {
    GP_DECREF(d);
    return GP_ERRV;
  }
  bool plain = GP_IS_TYPE(d, gp_type_dict);
  GpValue value = GP_IS_ERR(a[1]) ? GP_NONEV : a[1], k;
  int r;
  while ((r = gp_next(t, it, &k)) > 0) {
    r = (plain ? gp_dict_set(t, d.as.o, k, value) : gp_setitem(t, d, k, value)) < 0 ? -1 : 1;
    GP_DECREF(k);
    if (r < 0) break;
  }
  GP_DECREF(it);
  if (r < 0) {
    GP_DECREF(d);
    return GP_ERRV;
  }
  return d;
}

/* dict.fromkeys(iterable, value=None, /), a class method: CPython's
** messages for its positional-only arguments. */
static GpValue dict_fromkeys(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (kw && ((GpTuple *)kw)->len)
    return gp_raise(t, &gp_exc_TypeError, "dict.fromkeys() takes no keyword arguments");
  if (gp_arg_count(t, "fromkeys", nargs - 1, NULL, 1, 2) < 0) return GP_ERRV;
  return gp_dict_fromkeys(t, args[0], args + 1, nargs - 1, kw);
}

static const GpMethodDef dict_classmethods[] = {{"fromkeys", dict_fromkeys}, {NULL, NULL}};
/* Only the class methods: a dict's protocol is dispatched by ops.c itself. */
static const GpTypeOps dict_ops = {.classmethods = dict_classmethods};

GpType gp_type_dict = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "dict",
    .ops = &dict_ops,
    .dealloc = dict_dealloc,
    .traverse = dict_traverse,
    .clear = dict_gc_clear,
    .repr = dict_repr,
    .iter = dict_iter,
    .call = dict_call,
    .methods = dict_methods,
};
