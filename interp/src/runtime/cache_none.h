/*
** cache_none.h — vm.c's inline caches (code.h: GpAttrCache, GpMethodCache,
** GpGlobalCache) and class.c's per-class caches (a class call's __init__,
** the operator methods) under gil=none, where threads fill and read them at
** once. Private to vm.c and class.c; under a GIL they keep plain caches.
**
** The protocol's invariants:
** 1. No torn entry is used. An attribute way is a seqlock: a writer
**    claims it by moving seq from even to odd with a CAS (a writer that
**    loses skips its fill: it is only a cache), stores the fields
**    (release), then publishes seq + 2 (release). A reader loads
**    seq, the fields, then seq again, and uses its copy only if seq was even
**    and is unchanged. The fields are read with acquire loads, which keep
**    the second load of seq after them, and a reader that sees a field
**    written sees the claim before it (no fence: TSan models none). Every
**    access is an __atomic builtin (on x86 each a plain move, as a GIL's
**    cache has), so racing accesses are no data race. A way's hint stays
**    outside the seqlock: it is checked against the dict under the dict's
**    lock before use, so any value read is safe.
** 2. An attribute way is current while gp_class_epoch equals the epoch read
**    before the lookup that filled it; every change of a class namespace
**    bumps the epoch before it and again after it (release), so a lookup
**    that read the epoch before the change completed, and may have found
**    the value replaced, fills a way that is stale once the change is
**    done: a current way never names a retired function whose grace period
**    may have ended. A way names a class, only compared (the
**    instance in hand keeps its class alive), and maybe a function that a
**    namespace in the class's MRO held. A hit takes the function's
**    reference with no lock: a function replaced or deleted in a namespace
**    is retired (retire.h), not released, so it stays alive until the
**    world's next stop, and no thread parks between reading a way and
**    taking the reference (threads park only at eval-breaker checks). A
**    class freed and its address reused by a new one bumped the epoch at
**    its dealloc, which happened before the new class existed, so a reader
**    holding the new one's instance sees that bump.
** 3. Values in mutable containers (instance dicts, globals, builtins) are
**    stored only under the container's lock, and read under it unless a
**    peek (5) can: a way's hint or a global entry's index only says where
**    to look, is checked (the key there is the name), and the value is
**    increfed before unlocking. An instance's inline values follow
**    instvals.c's invariants (its own seqlock; a way's hint for them is a
**    shape index, checked against the class's shape before use); its dict
**    pointer is set once, under that lock, and never changes after. A
**    global entry is written and read under the lock of the globals dict
**    its code runs with, so it is consistent too; its builtins hits are tied to the
**    globals' shape (entries array, count) read before the globals lookup
**    that missed: a name inserted since changes the count.
** 4. Built-in types are immortal and their methods never change. A method
**    cache entry (16 bytes, as under a GIL) uses its tp word as the lock:
**    a writer claims it by setting tp's low bit with a CAS, stores m, then
**    publishes the new tp (release); a reader loads tp, m, then tp again,
**    and uses m only if tp is unchanged and unmarked. If a writer ran in
**    between and stored the same tp again (ABA), its m is that type's
**    method under the same name: the same one.
** 5. Peeks: a dict entry read with no lock (CPython 3.13t's lock-free
**    dict reads, minus its _Py_TryIncrefCompare). A dict's lock is its
**    seq word, odd while held (obj.h), so every change of the entries
**    array, the count or an entry's key or value happens while seq is
**    odd, those fields stored with release stores. A reader loads
**    seq (acquire), the entries pointer, count, key and value (acquire),
**    then seq again, and uses its copy only if seq was even and is
**    unchanged. It also checks seq between the count and the entry: the
**    pointer and count are then from one moment, so the index is within
**    that block (a writer stores a smaller count before a new block and
**    empties by count first). The pointer may be to storage a writer
**    dropped meanwhile: a dict is peeked only once `peeked` was set under its lock, after
**    which every writer retires dropped storage (retire.h) instead of
**    freeing it, so it stays readable until the world's next stop, and a
**    reader parks nowhere between its loads. The copy is used only if its
**    key is the name and its value needs no reference (an int, float,
**    bool, None) or, for globals, is the entry's `safe` object: one seen
**    deferred or immortal under the lock at the fill, when the deferred
**    counts' `releases` was what it still is. A deferred object is freed
**    (or stops being deferred) only by a merge that bumps `releases`
**    with the world stopped, so that object is alive and its reference is
**    a per-thread count. Any other value is read under the lock (3): a
**    store could free it between the peek and the incref. A global
**    entry's fields are filled under the globals' lock, so the peek's
**    window on the globals also validates them.
*/
#ifndef GP_CACHE_NONE_H
#define GP_CACHE_NONE_H

#include "code.h"
#include "obj.h"

#define CN_LOAD(p) __atomic_load_n((p), __ATOMIC_RELAXED)
#define CN_STORE(p, v) __atomic_store_n((p), (v), __ATOMIC_RELAXED)
/* A seqlocked field (invariant 1). */
#define CN_GET(p) __atomic_load_n((p), __ATOMIC_ACQUIRE)
#define CN_PUT(p, v) __atomic_store_n((p), (v), __ATOMIC_RELEASE)

/* Seqlock: claims *seq for writing (even -> odd); false if another writer has it. */
static inline bool cn_claim(uint32_t *seq, uint32_t *s) {
  *s = CN_LOAD(seq);
  return !(*s & 1) &&
         __atomic_compare_exchange_n(seq, s, *s + 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}
static inline void cn_publish(uint32_t *seq, uint32_t s) {
  __atomic_store_n(seq, s + 2, __ATOMIC_RELEASE);
}
/* A reader's bracket: cn_begin's value, odd = being written. */
static inline uint32_t cn_begin(const uint32_t *seq) {
  return __atomic_load_n(seq, __ATOMIC_ACQUIRE);
}
static inline bool cn_valid(const uint32_t *seq, uint32_t s) {
  return !(s & 1) && CN_LOAD(seq) == s;
}

/* The way of ways w for class tp current at epoch, copied to *out (hint
** aside), or NULL. */
static inline GpAttrCache *cn_way_find(GpAttrCache *w, const GpType *tp, uint64_t epoch,
                                       GpAttrCache *out) {
  for (int i = 0; i < GP_ACACHE_WAYS; i++) {
    uint32_t s = cn_begin(&w[i].seq);
    if (CN_GET(&w[i].tp) != tp) continue;
    out->epoch = CN_GET(&w[i].epoch);
    out->fn = CN_GET(&w[i].fn);
    if (!cn_valid(&w[i].seq, s)) return NULL;
    return out->epoch == epoch ? &w[i] : NULL;
  }
  return NULL;
}

/* Fills a way for tp: tp's own, else an empty one, else one picked by
** tp's address. NULL if another thread was writing it. */
static inline GpAttrCache *cn_way_fill(GpAttrCache *w, const GpType *tp, uint64_t epoch,
                                       GpObj *fn) {
  int v = -1;
  for (int i = 0; i < GP_ACACHE_WAYS && v < 0; i++)
    if (CN_LOAD(&w[i].tp) == tp) v = i;
  for (int i = 0; i < GP_ACACHE_WAYS && v < 0; i++)
    if (!CN_LOAD(&w[i].tp)) v = i;
  if (v < 0) v = (int)(((uintptr_t)tp >> 6) % GP_ACACHE_WAYS);
  uint32_t s;
  if (!cn_claim(&w[v].seq, &s)) return NULL;
  CN_PUT(&w[v].tp, tp);
  CN_PUT(&w[v].epoch, epoch);
  CN_PUT(&w[v].fn, fn);
  cn_publish(&w[v].seq, s);
  return &w[v];
}

/* The built-in method cache entry for tp, or NULL. */
static inline const GpMethodDef *cn_method_get(GpMethodCache *mc, const GpType *tp) {
  if (CN_GET(&mc->tp) != tp) return NULL; /* a marked tp never equals one */
  const GpMethodDef *m = CN_GET(&mc->m);
  return CN_LOAD(&mc->tp) == tp ? m : NULL;
}

static inline void cn_method_set(GpMethodCache *mc, const GpType *tp, const GpMethodDef *m) {
  const GpType *old = CN_LOAD(&mc->tp);
  const GpType *marked = (const GpType *)((uintptr_t)old | 1);
  if (old == marked || !__atomic_compare_exchange_n(&mc->tp, &old, marked, false, __ATOMIC_ACQUIRE,
                                                    __ATOMIC_RELAXED))
    return;
  CN_PUT(&mc->m, m);
  CN_PUT(&mc->tp, tp);
}

/* Lets threads peek at d (invariant 5): set under its lock, never cleared. */
static inline void cn_mark_peeked(GpDict *d) {
  if (!__atomic_load_n(&d->peeked, __ATOMIC_RELAXED))
    __atomic_store_n(&d->peeked, true, __ATOMIC_RELEASE);
}

/* A peek's copy of d's entry idx (invariant 5), inside the caller's seq
** window s: false if idx is past the count or the key is not the name.
** The block, then the count (a writer stores them the other way round),
** then seq once more: a pair from one moment, so idx is within the block,
** which stays allocated even if dropped since. */
static inline bool cn_peek_entry(const GpDict *d, uint32_t s, size_t idx, GpObj *name,
                                 GpValue *out) {
  const GpDictEntry *e = __atomic_load_n(&d->entries, __ATOMIC_ACQUIRE);
  if (idx >= __atomic_load_n(&d->nentries, __ATOMIC_ACQUIRE) || !cn_valid(&d->seq, s)) return false;
  bool named = CN_GET(&e[idx].key.tag) == GP_T_OBJ && CN_GET(&e[idx].key.as.o) == name;
  out->tag = CN_GET(&e[idx].value.tag);
  out->as.i = CN_GET(&e[idx].value.as.i);
  return named;
}

/* Opens a peek's window on d: false if d is not peeked or being written. */
static inline bool cn_peek_begin(const GpDict *d, uint32_t *s) {
  if (!__atomic_load_n(&d->peeked, __ATOMIC_ACQUIRE)) return false;
  *s = cn_begin(&d->seq);
  return !(*s & 1);
}

/* The value of d's entry idx if its key is the name and the value needs
** no reference (invariant 5), with no lock; false: read under the lock. */
static inline bool cn_peek(const GpDict *d, size_t idx, GpObj *name, GpValue *out) {
  uint32_t s;
  GpValue v;
  if (!cn_peek_begin(d, &s) || !cn_peek_entry(d, s, idx, name, &v) || !cn_valid(&d->seq, s))
    return false;
  *out = v;
  return v.tag != GP_T_OBJ && v.tag != GP_T_ERR;
}

/* Whether d's entry idx holds the interned name; d's lock is held. */
static inline bool cn_entry_is(const GpDict *d, size_t idx, GpObj *name) {
  return idx < d->nentries && d->entries[idx].key.tag == GP_T_OBJ &&
         d->entries[idx].key.as.o == name;
}

/* The value of entry h of dict d if that entry's key is the interned name
** (a new reference in *out), read under d's lock (invariant 3): a way's
** hint, used with no probe. */
static inline bool cn_hint_get(GpDict *d, uint32_t h, GpObj *name, GpValue *out) {
  gp_dict_lock(d);
  cn_mark_peeked(d);
  bool hit = cn_entry_is(d, h, name);
  if (hit) {
    *out = d->entries[h].value;
    GP_INCREF(*out);
  }
  gp_dict_unlock(d);
  return hit;
}

/* A peek (invariant 5) at a global through its entry gc; releases is the
** deferred counts' current one. True: *out, a new reference. */
static inline bool cn_global_peek(GpGlobalCache *gc, GpObj *name, GpDict *g, GpDict *b,
                                  uint64_t releases, GpValue *out) {
  uint32_t s;
  if (!cn_peek_begin(g, &s)) return false;
  GpObj *d = CN_GET(&gc->dict), *safe = CN_GET(&gc->safe);
  size_t idx = CN_GET(&gc->idx);
  bool fresh = CN_GET(&gc->releases) == releases;
  GpValue v = GP_ERRV;
  bool hit = d == &g->ob && cn_peek_entry(g, s, idx, name, &v);
  bool builtin = d == &b->ob && CN_GET(&gc->gentries) == CN_GET(&g->entries) &&
                 CN_GET(&gc->gnentries) == CN_GET(&g->nentries);
  if (!cn_valid(&g->seq, s)) return false;
  if (builtin && (!cn_peek_begin(b, &s) || !(hit = cn_peek_entry(b, s, idx, name, &v)) ||
                  !cn_valid(&b->seq, s)))
    return false;
  if (!hit || v.tag == GP_T_ERR || (v.tag == GP_T_OBJ && !(v.as.o == safe && fresh))) return false;
  GP_INCREF(v); /* a deferred or immortal object: never freed before the next release */
  *out = v;
  return true;
}

/* A global's value through its entry gc (a new reference in *out), or false. */
static inline bool cn_global_get(GpGlobalCache *gc, GpObj *name, GpDict *g, GpDict *b,
                                 uint64_t releases, GpValue *out) {
  if (cn_global_peek(gc, name, g, b, releases, out)) return true;
  gp_dict_lock(g);
  GpObj *d = CN_LOAD(&gc->dict);
  size_t idx = CN_LOAD(&gc->idx);
  bool hit = d == &g->ob && cn_entry_is(g, idx, name);
  if (hit) {
    *out = g->entries[idx].value;
    GP_INCREF(*out);
  }
  bool builtin = !hit && d == &b->ob && CN_LOAD(&gc->gentries) == g->entries &&
                 CN_LOAD(&gc->gnentries) == g->nentries;
  gp_dict_unlock(g);
  if (!builtin) return hit;
  gp_dict_lock(b);
  hit = cn_entry_is(b, idx, name);
  if (hit) {
    *out = b->entries[idx].value;
    GP_INCREF(*out);
  }
  gp_dict_unlock(b);
  return hit;
}

/* The globals' shape, for a builtins hit: read before looking in them. */
static inline void cn_global_shape(GpDict *g, const GpDictEntry **entries, size_t *n) {
  gp_dict_lock(g);
  *entries = g->entries;
  *n = g->nentries;
  gp_dict_unlock(g);
}

/* Points gc at entry idx of dict d (globals g, or builtins with g's shape),
** whose value was v (a reference the caller holds) with the deferred
** counts' releases at that: g's seq brackets the fill, so a peek never
** uses a torn entry (invariant 5), and both dicts become peeked. */
static inline void cn_global_fill(GpGlobalCache *gc, GpDict *g, GpDict *d, size_t idx,
                                  const GpDictEntry *gentries, size_t gnentries, GpValue v,
                                  uint64_t releases) {
  GpObj *safe =
      v.tag == GP_T_OBJ && (v.as.o->flags & (GP_F_IMMORTAL | GP_F_DEFERRED)) ? v.as.o : NULL;
  if (d != g) {
    gp_dict_lock(d);
    cn_mark_peeked(d);
    gp_dict_unlock(d);
  }
  gp_dict_lock(g);
  cn_mark_peeked(g);
  CN_PUT(&gc->dict, &d->ob);
  CN_PUT(&gc->idx, idx);
  CN_PUT(&gc->gentries, gentries);
  CN_PUT(&gc->gnentries, gnentries);
  CN_PUT(&gc->safe, safe);
  CN_PUT(&gc->releases, releases);
  gp_dict_unlock(g);
}

#endif
