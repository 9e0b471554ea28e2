/*
** bytes.c — the immutable bytes type: construction, repr, the sequence
** protocol (through GpTypeOps) and the methods programs use on protocol
** data. Encoding and decoding live in codec.c.
*/
#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "numproto.h"
#include "obj.h"

#define BYTES(v) ((GpBytes *)(v).as.o)
#define IS_BYTES(v) GP_IS_TYPE(v, gp_type_bytes)

GpValue gp_bytes_new(GpThread *t, const char *s, size_t len) {
  GpBytes *b = (GpBytes *)gp_alloc(t, &gp_type_bytes, sizeof(GpBytes) + len + 1);
  if (!b) return gp_raise_nomem(t);
  b->len = len;
  if (len) memcpy(b->data, s, len);
  b->data[len] = 0;
  return gp_objv(&b->ob);
}

GpValue gp_bytes_from_buf(GpThread *t, GpBuf *b) {
  GpValue r = b->oom ? gp_raise_nomem(t) : gp_bytes_new(t, b->p, b->len);
  gp_buf_free(b);
  return r;
}

static GpValue not_bytes(GpThread *t, GpValue v) {
  return gp_raise(t, &gp_exc_TypeError, "a bytes-like object is required, not '%s'",
                  gp_type_name(v));
}

/* The bytes of a bytes argument: TypeError naming what was given otherwise. */
static int bytes_arg(GpThread *t, GpValue v, const char **s, size_t *n) {
  if (!IS_BYTES(v)) {
    not_bytes(t, v);
    return -1;
  }
  *s = BYTES(v)->data;
  *n = BYTES(v)->len;
  return 0;
}

/* An int in range(0, 256), as bytes([...]) and `in` need it. */
static int byte_value(GpThread *t, GpValue v, const char *range_msg, unsigned char *out) {
  int64_t i;
  if (gp_as_index(t, v, &i) < 0) return -1;
  if (i < 0 || i > 255) {
    gp_raise(t, &gp_exc_ValueError, "%s", range_msg);
    return -1;
  }
  *out = (unsigned char)i;
  return 0;
}

/* ------------------------------------------------------------ construction */

/* range_msg: bytes() says "bytes must be ...", bytearray() "byte must be ...". */
GpValue gp_bytes_from_ints(GpThread *t, GpValue src, const char *range_msg) {
  GpValue it = gp_iter(t, src);
  if (GP_IS_ERR(it)) return it;
  GpBuf b;
  gp_buf_init(&b);
  GpValue v;
  int k;
  while ((k = gp_next(t, it, &v)) == 1) {
    unsigned char c;
    int r = byte_value(t, v, range_msg, &c);
    GP_DECREF(v);
    if (r < 0) break;
    gp_buf_putc(&b, (char)c);
  }
  GP_DECREF(it);
  if (k != 0) {
    gp_buf_free(&b);
    return GP_ERRV;
  }
  return gp_bytes_from_buf(t, &b);
}

GpValue gp_bytes_zero(GpThread *t, size_t len) {
  if (len > GP_SEQ_MAX * sizeof(GpValue)) return gp_raise_nomem(t);
  GpBytes *b = (GpBytes *)gp_alloc(t, &gp_type_bytes, sizeof(GpBytes) + len + 1);
  if (!b) return gp_raise_nomem(t);
  b->len = len; /* gp_alloc zeroed the data */
  return gp_objv(&b->ob);
}

static GpValue bytes_from_count(GpThread *t, GpValue n) {
  int64_t k;
  if (gp_as_index(t, n, &k) < 0) return GP_ERRV;
  if (k < 0) return gp_raise(t, &gp_exc_ValueError, "negative count");
  return gp_bytes_zero(t, (size_t)k);
}

/* Subclasses' instances are buffers too: their payload's bytes. */
bool gp_is_buffer(GpValue v) {
  v = gp_unwrap(v);
  return IS_BYTES(v) || GP_IS_TYPE(v, gp_type_bytearray) || GP_IS_TYPE(v, gp_type_memoryview);
}

GpValue gp_buffer_copy(GpThread *t, GpValue v) {
  v = gp_unwrap(v);
  if (GP_IS_TYPE(v, gp_type_bytearray)) return gp_bytearray_copy(t, v);
  if (GP_IS_TYPE(v, gp_type_memoryview)) return gp_memview_tobytes(t, v);
  GP_INCREF(v);
  return v;
}

static GpValue bytes_of(GpThread *t, GpValue v, const char *tname, const char *range_msg) {
  if (gp_is_buffer(v)) return gp_buffer_copy(t, v);
  bool intlike = GP_IS_INT(v) || GP_IS_BOOL(v) || GP_IS_TYPE(v, gp_type_int);
  /* an instance is iterable through its class's __iter__ or __getitem__ */
  bool iterable = gp_is_inst(v) && !gp_has_payload(v)
                      ? gp_inst_has(v, "__iter__") || gp_inst_has(v, "__getitem__")
                      : gp_typeof(v)->iter != NULL;
  if (intlike || GP_IS_TYPE(v, gp_type_str) || !iterable)
    return gp_raise(t, &gp_exc_TypeError, "cannot convert '%s' object to %s", gp_type_name(v),
                    tname);
  return gp_bytes_from_ints(t, v, range_msg);
}

GpValue gp_bytes_of(GpThread *t, GpValue v) {
  return bytes_of(t, v, "bytes", "bytes must be in range(0, 256)");
}

/* bytes(), bytes(n), bytes(iterable of ints), bytes(str, encoding[, errors]) */
static GpValue bytes_call(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return gp_bytes_construct(t, args, nargs, kw, "bytes");
}

/* v.__bytes__() if v's class defines it: 1 = *out set (bytes), 0 = it has
** none (nothing raised), -1 = error. */
static int dunder_bytes(GpThread *t, GpValue v, GpValue *out) {
  if (!gp_inst_has(v, "__bytes__")) return 0;
  GpValue f = gp_inst_special(t, v, "__bytes__");
  if (GP_IS_ERR(f)) return -1;
  GpValue r = gp_vm_call(t, f, NULL, 0, NULL);
  GP_DECREF(f);
  if (GP_IS_ERR(r)) return -1;
  if (!IS_BYTES(gp_unwrap(r))) {
    gp_raise(t, &gp_exc_TypeError, "__bytes__ returned non-bytes (type %s)", gp_type_name(r));
    GP_DECREF(r);
    return -1;
  }
  *out = r;
  return 1;
}

/* bytes(n) or bytearray(n) for an instance with __index__: 1 = *out set,
** 0 = not one, -1 = error. */
static int count_of_index(GpThread *t, GpValue v, GpValue *out) {
  GpValue n;
  int k = gp_inst_index(t, v, &n);
  if (k <= 0) return k;
  *out = bytes_from_count(t, n);
  GP_DECREF(n);
  return GP_IS_ERR(*out) ? -1 : 1;
}

/* The bytes a bytes(...) or bytearray(...) call (tname) describes. */
GpValue gp_bytes_construct(GpThread *t, const GpValue *args, int nargs, GpObj *kw,
                           const char *tname) {
  static const char *const names[] = {"source", "encoding", "errors"};
  GpValue a[3];
  if (gp_parse_args(t, tname, args, nargs, kw, names, 3, 0, a) < 0) return GP_ERRV;
  GpValue src = a[0];
  bool coded = !GP_IS_ERR(a[1]) || !GP_IS_ERR(a[2]);
  if (GP_IS_ERR(src)) {
    if (coded)
      return gp_raise(t, &gp_exc_TypeError, "encoding or errors without sequence argument");
    return gp_bytes_new(t, "", 0);
  }
  bool bytes = strcmp(tname, "bytes") == 0;
  GpValue r;
  int k = !coded && bytes ? dunder_bytes(t, src, &r) : 0; /* bytearray() takes no __bytes__ */
  if (k != 0) return k < 0 ? GP_ERRV : r;
  if (GP_IS_TYPE(src, gp_type_str)) {
    if (!coded) return gp_raise(t, &gp_exc_TypeError, "string argument without an encoding");
    return gp_str_encode_as(t, src, a[1], a[2]);
  }
  if (coded)
    return gp_raise(t, &gp_exc_TypeError,
                    GP_IS_ERR(a[1]) ? "errors without a string argument"
                                    : "encoding without a string argument");
  if (GP_IS_INT(src) || GP_IS_BOOL(src) || GP_IS_TYPE(src, gp_type_int))
    return bytes_from_count(t, src);
  if ((k = count_of_index(t, src, &r)) != 0) return k < 0 ? GP_ERRV : r;
  return bytes_of(t, src, tname,
                  bytes ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
}

/* ------------------------------------------------------------- repr, hash */

/* b'...' with CPython's quote choice: ' unless the data holds ' and no ".
** bytearray's repr escapes ' even inside "...", as CPython's does. */
void gp_bytes_repr_buf(GpBuf *b, const char *p, size_t n, bool escape_squote) {
  char q = memchr(p, '\'', n) && !memchr(p, '"', n) ? '"' : '\'';
  gp_buf_putc(b, 'b');
  gp_buf_putc(b, q);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)p[i];
    char esc[5];
    if (c == (unsigned char)q || c == '\\' || (c == '\'' && escape_squote)) {
      gp_buf_putc(b, '\\');
      gp_buf_putc(b, (char)c);
    } else if (c == '\t' || c == '\n' || c == '\r') {
      gp_buf_putc(b, '\\');
      gp_buf_putc(b, c == '\t' ? 't' : c == '\n' ? 'n' : 'r');
    } else if (c < 0x20 || c >= 0x7f) {
      snprintf(esc, sizeof esc, "\\x%02x", c);
      gp_buf_put(b, esc, 4);
    } else {
      gp_buf_putc(b, (char)c);
    }
  }
  gp_buf_putc(b, q);
}

static GpValue bytes_repr(GpThread *t, GpValue self) {
  GpBuf b;
  gp_buf_init(&b);
  gp_bytes_repr_buf(&b, BYTES(self)->data, BYTES(self)->len, false);
  return gp_buf_finish(t, &b);
}

/* Not cached: a constant is shared by every thread of a gil=none VM. Equal
** to the hash of the str with the same ASCII text, as in CPython. */
static int bytes_hash(GpThread *t, GpValue self, int64_t *h) {
  (void)t;
  *h = gp_str_hash_bytes(BYTES(self)->data, BYTES(self)->len);
  return 0;
}

/* --------------------------------------------------------------- iteration */

typedef struct BytesIter {
  GpObj ob;
  GpValue seq;
  size_t i;
} BytesIter;

static void bytesiter_dealloc(GpObj *o) {
  GP_DECREF(((BytesIter *)o)->seq);
}

static int bytesiter_next(GpThread *t, GpValue self, GpValue *out) {
  (void)t;
  BytesIter *it = (BytesIter *)self.as.o;
  const GpBytes *s = BYTES(it->seq);
  if (it->i >= s->len) return 0;
  *out = gp_intv((unsigned char)s->data[it->i++]);
  return 1;
}

static GpValue bytesiter_length_hint(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "__length_hint__", nargs - 1, kw) < 0) return GP_ERRV;
  const BytesIter *it = (const BytesIter *)args[0].as.o;
  size_t len = BYTES(it->seq)->len;
  return gp_intv(it->i < len ? (int64_t)(len - it->i) : 0);
}

static const GpMethodDef bytesiter_methods[] = {{"__length_hint__", bytesiter_length_hint},
                                                {NULL, NULL}};

static GpType bytes_iterator_type = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "bytes_iterator",
    .dealloc = bytesiter_dealloc,
    .iter = gp_iter_self,
    .next = bytesiter_next,
    .methods = bytesiter_methods,
};

static GpValue bytes_iter(GpThread *t, GpValue self) {
  BytesIter *it = (BytesIter *)gp_alloc(t, &bytes_iterator_type, sizeof(BytesIter));
  if (!it) return gp_raise_nomem(t);
  GP_INCREF(self);
  it->seq = self;
  return gp_objv(&it->ob);
}

/* ---------------------------------------------------------------- protocol */

static int bytes_len(GpThread *t, GpValue self, int64_t *n) {
  (void)t;
  *n = (int64_t)BYTES(self)->len;
  return 0;
}

/* Where needle first occurs in hay[from, to), or -1. */
static int64_t bytes_search(const char *hay, size_t from, size_t to, const char *needle, size_t n) {
  if (to < from || to - from < n) return -1;
  for (size_t i = from; i + n <= to; i++)
    if (memcmp(hay + i, needle, n) == 0) return (int64_t)i;
  return -1;
}

/* Where needle last occurs in hay[from, to), or -1. */
static int64_t bytes_rsearch(const char *hay, size_t from, size_t to, const char *needle,
                             size_t n) {
  if (to < from || to - from < n) return -1;
  for (size_t i = to - n + 1; i-- > from;)
    if (memcmp(hay + i, needle, n) == 0) return (int64_t)i;
  return -1;
}

/* The needle of `in`, find and count: bytes, or an int standing for a byte. */
static int needle_arg(GpThread *t, GpValue v, char *one, const char **s, size_t *n) {
  if (IS_BYTES(v)) return bytes_arg(t, v, s, n);
  if (!GP_IS_INT(v) && !GP_IS_BOOL(v) && !GP_IS_TYPE(v, gp_type_int) && !gp_is_inst(v)) {
    gp_raise(t, &gp_exc_TypeError, "argument should be integer or bytes-like object, not '%s'",
             gp_type_name(v));
    return -1;
  }
  unsigned char c;
  if (byte_value(t, v, "byte must be in range(0, 256)", &c) < 0) return -1;
  *one = (char)c;
  *s = one;
  *n = 1;
  return 0;
}

static int bytes_contains(GpThread *t, GpValue self, GpValue item) {
  char one;
  const char *s;
  size_t n;
  bool intlike = GP_IS_INT(item) || GP_IS_BOOL(item) || GP_IS_TYPE(item, gp_type_int);
  if (!intlike && !IS_BYTES(item) && gp_is_buffer(item)) {
    GpValue copy = gp_buffer_copy(t, item);
    int r = GP_IS_ERR(copy) ? -1 : bytes_contains(t, self, copy);
    GP_DECREF(copy);
    return r;
  }
  if (!intlike && !IS_BYTES(item)) return bytes_arg(t, item, &s, &n);
  if (needle_arg(t, item, &one, &s, &n) < 0) return -1;
  return bytes_search(BYTES(self)->data, 0, BYTES(self)->len, s, n) >= 0;
}

static GpValue bytes_getitem(GpThread *t, GpValue self, GpValue key) {
  const GpBytes *s = BYTES(self);
  if (GP_IS_TYPE(key, gp_type_slice)) {
    const GpSliceObj *k = (const GpSliceObj *)key.as.o;
    return gp_bytes_getslice(t, self, k->start, k->stop, k->step);
  }
  size_t i;
  if (gp_seq_index(t, key, s->len, "byte", "index out of range", &i) < 0) return GP_ERRV;
  return gp_intv((unsigned char)s->data[i]);
}

GpValue gp_bytes_getslice(GpThread *t, GpValue self, GpValue lo, GpValue hi, GpValue step) {
  const GpBytes *s = BYTES(self);
  GpSlice sl;
  if (gp_slice_resolve(t, lo, hi, step, (int64_t)s->len, &sl) < 0) return GP_ERRV;
  if (sl.step == 1) return gp_bytes_new(t, s->data + sl.start, (size_t)sl.count);
  GpBuf b;
  gp_buf_init(&b);
  for (int64_t k = 0, i = sl.start; k < sl.count; k++, i += sl.step)
    gp_buf_putc(&b, s->data[i]);
  return gp_bytes_from_buf(t, &b);
}

GpValue gp_bytes_reversed(GpThread *t, GpValue self) {
  GpValue r = gp_bytes_getslice(t, self, GP_NONEV, GP_NONEV, gp_intv(-1));
  if (GP_IS_ERR(r)) return r;
  GpValue it = bytes_iter(t, r);
  GP_DECREF(r);
  return it;
}

static GpValue bytes_repeat(GpThread *t, GpValue self, GpValue count) {
  int64_t k;
  if (gp_repeat_count(t, count, &k) < 0) return GP_ERRV;
  const GpBytes *s = BYTES(self);
  if (k <= 0 || s->len == 0) return gp_bytes_new(t, "", 0);
  if ((uint64_t)k > (GP_SEQ_MAX * sizeof(GpValue)) / s->len) return gp_raise_nomem(t);
  GpBytes *r = (GpBytes *)gp_alloc(t, &gp_type_bytes, sizeof(GpBytes) + s->len * (size_t)k + 1);
  if (!r) return gp_raise_nomem(t);
  r->len = s->len * (size_t)k;
  for (int64_t i = 0; i < k; i++)
    memcpy(r->data + (size_t)i * s->len, s->data, s->len);
  return gp_objv(&r->ob);
}

/* ------------------------------------------------------------- bytes % x */

/* Latin-1 text of n bytes: each byte the code point of its value. */
static GpValue latin1_text(GpThread *t, const char *p, size_t n) {
  GpBuf b;
  gp_buf_init(&b);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)p[i];
    if (c >= 0x80) gp_buf_putc(&b, (char)(0xc0 | c >> 6));
    gp_buf_putc(&b, (char)(c < 0x80 ? c : 0x80 | (c & 0x3f)));
  }
  return gp_buf_finish(t, &b);
}

/* The bytes of Latin-1 text (UTF-8 with every code point below 256). */
static GpValue latin1_bytes(GpThread *t, const char *s, size_t n) {
  GpBuf b;
  gp_buf_init(&b);
  for (size_t i = 0, k; i < n; i += k)
    gp_buf_putc(&b, (char)gp_utf8_decode(s + i, &k));
  return gp_bytes_from_buf(t, &b);
}

/* %c's byte: an int below 256 or a bytes of one. */
static int mod_char(GpThread *t, GpValue v, char *out) {
  if (IS_BYTES(v) && BYTES(v)->len == 1) {
    *out = BYTES(v)->data[0];
    return 0;
  }
  bool small = GP_IS_INT(v) || GP_IS_BOOL(v);
  if (!small && !GP_IS_TYPE(v, gp_type_int)) {
    gp_raise(t, &gp_exc_TypeError, "%%c requires an integer in range(256) or a single byte");
    return -1;
  }
  if (!small || v.as.i < 0 || v.as.i > 255) { /* a bignum is out of range too */
    gp_raise(t, &gp_exc_OverflowError, "%%c arg not in range(256)");
    return -1;
  }
  *out = (char)v.as.i;
  return 0;
}

/* One conversion of bytes % x, as Latin-1 text: %s and %b take a
** bytes-like value, %a and %r ascii(), %c a byte; str's numbers. */
static GpValue mod_convert(GpThread *t, GpValue v, const GpModConv *mc, size_t at) {
  GpValue text;
  char c, conv = mc->conv;
  if (conv == 's' || conv == 'b') {
    GpValue copy;
    int k = gp_is_buffer(v) ? 0 : dunder_bytes(t, v, &copy);
    if (k < 0) return GP_ERRV;
    if (k == 0 && !gp_is_buffer(v))
      return gp_raise(t, &gp_exc_TypeError,
                      "%%b requires a bytes-like object, or an object that implements "
                      "__bytes__, not '%s'",
                      gp_type_name(v));
    if (k == 0) copy = gp_buffer_copy(t, v);
    if (GP_IS_ERR(copy)) return copy;
    const GpBytes *by = BYTES(gp_unwrap(copy)); /* __bytes__ may give a subclass's */
    text = latin1_text(t, by->data, by->len);
    GP_DECREF(copy);
  } else if (conv == 'r' || conv == 'a') {
    text = gp_ascii(t, v);
  } else if (conv == 'c') {
    text = mod_char(t, v, &c) < 0 ? GP_ERRV : latin1_text(t, &c, 1);
  } else {
    return gp_str_mod_convert(t, v, mc, at);
  }
  if (GP_IS_ERR(text)) return text;
  GpModConv as_text = *mc; /* width and precision, on the Latin-1 text */
  as_text.conv = 's';
  GpValue r = gp_str_mod_convert(t, text, &as_text, at);
  GP_DECREF(text);
  return r;
}

/* str's printf-style formatting on the format's Latin-1 text; mapping
** keys are bytes. A bytes-like argument is one value, not a mapping. */
GpValue gp_bytes_mod(GpThread *t, GpValue fmt, GpValue arg) {
  static const GpModHooks hooks = {mod_convert, latin1_bytes, "bytes", true};
  GpValue text = gp_is_buffer(fmt) ? gp_buffer_copy(t, fmt) : GP_ERRV;
  GpValue f = GP_IS_ERR(text) ? text : latin1_text(t, BYTES(text)->data, BYTES(text)->len);
  GP_DECREF(text);
  GpValue one = gp_is_buffer(arg) ? gp_tuple_pack(t, 1, &arg) : GP_ERRV;
  GpValue r = GP_IS_ERR(f) || (gp_is_buffer(arg) && GP_IS_ERR(one))
                  ? GP_ERRV
                  : gp_mod_format(t, f, GP_IS_ERR(one) ? arg : one, &hooks);
  GP_DECREF(f);
  GP_DECREF(one);
  if (GP_IS_ERR(r)) return r;
  GpValue out = latin1_bytes(t, GP_STR(r)->data, GP_STR(r)->len);
  GP_DECREF(r);
  return out;
}

/* Returns NotImplemented (GP_ERRV, no exception) for what bytes do not do. */
static GpValue bytes_binop(GpThread *t, GpBinOp op, GpValue a, GpValue b, bool inplace) {
  (void)inplace;
  if (op == GP_OP_ADD && IS_BYTES(a)) {
    if (!gp_is_buffer(b))
      return gp_raise(t, &gp_exc_TypeError, "can't concat %s to bytes", gp_type_name(b));
    GpValue tail = gp_buffer_copy(t, b);
    if (GP_IS_ERR(tail)) return tail;
    GpBuf buf;
    gp_buf_init(&buf);
    gp_buf_put(&buf, BYTES(a)->data, BYTES(a)->len);
    gp_buf_put(&buf, BYTES(tail)->data, BYTES(tail)->len);
    GP_DECREF(tail);
    return gp_bytes_from_buf(t, &buf);
  }
  if (op == GP_OP_MUL) return IS_BYTES(a) ? bytes_repeat(t, a, b) : bytes_repeat(t, b, a);
  if (op == GP_OP_MOD && IS_BYTES(a)) return gp_bytes_mod(t, a, b);
  return GP_ERRV;
}

/* bytes and bytearray compare by content; a memoryview only for == and !=. */
GpValue gp_bytes_compare(GpThread *t, GpCmpOp op, GpValue a, GpValue b) {
  bool view = GP_IS_TYPE(a, gp_type_memoryview) || GP_IS_TYPE(b, gp_type_memoryview);
  if (!gp_is_buffer(a) || !gp_is_buffer(b) || (view && op != GP_CMP_EQ && op != GP_CMP_NE))
    return GP_ERRV;
  if (gp_memview_is_cast(a) || gp_memview_is_cast(b)) return gp_memview_compare_items(t, op, a, b);
  GpValue ca = gp_buffer_copy(t, a), cb = GP_IS_ERR(ca) ? GP_ERRV : gp_buffer_copy(t, b);
  if (GP_IS_ERR(cb)) {
    GP_DECREF(ca);
    return GP_ERRV;
  }
  const GpBytes *x = BYTES(ca), *y = BYTES(cb);
  size_t n = x->len < y->len ? x->len : y->len;
  int c = memcmp(x->data, y->data, n);
  if (c == 0) c = (x->len > y->len) - (x->len < y->len);
  GP_DECREF(ca);
  GP_DECREF(cb);
  return gp_boolv(gp_cmp_holds(op, c));
}

/* ----------------------------------------------------------------- methods */

#define SELF BYTES(args[0])

/* The span [*lo, *hi) of optional start/end arguments, as str's methods;
** false when start lies beyond the end (nothing can match there). */
static int bytes_span(GpThread *t, size_t len, const GpValue *a, size_t *lo, size_t *hi) {
  GpSlice sl;
  GpValue start = GP_IS_ERR(a[0]) ? GP_NONEV : a[0], end = GP_IS_ERR(a[1]) ? GP_NONEV : a[1];
  int64_t raw = 0;
  if (!GP_IS_NONE(start) && gp_slice_index(t, start, &raw) < 0) return -1;
  if (gp_slice_resolve(t, start, end, GP_NONEV, (int64_t)len, &sl) < 0) return -1;
  *lo = (size_t)sl.start;
  *hi = (size_t)(sl.start + sl.count);
  return !(raw > (int64_t)len);
}

/* The arity check of find, index, count, startswith, endswith: CPython's
** wording for these methods. */
static int span_arity(GpThread *t, const char *fname, int nargs, GpObj *kw) {
  if (kw) {
    gp_raise(t, &gp_exc_TypeError, "%s() takes no keyword arguments", fname);
    return -1;
  }
  if (nargs >= 1 && nargs <= 3) return 0;
  if (nargs < 1)
    gp_raise(t, &gp_exc_TypeError, "%s() takes at least 1 argument (0 given)", fname);
  else
    gp_raise(t, &gp_exc_TypeError, "%s() takes at most 3 arguments (%d given)", fname, nargs);
  return -1;
}

/* find/index/count share their argument handling. */
static int search_args(GpThread *t, const char *fname, const GpValue *args, int nargs, GpObj *kw,
                       char *one, const char **s, size_t *n, size_t *lo, size_t *hi) {
  if (span_arity(t, fname, nargs - 1, kw) < 0) return -1;
  GpValue span[2] = {nargs > 2 ? args[2] : GP_ERRV, nargs > 3 ? args[3] : GP_ERRV};
  if (needle_arg(t, args[1], one, s, n) < 0) return -1;
  return bytes_span(t, SELF->len, span, lo, hi);
}

/* find/index and (right) rfind/rindex; raise: index's ValueError */
static GpValue find_impl(GpThread *t, const GpValue *args, int nargs, GpObj *kw, const char *fname,
                         bool raise, bool right) {
  char one;
  const char *s;
  size_t n, lo, hi;
  int ok = search_args(t, fname, args, nargs, kw, &one, &s, &n, &lo, &hi);
  if (ok < 0) return GP_ERRV;
  int64_t at = !ok     ? -1
               : right ? bytes_rsearch(SELF->data, lo, hi, s, n)
                       : bytes_search(SELF->data, lo, hi, s, n);
  if (at < 0 && raise) return gp_raise(t, &gp_exc_ValueError, "subsection not found");
  return gp_intv(at);
}

static GpValue bytes_find(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return find_impl(t, args, nargs, kw, "find", false, false);
}
static GpValue bytes_index(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return find_impl(t, args, nargs, kw, "index", true, false);
}

static GpValue bytes_count(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  char one;
  const char *s;
  size_t n, lo, hi;
  int ok = search_args(t, "count", args, nargs, kw, &one, &s, &n, &lo, &hi);
  if (ok <= 0) return ok < 0 ? GP_ERRV : gp_intv(0);
  if (n == 0) return gp_intv((int64_t)(hi - lo + 1));
  int64_t c = 0, at;
  while ((at = bytes_search(SELF->data, lo, hi, s, n)) >= 0) {
    c++;
    lo = (size_t)at + n;
  }
  return gp_intv(c);
}

/* startswith/endswith: a bytes or a tuple of them, within [start, end). */
static GpValue fix_impl(GpThread *t, const GpValue *args, int nargs, GpObj *kw, const char *fname,
                        bool end) {
  if (span_arity(t, fname, nargs - 1, kw) < 0) return GP_ERRV;
  GpValue span[2] = {nargs > 2 ? args[2] : GP_ERRV, nargs > 3 ? args[3] : GP_ERRV};
  size_t lo, hi;
  int ok = bytes_span(t, SELF->len, span, &lo, &hi);
  if (ok < 0) return GP_ERRV;
  GpValue x = args[1];
  bool tuple = GP_IS_TYPE(x, gp_type_tuple);
  size_t count = tuple ? GP_TUPLE(x)->len : 1;
  for (size_t i = 0; i < count; i++) {
    GpValue f = tuple ? GP_TUPLE(x)->items[i] : x;
    if (!gp_is_buffer(f) && tuple) return not_bytes(t, f);
    if (!gp_is_buffer(f))
      return gp_raise(t, &gp_exc_TypeError,
                      "%s first arg must be bytes or a tuple of bytes, not %s", fname,
                      gp_type_name(f));
    GpValue copy = gp_buffer_copy(t, f); /* a tuple's bytearray: not copied by on_copies */
    if (GP_IS_ERR(copy)) return copy;
    size_t n = BYTES(copy)->len;
    bool hit =
        ok && hi - lo >= n && memcmp(SELF->data + (end ? hi - n : lo), BYTES(copy)->data, n) == 0;
    GP_DECREF(copy);
    if (hit) return gp_boolv(true);
  }
  return gp_boolv(false);
}

static GpValue bytes_startswith(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return fix_impl(t, args, nargs, kw, "startswith", false);
}
static GpValue bytes_endswith(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return fix_impl(t, args, nargs, kw, "endswith", true);
}

static bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* strip/lstrip/rstrip: which (1 left, 2 right, 3 both) of chars or whitespace. */
static GpValue strip_impl(GpThread *t, const GpValue *args, int nargs, GpObj *kw, const char *fname,
                          int which) {
  if (gp_arg_count(t, fname, nargs - 1, kw, 0, 1) < 0) return GP_ERRV;
  const char *chars = NULL, *p = SELF->data;
  size_t nchars = 0, lo = 0, hi = SELF->len;
  if (nargs > 1 && !GP_IS_NONE(args[1]) && bytes_arg(t, args[1], &chars, &nchars) < 0)
    return GP_ERRV;
#define STRIPPED(c) (chars ? memchr(chars, (c), nchars) != NULL : is_space(c))
  while ((which & 1) && lo < hi && STRIPPED(p[lo]))
    lo++;
  while ((which & 2) && hi > lo && STRIPPED(p[hi - 1]))
    hi--;
#undef STRIPPED
  return gp_bytes_new(t, p + lo, hi - lo);
}

static GpValue bytes_strip(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return strip_impl(t, args, nargs, kw, "strip", 3);
}
static GpValue bytes_lstrip(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return strip_impl(t, args, nargs, kw, "lstrip", 1);
}
static GpValue bytes_rstrip(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return strip_impl(t, args, nargs, kw, "rstrip", 2);
}

static int push_piece(GpThread *t, GpValue list, const char *s, size_t n) {
  GpValue piece = gp_bytes_new(t, s, n);
  if (GP_IS_ERR(piece)) return -1;
  int r = gp_list_append(t, list.as.o, piece);
  GP_DECREF(piece);
  return r;
}

/* Whitespace split: runs of ASCII whitespace separate, ends drop. */
static int split_ws(GpThread *t, GpValue list, const char *p, size_t len, int64_t max) {
  size_t i = 0;
  while (i < len) {
    while (i < len && is_space(p[i]))
      i++;
    if (i >= len) break;
    size_t j = i;
    if (max-- == 0) { /* the rest keeps its trailing whitespace, as CPython's */
      j = len;
    } else {
      while (j < len && !is_space(p[j]))
        j++;
    }
    if (push_piece(t, list, p + i, j - i) < 0) return -1;
    i = j;
  }
  return 0;
}

static int split_sep(GpThread *t, GpValue list, const char *p, size_t len, const char *sep,
                     size_t n, int64_t max) {
  size_t from = 0;
  int64_t at;
  while (max-- != 0 && (at = bytes_search(p, from, len, sep, n)) >= 0) {
    if (push_piece(t, list, p + from, (size_t)at - from) < 0) return -1;
    from = (size_t)at + n;
  }
  return push_piece(t, list, p + from, len - from);
}

static GpValue bytes_join(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "join", nargs - 1, kw) < 0) return GP_ERRV;
  if (!gp_typeof(args[1])->iter && !GP_IS_TYPE(args[1], gp_type_dict))
    return gp_raise(t, &gp_exc_TypeError, "can only join an iterable");
  GpValue list = gp_list_from_iter(t, args[1]);
  if (GP_IS_ERR(list)) return list;
  GpBuf b;
  gp_buf_init(&b);
  for (size_t i = 0; i < GP_LIST(list)->len; i++) {
    GpValue item = GP_LIST(list)->items[i];
    if (!gp_is_buffer(item)) {
      gp_buf_free(&b);
      GP_DECREF(list);
      return gp_raise(t, &gp_exc_TypeError,
                      "sequence item %zu: expected a bytes-like object, %s found", i,
                      gp_type_name(item));
    }
    GpValue copy = gp_buffer_copy(t, item);
    if (GP_IS_ERR(copy)) {
      gp_buf_free(&b);
      GP_DECREF(list);
      return copy;
    }
    if (i) gp_buf_put(&b, SELF->data, SELF->len);
    gp_buf_put(&b, BYTES(copy)->data, BYTES(copy)->len);
    GP_DECREF(copy);
  }
  GP_DECREF(list);
  return gp_bytes_from_buf(t, &b);
}

static GpValue bytes_replace(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "replace", nargs - 1, kw, 2, 3) < 0) return GP_ERRV;
  const char *old, *new;
  size_t nold, nnew;
  int64_t max = -1;
  if (bytes_arg(t, args[1], &old, &nold) < 0 || bytes_arg(t, args[2], &new, &nnew) < 0)
    return GP_ERRV;
  if (nargs > 3 && gp_as_index(t, args[3], &max) < 0) return GP_ERRV;
  const char *p = SELF->data;
  size_t len = SELF->len, from = 0;
  GpBuf b;
  gp_buf_init(&b);
  while (max-- != 0 && from <= len) {
    int64_t at = bytes_search(p, from, len, old, nold);
    if (at < 0) break;
    gp_buf_put(&b, p + from, (size_t)at - from);
    gp_buf_put(&b, new, nnew);
    if (nold == 0) { /* an empty pattern matches before every byte and at the end */
      if ((size_t)at < len) gp_buf_putc(&b, p[at]);
      from = (size_t)at + 1;
    } else {
      from = (size_t)at + nold;
    }
  }
  if (from < len) gp_buf_put(&b, p + from, len - from);
  return gp_bytes_from_buf(t, &b);
}

static GpValue case_impl(GpThread *t, const GpValue *args, int nargs, GpObj *kw, const char *fname,
                         bool upper) {
  if (gp_arg_none(t, fname, nargs - 1, kw) < 0) return GP_ERRV;
  GpValue r = gp_bytes_new(t, SELF->data, SELF->len);
  if (GP_IS_ERR(r)) return r;
  char *p = BYTES(r)->data;
  for (size_t i = 0; i < BYTES(r)->len; i++) {
    if (upper && p[i] >= 'a' && p[i] <= 'z') p[i] = (char)(p[i] - 32);
    if (!upper && p[i] >= 'A' && p[i] <= 'Z') p[i] = (char)(p[i] + 32);
  }
  return r;
}

static GpValue bytes_upper(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return case_impl(t, args, nargs, kw, "upper", true);
}
static GpValue bytes_lower(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return case_impl(t, args, nargs, kw, "lower", false);
}

/* hex's separator: 0 for none (sep absent or bytes_per_sep 0), else the
** ASCII character; -1 with the error CPython raises. */
static int hex_sep(GpThread *t, GpValue sep) {
  const char *p;
  size_t n;
  if (GP_IS_ERR(sep) || GP_IS_NONE(sep)) return 0;
  if (GP_IS_TYPE(sep, gp_type_str)) {
    p = GP_STR(sep)->data;
    n = GP_STR(sep)->len;
    if (n == 1 && (unsigned char)p[0] < 128) return (unsigned char)p[0];
    gp_raise(t, &gp_exc_ValueError,
             GP_STR(sep)->nchars != 1 ? "sep must be length 1." : "sep must be ASCII.");
    return -1;
  }
  if (!IS_BYTES(sep)) { /* CPython takes its length first */
    gp_raise(t, &gp_exc_TypeError, "object of type '%s' has no len()", gp_type_name(sep));
    return -1;
  }
  p = ((GpBytes *)sep.as.o)->data;
  n = ((GpBytes *)sep.as.o)->len;
  if (n != 1) {
    gp_raise(t, &gp_exc_ValueError, "sep must be length 1.");
    return -1;
  }
  if ((unsigned char)p[0] >= 128) {
    gp_raise(t, &gp_exc_ValueError, "sep must be ASCII.");
    return -1;
  }
  return (unsigned char)p[0];
}

/* b.hex(sep=None, bytes_per_sep=1): a separator every |bytes_per_sep|
** bytes, counted from the right when it is positive, the left when not. */
static GpValue bytes_hex(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"sep", "bytes_per_sep"};
  GpValue a[2];
  if (gp_parse_args(t, "hex", args + 1, nargs - 1, kw, names, 2, 0, a) < 0) return GP_ERRV;
  int sep = hex_sep(t, a[0]);
  if (sep < 0) return GP_ERRV;
  int64_t per = 1;
  if (!GP_IS_ERR(a[1]) && gp_int_to_int64(t, a[1], &per) < 0) return GP_ERRV;
  if (per == 0) sep = 0;
  size_t n = SELF->len, group = per < 0 ? (size_t)-per : (size_t)per;
  static const char digits[] = "0123456789abcdef";
  GpBuf b;
  gp_buf_init(&b);
  for (size_t i = 0; i < n; i++) {
    size_t before = per > 0 ? n - i : i; /* bytes on the counting side */
    if (sep && i > 0 && before % group == 0) gp_buf_putc(&b, (char)sep);
    unsigned char c = (unsigned char)SELF->data[i];
    gp_buf_putc(&b, digits[c >> 4]);
    gp_buf_putc(&b, digits[c & 15]);
  }
  return gp_buf_finish(t, &b);
}

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* bytes.fromhex(s): pairs of hex digits, whitespace allowed between pairs. */
static GpValue bytes_fromhex(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "fromhex", nargs, kw) < 0) return GP_ERRV;
  if (!GP_IS_TYPE(args[0], gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "fromhex() argument must be str, not %s",
                    gp_type_name(args[0]));
  const GpStr *s = GP_STR(args[0]);
  GpBuf b;
  gp_buf_init(&b);
  for (size_t i = 0; i < s->len;) {
    if (is_space(s->data[i])) {
      i++;
      continue;
    }
    int hi = hexval(s->data[i]), lo = i + 1 < s->len ? hexval(s->data[i + 1]) : -1;
    if (hi < 0 || lo < 0) {
      gp_buf_free(&b);
      size_t at = hi < 0 ? i : i + 1;
      return gp_raise(t, &gp_exc_ValueError,
                      "non-hexadecimal number found in fromhex() arg at position %zu",
                      gp_utf8_count(s->data, at));
    }
    gp_buf_putc(&b, (char)(hi * 16 + lo));
    i += 2;
  }
  return gp_bytes_from_buf(t, &b);
}

static GpValue bytes_decode(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"encoding", "errors"};
  GpValue a[2];
  if (gp_parse_args(t, "decode", args + 1, nargs - 1, kw, names, 2, 0, a) < 0) return GP_ERRV;
  return gp_bytes_decode_as(t, SELF->data, SELF->len, a[0], a[1]);
}

static GpValue bytes_rfind(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return find_impl(t, args, nargs, kw, "rfind", false, true);
}
static GpValue bytes_rindex(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return find_impl(t, args, nargs, kw, "rindex", true, true);
}

/* partition/rpartition: (head, sep, tail); not found puts the whole on the
** side the search started from. */
static GpValue partition_impl(GpThread *t, const GpValue *args, int nargs, GpObj *kw,
                              const char *fname, bool right) {
  if (gp_arg_one(t, fname, nargs - 1, kw) < 0) return GP_ERRV;
  const char *sep, *p = SELF->data;
  size_t n, len = SELF->len;
  if (bytes_arg(t, args[1], &sep, &n) < 0) return GP_ERRV;
  if (n == 0) return gp_raise(t, &gp_exc_ValueError, "empty separator");
  int64_t at = right ? bytes_rsearch(p, 0, len, sep, n) : bytes_search(p, 0, len, sep, n);
  size_t cut = at >= 0 ? (size_t)at : right ? 0 : len, nsep = at >= 0 ? n : 0;
  GpValue parts[3] = {gp_bytes_new(t, p, cut), gp_bytes_new(t, sep, nsep),
                      gp_bytes_new(t, p + cut + nsep, len - cut - nsep)};
  GpValue r = GP_IS_ERR(parts[0]) || GP_IS_ERR(parts[1]) || GP_IS_ERR(parts[2])
                  ? GP_ERRV
                  : gp_tuple_pack(t, 3, parts);
  for (int i = 0; i < 3; i++)
    GP_DECREF(parts[i]);
  return r;
}

static GpValue bytes_partition(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return partition_impl(t, args, nargs, kw, "partition", false);
}
static GpValue bytes_rpartition(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return partition_impl(t, args, nargs, kw, "rpartition", true);
}

/* Lines end at \n, \r or \r\n (not at str's other breaks). */
static GpValue bytes_splitlines(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"keepends"};
  GpValue keep;
  if (gp_parse_args(t, "splitlines", args + 1, nargs - 1, kw, names, 1, 0, &keep) < 0)
    return GP_ERRV;
  int keepends = GP_IS_ERR(keep) ? 0 : gp_truthy(t, keep);
  if (keepends < 0) return GP_ERRV;
  GpValue list = gp_list_new(t, 0);
  if (GP_IS_ERR(list)) return list;
  const char *p = SELF->data;
  size_t len = SELF->len;
  for (size_t i = 0; i < len;) {
    size_t j = i;
    while (j < len && p[j] != '\n' && p[j] != '\r')
      j++;
    size_t eol = j < len ? (p[j] == '\r' && j + 1 < len && p[j + 1] == '\n' ? 2 : 1) : 0;
    if (push_piece(t, list, p + i, j - i + (keepends ? eol : 0)) < 0) {
      GP_DECREF(list);
      return GP_ERRV;
    }
    i = j + eol;
  }
  return list;
}

/* rsplit's whitespace form: runs of whitespace separate, from the right. */
static int rsplit_ws(GpThread *t, GpValue list, const char *p, size_t len, int64_t max) {
  size_t j = len;
  while (j > 0) {
    while (j > 0 && is_space(p[j - 1]))
      j--;
    if (j == 0) break;
    size_t i = j;
    if (max-- == 0) { /* the rest keeps its leading whitespace, as CPython's */
      i = 0;
    } else {
      while (i > 0 && !is_space(p[i - 1]))
        i--;
    }
    if (push_piece(t, list, p + i, j - i) < 0) return -1;
    j = i;
  }
  return 0;
}

static int rsplit_sep(GpThread *t, GpValue list, const char *p, size_t len, const char *sep,
                      size_t n, int64_t max) {
  size_t to = len;
  int64_t at;
  while (max-- != 0 && (at = bytes_rsearch(p, 0, to, sep, n)) >= 0) {
    if (push_piece(t, list, p + at + n, to - (size_t)at - n) < 0) return -1;
    to = (size_t)at;
  }
  return push_piece(t, list, p, to);
}

/* split and rsplit: the arguments, and the pieces found from the left or
** (right) from the right, in the order found. */
static GpValue split_either(GpThread *t, const GpValue *args, int nargs, GpObj *kw, bool right) {
  static const char *const names[] = {"sep", "maxsplit"};
  GpValue a[2];
  if (gp_parse_args(t, right ? "rsplit" : "split", args + 1, nargs - 1, kw, names, 2, 0, a) < 0)
    return GP_ERRV;
  int64_t max = -1;
  if (!GP_IS_ERR(a[1]) && gp_as_index(t, a[1], &max) < 0) return GP_ERRV;
  const char *sep = NULL;
  size_t n = 0;
  if (!GP_IS_ERR(a[0]) && !GP_IS_NONE(a[0])) {
    if (bytes_arg(t, a[0], &sep, &n) < 0) return GP_ERRV;
    if (n == 0) return gp_raise(t, &gp_exc_ValueError, "empty separator");
  }
  GpValue list = gp_list_new(t, 0);
  if (GP_IS_ERR(list)) return list;
  const char *p = SELF->data;
  size_t len = SELF->len;
  int r = right ? (sep ? rsplit_sep(t, list, p, len, sep, n, max) : rsplit_ws(t, list, p, len, max))
                : (sep ? split_sep(t, list, p, len, sep, n, max) : split_ws(t, list, p, len, max));
  if (r < 0) {
    GP_DECREF(list);
    return GP_ERRV;
  }
  return list;
}

static GpValue bytes_split(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return split_either(t, args, nargs, kw, false);
}

/* rsplit collects from the right, then reverses, as CPython does. */
static GpValue bytes_rsplit(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  GpValue list = split_either(t, args, nargs, kw, true);
  if (GP_IS_ERR(list)) return list;
  GpValue *items = GP_LIST(list)->items; /* the list is new: no other thread sees it */
  for (size_t i = 0, n = GP_LIST(list)->len; i < n / 2; i++) {
    GpValue x = items[i];
    items[i] = items[n - 1 - i];
    items[n - 1 - i] = x;
  }
  return list;
}

/* ------------------------------------------------ ASCII classes and case */

static bool is_lower(char c) {
  return c >= 'a' && c <= 'z';
}
static bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
static bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
static bool is_alpha(char c) {
  return is_lower(c) || is_upper(c);
}
static bool is_alnum(char c) {
  return is_alpha(c) || is_digit(c);
}
static char to_upper(char c) {
  return is_lower(c) ? (char)(c - 32) : c;
}
static char to_lower(char c) {
  return is_upper(c) ? (char)(c + 32) : c;
}

/* isdigit, isalpha, isalnum, isspace: not empty, and every byte in the class. */
static GpValue all_impl(GpThread *t, const GpValue *args, int nargs, GpObj *kw, const char *fname,
                        bool (*in_class)(char)) {
  if (gp_arg_none(t, fname, nargs - 1, kw) < 0) return GP_ERRV;
  for (size_t i = 0; i < SELF->len; i++)
    if (!in_class(SELF->data[i])) return gp_boolv(false);
  return gp_boolv(SELF->len > 0);
}

static GpValue bytes_isdigit(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return all_impl(t, args, nargs, kw, "isdigit", is_digit);
}
static GpValue bytes_isalpha(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return all_impl(t, args, nargs, kw, "isalpha", is_alpha);
}
static GpValue bytes_isalnum(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return all_impl(t, args, nargs, kw, "isalnum", is_alnum);
}
static GpValue bytes_isspace(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return all_impl(t, args, nargs, kw, "isspace", is_space);
}

static GpValue bytes_isascii(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "isascii", nargs - 1, kw) < 0) return GP_ERRV;
  for (size_t i = 0; i < SELF->len; i++)
    if ((unsigned char)SELF->data[i] >= 0x80) return gp_boolv(false);
  return gp_boolv(true);
}

/* isupper/islower: some cased byte, and none of the other case. */
static GpValue cased_impl(GpThread *t, const GpValue *args, int nargs, GpObj *kw, const char *fname,
                          bool upper) {
  if (gp_arg_none(t, fname, nargs - 1, kw) < 0) return GP_ERRV;
  bool cased = false;
  for (size_t i = 0; i < SELF->len; i++) {
    char c = SELF->data[i];
    if (upper ? is_lower(c) : is_upper(c)) return gp_boolv(false);
    cased |= upper ? is_upper(c) : is_lower(c);
  }
  return gp_boolv(cased);
}

static GpValue bytes_isupper(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return cased_impl(t, args, nargs, kw, "isupper", true);
}
static GpValue bytes_islower(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return cased_impl(t, args, nargs, kw, "islower", false);
}

/* Uppercase only after an uncased byte, lowercase only after a cased one. */
static GpValue bytes_istitle(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "istitle", nargs - 1, kw) < 0) return GP_ERRV;
  bool cased = false, prev_cased = false;
  for (size_t i = 0; i < SELF->len; i++) {
    char c = SELF->data[i];
    if ((is_upper(c) && prev_cased) || (is_lower(c) && !prev_cased)) return gp_boolv(false);
    prev_cased = is_alpha(c);
    cased |= prev_cased;
  }
  return gp_boolv(cased);
}

typedef enum { CASE_TITLE, CASE_CAPITALIZE, CASE_SWAP } CaseMap;

static GpValue casemap_impl(GpThread *t, const GpValue *args, int nargs, GpObj *kw,
                            const char *fname, CaseMap how) {
  if (gp_arg_none(t, fname, nargs - 1, kw) < 0) return GP_ERRV;
  GpValue r = gp_bytes_new(t, SELF->data, SELF->len);
  if (GP_IS_ERR(r)) return r;
  char *p = BYTES(r)->data;
  bool prev_cased = false;
  for (size_t i = 0; i < BYTES(r)->len; i++) {
    char c = p[i];
    if (how == CASE_SWAP)
      p[i] = is_upper(c) ? to_lower(c) : to_upper(c);
    else if (how == CASE_CAPITALIZE)
      p[i] = i == 0 ? to_upper(c) : to_lower(c);
    else
      p[i] = prev_cased ? to_lower(c) : to_upper(c);
    prev_cased = is_alpha(c);
  }
  return r;
}

static GpValue bytes_title(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return casemap_impl(t, args, nargs, kw, "title", CASE_TITLE);
}
static GpValue bytes_capitalize(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return casemap_impl(t, args, nargs, kw, "capitalize", CASE_CAPITALIZE);
}
static GpValue bytes_swapcase(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return casemap_impl(t, args, nargs, kw, "swapcase", CASE_SWAP);
}

/* ---------------------------------------------------------------- padding */

/* self padded to width with left fill bytes before it, the rest after. */
static GpValue pad(GpThread *t, GpValue self, size_t width, size_t left, char fill) {
  const GpBytes *s = BYTES(self);
  GpValue r = gp_bytes_zero(t, width);
  if (GP_IS_ERR(r)) return r;
  char *p = BYTES(r)->data;
  memset(p, fill, width);
  memcpy(p + left, s->data, s->len);
  return r;
}

/* center, ljust, rjust: (width[, fillchar]); which: 0 center, 1 ljust, 2 rjust. */
static GpValue just_impl(GpThread *t, const GpValue *args, int nargs, GpObj *kw, const char *fname,
                         int which) {
  if (kw) return gp_raise(t, &gp_exc_TypeError, "%s() takes no keyword arguments", fname);
  if (gp_arg_count(t, fname, nargs - 1, NULL, 1, 2) < 0) return GP_ERRV;
  int64_t width;
  if (gp_as_index(t, args[1], &width) < 0) return GP_ERRV;
  char fill = ' ';
  if (nargs > 2) {
    if (!IS_BYTES(args[2]) || BYTES(args[2])->len != 1)
      return gp_raise(t, &gp_exc_TypeError,
                      "%s() argument 2 must be a byte string of length 1, not %s", fname,
                      gp_type_name(args[2]));
    fill = BYTES(args[2])->data[0];
  }
  size_t len = SELF->len;
  if (width <= (int64_t)len) return gp_bytes_new(t, SELF->data, len);
  size_t padn = (size_t)width - len;
  size_t left = which == 1 ? 0 : which == 2 ? padn : padn / 2 + (padn & (size_t)width & 1);
  return pad(t, args[0], (size_t)width, left, fill);
}

static GpValue bytes_center(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return just_impl(t, args, nargs, kw, "center", 0);
}
static GpValue bytes_ljust(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return just_impl(t, args, nargs, kw, "ljust", 1);
}
static GpValue bytes_rjust(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return just_impl(t, args, nargs, kw, "rjust", 2);
}

/* Zeros on the left, after a leading sign. */
static GpValue bytes_zfill(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "zfill", nargs - 1, kw) < 0) return GP_ERRV;
  int64_t width;
  if (gp_as_index(t, args[1], &width) < 0) return GP_ERRV;
  size_t len = SELF->len;
  if (width <= (int64_t)len) return gp_bytes_new(t, SELF->data, len);
  GpValue r = pad(t, args[0], (size_t)width, (size_t)width - len, '0');
  if (GP_IS_ERR(r)) return r;
  char *p = BYTES(r)->data, *first = p + ((size_t)width - len);
  if (len && (*first == '+' || *first == '-')) {
    p[0] = *first;
    *first = '0';
  }
  return r;
}

static GpValue affix_impl(GpThread *t, const GpValue *args, int nargs, GpObj *kw, const char *fname,
                          bool suffix) {
  if (gp_arg_one(t, fname, nargs - 1, kw) < 0) return GP_ERRV;
  const char *a;
  size_t n, len = SELF->len;
  if (bytes_arg(t, args[1], &a, &n) < 0) return GP_ERRV;
  bool has = n <= len && memcmp(SELF->data + (suffix ? len - n : 0), a, n) == 0;
  if (!has || n == 0) return gp_bytes_new(t, SELF->data, len);
  return gp_bytes_new(t, SELF->data + (suffix ? 0 : n), len - n);
}

static GpValue bytes_removeprefix(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return affix_impl(t, args, nargs, kw, "removeprefix", false);
}
static GpValue bytes_removesuffix(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return affix_impl(t, args, nargs, kw, "removesuffix", true);
}

/* ------------------------------------------------------ translate, tabs */

/* translate(table, /, delete=b''): table None or 256 bytes. */
static GpValue bytes_translate(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"table", "delete"};
  GpValue a[2];
  if (gp_parse_args(t, "translate", args + 1, nargs - 1, kw, names, 2, 1, a) < 0) return GP_ERRV;
  const char *table = NULL, *del = "";
  size_t ntable = 0, ndel = 0;
  if (!GP_IS_NONE(a[0])) {
    if (bytes_arg(t, a[0], &table, &ntable) < 0) return GP_ERRV;
    if (ntable != 256)
      return gp_raise(t, &gp_exc_ValueError, "translation table must be 256 characters long");
  }
  if (!GP_IS_ERR(a[1]) && bytes_arg(t, a[1], &del, &ndel) < 0) return GP_ERRV;
  GpBuf b;
  gp_buf_init(&b);
  for (size_t i = 0; i < SELF->len; i++) {
    unsigned char c = (unsigned char)SELF->data[i];
    if (ndel && memchr(del, c, ndel)) continue;
    gp_buf_putc(&b, table ? table[c] : (char)c);
  }
  return gp_bytes_from_buf(t, &b);
}

/* bytes.maketrans(frm, to): the identity table with frm's bytes mapped to to's. */
static GpValue bytes_maketrans(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "maketrans", nargs, kw, 2, 2) < 0) return GP_ERRV;
  const char *from, *to;
  size_t nfrom, nto;
  if (bytes_arg(t, args[0], &from, &nfrom) < 0 || bytes_arg(t, args[1], &to, &nto) < 0)
    return GP_ERRV;
  if (nfrom != nto)
    return gp_raise(t, &gp_exc_ValueError, "maketrans arguments must have same length");
  GpValue r = gp_bytes_zero(t, 256);
  if (GP_IS_ERR(r)) return r;
  unsigned char *p = (unsigned char *)BYTES(r)->data;
  for (int i = 0; i < 256; i++)
    p[i] = (unsigned char)i;
  for (size_t i = 0; i < nfrom; i++)
    p[(unsigned char)from[i]] = (unsigned char)to[i];
  return r;
}

/* Tabs to spaces up to the next multiple of tabsize; \n and \r restart the column. */
static GpValue bytes_expandtabs(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"tabsize"};
  GpValue a;
  if (gp_parse_args(t, "expandtabs", args + 1, nargs - 1, kw, names, 1, 0, &a) < 0) return GP_ERRV;
  int64_t tab = 8;
  if (!GP_IS_ERR(a) && gp_as_index(t, a, &tab) < 0) return GP_ERRV;
  GpBuf b;
  gp_buf_init(&b);
  size_t col = 0;
  for (size_t i = 0; i < SELF->len && !b.oom; i++) {
    char c = SELF->data[i];
    if (c == '\t') {
      for (int64_t k = tab > 0 ? tab - (int64_t)(col % (size_t)tab) : 0; k > 0; k--, col++)
        gp_buf_putc(&b, ' ');
      continue;
    }
    gp_buf_putc(&b, c);
    col = c == '\n' || c == '\r' ? 0 : col + 1;
  }
  return gp_bytes_from_buf(t, &b);
}

#undef SELF

/* Calls fn with every bytearray and memoryview among self and the
** arguments replaced by a bytes copy (taken under its lock): the methods
** above read plain, immutable bytes, even while another thread resizes a
** shared bytearray. */
static GpValue on_copies(GpThread *t, GpNativeFn fn, const GpValue *args, int nargs, GpObj *kw) {
  bool any = false; /* nargs counts the keyword arguments' values too */
  for (int i = 0; i < nargs; i++)
    any |= gp_is_buffer(args[i]) && !IS_BYTES(args[i]);
  if (!any) return fn(t, args, nargs, kw);
  GpValue *copies = malloc((size_t)nargs * sizeof *copies);
  if (!copies) return gp_raise_nomem(t);
  int made = 0;
  for (; made < nargs; made++) {
    GpValue v = args[made];
    copies[made] = gp_is_buffer(v) ? gp_buffer_copy(t, v) : v;
    if (GP_IS_ERR(copies[made])) break;
    if (!gp_is_buffer(v)) GP_INCREF(v);
  }
  GpValue r = made == nargs ? fn(t, copies, nargs, kw) : GP_ERRV;
  for (int i = 0; i < made; i++)
    GP_DECREF(copies[i]);
  free(copies);
  return r;
}

#define BYTES_WRAPPER(name)                                                                        \
  static GpValue b_##name(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {                \
    return on_copies(t, bytes_##name, args, nargs, kw);                                            \
  }                                                                                                \
  GpValue gp_bytearray_##name(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {            \
    return gp_bytearray_result(t, on_copies(t, bytes_##name, args, nargs, kw));                    \
  }
GP_BYTES_SHARED_METHODS(BYTES_WRAPPER)
#undef BYTES_WRAPPER

#define BYTES_DEF(name) {#name, b_##name},
static const GpMethodDef bytes_methods[] = {GP_BYTES_SHARED_METHODS(BYTES_DEF){NULL, NULL}};
#undef BYTES_DEF

/* fromhex, a class method: args[0] is the class. */
static GpValue bytes_fromhex_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return gp_class_result(t, args[0], &gp_type_bytes,
                         on_copies(t, bytes_fromhex, args + 1, nargs - 1, kw));
}
static GpValue bytes_maketrans_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return on_copies(t, bytes_maketrans, args, nargs, kw);
}
static GpValue bytearray_fromhex(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  GpValue r = gp_bytearray_result(t, bytes_fromhex(t, args + 1, nargs - 1, kw));
  return gp_class_result(t, args[0], &gp_type_bytearray, r);
}
const GpMethodDef gp_bytes_statics[] = {{"maketrans", bytes_maketrans_m}, {NULL, NULL}};
static const GpMethodDef bytes_classmethods[] = {{"fromhex", bytes_fromhex_m}, {NULL, NULL}};
const GpMethodDef gp_bytearray_classmethods[] = {{"fromhex", bytearray_fromhex}, {NULL, NULL}};

static const GpTypeOps bytes_ops = {
    .len = bytes_len,
    .contains = bytes_contains,
    .getitem = bytes_getitem,
    .binop = bytes_binop,
    .compare = gp_bytes_compare,
    .statics = gp_bytes_statics,
    .classmethods = bytes_classmethods,
};

GpType gp_type_bytes = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "bytes",
    .repr = bytes_repr,
    .hash = bytes_hash,
    .iter = bytes_iter,
    .call = bytes_call,
    .methods = bytes_methods,
    .ops = &bytes_ops,
};
