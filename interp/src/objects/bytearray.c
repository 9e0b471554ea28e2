/*
** bytearray.c — the mutable bytearray: construction, repr, the sequence
** protocol with item and slice assignment and deletion, the list-like
** methods (append, extend, pop, insert, remove, clear, reverse, copy) and
** += / *= in place. The methods it shares with bytes live in bytes.c and
** run on a copy. Under gil=none its container lock (obj.h) guards len, cap
** and data; a memoryview over it (memview.c) counts in exports, and while
** one exists the array cannot change size, so the view's pointer stays good.
*/
#include <stdlib.h>
#include <string.h>

#include "obj.h"

#define BA(v) ((GpByteArray *)(v).as.o)
#define IS_BA(v) GP_IS_TYPE(v, gp_type_bytearray)
#define BYTES(v) ((GpBytes *)(v).as.o)
#define LOCK(b) gp_obj_lock(&(b)->ob)
#define UNLOCK(b) gp_obj_unlock(&(b)->ob)

static const char range_msg[] = "byte must be in range(0, 256)";

static GpValue ba_new(GpThread *t, const char *p, size_t n) {
  GpByteArray *b = (GpByteArray *)gp_alloc(t, &gp_type_bytearray, sizeof(GpByteArray));
  if (!b) return gp_raise_nomem(t);
  GpValue r = gp_objv(&b->ob);
  if (n == 0) return r;
  b->data = malloc(n);
  if (!b->data) {
    GP_DECREF(r);
    return gp_raise_nomem(t);
  }
  memcpy(b->data, p, n);
  b->len = b->cap = n;
  return r;
}

static GpValue ba_from_bytes(GpThread *t, GpValue bytes) {
  if (GP_IS_ERR(bytes)) return bytes;
  GpValue r = ba_new(t, BYTES(bytes)->data, BYTES(bytes)->len);
  GP_DECREF(bytes);
  return r;
}

static void ba_dealloc(GpObj *o) {
  free(((GpByteArray *)o)->data);
}

GpValue gp_bytearray_copy(GpThread *t, GpValue v) {
  GpByteArray *b = BA(v);
  LOCK(b);
  GpValue r = gp_bytes_new(t, b->data ? b->data : "", b->len);
  UNLOCK(b);
  return r;
}

GpValue gp_bytearray_result(GpThread *t, GpValue r) {
  if (GP_IS_ERR(r)) return r;
  if (GP_IS_TYPE(r, gp_type_bytes)) return ba_from_bytes(t, r);
  bool list = GP_IS_TYPE(r, gp_type_list);
  if (!list && !GP_IS_TYPE(r, gp_type_tuple)) return r;
  /* a list or tuple the method just made: no other thread sees it yet */
  GpValue *items = list ? GP_LIST(r)->items : GP_TUPLE(r)->items;
  size_t n = list ? GP_LIST(r)->len : GP_TUPLE(r)->len;
  for (size_t i = 0; i < n; i++) {
    GpValue ba = ba_from_bytes(t, items[i]);
    items[i] = GP_IS_ERR(ba) ? GP_NONEV : ba;
    if (GP_IS_ERR(ba)) {
      GP_DECREF(r);
      return ba;
    }
  }
  return r;
}

/* ------------------------------------------------------------- resizing */

/* Replaces data[lo, lo + count) with n bytes of src (not the array's own).
** Caller holds the lock; raises BufferError while views are exported and
** the size would change. */
static int ba_splice(GpThread *t, GpByteArray *b, size_t lo, size_t count, const char *src,
                     size_t n) {
  size_t len = b->len, newlen = len - count + n;
  if (newlen != len && b->exports) {
    gp_raise(t, &gp_exc_BufferError, "Existing exports of data: object cannot be re-sized");
    return -1;
  }
  if (newlen > GP_SEQ_MAX * sizeof(GpValue)) {
    gp_raise_nomem(t);
    return -1;
  }
  if (newlen > b->cap) {
    size_t cap = newlen + newlen / 8 + 8; /* amortised appends, as CPython's */
    char *p = realloc(b->data, cap);
    if (!p) {
      gp_raise_nomem(t);
      return -1;
    }
    b->data = p;
    b->cap = cap;
  }
  if (len - lo - count) memmove(b->data + lo + n, b->data + lo + count, len - lo - count);
  if (n) memcpy(b->data + lo, src, n);
  gp_size_store(&b->len, newlen);
  return 0;
}

static int append_buffer(GpThread *t, GpByteArray *b, GpValue v) {
  GpValue src = gp_buffer_copy(t, v);
  if (GP_IS_ERR(src)) return -1;
  LOCK(b);
  int r = ba_splice(t, b, b->len, 0, BYTES(src)->data, BYTES(src)->len);
  UNLOCK(b);
  GP_DECREF(src);
  return r;
}

/* ---------------------------------------------------- construction, repr */

/* bytearray(), bytearray(n), bytearray(iterable of ints or bytes-like),
** bytearray(str, encoding[, errors]) */
static GpValue ba_call(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return ba_from_bytes(t, gp_bytes_construct(t, args, nargs, kw, "bytearray"));
}

static GpValue ba_repr(GpThread *t, GpValue self) {
  GpValue copy = gp_bytearray_copy(t, self);
  if (GP_IS_ERR(copy)) return copy;
  GpBuf b;
  gp_buf_init(&b);
  gp_buf_puts(&b, "bytearray(");
  gp_bytes_repr_buf(&b, BYTES(copy)->data, BYTES(copy)->len, true);
  gp_buf_putc(&b, ')');
  GP_DECREF(copy);
  return gp_buf_finish(t, &b);
}

/* --------------------------------------------------------------- iteration */

typedef struct BaIter {
  GpObj ob;
  GpValue seq;
  size_t i;
} BaIter;

static void baiter_dealloc(GpObj *o) {
  GP_DECREF(((BaIter *)o)->seq);
}

static int baiter_next(GpThread *t, GpValue self, GpValue *out) {
  (void)t;
  BaIter *it = (BaIter *)self.as.o;
  GpByteArray *b = BA(it->seq);
  LOCK(b);
  bool more = it->i < b->len;
  if (more) *out = gp_intv((unsigned char)b->data[it->i++]);
  UNLOCK(b);
  return more;
}

/* What is left; 0 once the bytearray shrank below the position. */
static GpValue baiter_length_hint(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "__length_hint__", nargs - 1, kw) < 0) return GP_ERRV;
  const BaIter *it = (const BaIter *)args[0].as.o;
  GpByteArray *b = BA(it->seq);
  LOCK(b);
  size_t len = b->len;
  UNLOCK(b);
  return gp_intv(it->i < len ? (int64_t)(len - it->i) : 0);
}

static const GpMethodDef baiter_methods[] = {{"__length_hint__", baiter_length_hint}, {NULL, NULL}};

static GpType bytearray_iterator_type = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "bytearray_iterator",
    .dealloc = baiter_dealloc,
    .iter = gp_iter_self,
    .next = baiter_next,
    .methods = baiter_methods,
};

static GpValue ba_iter(GpThread *t, GpValue self) {
  BaIter *it = (BaIter *)gp_alloc(t, &bytearray_iterator_type, sizeof(BaIter));
  if (!it) return gp_raise_nomem(t);
  GP_INCREF(self);
  it->seq = self;
  return gp_objv(&it->ob);
}

/* ---------------------------------------------------------------- protocol */

static int ba_len(GpThread *t, GpValue self, int64_t *n) {
  (void)t;
  *n = (int64_t)gp_size_load(&BA(self)->len);
  return 0;
}

static int ba_contains(GpThread *t, GpValue self, GpValue item) {
  GpValue copy = gp_bytearray_copy(t, self);
  if (GP_IS_ERR(copy)) return -1;
  int r = gp_contains(t, copy, item);
  GP_DECREF(copy);
  return r;
}

/* An index into b, checked again under the lock: another thread may have
** shrunk the array since. Caller holds the lock. */
static bool in_range(GpThread *t, const GpByteArray *b, size_t i) {
  if (i < b->len) return true;
  gp_raise(t, &gp_exc_IndexError, "bytearray index out of range");
  return false;
}

static int index_arg(GpThread *t, GpValue self, GpValue key, size_t *i) {
  return gp_seq_index(t, key, gp_size_load(&BA(self)->len), "bytearray",
                      "bytearray index out of range", i);
}

static GpValue ba_getitem(GpThread *t, GpValue self, GpValue key) {
  if (GP_IS_TYPE(key, gp_type_slice)) {
    const GpSliceObj *k = (const GpSliceObj *)key.as.o;
    GpValue copy = gp_bytearray_copy(t, self);
    if (GP_IS_ERR(copy)) return copy;
    GpValue r = gp_bytes_getslice(t, copy, k->start, k->stop, k->step);
    GP_DECREF(copy);
    return ba_from_bytes(t, r);
  }
  size_t i;
  if (index_arg(t, self, key, &i) < 0) return GP_ERRV;
  GpByteArray *b = BA(self);
  LOCK(b);
  bool ok = in_range(t, b, i);
  GpValue r = ok ? gp_intv((unsigned char)b->data[i]) : GP_ERRV;
  UNLOCK(b);
  return r;
}

/* The bytes a slice assignment stores: bytes-like or an iterable of ints. */
static GpValue slice_value(GpThread *t, GpValue v) {
  bool intlike = GP_IS_INT(v) || GP_IS_BOOL(v) || GP_IS_TYPE(v, gp_type_int);
  if (gp_is_buffer(v)) return gp_buffer_copy(t, v);
  if (intlike || GP_IS_TYPE(v, gp_type_str) || !gp_typeof(v)->iter)
    return gp_raise(t, &gp_exc_TypeError,
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  return gp_bytes_from_ints(t, v, range_msg);
}

/* An extended slice, as a positive step from its lowest index. */
static void slice_ascending(GpSlice *sl) {
  if (sl->step > 0) return;
  if (sl->count) sl->start += (sl->count - 1) * sl->step;
  sl->step = -sl->step;
}

/* b[sl] = src (n bytes), caller holding the lock. */
static int assign_slice(GpThread *t, GpByteArray *b, GpSlice sl, const char *src, size_t n,
                        bool reversed) {
  if (sl.step == 1 && !reversed) return ba_splice(t, b, (size_t)sl.start, (size_t)sl.count, src, n);
  if ((int64_t)n != sl.count) {
    gp_raise(t, &gp_exc_ValueError,
             "attempt to assign bytes of size %zu to extended slice of size %lld", n,
             (long long)sl.count);
    return -1;
  }
  for (int64_t k = 0; k < sl.count; k++)
    b->data[sl.start + k * sl.step] = src[reversed ? sl.count - 1 - k : k];
  return 0;
}

/* b[sl] removed, caller holding the lock. */
static int delete_slice(GpThread *t, GpByteArray *b, GpSlice sl) {
  if (sl.step == 1 || sl.count == 0)
    return ba_splice(t, b, (size_t)sl.start, (size_t)sl.count, NULL, 0);
  if (b->exports) {
    gp_raise(t, &gp_exc_BufferError, "Existing exports of data: object cannot be re-sized");
    return -1;
  }
  size_t to = (size_t)sl.start;
  int64_t gone = 0; /* of the indices start + j * step, j < count */
  for (size_t from = to; from < b->len; from++) {
    if (gone < sl.count && (int64_t)from == sl.start + gone * sl.step)
      gone++;
    else
      b->data[to++] = b->data[from];
  }
  gp_size_store(&b->len, to);
  return 0;
}

/* Resolves the slice against the length, then locks and, if the length is
** still that (another thread may have resized meanwhile), assigns or
** deletes (src NULL); else tries again. */
static int slice_store(GpThread *t, GpValue self, const GpSliceObj *k, GpValue src) {
  GpByteArray *b = BA(self);
  for (;;) {
    size_t len = gp_size_load(&b->len);
    GpSlice sl;
    if (gp_slice_resolve(t, k->start, k->stop, k->step, (int64_t)len, &sl) < 0) return -1;
    bool reversed = sl.step < 0;
    slice_ascending(&sl);
    LOCK(b);
    if (b->len != len) {
      UNLOCK(b);
      continue;
    }
    int r = GP_IS_ERR(src) ? delete_slice(t, b, sl)
                           : assign_slice(t, b, sl, BYTES(src)->data, BYTES(src)->len, reversed);
    UNLOCK(b);
    return r;
  }
}

static int ba_setitem(GpThread *t, GpValue self, GpValue key, GpValue v) {
  if (GP_IS_TYPE(key, gp_type_slice)) {
    GpValue src = slice_value(t, v);
    if (GP_IS_ERR(src)) return -1;
    int r = slice_store(t, self, (const GpSliceObj *)key.as.o, src);
    GP_DECREF(src);
    return r;
  }
  size_t i;
  int64_t c;
  if (index_arg(t, self, key, &i) < 0 || gp_as_index(t, v, &c) < 0) return -1;
  if (c < 0 || c > 255) {
    gp_raise(t, &gp_exc_ValueError, "%s", range_msg);
    return -1;
  }
  GpByteArray *b = BA(self);
  LOCK(b);
  bool ok = in_range(t, b, i);
  if (ok) b->data[i] = (char)c;
  UNLOCK(b);
  return ok ? 0 : -1;
}

static int ba_delitem(GpThread *t, GpValue self, GpValue key) {
  if (GP_IS_TYPE(key, gp_type_slice))
    return slice_store(t, self, (const GpSliceObj *)key.as.o, GP_ERRV);
  size_t i;
  if (index_arg(t, self, key, &i) < 0) return -1;
  GpByteArray *b = BA(self);
  LOCK(b);
  int r = in_range(t, b, i) ? ba_splice(t, b, i, 1, NULL, 0) : -1;
  UNLOCK(b);
  return r;
}

/* b repeated k times, in place. */
static int repeat_in_place(GpThread *t, GpByteArray *b, int64_t k) {
  LOCK(b);
  size_t len = b->len;
  int r = 0;
  if (k <= 0 || len == 0) {
    r = ba_splice(t, b, 0, len, NULL, 0);
  } else if ((uint64_t)k > (GP_SEQ_MAX * sizeof(GpValue)) / len) {
    gp_raise_nomem(t);
    r = -1;
  } else if (k > 1) {
    GpValue unit = gp_bytes_new(t, b->data, len); /* splice takes no source inside b */
    r = GP_IS_ERR(unit) ? -1 : 0;
    for (int64_t i = 1; r == 0 && i < k; i++)
      r = ba_splice(t, b, b->len, 0, BYTES(unit)->data, len);
    GP_DECREF(unit);
  }
  UNLOCK(b);
  return r;
}

/* + and * make a new bytearray; += and *= change the left one. */
static GpValue ba_binop(GpThread *t, GpBinOp op, GpValue a, GpValue b, bool inplace) {
  if (op == GP_OP_ADD && IS_BA(a)) {
    if (!gp_is_buffer(b))
      return gp_raise(t, &gp_exc_TypeError, "can't concat %s to bytearray", gp_type_name(b));
    GpValue r = inplace ? a : ba_from_bytes(t, gp_bytearray_copy(t, a));
    if (GP_IS_ERR(r)) return r;
    if (inplace) GP_INCREF(r);
    if (append_buffer(t, BA(r), b) < 0) {
      GP_DECREF(r);
      return GP_ERRV;
    }
    return r;
  }
  if (op == GP_OP_MUL) {
    GpValue self = IS_BA(a) ? a : b, count = IS_BA(a) ? b : a;
    int64_t k;
    if (gp_repeat_count(t, count, &k) < 0) return GP_ERRV;
    GpValue r = inplace && IS_BA(a) ? a : ba_from_bytes(t, gp_bytearray_copy(t, self));
    if (GP_IS_ERR(r)) return r;
    if (r.as.o == a.as.o) GP_INCREF(r);
    if (repeat_in_place(t, BA(r), k) < 0) {
      GP_DECREF(r);
      return GP_ERRV;
    }
    return r;
  }
  if (op == GP_OP_MOD && IS_BA(a)) return gp_bytearray_result(t, gp_bytes_mod(t, a, b));
  return GP_ERRV;
}

/* ----------------------------------------------------------------- methods */

#define SELF BA(args[0])

static GpValue ba_append(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "append", nargs - 1, kw) < 0) return GP_ERRV;
  int64_t c;
  if (gp_as_index(t, args[1], &c) < 0) return GP_ERRV;
  if (c < 0 || c > 255) return gp_raise(t, &gp_exc_ValueError, "%s", range_msg);
  char one = (char)c;
  LOCK(SELF);
  int r = ba_splice(t, SELF, SELF->len, 0, &one, 1);
  UNLOCK(SELF);
  return r < 0 ? GP_ERRV : GP_NONEV;
}

static GpValue ba_extend(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "extend", nargs - 1, kw) < 0) return GP_ERRV;
  GpValue v = args[1];
  if (!gp_is_buffer(v) && !gp_typeof(v)->iter)
    return gp_raise(t, &gp_exc_TypeError, "can't extend bytearray with %s", gp_type_name(v));
  GpValue src = gp_is_buffer(v) ? gp_buffer_copy(t, v) : gp_bytes_from_ints(t, v, range_msg);
  if (GP_IS_ERR(src)) return src;
  int r = append_buffer(t, SELF, src);
  GP_DECREF(src);
  return r < 0 ? GP_ERRV : GP_NONEV;
}

static GpValue ba_pop(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "pop", nargs - 1, kw, 0, 1) < 0) return GP_ERRV;
  int64_t i = -1;
  if (nargs > 1 && gp_as_index(t, args[1], &i) < 0) return GP_ERRV;
  LOCK(SELF);
  int64_t len = (int64_t)SELF->len;
  if (i < 0) i += len;
  GpValue r = GP_ERRV;
  if (len == 0)
    gp_raise(t, &gp_exc_IndexError, "pop from empty bytearray");
  else if (i < 0 || i >= len)
    gp_raise(t, &gp_exc_IndexError, "pop index out of range");
  else {
    r = gp_intv((unsigned char)SELF->data[i]);
    if (ba_splice(t, SELF, (size_t)i, 1, NULL, 0) < 0) r = GP_ERRV;
  }
  UNLOCK(SELF);
  return r;
}

static GpValue ba_insert(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "insert", nargs - 1, kw, 2, 2) < 0) return GP_ERRV;
  int64_t i, c;
  if (gp_as_index(t, args[1], &i) < 0 || gp_as_index(t, args[2], &c) < 0) return GP_ERRV;
  if (c < 0 || c > 255) return gp_raise(t, &gp_exc_ValueError, "%s", range_msg);
  char one = (char)c;
  LOCK(SELF);
  int64_t len = (int64_t)SELF->len;
  i = i < 0 ? (i + len < 0 ? 0 : i + len) : (i > len ? len : i);
  int r = ba_splice(t, SELF, (size_t)i, 0, &one, 1);
  UNLOCK(SELF);
  return r < 0 ? GP_ERRV : GP_NONEV;
}

static GpValue ba_remove(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "remove", nargs - 1, kw) < 0) return GP_ERRV;
  int64_t c;
  if (gp_as_index(t, args[1], &c) < 0) return GP_ERRV;
  if (c < 0 || c > 255) return gp_raise(t, &gp_exc_ValueError, "%s", range_msg);
  LOCK(SELF);
  const char *at = SELF->len ? memchr(SELF->data, (int)c, SELF->len) : NULL;
  int r = at ? ba_splice(t, SELF, (size_t)(at - SELF->data), 1, NULL, 0) : -1;
  if (!at) gp_raise(t, &gp_exc_ValueError, "value not found in bytearray");
  UNLOCK(SELF);
  return r < 0 ? GP_ERRV : GP_NONEV;
}

static GpValue ba_clear(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "clear", nargs - 1, kw) < 0) return GP_ERRV;
  LOCK(SELF);
  int r = ba_splice(t, SELF, 0, SELF->len, NULL, 0);
  UNLOCK(SELF);
  return r < 0 ? GP_ERRV : GP_NONEV;
}

static GpValue ba_reverse(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "reverse", nargs - 1, kw) < 0) return GP_ERRV;
  LOCK(SELF);
  for (size_t i = 0, n = SELF->len; i < n / 2; i++) {
    char c = SELF->data[i];
    SELF->data[i] = SELF->data[n - 1 - i];
    SELF->data[n - 1 - i] = c;
  }
  UNLOCK(SELF);
  return GP_NONEV;
}

static GpValue ba_copy(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "copy", nargs - 1, kw) < 0) return GP_ERRV;
  return ba_from_bytes(t, gp_bytearray_copy(t, args[0]));
}

/* reversed(): over a copy, as iteration of a snapshot. */
static GpValue ba_reversed(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "__reversed__", nargs - 1, kw) < 0) return GP_ERRV;
  GpValue copy = gp_bytearray_copy(t, args[0]);
  if (GP_IS_ERR(copy)) return copy;
  GpValue it = gp_bytes_reversed(t, copy);
  GP_DECREF(copy);
  return it;
}

#undef SELF

#define SHARED_DEF(name) {#name, gp_bytearray_##name},
static const GpMethodDef ba_methods[] = {
    {"append", ba_append},
    {"extend", ba_extend},
    {"pop", ba_pop},
    {"insert", ba_insert},
    {"remove", ba_remove},
    {"clear", ba_clear},
    {"reverse", ba_reverse},
    {"copy", ba_copy},
    {"__reversed__", ba_reversed},
    GP_BYTES_SHARED_METHODS(SHARED_DEF){NULL, NULL},
};
#undef SHARED_DEF

static const GpTypeOps ba_ops = {
    .len = ba_len,
    .contains = ba_contains,
    .getitem = ba_getitem,
    .setitem = ba_setitem,
    .delitem = ba_delitem,
    .binop = ba_binop,
    .compare = gp_bytes_compare,
    .statics = gp_bytes_statics,
    .classmethods = gp_bytearray_classmethods,
};

GpType gp_type_bytearray = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "bytearray",
    .dealloc = ba_dealloc,
    .repr = ba_repr,
    .iter = ba_iter,
    .call = ba_call,
    .methods = ba_methods,
    .ops = &ba_ops,
};
