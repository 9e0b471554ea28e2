/*
** str.c — immutable UTF-8 strings: construction, hashing, repr, indexing
** by code point, slicing, comparison, the methods and str.format.
** An ASCII str (len == nchars) indexes in O(1); others scan.
*/
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "numproto.h"
#include "obj.h"

/* -------------------------------------------------------------- buffers */

void gp_buf_init(GpBuf *b) {
  b->p = b->small;
  b->len = 0;
  b->cap = sizeof b->small;
  b->oom = false;
}

static bool buf_reserve(GpBuf *b, size_t extra) {
  if (b->oom) return false;
  if (b->len + extra + 1 <= b->cap) return true;
  size_t ncap = b->cap * 2;
  while (ncap < b->len + extra + 1)
    ncap *= 2;
  char *np = b->p == b->small ? malloc(ncap) : realloc(b->p, ncap);
  if (!np) {
    b->oom = true;
    return false;
  }
  if (b->p == b->small) memcpy(np, b->small, b->len);
  b->p = np;
  b->cap = ncap;
  return true;
}

void gp_buf_put(GpBuf *b, const char *s, size_t n) {
  if (n == 0 || !buf_reserve(b, n)) return;
  memcpy(b->p + b->len, s, n);
  b->len += n;
}

void gp_buf_putc(GpBuf *b, char c) {
  if (!buf_reserve(b, 1)) return;
  b->p[b->len++] = c;
}

void gp_buf_puts(GpBuf *b, const char *s) {
  gp_buf_put(b, s, strlen(s));
}

void gp_buf_putstr(GpBuf *b, GpValue s) {
  gp_buf_put(b, GP_STR(s)->data, GP_STR(s)->len);
}

int gp_buf_repr(GpThread *t, GpBuf *b, GpValue v) {
  GpValue r = gp_repr(t, v);
  if (GP_IS_ERR(r)) return -1;
  gp_buf_putstr(b, r);
  GP_DECREF(r);
  return 0;
}

void gp_buf_free(GpBuf *b) {
  if (b->p != b->small) free(b->p);
  gp_buf_init(b);
}

GpValue gp_buf_finish(GpThread *t, GpBuf *b) {
  GpValue r = b->oom ? gp_raise_nomem(t) : gp_str_new(t, b->p, b->len);
  gp_buf_free(b);
  return r;
}

/* --------------------------------------------------------- construction */

static GpStr *str_alloc(GpThread *t, size_t len) {
  if (len > SIZE_MAX / 2) return NULL;
  GpStr *s = (GpStr *)gp_alloc(t, &gp_type_str, sizeof(GpStr) + len + 1);
  if (!s) return NULL;
  s->len = len;
  s->hash = -1;
  return s;
}

/* Sets nchars/ascii once data is filled. */
static GpValue str_done(GpStr *s) {
  s->data[s->len] = '\0';
  s->nchars = gp_utf8_count(s->data, s->len);
  s->ascii = s->nchars == s->len;
  return gp_objv(&s->ob);
}

static GpValue str_with(GpThread *t, const char *p, size_t len, size_t nchars) {
  if (len == 0) return gp_str_empty();
  if (nchars == 1 && len == 1) return gp_str_char(t, (unsigned char)p[0]);
  GpStr *s = str_alloc(t, len);
  if (!s) return gp_raise_nomem(t);
  memcpy(s->data, p, len);
  s->data[len] = '\0';
  s->nchars = nchars;
  s->ascii = nchars == len;
  return gp_objv(&s->ob);
}

GpValue gp_str_new(GpThread *t, const char *p, size_t len) {
  if (!t) { /* for gp_intern: never a cached object */
    GpStr *s = str_alloc(NULL, len);
    if (!s) return GP_ERRV;
    if (len) memcpy(s->data, p, len);
    return str_done(s);
  }
  return str_with(t, p, len, gp_utf8_count(p, len));
}

GpValue gp_str_cstr(GpThread *t, const char *s) {
  return gp_str_new(t, s, strlen(s));
}

GpValue gp_str_printf(GpThread *t, const char *fmt, ...) {
  char small[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) return gp_raise_nomem(t);
  if ((size_t)n < sizeof small) return gp_str_new(t, small, (size_t)n);
  char *big = malloc((size_t)n + 1);
  if (!big) return gp_raise_nomem(t);
  va_start(ap, fmt);
  vsnprintf(big, (size_t)n + 1, fmt, ap);
  va_end(ap);
  GpValue r = gp_str_new(t, big, (size_t)n);
  free(big);
  return r;
}

/* The empty str and the 128 one-char ASCII strs are interned once. */
static GpObj *ascii_chars[128];
static GpObj *empty_str;
static pthread_once_t chars_once = PTHREAD_ONCE_INIT;

static void chars_init(void) {
  for (int i = 0; i < 128; i++) {
    char c = (char)i;
    ascii_chars[i] = gp_intern(&c, 1);
  }
  empty_str = gp_intern("", 0);
}

GpValue gp_str_empty(void) {
  pthread_once(&chars_once, chars_init);
  return gp_objv(empty_str);
}

GpValue gp_str_char(GpThread *t, uint32_t cp) {
  if (cp < 128) {
    pthread_once(&chars_once, chars_init);
    return gp_objv(ascii_chars[cp]);
  }
  char buf[4];
  size_t n = gp_utf8_encode(cp, buf);
  return str_with(t, buf, n, 1);
}

GpValue gp_str_concat(GpThread *t, const GpValue *parts, size_t n) {
  size_t len = 0, nchars = 0;
  for (size_t i = 0; i < n; i++)
    len += GP_STR(parts[i])->len, nchars += GP_STR(parts[i])->nchars;
  if (len == 0) return gp_str_empty();
  for (size_t i = 0; i < n; i++) {
    if (GP_STR(parts[i])->len == len) { /* the only non-empty part */
      GP_INCREF(parts[i]);
      return parts[i];
    }
  }
  GpStr *s = str_alloc(t, len);
  if (!s) return gp_raise_nomem(t);
  char *p = s->data;
  for (size_t i = 0; i < n; i++) {
    memcpy(p, GP_STR(parts[i])->data, GP_STR(parts[i])->len);
    p += GP_STR(parts[i])->len;
  }
  *p = '\0';
  s->nchars = nchars;
  s->ascii = nchars == len;
  return gp_objv(&s->ob);
}

/* ------------------------------------------------------ hash, compare */

static inline uint64_t hash_mix(uint64_t a, uint64_t b) {
  __uint128_t r = (__uint128_t)a * b;
  return (uint64_t)r ^ (uint64_t)(r >> 64);
}

int64_t gp_str_hash_bytes(const char *p, size_t n) {
  const uint64_t k1 = 0xa0761d6478bd642full, k2 = 0xe7037ed1a0b428dbull;
  uint64_t h = 0x8ebc6af09c88c6e3ull ^ n, w;
  for (; n >= 8; p += 8, n -= 8) {
    memcpy(&w, p, 8);
    h = hash_mix(h ^ w ^ k1, k2);
  }
  w = 0;
  memcpy(&w, p, n);
  h = hash_mix(h ^ w ^ k2, k1 ^ n);
  h = hash_mix(h, k2);
  return (int64_t)h == -1 ? -2 : (int64_t)h;
}

int64_t gp_str_hash(GpObj *o) {
  GpStr *s = (GpStr *)o;
  /* concurrent first computations write the same value */
  int64_t h = __atomic_load_n(&s->hash, __ATOMIC_RELAXED);
  if (h == -1) {
    h = gp_str_hash_bytes(s->data, s->len);
    __atomic_store_n(&s->hash, h, __ATOMIC_RELAXED);
  }
  return h;
}

bool gp_str_eq(GpObj *a, GpObj *b) {
  if (a == b) return true;
  GpStr *x = (GpStr *)a, *y = (GpStr *)b;
  if (x->len != y->len) return false;
  int64_t hx = __atomic_load_n(&x->hash, __ATOMIC_RELAXED);
  int64_t hy = __atomic_load_n(&y->hash, __ATOMIC_RELAXED);
  if (hx != -1 && hy != -1 && hx != hy) return false;
  return memcmp(x->data, y->data, x->len) == 0;
}

int gp_str_cmp(GpObj *a, GpObj *b) {
  GpStr *x = (GpStr *)a, *y = (GpStr *)b;
  size_t n = x->len < y->len ? x->len : y->len;
  int c = memcmp(x->data, y->data, n);
  if (c) return c;
  return x->len < y->len ? -1 : x->len > y->len;
}

static int str_hash_slot(GpThread *t, GpValue self, int64_t *h) {
  (void)t;
  *h = gp_str_hash(self.as.o);
  return 0;
}

/* ------------------------------------------------------------------ repr */

GpValue gp_str_repr(GpThread *t, GpValue self) {
  GpStr *s = GP_STR(self);
  bool sq = memchr(s->data, '\'', s->len) != NULL, dq = memchr(s->data, '"', s->len) != NULL;
  char quote = sq && !dq ? '"' : '\'';
  GpBuf b;
  gp_buf_init(&b);
  gp_buf_putc(&b, quote);
  for (size_t i = 0; i < s->len;) {
    size_t n;
    uint32_t c = gp_utf8_decode(s->data + i, &n);
    char esc[16];
    if (c == (uint32_t)quote || c == '\\') {
      esc[0] = '\\', esc[1] = (char)c;
      gp_buf_put(&b, esc, 2);
    } else if (c == '\n') {
      gp_buf_put(&b, "\\n", 2);
    } else if (c == '\t') {
      gp_buf_put(&b, "\\t", 2);
    } else if (c == '\r') {
      gp_buf_put(&b, "\\r", 2);
    } else if (gp_unicode_isprintable(c)) {
      gp_buf_put(&b, s->data + i, n);
    } else {
      int k = snprintf(esc, sizeof esc,
                       c < 0x100     ? "\\x%02x"
                       : c < 0x10000 ? "\\u%04x"
                                     : "\\U%08x",
                       (unsigned)c);
      gp_buf_put(&b, esc, (size_t)k);
    }
    i += n;
  }
  gp_buf_putc(&b, quote);
  return gp_buf_finish(t, &b);
}

static GpValue str_str(GpThread *t, GpValue self) {
  (void)t;
  GP_INCREF(self);
  return self;
}

/* ------------------------------------------------------ indexing, slices */

/* Byte offset of code point i (i <= nchars). */
static size_t str_offset(const GpStr *s, size_t i) {
  return s->ascii ? i : gp_utf8_skip(s->data, s->len, i);
}

GpValue gp_str_getitem(GpThread *t, GpValue self, GpValue key) {
  GpStr *s = GP_STR(self);
  if (!GP_IS_INT(key) && !GP_IS_BOOL(key) && !gp_is_int(key)) {
    GpValue i;
    int k = gp_inst_index(t, key, &i); /* an object with __index__ */
    if (k > 0) {
      GpValue r = gp_str_getitem(t, self, i);
      GP_DECREF(i);
      return r;
    }
    if (k < 0) return GP_ERRV;
    return gp_raise(t, &gp_exc_TypeError, "string indices must be integers, not '%s'",
                    gp_type_name(key));
  }
  size_t i;
  if (gp_seq_index(t, key, s->nchars, "string", "string index out of range", &i) < 0)
    return GP_ERRV;
  if (s->ascii) return gp_str_char(t, (unsigned char)s->data[i]);
  size_t n;
  return gp_str_char(t, gp_utf8_decode(s->data + str_offset(s, i), &n));
}

GpValue gp_str_getslice(GpThread *t, GpValue self, GpValue lo, GpValue hi, GpValue step) {
  GpStr *s = GP_STR(self);
  GpSlice sl;
  if (gp_slice_resolve(t, lo, hi, step, (int64_t)s->nchars, &sl) < 0) return GP_ERRV;
  if (sl.count == 0) return gp_str_empty();
  if (sl.count == (int64_t)s->nchars && sl.step == 1) return str_str(t, self);
  if (sl.step == 1) {
    size_t a = str_offset(s, (size_t)sl.start);
    size_t b =
        s->ascii ? (size_t)sl.stop : a + gp_utf8_skip(s->data + a, s->len - a, (size_t)sl.count);
    return str_with(t, s->data + a, b - a, (size_t)sl.count);
  }
  GpBuf b;
  gp_buf_init(&b);
  if (s->ascii) {
    for (int64_t k = 0, i = sl.start; k < sl.count; k++, i += sl.step)
      gp_buf_putc(&b, s->data[i]);
  } else {
    size_t *off = malloc((s->nchars + 1) * sizeof *off);
    if (!off) return gp_raise_nomem(t);
    for (size_t i = 0, p = 0; i <= s->nchars; i++) {
      off[i] = p;
      if (i < s->nchars) p += gp_utf8_skip(s->data + p, s->len - p, 1);
    }
    for (int64_t k = 0, i = sl.start; k < sl.count; k++, i += sl.step)
      gp_buf_put(&b, s->data + off[i], off[i + 1] - off[i]);
    free(off);
  }
  return gp_buf_finish(t, &b);
}

GpValue gp_str_reversed(GpThread *t, GpValue s) {
  return gp_str_getslice(t, s, GP_NONEV, GP_NONEV, gp_intv(-1));
}

int gp_str_contains(GpThread *t, GpValue self, GpValue item) {
  item = gp_unwrap(item); /* a str subclass's value */
  if (!GP_IS_TYPE(item, gp_type_str)) {
    gp_raise(t, &gp_exc_TypeError, "'in <string>' requires string as left operand, not %s",
             gp_type_name(item));
    return -1;
  }
  GpStr *s = GP_STR(self), *sub = GP_STR(item);
  return memmem(s->data, s->len, sub->data, sub->len) != NULL;
}

GpValue gp_str_repeat(GpThread *t, GpValue self, int64_t n) {
  GpStr *s = GP_STR(self);
  if (n <= 0 || s->len == 0) return gp_str_empty();
  if (n == 1) return str_str(t, self);
  if ((uint64_t)n > (SIZE_MAX / 4) / s->len) return gp_raise_nomem(t);
  GpStr *r = str_alloc(t, s->len * (size_t)n);
  if (!r) return gp_raise_nomem(t);
  for (int64_t i = 0; i < n; i++)
    memcpy(r->data + (size_t)i * s->len, s->data, s->len);
  r->data[r->len] = '\0';
  r->nchars = s->nchars * (size_t)n;
  r->ascii = s->ascii;
  return gp_objv(&r->ob);
}

/* ------------------------------------------------------------ iteration */

typedef struct StrIter {
  GpObj ob;
  GpValue s;
  size_t pos; /* byte offset */
} StrIter;

static void str_iter_dealloc(GpObj *o) {
  GP_DECREF(((StrIter *)o)->s);
}

static int str_iter_next(GpThread *t, GpValue self, GpValue *out) {
  StrIter *it = (StrIter *)self.as.o;
  GpStr *s = GP_STR(it->s);
  if (it->pos >= s->len) return 0;
  size_t n;
  uint32_t c = gp_utf8_decode(s->data + it->pos, &n);
  it->pos += n;
  *out = gp_str_char(t, c);
  return GP_IS_ERR(*out) ? -1 : 1;
}

/* The characters left: the code points after the byte offset. */
static GpValue str_iter_length_hint(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "__length_hint__", nargs - 1, kw) < 0) return GP_ERRV;
  StrIter *it = (StrIter *)args[0].as.o;
  const GpStr *s = GP_STR(it->s);
  int64_t n = 0;
  for (size_t i = it->pos; i < s->len; i++)
    n += ((unsigned char)s->data[i] & 0xC0) != 0x80;
  return gp_intv(n);
}

static const GpMethodDef str_iter_methods[] = {{"__length_hint__", str_iter_length_hint},
                                               {NULL, NULL}};

static GpType gp_type_str_iter = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "str_ascii_iterator",
    .dealloc = str_iter_dealloc,
    .iter = gp_iter_self,
    .next = str_iter_next,
    .methods = str_iter_methods,
};

static GpValue str_iter(GpThread *t, GpValue self) {
  StrIter *it = (StrIter *)gp_alloc(t, &gp_type_str_iter, sizeof *it);
  if (!it) return gp_raise_nomem(t);
  GP_INCREF(self);
  it->s = self;
  return gp_objv(&it->ob);
}

/* --------------------------------------------------------------- helpers */

/* A str argument: a str or a str subclass's instance, read through ARG_STR. */
static bool is_str(GpValue v) {
  return GP_IS_TYPE(gp_unwrap(v), gp_type_str);
}
#define ARG_STR(v) GP_STR(gp_unwrap(v))

/* Whitespace character at p: its byte length, or 0. */
static size_t ws_at(const char *p, const char *end) {
  unsigned char c = (unsigned char)*p;
  if (c < 0x80) return ((c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20)) ? 1 : 0;
  size_t n;
  uint32_t cp = gp_utf8_decode(p, &n);
  (void)end;
  return gp_unicode_isspace(cp) ? n : 0;
}

/* Start of the code point that ends just before p. */
static const char *prev_char(const char *p) {
  do
    p--;
  while (((unsigned char)*p & 0xc0) == 0x80);
  return p;
}

/* Optional start/end arguments of find/count/startswith, as code-point
** indices clamped like a slice; converted to byte offsets. */
static int str_range(GpThread *t, GpStr *s, const GpValue *args, int n, size_t *a, size_t *b) {
  GpValue lo = n > 0 ? args[0] : GP_NONEV, hi = n > 1 ? args[1] : GP_NONEV;
  int64_t len = (int64_t)s->nchars, start = 0, end = len;
  if (!GP_IS_NONE(lo) && gp_slice_index(t, lo, &start) < 0) return -1;
  if (!GP_IS_NONE(hi) && gp_slice_index(t, hi, &end) < 0) return -1;
  if (start < 0) start = start + len < 0 ? 0 : start + len;
  if (end < 0) end = end + len < 0 ? 0 : end + len;
  if (end > len) end = len;
  if (start > len) { /* empty, but "".find("", 5) is -1 */
    *a = s->len + 1;
    *b = s->len;
    return 0;
  }
  if (end < start) end = start;
  *a = str_offset(s, (size_t)start);
  *b = s->ascii ? (size_t)end : *a + gp_utf8_skip(s->data + *a, s->len - *a, (size_t)(end - start));
  return 0;
}

static GpValue char_index(GpStr *s, const char *p) {
  size_t off = (size_t)(p - s->data);
  return gp_intv((int64_t)(s->ascii ? off : gp_utf8_count(s->data, off)));
}

/* Position of sub in [a, b), searching from the right if rev; NULL if absent. */
static const char *str_search(GpStr *s, size_t a, size_t b, GpStr *sub, bool rev) {
  if (a > b || sub->len > b - a) return NULL;
  if (!rev) return memmem(s->data + a, b - a, sub->data, sub->len);
  for (size_t i = b - sub->len + 1; i-- > a;)
    if (memcmp(s->data + i, sub->data, sub->len) == 0) return s->data + i;
  return NULL;
}

/* --------------------------------------------------------------- methods */

#define SELF GP_STR(args[0])

/* Arity of find/index/count/startswith (sub[, start[, end]]), with the
** wording of CPython's old-style parser. */
static int sub_args(GpThread *t, const char *name, int nargs, GpObj *kw) {
  if (kw && GP_TUPLE(gp_objv(kw))->len) {
    gp_raise(t, &gp_exc_TypeError, "str.%s() takes no keyword arguments", name);
    return -1;
  }
  int n = nargs - 1;
  if (n >= 1 && n <= 3) return 0;
  gp_raise(t, &gp_exc_TypeError, "%s() takes at %s argument%s (%d given)", name,
           n < 1 ? "least 1" : "most 3", n < 1 ? "" : "s", n);
  return -1;
}

static GpValue str_find_impl(GpThread *t, const char *name, const GpValue *args, int nargs,
                             GpObj *kw, bool rev, bool raise) {
  if (sub_args(t, name, nargs, kw) < 0) return GP_ERRV;
  if (!is_str(args[1]))
    return gp_raise(t, &gp_exc_TypeError, "must be str, not %s", gp_type_name(args[1]));
  size_t a, b;
  if (str_range(t, SELF, args + 2, nargs - 2, &a, &b) < 0) return GP_ERRV;
  const char *p = str_search(SELF, a, b, ARG_STR(args[1]), rev);
  if (p) return char_index(SELF, p);
  if (raise) return gp_raise(t, &gp_exc_ValueError, "substring not found");
  return gp_intv(-1);
}

static GpValue str_find(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return str_find_impl(t, "find", args, nargs, kw, false, false);
}
static GpValue str_rfind(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return str_find_impl(t, "rfind", args, nargs, kw, true, false);
}
static GpValue str_index(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return str_find_impl(t, "index", args, nargs, kw, false, true);
}
static GpValue str_rindex(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return str_find_impl(t, "rindex", args, nargs, kw, true, true);
}

static GpValue str_count(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (sub_args(t, "count", nargs, kw) < 0) return GP_ERRV;
  if (!is_str(args[1]))
    return gp_raise(t, &gp_exc_TypeError, "must be str, not %s", gp_type_name(args[1]));
  GpStr *sub = ARG_STR(args[1]);
  size_t a, b;
  if (str_range(t, SELF, args + 2, nargs - 2, &a, &b) < 0) return GP_ERRV;
  if (a > b) return gp_intv(0);
  if (sub->len == 0) return gp_intv((int64_t)gp_utf8_count(SELF->data + a, b - a) + 1);
  int64_t n = 0;
  for (const char *p; (p = str_search(SELF, a, b, sub, false));
       a = (size_t)(p - SELF->data) + sub->len)
    n++;
  return gp_intv(n);
}

static GpValue str_fix(GpThread *t, const GpValue *args, int nargs, GpObj *kw, const char *name,
                       bool end) {
  if (sub_args(t, name, nargs, kw) < 0) return GP_ERRV;
  size_t a, b;
  if (str_range(t, SELF, args + 2, nargs - 2, &a, &b) < 0) return GP_ERRV;
  GpValue pre = args[1];
  size_t n = 1;
  const GpValue *items = &pre;
  if (GP_IS_TYPE(pre, gp_type_tuple)) {
    n = GP_TUPLE(pre)->len;
    items = GP_TUPLE(pre)->items;
  }
  for (size_t i = 0; i < n; i++) {
    if (!is_str(items[i])) {
      if (n == 1 && items == &pre)
        return gp_raise(t, &gp_exc_TypeError, "%s first arg must be str or a tuple of str, not %s",
                        name, gp_type_name(pre));
      return gp_raise(t, &gp_exc_TypeError, "tuple for %s must only contain str, not %s", name,
                      gp_type_name(items[i]));
    }
    GpStr *p = ARG_STR(items[i]);
    if (a > b || p->len > b - a) continue;
    if (memcmp(SELF->data + (end ? b - p->len : a), p->data, p->len) == 0) return gp_boolv(true);
  }
  return gp_boolv(false);
}

static GpValue str_startswith(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return str_fix(t, args, nargs, kw, "startswith", false);
}
static GpValue str_endswith(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return str_fix(t, args, nargs, kw, "endswith", true);
}

static GpValue str_join(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "str.join", nargs - 1, kw) < 0) return GP_ERRV;
  GpValue seq = args[1];
  GpValue list = GP_NONEV;
  /* a gil=none list is copied too: other threads may move its items */
  if ((!GP_IS_TYPE(seq, gp_type_list) || (seq.as.o->flags & GP_F_ATOMIC)) &&
      !GP_IS_TYPE(seq, gp_type_tuple)) {
    if (!gp_typeof(seq)->iter && !is_str(seq) && !GP_IS_TYPE(seq, gp_type_dict))
      return gp_raise(t, &gp_exc_TypeError, "can only join an iterable");
    list = seq = gp_list_from_iter(t, seq);
    if (GP_IS_ERR(seq)) return GP_ERRV;
  }
  const GpValue *items = GP_IS_TYPE(seq, gp_type_list) ? GP_LIST(seq)->items : GP_TUPLE(seq)->items;
  size_t n = GP_IS_TYPE(seq, gp_type_list) ? GP_LIST(seq)->len : GP_TUPLE(seq)->len;
  GpBuf b;
  gp_buf_init(&b);
  for (size_t i = 0; i < n; i++) {
    if (!is_str(items[i])) {
      gp_buf_free(&b);
      GP_DECREF(list);
      return gp_raise(t, &gp_exc_TypeError, "sequence item %zu: expected str instance, %s found", i,
                      gp_type_name(items[i]));
    }
    if (i) gp_buf_put(&b, SELF->data, SELF->len);
    gp_buf_putstr(&b, gp_unwrap(items[i]));
  }
  GP_DECREF(list);
  return gp_buf_finish(t, &b);
}

/* Appends [a, b) of src to list l; -1 on error. */
static int push_part(GpThread *t, GpValue l, const GpStr *src, const char *a, const char *b) {
  size_t n = (size_t)(b - a);
  GpValue part = str_with(t, a, n, src->ascii ? n : gp_utf8_count(a, n));
  if (GP_IS_ERR(part)) return -1;
  int r = gp_list_append(t, l.as.o, part);
  GP_DECREF(part);
  return r;
}

static GpValue split_ws(GpThread *t, GpStr *s, int64_t maxsplit, bool rev) {
  GpValue l = gp_list_new(t, 0);
  if (GP_IS_ERR(l)) return l;
  const char *beg = s->data, *end = s->data + s->len;
  if (!rev) {
    const char *p = beg;
    for (;;) {
      size_t w;
      while (p < end && (w = ws_at(p, end)))
        p += w;
      if (p == end) break;
      const char *q = p;
      if (maxsplit-- == 0) { /* the rest, verbatim */
        q = end;
      } else {
        while (q < end && !ws_at(q, end))
          q += gp_utf8_skip(q, (size_t)(end - q), 1);
      }
      if (push_part(t, l, s, p, q) < 0) goto fail;
      p = q;
    }
    return l;
  }
  const char *p = end;
  for (;;) {
    while (p > beg && ws_at(prev_char(p), end))
      p = prev_char(p);
    if (p == beg) break;
    const char *q = p;
    if (maxsplit-- == 0) {
      q = beg;
    } else {
      while (q > beg && !ws_at(prev_char(q), end))
        q = prev_char(q);
    }
    if (push_part(t, l, s, q, p) < 0) goto fail;
    p = q;
  }
  GpList *ls = GP_LIST(l);
  for (size_t i = 0, j = ls->len ? ls->len - 1 : 0; i < j; i++, j--) {
    GpValue tmp = ls->items[i];
    ls->items[i] = ls->items[j];
    ls->items[j] = tmp;
  }
  return l;
fail:
  GP_DECREF(l);
  return GP_ERRV;
}

static GpValue split_impl(GpThread *t, const GpValue *args, int nargs, GpObj *kw, bool rev) {
  static const char *const names[] = {"sep", "maxsplit"};
  GpValue a[2];
  if (gp_parse_args(t, rev ? "rsplit" : "split", args + 1, nargs - 1, kw, names, 2, 0, a) < 0)
    return GP_ERRV;
  int64_t maxsplit = -1;
  if (!GP_IS_ERR(a[1]) && gp_as_index(t, a[1], &maxsplit) < 0) return GP_ERRV;
  if (GP_IS_ERR(a[0]) || GP_IS_NONE(a[0])) return split_ws(t, SELF, maxsplit, rev);
  if (!is_str(a[0]))
    return gp_raise(t, &gp_exc_TypeError, "must be str or None, not %s", gp_type_name(a[0]));
  GpStr *sep = ARG_STR(a[0]), *s = SELF;
  if (sep->len == 0) return gp_raise(t, &gp_exc_ValueError, "empty separator");
  GpValue l = gp_list_new(t, 0);
  if (GP_IS_ERR(l)) return l;
  if (!rev) {
    size_t pos = 0;
    const char *p;
    while (maxsplit-- != 0 && (p = str_search(s, pos, s->len, sep, false))) {
      if (push_part(t, l, s, s->data + pos, p) < 0) goto fail;
      pos = (size_t)(p - s->data) + sep->len;
    }
    if (push_part(t, l, s, s->data + pos, s->data + s->len) < 0) goto fail;
    return l;
  }
  size_t end = s->len;
  const char *p;
  while (maxsplit-- != 0 && (p = str_search(s, 0, end, sep, true))) {
    if (push_part(t, l, s, p + sep->len, s->data + end) < 0) goto fail;
    end = (size_t)(p - s->data);
  }
  if (push_part(t, l, s, s->data, s->data + end) < 0) goto fail;
  GpList *ls = GP_LIST(l);
  for (size_t i = 0, j = ls->len - 1; i < j; i++, j--) {
    GpValue tmp = ls->items[i];
    ls->items[i] = ls->items[j];
    ls->items[j] = tmp;
  }
  return l;
fail:
  GP_DECREF(l);
  return GP_ERRV;
}

static GpValue str_split(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return split_impl(t, args, nargs, kw, false);
}
static GpValue str_rsplit(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return split_impl(t, args, nargs, kw, true);
}

static GpValue str_splitlines(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"keepends"};
  GpValue a[1];
  if (gp_parse_args(t, "splitlines", args + 1, nargs - 1, kw, names, 1, 0, a) < 0) return GP_ERRV;
  int keep = 0;
  if (!GP_IS_ERR(a[0]) && (keep = gp_truthy(t, a[0])) < 0) return GP_ERRV;
  GpStr *s = SELF;
  GpValue l = gp_list_new(t, 0);
  if (GP_IS_ERR(l)) return l;
  const char *p = s->data, *end = p + s->len, *line = p;
  while (p < end) {
    size_t n;
    uint32_t c = gp_utf8_decode(p, &n);
    bool br = c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d ||
              c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
    if (!br) {
      p += n;
      continue;
    }
    const char *eol = p;
    p += n;
    if (c == '\r' && p < end && *p == '\n') p++;
    if (push_part(t, l, s, line, keep ? p : eol) < 0) goto fail;
    line = p;
  }
  if (line < end && push_part(t, l, s, line, end) < 0) goto fail;
  return l;
fail:
  GP_DECREF(l);
  return GP_ERRV;
}

/* strip: which = 1 left, 2 right, 3 both */
static GpValue strip_impl(GpThread *t, const GpValue *args, int nargs, GpObj *kw, int which,
                          const char *name) {
  if (gp_arg_count(t, name, nargs - 1, kw, 0, 1) < 0) return GP_ERRV;
  GpStr *s = SELF, *chars = NULL;
  if (nargs > 1 && !GP_IS_NONE(args[1])) {
    if (!is_str(args[1])) return gp_raise(t, &gp_exc_TypeError, "%s arg must be None or str", name);
    chars = ARG_STR(args[1]);
  }
  const char *p = s->data, *e = p + s->len;
#define IN_SET(q, n)                                                                               \
  (chars ? (memmem(chars->data, chars->len, (q), (n)) != NULL) : ws_at((q), e) != 0)
  if (which & 1) {
    while (p < e) {
      size_t n = gp_utf8_skip(p, (size_t)(e - p), 1);
      if (!IN_SET(p, n)) break;
      p += n;
    }
  }
  if (which & 2) {
    while (e > p) {
      const char *q = prev_char(e);
      if (!IN_SET(q, (size_t)(e - q))) break;
      e = q;
    }
  }
#undef IN_SET
  if (p == s->data && e == s->data + s->len) return str_str(t, args[0]);
  return gp_str_new(t, p, (size_t)(e - p));
}

static GpValue str_strip(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return strip_impl(t, args, nargs, kw, 3, "strip");
}
static GpValue str_lstrip(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return strip_impl(t, args, nargs, kw, 1, "lstrip");
}
static GpValue str_rstrip(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return strip_impl(t, args, nargs, kw, 2, "rstrip");
}

static GpValue str_replace(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "replace", nargs - 1, kw, 2, 3) < 0) return GP_ERRV;
  for (int i = 1; i <= 2; i++)
    if (!is_str(args[i]))
      return gp_raise(t, &gp_exc_TypeError, "replace() argument %d must be str, not %s", i,
                      gp_type_name(args[i]));
  int64_t count = -1;
  if (nargs > 3 && gp_as_index(t, args[3], &count) < 0) return GP_ERRV;
  GpStr *s = SELF, *old = ARG_STR(args[1]), *new = ARG_STR(args[2]);
  GpBuf b;
  gp_buf_init(&b);
  size_t pos = 0;
  if (old->len == 0) {
    while (pos <= s->len) {
      if (count-- == 0) break;
      gp_buf_put(&b, new->data, new->len);
      if (pos == s->len) {
        pos++;
        break;
      }
      size_t n = gp_utf8_skip(s->data + pos, s->len - pos, 1);
      gp_buf_put(&b, s->data + pos, n);
      pos += n;
    }
    if (pos < s->len) gp_buf_put(&b, s->data + pos, s->len - pos);
    return gp_buf_finish(t, &b);
  }
  const char *p;
  while (count-- != 0 && (p = str_search(s, pos, s->len, old, false))) {
    gp_buf_put(&b, s->data + pos, (size_t)(p - s->data) - pos);
    gp_buf_put(&b, new->data, new->len);
    pos = (size_t)(p - s->data) + old->len;
  }
  gp_buf_put(&b, s->data + pos, s->len - pos);
  return gp_buf_finish(t, &b);
}

static uint32_t map_upper(uint32_t c, int *st) {
  return (void)st, gp_unicode_upper(c);
}
static uint32_t map_lower(uint32_t c, int *st) {
  return (void)st, gp_unicode_lower(c);
}

/* casefold: the lowercase of the full uppercase of the full lowercase
** (ß, ẞ -> ss, ﬁ -> fi, final sigma, ᾈ -> ἀι), which is CaseFolding.txt
** but for its exceptions: dotless i stays, and Cherokee folds to its
** uppercase letters. Unicode's folds are at most three characters. */
static uint32_t map_fold(uint32_t c, int *st) {
  return (void)st, gp_unicode_lower(c);
}
static size_t fold_full(uint32_t c, uint32_t full[3]) {
  if (c == 0x131 || (c >= 0x13A0 && c <= 0x13F5)) return full[0] = c, 1;
  if (c >= 0x13F8 && c <= 0x13FD) return full[0] = c - 8, 1;
  if (c >= 0xAB70 && c <= 0xABBF) return full[0] = c - 0xAB70 + 0x13A0, 1;
  uint32_t low[3], up[3];
  size_t nlow = gp_unicode_case_full(c, 0, low), n = 0;
  for (size_t i = 0; i < nlow; i++) {
    size_t nup = gp_unicode_case_full(low[i], 1, up);
    for (size_t k = 0; k < nup && n < 3; k++)
      full[n++] = gp_unicode_lower(up[k]);
  }
  return n;
}

/* Maps every code point through f (upper/lower/...); mode carries state. */
static GpValue str_map(GpThread *t, GpStr *s, uint32_t (*f)(uint32_t cp, int *state)) {
  GpBuf b;
  gp_buf_init(&b);
  int state = 0;
  for (size_t i = 0; i < s->len;) {
    size_t n;
    uint32_t c = gp_utf8_decode(s->data + i, &n);
    char enc[4];
    uint32_t full[3];
    size_t nfull = f == map_fold ? fold_full(c, full)
                   : f == map_upper || f == map_lower
                       ? gp_unicode_case_full(c, f == map_upper, full)
                       : (full[0] = f(c, &state), 1);
    for (size_t k = 0; k < nfull; k++)
      gp_buf_put(&b, enc, gp_utf8_encode(full[k], enc));
    i += n;
  }
  return gp_buf_finish(t, &b);
}

static uint32_t map_swap(uint32_t c, int *st) {
  (void)st;
  return gp_unicode_isupper(c) ? gp_unicode_lower(c) : gp_unicode_upper(c);
}
/* state: 1 after a cased character */
static uint32_t map_title(uint32_t c, int *st) {
  uint32_t r = *st ? gp_unicode_lower(c) : gp_unicode_upper(c);
  *st = gp_unicode_isupper(c) || gp_unicode_islower(c);
  return r;
}
static uint32_t map_cap(uint32_t c, int *st) {
  uint32_t r = *st ? gp_unicode_lower(c) : gp_unicode_upper(c);
  *st = 1;
  return r;
}

#define STR_MAPPER(fname, pyname, f)                                                               \
  static GpValue fname(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {                   \
    if (gp_arg_none(t, pyname, nargs - 1, kw) < 0) return GP_ERRV;                                 \
    return str_map(t, SELF, f);                                                                    \
  }
STR_MAPPER(str_upper, "str.upper", map_upper)
STR_MAPPER(str_lower, "str.lower", map_lower)
STR_MAPPER(str_casefold, "str.casefold", map_fold)
STR_MAPPER(str_swapcase, "str.swapcase", map_swap)
STR_MAPPER(str_title, "str.title", map_title)
STR_MAPPER(str_capitalize, "str.capitalize", map_cap)

/* is*: every code point satisfies pred, and the str is non-empty. */
static GpValue str_all(GpThread *t, const GpValue *args, int nargs, GpObj *kw, const char *name,
                       bool (*pred)(uint32_t)) {
  if (gp_arg_none(t, name, nargs - 1, kw) < 0) return GP_ERRV;
  GpStr *s = SELF;
  if (s->len == 0) return gp_boolv(false);
  for (size_t i = 0; i < s->len;) {
    size_t n;
    if (!pred(gp_utf8_decode(s->data + i, &n))) return gp_boolv(false);
    i += n;
  }
  return gp_boolv(true);
}

/* CPython's isalnum: isalpha, isdecimal, isdigit or isnumeric. */
static bool is_alnum(uint32_t c) {
  return gp_unicode_isalpha(c) || gp_unicode_isnumeric(c);
}
static bool is_decimal(uint32_t c) {
  return gp_unicode_decimal(c) >= 0;
}

#define STR_PRED(fname, pyname, pred)                                                              \
  static GpValue fname(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {                   \
    return str_all(t, args, nargs, kw, pyname, pred);                                              \
  }
STR_PRED(str_isdigit, "str.isdigit", gp_unicode_isdigit)
STR_PRED(str_isnumeric, "str.isnumeric", gp_unicode_isnumeric)
STR_PRED(str_isdecimal, "str.isdecimal", is_decimal)
STR_PRED(str_isalpha, "str.isalpha", gp_unicode_isalpha)
STR_PRED(str_isalnum, "str.isalnum", is_alnum)
STR_PRED(str_isspace, "str.isspace", gp_unicode_isspace)

/* isascii/isprintable: true of the empty str too, unlike the is* above */
static GpValue str_isascii(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "str.isascii", nargs - 1, kw) < 0) return GP_ERRV;
  return gp_boolv(SELF->nchars == SELF->len);
}
static GpValue str_isprintable(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "str.isprintable", nargs - 1, kw) < 0) return GP_ERRV;
  GpStr *s = SELF;
  for (size_t i = 0; i < s->len;) {
    size_t n;
    if (!gp_unicode_isprintable(gp_utf8_decode(s->data + i, &n))) return gp_boolv(false);
    i += n;
  }
  return gp_boolv(true);
}

/* isupper/islower: at least one cased character and none of the other case */
static GpValue str_case(GpThread *t, const GpValue *args, int nargs, GpObj *kw, bool upper) {
  if (gp_arg_none(t, upper ? "str.isupper" : "str.islower", nargs - 1, kw) < 0) return GP_ERRV;
  GpStr *s = SELF;
  bool cased = false;
  for (size_t i = 0; i < s->len;) {
    size_t n;
    uint32_t c = gp_utf8_decode(s->data + i, &n);
    if (upper ? gp_unicode_islower(c) : gp_unicode_isupper(c)) return gp_boolv(false);
    cased |= upper ? gp_unicode_isupper(c) : gp_unicode_islower(c);
    i += n;
  }
  return gp_boolv(cased);
}
static GpValue str_isupper(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return str_case(t, args, nargs, kw, true);
}
static GpValue str_islower(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return str_case(t, args, nargs, kw, false);
}

/* istitle: every uppercase character follows an uncased one and every
** lowercase one a cased one, and there is at least one cased character. */
static GpValue str_istitle(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "str.istitle", nargs - 1, kw) < 0) return GP_ERRV;
  GpStr *s = SELF;
  bool cased = false, prev_cased = false;
  for (size_t i = 0; i < s->len;) {
    size_t n;
    uint32_t c = gp_utf8_decode(s->data + i, &n);
    i += n;
    bool up = gp_unicode_isupper(c), low = gp_unicode_islower(c);
    if ((up && prev_cased) || (low && !prev_cased)) return gp_boolv(false);
    prev_cased = up || low;
    cased |= prev_cased;
  }
  return gp_boolv(cased);
}

/* isidentifier: a letter or '_', then letters, digits and '_'. Exact for
** ASCII; beyond it letters and digits stand for XID_Start/XID_Continue. */
static GpValue str_isidentifier(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "str.isidentifier", nargs - 1, kw) < 0) return GP_ERRV;
  GpStr *s = SELF;
  if (s->len == 0) return gp_boolv(false);
  for (size_t i = 0; i < s->len;) {
    size_t n;
    uint32_t c = gp_utf8_decode(s->data + i, &n);
    bool ok = i == 0 ? gp_unicode_xid_start(c) : gp_unicode_xid_continue(c);
    if (!ok) return gp_boolv(false);
    i += n;
  }
  return gp_boolv(true);
}

/* center/ljust/rjust: how = 0 center, 1 ljust, 2 rjust */
static GpValue str_pad(GpThread *t, const GpValue *args, int nargs, GpObj *kw, const char *name,
                       int how) {
  if (gp_arg_count(t, name, nargs - 1, kw, 1, 2) < 0) return GP_ERRV;
  int64_t width;
  if (gp_as_index(t, args[1], &width) < 0) return GP_ERRV;
  const char *fill = " ";
  size_t fn = 1;
  if (nargs > 2) {
    if (!is_str(args[2]))
      return gp_raise(t, &gp_exc_TypeError, "%s() argument 2 must be a unicode character, not %s",
                      name, gp_type_name(args[2]));
    if (ARG_STR(args[2])->nchars != 1)
      return gp_raise(t, &gp_exc_TypeError,
                      "The fill character must be exactly one character long");
    fill = ARG_STR(args[2])->data, fn = ARG_STR(args[2])->len;
  }
  GpStr *s = SELF;
  if (width <= (int64_t)s->nchars) return str_str(t, args[0]);
  size_t pad = (size_t)width - s->nchars, left;
  if (how == 0) /* CPython: extra space goes left when the str length is odd */
    left = pad / 2 + (pad & (size_t)width & 1);
  else
    left = how == 1 ? 0 : pad;
  GpBuf b;
  gp_buf_init(&b);
  for (size_t i = 0; i < left; i++)
    gp_buf_put(&b, fill, fn);
  gp_buf_put(&b, s->data, s->len);
  for (size_t i = left; i < pad; i++)
    gp_buf_put(&b, fill, fn);
  return gp_buf_finish(t, &b);
}
static GpValue str_center(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return str_pad(t, args, nargs, kw, "center", 0);
}
static GpValue str_ljust(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return str_pad(t, args, nargs, kw, "ljust", 1);
}
static GpValue str_rjust(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return str_pad(t, args, nargs, kw, "rjust", 2);
}

static GpValue str_zfill(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "str.zfill", nargs - 1, kw) < 0) return GP_ERRV;
  int64_t width;
  if (gp_as_index(t, args[1], &width) < 0) return GP_ERRV;
  GpStr *s = SELF;
  if (width <= (int64_t)s->nchars) return str_str(t, args[0]);
  size_t pad = (size_t)width - s->nchars, sign = s->len && (s->data[0] == '+' || s->data[0] == '-');
  GpBuf b;
  gp_buf_init(&b);
  gp_buf_put(&b, s->data, sign);
  for (size_t i = 0; i < pad; i++)
    gp_buf_putc(&b, '0');
  gp_buf_put(&b, s->data + sign, s->len - sign);
  return gp_buf_finish(t, &b);
}

static GpValue str_partition_impl(GpThread *t, const GpValue *args, int nargs, GpObj *kw,
                                  bool rev) {
  if (gp_arg_one(t, rev ? "str.rpartition" : "str.partition", nargs - 1, kw) < 0) return GP_ERRV;
  if (!is_str(args[1]))
    return gp_raise(t, &gp_exc_TypeError, "must be str, not %s", gp_type_name(args[1]));
  GpStr *s = SELF, *sep = ARG_STR(args[1]);
  if (sep->len == 0) return gp_raise(t, &gp_exc_ValueError, "empty separator");
  const char *p = str_search(s, 0, s->len, sep, rev);
  GpValue parts[3];
  if (!p) {
    GpValue e = gp_str_empty();
    parts[0] = rev ? e : args[0], parts[1] = e, parts[2] = rev ? args[0] : e;
    return gp_tuple_pack(t, 3, parts);
  }
  parts[0] = gp_str_new(t, s->data, (size_t)(p - s->data));
  parts[1] = args[1];
  parts[2] = gp_str_new(t, p + sep->len, s->len - (size_t)(p - s->data) - sep->len);
  GpValue r = GP_IS_ERR(parts[0]) || GP_IS_ERR(parts[2]) ? GP_ERRV : gp_tuple_pack(t, 3, parts);
  GP_DECREF(parts[0]);
  GP_DECREF(parts[2]);
  return r;
}
static GpValue str_partition(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return str_partition_impl(t, args, nargs, kw, false);
}
static GpValue str_rpartition(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return str_partition_impl(t, args, nargs, kw, true);
}

static GpValue str_affix(GpThread *t, const GpValue *args, int nargs, GpObj *kw, bool suffix) {
  if (gp_arg_one(t, suffix ? "str.removesuffix" : "str.removeprefix", nargs - 1, kw) < 0)
    return GP_ERRV;
  if (!is_str(args[1]))
    return gp_raise(t, &gp_exc_TypeError, "%s() argument must be str, not %s",
                    suffix ? "removesuffix" : "removeprefix", gp_type_name(args[1]));
  GpStr *s = SELF, *a = ARG_STR(args[1]);
  if (a->len > 0 && a->len <= s->len &&
      memcmp(s->data + (suffix ? s->len - a->len : 0), a->data, a->len) == 0)
    return gp_str_new(t, s->data + (suffix ? 0 : a->len), s->len - a->len);
  return str_str(t, args[0]);
}
static GpValue str_removeprefix(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return str_affix(t, args, nargs, kw, false);
}
static GpValue str_removesuffix(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return str_affix(t, args, nargs, kw, true);
}

/* ------------------------------------------------------------ str.format */

typedef struct FmtState {
  const GpValue *pos;
  int npos;
  const GpValue *kwv;
  GpObj *kwnames;
  GpValue mapping; /* format_map's: named fields are looked up in it */
  int auto_idx;    /* next automatic index; -1 once manual numbering is used */
  bool manual;
} FmtState;

static int fmt_render(GpThread *t, GpBuf *out, const char *p, const char *end, FmtState *st,
                      int depth);

/* '{0.}' or '{0[]}': CPython's error, once the object before it is found. */
static GpValue empty_attribute(GpThread *t, GpValue v) {
  GP_DECREF(v);
  return gp_raise(t, &gp_exc_ValueError, "Empty attribute in format string");
}

/* Resolves a field name ("", "0", "name", with .attr and [key] parts). */
static GpValue fmt_lookup(GpThread *t, const char *p, const char *end, FmtState *st) {
  const char *q = p;
  while (q < end && *q != '.' && *q != '[')
    q++;
  GpValue v;
  if (q == p || (*p >= '0' && *p <= '9')) {
    int64_t idx = 0;
    if (q == p) {
      if (st->manual)
        return gp_raise(t, &gp_exc_ValueError,
                        "cannot switch from manual field specification to automatic field "
                        "numbering");
      idx = st->auto_idx++;
    } else {
      if (st->auto_idx > 0)
        return gp_raise(t, &gp_exc_ValueError,
                        "cannot switch from automatic field numbering to manual field "
                        "specification");
      st->manual = true;
      for (const char *d = p; d < q; d++) {
        if (*d < '0' || *d > '9') goto named;
        idx = idx * 10 + (*d - '0');
        if (idx > INT32_MAX) goto named;
      }
    }
    if (st->mapping.tag != GP_T_ERR)
      return gp_raise(t, &gp_exc_ValueError, "Format string contains positional fields");
    if (idx >= st->npos)
      return gp_raise(t, &gp_exc_IndexError,
                      "Replacement index %lld out of range for positional args tuple",
                      (long long)idx);
    v = st->pos[idx];
    GP_INCREF(v);
  } else {
  named:;
    if (st->mapping.tag != GP_T_ERR) {
      GpValue key = gp_str_new(t, p, (size_t)(q - p));
      if (GP_IS_ERR(key)) return key;
      v = gp_getitem(t, st->mapping, key);
      GP_DECREF(key);
      if (GP_IS_ERR(v)) return v;
      goto found;
    }
    size_t nkw = st->kwnames ? GP_TUPLE(gp_objv(st->kwnames))->len : 0;
    v = GP_ERRV;
    for (size_t i = 0; i < nkw; i++) {
      GpStr *k = GP_STR(GP_TUPLE(gp_objv(st->kwnames))->items[i]);
      if (k->len == (size_t)(q - p) && memcmp(k->data, p, k->len) == 0) {
        v = st->kwv[i];
        GP_INCREF(v);
        break;
      }
    }
    if (GP_IS_ERR(v)) {
      GpValue key = gp_str_new(t, p, (size_t)(q - p));
      if (GP_IS_ERR(key)) return key;
      gp_raise_keyerror(t, key);
      GP_DECREF(key);
      return GP_ERRV;
    }
  }
found:
  while (q < end) {
    GpValue nv;
    if (*q == '.') {
      const char *a = ++q;
      while (q < end && *q != '.' && *q != '[')
        q++;
      if (q == a) return empty_attribute(t, v);
      GpObj *name = gp_intern(a, (size_t)(q - a));
      nv = name ? gp_getattr(t, v, name) : gp_raise_nomem(t);
    } else {
      const char *a = ++q;
      while (q < end && *q != ']')
        q++;
      if (q == end) {
        GP_DECREF(v);
        return gp_raise(t, &gp_exc_ValueError, "expected '}' before end of string");
      }
      if (q == a) return empty_attribute(t, v);
      bool digits = true;
      int64_t idx = 0;
      for (const char *d = a; d < q && digits; d++) {
        digits = *d >= '0' && *d <= '9' && idx < INT32_MAX;
        idx = idx * 10 + (*d - '0');
      }
      GpValue key = digits ? gp_intv(idx) : gp_str_new(t, a, (size_t)(q - a));
      nv = GP_IS_ERR(key) ? key : gp_getitem(t, v, key);
      GP_DECREF(key);
      q++;
    }
    GP_DECREF(v);
    if (GP_IS_ERR(nv)) return nv;
    v = nv;
  }
  return v;
}

/* One replacement field: the text between '{' and its matching '}'. */
static int fmt_field(GpThread *t, GpBuf *out, const char *p, const char *end, FmtState *st,
                     int depth) {
  const char *q = p;
  int brackets = 0;
  while (q < end && (brackets || (*q != '!' && *q != ':'))) {
    if (*q == '[') brackets++;
    if (*q == ']') brackets = 0;
    q++;
  }
  GpValue v = fmt_lookup(t, p, q, st);
  if (GP_IS_ERR(v)) return -1;
  if (q < end && *q == '!') {
    if (q + 1 >= end || (q + 2 < end && q[2] != ':')) {
      GP_DECREF(v);
      gp_raise(t, &gp_exc_ValueError,
               q + 1 >= end ? "unmatched '{' in format spec"
                            : "expected ':' after conversion specifier");
      return -1;
    }
    char conv = q[1];
    GpValue c;
    if (conv == 'r' || conv == 'a')
      c = gp_repr(t, v);
    else if (conv == 's')
      c = gp_str(t, v);
    else
      c = gp_raise(t, &gp_exc_ValueError, "Unknown conversion specifier %c", conv);
    GP_DECREF(v);
    if (GP_IS_ERR(c)) return -1;
    v = c;
    q += 2;
  }
  GpValue spec = gp_str_empty();
  if (q < end && *q == ':') {
    q++;
    if (memchr(q, '{', (size_t)(end - q))) {
      if (depth >= 1) {
        GP_DECREF(v);
        gp_raise(t, &gp_exc_ValueError, "Max string recursion exceeded");
        return -1;
      }
      GpBuf sb;
      gp_buf_init(&sb);
      if (fmt_render(t, &sb, q, end, st, depth + 1) < 0) {
        gp_buf_free(&sb);
        GP_DECREF(v);
        return -1;
      }
      spec = gp_buf_finish(t, &sb);
    } else {
      spec = gp_str_new(t, q, (size_t)(end - q));
    }
    if (GP_IS_ERR(spec)) {
      GP_DECREF(v);
      return -1;
    }
  }
  GpValue r = gp_format(t, v, spec.as.o);
  GP_DECREF(v);
  GP_DECREF(spec);
  if (GP_IS_ERR(r)) return -1;
  gp_buf_putstr(out, r);
  GP_DECREF(r);
  return 0;
}

/* The '}' closing the replacement field at p, found as CPython's
** parse_field does, with its errors: the name ends at '}', ':' or '!'
** ('[...]' skipped), then a conversion character, then a spec whose
** nested braces balance. NULL with the error raised. */
static const char *field_end(GpThread *t, const char *p, const char *end) {
  char c = 0;
  while (p < end && (c = *p++) != '}' && c != ':' && c != '!') {
    if (c == '{') return gp_raise(t, &gp_exc_ValueError, "unexpected '{' in field name"), NULL;
    if (c == '[')
      while (p < end && *p != ']')
        p++;
  }
  if (c == '}') return p - 1;
  if (c != ':' && c != '!')
    return gp_raise(t, &gp_exc_ValueError, "expected '}' before end of string"), NULL;
  if (c == '!') {
    if (p == end)
      return gp_raise(t, &gp_exc_ValueError,
                      "end of string while looking for conversion specifier"),
             NULL;
    p++; /* the conversion character; fmt_field checks it */
    if (p < end && *p == '}') return p;
    if (p < end && *p++ != ':')
      return gp_raise(t, &gp_exc_ValueError, "expected ':' after conversion specifier"), NULL;
  }
  for (int count = 1; p < end; p++)
    if (*p == '{')
      count++;
    else if (*p == '}' && --count == 0)
      return p;
  return gp_raise(t, &gp_exc_ValueError, "unmatched '{' in format spec"), NULL;
}

static int fmt_render(GpThread *t, GpBuf *out, const char *p, const char *end, FmtState *st,
                      int depth) {
  while (p < end) {
    const char *brace = p;
    while (brace < end && *brace != '{' && *brace != '}')
      brace++;
    gp_buf_put(out, p, (size_t)(brace - p));
    if (brace == end) break;
    if (brace + 1 < end && brace[1] == brace[0]) {
      gp_buf_putc(out, *brace);
      p = brace + 2;
      continue;
    }
    if (*brace == '}') {
      gp_raise(t, &gp_exc_ValueError, "Single '}' encountered in format string");
      return -1;
    }
    if (brace + 1 == end) {
      gp_raise(t, &gp_exc_ValueError, "Single '{' encountered in format string");
      return -1;
    }
    const char *q = field_end(t, brace + 1, end);
    if (!q || fmt_field(t, out, brace + 1, q, st, depth) < 0) return -1;
    p = q + 1;
  }
  return 0;
}

static GpValue format_with(GpThread *t, GpStr *self, FmtState *st) {
  GpBuf b;
  gp_buf_init(&b);
  if (fmt_render(t, &b, self->data, self->data + self->len, st, 0) < 0) {
    gp_buf_free(&b);
    return GP_ERRV;
  }
  return gp_buf_finish(t, &b);
}

static GpValue str_format(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int nkw = kw ? (int)GP_TUPLE(gp_objv(kw))->len : 0;
  FmtState st = {.pos = args + 1,
                 .npos = nargs - 1 - nkw,
                 .kwv = args + nargs - nkw,
                 .kwnames = kw,
                 .mapping = GP_ERRV};
  return format_with(t, SELF, &st);
}

/* format_map(mapping): named fields are mapping[name], looked up as used,
** so a defaultdict or a class with __missing__ or __getitem__ works. */
static GpValue str_format_map(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "format_map", nargs - 1, kw) < 0) return GP_ERRV;
  FmtState st = {.mapping = args[1]};
  return format_with(t, SELF, &st);
}

/* ------------------------------------------------------------- ascii */

/* ascii(x): repr(x) with each non-ASCII character escaped as \xhh, \uhhhh
** or \Uhhhhhhhh, the shortest that holds it */
GpValue gp_ascii(GpThread *t, GpValue v) {
  GpValue r = gp_repr(t, v);
  if (GP_IS_ERR(r) || GP_STR(r)->nchars == GP_STR(r)->len) return r;
  const GpStr *s = GP_STR(r);
  GpBuf b;
  gp_buf_init(&b);
  for (size_t i = 0, n; i < s->len; i += n) {
    uint32_t c = gp_utf8_decode(s->data + i, &n);
    char esc[12];
    if (c < 0x80) {
      gp_buf_putc(&b, (char)c);
    } else {
      snprintf(esc, sizeof esc,
               c <= 0xff     ? "\\x%02x"
               : c <= 0xffff ? "\\u%04x"
                             : "\\U%08x",
               (unsigned)c);
      gp_buf_puts(&b, esc);
    }
  }
  GP_DECREF(r);
  return gp_buf_finish(t, &b);
}

/* ------------------------------------------------------------------ type */

/* str(obj, encoding, errors): obj's bytes decoded. */
static GpValue str_decode(GpThread *t, GpValue obj, GpValue encoding, GpValue errors) {
  if (GP_IS_TYPE(gp_unwrap(obj), gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "decoding str is not supported");
  if (!gp_is_buffer(obj))
    return gp_raise(t, &gp_exc_TypeError, "decoding to str: need a bytes-like object, %s found",
                    gp_type_name(obj));
  GpValue b = gp_buffer_copy(t, obj);
  if (GP_IS_ERR(b)) return b;
  const GpBytes *by = (const GpBytes *)b.as.o;
  GpValue r = gp_bytes_decode_as(t, by->data, by->len, encoding, errors);
  GP_DECREF(b);
  return r;
}

static GpValue str_call(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  static const char *const names[] = {"object", "encoding", "errors"};
  GpValue a[3];
  if (gp_parse_args(t, "str", args, nargs, kwnames, names, 3, 0, a) < 0) return GP_ERRV;
  if (GP_IS_ERR(a[0])) return gp_str_empty();
  if (!GP_IS_ERR(a[1]) || !GP_IS_ERR(a[2])) return str_decode(t, a[0], a[1], a[2]);
  return gp_str(t, a[0]);
}

static const GpMethodDef str_methods[] = {
    {"join", str_join},
    {"split", str_split},
    {"rsplit", str_rsplit},
    {"splitlines", str_splitlines},
    {"strip", str_strip},
    {"lstrip", str_lstrip},
    {"rstrip", str_rstrip},
    {"replace", str_replace},
    {"startswith", str_startswith},
    {"endswith", str_endswith},
    {"upper", str_upper},
    {"lower", str_lower},
    {"swapcase", str_swapcase},
    {"casefold", str_casefold},
    {"title", str_title},
    {"capitalize", str_capitalize},
    {"find", str_find},
    {"rfind", str_rfind},
    {"index", str_index},
    {"rindex", str_rindex},
    {"count", str_count},
    {"format", str_format},
    {"format_map", str_format_map},
    {"isdigit", str_isdigit},
    {"isnumeric", str_isnumeric},
    {"isdecimal", str_isdecimal},
    {"isalpha", str_isalpha},
    {"isalnum", str_isalnum},
    {"isspace", str_isspace},
    {"isascii", str_isascii},
    {"isprintable", str_isprintable},
    {"isupper", str_isupper},
    {"islower", str_islower},
    {"istitle", str_istitle},
    {"isidentifier", str_isidentifier},
    {"center", str_center},
    {"ljust", str_ljust},
    {"rjust", str_rjust},
    {"zfill", str_zfill},
    {"partition", str_partition},
    {"rpartition", str_rpartition},
    {"removeprefix", str_removeprefix},
    {"removesuffix", str_removesuffix},
    {"translate", gp_str_translate},
    {"expandtabs", gp_str_expandtabs},
    {"encode", gp_str_encode},
    {NULL, NULL},
};
static const GpMethodDef str_statics[] = {{"maketrans", gp_str_maketrans}, {NULL, NULL}};
/* Only the static methods: a str's protocol is dispatched by ops.c itself. */
static const GpTypeOps str_ops = {.statics = str_statics};

GpType gp_type_str = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "str",
    .repr = gp_str_repr,
    .str = str_str,
    .hash = str_hash_slot,
    .iter = str_iter,
    .call = str_call,
    .ops = &str_ops,
    .methods = str_methods,
};
