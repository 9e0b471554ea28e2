/*
** gp.h — the interpreter's internal core: values, objects, types, the
** error convention and the runtime functions every module calls.
** Private to interp/. The public API is interp/include/gilpy.h.
**
** Conventions (every .c file in interp/src follows them):
** - Values are GpValue: small ints, floats, bools and None inline; everything
**   else a reference-counted heap object (GpObj).
** - A function returning GpValue signals an exception by returning GP_ERRV
**   (tag GP_T_ERR) after setting t->exc with gp_raise*. A function returning
**   int uses -1 for an exception. Never both print and return.
** - Ownership: returned values are new references; arguments are borrowed.
**   Containers take their own references (gp_list_append increfs).
** - Prefixes: gp_int_ (int.c), gp_float_ (float.c), gp_str_ (str.c),
**   gp_list_, gp_tuple_, gp_dict_, gp_range_, gp_exc_ (exc.c), gp_vm_ (vm.c),
**   gp_gil_ (gil.c).
*/
#ifndef GP_H
#define GP_H

#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "gilpy.h"

typedef struct GpObj GpObj;
typedef struct GpType GpType;
typedef struct GpVM GpVM;
typedef struct GpThread GpThread;

/* ---------------------------------------------------------------- values */

typedef enum {
  GP_T_ERR = 0, /* "an exception is set" (never a Python value) */
  GP_T_NONE,
  GP_T_BOOL,
  GP_T_INT, /* int64 fast path; bignums are heap objects (gp_type_int) */
  GP_T_FLOAT,
  GP_T_OBJ
} GpTag;

typedef struct GpValue {
  uint32_t tag;
  union {
    int64_t i; /* GP_T_INT, GP_T_BOOL (0/1) */
    double f;
    GpObj *o;
  } as;
} GpValue;

#define GP_ERRV ((GpValue){.tag = GP_T_ERR})
#define GP_NONEV ((GpValue){.tag = GP_T_NONE})
#define GP_IS_ERR(v) ((v).tag == GP_T_ERR)
#define GP_IS_INT(v) ((v).tag == GP_T_INT)
#define GP_IS_FLOAT(v) ((v).tag == GP_T_FLOAT)
#define GP_IS_OBJ(v) ((v).tag == GP_T_OBJ)
#define GP_IS_NONE(v) ((v).tag == GP_T_NONE)
#define GP_IS_BOOL(v) ((v).tag == GP_T_BOOL)

static inline GpValue gp_intv(int64_t i) {
  return (GpValue){.tag = GP_T_INT, .as.i = i};
}
static inline GpValue gp_floatv(double f) {
  return (GpValue){.tag = GP_T_FLOAT, .as.f = f};
}
static inline GpValue gp_boolv(bool b) {
  return (GpValue){.tag = GP_T_BOOL, .as.i = b};
}
static inline GpValue gp_objv(GpObj *o) {
  return (GpValue){.tag = GP_T_OBJ, .as.o = o};
}

/* --------------------------------------------------------------- objects */

/* Object flags. */
#define GP_F_IMMORTAL 1u /* static or shared between VMs: never counted */
#define GP_F_ATOMIC 2u   /* made by a gil=none VM: counted atomically */
/* Its __del__ ran (PEP 442: once per object, finalize.c). Set only when no
** other thread can see the object (rc 0, or unreachable garbage). */
#define GP_F_FINALIZED 4u
/* A gil=none object counted per thread (runtime/rcdefer.c): its id in the
** VM's table is in the flags' top bits. */
#define GP_F_DEFERRED 8u
/* A weak reference to it was made under a GIL (runtime/weakref.c): its
** dealloc clears the references. Never set on gil=none objects. */
#define GP_F_WEAKREFD 16u
#define GP_F_ID_SHIFT 16

struct GpObj {
  _Atomic uint32_t rc;
  uint32_t flags;
  const GpType *type;
};

/* Reference counts: one macro pair for the whole interpreter. Objects made
** under a GIL are counted with plain (relaxed load + store) updates, those
** made by a free-threaded VM atomically, or per thread if they are deferred
** (runtime/rcdefer.c); the choice is a per-object flag set at allocation so
** the common path costs one predictable branch. */
void gp_rc_deferred_add(GpObj *o, int32_t d); /* rcdefer.c: this thread's count */
void gp_dealloc(GpObj *o);                    /* calls o->type->dealloc, then frees */
/* Past the common cases (flags 0, immortal), out of line (object.c): inlined whole,
** the eval loop grew past what GCC inlines and called even the common
** case out of line. */
void gp_incref_slow(GpObj *o);
void gp_decref_slow(GpObj *o);
static inline __attribute__((always_inline)) void gp_incref_o(GpObj *o) {
  if (__builtin_expect(o->flags == 0, 1))
    atomic_store_explicit(&o->rc, atomic_load_explicit(&o->rc, memory_order_relaxed) + 1,
                          memory_order_relaxed);
  else if (!(o->flags & GP_F_IMMORTAL))
    gp_incref_slow(o);
}
static inline __attribute__((always_inline)) void gp_decref_o(GpObj *o) {
  if (__builtin_expect(o->flags == 0, 1)) {
    uint32_t n = atomic_load_explicit(&o->rc, memory_order_relaxed) - 1;
    atomic_store_explicit(&o->rc, n, memory_order_relaxed);
    if (n == 0) gp_dealloc(o);
  } else if (!(o->flags & GP_F_IMMORTAL)) {
    gp_decref_slow(o);
  }
}
/* Functions, not macros, so the argument is evaluated once
** (GP_INCREF(keys[n++])); always inlined, they cost what the macros did. */
static inline __attribute__((always_inline)) void gp_incref_v(GpValue v) {
  if (v.tag == GP_T_OBJ) gp_incref_o(v.as.o);
}
static inline __attribute__((always_inline)) void gp_decref_v(GpValue v) {
  if (v.tag == GP_T_OBJ) gp_decref_o(v.as.o);
}
#define GP_INCREF(v) gp_incref_v(v)
#define GP_DECREF(v) gp_decref_v(v)

/* Allocates a zeroed object of `size` bytes, rc = 1, for type tp, with the
** flags of t's VM (GP_F_ATOMIC under gil=none). t may be NULL (plain). */
GpObj *gp_alloc(GpThread *t, const GpType *tp, size_t size);

/* Native functions: args[0..nargs) are positional then keyword values;
** kwnames (a tuple of str, or NULL) names the last len(kwnames) of them.
** For methods args[0] is self. */
typedef GpValue (*GpNativeFn)(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames);

typedef struct GpMethodDef {
  const char *name;
  GpNativeFn fn;
} GpMethodDef;

struct GpType {
  GpObj ob; /* types are values: `int`, `ValueError`; immortal */
  const char *name;
  const GpType *base;                         /* single inheritance (exceptions); NULL = object */
  void (*dealloc)(GpObj *o);                  /* release children */
  GpValue (*repr)(GpThread *t, GpValue self); /* -> str */
  GpValue (*str)(GpThread *t, GpValue self);  /* NULL: repr */
  int (*hash)(GpThread *t, GpValue self, int64_t *h); /* NULL: unhashable */
  GpValue (*iter)(GpThread *t, GpValue self);         /* -> iterator */
  /* 1 = *out set, 0 = exhausted, -1 = exception */
  int (*next)(GpThread *t, GpValue self, GpValue *out);
  /* calling the type itself: int(x), ValueError("m"), threading.Lock() */
  GpValue (*call)(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames);
  /* instance attribute hook (after methods); NULL if none */
  GpValue (*getattr)(GpThread *t, GpValue self, GpObj *name);
  int (*setattr)(GpThread *t, GpValue self, GpObj *name, GpValue v);
  const GpMethodDef *methods;  /* NULL-terminated */
  const struct GpTypeOps *ops; /* library types' protocol slots (obj.h); NULL if none */
  uint32_t tpflags;            /* GP_TPF_* */
  /* Cycle collection (runtime/gc.c documents the protocol): a type whose
  ** objects may hold references sets traverse, which calls visit on each
  ** GpObj it owns a reference to (stopping at a non-zero return), and, if
  ** cycles through it must be breakable, clear, which drops those references.
  ** Subtypes inherit both through base. */
  int (*traverse)(GpObj *self, int (*visit)(GpObj *child, void *arg), void *arg);
  void (*clear)(GpObj *self);
  /* __module__ of a type CPython writes in Python (collections.Counter),
  ** whose messages use the bare name; NULL: the part of name before its
  ** last dot, else builtins */
  const char *module;
};
typedef int (*GpVisitFn)(GpObj *child, void *arg);
/* Visits v if it is a heap object; for traverse functions. */
#define GP_VISIT(v, visit, arg)                                                                    \
  do {                                                                                             \
    if ((v).tag == GP_T_OBJ) {                                                                     \
      int vr_ = (visit)((v).as.o, (arg));                                                          \
      if (vr_) return vr_;                                                                         \
    }                                                                                              \
  } while (0)
/* Replaces *slot with None and drops the old value, after the write: the
** decref may free objects that look at this one. For clear functions. */
#define GP_CLEAR(slot)                                                                             \
  do {                                                                                             \
    GpValue cl_ = (slot);                                                                          \
    (slot) = GP_NONEV;                                                                             \
    GP_DECREF(cl_);                                                                                \
  } while (0)
#define GP_TPF_HEAP 1u /* a class made by a class statement (objects/class.h) */
/* A module's type that classes may derive from (objects/subtype.c): the
** payload is made by __init__, and the type's methods are bound to the
** instance, so that they can call back into its overrides (Thread.run). */
#define GP_TPF_SUBCLASSABLE 2u
/* A module's type that classes derive from as from dict or list
** (objects/subtype.c): __new__ makes an empty payload, __init__ a new
** one, and its repr "Name(...)" names the class (collections.deque). */
#define GP_TPF_PAYLOAD 4u

/* Type of any value (inline kinds map to gp_type_int, gp_type_float, ...). */
const GpType *gp_typeof(GpValue v);
bool gp_type_is_subtype(const GpType *a, const GpType *b);

extern GpType gp_type_type, gp_type_none, gp_type_bool, gp_type_int, gp_type_float, gp_type_str,
    gp_type_list, gp_type_tuple, gp_type_dict, gp_type_range, gp_type_native, gp_type_module,
    gp_type_function, gp_type_code, gp_type_generator, gp_type_coroutine, gp_type_async_generator;

/* ----------------------------------------------------------- object kinds */

typedef struct GpStr {
  GpObj ob;
  size_t len;    /* bytes of UTF-8 */
  size_t nchars; /* code points */
  int64_t hash;  /* -1 = not computed */
  bool ascii;    /* len == nchars: O(1) indexing */
  char data[];   /* NUL-terminated */
} GpStr;

typedef struct GpList {
  GpObj ob;
  size_t len, cap;
  GpValue *items;
} GpList;

typedef struct GpTuple {
  GpObj ob;
  size_t len;
  GpValue items[];
} GpTuple;

/* Insertion-ordered hash table (CPython 3.6 layout: dense entries + index). */
typedef struct GpDictEntry {
  int64_t hash;
  GpValue key; /* GP_T_ERR = deleted slot */
  GpValue value;
} GpDictEntry;

typedef struct GpDict {
  GpObj ob;
  size_t len;           /* live entries */
  size_t nentries, cap; /* used/allocated dense entries */
  size_t nindex;        /* power of two */
  int32_t *index;       /* -1 empty, -2 deleted, else entry position */
  GpDictEntry *entries;
  uint64_t keybits; /* bit hash % 64 of every key ever inserted: clear = absent */
  bool embedded;    /* entries and index live in the dict's own allocation */
  /* gil=none (runtime/cache_none.h): peeked, set under the lock, lets
  ** threads read entries without it, so storage it drops is retired, not
  ** freed; seq, the lock (odd while held), so also a seqlock for those
  ** reads (objects/obj.h). Both fit in embedded's padding. */
  bool peeked;
  uint32_t seq;
} GpDict;

/* Whether d provably lacks str key name: no key ever inserted shares its
** hash's key bit (an unhashed name proves nothing). Read without the
** lock: a bit is set before its key is visible, so a clear bit is a
** lookup made before any insertion of the name. */
static inline bool gp_dict_lacks_str(const GpDict *d, const GpObj *name) {
  int64_t h = __atomic_load_n(&((const GpStr *)name)->hash, __ATOMIC_RELAXED);
  return h != -1 && !((__atomic_load_n(&d->keybits, __ATOMIC_RELAXED) >> (h & 63)) & 1);
}

typedef struct GpRange {
  GpObj ob;
  int64_t start, stop, step;
} GpRange;

typedef struct GpNative {
  GpObj ob;
  const char *name;
  GpNativeFn fn;
  GpValue self; /* bound receiver (methods), GP_T_NONE tag unused if !bound */
  bool bound;
  const GpType *owner; /* unbound method (str.upper): self must be one; else NULL */
} GpNative;

typedef struct GpModule {
  GpObj ob;
  GpObj *name; /* str */
  GpObj *dict; /* globals */
} GpModule;

typedef struct GpExc {
  GpObj ob;              /* ob.type is the exception type */
  GpObj *args;           /* tuple */
  GpObj *tb;             /* list of (file, line, func) tuples, innermost FIRST (appended
                         ** while unwinding; traceback.c prints it reversed); or NULL */
  GpValue context;       /* exception being handled when raised; GP_T_NONE if none */
  GpValue cause;         /* `raise X from Y`: Y; GP_T_NONE if none */
  bool suppress_context; /* set by `from`: print the cause, not the context */
  GpObj *os_args;        /* OSError(errno, strerror, filename, ...): all the arguments,
                         ** as args keeps the first two only; else NULL */
  GpObj *group;          /* an exception group's sub-exceptions (tuple); else NULL */
  GpObj *dict;           /* a built-in exception's attributes (e.x = 1, __notes__), made
                         ** on first store; a class's instances keep theirs at dictoffset */
} GpExc;

#define GP_STR(v) ((GpStr *)(v).as.o)
#define GP_LIST(v) ((GpList *)(v).as.o)
#define GP_TUPLE(v) ((GpTuple *)(v).as.o)
#define GP_DICT(v) ((GpDict *)(v).as.o)
#define GP_IS_TYPE(v, tp) ((v).tag == GP_T_OBJ && (v).as.o->type == &(tp))

/* ------------------------------------------------------------ exceptions */

extern GpType gp_exc_BaseException, gp_exc_Exception, gp_exc_ValueError, gp_exc_TypeError,
    gp_exc_NameError, gp_exc_UnboundLocalError, gp_exc_ZeroDivisionError, gp_exc_ArithmeticError,
    gp_exc_LookupError, gp_exc_IndexError, gp_exc_KeyError, gp_exc_AttributeError,
    gp_exc_AssertionError, gp_exc_RuntimeError, gp_exc_OverflowError, gp_exc_RecursionError,
    gp_exc_ReferenceError, gp_exc_KeyboardInterrupt, gp_exc_ImportError, gp_exc_ModuleNotFoundError,
    gp_exc_NotImplementedError, gp_exc_MemoryError, gp_exc_StopIteration, gp_exc_SyntaxError,
    gp_exc_IndentationError, gp_exc_TabError, gp_exc_SystemExit, gp_exc_OSError,
    gp_exc_TimeoutError, gp_exc_UnicodeDecodeError, gp_exc_GeneratorExit, gp_exc_StopAsyncIteration,
    gp_exc_UnicodeEncodeError, gp_exc_UnicodeTranslateError, gp_exc_UnicodeError,
    gp_exc_BlockingIOError, gp_exc_ChildProcessError, gp_exc_ConnectionError,
    gp_exc_BrokenPipeError, gp_exc_ConnectionAbortedError, gp_exc_ConnectionRefusedError,
    gp_exc_ConnectionResetError, gp_exc_FileExistsError, gp_exc_FileNotFoundError,
    gp_exc_InterruptedError, gp_exc_IsADirectoryError, gp_exc_NotADirectoryError,
    gp_exc_PermissionError, gp_exc_ProcessLookupError, gp_exc_EOFError, gp_exc_BufferError,
    gp_exc_Warning, gp_exc_UserWarning, gp_exc_DeprecationWarning, gp_exc_PendingDeprecationWarning,
    gp_exc_SyntaxWarning, gp_exc_RuntimeWarning, gp_exc_FutureWarning, gp_exc_ImportWarning,
    gp_exc_UnicodeWarning, gp_exc_BytesWarning, gp_exc_ResourceWarning, gp_exc_EncodingWarning;

/* Sets t->exc to a new instance of tp with a printf-formatted message;
** returns GP_ERRV so callers can `return gp_raise(...)`. */
GpValue gp_raise(GpThread *t, const GpType *tp, const char *fmt, ...);
GpValue gp_raise_value(GpThread *t, GpValue exc); /* exc: instance (borrowed) */
GpValue gp_raise_nomem(GpThread *t);
/* KeyboardInterrupt, for a blocking wait that gp_interrupt ended. */
GpValue gp_raise_keyboard_interrupt(GpThread *t);
/* OSError(err, strerror(err), filename) as CPython's os functions raise it:
** the subclass err picks (FileNotFoundError for ENOENT), with .errno,
** .strerror and .filename set; filename may be NULL (then None). */
GpValue gp_raise_errno(GpThread *t, int err, const char *filename);
/* The same with msg for strerror(err), for a cause the errno alone hides. */
GpValue gp_raise_oserror(GpThread *t, int err, const char *msg, const char *filename);
/* KeyError's message is the repr of the key. */
GpValue gp_raise_keyerror(GpThread *t, GpValue key);
GpValue gp_exc_new(GpThread *t, const GpType *tp, GpObj *args_tuple);
bool gp_exc_matches(GpValue exc, const GpType *tp);
/* "Type: message" line as CPython prints it last in a traceback. */
GpValue gp_exc_format_line(GpThread *t, GpValue exc);
extern const GpType *const gp_builtin_exceptions[]; /* NULL-terminated */

/* ----------------------------------------------------- generic protocol */

typedef enum {
  GP_OP_ADD,
  GP_OP_SUB,
  GP_OP_MUL,
  GP_OP_TRUEDIV,
  GP_OP_FLOORDIV,
  GP_OP_MOD,
  GP_OP_POW,
  GP_OP_LSHIFT,
  GP_OP_RSHIFT,
  GP_OP_AND,
  GP_OP_OR,
  GP_OP_XOR,
  GP_OP_MATMUL, /* @: no built-in type has it; classes through __matmul__ */
  GP_OP_NBINOPS
} GpBinOp;
typedef enum { GP_CMP_LT, GP_CMP_LE, GP_CMP_EQ, GP_CMP_NE, GP_CMP_GT, GP_CMP_GE } GpCmpOp;
typedef enum { GP_UN_NEG, GP_UN_POS, GP_UN_INVERT } GpUnOp;
/* Whether a three-way comparison result c (<0, 0, >0) satisfies op. */
static inline bool gp_cmp_holds(GpCmpOp op, int c) {
  switch (op) {
  case GP_CMP_LT:
    return c < 0;
  case GP_CMP_LE:
    return c <= 0;
  case GP_CMP_EQ:
    return c == 0;
  case GP_CMP_NE:
    return c != 0;
  case GP_CMP_GT:
    return c > 0;
  default:
    return c >= 0;
  }
}

GpValue gp_binop(GpThread *t, GpBinOp op, GpValue a, GpValue b);
/* In-place variant (+= on lists extends in place); else same as gp_binop. */
GpValue gp_inplace_binop(GpThread *t, GpBinOp op, GpValue a, GpValue b);
GpValue gp_unop(GpThread *t, GpUnOp op, GpValue a);
GpValue gp_compare(GpThread *t, GpCmpOp op, GpValue a, GpValue b); /* -> value */
int gp_eq(GpThread *t, GpValue a, GpValue b);                      /* 1, 0, -1 error */
int gp_truthy(GpThread *t, GpValue v);                             /* 1, 0, -1 error */
int gp_contains(GpThread *t, GpValue container, GpValue item);     /* 1, 0, -1 */
int gp_hash(GpThread *t, GpValue v, int64_t *h);                   /* 0, -1 (TypeError) */
GpValue gp_repr(GpThread *t, GpValue v);                           /* -> str */
GpValue gp_str(GpThread *t, GpValue v);                            /* -> str */
GpValue gp_getitem(GpThread *t, GpValue o, GpValue key);
int gp_setitem(GpThread *t, GpValue o, GpValue key, GpValue v);
int gp_delitem(GpThread *t, GpValue o, GpValue key);
GpValue gp_getattr(GpThread *t, GpValue o, GpObj *name); /* methods bound */
int gp_setattr(GpThread *t, GpValue o, GpObj *name, GpValue v);
int gp_delattr(GpThread *t, GpValue o, GpObj *name); /* del o.name */
GpValue gp_iter(GpThread *t, GpValue o);
int gp_next(GpThread *t, GpValue it, GpValue *out); /* 1, 0 done, -1 */
GpValue gp_len(GpThread *t, GpValue o);
int gp_len_of(GpThread *t, GpValue o, int64_t *n);
/* format(v, spec) with the format-spec mini-language (f-strings). */
GpValue gp_format(GpThread *t, GpValue v, GpObj *spec);
/* Lookup of a method in a type's methods table (walks base types). */
const GpMethodDef *gp_type_method(const GpType *tp, const char *name);
/* The same for an interned name (cached: LOAD_METHOD's hot path). */
const GpMethodDef *gp_type_method_interned(const GpType *tp, GpObj *name);
/* slice(lo, hi, step) on str, list, tuple, range; missing parts GP_T_NONE */
GpValue gp_getslice(GpThread *t, GpValue o, GpValue lo, GpValue hi, GpValue step);
int gp_setslice(GpThread *t, GpValue o, GpValue lo, GpValue hi, GpValue step, GpValue v);
int gp_delslice(GpThread *t, GpValue o, GpValue lo, GpValue hi, GpValue step);

/* gen.send(v) (vm.c): the next yielded value; StopIteration(return value) at the end. */
GpValue gp_gen_send(GpThread *t, GpValue gen, GpValue v);

/* The Ellipsis singleton, `...` (objects/slice.c; immortal: no reference
** to take). */
GpValue gp_ellipsis(void);

/* Weak references (runtime/weakref.c): weakref.ref's type, a new
** reference to obj (TypeError for types CPython refuses), its referent (a
** new reference, or None once dead), the number of references to obj. */
extern GpType gp_type_weakref;
GpValue gp_weakref_new(GpThread *t, GpValue obj, GpValue callback);
GpValue gp_weakref_get(GpValue ref);
int64_t gp_weakref_count(GpValue obj);
/* dealloc_one (object.c), after the finalizer: detaches o's references
** and runs their callbacks (queued while the collector defers finalizers:
** gp_weak_run_pending runs them). */
void gp_weak_clear(GpObj *o);
void gp_weak_run_pending(GpThread *t);
extern _Atomic size_t gp_weak_shared; /* table entries for gil=none objects */
static inline bool gp_weak_maybe(const GpObj *o) {
  uint32_t f = o->flags;
  return (f & GP_F_WEAKREFD) ||
         ((f & GP_F_ATOMIC) && atomic_load_explicit(&gp_weak_shared, memory_order_relaxed));
}

/* Calls anything callable (vm.c); gilpy.h's gp_call is the embedder's. */
GpValue gp_vm_call(GpThread *t, GpValue fn, const GpValue *args, int nargs, GpObj *kwnames);

/* Binds native args to parameter names: fills out[0..nnames) from positional
** and keyword args; missing optional ones (index >= nrequired) are set to
** GP_ERRV. Raises TypeError with CPython's wording on mismatch. */
int gp_parse_args(GpThread *t, const char *fname, const GpValue *args, int nargs, GpObj *kwnames,
                  const char *const *names, int nnames, int nrequired, GpValue *out);
/* In names, a leading '$' marks a keyword-only parameter (not part of the
** name). Wording of _PyArg_UnpackKeywords: "F() takes at most N arguments
** (M given)", "F() missing required argument 'x' (pos 1)", "'k' is an
** invalid keyword argument for F()". */

/* Arity checks for natives with CPython's wording; 0, or -1 with TypeError
** set. n counts every argument passed (positional and keyword).
**   gp_arg_count: "F expected at least/at most/exactly N argument(s), got M"
**                 (keywords refused: "F() takes no keyword arguments")
**   gp_arg_one:   "F() takes exactly one argument (M given)"
**   gp_arg_none:  "F() takes no arguments (M given)" */
int gp_arg_count(GpThread *t, const char *fname, int n, GpObj *kwnames, int min, int max);
int gp_arg_one(GpThread *t, const char *fname, int n, GpObj *kwnames);
int gp_arg_none(GpThread *t, const char *fname, int n, GpObj *kwnames);
/* Calls a native function object (bound ones get self prepended). */
GpValue gp_native_call(GpThread *t, GpObj *native, const GpValue *args, int nargs, GpObj *kwnames);

/* ------------------------------------------------------- ints (int.c) */
/* Bignums are gp_type_int heap objects wrapping an mpz_t; results that fit
** in int64 are always demoted to GP_T_INT, so a GP_T_OBJ int never fits. */
GpValue gp_int_from_str(GpThread *t, const char *digits, int base); /* no sign/underscores */
GpValue gp_int_from_double(GpThread *t, double d);         /* int(3.7); raises on inf/nan */
int gp_int_to_int64(GpThread *t, GpValue v, int64_t *out); /* OverflowError */
double gp_int_to_double(GpValue v);                     /* v an int (inline or big); may be inf */
int gp_to_double(GpThread *t, GpValue v, double *out);  /* int/float/bool → double */
bool gp_is_int(GpValue v);                              /* inline, bool, or bignum */
GpValue gp_int_tostr(GpThread *t, GpValue v, int base); /* str in base 10/16/8/2 */

/* ----------------------------------------------------- floats (float.c) */
/* Python's repr: shortest round-trip ("0.1", "1e+22", "inf", "nan", "-0.0");
** writes NUL-terminated into buf (>= 32 bytes), returns length. */
int gp_float_repr(double d, char *buf, size_t size);

/* ------------------------------------------------- complex (complex.c) */
extern GpType gp_type_complex;
GpValue gp_complex_new(GpThread *t, double re, double im); /* 1j literals, cmath */

/* ------------------------------------------------------- strs (str.c) */
GpValue gp_str_new(GpThread *t, const char *s, size_t len); /* valid UTF-8 */
GpValue gp_str_cstr(GpThread *t, const char *s);
GpValue gp_str_printf(GpThread *t, const char *fmt, ...);
/* Interned str for identifiers: immortal, shared by all VMs, never freed
** before exit; identical text gives the identical object. Thread-safe. */
GpObj *gp_intern(const char *s, size_t len);
GpObj *gp_intern_cstr(const char *s);
bool gp_str_eq(GpObj *a, GpObj *b);
int64_t gp_str_hash(GpObj *s);
/* Concatenates the strs of a list/tuple into one (f-strings, str.join). */
GpValue gp_str_concat(GpThread *t, const GpValue *parts, size_t n);

/* ------------------------------------------------------ bytes (bytes.c) */
typedef struct GpBytes {
  GpObj ob;
  size_t len;
  char data[]; /* NUL-terminated */
} GpBytes;
extern GpType gp_type_bytes;
GpValue gp_bytes_new(GpThread *t, const char *s, size_t len);

/* ----------------------------------------- lists, tuples (list.c, tuple.c) */
GpValue gp_list_new(GpThread *t, size_t cap);
int gp_list_append(GpThread *t, GpObj *list, GpValue v); /* increfs v */
GpValue gp_list_from_iter(GpThread *t, GpValue iterable);
GpValue gp_tuple_new(GpThread *t, size_t len); /* items GP_NONEV; fill by stealing */
GpValue gp_tuple_pack(GpThread *t, size_t n, const GpValue *items); /* increfs */

/* --------------------------------------------------------- dicts (dict.c) */
GpValue gp_dict_new(GpThread *t);
/* An empty dict with room for n keys in its own allocation: no malloc
** until it outgrows it (an instance's dict, presized from its class's hint). */
GpValue gp_dict_new_sized(GpThread *t, size_t n);
/* 1 found (*out borrowed), 0 missing, -1 error (unhashable key) */
int gp_dict_get(GpThread *t, GpObj *d, GpValue key, GpValue *out);
/* The same with *out a new reference: what gil=none needs, as another thread
** may remove a borrowed value at once. */
int gp_dict_getref(GpThread *t, GpObj *d, GpValue key, GpValue *out);
int gp_dict_set(GpThread *t, GpObj *d, GpValue key, GpValue v); /* increfs both */
int gp_dict_del(GpThread *t, GpObj *d, GpValue key);            /* 1, 0 missing, -1 */
/* d[key] = v, or del d[key] if v is GP_ERRV, handing the value replaced or
** removed to the caller (*old, a reference) instead of dropping it: 1 there
** was one, 0 none (v inserted, or nothing to delete), -1 error. */
int gp_dict_exchange(GpThread *t, GpObj *d, GpValue key, GpValue v, GpValue *old);
/* String-keyed fast paths for globals and module dicts (key: any str). */
GpValue *gp_dict_find_str(GpObj *d, GpObj *key); /* borrowed slot or NULL */
GpValue *gp_dict_find_str_hint(GpObj *d, GpObj *key,
                               uint32_t *hint); /* same, tries entry *hint first */
/* A str-keyed lookup taking a reference (*out new): safe under gil=none,
** where a borrowed slot may move or be freed by another thread. */
bool gp_dict_get_str(GpObj *d, GpObj *key, GpValue *out);
/* The same trying entry *hint first (gp_dict_find_str_hint), for gil=none. */
bool gp_dict_get_str_hint(GpObj *d, GpObj *key, uint32_t *hint, GpValue *out);
/* d[key] = v (v borrowed) trying entry *hint first: 0, or -1 on error. */
int gp_dict_set_str_hint(GpThread *t, GpObj *d, GpObj *key, uint32_t *hint, GpValue v);
/* The same taking over the caller's reference to v (kept by the caller on
** -1), under one lock: gil=none's instance attribute stores. */
int gp_dict_put_str_hint(GpThread *t, GpObj *d, GpObj *key, uint32_t *hint, GpValue v);
int gp_dict_set_str(GpThread *t, GpObj *d, const char *key, GpValue v);
/* Iteration over live entries: i starts at 0; returns false at the end. */
bool gp_dict_next(GpObj *d, size_t *i, GpValue *key, GpValue *value);
/* The same, replacing the next live value with v (borrowed) under the
** dict's lock and handing the old one to *old (a reference), as a store
** does: for clearing a dict other threads may still read (gil=none). */
bool gp_dict_next_swap(GpObj *d, size_t *i, GpValue v, GpValue *old);

/* ---------------------------------------------------------- sets (set.c) */
extern GpType gp_type_set, gp_type_frozenset;
/* A new set or frozenset (tp) of the items of iterable (GP_ERRV: empty). */
GpValue gp_set_new(GpThread *t, const GpType *tp, GpValue iterable);

/* --------------------------------------------------------- range (range.c) */
GpValue gp_range_new(GpThread *t, int64_t start, int64_t stop, int64_t step);
int64_t gp_range_len(const GpRange *r);

/* --------------------------------------------- native functions (native.c) */
GpValue gp_native_new(GpThread *t, const char *name, GpNativeFn fn);
GpValue gp_native_bind(GpThread *t, const char *name, GpNativeFn fn, GpValue self);
/* Module setup: stores v (stolen; GP_ERRV passes the error on) in d under
** name, and one native function per entry of a NULL-terminated table. */
int gp_module_set(GpThread *t, GpObj *d, const char *name, GpValue v);
int gp_module_add_functions(GpThread *t, GpObj *d, const GpMethodDef *fns);

/* ------------------------------------------------- modules (builtins.c …) */
/* A built-in module is made by an opener that fills its dict. */
typedef int (*GpModuleOpener)(GpThread *t, GpObj *module_dict);
typedef struct GpBuiltinModule {
  const char *name;
  GpModuleOpener open;
} GpBuiltinModule;
extern const GpBuiltinModule gp_builtin_modules[];       /* NULL-name terminated */
int gp_open_builtins(GpThread *t, GpObj *builtins_dict); /* print, len, … */
int gp_open_math(GpThread *t, GpObj *d);
int gp_open_cmath(GpThread *t, GpObj *d); /* cmathmod.c */
int gp_open_time(GpThread *t, GpObj *d);
int gp_time_open_conv(GpThread *t, GpObj *d); /* timeconv.c: localtime, strftime, zone */
int gp_time_open_py(GpThread *t, GpObj *d);   /* time_py.c: struct_time and the rest */
int gp_open_sys(GpThread *t, GpObj *d);
int gp_sys_open_py(GpThread *t, GpObj *d); /* sys_py.c */
/* sys.setswitchinterval, which the gil module shares. */
GpValue gp_sys_setswitchinterval(GpThread *t, const GpValue *args, int nargs, GpObj *kw);
GpValue gp_sys_stdout_override(GpThread *t); /* sysmod.c: a replaced sys.stdout, else GP_ERRV */
bool gp_sys_is_stream(GpValue v);            /* sysmod.c: the process's own sys.stdout/stderr */
int gp_open_threading(GpThread *t, GpObj *d);
int gp_open_gil(GpThread *t, GpObj *d);
int gp_open_bench(GpThread *t, GpObj *d);
int gp_open_random(GpThread *t, GpObj *d); /* the library modules (modules/) */
int gp_open_heapq(GpThread *t, GpObj *d);
int gp_open_bisect(GpThread *t, GpObj *d);
int gp_open_functools(GpThread *t, GpObj *d);
int gp_open_operator(GpThread *t, GpObj *d);
int gp_open_itertools(GpThread *t, GpObj *d);
int gp_open_string(GpThread *t, GpObj *d);
int gp_open_errno(GpThread *t, GpObj *d); /* errnomod.c */
int gp_open_typing(GpThread *t, GpObj *d);
int gp_open_abc(GpThread *t, GpObj *d);
/* tp[args] for a built-in type tp: types.GenericAlias (modules/typing_py.c). */
GpValue gp_builtin_generic(GpThread *t, GpValue tp, GpValue args);
/* a | b of types or None: types.UnionType (modules/typing_py.c). */
GpValue gp_type_union(GpThread *t, GpValue a, GpValue b);
int gp_open_traceback(GpThread *t, GpObj *d);
/* The traceback object (or None) of an exception's frame entries, a list
** of (file, line, function) innermost first (modules/traceback_py.c). */
GpValue gp_traceback_object(GpThread *t, GpObj *entries);
int gp_open_future(GpThread *t, GpObj *d);
int gp_open_collections_abc(GpThread *t, GpObj *d);
int gp_open_collections(GpThread *t, GpObj *d);
int gp_open_copy(GpThread *t, GpObj *d);
int gp_open_io(GpThread *t, GpObj *d);
int gp_open_gc(GpThread *t, GpObj *d);
int gp_open_contextlib(GpThread *t, GpObj *d);
int gp_open_queue(GpThread *t, GpObj *d);
int gp_open_concurrent(GpThread *t, GpObj *d);
int gp_open_concurrent_futures(GpThread *t, GpObj *d);
int gp_futures_thread_open(GpThread *t, GpObj *d);  /* futures_thread.c: ThreadPoolExecutor */
int gp_futures_process_open(GpThread *t, GpObj *d); /* futures_process.c: ProcessPoolExecutor */
/* Runs Python source, compiled into gilpy, in a module's dict (pysrc.c). */
int gp_module_run_source(GpThread *t, GpObj *d, const char *src, const char *filename);
int gp_open_dataclasses(GpThread *t, GpObj *d); /* dataclasses_py.c */
int gp_open_enum(GpThread *t, GpObj *d);        /* enum_py.c */
int gp_open_json(GpThread *t, GpObj *d);        /* json_py.c */
int gp_open_asyncio(GpThread *t, GpObj *d);
int gp_open_os(GpThread *t, GpObj *d);
int gp_open_multiprocessing(GpThread *t, GpObj *d);
int gp_open_statistics(GpThread *t, GpObj *d);  /* statistics_py.c */
int gp_open_textwrap(GpThread *t, GpObj *d);    /* textwrap_py.c */
int gp_open_tempfile(GpThread *t, GpObj *d);    /* tempfile_py.c */
int gp_open_shutil(GpThread *t, GpObj *d);      /* shutil_py.c */
int gp_open_warnings(GpThread *t, GpObj *d);    /* warnings_py.c */
int gp_open_stat(GpThread *t, GpObj *d);        /* stat_py.c */
int gp_open_struct(GpThread *t, GpObj *d);      /* struct_py.c */
int gp_open_csv(GpThread *t, GpObj *d);         /* csv_py.c */
int gp_open_hashlib_c(GpThread *t, GpObj *d);   /* hashlibmod.c: _hashlib */
int gp_open_hashlib(GpThread *t, GpObj *d);     /* hashlib_py.c */
int gp_open_hmac(GpThread *t, GpObj *d);        /* hashlib_py.c */
int gp_open_binascii(GpThread *t, GpObj *d);    /* base64_py.c */
int gp_open_base64(GpThread *t, GpObj *d);      /* base64_py.c */
int gp_open_subprocess(GpThread *t, GpObj *d);  /* subprocmod.c */
int gp_open_timeit(GpThread *t, GpObj *d);      /* timeit_py.c */
int gp_open_shlex(GpThread *t, GpObj *d);       /* shlex_py.c */
int gp_open_numbers(GpThread *t, GpObj *d);     /* numbers_py.c */
int gp_open_fractions(GpThread *t, GpObj *d);   /* fractions_py.c */
int gp_open_pprint(GpThread *t, GpObj *d);      /* pprint_py.c */
int gp_open_reprlib(GpThread *t, GpObj *d);     /* reprlib_py.c */
int gp_open_getopt(GpThread *t, GpObj *d);      /* getopt_py.c */
int gp_open_unittest(GpThread *t, GpObj *d);    /* unittest_py.c */
int gp_open_keyword(GpThread *t, GpObj *d);     /* keyword_py.c */
int gp_open_contextvars(GpThread *t, GpObj *d); /* contextvars_py.c */
int gp_open_fnmatch(GpThread *t, GpObj *d);     /* fnmatch_py.c */
int gp_open_glob(GpThread *t, GpObj *d);        /* glob_py.c */
int gp_open_graphlib(GpThread *t, GpObj *d);    /* graphlib_py.c */
int gp_open_select(GpThread *t, GpObj *d);      /* selectmod.c */
int gp_open_selectors(GpThread *t, GpObj *d);   /* selectors_py.c */
int gp_open_secrets(GpThread *t, GpObj *d);     /* secrets_py.c */
int gp_open_uuid(GpThread *t, GpObj *d);        /* uuid_py.c */
int gp_open_platform(GpThread *t, GpObj *d);    /* platform_py.c */
int gp_open_sched(GpThread *t, GpObj *d);       /* sched_py.c */
int gp_open_copyreg(GpThread *t, GpObj *d);     /* copyreg_py.c */
int gp_open_pickle(GpThread *t, GpObj *d);      /* pickle_py.c */
/* object.__reduce_ex__, __reduce__, __getstate__: copyreg's Python
** (modules/objreduce.c); gp_copyreg_call calls copyreg.fn(*args). */
GpValue gp_object_reduce_ex(GpThread *t, const GpValue *args, int nargs, GpObj *kw);
GpValue gp_object_reduce(GpThread *t, const GpValue *args, int nargs, GpObj *kw);
GpValue gp_object_getstate(GpThread *t, const GpValue *args, int nargs, GpObj *kw);
GpValue gp_copyreg_call(GpThread *t, const char *fn, const GpValue *args, int nargs);
int gp_open_gpmatch(GpThread *t, GpObj *d);   /* match_py.c */
int gp_open_pathlib(GpThread *t, GpObj *d);   /* pathlib_py.c */
int gp_open_datetime(GpThread *t, GpObj *d);  /* datetime_py.c */
int gp_open_strptime(GpThread *t, GpObj *d);  /* strptime_py.c: _strptime */
int gp_open_calendar(GpThread *t, GpObj *d);  /* calendar_py.c */
int gp_open_logging(GpThread *t, GpObj *d);   /* logging_py.c */
int gp_open_types(GpThread *t, GpObj *d);     /* types_py.c */
int gp_open_weakref(GpThread *t, GpObj *d);   /* weakref_py.c */
int gp_open_re(GpThread *t, GpObj *d);        /* re_py.c, remod.c */
int gp_open_importlib(GpThread *t, GpObj *d); /* importmod.c */
int gp_open_argparse(GpThread *t, GpObj *d);  /* argparse_py.c */

/* The network modules: socket, urllib and http.client. */
int gp_open_socket(GpThread *t, GpObj *d);         /* socket_py.c, socketmod.c */
int gp_open_urllib(GpThread *t, GpObj *d);         /* netpkgs.c: the package */
int gp_open_urllib_parse(GpThread *t, GpObj *d);   /* urlparse_py.c */
int gp_open_urllib_error(GpThread *t, GpObj *d);   /* urlerror_py.c */
int gp_open_urllib_request(GpThread *t, GpObj *d); /* urlrequest_py.c */
int gp_open_http(GpThread *t, GpObj *d);           /* netpkgs.c: the package */
int gp_open_http_client(GpThread *t, GpObj *d);    /* httpclient_py.c */

/* signal (signal_py.c, signalmod.c) and atexit (atexitmod.c). */
int gp_open_signal(GpThread *t, GpObj *d);
int gp_open_atexit(GpThread *t, GpObj *d);
/* Whether t is the main thread, the one that runs the signal handlers. */
bool gp_signal_is_main(GpThread *t);
/* GIL held: runs the Python handlers of the signals that arrived, if t is
** the main thread; -1 if one raised. */
int gp_signal_run_pending(GpThread *t);
/* For a blocking wait, GIL released: whether a signal waits for t's
** handlers; gp_signal_run_blocked runs them (re-taking the GIL meanwhile),
** -1 if one raised: the wait ends with that exception, else it goes on. */
bool gp_signal_waiting(GpThread *t);
int gp_signal_run_blocked(GpThread *t);
/* gp_close: the VM no longer gets signals; its handlers and callbacks go. */
void gp_signal_vm_closed(GpVM *vm);
void gp_atexit_vm_closed(GpVM *vm);
/* At exit, after the non-daemon threads were joined: the atexit callbacks. */
void gp_atexit_run(GpVM *vm);

/* Output for print(): locked per VM so lines from threads do not interleave. */
int gp_write_out(GpThread *t, const char *s, size_t n);

/* Unicode helpers (utf8.c). */
bool gp_utf8_valid(const char *s, size_t n, size_t *nchars);
size_t gp_utf8_encode(uint32_t cp, char *out);       /* returns bytes (1..4) */
uint32_t gp_utf8_decode(const char *s, size_t *len); /* one code point of valid UTF-8 */

#endif
