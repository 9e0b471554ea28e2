/*
** obj.h — private interface between the files of the object layer
** (object.c, str.c, list.c, tuple.c, dict.c, range.c, native.c, ops.c,
** iter.c, builtins.c, args.c, utf8.c). ops.c dispatches the generic
** protocol of gp.h to the per-type functions declared here.
*/
#ifndef GP_OBJ_H
#define GP_OBJ_H

#include "gp.h"
#include "num.h"

/* ------------------------------------------- container locks (object.c)
** gil=none keeps lists and dicts safe with a lock per container (a dict's
** is its own seq word: gp_dict_lock below), taken only
** for objects made by a free-threaded VM (GP_F_ATOMIC): under a GIL the cost
** is one predictable branch on a flag that shares a cache line with the
** type. The locks are striped, a table of spinlock words keyed by the object's
** address, rather than embedded: an embedded word would grow every list and
** dict (by 8 bytes after padding) under gil=new too, and change gp.h's
** structs. The price of sharing stripes is one rule, which also rules out
** lock-order deadlocks: a thread holds at most one container lock, and while
** it does it never runs Python code, compares or hashes containers, or takes
** any other lock. It may allocate, raise, incref and decref (no dealloc
** locks). Code that calls out while reading a list (comparison, repr) or
** reads a second container works on a GpSeqView snapshot. */
enum { GP_NSTRIPES = 256 };
typedef struct GpStripe {
  _Alignas(64) _Atomic uint32_t word; /* 0 free, 1 held */
  char pad[64 - sizeof(uint32_t)];    /* a cache line each: no false sharing */
} GpStripe;
extern GpStripe gp_stripes[GP_NSTRIPES];
void gp_stripe_wait(_Atomic uint32_t *w); /* the contended path */

static inline _Atomic uint32_t *gp_stripe_of(const GpObj *o) {
  uint64_t a = (uint64_t)(uintptr_t)o >> 4; /* allocations are 16-byte aligned */
  return &gp_stripes[(a * 0x9E3779B97F4A7C15u) >> 56].word;
}
static inline void gp_obj_lock(GpObj *o) {
  if (__builtin_expect(!(o->flags & GP_F_ATOMIC), 1)) return;
  _Atomic uint32_t *w = gp_stripe_of(o);
  uint32_t free_ = 0;
  if (!atomic_compare_exchange_strong_explicit(w, &free_, 1, memory_order_acquire,
                                               memory_order_relaxed))
    gp_stripe_wait(w);
}
static inline void gp_obj_unlock(GpObj *o) {
  if (__builtin_expect(!(o->flags & GP_F_ATOMIC), 1)) return;
  atomic_store_explicit(gp_stripe_of(o), 0, memory_order_release); /* a plain store on x86 */
}

/* Sizes read without the lock (len(), truth, iteration bounds) are written
** with relaxed atomic stores, which cost a plain store, so such reads are no
** data race. */
static inline size_t gp_size_load(const size_t *p) {
  return __atomic_load_n(p, __ATOMIC_RELAXED);
}
static inline void gp_size_store(size_t *p, size_t n) {
  __atomic_store_n(p, n, __ATOMIC_RELAXED);
}
#define GP_IS_SHARED(o) (((o)->flags & GP_F_ATOMIC) != 0)

/* A gil=none dict's lock is its seq word, not a stripe: odd while held, so
** each critical section is also a seqlock's write bracket, which lets a
** reader peek at entries without the lock (runtime/cache_none.h), and the
** lock shares the dict's own cache lines instead of a stripe's. The same
** rule as the stripes' holds. The fields peeks read (the entries array,
** the count, an entry's key and value) are stored with release stores
** (plain moves on x86). Under a GIL seq stays 0. */
/* classmeth.c: tp's (or a base's) static or class method name, bound to
** cls; GP_ERRV with nothing raised if it has none. */
GpValue gp_type_class_attr(GpThread *t, const GpType *tp, const char *name, GpValue cls);
/* A class method's result r of the built-in type base, remade as cls(r)
** when cls is a subclass (CPython's int.from_bytes, float.fromhex). */
GpValue gp_class_result(GpThread *t, GpValue cls, const GpType *base, GpValue r);
/* cls.fromkeys(*args): cls is dict, a subclass or a collections type */
GpValue gp_dict_fromkeys(GpThread *t, GpValue cls, const GpValue *args, int nargs, GpObj *kw);
void gp_dict_lock_wait(GpDict *d); /* the contended path (object.c) */
static inline void gp_dict_lock(GpDict *d) {
  if (__builtin_expect(!(d->ob.flags & GP_F_ATOMIC), 1)) return;
  uint32_t s = __atomic_load_n(&d->seq, __ATOMIC_RELAXED);
  if ((s & 1) ||
      !__atomic_compare_exchange_n(&d->seq, &s, s + 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
    gp_dict_lock_wait(d);
}
static inline void gp_dict_unlock(GpDict *d) {
  if (__builtin_expect(!(d->ob.flags & GP_F_ATOMIC), 1)) return;
  __atomic_store_n(&d->seq, __atomic_load_n(&d->seq, __ATOMIC_RELAXED) + 1, __ATOMIC_RELEASE);
}
static inline void gp_value_put(GpValue *dst, GpValue v) {
  __atomic_store_n(&dst->tag, v.tag, __ATOMIC_RELEASE);
  __atomic_store_n(&dst->as.i, v.as.i, __ATOMIC_RELEASE);
}

/* ------------------------------------------------ library type slots
** GpType has no operator slots: ops.c dispatches the built-in types itself
** and, after them, consults these optional slots of library types (set,
** frozenset, collections.deque, ...). NULL members mean "unsupported".
** binop and compare return GP_ERRV with no exception set (t->exc None) for
** NotImplemented; either operand may be the owner's. */
typedef struct GpTypeOps {
  int (*len)(GpThread *t, GpValue self, int64_t *n);
  int (*contains)(GpThread *t, GpValue self, GpValue item);
  GpValue (*getitem)(GpThread *t, GpValue self, GpValue key);
  int (*setitem)(GpThread *t, GpValue self, GpValue key, GpValue v);
  int (*delitem)(GpThread *t, GpValue self, GpValue key);
  GpValue (*binop)(GpThread *t, GpBinOp op, GpValue a, GpValue b, bool inplace);
  GpValue (*compare)(GpThread *t, GpCmpOp op, GpValue a, GpValue b);
  /* calling an instance (functools.partial(...)(x)); args exclude self */
  GpValue (*call)(GpThread *t, GpValue self, const GpValue *args, int nargs, GpObj *kwnames);
  /* static methods, read on the type or an instance (str.maketrans,
  ** itertools.chain.from_iterable) */
  const GpMethodDef *statics;
  /* class methods (int.from_bytes): args[0] is the class they were read
  ** on, the type itself, a subclass, or an instance's class */
  const GpMethodDef *classmethods;
  /* For a subclass's instance: methods bound to it whole, and its __init__
  ** on the payload __new__ made (NULL: a new payload from the arguments).
  ** CPython's Python or C code there calls the instance's overrides
  ** (Counter.update its get and __setitem__). */
  const GpMethodDef *inst_methods;
  GpValue (*init)(GpThread *t, GpValue self, const GpValue *args, int nargs, GpObj *kwnames);
} GpTypeOps;
/* The NotImplemented result of GpTypeOps.binop and .compare (needs vm.h). */
#define GP_NOTIMPL(t, r) (GP_IS_ERR(r) && GP_IS_NONE((t)->exc))

/* ------------------------------------------------------------- utf8.c */
uint32_t gp_utf8_decode(const char *s, size_t *len);         /* one code point of valid UTF-8 */
size_t gp_utf8_count(const char *s, size_t n);               /* code points in n bytes */
size_t gp_utf8_skip(const char *s, size_t n, size_t nchars); /* byte offset of char nchars */
bool gp_unicode_isprintable(uint32_t cp);
bool gp_unicode_isspace(uint32_t cp);
bool gp_unicode_isdigit(uint32_t cp);   /* str.isdigit's: decimal, superscripts, ... */
bool gp_unicode_isnumeric(uint32_t cp); /* str.isnumeric's: digits, fractions, numerals */
/* Whether cp lies in one of the n sorted, disjoint ranges [lo, hi] (utf8.c). */
bool gp_unicode_in_ranges(const uint32_t (*r)[2], size_t n, uint32_t cp);
bool gp_unicode_xid_start(uint32_t cp);    /* utf8.c: may start an identifier */
bool gp_unicode_xid_continue(uint32_t cp); /* utf8.c: may continue one */
int gp_unicode_decimal(uint32_t cp);       /* a decimal digit's value (any script), else -1 */
bool gp_unicode_isalpha(uint32_t cp);
bool gp_unicode_isupper(uint32_t cp);
bool gp_unicode_islower(uint32_t cp);
uint32_t gp_unicode_lower(uint32_t cp);
uint32_t gp_unicode_upper(uint32_t cp);
/* Full case mapping (ß -> SS): writes 1..3 code points, returns how many. */
size_t gp_unicode_case_full(uint32_t cp, bool upper, uint32_t out[3]);

/* ------------------------------------------------------------ buffers */
/* Growable byte buffer for building strs; an allocation failure is sticky
** and reported by gp_buf_finish. */
typedef struct GpBuf {
  char *p;
  size_t len, cap;
  bool oom;
  char small[128];
} GpBuf;
void gp_buf_init(GpBuf *b);
void gp_buf_put(GpBuf *b, const char *s, size_t n);
void gp_buf_putc(GpBuf *b, char c);
void gp_buf_puts(GpBuf *b, const char *s);
void gp_buf_putstr(GpBuf *b, GpValue s); /* a str's bytes */
/* Appends repr(v); -1 on exception. */
int gp_buf_repr(GpThread *t, GpBuf *b, GpValue v);
GpValue gp_buf_finish(GpThread *t, GpBuf *b); /* -> str; frees b */
void gp_buf_free(GpBuf *b);

/* -------------------------------------------------------------- str.c */
GpValue gp_str_char(GpThread *t, uint32_t cp);      /* 1-char str; ASCII ones cached */
int64_t gp_str_hash_bytes(const char *s, size_t n); /* the hash of a str with these bytes */
GpValue gp_str_empty(void);
/* strtrans.c: s.translate(table), str.maketrans(x[, y[, z]]), s.maketrans and
** s.expandtabs(tabsize) */
GpValue gp_str_translate(GpThread *t, const GpValue *args, int nargs, GpObj *kw);
GpValue gp_str_maketrans(GpThread *t, const GpValue *args, int nargs, GpObj *kw);
GpValue gp_str_expandtabs(GpThread *t, const GpValue *args, int nargs, GpObj *kw);
GpValue gp_str_repr(GpThread *t, GpValue s);
GpValue gp_str_getitem(GpThread *t, GpValue s, GpValue key);
GpValue gp_str_getslice(GpThread *t, GpValue s, GpValue lo, GpValue hi, GpValue step);
int gp_str_contains(GpThread *t, GpValue s, GpValue item);
int gp_str_cmp(GpObj *a, GpObj *b); /* <0, 0, >0 in code-point order */
GpValue gp_str_repeat(GpThread *t, GpValue s, int64_t n);
GpValue gp_str_reversed(GpThread *t, GpValue s);
GpValue gp_str_mod(GpThread *t, GpValue fmt, GpValue args); /* printf-style % */
/* printf-style formatting as str % x does it, shared with bytes % x
** (bytes.c passes its format as Latin-1 text): convert renders one
** conversion of v (its flags, width and precision parsed into c; at is
** its index, for errors), key makes a mapping key of the text between
** '%(' and ')', what names the type in "not all arguments converted
** during string formatting". */
typedef struct GpModConv {
  bool left, zero, plus, space, alt;
  int64_t width, prec; /* -1: not given */
  char conv;
  uint32_t ch; /* the conversion character's code point, for errors */
  bool bytes;  /* bytes % x: its errors differ from str's */
} GpModConv;
typedef struct GpModHooks {
  GpValue (*convert)(GpThread *t, GpValue v, const GpModConv *c, size_t at);
  GpValue (*key)(GpThread *t, const char *s, size_t n);
  const char *what;
  bool bytes;
} GpModHooks;
GpValue gp_mod_format(GpThread *t, GpValue fmt, GpValue arg, const GpModHooks *h);
/* str's conversions: %s %r %a %c and the numbers */
GpValue gp_str_mod_convert(GpThread *t, GpValue v, const GpModConv *c, size_t at);
/* ascii(v): repr(v) with each non-ASCII character escaped */
GpValue gp_ascii(GpThread *t, GpValue v);

/* ------------------------------------------------------ bytes.c, codec.c */
GpValue gp_bytes_from_buf(GpThread *t, GpBuf *b); /* -> bytes; frees b */
GpValue gp_bytes_getslice(GpThread *t, GpValue b, GpValue lo, GpValue hi, GpValue step);
GpValue gp_bytes_reversed(GpThread *t, GpValue b); /* reversed(b) */
GpValue gp_bytes_zero(GpThread *t, size_t len);    /* len zero bytes, to fill in */
/* bytes(v) for a bytes-like or an iterable of ints (not an int or a str):
** what int.from_bytes reads; a new reference. */
GpValue gp_bytes_of(GpThread *t, GpValue v);
/* The bytes bytes(...) or bytearray(...) (tname, for messages) describes. */
GpValue gp_bytes_construct(GpThread *t, const GpValue *args, int nargs, GpObj *kw,
                           const char *tname);
void gp_bytes_repr_buf(GpBuf *b, const char *p, size_t n, bool escape_squote);
GpValue gp_bytes_compare(GpThread *t, GpCmpOp op, GpValue a, GpValue b);
GpValue gp_bytes_mod(GpThread *t, GpValue fmt, GpValue arg); /* fmt % arg, fmt bytes-like */
/* bytes, bytearray or memoryview: what the bytes methods take as arguments. */
bool gp_is_buffer(GpValue v);
/* A buffer's bytes now: bytes itself (a new reference) or a copy. */
GpValue gp_buffer_copy(GpThread *t, GpValue v);

/* bytearray.c: a mutable byte array, under its container lock (gil=none);
** exports counts the memoryviews over it, which forbid resizing. */
typedef struct GpByteArray {
  GpObj ob;
  size_t len, cap;
  char *data;
  size_t exports;
} GpByteArray;
extern GpType gp_type_bytearray, gp_type_memoryview;
/* The methods bytes and bytearray share (bytes.c): bytearray's run on a
** copy of the bytearray, and their bytes results become bytearrays. */
#define GP_BYTES_SHARED_METHODS(X)                                                                 \
  X(decode)                                                                                        \
  X(hex)                                                                                           \
  X(join)                                                                                          \
  X(split)                                                                                         \
  X(rsplit)                                                                                        \
  X(splitlines)                                                                                    \
  X(strip)                                                                                         \
  X(lstrip)                                                                                        \
  X(rstrip)                                                                                        \
  X(startswith)                                                                                    \
  X(endswith)                                                                                      \
  X(find)                                                                                          \
  X(rfind)                                                                                         \
  X(index)                                                                                         \
  X(rindex)                                                                                        \
  X(count)                                                                                         \
  X(replace)                                                                                       \
  X(upper)                                                                                         \
  X(lower)                                                                                         \
  X(partition)                                                                                     \
  X(rpartition)                                                                                    \
  X(isdigit)                                                                                       \
  X(isalpha)                                                                                       \
  X(isalnum)                                                                                       \
  X(isspace)                                                                                       \
  X(isascii)                                                                                       \
  X(isupper)                                                                                       \
  X(islower)                                                                                       \
  X(istitle)                                                                                       \
  X(title)                                                                                         \
  X(capitalize)                                                                                    \
  X(swapcase)                                                                                      \
  X(center)                                                                                        \
  X(ljust)                                                                                         \
  X(rjust)                                                                                         \
  X(zfill)                                                                                         \
  X(removeprefix)                                                                                  \
  X(removesuffix)                                                                                  \
  X(translate)                                                                                     \
  X(expandtabs)
#define GP_BYTEARRAY_SHARED_DECL(name)                                                             \
  GpValue gp_bytearray_##name(GpThread *t, const GpValue *args, int nargs, GpObj *kw);
GP_BYTES_SHARED_METHODS(GP_BYTEARRAY_SHARED_DECL)
#undef GP_BYTEARRAY_SHARED_DECL
extern const GpMethodDef gp_bytes_statics[];          /* maketrans */
extern const GpMethodDef gp_bytearray_classmethods[]; /* fromhex */
/* The bytes of an iterable of ints; range_msg for one out of range. */
GpValue gp_bytes_from_ints(GpThread *t, GpValue src, const char *range_msg);
GpValue gp_bytearray_copy(GpThread *t, GpValue ba); /* -> bytes */
/* A bytes method's result as bytearray's: bytes (alone, or the items of
** a list or tuple) become bytearrays; steals r. */
GpValue gp_bytearray_result(GpThread *t, GpValue r);
/* memfmt.c: memoryview's item formats (struct's native characters). The
** size of code's items, 0 if it is none gilpy knows; the item at p as a
** value; v stored at out (-1 with CPython's error if it does not fit). */
int gp_memfmt_size(char code);
GpValue gp_memfmt_unpack(GpThread *t, char code, const char *p);
int gp_memfmt_pack(GpThread *t, char code, GpValue v, char *out);
/* memview.c */
GpValue gp_memview_tobytes(GpThread *t, GpValue mv);
/* == and != of a cast view (a format other than 'B') and a buffer compare
** the items, as CPython's unpacking does (memoryview(b'ab').cast('H') !=
** b'ab'); for gp_bytes_compare, which answers the rest. */
bool gp_memview_is_cast(GpValue v);
GpValue gp_memview_compare_items(GpThread *t, GpCmpOp op, GpValue a, GpValue b);
/* str.encode and bytes.decode; encoding and errors may be GP_ERRV (utf-8,
** strict). */
GpValue gp_str_encode(GpThread *t, const GpValue *args, int nargs, GpObj *kw);
GpValue gp_str_encode_as(GpThread *t, GpValue str, GpValue encoding, GpValue errors);
GpValue gp_bytes_decode_as(GpThread *t, const char *s, size_t len, GpValue encoding,
                           GpValue errors);
/* The name error messages give the codec an encoding names ('utf-16-le'),
** or LookupError "unknown encoding: X" as codecs.lookup. */
GpValue gp_codec_name(GpThread *t, GpValue encoding);

/* --------------------------------------------------------- excfields.c */
/* The OSError subclass CPython's OSError(errno, ...) makes for errno. */
const GpType *gp_oserror_subclass(int64_t err);
GpValue gp_oserror_str(GpThread *t, GpValue self);
GpValue gp_unicode_error_str(GpThread *t, GpValue self);
/* An OSError's or UnicodeError's field (errno, filename, start, ...) of
** exception self: 1 with *out a new reference, 0 not such a field. */
int gp_exc_field(GpThread *t, GpValue self, const char *name, GpValue *out);

/* ---------------------------------------------------------------- exc.c */
/* A built-in exception's attribute dict (new reference), made on demand. */
GpValue gp_exc_dict(GpThread *t, GpValue self);
/* Sets exception self's __cause__, __context__ or __suppress_context__:
** 0, -1 on error, 1 if name s is none of them. */
int gp_exc_set_link(GpThread *t, GpValue self, const char *s, GpValue v);

/* ------------------------------------------------------------- list.c */
GpValue gp_list_getitem(GpThread *t, GpValue l, GpValue key);
int gp_list_setitem(GpThread *t, GpValue l, GpValue key, GpValue v);
int gp_list_delitem(GpThread *t, GpValue l, GpValue key);
GpValue gp_list_getslice(GpThread *t, GpValue l, GpValue lo, GpValue hi, GpValue step);
int gp_list_setslice(GpThread *t, GpValue l, GpValue lo, GpValue hi, GpValue step, GpValue v);
int gp_list_delslice(GpThread *t, GpValue l, GpValue lo, GpValue hi, GpValue step);
int gp_list_extend(GpThread *t, GpObj *l, GpValue iterable);
GpValue gp_list_concat(GpThread *t, GpValue a, GpValue b); /* both lists */
GpValue gp_list_repeat(GpThread *t, GpValue l, int64_t n);
int gp_list_irepeat(GpThread *t, GpValue l, GpValue n); /* l *= n */
/* Stable sort; key may be GP_NONEV. */
int gp_list_sort(GpThread *t, GpObj *l, GpValue key, bool reverse);
GpValue gp_list_reversed(GpThread *t, GpValue l);

/* gil=none-safe access for code outside list.c (a plain read otherwise). */
static inline size_t gp_list_len(GpObj *l) {
  return gp_size_load(&((GpList *)l)->len);
}
/* Item i as a new reference; false if i is out of range (iteration). */
bool gp_list_item(GpObj *l, size_t i, GpValue *out);
/* A stable view of a list's or tuple's items, for code that calls out while
** reading them or reads two containers: the items themselves under a GIL and
** for tuples; a copy holding references, taken under the lock, for lists of
** a gil=none VM. -1 (MemoryError) only when a copy cannot be made. */
typedef struct GpSeqView {
  const GpValue *items;
  size_t n;
  GpValue *copy; /* owned by the view, or NULL */
} GpSeqView;
int gp_seq_view(GpThread *t, GpValue seq, GpSeqView *v);
void gp_seq_view_done(GpSeqView *v);
/* Lists compared (both lists) and searched through views. */
GpValue gp_list_compare(GpThread *t, GpCmpOp op, GpValue a, GpValue b);
int gp_list_contains(GpThread *t, GpValue l, GpValue item);

/* object's hash: by identity (object.c), which gp_hash also gives the
** values of types without a hash slot for which
** gp_type_identity_hashed (ops.c) holds. */
int gp_identity_hash(GpThread *t, GpValue self, int64_t *h);
bool gp_type_identity_hashed(const GpType *tp);

/* gp_alloc's set-up of object o of type tp in reused memory whose collector
** head (if tp has one) is zeroed (object.c). */
GpObj *gp_obj_init(GpThread *t, const GpType *tp, GpObj *o);
/* gp_obj_init without linking o into the collector's lists. */
GpObj *gp_obj_init_untracked(GpThread *t, const GpType *tp, GpObj *o);

/* --------------------------------------------- list.c, tuple.c shared */
/* Most items a list or tuple may hold: 2^40 bytes of them, beyond what any
** malloc gives (and ASan's limit), so list(range(10**12)) raises MemoryError
** at once, as CPython's failing allocation does, instead of growing to it. */
#define GP_SEQ_MAX (((size_t)1 << 40) / sizeof(GpValue))
void gp_copy_items(GpValue *dst, const GpValue *src, size_t n); /* increfs */
/* Lexicographic comparison of two item arrays (lists or tuples). */
GpValue gp_seq_compare(GpThread *t, GpCmpOp op, const GpValue *a, size_t na, const GpValue *b,
                       size_t nb);
int gp_seq_contains(GpThread *t, const GpValue *items, size_t n, GpValue v);
/* repr of items between open/close ("[", "]"), with the recursion guard. */
GpValue gp_seq_repr(GpThread *t, GpObj *self, const GpValue *items, size_t n, const char *open,
                    const char *close);

/* ------------------------------------------------------------ tuple.c */
/* The cache of freed small tuples of the thread running bytecode here:
** dealloc_one hands a tuple's memory to it (true: kept), gp_vm_thread_free
** empties a thread's. */
bool gp_tuple_cache_put(GpObj *o);
void gp_tuple_cache_free(GpThread *t);
/* gp_dealloc's first try for a tuple (true: its memory is back in the cache). */
bool gp_tuple_recycle(GpObj *o);
/* BUILD_TUPLE: a tuple of the n values at items, taking their references. */
GpValue gp_tuple_take(GpThread *t, size_t n, const GpValue *items);
GpValue gp_tuple_getitem(GpThread *t, GpValue tu, GpValue key);
GpValue gp_tuple_getslice(GpThread *t, GpValue tu, GpValue lo, GpValue hi, GpValue step);
GpValue gp_tuple_concat(GpThread *t, GpValue a, GpValue b);
GpValue gp_tuple_repeat(GpThread *t, GpValue tu, int64_t n);
GpValue gp_tuple_reversed(GpThread *t, GpValue tu);
int gp_tuple_hash(GpThread *t, GpValue tu, int64_t *h);

/* ------------------------------------------------------------ instfree.c */
/* A cache as tuple.c's for the blocks of instances with inline values:
** inst_dealloc marks one with gp_inst_block_type for dealloc_one to hand
** over; take gives an instance of cls (a new reference, tracked) made
** from a block with room for cap values (0: a gil=none instance's, which
** gets a dict), with no dict and no values, or NULL. */
extern GpType gp_inst_block_type;
bool gp_inst_cache_put(GpObj *o);
GpObj *gp_inst_cache_take(GpThread *t, const GpType *cls, uint32_t cap);
void gp_inst_cache_free(GpThread *t);

/* ------------------------------------------------------------- dict.c */
extern GpType gp_type_dict_keys, gp_type_dict_values, gp_type_dict_items;
GpValue gp_dict_getitem(GpThread *t, GpValue d, GpValue key);
int gp_dict_delitem(GpThread *t, GpValue d, GpValue key); /* KeyError if missing */
int gp_dict_equal(GpThread *t, GpObj *a, GpObj *b);       /* 1, 0, -1 */
int gp_dict_update(GpThread *t, GpObj *d, GpValue src);   /* mapping or pairs */
typedef int (*GpStoreFn)(GpThread *t, GpValue dst, GpValue k, GpValue v);
int gp_update_via_keys(GpThread *t, GpValue dst, GpValue src, GpValue keys, GpStoreFn store);
GpValue gp_dict_copy(GpThread *t, GpObj *d);
GpValue gp_dict_reversed(GpThread *t, GpValue d);
static inline size_t gp_dict_len(GpObj *d) {
  return gp_size_load(&((GpDict *)d)->len);
}
int gp_dictview_contains(GpThread *t, GpValue view, GpValue item);
size_t gp_dictview_len(GpValue view);
/* dict_keys' and dict_items' set algebra (dictviewset.c): the GpTypeOps
** slots and isdisjoint. */
GpValue gp_dictview_binop(GpThread *t, GpBinOp op, GpValue a, GpValue b, bool inplace);
GpValue gp_dictview_compare(GpThread *t, GpCmpOp op, GpValue a, GpValue b);
GpValue gp_dictview_isdisjoint(GpThread *t, GpValue view, GpValue other);

/* ------------------------------------------------------------- set.c */
#define GP_IS_ANYSET(v) (GP_IS_TYPE(v, gp_type_set) || GP_IS_TYPE(v, gp_type_frozenset))
int gp_set_add(GpThread *t, GpObj *set, GpValue key);         /* 0, -1 (unhashable) */
int gp_set_update(GpThread *t, GpObj *set, GpValue iterable); /* set.update */
size_t gp_set_len(GpObj *set);
int gp_set_contains(GpThread *t, GpObj *set, GpValue key); /* key in set: 1, 0, -1 */

/* ------------------------------------------------------------ range.c */
/* The functions below take either kind: a GpRange or a big range. */
extern GpType gp_type_bigrange;
#define GP_IS_RANGE(v) (GP_IS_TYPE(v, gp_type_range) || GP_IS_TYPE(v, gp_type_bigrange))
GpValue gp_range_getitem(GpThread *t, GpValue r, GpValue key);
GpValue gp_range_getslice(GpThread *t, GpValue r, GpValue lo, GpValue hi, GpValue step);
int gp_range_contains(GpThread *t, GpValue r, GpValue v);
int gp_range_eq(GpThread *t, GpValue a, GpValue b);
int gp_range_size(GpThread *t, GpValue r, int64_t *n); /* OverflowError beyond int64 */
bool gp_range_truthy(GpValue r);
GpValue gp_range_reversed(GpThread *t, GpValue r);

/* ------------------------------------------------------------ slice.c */
typedef struct GpSliceObj {
  GpObj ob;
  GpValue start, stop, step; /* None where not given */
} GpSliceObj;
extern GpType gp_type_slice;
/* slice(start, stop, step): what a[i:j:k] passes to a class's __getitem__. */
GpValue gp_slice_new(GpThread *t, GpValue start, GpValue stop, GpValue step);

/* ----------------------------------------------------------- native.c */
/* Unbound method object for type attribute access: str.upper. */
GpValue gp_native_method(GpThread *t, const GpType *owner, const GpMethodDef *m);
/* An unbound method (one with an owner) read through obj from a class
** namespace: bound to obj if obj is an owner (CPython's method descriptor
** __get__), else the native itself. New reference. */
GpValue gp_native_get(GpThread *t, GpValue native, GpValue obj);

/* -------------------------------------------------------------- ops.c */
typedef struct GpSlice {
  int64_t start, stop, step, count;
} GpSlice;
/* Resolves slice bounds against a sequence of length len (CPython's
** PySlice_Unpack + PySlice_AdjustIndices); missing parts are GP_T_NONE. */
int gp_slice_resolve(GpThread *t, GpValue lo, GpValue hi, GpValue step, int64_t len, GpSlice *s);
/* Sequence index: int or bool key, negative from the end, checked against
** len; raises "<tname> indices must be integers or slices, not T" and
** IndexError oor ("list index out of range"). */
int gp_seq_index(GpThread *t, GpValue key, size_t len, const char *tname, const char *oor,
                 size_t *out);
/* Converts an int (or bool) to int64 for counts and indices: TypeError
** "'T' object cannot be interpreted as an integer"; bignums raise
** OverflowError "cannot fit 'int' into an index-sized integer". */
int gp_as_index(GpThread *t, GpValue v, int64_t *out);
/* A slice bound: int or bool, bignums clamped to int64; else TypeError
** "slice indices must be integers or None or have an __index__ method". */
int gp_slice_index(GpThread *t, GpValue v, int64_t *out);
const char *gp_type_name(GpValue v);
/* The count of seq * n: n, or n.__index__(); else CPython's TypeError
** "can't multiply sequence by non-int of type ...". */
int gp_repeat_count(GpThread *t, GpValue n, int64_t *k);
/* Recursion guard for repr of containers: 1 entered, 0 if o is already
** being printed on this thread ("[...]"), -1 RecursionError when nested
** too deep. Every 1 is paired with gp_repr_leave. */
int gp_repr_enter(GpThread *t, GpObj *o);
void gp_repr_leave(GpObj *o);
/* Guard of the C recursion of comparison and hashing of containers, as
** CPython's Py_EnterRecursiveCall: counts against the recursion limit like
** a call ("maximum recursion depth exceeded" + where), and against a fixed
** cap that keeps the C stack safe whatever the limit. 0 entered (pair with
** gp_rec_leave), -1 RecursionError. */
int gp_rec_enter(GpThread *t, const char *where);
void gp_rec_leave(GpThread *t);
GpValue gp_cmp_error(GpThread *t, GpCmpOp op, GpValue a, GpValue b);
/* Identity shortcut then gp_eq, as containers compare items. */
int gp_item_eq(GpThread *t, GpValue a, GpValue b);

/* ------------------------------------------------------------- iter.c */
extern GpType gp_type_enumerate, gp_type_zip, gp_type_map, gp_type_filter, gp_type_reversed,
    gp_type_seq_iter;
/* Iterator over a list, tuple or str by index (tolerates mutation). */
GpValue gp_seq_iter_new(GpThread *t, GpValue seq, bool reverse);
GpValue gp_reversed(GpThread *t, GpValue seq);
/* An iterator returning itself from iter(). */
GpValue gp_iter_self(GpThread *t, GpValue self);

#endif
