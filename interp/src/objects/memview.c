/*
** memview.c — memoryview over bytes or a bytearray: a window (start,
** step, length) of items on the object's bytes, each of its format's size
** (one byte, or another after cast(): memfmt.c), sliced without copying,
** written through to a bytearray. A view over a bytearray counts
** in its exports until released, so the array cannot resize and the data
** pointer stays valid; reads and writes still take the array's lock, which
** keeps them race-free under gil=none.
*/
#include <string.h>

#include "class.h"
#include "obj.h"

typedef struct MemView {
  GpObj ob;
  GpValue obj;         /* bytes or bytearray; None once released */
  int64_t start, step; /* in bytes */
  size_t len;          /* in items */
  char fmt;            /* 'B' unless cast */
  int size;            /* of an item, in bytes */
} MemView;

/* Whether the window of items of size bytes lies inside n bytes. */
static bool window_fits(int64_t start, int64_t step, int64_t len, int size, size_t n) {
  int64_t last = start + (len - 1) * step;
  return len == 0 || (start >= 0 && (size_t)start + (size_t)size <= n && last >= 0 &&
                      (size_t)last + (size_t)size <= n);
}

#define MV(v) ((MemView *)(v).as.o)
#define BA(v) ((GpByteArray *)(v).as.o)
#define IS_BA(v) GP_IS_TYPE(v, gp_type_bytearray)

static const char released_msg[] = "operation forbidden on released memoryview object";

/* A view of len items of format fmt of obj from start by step (len -1:
** all of obj, in bytes). A bytearray's length and export are read and
** taken under its lock: a window another thread's resize made stale (its
** parent view released meanwhile) is refused as released. */
static GpValue view_new(GpThread *t, GpValue obj, int64_t start, int64_t step, int64_t len,
                        char fmt) {
  MemView *m = (MemView *)gp_alloc(t, &gp_type_memoryview, sizeof(MemView));
  if (!m) return gp_raise_nomem(t);
  m->obj = GP_NONEV;
  m->fmt = fmt;
  m->size = gp_memfmt_size(fmt);
  bool fits = true;
  if (IS_BA(obj)) {
    gp_obj_lock(obj.as.o);
    size_t have = BA(obj)->len;
    len = len < 0 ? (int64_t)have : len;
    fits = window_fits(start, step, len, m->size, have);
    if (fits) BA(obj)->exports++;
    gp_obj_unlock(obj.as.o);
  } else if (len < 0) {
    len = (int64_t)((GpBytes *)obj.as.o)->len;
  }
  GpValue r = gp_objv(&m->ob);
  if (!fits) {
    GP_DECREF(r);
    return gp_raise(t, &gp_exc_ValueError, "%s", released_msg);
  }
  GP_INCREF(obj);
  m->obj = obj;
  m->start = start;
  m->step = step;
  m->len = (size_t)len;
  return r;
}

/* Gives the object back (and its export); false if already released. */
static bool view_release(MemView *m) {
  gp_obj_lock(&m->ob);
  GpValue obj = m->obj;
  m->obj = GP_NONEV;
  gp_obj_unlock(&m->ob);
  if (GP_IS_NONE(obj)) return false;
  if (IS_BA(obj)) {
    gp_obj_lock(obj.as.o);
    BA(obj)->exports--;
    gp_obj_unlock(obj.as.o);
  }
  GP_DECREF(obj);
  return true;
}

static void mv_dealloc(GpObj *o) {
  view_release((MemView *)o);
}

/* The viewed object, or NULL with ValueError once released. A new
** reference: another thread may release the view meanwhile. */
static GpObj *view_obj(GpThread *t, GpValue self) {
  MemView *m = MV(self);
  gp_obj_lock(&m->ob);
  GpValue obj = m->obj;
  if (!GP_IS_NONE(obj)) GP_INCREF(obj);
  gp_obj_unlock(&m->ob);
  if (!GP_IS_NONE(obj)) return obj.as.o;
  gp_raise(t, &gp_exc_ValueError, "%s", released_msg);
  return NULL;
}

/* Locks o and returns its data if the view's window still lies inside it
** (after another thread released this view, its bytearray may have
** shrunk); else NULL, unlocked, with the released view's ValueError. */
static char *lock_window(GpThread *t, GpObj *o, const MemView *m) {
  bool bytes = o->type == &gp_type_bytes;
  gp_obj_lock(o);
  size_t have = bytes ? ((GpBytes *)o)->len : ((GpByteArray *)o)->len;
  static char empty[1]; /* an empty bytearray's data: NULL, but not a failure */
  char *data = bytes ? ((GpBytes *)o)->data : ((GpByteArray *)o)->data;
  if (window_fits(m->start, m->step, (int64_t)m->len, m->size, have)) return data ? data : empty;
  gp_obj_unlock(o);
  gp_raise(t, &gp_exc_ValueError, "%s", released_msg);
  return NULL;
}

/* memoryview(object): over bytes, a bytearray or another view's window. */
static GpValue mv_call(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"object"};
  GpValue v;
  if (gp_parse_args(t, "memoryview", args, nargs, kw, names, 1, 1, &v) < 0) return GP_ERRV;
  v = gp_unwrap(v); /* a subclass's instance: a view of its bytes */
  if (GP_IS_TYPE(v, gp_type_memoryview)) {
    GpObj *o = view_obj(t, v);
    if (!o) return GP_ERRV;
    GpValue r = view_new(t, gp_objv(o), MV(v)->start, MV(v)->step, (int64_t)MV(v)->len, MV(v)->fmt);
    gp_decref_o(o);
    return r;
  }
  if (GP_IS_TYPE(v, gp_type_bytes) || IS_BA(v)) return view_new(t, v, 0, 1, -1, 'B');
  return gp_raise(t, &gp_exc_TypeError, "memoryview: a bytes-like object is required, not '%s'",
                  gp_type_name(v));
}

GpValue gp_memview_tobytes(GpThread *t, GpValue self) {
  GpObj *o = view_obj(t, self);
  if (!o) return GP_ERRV;
  const MemView *m = MV(self);
  GpValue r = gp_bytes_zero(t, m->len * (size_t)m->size);
  const char *p = GP_IS_ERR(r) ? NULL : lock_window(t, o, m);
  if (p) {
    char *out = ((GpBytes *)r.as.o)->data;
    for (size_t i = 0; i < m->len; i++)
      memcpy(out + i * (size_t)m->size, p + m->start + (int64_t)i * m->step, (size_t)m->size);
    gp_obj_unlock(o);
  } else if (!GP_IS_ERR(r)) {
    GP_DECREF(r);
    r = GP_ERRV;
  }
  gp_decref_o(o);
  return r;
}

static GpValue mv_repr(GpThread *t, GpValue self) {
  bool released = GP_IS_NONE(MV(self)->obj);
  return gp_str_printf(t, "<%smemory at %p>", released ? "released " : "", (void *)self.as.o);
}

static int mv_hash(GpThread *t, GpValue self, int64_t *h) {
  GpObj *o = view_obj(t, self);
  if (!o) return -1;
  bool writable = o->type != &gp_type_bytes;
  gp_decref_o(o);
  if (writable) {
    gp_raise(t, &gp_exc_ValueError, "cannot hash writable memoryview object");
    return -1;
  }
  char f = MV(self)->fmt;
  if (f != 'B' && f != 'b' && f != 'c') {
    gp_raise(t, &gp_exc_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    return -1;
  }
  GpValue b = gp_memview_tobytes(t, self);
  if (GP_IS_ERR(b)) return -1;
  int r = gp_hash(t, b, h); /* equal to the hash of the same bytes, as in CPython */
  GP_DECREF(b);
  return r;
}

/* ---------------------------------------------------------------- protocol */

static int mv_len(GpThread *t, GpValue self, int64_t *n) {
  GpObj *o = view_obj(t, self);
  if (!o) return -1;
  gp_decref_o(o);
  *n = (int64_t)MV(self)->len;
  return 0;
}

/* The offset in the object of a view's item at key, or -1 with an error. */
static int64_t item_offset(GpThread *t, GpValue self, GpValue key) {
  int64_t i;
  bool intlike = GP_IS_INT(key) || GP_IS_BOOL(key) || GP_IS_TYPE(key, gp_type_int);
  if (!intlike && !gp_is_inst(key)) {
    gp_raise(t, &gp_exc_TypeError, "memoryview: invalid slice key");
    return -1;
  }
  if (gp_as_index(t, key, &i) < 0) return -1;
  const MemView *m = MV(self);
  if (i < 0) i += (int64_t)m->len;
  if (i < 0 || i >= (int64_t)m->len) {
    gp_raise(t, &gp_exc_IndexError, "index out of bounds on dimension 1");
    return -1;
  }
  return m->start + i * m->step;
}

static GpValue mv_getitem(GpThread *t, GpValue self, GpValue key) {
  GpObj *o = view_obj(t, self);
  if (!o) return GP_ERRV;
  const MemView *m = MV(self);
  GpValue r = GP_ERRV;
  if (GP_IS_TYPE(key, gp_type_slice)) {
    const GpSliceObj *k = (const GpSliceObj *)key.as.o;
    GpSlice sl;
    if (gp_slice_resolve(t, k->start, k->stop, k->step, (int64_t)m->len, &sl) == 0)
      r = view_new(t, gp_objv(o), m->start + sl.start * m->step, m->step * sl.step, sl.count,
                   m->fmt);
  } else {
    int64_t at = item_offset(t, self, key);
    const char *p = at >= 0 ? lock_window(t, o, m) : NULL;
    if (p) { /* copied out: unpacking may allocate (a bignum, a bytes) */
      char item[8];
      memcpy(item, p + at, (size_t)m->size);
      gp_obj_unlock(o);
      r = gp_memfmt_unpack(t, m->fmt, item);
    }
  }
  gp_decref_o(o);
  return r;
}

/* The bytes a slice assignment stores: as many items as the slice has,
** of the view's format (other buffers' is 'B'). */
static GpValue slice_source(GpThread *t, GpValue v, int64_t count, const MemView *m) {
  if (!gp_is_buffer(v))
    return gp_raise(t, &gp_exc_TypeError, "a bytes-like object is required, not '%s'",
                    gp_type_name(v));
  char fmt = GP_IS_TYPE(v, gp_type_memoryview) ? MV(v)->fmt : 'B';
  GpValue src = fmt == m->fmt ? gp_buffer_copy(t, v) : GP_NONEV;
  if (GP_IS_ERR(src)) return src;
  if (!GP_IS_NONE(src) && (int64_t)((GpBytes *)src.as.o)->len == count * m->size) return src;
  GP_DECREF(src);
  return gp_raise(t, &gp_exc_ValueError,
                  "memoryview assignment: lvalue and rvalue have different structures");
}

static int store(GpThread *t, GpValue self, GpObj *o, GpValue key, GpValue v) {
  const MemView *m = MV(self);
  if (!GP_IS_TYPE(key, gp_type_slice)) {
    int64_t at = item_offset(t, self, key);
    char item[8];
    if (at < 0 || gp_memfmt_pack(t, m->fmt, v, item) < 0) return -1;
    char *p = lock_window(t, o, m);
    if (!p) return -1;
    memcpy(p + at, item, (size_t)m->size);
    gp_obj_unlock(o);
    return 0;
  }
  const GpSliceObj *k = (const GpSliceObj *)key.as.o;
  GpSlice sl;
  if (gp_slice_resolve(t, k->start, k->stop, k->step, (int64_t)m->len, &sl) < 0) return -1;
  GpValue src = slice_source(t, v, sl.count, m);
  if (GP_IS_ERR(src)) return -1;
  char *p = lock_window(t, o, m);
  for (int64_t i = 0; p && i < sl.count; i++)
    memcpy(p + m->start + (sl.start + i * sl.step) * m->step,
           ((GpBytes *)src.as.o)->data + i * m->size, (size_t)m->size);
  if (p) gp_obj_unlock(o);
  GP_DECREF(src);
  return p ? 0 : -1;
}

static int mv_setitem(GpThread *t, GpValue self, GpValue key, GpValue v) {
  GpObj *o = view_obj(t, self);
  if (!o) return -1;
  int r = -1;
  if (o->type == &gp_type_bytes)
    gp_raise(t, &gp_exc_TypeError, "cannot modify read-only memory");
  else
    r = store(t, self, o, key, v);
  gp_decref_o(o);
  return r;
}

static int mv_delitem(GpThread *t, GpValue self, GpValue key) {
  (void)self;
  (void)key;
  gp_raise(t, &gp_exc_TypeError, "cannot delete memory");
  return -1;
}

/* ----------------------------------------------------------------- methods */

/* The view's items, unpacked from a copy of its bytes. */
static GpValue mv_tolist(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "tolist", nargs - 1, kw) < 0) return GP_ERRV;
  GpValue b = gp_memview_tobytes(t, args[0]);
  if (GP_IS_ERR(b)) return b;
  const MemView *m = MV(args[0]);
  const GpBytes *by = (const GpBytes *)b.as.o;
  GpValue list = gp_list_new(t, 0);
  for (size_t i = 0; !GP_IS_ERR(list) && i * (size_t)m->size < by->len; i++) {
    GpValue item = gp_memfmt_unpack(t, m->fmt, by->data + i * (size_t)m->size);
    int r = GP_IS_ERR(item) ? -1 : gp_list_append(t, list.as.o, item);
    GP_DECREF(item);
    if (r < 0) {
      GP_DECREF(list);
      list = GP_ERRV;
    }
  }
  GP_DECREF(b);
  return list;
}

static GpValue mv_iter(GpThread *t, GpValue self) {
  GpValue list = mv_tolist(t, &self, 1, NULL);
  if (GP_IS_ERR(list)) return list;
  GpValue it = gp_iter(t, list);
  GP_DECREF(list);
  return it;
}

/* reversed(): over a copy of the items. */
static GpValue mv_reversed(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "__reversed__", nargs - 1, kw) < 0) return GP_ERRV;
  GpValue list = mv_tolist(t, args, 1, NULL);
  if (GP_IS_ERR(list)) return list;
  GpValue it = gp_list_reversed(t, list);
  GP_DECREF(list);
  return it;
}

static GpValue mv_tobytes(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "tobytes", nargs - 1, kw) < 0) return GP_ERRV;
  return gp_memview_tobytes(t, args[0]);
}

static GpValue mv_release(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "release", nargs - 1, kw) < 0) return GP_ERRV;
  view_release(MV(args[0]));
  return GP_NONEV;
}

static GpValue mv_enter(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "__enter__", nargs - 1, kw) < 0) return GP_ERRV;
  GpObj *o = view_obj(t, args[0]);
  if (!o) return GP_ERRV;
  gp_decref_o(o);
  GP_INCREF(args[0]);
  return args[0];
}

static GpValue mv_exit(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)t;
  (void)nargs;
  (void)kw;
  view_release(MV(args[0]));
  return gp_boolv(false);
}

/* readonly, nbytes, format, itemsize, ndim, obj, shape, strides */
static GpValue mv_getattr(GpThread *t, GpValue self, GpObj *name) {
  const char *s = ((GpStr *)name)->data;
  static const char *const known[] = {"readonly", "nbytes", "format", "itemsize",
                                      "ndim",     "obj",    "shape",  "strides"};
  int which = -1;
  for (int i = 0; i < 8; i++)
    if (strcmp(s, known[i]) == 0) which = i;
  if (which < 0) return GP_ERRV;
  GpObj *o = view_obj(t, self);
  if (!o) return GP_ERRV;
  const MemView *m = MV(self);
  GpValue r;
  switch (which) {
  case 0:
    r = gp_boolv(o->type == &gp_type_bytes);
    break;
  case 1:
    r = gp_intv((int64_t)m->len * m->size);
    break;
  case 2:
    r = gp_str_new(t, &m->fmt, 1);
    break;
  case 3:
    r = gp_intv(m->size);
    break;
  case 4:
    r = gp_intv(1);
    break;
  case 5:
    gp_incref_o(o);
    r = gp_objv(o);
    break;
  default: {
    GpValue n = gp_intv(which == 6 ? (int64_t)m->len : m->step);
    r = gp_tuple_pack(t, 1, &n);
  }
  }
  gp_decref_o(o);
  return r;
}

static bool byte_format(char f) {
  return f == 'B' || f == 'b' || f == 'c';
}

/* The format code cast() was given ('@' allowed before it), or 0 with
** CPython's error. */
static char cast_format(GpThread *t, GpValue f) {
  if (!GP_IS_TYPE(f, gp_type_str)) {
    gp_raise(t, &gp_exc_TypeError, "cast() argument 'format' must be str, not %s", gp_type_name(f));
    return 0;
  }
  const char *s = GP_STR(f)->data;
  if (*s == '@') s++;
  if (s[0] && !s[1] && gp_memfmt_size(s[0])) return s[0];
  gp_raise(t, &gp_exc_ValueError,
           "memoryview: destination format must be a native single character format prefixed "
           "with an optional '@'");
  return 0;
}

/* cast(format): the same bytes as items of another format, with CPython's
** checks in its order: a C-contiguous view, a byte format on one side, a
** whole number of items. */
static GpValue mv_cast(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"format", "shape"};
  GpValue a[2];
  if (gp_parse_args(t, "cast", args + 1, nargs - 1, kw, names, 2, 1, a) < 0) return GP_ERRV;
  if (!GP_IS_ERR(a[1]))
    return gp_raise(t, &gp_exc_NotImplementedError,
                    "memoryview.cast(shape=...) is not supported by gilpy");
  GpObj *o = view_obj(t, args[0]);
  if (!o) return GP_ERRV;
  const MemView *m = MV(args[0]);
  GpValue r = GP_ERRV;
  char f = 0;
  size_t nbytes = m->len * (size_t)m->size;
  if (m->len > 1 && m->step != m->size)
    gp_raise(t, &gp_exc_TypeError, "memoryview: casts are restricted to C-contiguous views");
  else if (!(f = cast_format(t, a[0])))
    ;
  else if (!byte_format(m->fmt) && !byte_format(f))
    gp_raise(t, &gp_exc_TypeError, "memoryview: cannot cast between two non-byte formats");
  else if (nbytes % (size_t)gp_memfmt_size(f))
    gp_raise(t, &gp_exc_TypeError, "memoryview: length is not a multiple of itemsize");
  else
    r = view_new(t, gp_objv(o), m->start, gp_memfmt_size(f),
                 (int64_t)(nbytes / (size_t)gp_memfmt_size(f)), f);
  gp_decref_o(o);
  return r;
}

static const GpMethodDef mv_methods[] = {
    {"cast", mv_cast},
    {"tobytes", mv_tobytes},
    {"hex", gp_bytearray_hex}, /* on a bytes copy of the view, as bytearray's */
    {"tolist", mv_tolist},
    {"release", mv_release},
    {"__reversed__", mv_reversed},
    {"__enter__", mv_enter},
    {"__exit__", mv_exit},
    {NULL, NULL},
};

static GpValue items_of(GpThread *t, GpValue v) {
  return GP_IS_TYPE(v, gp_type_memoryview) ? mv_tolist(t, &v, 1, NULL) : gp_list_from_iter(t, v);
}

bool gp_memview_is_cast(GpValue v) {
  return GP_IS_TYPE(v, gp_type_memoryview) && MV(v)->fmt != 'B';
}

GpValue gp_memview_compare_items(GpThread *t, GpCmpOp op, GpValue a, GpValue b) {
  GpValue la = items_of(t, a), lb = GP_IS_ERR(la) ? GP_ERRV : items_of(t, b);
  GpValue r = GP_IS_ERR(lb) ? GP_ERRV : gp_compare(t, op, la, lb);
  GP_DECREF(la);
  GP_DECREF(lb);
  return r;
}

static const GpTypeOps mv_ops = {
    .len = mv_len,
    .getitem = mv_getitem,
    .setitem = mv_setitem,
    .delitem = mv_delitem,
    .compare = gp_bytes_compare,
};

GpType gp_type_memoryview = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "memoryview",
    .dealloc = mv_dealloc,
    .repr = mv_repr,
    .hash = mv_hash,
    .iter = mv_iter,
    .call = mv_call,
    .getattr = mv_getattr,
    .methods = mv_methods,
    .ops = &mv_ops,
};
