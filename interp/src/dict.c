/*
** dict.c — insertion-ordered hash tables in CPython 3.6's layout: a dense
** array of entries in insertion order plus a sparse open-addressing index
** of int32 positions into it. Deletion leaves a tombstone in both; a resize
** compacts the entries and rebuilds the index. All mutation of the storage
** goes through dict_insert, dict_remove_at, dict_resize and dict_take, so a
** per-object lock for gil=none can be added in one place.
** Also the views (keys, values, items) and the dict iterators.
*/
#include <stdlib.h>
#include <string.h>

#include "obj.h"

enum { IX_EMPTY = -1, IX_DUMMY = -2, MIN_INDEX = 8 };

static size_t usable(size_t nindex) { return nindex * 2 / 3; }

/* Keys equal as a dict sees them: identity first, as CPython does. */
static inline int key_eq(GpThread *t, GpValue a, GpValue b) {
  if (a.tag == b.tag && a.as.i == b.as.i && a.tag != GP_T_FLOAT) return 1;
  if (GP_IS_TYPE(a, gp_type_str) && GP_IS_TYPE(b, gp_type_str)) return gp_str_eq(a.as.o, b.as.o);
  return gp_eq(t, a, b);
}

/* Entry position of key, -1 if missing, -2 on error; *slot is the index
** position of the entry, or of the empty slot that ended the probe. */
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

/* Rebuilds for at least `need` live entries, compacting tombstones. */
static int dict_resize(GpThread *t, GpDict *d, size_t need) {
  size_t nindex = MIN_INDEX;
  while (usable(nindex) < need) nindex *= 2;
  size_t cap = usable(nindex);
  int32_t *index = malloc(nindex * sizeof *index);
  GpDictEntry *entries = malloc(cap * sizeof *entries);
  if (!index || !entries || nindex > INT32_MAX) {
    free(index);
    free(entries);
    gp_raise_nomem(t);
    return -1;
  }
  memset(index, 0xff, nindex * sizeof *index); /* IX_EMPTY */
  size_t n = 0;
  for (size_t k = 0; k < d->nentries; k++)
    if (!GP_IS_ERR(d->entries[k].key)) entries[n++] = d->entries[k];
  free(d->index);
  free(d->entries);
  d->index = index;
  d->entries = entries;
  d->nindex = nindex;
  d->cap = cap;
  d->nentries = n;
  for (size_t k = 0; k < n; k++) d->index[dict_free_slot(d, entries[k].hash)] = (int32_t)k;
  return 0;
}

/* Appends a new entry (key known to be absent); increfs key and value. */
static int dict_insert(GpThread *t, GpDict *d, GpValue key, int64_t h, GpValue v) {
  if (d->nentries == d->cap && dict_resize(t, d, (d->len + 1) * 3 / 2 + 1) < 0) return -1;
  size_t slot = dict_free_slot(d, h);
  GpDictEntry *e = &d->entries[d->nentries];
  GP_INCREF(key);
  GP_INCREF(v);
  e->hash = h;
  e->key = key;
  e->value = v;
  d->index[slot] = (int32_t)d->nentries++;
  d->len++;
  return 0;
}

static void dict_remove_at(GpDict *d, size_t slot, int64_t ix) {
  GpDictEntry *e = &d->entries[ix];
  GpValue k = e->key, v = e->value;
  d->index[slot] = IX_DUMMY;
  e->key = GP_ERRV;
  e->value = GP_NONEV;
  d->len--;
  GP_DECREF(k);
  GP_DECREF(v);
}

static void dict_set_value(GpDictEntry *e, GpValue v) {
  GpValue old = e->value;
  GP_INCREF(v);
  e->value = v;
  GP_DECREF(old);
}

/* Empties d, returning its old storage to release afterwards. */
static void dict_take(GpDict *d, GpDictEntry **entries, size_t *n) {
  *entries = d->entries;
  *n = d->nentries;
  free(d->index);
  d->index = NULL;
  d->entries = NULL;
  d->len = d->nentries = d->cap = d->nindex = 0;
}

static void release_entries(GpDictEntry *entries, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (GP_IS_ERR(entries[i].key)) continue;
    GP_DECREF(entries[i].key);
    GP_DECREF(entries[i].value);
  }
  free(entries);
}

/* ------------------------------------------------------------- public API */

GpValue gp_dict_new(GpThread *t) {
  GpObj *o = gp_alloc(t, &gp_type_dict, sizeof(GpDict));
  return o ? gp_objv(o) : gp_raise_nomem(t);
}

static void dict_dealloc(GpObj *o) {
  GpDict *d = (GpDict *)o;
  free(d->index);
  release_entries(d->entries, d->nentries);
}

static inline int key_hash(GpThread *t, GpValue key, int64_t *h) {
  if (GP_IS_TYPE(key, gp_type_str)) {
    *h = gp_str_hash(key.as.o);
    return 0;
  }
  return gp_hash(t, key, h);
}

int gp_dict_get(GpThread *t, GpObj *o, GpValue key, GpValue *out) {
  GpDict *d = (GpDict *)o;
  int64_t h;
  size_t slot;
  if (key_hash(t, key, &h) < 0) return -1;
  int64_t ix = dict_lookup(t, d, key, h, &slot);
  if (ix < 0) return ix == -1 ? 0 : -1;
  *out = d->entries[ix].value;
  return 1;
}

int gp_dict_set(GpThread *t, GpObj *o, GpValue key, GpValue v) {
  GpDict *d = (GpDict *)o;
  int64_t h;
  size_t slot;
  if (key_hash(t, key, &h) < 0) return -1;
  int64_t ix = dict_lookup(t, d, key, h, &slot);
  if (ix == -2) return -1;
  if (ix >= 0) {
    dict_set_value(&d->entries[ix], v);
    return 0;
  }
  return dict_insert(t, d, key, h, v);
}

int gp_dict_del(GpThread *t, GpObj *o, GpValue key) {
  GpDict *d = (GpDict *)o;
  int64_t h;
  size_t slot;
  if (key_hash(t, key, &h) < 0) return -1;
  int64_t ix = dict_lookup(t, d, key, h, &slot);
  if (ix < 0) return ix == -1 ? 0 : -1;
  dict_remove_at(d, slot, ix);
  return 1;
}

GpValue *gp_dict_find_str(GpObj *o, GpObj *key) {
  GpDict *d = (GpDict *)o;
  if (!d->nindex) return NULL;
  int64_t h = gp_str_hash(key);
  size_t mask = d->nindex - 1, i = (size_t)h & mask;
  uint64_t perturb = (uint64_t)h;
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == IX_EMPTY) return NULL;
    if (ix >= 0) {
      GpDictEntry *e = &d->entries[ix];
      if (e->key.tag == GP_T_OBJ && e->key.as.o == key) return &e->value;
      if (e->hash == h && GP_IS_TYPE(e->key, gp_type_str) && gp_str_eq(e->key.as.o, key))
        return &e->value;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
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
  while (*i < d->nentries) {
    GpDictEntry *e = &d->entries[(*i)++];
    if (GP_IS_ERR(e->key)) continue;
    if (key) *key = e->key;
    if (value) *value = e->value;
    return true;
  }
  return false;
}

GpValue gp_dict_getitem(GpThread *t, GpValue d, GpValue key) {
  GpValue v;
  int r = gp_dict_get(t, d.as.o, key, &v);
  if (r < 0) return GP_ERRV;
  if (r == 0) return gp_raise_keyerror(t, key);
  GP_INCREF(v);
  return v;
}

int gp_dict_delitem(GpThread *t, GpValue d, GpValue key) {
  int r = gp_dict_del(t, d.as.o, key);
  if (r == 0) gp_raise_keyerror(t, key);
  return r > 0 ? 0 : -1;
}

int gp_dict_equal(GpThread *t, GpObj *a, GpObj *b) {
  if (((GpDict *)a)->len != ((GpDict *)b)->len) return 0;
  GpValue k, v, w;
  for (size_t i = 0; gp_dict_next(a, &i, &k, &v);) {
    int r = gp_dict_get(t, b, k, &w);
    if (r <= 0) return r;
    if ((r = gp_item_eq(t, v, w)) <= 0) return r;
  }
  return 1;
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
  bool tuple = GP_IS_TYPE(seq, gp_type_tuple);
  size_t len = tuple ? GP_TUPLE(seq)->len : GP_LIST(seq)->len;
  const GpValue *kv = tuple ? GP_TUPLE(seq)->items : GP_LIST(seq)->items;
  int r;
  if (len != 2) {
    gp_raise(t, &gp_exc_ValueError,
             "dictionary update sequence element #%zu has length %zu; 2 is required", n, len);
    r = -1;
  } else {
    r = gp_dict_set(t, d, kv[0], kv[1]);
  }
  if (seq.as.o != item.as.o) GP_DECREF(seq);
  return r;
}

int gp_dict_update(GpThread *t, GpObj *d, GpValue src) {
  if (GP_IS_TYPE(src, gp_type_dict)) {
    GpValue k, v;
    for (size_t i = 0; gp_dict_next(src.as.o, &i, &k, &v);)
      if (gp_dict_set(t, d, k, v) < 0) return -1;
    return 0;
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
  if (((GpDict *)d)->len && dict_resize(t, GP_DICT(r), ((GpDict *)d)->len) < 0) {
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
  GpValue k, v;
  int r = 0;
  for (size_t i = 0, n = 0; r == 0 && gp_dict_next(self.as.o, &i, &k, &v); n++) {
    if (n) gp_buf_put(&b, ", ", 2);
    if ((r = gp_buf_repr(t, &b, k)) == 0) {
      gp_buf_put(&b, ": ", 2);
      r = gp_buf_repr(t, &b, v);
    }
  }
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
  size_t pos;      /* next entry (forward) or one past it (reverse) */
  int64_t expect;  /* the dict's len when iteration began; -1 after an error */
  int kind;
  bool reverse;
} DictIter;

static void dict_iter_dealloc(GpObj *o) { GP_DECREF(((DictIter *)o)->d); }

static int dict_iter_next(GpThread *t, GpValue self, GpValue *out) {
  DictIter *it = (DictIter *)self.as.o;
  GpDict *d = GP_DICT(it->d);
  if ((int64_t)d->len != it->expect) {
    it->expect = -1;
    gp_raise(t, &gp_exc_RuntimeError, "dictionary changed size during iteration");
    return -1;
  }
  GpDictEntry *e = NULL;
  if (it->reverse) {
    if (it->pos > d->nentries) it->pos = d->nentries;
    while (it->pos > 0 && GP_IS_ERR(d->entries[it->pos - 1].key)) it->pos--;
    if (it->pos > 0) e = &d->entries[--it->pos];
  } else {
    while (it->pos < d->nentries && GP_IS_ERR(d->entries[it->pos].key)) it->pos++;
    if (it->pos < d->nentries) e = &d->entries[it->pos++];
  }
  if (!e) return 0;
  if (it->kind == K_ITEMS) {
    GpValue kv[2] = {e->key, e->value};
    *out = gp_tuple_pack(t, 2, kv);
    return GP_IS_ERR(*out) ? -1 : 1;
  }
  *out = it->kind == K_KEYS ? e->key : e->value;
  GP_INCREF(*out);
  return 1;
}

static GpType gp_type_dict_iter = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "dict_keyiterator",
    .dealloc = dict_iter_dealloc,
    .iter = gp_iter_self,
    .next = dict_iter_next,
};

static GpValue dict_iter_new(GpThread *t, GpValue d, int kind, bool reverse) {
  DictIter *it = (DictIter *)gp_alloc(t, &gp_type_dict_iter, sizeof *it);
  if (!it) return gp_raise_nomem(t);
  GP_INCREF(d);
  it->d = d;
  it->kind = kind;
  it->reverse = reverse;
  it->expect = (int64_t)GP_DICT(d)->len;
  it->pos = reverse ? GP_DICT(d)->nentries : 0;
  return gp_objv(&it->ob);
}

static GpValue dict_iter(GpThread *t, GpValue self) { return dict_iter_new(t, self, K_KEYS, false); }

GpValue gp_dict_reversed(GpThread *t, GpValue d) { return dict_iter_new(t, d, K_KEYS, true); }

/* ----------------------------------------------------------------- views */

typedef struct DictView {
  GpObj ob;
  GpValue d;
} DictView;

static void view_dealloc(GpObj *o) { GP_DECREF(((DictView *)o)->d); }

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

size_t gp_dictview_len(GpValue view) { return GP_DICT(((DictView *)view.as.o)->d)->len; }

int gp_dictview_contains(GpThread *t, GpValue view, GpValue item) {
  GpObj *d = ((DictView *)view.as.o)->d.as.o;
  GpValue v;
  switch (view_kind(view)) {
  case K_KEYS: return gp_dict_get(t, d, item, &v);
  case K_ITEMS: {
    if (!GP_IS_TYPE(item, gp_type_tuple) || GP_TUPLE(item)->len != 2) return 0;
    int r = gp_dict_get(t, d, GP_TUPLE(item)->items[0], &v);
    return r <= 0 ? r : gp_item_eq(t, v, GP_TUPLE(item)->items[1]);
  }
  default:
    for (size_t i = 0; gp_dict_next(d, &i, NULL, &v);) {
      int r = gp_item_eq(t, v, item);
      if (r) return r;
    }
    return 0;
  }
}

#define VIEW_TYPE(var, pyname)                                                                    \
  GpType var = {                                                                                  \
      .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},                             \
      .name = pyname,                                                                             \
      .dealloc = view_dealloc,                                                                    \
      .repr = view_repr,                                                                          \
      .iter = view_iter,                                                                          \
  };
VIEW_TYPE(gp_type_dict_keys, "dict_keys")
VIEW_TYPE(gp_type_dict_values, "dict_values")
VIEW_TYPE(gp_type_dict_items, "dict_items")

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
  int r = gp_dict_get(t, SELF, args[1], &v);
  if (r < 0) return GP_ERRV;
  if (r == 0) v = nargs > 2 ? args[2] : GP_NONEV;
  GP_INCREF(v);
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
  int64_t ix = dict_lookup(t, d, args[1], h, &slot);
  if (ix == -2) return GP_ERRV;
  if (ix == -1) {
    if (nargs < 3) return gp_raise_keyerror(t, args[1]);
    GP_INCREF(args[2]);
    return args[2];
  }
  GpValue v = d->entries[ix].value;
  GP_INCREF(v);
  dict_remove_at(d, slot, ix);
  return v;
}

static GpValue dict_popitem(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "dict.popitem", nargs - 1, kw) < 0) return GP_ERRV;
  GpDict *d = (GpDict *)SELF;
  if (d->len == 0) return gp_raise(t, &gp_exc_KeyError, "popitem(): dictionary is empty");
  size_t i = d->nentries;
  while (GP_IS_ERR(d->entries[i - 1].key)) i--;
  GpDictEntry *e = &d->entries[i - 1];
  GpValue kv[2] = {e->key, e->value};
  GpValue r = gp_tuple_pack(t, 2, kv);
  if (GP_IS_ERR(r)) return r;
  size_t mask = d->nindex - 1, slot = (size_t)e->hash & mask;
  for (uint64_t perturb = (uint64_t)e->hash; d->index[slot] != (int32_t)(i - 1);) {
    perturb >>= 5;
    slot = (slot * 5 + perturb + 1) & mask;
  }
  dict_remove_at(d, slot, (int64_t)(i - 1));
  return r;
}

static GpValue dict_setdefault(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "setdefault", nargs - 1, kw, 1, 2) < 0) return GP_ERRV;
  GpValue v, dflt = nargs > 2 ? args[2] : GP_NONEV;
  int r = gp_dict_get(t, SELF, args[1], &v);
  if (r < 0) return GP_ERRV;
  if (r == 0) {
    if (gp_dict_set(t, SELF, args[1], dflt) < 0) return GP_ERRV;
    v = dflt;
  }
  GP_INCREF(v);
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
  dict_take((GpDict *)SELF, &entries, &n);
  release_entries(entries, n);
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
    {"get", dict_get_m},     {"keys", dict_keys},
    {"values", dict_values}, {"items", dict_items},
    {"pop", dict_pop},       {"popitem", dict_popitem},
    {"setdefault", dict_setdefault}, {"update", dict_update_m},
    {"clear", dict_clear},   {"copy", dict_copy_m},
    {NULL, NULL},
};

GpType gp_type_dict = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "dict",
    .dealloc = dict_dealloc,
    .repr = dict_repr,
    .iter = dict_iter,
    .call = dict_call,
    .methods = dict_methods,
};
