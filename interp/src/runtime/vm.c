/*
** vm.c — the stack machine: frames, calls, exception unwinding.
**
** Frames live in a per-thread stack of chunks (CPython 3.11's data stack):
** a call pushes one with its locals and value stack, no malloc, and
** Python-to-Python calls continue in the same C invocation of the eval
** loop, so recursion depth is bounded by the recursion limit, not by the C
** stack. Natives calling back into Python (sorted's key, gp_vm_call) do nest
** a C invocation; those nestings have their own, smaller limit.
**
** The eval loop is vm_loop.h, instantiated twice: run_legacy counts ticks
** between any two instructions (gil=legacy); run_fast polls the eval
** breaker only on backward jumps and function entries (gil=new, none), so
** `counter += 1` on a global is never interrupted between load and store.
*/
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "cache_none.h"
#include "class.h"
#include "code.h"
#include "coro.h"
#include "finalize.h"
#include "instlock.h"
#include "module.h"
#include "obj.h"
#include "traceback.h"
#include "vm.h"

#define CHUNK_VALUES (16 * 1024)
#define C_NESTING_LIMIT 800

typedef struct Chunk {
  struct Chunk *prev, *next;
  GpValue *limit;
  GpValue data[];
} Chunk;

typedef struct VmStack {
  Chunk *cur;
  GpValue *top;
  int cdepth; /* nested C invocations of the eval loop */
} VmStack;

typedef struct Frame {
  struct Frame *prev;
  GpCode *code;
  GpObj *func;    /* owned; NULL for module code */
  GpObj *globals; /* borrowed: func or the module keeps it alive */
  const uint32_t *ip;
  GpValue *sp;
  GpValue *prev_top;
  Chunk *prev_chunk;
  int entry;         /* FRAME_ENTRY, FRAME_INIT, a BINOP_ENTRY or 0 (a call inside the loop) */
  int yielded;       /* a generator frame left by a yield: YIELDED_SEND or _DROP */
  struct GpGen *gen; /* the generator that owns this frame, or NULL */
} Frame;

/* Frame.entry: returning from an entry frame leaves the eval loop; an init
** frame is an __init__ started by init_frame: it returns None and its
** caller's stack already holds the instance; a binop frame is an operator
** method started by binop_frame, its operands still on its caller's stack,
** with what binop_returned needs to go on if it returns NotImplemented. */
enum { FRAME_ENTRY = 1, FRAME_INIT = 2, FRAME_BINOP = 8 };
#define BINOP_ENTRY(op, inplace, tried) (FRAME_BINOP + ((op) << 3 | (inplace) << 2 | (tried)))

/* Frame.yielded: 0 = not suspended at a yield (unstarted, running or done);
** YIELDED_SEND = resuming pushes the sent value (YIELD_FROM, a `yield`
** expression); YIELDED_DROP = a `yield` statement, the sent value is dropped. */
enum { YIELDED_SEND = 1, YIELDED_DROP = 2 };

/* A generator owns its frame: the frame lives in the object (not on the
** thread's frame stack) for the generator's whole life, so suspending is
** saving ip and sp, and resuming is one nested run of the eval loop on it
** as an entry frame (or, from a for loop or `yield from`, a push onto the
** running loop: gen_push_inline), with no copying. */
typedef struct GpGen {
  GpObj ob;
  _Atomic int running; /* "generator already executing" (threads share generators) */
  bool started, finished;
  GpValue handling; /* the exception its except block handles while suspended */
  /* While a for loop or `yield from` runs it in the caller's eval loop
  ** (gen_push_inline): the caller's handled exception, and that opcode. */
  GpValue outer_handling;
  GpObj *outer_lent; /* the thread's lent while it runs (gen_enter_handling) */
  int inline_op;
  Frame *f;
  GpValue data[]; /* the frame: Frame, locals, value stack */
} GpGen;

#define FRAME_SLOTS ((sizeof(Frame) + sizeof(GpValue) - 1) / sizeof(GpValue))
#define FRAME_LOCALS(f) ((GpValue *)(f) + FRAME_SLOTS)

/* ------------------------------------------------------- frame stack */

static Chunk *chunk_new(Chunk *prev, size_t need) {
  size_t n = need > CHUNK_VALUES ? need : CHUNK_VALUES;
  Chunk *c = malloc(sizeof(Chunk) + n * sizeof(GpValue));
  if (!c) return NULL;
  c->prev = prev;
  c->next = NULL;
  c->limit = c->data + n;
  return c;
}

static VmStack *stack_of(GpThread *t) {
  VmStack *st = t->stack;
  if (__builtin_expect(st != NULL, 1)) return st;
  st = calloc(1, sizeof *st);
  if (!st) return NULL;
  st->cur = chunk_new(NULL, 0);
  if (!st->cur) {
    free(st);
    return NULL;
  }
  st->top = st->cur->data;
  t->stack = st;
  return st;
}

void gp_vm_thread_free(GpThread *t) {
  gp_rc_thread_exit(t);
  gp_tuple_cache_free(t);
  gp_inst_cache_free(t);
  VmStack *st = t->stack;
  if (!st) return;
  Chunk *c = st->cur;
  while (c->prev)
    c = c->prev;
  while (c) {
    Chunk *n = c->next;
    free(c);
    c = n;
  }
  free(st);
  t->stack = NULL;
}

static __attribute__((noinline)) Frame *frame_alloc_slow(VmStack *st, size_t need) {
  Chunk *c = st->cur->next;
  if (c && (size_t)(c->limit - c->data) < need) {
    /* the cached next chunk is too small for this frame: replace it */
    st->cur->next = c->next;
    if (c->next) c->next->prev = st->cur;
    free(c);
    c = NULL;
  }
  if (!c) {
    c = chunk_new(st->cur, need);
    if (!c) return NULL;
    c->next = st->cur->next;
    if (c->next) c->next->prev = c;
    st->cur->next = c;
  }
  Frame *f = (Frame *)c->data;
  f->prev_top = st->top;
  f->prev_chunk = st->cur;
  st->cur = c;
  st->top = c->data + need;
  return f;
}

/* A frame for code with its non-parameter locals unbound; the caller fills
** the parameters. NULL: out of memory (nothing raised). */
static inline Frame *frame_alloc(VmStack *st, GpCode *c) {
  size_t need = FRAME_SLOTS + (size_t)c->nlocals + (size_t)c->stacksize;
  Frame *f;
  if (__builtin_expect(st->top + need <= st->cur->limit, 1)) {
    f = (Frame *)st->top;
    f->prev_top = st->top;
    f->prev_chunk = st->cur;
    st->top += need;
  } else {
    f = frame_alloc_slow(st, need);
    if (!f) return NULL;
  }
  f->code = c;
  GpValue *l = FRAME_LOCALS(f);
  /* the tags only (a value is read only as far as its tag says): whole
  ** values made this loop a call of memset, dearer than a few stores */
  for (int i = c->nparams; i < c->nlocals; i++)
    l[i].tag = GP_T_ERR;
  f->sp = l + c->nlocals;
  f->ip = c->code;
  f->entry = 0;
  f->gen = NULL;
  return f;
}

/* Copies arguments 3 .. n-1 of a call passing 4 to 8 (solver's place()
** passes 7) without memcpy's call, dearer than the copies. Out of line:
** inlined, it made the eval loop's common calls (1-3 arguments) slower. */
static __attribute__((noinline)) void args_move_more(GpValue *dst, const GpValue *src, int n) {
  switch (n) {
  case 8:
    dst[7] = src[7];
    /* fall through */
  case 7:
    dst[6] = src[6];
    /* fall through */
  case 6:
    dst[5] = src[5];
    /* fall through */
  case 5:
    dst[4] = src[4];
    /* fall through */
  default:
    dst[3] = src[3];
  }
}

/* Moves a call's n arguments into a new frame's locals. Calls mostly pass
** a few: those are copied inline rather than by a libc call. */
static inline __attribute__((always_inline)) void args_move(GpValue *dst, const GpValue *src,
                                                            int n) {
  switch (n) {
  case 3:
    dst[2] = src[2];
    /* fall through */
  case 2:
    dst[1] = src[1];
    /* fall through */
  case 1:
    dst[0] = src[0];
    /* fall through */
  case 0:
    break;
  default:
    if (n > 8) {
      memcpy(dst, src, sizeof(GpValue) * (size_t)n);
      break;
    }
    args_move_more(dst, src, n);
    dst[2] = src[2];
    dst[1] = src[1];
    dst[0] = src[0];
  }
}

/* Releases a frame whose value stack is already empty. A generator's
** frame stays in its generator, finished. */
static inline void frame_free(GpThread *t, VmStack *st, Frame *f) {
  GpValue *l = FRAME_LOCALS(f);
  for (int i = 0, n = f->code->nlocals; i < n; i++)
    GP_DECREF(l[i]);
  if (__builtin_expect(f->gen != NULL, 0)) {
    for (int i = 0, n = f->code->nlocals; i < n; i++)
      l[i] = GP_ERRV;
    f->gen->finished = true;
    t->depth--;
    t->frame = f->prev;
    return;
  }
  if (f->func) gp_decref_o(f->func);
  st->top = f->prev_top;
  st->cur = f->prev_chunk;
  t->depth--;
  t->frame = f->prev;
}

static GpValue recursion_error(GpThread *t) {
  return gp_raise(t, &gp_exc_RecursionError, "maximum recursion depth exceeded");
}

/* Pushes a frame for a call of fn with the arguments bound; the frame owns
** a reference to fn. NULL with an exception set. */
static Frame *frame_for_call(GpThread *t, VmStack *st, GpFunction *fn, const GpValue *args,
                             int nargs, GpObj *kwnames) {
  if (t->depth >= t->vm->opt.recursion_limit) return recursion_error(t), NULL;
  GpCode *c = fn->code;
  Frame *f = frame_alloc(st, c);
  if (!f) return gp_raise_nomem(t), NULL;
  f->func = &fn->ob;
  f->globals = fn->globals;
  gp_incref_o(&fn->ob);
  f->prev = t->frame;
  t->frame = f;
  t->depth++;
  GpValue *l = FRAME_LOCALS(f);
  if (!kwnames && nargs == c->nfast) {
    for (int i = 0; i < nargs; i++) {
      l[i] = args[i];
      GP_INCREF(args[i]);
    }
  } else if (gp_func_bind(t, fn, args, nargs, kwnames, l) < 0) {
    for (int i = 0; i < c->nparams; i++)
      l[i] = GP_ERRV;
    frame_free(t, st, f);
    return NULL;
  }
  return f;
}

/* ------------------------------------------------------- slow paths */

/* Where the name sits in d's entries, or -1. */
static long dict_index(GpObj *d, GpObj *name, GpValue **slot) {
  GpValue *v = gp_dict_find_str(d, name);
  if (!v) return -1;
  *slot = v;
  const GpDictEntry *e = (const GpDictEntry *)((char *)v - offsetof(GpDictEntry, value));
  return (long)(e - ((GpDict *)d)->entries);
}

/* The builtins of code running over globals: their '__builtins__' (a dict,
** or a module's dict), as exec(src, {'__builtins__': {...}}) gives them;
** else the builtins module's dict. Only when the global cache misses. */
static GpObj *frame_builtins(GpThread *t, GpObj *globals) {
  GpValue b;
  GpObj *r = t->vm->builtins;
  if (!gp_dict_get_str(globals, gp_intern_cstr("__builtins__"), &b)) return r;
  if (GP_IS_TYPE(b, gp_type_dict)) r = b.as.o;
  if (GP_IS_TYPE(b, gp_type_module)) r = ((GpModule *)b.as.o)->dict;
  GP_DECREF(b); /* the globals keep it */
  return r;
}

/* LOAD_GLOBAL under gil=none: no borrowed slots (another thread may resize
** the dict), the cache entry through cache_none.h's protocol. */
static GpValue load_global_none(GpThread *t, Frame *f, GpGlobalCache *gc, GpObj *name) {
  GpDict *g = (GpDict *)f->globals, *b = (GpDict *)t->vm->builtins;
  uint64_t rel = atomic_load_explicit(&t->vm->gc.rcd.releases, memory_order_relaxed);
  GpValue v;
  if (cn_global_get(gc, name, g, b, rel, &v)) return v;
  b = (GpDict *)frame_builtins(t, f->globals); /* after the cache: a lookup */
  if (&b->ob != t->vm->builtins && cn_global_get(gc, name, g, b, rel, &v)) return v;
  const GpDictEntry *gentries;
  size_t gnentries;
  cn_global_shape(g, &gentries, &gnentries);
  uint32_t idx = UINT32_MAX;
  if (gp_dict_get_str_hint(&g->ob, name, &idx, &v)) {
    cn_global_fill(gc, g, g, idx, NULL, 0, v, rel);
    return v;
  }
  if (gp_dict_get_str_hint(&b->ob, name, &idx, &v)) {
    cn_global_fill(gc, g, b, idx, gentries, gnentries, v, rel);
    return v;
  }
  return gp_raise(t, &gp_exc_NameError, "name '%s' is not defined", GP_STR(gp_objv(name))->data);
}

/* LOAD_GLOBAL's hit under gil=none, inlined in the loop as global_cached is
** under a GIL: cache_none.h's lock-free peek (invariant 5) of the entry the
** site's cache names, in the globals or the VM's builtins; false: the slow
** path (a value that needs its reference taken under the lock, a miss). */
static inline __attribute__((always_inline)) bool global_peek_none(GpThread *t, Frame *f,
                                                                   uint32_t arg, GpValue *out) {
  GpCode *c = f->code;
  uint64_t rel = atomic_load_explicit(&t->vm->gc.rcd.releases, memory_order_relaxed);
  return cn_global_peek(&c->gcache[arg], c->names[arg], (GpDict *)f->globals,
                        (GpDict *)t->vm->builtins, rel, out);
}

static __attribute__((noinline)) GpValue load_global_slow(GpThread *t, Frame *f, uint32_t arg,
                                                          bool cache) {
  GpCode *c = f->code;
  GpObj *name = c->names[arg];
  GpGlobalCache *gc = &c->gcache[arg];
  if (!cache) return load_global_none(t, f, gc, name);
  GpValue *slot;
  GpDict *g = (GpDict *)f->globals;
  long i = dict_index(f->globals, name, &slot);
  if (i >= 0) {
    if (cache) *gc = (GpGlobalCache){f->globals, g->entries, (size_t)i, NULL, 0, NULL, 0};
  } else {
    GpDict *b = (GpDict *)frame_builtins(t, f->globals);
    i = dict_index(&b->ob, name, &slot);
    if (i < 0)
      return gp_raise(t, &gp_exc_NameError, "name '%s' is not defined",
                      GP_STR(gp_objv(name))->data);
    if (cache)
      *gc = (GpGlobalCache){&b->ob, b->entries, (size_t)i, g->entries, g->nentries, NULL, 0};
  }
  GP_INCREF(*slot);
  return *slot;
}

static inline bool cache_key_ok(const GpDict *d, const GpGlobalCache *gc, GpObj *name) {
  if (gc->entries != d->entries || gc->idx >= d->nentries) return false;
  GpValue k = d->entries[gc->idx].key;
  return k.tag == GP_T_OBJ && (k.as.o == name || gp_str_eq(k.as.o, name));
}

/* The cached slot of a global (or builtin) name, or NULL. */
static inline GpValue *global_cached(GpThread *t, Frame *f, uint32_t arg) {
  GpCode *c = f->code;
  GpGlobalCache *gc = &c->gcache[arg];
  GpDict *g = (GpDict *)f->globals;
  if (gc->dict == &g->ob) {
    if (cache_key_ok(g, gc, c->names[arg])) return &g->entries[gc->idx].value;
  } else if (gc->dict && gc->dict == t->vm->builtins) {
    GpDict *b = (GpDict *)gc->dict;
    if (gc->gentries == g->entries && gc->gnentries == g->nentries &&
        cache_key_ok(b, gc, c->names[arg]))
      return &b->entries[gc->idx].value;
  }
  return NULL;
}

static __attribute__((noinline)) int store_global_slow(GpThread *t, Frame *f, uint32_t arg,
                                                       GpValue v) {
  int r = gp_dict_set(t, f->globals, gp_objv(f->code->names[arg]), v);
  GP_DECREF(v);
  return r;
}

static int delete_global(GpThread *t, Frame *f, uint32_t arg) {
  GpObj *name = f->code->names[arg];
  int r = gp_dict_del(t, f->globals, gp_objv(name));
  if (r == 0)
    gp_raise(t, &gp_exc_NameError, "name '%s' is not defined", GP_STR(gp_objv(name))->data);
  return r == 1 ? 0 : -1;
}

static GpValue unbound_local(GpThread *t, Frame *f, uint32_t arg) {
  return gp_raise(t, &gp_exc_UnboundLocalError,
                  "cannot access local variable '%s' where it is not associated with a value",
                  GP_STR(gp_objv(f->code->varnames[arg]))->data);
}

/* ------------------------------------------------------------ cells */

/* The cell's value as a new reference (GP_ERRV if empty). Under gil=none
** the read and the incref happen under the cell's lock, so a concurrent
** store cannot free the value in between. */
static inline GpValue cell_get(GpCell *c) {
  gp_obj_lock(&c->ob);
  GpValue v = c->v;
  GP_INCREF(v);
  gp_obj_unlock(&c->ob);
  return v;
}

static inline void cell_set(GpCell *c, GpValue v) { /* v stolen */
  gp_obj_lock(&c->ob);
  GpValue old = c->v;
  c->v = v;
  gp_obj_unlock(&c->ob);
  GP_DECREF(old);
}

static GpValue unbound_cell(GpThread *t, Frame *f, uint32_t slot) {
  const char *name = GP_STR(gp_objv(f->code->varnames[slot]))->data;
  if ((int)slot >= f->code->nparams && (int)slot < f->code->nparams + f->code->nfree)
    return gp_raise(t, &gp_exc_NameError,
                    "cannot access free variable '%s' where it is not associated with a value in "
                    "enclosing scope",
                    name);
  return gp_raise(t, &gp_exc_UnboundLocalError,
                  "cannot access local variable '%s' where it is not associated with a value",
                  name);
}

/* ------------------------------------------- unpacking calls, displays */

/* "__main__.f()" as CPython names the callee in errors about f(*a, **k). */
static GpValue callee_name(GpThread *t, GpValue fn) {
  if (GP_IS_TYPE(fn, gp_type_function)) {
    GpFunction *f = (GpFunction *)fn.as.o;
    const char *mod = f->module ? ((GpStr *)f->module)->data : NULL;
    const char *q = ((GpStr *)f->code->qualname)->data;
    if (mod && strcmp(mod, "builtins") != 0) return gp_str_printf(t, "%s.%s()", mod, q);
    return gp_str_printf(t, "%s()", q);
  }
  if (GP_IS_TYPE(fn, gp_type_native)) return gp_str_printf(t, "%s()", ((GpNative *)fn.as.o)->name);
  if (GP_IS_TYPE(fn, gp_type_type)) return gp_str_printf(t, "%s()", ((GpType *)fn.as.o)->name);
  return gp_str_printf(t, "%s object", gp_typeof(fn)->name);
}

/* fn: the callee for f(*v), else GP_ERRV ([*v]). */
static int list_extend(GpThread *t, GpObj *list, GpValue v, GpValue fn) {
  if (!gp_typeof(v)->iter) {
    GpValue name = GP_IS_ERR(fn) ? gp_str_cstr(t, "Value") : callee_name(t, fn);
    if (GP_IS_ERR(name)) return -1;
    gp_raise(t, &gp_exc_TypeError, "%s%s after * must be an iterable, not %s", GP_STR(name)->data,
             GP_IS_ERR(fn) ? "" : " argument", gp_typeof(v)->name);
    GP_DECREF(name);
    return -1;
  }
  return gp_list_extend(t, list, v);
}

int gp_delattr(GpThread *t, GpValue o, GpObj *name) {
  const GpType *tp = gp_typeof(o);
  GpObj *d = NULL;
  if (GP_IS_CLASS(tp)) return gp_inst_delattr(t, o, name);
  if (tp == &gp_type_type && GP_IS_CLASS((GpType *)o.as.o)) /* through a metaclass's __delattr__ */
    return gp_setattr(t, o, name, GP_ERRV);
  if (tp == &gp_type_function) d = ((GpFunction *)o.as.o)->dict;
  if (tp == &gp_type_module) d = ((GpModule *)o.as.o)->dict;
  int r = d ? gp_dict_del(t, d, gp_objv(name)) : 0;
  if (r == 0)
    gp_raise(t, &gp_exc_AttributeError, "'%s' object has no attribute '%s'", tp->name,
             ((GpStr *)name)->data);
  return r == 1 ? 0 : -1;
}

/* f(**m): m's items into the call's dict d; a key given twice is an error. */
static int dict_merge(GpThread *t, GpObj *d, GpValue m, GpValue fn) {
  m = gp_unwrap(m); /* a dict subclass's dict */
  if (!GP_IS_TYPE(m, gp_type_dict)) {
    GpValue name = callee_name(t, fn);
    if (GP_IS_ERR(name)) return -1;
    gp_raise(t, &gp_exc_TypeError, "%s argument after ** must be a mapping, not %s",
             GP_STR(name)->data, gp_typeof(m)->name);
    GP_DECREF(name);
    return -1;
  }
  GpValue snap = gp_dict_copy(t, m.as.o); /* private: iterating it needs no lock */
  if (GP_IS_ERR(snap)) return -1;
  GpValue k, v;
  int r = 0;
  for (size_t i = 0; r == 0 && gp_dict_next(snap.as.o, &i, &k, &v);) {
    if (!GP_IS_TYPE(k, gp_type_str)) {
      gp_raise(t, &gp_exc_TypeError, "keywords must be strings");
      r = -1;
      break;
    }
    GpValue old;
    r = gp_dict_get(t, d, k, &old);
    if (r == 1) {
      GpValue name = callee_name(t, fn);
      if (!GP_IS_ERR(name)) {
        gp_raise(t, &gp_exc_TypeError, "%s got multiple values for keyword argument '%s'",
                 GP_STR(name)->data, GP_STR(k)->data);
        GP_DECREF(name);
      }
      r = -1;
      break;
    }
    if (r == 0) r = gp_dict_set(t, d, k, v);
  }
  GP_DECREF(snap);
  return r;
}

/* {**m} */
static int dict_update(GpThread *t, GpObj *d, GpValue m) {
  m = gp_unwrap(m);
  if (!gp_type_is_subtype(gp_typeof(m), &gp_type_dict)) { /* Counter, OrderedDict too */
    gp_raise(t, &gp_exc_TypeError, "'%s' object is not a mapping", gp_typeof(m)->name);
    return -1;
  }
  return gp_dict_update(t, d, m);
}

/* f(*args, **kwargs): args a tuple, kw a dict or None. */
static GpValue call_ex(GpThread *t, GpValue fn, GpValue args, GpValue kw) {
  GpTuple *a = GP_TUPLE(args);
  size_t nkw = GP_IS_NONE(kw) ? 0 : gp_dict_len(kw.as.o);
  if (nkw == 0) return gp_vm_call(t, fn, a->items, (int)a->len, NULL);
  GpValue names = gp_tuple_new(t, nkw);
  GpValue *argv = malloc(sizeof(GpValue) * (a->len + nkw));
  if (GP_IS_ERR(names) || !argv) {
    GP_DECREF(names);
    free(argv);
    return gp_raise_nomem(t);
  }
  if (a->len) memcpy(argv, a->items, sizeof(GpValue) * a->len);
  GpValue k, v;
  size_t n = 0;
  for (size_t i = 0; n < nkw && gp_dict_next(kw.as.o, &i, &k, &v); n++) {
    GP_INCREF(k);
    GP_TUPLE(names)->items[n] = k;
    argv[a->len + n] = v; /* borrowed: the dict is private to this call */
  }
  GP_TUPLE(names)->len = n;
  GpValue r = gp_vm_call(t, fn, argv, (int)(a->len + n), names.as.o);
  free(argv);
  GP_DECREF(names);
  return r;
}

/* a, *b, c = seq: pushes (reversed, for the stores) after items, the list
** of the middle, and before items. */
static int unpack_ex(GpThread *t, GpValue seq, int before, int after, GpValue *out) {
  if (!gp_typeof(seq)->iter) {
    gp_raise(t, &gp_exc_TypeError, "cannot unpack non-iterable %s object", gp_typeof(seq)->name);
    return -1;
  }
  GpValue li = gp_list_from_iter(t, seq);
  if (GP_IS_ERR(li)) return -1;
  GpList *l = GP_LIST(li);
  size_t len = l->len, need = (size_t)before + (size_t)after;
  if (len < need) {
    GP_DECREF(li);
    gp_raise(t, &gp_exc_ValueError, "not enough values to unpack (expected at least %zu, got %zu)",
             need, len);
    return -1;
  }
  GpValue mid = gp_list_new(t, len - need);
  if (GP_IS_ERR(mid)) {
    GP_DECREF(li);
    return -1;
  }
  for (size_t i = before; i < len - (size_t)after; i++)
    if (gp_list_append(t, mid.as.o, l->items[i]) < 0) {
      GP_DECREF(mid);
      GP_DECREF(li);
      return -1;
    }
  int n = before + after + 1, k = 0;
  for (int i = 0; i < before; i++, k++) {
    out[n - 1 - k] = l->items[i];
    GP_INCREF(l->items[i]);
  }
  out[n - 1 - k++] = mid;
  for (size_t i = len - (size_t)after; i < len; i++, k++) {
    out[n - 1 - k] = l->items[i];
    GP_INCREF(l->items[i]);
  }
  GP_DECREF(li);
  return 0;
}

static inline bool is_same(GpValue a, GpValue b) {
  if (a.tag != b.tag) return false;
  switch (a.tag) {
  case GP_T_NONE:
    return true;
  case GP_T_FLOAT:
    return memcmp(&a.as.f, &b.as.f, sizeof(double)) == 0;
  case GP_T_OBJ:
    return a.as.o == b.as.o;
  default:
    return a.as.i == b.as.i;
  }
}

static inline bool is_identity_op(int op) {
  return op == GP_CMP_IS || op == GP_CMP_ISNOT;
}

static inline bool is_contains_op(int op) {
  return op == GP_CMP_IN || op == GP_CMP_NOTIN;
}

/* a in b / a not in b: 1, 0, -1 (sets, the common case, called directly). */
static inline int contains_op(GpThread *t, int op, GpValue a, GpValue b) {
  int r = GP_IS_ANYSET(b) ? gp_set_contains(t, b.as.o, a) : gp_contains(t, b, a);
  return r < 0 ? -1 : (r == 1) == (op == GP_CMP_IN);
}

/* Any comparison, incl. in / not in / is / is not (borrowed operands). */
static GpValue compare_any(GpThread *t, int op, GpValue a, GpValue b) {
  int r;
  switch (op) {
  case GP_CMP_IS:
    return gp_boolv(is_same(a, b));
  case GP_CMP_ISNOT:
    return gp_boolv(!is_same(a, b));
  case GP_CMP_IN:
  case GP_CMP_NOTIN:
    r = contains_op(t, op, a, b);
    return r < 0 ? GP_ERRV : gp_boolv(r);
  default:
    return gp_compare(t, (GpCmpOp)op, a, b);
  }
}

/* int_cmp and float_cmp: a OP b for two C numbers of one type, where C's
** operators give Python's answers (for floats NaN included). */
#define DEFINE_NUM_CMP(name, T)                                                                    \
  static inline bool name(int op, T a, T b) {                                                      \
    switch (op) {                                                                                  \
    case GP_CMP_LT:                                                                                \
      return a < b;                                                                                \
    case GP_CMP_LE:                                                                                \
      return a <= b;                                                                               \
    case GP_CMP_EQ:                                                                                \
      return a == b;                                                                               \
    case GP_CMP_NE:                                                                                \
      return a != b;                                                                               \
    case GP_CMP_GT:                                                                                \
      return a > b;                                                                                \
    default:                                                                                       \
      return a >= b;                                                                               \
    }                                                                                              \
  }
DEFINE_NUM_CMP(int_cmp, int64_t)
DEFINE_NUM_CMP(float_cmp, double)

/* v as a double if it is a float or an int a double holds exactly. */
static inline bool exact_double(GpValue v, double *d) {
  const int64_t lim = (int64_t)1 << 53;
  if (v.tag == GP_T_FLOAT) {
    *d = v.as.f;
    return true;
  }
  if (v.tag != GP_T_INT || v.as.i < -lim || v.as.i > lim) return false;
  *d = (double)v.as.i;
  return true;
}

/* a / b for inline numbers when one IEEE division is Python's answer (as
** int.c's and float.c's): both exact as doubles and b non-zero. */
static inline bool num_truediv(GpValue a, GpValue b, double *q) {
  double x, y;
  if (!exact_double(a, &x) || !exact_double(b, &y) || y == 0) return false;
  *q = x / y;
  return true;
}

/* Python's floor division and modulo on int64; false if it needs the slow
** path (division by zero, INT64_MIN // -1). */
static inline bool int_floordiv(int64_t a, int64_t b, int64_t *q) {
  if (b == 0 || (b == -1 && a == INT64_MIN)) return false;
  int64_t d = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) d--;
  *q = d;
  return true;
}

static inline bool int_add_ok(int64_t a, int64_t b, int64_t *r) {
  return !__builtin_add_overflow(a, b, r);
}

static inline bool int_mod(int64_t a, int64_t b, int64_t *r) {
  if (b == 0) return false;
  if (b == -1) {
    *r = 0;
    return true;
  }
  int64_t m = a % b;
  if (m != 0 && ((m < 0) != (b < 0))) m += b;
  *r = m;
  return true;
}

/* `a, b = t` of a tuple t of that length, the common case (`for a, b in`
** pairs a generator yields): no view needed, tuples never change. The
** only reference (UNPACK_SEQUENCE drops seq next) gives its items up, so
** neither side counts them. */
static inline bool unpack_tuple(GpValue seq, int n, GpValue *out) {
  if (!GP_IS_TYPE(seq, gp_type_tuple) || GP_TUPLE(seq)->len != (size_t)n) return false;
  GpValue *items = GP_TUPLE(seq)->items;
  bool steal = !(seq.as.o->flags & GP_F_IMMORTAL) && /* constants: rc never counts */
               atomic_load_explicit(&seq.as.o->rc, memory_order_relaxed) == 1;
  for (int i = 0; i < n; i++) {
    out[n - 1 - i] = items[i];
    if (steal)
      items[i] = GP_NONEV;
    else
      GP_INCREF(items[i]);
  }
  return true;
}

/* UNPACK_SEQUENCE of anything unpack_tuple does not take. */
static int unpack(GpThread *t, GpValue seq, int n, GpValue *out) {
  const GpValue *items = NULL;
  size_t len = 0;
  GpSeqView view = {.copy = NULL}; /* gil=none: a copy of a shared list's items */
  if (GP_IS_TYPE(seq, gp_type_tuple) || GP_IS_TYPE(seq, gp_type_list)) {
    if (gp_seq_view(t, seq, &view) < 0) return -1;
    items = view.items;
    len = view.n;
  }
  if (items) {
    int r = 0;
    if (len > (size_t)n) {
      gp_raise(t, &gp_exc_ValueError, "too many values to unpack (expected %d)", n);
      r = -1;
    } else if (len < (size_t)n) {
      gp_raise(t, &gp_exc_ValueError, "not enough values to unpack (expected %d, got %zu)", n, len);
      r = -1;
    } else {
      for (int i = 0; i < n; i++) {
        out[n - 1 - i] = items[i];
        GP_INCREF(items[i]);
      }
    }
    gp_seq_view_done(&view);
    return r;
  }
  const GpType *tp = gp_typeof(seq);
  if (!tp->iter) {
    gp_raise(t, &gp_exc_TypeError, "cannot unpack non-iterable %s object", tp->name);
    return -1;
  }
  GpValue it = gp_iter(t, seq);
  if (GP_IS_ERR(it)) return -1;
  int got = 0, r = 0;
  GpValue v;
  while (got <= n && (r = gp_next(t, it, &v)) == 1) {
    if (got == n) {
      GP_DECREF(v);
      gp_raise(t, &gp_exc_ValueError, "too many values to unpack (expected %d)", n);
      r = -1;
      break;
    }
    out[n - 1 - got++] = v;
  }
  GP_DECREF(it);
  if (r == 0 && got < n)
    r = -1,
    gp_raise(t, &gp_exc_ValueError, "not enough values to unpack (expected %d, got %d)", n, got);
  if (r < 0) {
    for (int i = 0; i < got; i++)
      GP_DECREF(out[n - 1 - i]);
    return -1;
  }
  return 0;
}

static GpValue format_value(GpThread *t, GpValue v, int flags, GpValue spec) {
  GpValue s;
  if ((flags & 3) == GP_FMT_REPR)
    s = gp_repr(t, v);
  else if (((flags & 3) == GP_FMT_STR || !(flags & GP_FMT_SPEC)) && !GP_IS_TYPE(v, gp_type_str))
    s = gp_str(t, v);
  else {
    GP_INCREF(v);
    s = v;
  }
  if (GP_IS_ERR(s) || !(flags & GP_FMT_SPEC)) return s;
  GpValue r = gp_format(t, s, spec.as.o);
  GP_DECREF(s);
  return r;
}

/* `except X`: X an exception type or a tuple of them. */
static int exc_match(GpThread *t, GpValue exc, GpValue tp) {
  if (GP_IS_TYPE(tp, gp_type_tuple)) {
    for (size_t i = 0; i < GP_TUPLE(tp)->len; i++) {
      int r = exc_match(t, exc, GP_TUPLE(tp)->items[i]);
      if (r != 0) return r;
    }
    return 0;
  }
  if (!GP_IS_TYPE(tp, gp_type_type) ||
      !gp_type_is_subtype((GpType *)tp.as.o, &gp_exc_BaseException)) {
    gp_raise(t, &gp_exc_TypeError,
             "catching classes that do not inherit from BaseException is not allowed");
    return -1;
  }
  return gp_exc_matches(exc, (GpType *)tp.as.o);
}

static bool is_exc_type(GpValue v) {
  return GP_IS_TYPE(v, gp_type_type) && gp_type_is_subtype((GpType *)v.as.o, &gp_exc_BaseException);
}

static bool is_exc(GpValue v) {
  return GP_IS_OBJ(v) && gp_type_is_subtype(v.as.o->type, &gp_exc_BaseException);
}

/* An exception instance from `raise X` (X a type or an instance). */
static GpValue exc_instance(GpThread *t, GpValue v, const char *what) {
  if (is_exc_type(v)) {
    GpValue e = gp_vm_call(t, v, NULL, 0, NULL);
    if (!GP_IS_ERR(e) && !is_exc(e)) {
      GP_DECREF(e);
      return gp_raise(t, &gp_exc_TypeError,
                      "calling %s should have returned an instance of BaseException",
                      ((GpType *)v.as.o)->name);
    }
    return e;
  }
  if (is_exc(v)) {
    GP_INCREF(v);
    return v;
  }
  return gp_raise(t, &gp_exc_TypeError, "%s", what);
}

/* raise exc [from cause]: consumes neither. */
static void do_raise(GpThread *t, GpValue v, GpValue cause, bool has_cause) {
  GpValue e = exc_instance(t, v, "exceptions must derive from BaseException");
  if (GP_IS_ERR(e)) return;
  if (has_cause) {
    GpValue c = GP_NONEV;
    if (!GP_IS_NONE(cause)) {
      c = exc_instance(t, cause, "exception causes must derive from BaseException");
      if (GP_IS_ERR(c)) {
        GP_DECREF(e);
        return;
      }
    }
    GpExc *x = (GpExc *)e.as.o;
    GP_DECREF(x->cause);
    x->cause = c;
    x->suppress_context = true;
  }
  gp_raise_value(t, e);
  GP_DECREF(e);
}

/* Appends this frame's (code, instruction) to the exception's traceback:
** the position is looked up only if the traceback is shown. */
static void tb_add(GpThread *t, Frame *f, uint32_t pc) {
  GpValue exc = t->exc;
  if (!GP_IS_OBJ(exc) || (exc.as.o->flags & GP_F_IMMORTAL)) return;
  GpExc *e = (GpExc *)exc.as.o;
  GpValue saved = t->exc;
  t->exc = GP_NONEV; /* allocation failures here must not clobber it */
  if (!e->tb) {
    GpValue l = gp_list_new(t, 4);
    if (!GP_IS_ERR(l)) e->tb = l.as.o;
  }
  if (e->tb) {
    GpValue items[2] = {gp_objv(&f->code->ob), gp_intv(pc)};
    GpValue tu = gp_tuple_pack(t, 2, items);
    if (!GP_IS_ERR(tu)) {
      gp_list_append(t, e->tb, tu);
      GP_DECREF(tu);
    }
  }
  GP_DECREF(t->exc);
  t->exc = saved;
}

static const GpExcEntry *find_handler(const GpCode *c, uint32_t pc) {
  for (int i = 0; i < c->nexc; i++)
    if (pc >= c->exctab[i].start && pc < c->exctab[i].end) return &c->exctab[i];
  return NULL;
}

/* Whether ctx has the context-manager method name (a native method of a
** built-in type, or a special method of a class); TypeError if not. */
static bool ctx_has(GpThread *t, GpValue ctx, const char *name) {
  const GpType *tp = gp_typeof(ctx);
  if (gp_type_method(tp, name)) return true;
  GpValue f;
  if (gp_class_lookup(tp, gp_intern_cstr(name), &f)) {
    GP_DECREF(f);
    return true;
  }
  gp_raise(t, &gp_exc_TypeError, "'%s' object does not support the context manager protocol%s",
           tp->name, strcmp(name, "__exit__") == 0 ? " (missed __exit__ method)" : "");
  return false;
}

/* ctx.name(*args): args[0] is ctx itself. */
static GpValue ctx_call(GpThread *t, GpValue ctx, const char *name, GpValue *args, int n) {
  const GpMethodDef *m = gp_type_method(gp_typeof(ctx), name);
  if (m) return m->fn(t, args, n, NULL);
  GpValue f = gp_inst_special(t, ctx, name);
  if (GP_IS_ERR(f)) {
    if (!ctx_has(t, ctx, name)) return GP_ERRV;
    return f;
  }
  GpValue r = gp_vm_call(t, f, args + 1, n - 1, NULL);
  GP_DECREF(f);
  return r;
}

static GpValue with_exit(GpThread *t, GpValue ctx, GpValue exc) {
  GpValue args[4] = {ctx, GP_NONEV, GP_NONEV, GP_NONEV};
  if (!GP_IS_NONE(exc)) {
    args[1] = gp_objv((GpObj *)exc.as.o->type);
    args[2] = exc;
    args[3] = gp_traceback_object(t, ((GpExc *)exc.as.o)->tb);
    if (GP_IS_ERR(args[3])) return args[3];
  }
  GpValue r = ctx_call(t, ctx, "__exit__", args, 4);
  GP_DECREF(args[3]);
  return r;
}

/* The cache ways for name arg in code, or NULL. Under gil=none (the
** class GP_F_ATOMIC) they go through cache_none.h's protocol. */
static GpAttrCache *acache_ways(const GpCode *code, uint32_t arg) {
  return code->acache ? &code->acache[(size_t)arg * GP_ACACHE_WAYS] : NULL;
}

/* Fills a way for tp at the front, replacing tp's stale entry if there is
** one, else the least recently filled: a site's most frequent classes stay. */
/* A way's hint for an instance with inline values: the name's index in
** the class's shape (append-only, so it stays the name's), with this bit
** flipped. Read the other way, either kind is out of range: a dict's
** entry index as a shape index, a shape index as a dict's. */
#define INL_HINT 0x80000000u

static void acache_fill(GpAttrCache *w, const GpType *tp, uint64_t epoch, GpObj *fn) {
  int v = GP_ACACHE_WAYS - 1;
  for (int i = 0; i < v; i++)
    if (w[i].tp == tp) v = i;
  memmove(&w[1], &w[0], (size_t)v * sizeof *w);
  w[0] = (GpAttrCache){tp, epoch, fn, 0, 0};
}

/* class_attr's lookup past the cache: 1 a plain function (*fn, a new
** reference), 0 nothing, -1 anything else. */
static int class_lookup_fn(const GpType *tp, GpObj *name, GpObj **fn) {
  GpValue cv;
  *fn = NULL;
  /* a class with __getattribute__ takes the generic path, and is never
  ** cached: a hit implies it has none */
  if (gp_class_has_getattribute((GpClass *)tp)) return -1;
  if (gp_class_lookup(tp, name, &cv)) {
    if (!GP_IS_TYPE(cv, gp_type_function)) {
      GP_DECREF(cv);
      return -1;
    }
    *fn = cv.as.o;
  }
  return *fn != NULL;
}

/* class_attr under gil=none (tp GP_F_ATOMIC), through cache_none.h's
** protocol; *way is NULL when another thread was filling it. */
static int class_attr_none(GpAttrCache *w, const GpType *tp, GpObj *name, GpObj **fn,
                           GpAttrCache **way, uint64_t epoch) {
  GpAttrCache snap;
  if (w && (*way = cn_way_find(w, tp, epoch, &snap)) != NULL) {
    *fn = snap.fn;
    if (!*fn) return 0;
    gp_incref_o(*fn); /* retired, not freed, if replaced meanwhile */
    return 1;
  }
  int r = class_lookup_fn(tp, name, fn);
  *way = r >= 0 && w ? cn_way_fill(w, tp, epoch, *fn) : NULL;
  return r;
}

/* What class tp holds under name, through the cache ways w (NULL: none):
** 1 a plain function (*fn, a new reference), 0 nothing, -1 anything else
** (a class attribute, a property, a descriptor: the generic path decides).
** A hit skips the MRO walk while no class namespace has changed. *way is
** tp's way after 0 or 1 (NULL without a cache). */
static int class_attr(GpAttrCache *w, const GpType *tp, GpObj *name, GpObj **fn,
                      GpAttrCache **way) {
  uint64_t epoch = atomic_load_explicit(&gp_class_epoch, memory_order_acquire);
  if (GP_IS_SHARED(&tp->ob)) return class_attr_none(w, tp, name, fn, way, epoch);
  *way = w;
  for (int i = 0; w && i < GP_ACACHE_WAYS; i++)
    if (w[i].tp == tp && w[i].epoch == epoch) {
      *way = &w[i];
      *fn = w[i].fn;
      if (!*fn) return 0;
      gp_incref_o(*fn);
      return 1;
    }
  int r = class_lookup_fn(tp, name, fn);
  if (r >= 0 && w) acache_fill(w, tp, epoch, *fn);
  return r;
}

/* The same for the inline values of an instance of class c: its shape's
** hash bits cover every name its instances may hold. */
static inline __attribute__((always_inline)) bool shape_lacks(const GpClass *c, GpObj *name) {
  int64_t h = __atomic_load_n(&((GpStr *)name)->hash, __ATOMIC_RELAXED);
  return h != -1 && !((c->shape_bits >> (h & 63)) & 1);
}

/* shape_lacks under gil=none, where another thread may be adding a bit. */
static inline bool shape_lacks_none(const GpClass *c, GpObj *name) {
  int64_t h = __atomic_load_n(&((GpStr *)name)->hash, __ATOMIC_RELAXED);
  return h != -1 && !((__atomic_load_n(&c->shape_bits, __ATOMIC_RELAXED) >> (h & 63)) & 1);
}

/* Whether instance dict d has name, shadowing the class's method. With a
** cache way a look that only tells (under gil=none too) suffices, and the
** dict's key bits mostly answer no without hashing into it. */
static bool has_own(GpThread *t, GpObj *d, GpObj *name, const GpAttrCache *way) {
  if (way) return !gp_dict_lacks_str((const GpDict *)d, name) && gp_dict_find_str(d, name) != NULL;
  GpValue v;
  if (gp_dict_getref(t, d, gp_objv(name), &v) != 1) return false;
  GP_DECREF(v);
  return true;
}

/* Whether instance o has name itself, in its dict or inline values. */
static bool inst_has_own(GpThread *t, GpObj *o, GpObj *name, const GpAttrCache *way) {
  int r = ((const GpClass *)o->type)->inline_vals ? gp_inst_vals_has(o, name) : -1;
  if (r >= 0) return r;
  GpObj *d = gp_inst_dict_get(o); /* made meanwhile under gil=none, or none at all */
  return d && has_own(t, d, name, way);
}

/* The plain function a method call on instance o finds in its class, as a
** new reference, or GP_ERRV (nothing raised) when the attribute is anything
** else or the instance's own dict has the name: the generic path decides. */
static GpValue inst_method(GpThread *t, GpValue o, GpCode *code, uint32_t arg) {
  GpObj *name = code->names[arg];
  const GpType *tp = o.as.o->type;
  GpObj *fn;
  GpAttrCache *way;
  if (class_attr(acache_ways(code, arg), tp, name, &fn, &way) != 1) return GP_ERRV;
  if (inst_has_own(t, o.as.o, name, way)) {
    gp_decref_o(fn);
    return GP_ERRV;
  }
  return gp_objv(fn);
}

/* o.name for an instance o whose class (no class in its MRO) has no
** attribute name: a read of the instance dict. GP_ERRV with nothing raised
** sends the load to the generic path (class attributes, descriptors,
** __getattr__, errors). */
static GpValue inst_load_attr(GpThread *t, GpValue o, GpCode *code, uint32_t arg) {
  GpObj *name = code->names[arg];
  const GpType *tp = o.as.o->type;
  GpObj *fn;
  GpAttrCache *way;
  int r = class_attr(acache_ways(code, arg), tp, name, &fn, &way);
  if (r) {
    if (r > 0) gp_decref_o(fn);
    return GP_ERRV;
  }
  GpObj *d = gp_inst_dict_get(o.as.o);
  GpValue v;
  if (!d && ((const GpClass *)tp)->inline_vals) { /* the way remembers the index */
    uint32_t i;
    int hit = gp_inst_vals_get(o.as.o, name, &v, &i);
    if (hit == 1 && way) CN_STORE(&way->hint, i ^ INL_HINT);
    if (hit >= 0) return hit ? v : GP_ERRV;
    d = gp_inst_dict_get(o.as.o); /* made meanwhile under gil=none */
  }
  if (!d) return GP_ERRV;
  if (way && GP_IS_SHARED(d)) { /* gil=none: the value taken under the lock */
    uint32_t h = CN_LOAD(&way->hint);
    bool found = gp_dict_get_str_hint(d, name, &h, &v);
    CN_STORE(&way->hint, h);
    return found ? v : GP_ERRV;
  }
  if (way) {
    GpValue *slot = gp_dict_find_str_hint(d, name, &way->hint);
    if (!slot) return GP_ERRV;
    GP_INCREF(*slot);
    return *slot;
  }
  if (gp_dict_getref(t, d, gp_objv(name), &v) == 1) return v;
  return GP_ERRV;
}

/* Replaces the value in slot of instance o's dict or inline values with v
** (a reference the instance takes over). An instance is always tracked. */
static inline __attribute__((always_inline)) void inst_slot_store(GpThread *t, GpObj *o,
                                                                  GpValue *slot, GpValue v) {
  GpValue old = *slot;
  *slot = v;
  GpObj *d = *gp_inst_dictp(o);
  if (d) gp_gc_note_store(t, d, v);
  GP_DECREF(old);
}

/* Whether class c (its MRO) defines __setattr__: instance stores then go
** through it, never straight into the instance. */
static bool class_defines_setattr(GpClass *c) {
  GpValue f;
  bool has = gp_class_lookup(&c->tp, gp_intern_cstr("__setattr__"), &f);
  if (has) GP_DECREF(f);
  return has;
}

/* Whether class tp holds nothing under name (class_attr 0), so the name is
** the instance's own; *way as class_attr leaves it. */
static bool class_lacks(GpAttrCache *w, const GpType *tp, GpObj *name, GpAttrCache **way) {
  GpObj *fn;
  int r = class_attr(w, tp, name, &fn, way);
  if (r > 0) gp_decref_o(fn);
  return r == 0;
}

/* Whether class c has a __setattr__, under gil=none: one word (epoch << 1
** | has) that threads may race to refill, as getattribute_state. */
static bool has_setattr_none(GpClass *c, uint64_t epoch) {
  uint64_t st = atomic_load_explicit(&c->setattr_state, memory_order_relaxed);
  if (st >> 1 == epoch) return st & 1;
  bool has = class_defines_setattr(c);
  atomic_store_explicit(&c->setattr_state, epoch << 1 | has, memory_order_relaxed);
  return has;
}

/* inst_store_attr under gil=none: a store into the dict under its lock. */
static int inst_store_none(GpThread *t, GpValue o, GpObj *name, GpValue v, GpAttrCache *w,
                           uint64_t epoch) {
  GpClass *c = (GpClass *)o.as.o->type;
  if (has_setattr_none(c, epoch)) return 1;
  GpAttrCache *way;
  if (!class_lacks(w, &c->tp, name, &way)) return 1;
  GpObj *d = gp_inst_dict_get(o.as.o);
  if (!d && c->inline_vals) { /* the way remembers the index */
    uint32_t idx;
    if (gp_inst_vals_store(o.as.o, name, v, &idx)) {
      if (way) CN_STORE(&way->hint, idx ^ INL_HINT);
      return 0;
    }
    if (!(d = gp_inst_dict(t, o.as.o))) return -1;
  }
  if (!d) return 1;
  uint32_t h0 = way ? CN_LOAD(&way->hint) : UINT32_MAX, h = h0;
  int r = gp_dict_set_str_hint(t, d, name, &h, v);
  if (way && h != h0) CN_STORE(&way->hint, h); /* the way's line stays unwritten */
  return r;
}

/* An exception's __cause__ and the like are its fields, not dict entries:
** the generic path stores them (gp_exc_set_link). */
static bool exc_dunder(const GpObj *o, const GpObj *name) {
  const char *s = ((const GpStr *)name)->data;
  return s[0] == '_' && s[1] == '_' && gp_type_is_subtype(o->type, &gp_exc_BaseException);
}

/* o.name = v for an instance whose class has no __setattr__, __slots__ or
** attribute name (a property, say): a store into the instance dict.
** 1 = use the generic path. */
static int inst_store_attr(GpThread *t, GpValue o, GpCode *code, uint32_t arg, GpValue v) {
  GpObj *name = code->names[arg];
  if (exc_dunder(o.as.o, name)) return 1;
  GpClass *c = (GpClass *)o.as.o->type;
  uint64_t epoch = atomic_load_explicit(&gp_class_epoch, memory_order_relaxed);
  GpAttrCache *w = acache_ways(code, arg);
  if (c->restricted || !w) return 1;
  if (GP_IS_SHARED(&c->tp.ob)) return inst_store_none(t, o, name, v, w, epoch);
  if (c->setattr_epoch != epoch) {
    c->has_setattr = class_defines_setattr(c);
    c->setattr_epoch = epoch;
  }
  if (c->has_setattr) return 1;
  GpAttrCache *way;
  if (!class_lacks(w, &c->tp, name, &way)) return 1;
  GpObj *d = *gp_inst_dictp(o.as.o);
  if (!d) {
    uint32_t idx;
    if (gp_inst_vals_store(o.as.o, name, v, &idx)) {
      way->hint = idx ^ INL_HINT;
      return 0;
    }
    if (!(d = gp_inst_dict(t, o.as.o))) return -1;
  }
  GpValue *slot = gp_dict_find_str_hint(d, name, &way->hint);
  if (!slot) return gp_dict_set(t, d, gp_objv(name), v) < 0 ? -1 : 0;
  GP_INCREF(v);
  inst_slot_store(t, o.as.o, slot, v);
  return 0;
}

/* The site's way for class tp if it is current (filled at this class
** epoch), else NULL. A class has at most one way (acache_fill). */
static inline __attribute__((always_inline)) const GpAttrCache *
acache_hit(const GpCode *code, uint32_t arg, const GpType *tp) {
  /* compiled code always has its ways; a site's usual class sits in the first */
  const GpAttrCache *w = &code->acache[(size_t)arg * GP_ACACHE_WAYS];
  uint64_t epoch = atomic_load_explicit(&gp_class_epoch, memory_order_relaxed);
  if (__builtin_expect(w->tp == tp, 1)) return w->epoch == epoch ? w : NULL;
  for (int i = 1; i < GP_ACACHE_WAYS; i++)
    if (w[i].tp == tp) return w[i].epoch == epoch ? &w[i] : NULL;
  return NULL;
}

static inline GpDict *inst_dict_of(GpObj *o) {
  return *(GpDict **)gp_inst_dictp(o);
}

/* The slot of o's inline value (o has no dict) that hint h names, if o
** holds one there: h is its class's shape index ^ INL_HINT. */
static inline __attribute__((always_inline)) GpValue *inl_slot(GpObj *o, uint32_t h) {
  GpInlVals *iv = gp_inst_vals(o);
  h ^= INL_HINT;
  return h < iv->n && !GP_IS_ERR(iv->v[h]) ? &iv->v[h] : NULL;
}

/* LOAD_ATTR's and STORE_ATTR's first try with caches on: the value slot of
** name in instance o's dict when the site's way for o's class is current,
** says the class has nothing under the name, and its hint entry still holds
** the name. No call and no hashing, as CPython's LOAD_ATTR_WITH_HINT; NULL
** sends the access to the paths above, which refill the way. */
static inline __attribute__((always_inline)) GpValue *inst_slot_hit(const GpCode *code,
                                                                    uint32_t arg, GpObj *o) {
  const GpAttrCache *way = acache_hit(code, arg, o->type);
  if (!way || way->fn) return NULL;
  const GpDict *d = inst_dict_of(o);
  uint32_t h = way->hint;
  if (__builtin_expect(!d, 1)) return inl_slot(o, h);
  if (h >= d->nentries) return NULL;
  GpDictEntry *e = &d->entries[h];
  return e->key.tag == GP_T_OBJ && e->key.as.o == code->names[arg] ? &e->value : NULL;
}

/* inst_slot_hit for a store: also needs a class without __setattr__ (as of
** the current epoch) and without __slots__ restricting its instances. With
** inline values, a name not stored yet whose index is past every stored
** one gets its slot too (counted as held: the caller stores at once), as
** CPython's STORE_ATTR_INSTANCE_VALUE: __init__'s stores, without a call. */
static inline __attribute__((always_inline)) GpValue *inst_store_hit(const GpCode *code,
                                                                     uint32_t arg, GpObj *o) {
  const GpClass *c = (const GpClass *)o->type;
  if (c->restricted || c->has_setattr ||
      c->setattr_epoch != atomic_load_explicit(&gp_class_epoch, memory_order_relaxed))
    return NULL;
  if (inst_dict_of(o)) return inst_slot_hit(code, arg, o);
  const GpAttrCache *way = acache_hit(code, arg, o->type);
  if (!way || way->fn) return NULL;
  GpInlVals *iv = gp_inst_vals(o);
  uint32_t h = way->hint ^ INL_HINT;
  if (h >= iv->cap) return NULL;
  if (h >= iv->n)
    iv->n = h + 1; /* the slot and any before it hold GP_T_ERR */
  else if (GP_IS_ERR(iv->v[h]))
    return NULL; /* out of order: the slow path makes the dict */
  return &iv->v[h];
}

/* Whether class c's shape lacks name, which its shape bits could not rule
** out (scheduler's `self.run` shares a bit with an attribute). A method
** way's hint counts the shape names already found to be others: the shape
** is append-only, so only the ones added since are compared, and mostly
** none. Shape names are immortal, as an interned name is: an equal name is
** the same object. */
static __attribute__((noinline)) bool shape_search_lacks(GpAttrCache *way, const GpClass *c,
                                                         GpObj *name) {
  if (!(name->flags & GP_F_IMMORTAL)) return false;
  for (uint32_t i = way->hint; i < c->nshape; i++)
    if (c->shape[i] == name) return false;
  way->hint = c->nshape;
  return true;
}

/* LOAD_METHOD's first try with caches on: the plain function (borrowed)
** the site's current way for o's class holds, when o's dict lacks the name
** (its key bits mostly tell; a false maybe costs a look in the dict, not
** the whole of inst_method) or, inline values, its class's shape does (so
** no instance stored it); NULL sends the call to inst_method. */
static inline __attribute__((always_inline)) GpObj *inst_method_hit(const GpCode *code,
                                                                    uint32_t arg, GpObj *o) {
  const GpAttrCache *way = acache_hit(code, arg, o->type);
  if (!way || !way->fn) return NULL;
  GpDict *d = inst_dict_of(o);
  GpObj *name = code->names[arg];
  if (!d) {
    const GpClass *c = (const GpClass *)o->type;
    /* the way is code->acache's, never const: only the hint is written */
    return shape_lacks(c, name) || way->hint == c->nshape ||
                   shape_search_lacks((GpAttrCache *)way, c, name)
               ? way->fn
               : NULL;
  }
  if (__builtin_expect(gp_dict_lacks_str(d, name), 1)) return way->fn;
  return gp_dict_find_str(&d->ob, name) ? NULL : way->fn;
}

/* The site's way for o's class under gil=none when it is current and says
** the class has nothing under the name (cache_none.h), else NULL. */
static inline GpAttrCache *way_none_lacks(const GpCode *code, uint32_t arg, const GpObj *o) {
  uint64_t epoch = atomic_load_explicit(&gp_class_epoch, memory_order_relaxed);
  GpAttrCache snap;
  GpAttrCache *way = cn_way_find(acache_ways(code, arg), o->type, epoch, &snap);
  return way && !snap.fn ? way : NULL;
}

/* The shape index a way's hint names for inline values if o's class's
** shape holds the name there (the hint, outside the way's seqlock, may be
** another class's or a dict's), else UINT32_MAX. */
static inline uint32_t inl_hint_none(const GpAttrCache *way, GpObj *o, GpObj *name) {
  uint32_t h = CN_LOAD(&way->hint) ^ INL_HINT;
  return gp_shape_has_at((const GpClass *)o->type, h, name) ? h : UINT32_MAX;
}

/* inst_slot_hit for a load under gil=none (cache false): o.name as a new
** reference in *out, read from the inline value or the dict entry the
** way's hint names (instvals.c's invariant 2; the dict's under its lock or
** a peek), with no call and no hashing; false: inst_load_attr. */
static __attribute__((noinline)) bool inst_load_hit_none(const GpCode *code, uint32_t arg, GpObj *o,
                                                         GpValue *out) {
  GpAttrCache *way = way_none_lacks(code, arg, o);
  if (!way) return false;
  GpDict *d = (GpDict *)gp_inst_dict_get(o);
  if (!d) {
    uint32_t i = inl_hint_none(way, o, code->names[arg]);
    return i != UINT32_MAX && gp_inst_get_at(o, i, out);
  }
  uint32_t h = CN_LOAD(&way->hint);
  return cn_peek(d, h, code->names[arg], out) || cn_hint_get(d, h, code->names[arg], out);
}

/* inst_store_hit under gil=none: o.name = v (the dict takes over the
** reference) into the entry the way's hint names, for a class without
** __slots__ restricting it or __setattr__ (as of the current epoch), or,
** the name elsewhere or new (__init__'s stores into a fresh dict), by name
** under the same single lock: these are the slow path's checks. false:
** nothing stored, take the slow path. */
static __attribute__((noinline)) bool inst_store_hit_none(GpThread *t, const GpCode *code,
                                                          uint32_t arg, GpObj *o, GpValue v) {
  GpClass *c = (GpClass *)o->type;
  uint64_t epoch = atomic_load_explicit(&gp_class_epoch, memory_order_relaxed);
  if (c->restricted || atomic_load_explicit(&c->setattr_state, memory_order_relaxed) != epoch << 1 ||
      exc_dunder(o, code->names[arg]))
    return false;
  GpAttrCache *way = way_none_lacks(code, arg, o);
  if (!way) return false;
  GpDict *d = (GpDict *)gp_inst_dict_get(o);
  if (!d) {
    uint32_t i = inl_hint_none(way, o, code->names[arg]);
    return i != UINT32_MAX && gp_inst_put_at(o, i, v);
  }
  uint32_t h0 = CN_LOAD(&way->hint), h = h0;
  if (gp_dict_put_str_hint(t, &d->ob, code->names[arg], &h, v) < 0) return false;
  if (h != h0) CN_STORE(&way->hint, h); /* else the way's line stays unwritten */
  return true;
}

/* inst_method_hit under gil=none: the plain function (borrowed: retired,
** not freed, if replaced, and the caller takes its reference before it can
** park) of the site's current way for o's class, when o's dict's key bits
** say it lacks the name; NULL: inst_method. */
static __attribute__((noinline)) GpObj *inst_method_hit_none(const GpCode *code, uint32_t arg,
                                                             GpObj *o) {
  uint64_t epoch = atomic_load_explicit(&gp_class_epoch, memory_order_relaxed);
  GpAttrCache snap;
  if (!cn_way_find(acache_ways(code, arg), o->type, epoch, &snap) || !snap.fn) return NULL;
  GpDict *d = (GpDict *)gp_inst_dict_get(o);
  if (d) return gp_dict_lacks_str(d, code->names[arg]) ? snap.fn : NULL;
  return shape_lacks_none((const GpClass *)o->type, code->names[arg]) ? snap.fn : NULL;
}

/* builtin_method under gil=none, through cache_none.h's protocol. */
static __attribute__((noinline)) const GpMethodDef *builtin_method_none(GpCode *code, uint32_t arg,
                                                                        const GpType *tp) {
  GpMethodCache *mc = &code->mcache[arg];
  const GpMethodDef *m = cn_method_get(mc, tp);
  if (m) return m;
  m = gp_type_method_interned(tp, code->names[arg]);
  if (m && (tp->ob.flags & GP_F_IMMORTAL) && !GP_IS_CLASS(tp)) cn_method_set(mc, tp, m);
  return m;
}

/* The method of built-in type tp under name arg for LOAD_METHOD, through
** the site's cache (cache false: gil=none), or NULL. */
static inline const GpMethodDef *builtin_method(GpCode *code, uint32_t arg, const GpType *tp,
                                                bool cache) {
  GpMethodCache *mc = &code->mcache[arg];
  if (!cache) return builtin_method_none(code, arg, tp);
  if (mc->tp == tp) return mc->m;
  const GpMethodDef *m = gp_type_method_interned(tp, code->names[arg]);
  /* a miss too (math.sqrt: a module's type has no methods) */
  if ((tp->ob.flags & GP_F_IMMORTAL) && !GP_IS_CLASS(tp)) *mc = (GpMethodCache){tp, m};
  return m;
}

/* LOAD_METHOD's marker for method m of self's built-in type: an error tag,
** never a value, carrying m for CALL_METHOD. */
static inline GpValue method_marker(const GpMethodDef *m) {
  return (GpValue){.tag = GP_T_ERR, .as.o = (GpObj *)(uintptr_t)m};
}

/* The slot of attribute name of o if o is a module that has it (module
** types have no methods: the dict is all there is), else NULL. Borrowed:
** only with caches on (not gil=none). */
static inline GpValue *module_attr(GpValue o, GpObj *name) {
  if (!GP_IS_TYPE(o, gp_type_module)) return NULL;
  return gp_dict_find_str(((GpModule *)o.as.o)->dict, name);
}

/* A call of class cls = callee[0] with callee[1..nargs] whose instances
** start bare and whose __init__ is a plain function (gp_class_plain_init):
** the new instance takes the class's place on the caller's stack and
** __init__ runs as a frame of the same eval loop, as CPython 3.12 does,
** rather than in a nested one (under gil=none too: cache false). 1 = *nf
** pushed (its arguments moved in), 0 = take the generic path, -1 = error
** (the stack unchanged). */
static int init_frame(GpThread *t, VmStack *st, GpValue *callee, int nargs, bool cache,
                      Frame **nf) {
  GpClass *c = (GpClass *)callee->as.o;
  GpFunction *fn = (GpFunction *)(cache ? gp_class_plain_init(c) : gp_class_plain_init_none(c));
  if (!fn || fn->code->nfast != nargs + 1 || (fn->code->flags & GP_CO_GENERATOR) ||
      t->depth >= t->vm->opt.recursion_limit)
    return 0;
  GpValue self = gp_inst_new_bare(t, (GpType *)callee->as.o);
  if (GP_IS_ERR(self)) return -1;
  Frame *f = frame_alloc(st, fn->code);
  if (!f) {
    GP_DECREF(self);
    gp_raise_nomem(t);
    return -1;
  }
  GpValue *l = FRAME_LOCALS(f);
  args_move(l + 1, callee + 1, nargs);
  l[0] = self;
  GP_INCREF(self);
  gp_decref_o(callee->as.o); /* the instance holds its class */
  *callee = self;
  gp_incref_o(&fn->ob);
  f->func = &fn->ob;
  f->globals = fn->globals;
  f->entry = FRAME_INIT;
  f->prev = t->frame;
  t->frame = f;
  t->depth++;
  *nf = f;
  return 1;
}

/* An __init__ run by init_frame returned r (stolen), not None. */
static void init_returned(GpThread *t, GpValue r) {
  gp_raise(t, &gp_exc_TypeError, "__init__() should return None, not '%s'", gp_typeof(r)->name);
  GP_DECREF(r);
}

/* gp_inst_binop_fn's usual answer for a OP b, read inline: a's class's
** cached __op__ when it is a plain function (the markers of class.h are
** not) and b is no instance of another class, whose reflected method
** could come first. NULL: ask gp_inst_binop_fn. */
static inline GpFunction *binop_fn_hit(GpValue a, GpValue b, int op) {
  const GpClass *c = (const GpClass *)a.as.o->type;
  if (c->ops_epoch != atomic_load_explicit(&gp_class_epoch, memory_order_relaxed) ||
      (gp_is_inst(b) && b.as.o->type != &c->tp))
    return NULL;
  GpObj *fn = c->binop_fn[op][0];
  return fn && fn->type == &gp_type_function ? (GpFunction *)fn : NULL;
}

/* a OP b (in place if inplace) with the operands at ab[0..1] on the
** caller's stack, a an instance: when the first method the protocol calls
** (gp_inst_binop_fn) is a plain function of two parameters, it runs as a
** frame of the same eval loop, as init_frame's __init__ does, and the
** operands stay on the caller's stack until it returns (binop_returned).
** Under gil=none (cache false) only gp_inst_binop_fn reads the class's cache.
** 1 = *nf pushed, 0 = take the generic path, -1 = error. */
static int binop_frame(GpThread *t, VmStack *st, const GpValue *ab, int op, bool inplace,
                       bool cache, Frame **nf) {
  int tried = GP_BINOP_LEFT;
  GpFunction *fn = inplace || !cache ? NULL : binop_fn_hit(ab[0], ab[1], op);
  if (!fn) fn = (GpFunction *)gp_inst_binop_fn(ab[0], ab[1], op, inplace, &tried);
  if (!fn || fn->code->nfast != 2 || (fn->code->flags & GP_CO_GENERATOR) ||
      t->depth >= t->vm->opt.recursion_limit)
    return 0;
  Frame *f = frame_alloc(st, fn->code);
  if (!f) {
    gp_raise_nomem(t);
    return -1;
  }
  GpValue *l = FRAME_LOCALS(f);
  l[0] = ab[0];
  l[1] = ab[1];
  GP_INCREF(l[0]);
  GP_INCREF(l[1]);
  gp_incref_o(&fn->ob);
  f->func = &fn->ob;
  f->globals = fn->globals;
  f->entry = BINOP_ENTRY(op, inplace, tried);
  f->prev = t->frame;
  t->frame = f;
  t->depth++;
  *nf = f;
  return 1;
}

/* A method run by binop_frame (entry, its Frame.entry) returned r (stolen)
** for the operands ab[0..1] (stolen from the caller's stack): r, or what
** the rest of the protocol gives if r is NotImplemented. */
static GpValue binop_returned(GpThread *t, int entry, const GpValue *ab, GpValue r) {
  if (gp_is_notimpl(r)) {
    int how = entry - FRAME_BINOP;
    r = gp_binop_resume(t, how >> 3, ab[0], ab[1], how & 4, how & 3);
  }
  GP_DECREF(ab[0]);
  GP_DECREF(ab[1]);
  return r;
}

/* The class statement (meta.c) with the body's qualified name and the
** module's __name__. kw: the class keywords (a dict), or NULL. */
static GpValue build_class(GpThread *t, GpValue body, GpValue name, GpValue bases, GpObj *kw,
                           GpObj *globals) {
  GpClassStmt cs = {.body = body,
                    .name = name.as.o,
                    .qualname = ((GpFunction *)body.as.o)->code->qualname,
                    .bases = bases.as.o,
                    .module = GP_ERRV};
  gp_dict_get_str(globals, gp_intern_cstr("__name__"), &cs.module);
  GpValue cls = gp_class_build(t, &cs, kw);
  GP_DECREF(cs.module);
  return cls;
}

/* A namespace's KeyError means a missing name: 0 with it cleared, else -1. */
static int ns_missing(GpThread *t) {
  if (!gp_exc_matches(t->exc, &gp_exc_KeyError)) return -1;
  GP_DECREF(t->exc);
  t->exc = GP_NONEV;
  return 0;
}

/* A name read in a class body: 1 (found, *out set), 0 (missing) or -1
** (raised). A namespace from __prepare__ that is not a dict answers
** through its __getitem__, as in CPython. */
static int ns_load(GpThread *t, GpValue ns, GpObj *name, GpValue *out) {
  if (GP_IS_TYPE(ns, gp_type_dict)) return gp_dict_get_str(ns.as.o, name, out);
  *out = gp_getitem(t, ns, gp_objv(name));
  return GP_IS_ERR(*out) ? ns_missing(t) : 1;
}

/* del name in a class body: 1 (deleted), 0 (missing) or -1 (raised). */
static int ns_del(GpThread *t, GpValue ns, GpObj *name) {
  if (GP_IS_TYPE(ns, gp_type_dict)) return gp_dict_del(t, ns.as.o, gp_objv(name));
  return gp_delitem(t, ns, gp_objv(name)) == 0 ? 1 : ns_missing(t);
}

/* The class in start's MRO whose namespace holds the function of code, or NULL. */
static const GpType *defining_class(const GpType *start, const GpCode *code) {
  if (!GP_IS_CLASS(start)) return NULL;
  GpTuple *m = (GpTuple *)((const GpClass *)start)->mro;
  for (size_t i = 0; i < m->len; i++) {
    const GpType *c = (const GpType *)m->items[i].as.o;
    if (!GP_IS_CLASS(c)) continue;
    GpValue k, v;
    for (size_t it = 0; gp_dict_next(((const GpClass *)c)->dict, &it, &k, &v);) {
      if (!GP_IS_OBJ(v)) continue;
      const GpType *vt = v.as.o->type;
      GpValue fn = v;
      if (vt == &gp_type_staticmethod || vt == &gp_type_classmethod || vt == &gp_type_property)
        fn = *(GpValue *)(v.as.o + 1);
      if (GP_IS_TYPE(fn, gp_type_function) && ((GpFunction *)fn.as.o)->code == code) return c;
    }
  }
  return NULL;
}

GpObj *gp_vm_globals(GpThread *t) {
  Frame *f = t->frame;
  return f ? f->globals : NULL;
}

/* Slot i of a function's frame joins locals() in pass: 0 plain locals and
** parameters, 1 other cells, 2 free variables (CPython's order). */
static int locals_pass(const GpCode *c, int i, GpValue v) {
  if (i >= c->nparams && i < c->nparams + c->nfree) return 2;
  return i >= c->nparams && GP_IS_TYPE(v, gp_type_cell);
}

/* A function frame's bound locals in a new dict (unbound and hidden ones,
** named "" or ".0", left out). */
static GpValue fast_locals(GpThread *t, Frame *f) {
  const GpCode *c = f->code;
  const GpValue *l = FRAME_LOCALS(f);
  GpValue d = gp_dict_new(t);
  for (int pass = 0; pass < 3 && !GP_IS_ERR(d); pass++)
    for (int i = 0; i < c->nlocals; i++) {
      const char *name = ((GpStr *)c->varnames[i])->data;
      if (locals_pass(c, i, l[i]) != pass || !*name || *name == '.') continue;
      GpValue v = l[i]; /* a cell's value is read under its lock (gil=none) */
      if (GP_IS_TYPE(v, gp_type_cell))
        v = cell_get((GpCell *)v.as.o);
      else
        GP_INCREF(v);
      int r = GP_IS_ERR(v) ? 0 : gp_dict_set(t, d.as.o, gp_objv(c->varnames[i]), v);
      GP_DECREF(v);
      if (r < 0) {
        GP_DECREF(d);
        return GP_ERRV;
      }
    }
  return d;
}

GpValue gp_vm_locals(GpThread *t) {
  Frame *f = t->frame;
  if (!f) return gp_raise(t, &gp_exc_RuntimeError, "locals(): no running code");
  const GpCode *c = f->code;
  GpValue ns = f->func ? GP_ERRV : gp_objv(f->globals);
  if (f->func && c->nparams == 1 && strcmp(((GpStr *)c->varnames[0])->data, ".ns") == 0)
    ns = FRAME_LOCALS(f)[0];
  if (GP_IS_ERR(ns)) return fast_locals(t, f);
  GP_INCREF(ns);
  return ns;
}

bool gp_vm_frame_at(GpThread *t, const char *skip, int up, const GpCode **code, uint32_t *pc) {
  Frame *f = t->frame;
  while (f && strcmp(GP_STR(gp_objv(f->code->filename))->data, skip) == 0)
    f = f->prev;
  for (; f && up > 0; up--)
    f = f->prev;
  if (!f) return false;
  *code = f->code;
  *pc = (uint32_t)(f->ip - f->code->code) - 1;
  return true;
}

/* Zero-argument super(): the calling function's first argument and the
** class whose namespace holds that function (found through the argument's
** MRO: no __class__ cell, so methods make no reference cycle). */
int gp_vm_super_args(GpThread *t, GpValue *cls, GpValue *obj) {
  Frame *f = t->frame;
  if (!f || !f->func || f->code->nposargs + !!(f->code->flags & GP_CO_VARARGS) == 0) {
    gp_raise(t, &gp_exc_RuntimeError, "super(): no arguments");
    return -1;
  }
  GpValue self = FRAME_LOCALS(f)[0];
  if (GP_IS_TYPE(self, gp_type_cell)) self = ((GpCell *)self.as.o)->v;
  if (GP_IS_ERR(self)) {
    gp_raise(t, &gp_exc_RuntimeError, "super(): arg[0] deleted");
    return -1;
  }
  const GpType *start =
      GP_IS_TYPE(self, gp_type_type) ? (const GpType *)self.as.o : gp_typeof(self);
  const GpType *c = defining_class(start, f->code);
  if (!c) c = defining_class(gp_meta_of(self), f->code); /* a metaclass's method */
  if (c) {
    *cls = gp_objv((GpObj *)&c->ob);
    *obj = self;
    GP_INCREF(*cls);
    GP_INCREF(*obj);
    return 0;
  }
  gp_raise(t, &gp_exc_RuntimeError, "super(): __class__ cell not found");
  return -1;
}

/* The eval breaker fired: let the GIL do its work, then run the signal
** handlers (main thread) and deliver interrupts. -1 if one raised. */
static __attribute__((noinline)) int handle_breaker(GpThread *t) {
  GpGil *g = &t->vm->gil;
  gp_gil_check(g, t);
  int brk = atomic_load_explicit(&g->eval_breaker, memory_order_relaxed);
  if (brk & GP_BRK_GC) gp_gc_poll(t);
  if ((brk & GP_BRK_SIG) && gp_signal_run_pending(t) < 0) return -1;
  if (gp_gil_take_interrupt(g, t)) {
    gp_raise_keyboard_interrupt(t);
    return -1;
  }
  return 0;
}

/* A call of anything but a Python function (those get a frame in the loop). */
static GpValue call_other(GpThread *t, GpValue fn, const GpValue *args, int nargs, GpObj *kwnames) {
  if (GP_IS_OBJ(fn)) {
    const GpType *tp = fn.as.o->type;
    if (tp == &gp_type_native) return gp_native_call(t, fn.as.o, args, nargs, kwnames);
    if (tp == &gp_type_boundmethod) return gp_method_call(t, fn.as.o, args, nargs, kwnames);
    if (tp == &gp_type_type) {
      GpType *self = (GpType *)fn.as.o;
      if (GP_IS_CLASS(self)) return gp_class_call(t, self, args, nargs, kwnames);
      if (self->call) return self->call(t, args, nargs, kwnames);
      return gp_raise(t, &gp_exc_TypeError, "cannot create '%s' instances", self->name);
    }
    if (tp->ops && tp->ops->call) return tp->ops->call(t, fn, args, nargs, kwnames);
  }
  GpValue call = gp_inst_special(t, fn, "__call__");
  if (!GP_IS_ERR(call)) {
    GpValue r = gp_vm_call(t, call, args, nargs, kwnames);
    GP_DECREF(call);
    return r;
  }
  if (t->exc.tag != GP_T_NONE) return GP_ERRV;
  return gp_raise(t, &gp_exc_TypeError, "'%s' object is not callable", gp_typeof(fn)->name);
}

/* `for x in range(...)`: a call of the built-in range that GET_ITER (the
** next instruction) would turn into the loop's [start, stop, step] slots
** gives the bounds straight to the slots, with no range object (CPython's
** FOR_ITER_RANGE, Lua's numeric for). False, with nothing done, unless the
** arguments are 1 to 3 small ints and the step is not zero: range() then
** converts or raises as usual. */
static inline bool range_slots(const GpValue *args, int nargs, int64_t b[3]) {
  if (nargs < 1 || nargs > 3) return false;
  b[0] = 0;
  b[2] = 1;
  for (int i = 0; i < nargs; i++)
    if (args[i].tag != GP_T_INT) return false;
  if (nargs == 1) {
    b[1] = args[0].as.i;
    return true;
  }
  b[0] = args[0].as.i;
  b[1] = args[1].as.i;
  if (nargs == 3) b[2] = args[2].as.i;
  return b[2] != 0;
}

/* call_other for the eval loop: a plain built-in function (not bound, not
** a method of a type: abs(x), len(x), max(a, b)) is called directly. */
static inline GpValue call_native_or_other(GpThread *t, GpValue fn, const GpValue *args, int nargs,
                                           GpObj *kwnames) {
  if (GP_IS_TYPE(fn, gp_type_native)) {
    const GpNative *n = (const GpNative *)fn.as.o;
    if (!n->bound && !n->owner) return n->fn(t, args, nargs, kwnames);
  }
  return call_other(t, fn, args, nargs, kwnames);
}

/* ------------------------------------------------------- the eval loop */

/* Values move between the stack and the locals field by field: the fast
** paths store only a payload (8 bytes), and a 16-byte load of a value
** written that way stalls on store forwarding. */
static inline GpValue vm_get(const GpValue *p) {
  GpValue v;
  v.tag = p->tag;
  v.as.i = p->as.i;
  return v;
}

static inline void vm_put(GpValue *p, GpValue v) {
  p->tag = v.tag;
  p->as.i = v.as.i;
}

/* The LOAD_FAST half of a superinstruction whose fast path missed: checks
** and takes a reference to the local o, and rewrites the word *w as the
** second half, op with its own operand, for the unfused code to run.
** false: o is unbound (raised). */
static inline __attribute__((always_inline)) bool fused_load_fast(GpThread *t, Frame *f, GpValue o,
                                                                  uint32_t *w, int op) {
  if (__builtin_expect(o.tag == GP_T_ERR, 0)) {
    unbound_local(t, f, GP_ARGOF(*w) & 0xfff);
    return false;
  }
  GP_INCREF(o);
  *w = GP_INSTR(op, GP_ARGOF(*w) >> 12);
  return true;
}

static inline __attribute__((always_inline)) bool gen_enter(GpThread *t, GpGen *g);
static void gen_raised(GpThread *t, const GpGen *g);

/* The handled exception while g runs: its own, or while it handles none
** the caller's (CPython's exc_info chain skips a generator's empty entry:
** sys.exc_info(), a bare raise and __context__ see the caller's). The
** caller's is kept in outer_handling and marked lent (handling_take); g's
** own goes back to g at a yield. The common case, neither handling one,
** lends nothing (t->lent is NULL whenever t->handling is None). */
static inline void gen_enter_handling(GpThread *t, GpGen *g) {
  if (GP_IS_NONE(t->handling) && GP_IS_NONE(g->handling)) {
    g->outer_lent = NULL; /* outer_handling is already None */
    return;
  }
  g->outer_handling = t->handling;
  g->outer_lent = t->lent;
  t->lent = GP_IS_OBJ(t->handling) ? t->handling.as.o : NULL;
  if (GP_IS_NONE(g->handling)) GP_INCREF(t->handling);
  t->handling = GP_IS_NONE(g->handling) ? g->outer_handling : g->handling;
}

/* What an except block saves of the handled exception (its reference),
** to restore at its end: None for one lent to a running generator, which
** may resume under another (handling_restore puts the lent one back). */
static inline GpValue handling_take(GpThread *t) {
  GpValue h = t->handling;
  if (!GP_IS_OBJ(h) || h.as.o != t->lent) return h;
  GP_DECREF(h);
  return GP_NONEV;
}

static inline void handling_restore(GpThread *t, GpValue prev) {
  GP_DECREF(t->handling);
  if (GP_IS_NONE(prev) && t->lent) {
    prev = gp_objv(t->lent);
    GP_INCREF(prev);
  }
  t->handling = prev;
}

static inline void gen_leave_handling(GpThread *t, GpGen *g) {
  /* the tags first: every resume takes this path, reading no whole value */
  if (GP_IS_NONE(t->handling) && GP_IS_NONE(g->outer_handling)) { /* nothing lent or kept */
    g->handling = GP_NONEV;
    return;
  }
  GpValue h = t->handling, o = g->outer_handling;
  if (h.tag == o.tag && (!GP_IS_OBJ(h) || h.as.o == o.as.o)) { /* the caller's, lent */
    GP_DECREF(h);
    h = GP_NONEV;
  }
  g->handling = h;
  t->handling = o;
  t->lent = g->outer_lent;
  g->outer_handling = GP_NONEV;
}

/* CPython's FOR_ITER_GEN and SEND_GEN: the for loop or `yield from` (op)
** of frame caller resumes g (sending None) inside the same eval loop, g's
** frame on top of the caller's, so a step costs no nested C call (nor,
** inlined, a call at all). The checks and state changes are gen_resume's;
** false (g untouched) when it must take that path: g running, finished or
** at the recursion limit. gen_pop_inline undoes them. */
static inline __attribute__((always_inline)) bool gen_push_inline(GpThread *t, GpGen *g,
                                                                  Frame *caller, int op) {
  if (t->depth >= t->vm->opt.recursion_limit || !gen_enter(t, g)) return false;
  if (g->finished) {
    atomic_store_explicit(&g->running, 0, memory_order_release);
    return false;
  }
  Frame *gf = g->f;
  if (gf->yielded == YIELDED_SEND) *gf->sp++ = GP_NONEV; /* the value next() sends */
  g->started = true;
  g->inline_op = op;
  gf->entry = 0;
  gf->yielded = 0;
  gf->prev = caller;
  t->frame = gf;
  t->depth++;
  gen_enter_handling(t, g);
  return true;
}

/* g's frame, pushed by gen_push_inline, left the loop: by a yield or a
** return, or raising (PEP 479 applies, as in gen_resume). */
static inline __attribute__((always_inline)) void gen_pop_inline(GpThread *t, GpGen *g,
                                                                 bool raised) {
  gen_leave_handling(t, g);
  if (raised) gen_raised(t, g);
  atomic_store_explicit(&g->running, 0, memory_order_release);
}

/* The eval loop's ip in a register of its own where the compiler allows
** pinning one (GCC on x86-64): left to itself, GCC spills it in the big
** loop function, and every dispatch then stores and reloads it. */
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define VM_IP_REGISTER __asm__("r15")
#else
#define VM_IP_REGISTER
#endif

static GpValue run_fast(GpThread *t, VmStack *st, Frame *f);
static GpValue run_legacy(GpThread *t, VmStack *st, Frame *f);
static GpValue gen_new(GpThread *t, GpFunction *fn, const GpValue *args, int nargs, GpObj *kwnames);
static int gen_delegate(GpThread *t, GpValue sub, GpValue v, GpValue *out);

#if defined(GP_PAIR_STATS)
#include "vm_pairs.h"
#endif

#define VM_RUN run_fast
#define VM_LEGACY 0
#include "vm_loop.h"
#undef VM_RUN
#undef VM_LEGACY

#define VM_RUN run_legacy
#define VM_LEGACY 1
#include "vm_loop.h"
#undef VM_RUN
#undef VM_LEGACY

/* The thread running bytecode on this OS thread, NULL outside the eval
** loop: finalizers (finalize.c) need one, and deallocation has no thread
** argument. */
_Thread_local GpThread *gp_vm_cur;

GpThread *gp_vm_current(void) {
  return gp_vm_cur;
}

GpThread *gp_vm_set_current(GpThread *t) {
  GpThread *outer = gp_vm_cur;
  gp_vm_cur = t;
  return outer;
}

/* Runs an entry frame to completion in a nested C invocation. */
static GpValue run_frame(GpThread *t, VmStack *st, Frame *f) {
  f->entry = FRAME_ENTRY;
  if (st->cdepth >= C_NESTING_LIMIT) {
    f->sp = FRAME_LOCALS(f) + f->code->nlocals;
    frame_free(t, st, f);
    return recursion_error(t);
  }
  st->cdepth++;
  GpThread *outer = gp_vm_cur;
  gp_vm_cur = t;
  GpValue r = t->vm->opt.gil == GP_GIL_LEGACY ? run_legacy(t, st, f) : run_fast(t, st, f);
  gp_vm_cur = outer;
  st->cdepth--;
  return r;
}

/* ------------------------------------------------------------ generators */

GpType gp_type_generator, gp_type_coroutine;

static bool is_gen(GpValue v) {
  return GP_IS_TYPE(v, gp_type_generator) || GP_IS_TYPE(v, gp_type_coroutine);
}

/* Finished first: a decref may free objects whose release reaches g. */
static void gen_release_frame(GpGen *g) {
  Frame *f = g->f;
  GpValue *l = FRAME_LOCALS(f);
  if (!g->finished) {
    g->finished = true;
    for (GpValue *p = l; p < f->sp; p++) { /* locals, then the suspended value stack */
      GpValue v = *p;
      *p = GP_ERRV;
      GP_DECREF(v);
    }
  }
}

/* A suspended (or unstarted) generator owns its locals, its value stack,
** its function and the exception it handles. A running one is skipped: its
** frame's sp is live in the eval loop, so its references just look
** external (safe, gc.c). */
static int gen_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GpGen *g = (GpGen *)o;
  if (atomic_load_explicit(&g->running, memory_order_relaxed)) return 0;
  Frame *f = g->f;
  if (!g->finished)
    for (GpValue *p = FRAME_LOCALS(f); p < f->sp; p++)
      GP_VISIT(*p, visit, arg);
  GP_VISIT(g->handling, visit, arg);
  return f->func ? visit(f->func, arg) : 0;
}

/* Leaves g finished, so it is never resumed with its frame emptied. */
static void gen_clear(GpObj *o) {
  GpGen *g = (GpGen *)o;
  if (atomic_load_explicit(&g->running, memory_order_relaxed)) return;
  gen_release_frame(g);
  GP_CLEAR(g->handling);
}

static GpValue gen_close(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames);

/* An async generator's generator is finalized by the async generator
** (agen.c), not by itself. */
bool gp_gen_suspended(const GpObj *o) {
  const GpGen *g = (const GpGen *)o;
  return (o->type == &gp_type_generator || o->type == &gp_type_coroutine) && g->started &&
         !g->finished && !atomic_load_explicit(&g->running, memory_order_relaxed) &&
         !(g->f->code->flags & GP_CO_ASYNCGEN);
}

/* CPython's _PyGen_Finalize: close() a generator suspended inside its body,
** so its finally blocks run; an error is reported as CPython does ("Exception
** ignored in: <generator ...>") and dropped. */
void gp_gen_finalize(GpThread *t, GpObj *o) {
  GpValue self = gp_objv(o);
  GpValue r = gen_close(t, &self, 1, NULL);
  if (GP_IS_ERR(r))
    gp_print_unraisable(t, self);
  else
    GP_DECREF(r);
}

/* CPython's RuntimeWarning for a coroutine freed unstarted, at the line
** of the code running when it goes ("sys:1" outside any). Frames of the
** library's Python source (asyncio's "<asyncio>") are skipped: a
** coroutine handed to it is freed there in gilpy, where CPython's caller
** still held it. */
static void coro_never_awaited(GpGen *g) {
  GpThread *t = gp_vm_current();
  if (!t) return;
  const char *q = GP_STR(gp_objv(g->f->code->qualname))->data;
  FILE *err = t->vm->opt.err;
  fflush(t->vm->opt.out);
  Frame *f = t->frame;
  while (f && GP_STR(gp_objv(f->code->filename))->data[0] == '<')
    f = f->prev;
  if (!f) {
    fprintf(err, "sys:1: RuntimeWarning: coroutine '%s' was never awaited\n", q);
    return;
  }
  const char *file = GP_STR(gp_objv(f->code->filename))->data;
  int line = gp_code_line(f->code, (uint32_t)(f->ip - f->code->code) - 1);
  fprintf(err, "%s:%d: RuntimeWarning: coroutine '%s' was never awaited\n", file, line, q);
  char *src = gp_traceback_source_line(file, line);
  if (src) fprintf(err, "  %s\n", src);
  free(src);
  fprintf(err, "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
}

/* Freed unfinished, it was closed first (finalize.c) if a thread ran code;
** outside the eval loop (VM teardown) and in cyclic garbage (gc.c closed it,
** gen_clear finished it) it is just released. */
static void gen_dealloc(GpObj *o) {
  GpGen *g = (GpGen *)o;
  if (o->type == &gp_type_coroutine && !g->started && !g->finished) coro_never_awaited(g);
  gen_release_frame(g);
  GP_DECREF(g->handling);
  if (g->f->func) gp_decref_o(g->f->func);
}

static GpValue gen_new(GpThread *t, GpFunction *fn, const GpValue *args, int nargs,
                       GpObj *kwnames) {
  GpCode *c = fn->code;
  size_t need = FRAME_SLOTS + (size_t)c->nlocals + (size_t)c->stacksize;
  const GpType *tp = c->flags & GP_CO_COROUTINE ? &gp_type_coroutine : &gp_type_generator;
  GpGen *g = (GpGen *)gp_alloc(t, tp, sizeof(GpGen) + need * sizeof(GpValue));
  if (!g) return gp_raise_nomem(t);
  Frame *f = (Frame *)g->data;
  g->f = f;
  g->handling = g->outer_handling = GP_NONEV;
  f->code = c;
  f->func = &fn->ob;
  gp_incref_o(&fn->ob);
  f->globals = fn->globals;
  f->ip = c->code;
  f->gen = g;
  GpValue *l = FRAME_LOCALS(f);
  f->sp = l + c->nlocals;
  for (int i = 0; i < c->nlocals; i++)
    l[i] = GP_ERRV;
  if (gp_func_bind(t, fn, args, nargs, kwnames, l) < 0) {
    gp_decref_o(&g->ob);
    return GP_ERRV;
  }
  if (c->flags & GP_CO_ASYNCGEN) return gp_agen_new(t, gp_objv(&g->ob));
  return gp_objv(&g->ob);
}

/* Marks g running; false if it already was. Only gil=none lets two threads
** race to resume g (an atomic exchange); under a GIL the holder alone can,
** and a plain load and store spare every resume a locked instruction. */
static inline __attribute__((always_inline)) bool gen_enter(GpThread *t, GpGen *g) {
  if (t->vm->obj_flags & GP_F_ATOMIC)
    return !atomic_exchange_explicit(&g->running, 1, memory_order_acquire);
  if (atomic_load_explicit(&g->running, memory_order_relaxed)) return false;
  atomic_store_explicit(&g->running, 1, memory_order_relaxed);
  return true;
}

/* A generator's body raised t->exc: StopIteration becomes RuntimeError
** (PEP 479), and so does StopAsyncIteration in an async generator's. */
static void gen_raised(GpThread *t, const GpGen *g) {
  bool agen = g->f->code->flags & GP_CO_ASYNCGEN;
  bool stop_async = agen && gp_exc_matches(t->exc, &gp_exc_StopAsyncIteration);
  if (!stop_async && !gp_exc_matches(t->exc, &gp_exc_StopIteration)) return;
  GpValue cause = t->exc;
  t->exc = GP_NONEV;
  gp_raise(t, &gp_exc_RuntimeError, "%sgenerator raised %s", agen ? "async " : "",
           stop_async ? "StopAsyncIteration" : "StopIteration");
  if (GP_IS_OBJ(t->exc) && !(t->exc.as.o->flags & GP_F_IMMORTAL)) {
    GpExc *e = (GpExc *)t->exc.as.o;
    GP_DECREF(e->cause);
    e->cause = cause;
    GP_INCREF(cause);
    GP_DECREF(e->context);
    e->context = cause;
  } else {
    GP_DECREF(cause);
  }
}

/* Runs g until it yields (1, *out the value), returns (0, *out the return
** value) or raises (-1). With exc set (not None), exc is raised at the
** point where g is suspended, as throw() does; v is then ignored.
** Inlined into next(g), the hot caller, where v and exc are None. */
static inline __attribute__((always_inline)) int gen_run(GpThread *t, GpGen *g, GpValue v,
                                                         GpValue exc, GpValue *out) {
  bool throwing = !GP_IS_NONE(exc);
  if (!gen_enter(t, g)) {
    gp_raise(t, &gp_exc_ValueError, "generator already executing");
    return -1;
  }
  int r = -1;
  Frame *f = g->f;
  if (g->finished) {
    if (g->ob.type == &gp_type_coroutine) {
      gp_raise(t, &gp_exc_RuntimeError, "cannot reuse already awaited coroutine");
    } else if (throwing) {
      gp_raise_value(t, exc);
    } else {
      *out = GP_NONEV;
      r = 0;
    }
    goto done;
  }
  if (!g->started && !throwing && !GP_IS_NONE(v)) {
    gp_raise(t, &gp_exc_TypeError, "can't send non-None value to a just-started %sgenerator",
             f->code->flags & GP_CO_ASYNCGEN ? "async " : "");
    goto done;
  }
  VmStack *st = stack_of(t);
  if (!st) {
    gp_raise_nomem(t);
    goto done;
  }
  if (t->depth >= t->vm->opt.recursion_limit) {
    recursion_error(t);
    goto done;
  }
  if (f->yielded == YIELDED_SEND && !throwing) {
    GP_INCREF(v);
    *f->sp++ = v;
  }
  g->started = true;
  f->prev = t->frame;
  t->frame = f;
  t->depth++;
  f->yielded = 0;
  gen_enter_handling(t, g);
  if (throwing) { /* the loop starts at its error path when an exception is set */
    GP_INCREF(exc);
    t->exc = exc;
  }
  GpValue res = run_frame(t, st, f);
  gen_leave_handling(t, g);
  if (f->yielded) {
    *out = res;
    r = 1;
  } else if (!GP_IS_ERR(res)) {
    *out = res;
    r = 0;
  } else {
    gen_raised(t, g);
  }
done:
  atomic_store_explicit(&g->running, 0, memory_order_release);
  return r;
}

static int gen_resume(GpThread *t, GpGen *g, GpValue v, GpValue exc, GpValue *out) {
  return gen_run(t, g, v, exc, out);
}

static GpValue stop_iteration(GpThread *t, GpValue value) {
  GpValue args = gp_tuple_pack(t, 1, &value);
  if (GP_IS_ERR(args)) return args;
  GpValue e = gp_exc_new(t, &gp_exc_StopIteration, args.as.o);
  GP_DECREF(args);
  if (GP_IS_ERR(e)) return e;
  gp_raise_value(t, e);
  GP_DECREF(e);
  return GP_ERRV;
}

static int gen_next(GpThread *t, GpValue self, GpValue *out) {
  int r = gen_run(t, (GpGen *)self.as.o, GP_NONEV, GP_NONEV, out);
  if (r == 0) GP_DECREF(*out);
  return r;
}

static GpValue gen_iter(GpThread *t, GpValue self) {
  (void)t;
  GP_INCREF(self);
  return self;
}

GpValue gp_gen_send(GpThread *t, GpValue gen, GpValue v) {
  GpValue out;
  int r = gen_resume(t, (GpGen *)gen.as.o, v, GP_NONEV, &out);
  if (r == 1) return out;
  if (r == 0) {
    stop_iteration(t, out);
    GP_DECREF(out);
  }
  return GP_ERRV;
}

static GpValue gen_send(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "send", nargs, kwnames, 2, 2) < 0) return GP_ERRV;
  GpValue out;
  int r = gen_resume(t, (GpGen *)args[0].as.o, args[1], GP_NONEV, &out);
  if (r == 1) return out;
  if (r == 0) {
    stop_iteration(t, out);
    GP_DECREF(out);
  }
  return GP_ERRV;
}

/* throw(exc) / throw(type[, value]): the exception instance to raise. */
static GpValue throw_value(GpThread *t, const GpValue *args, int nargs) {
  GpValue tp = args[0];
  if (GP_IS_TYPE(tp, gp_type_type) &&
      gp_type_is_subtype((GpType *)tp.as.o, &gp_exc_BaseException)) {
    if (nargs >= 2 && is_exc(args[1])) {
      GP_INCREF(args[1]);
      return args[1];
    }
    return gp_vm_call(t, tp, args + 1, nargs >= 2 && !GP_IS_NONE(args[1]) ? 1 : 0, NULL);
  }
  if (is_exc(tp)) {
    if (nargs >= 2 && !GP_IS_NONE(args[1]))
      return gp_raise(t, &gp_exc_TypeError, "instance exception may not have a separate value");
    GP_INCREF(tp);
    return tp;
  }
  return gp_raise(t, &gp_exc_TypeError,
                  "exceptions must be classes or instances deriving from BaseException, not %s",
                  gp_typeof(tp)->name);
}

/* The send or throw method of v's built-in type (an async generator's
** asend and athrow awaitables), NULL if it has none. */
static const GpMethodDef *native_method(GpValue v, const char *name) {
  const GpType *tp = gp_typeof(v);
  return GP_IS_CLASS(tp) || !GP_IS_OBJ(v) ? NULL : gp_type_method(tp, name);
}

/* sub.send(v) or sub.throw(v) through its built-in method: 1 = it yielded
** *out, 0 = it is done with *out (StopIteration's value), -1 = raised. */
static int native_step(GpThread *t, GpValue sub, const char *name, GpValue v, GpValue *out) {
  GpValue a[2] = {sub, v};
  GpValue r = native_method(sub, name)->fn(t, a, 2, NULL);
  if (!GP_IS_ERR(r)) {
    *out = r;
    return 1;
  }
  if (!gp_exc_matches(t->exc, &gp_exc_StopIteration)) return -1;
  GpTuple *args = (GpTuple *)((GpExc *)t->exc.as.o)->args;
  *out = args && args->len ? args->items[0] : GP_NONEV;
  GP_INCREF(*out);
  GP_DECREF(t->exc);
  t->exc = GP_NONEV;
  return 0;
}

/* A generator suspended in `yield from` passes throw() on to the inner
** generator first; what that one returns resumes the outer one. */
static int gen_throw_ex(GpThread *t, GpGen *g, GpValue exc, GpValue *out) {
  Frame *f = g->f;
  GpObj *sub = NULL; /* looked at under the running flag: threads may share g */
  if (!atomic_exchange_explicit(&g->running, 1, memory_order_acquire)) {
    if (g->started && !g->finished && GP_OPOF(*f->ip) == OP_YIELD_FROM &&
        (is_gen(f->sp[-1]) || native_method(f->sp[-1], "throw")))
      sub = f->sp[-1].as.o;
    if (sub) gp_incref_o(sub);
    atomic_store_explicit(&g->running, 0, memory_order_release);
  }
  if (sub) {
    int r = is_gen(gp_objv(sub)) ? gen_throw_ex(t, (GpGen *)sub, exc, out)
                                 : native_step(t, gp_objv(sub), "throw", exc, out);
    gp_decref_o(sub);
    if (r == 1) return 1;
    f->ip++; /* past YIELD_FROM: the inner generator is done */
    f->sp--;
    gp_decref_o(sub);
    if (r == 0) { /* resume the outer generator with the inner one's result */
      GpValue val = *out;
      int r2 = gen_resume(t, g, val, GP_NONEV, out);
      GP_DECREF(val);
      return r2;
    }
    GpValue e = t->exc; /* the inner generator's exception goes on in the outer one */
    t->exc = GP_NONEV;
    int r2 = gen_resume(t, g, GP_NONEV, e, out);
    GP_DECREF(e);
    return r2;
  }
  return gen_resume(t, g, GP_NONEV, exc, out);
}

GpValue gp_gen_throw_value(GpThread *t, const GpValue *args, int nargs) {
  return throw_value(t, args, nargs);
}

int gp_gen_step(GpThread *t, GpValue gen, GpValue v, GpValue exc, GpValue *out) {
  GpGen *g = (GpGen *)gen.as.o;
  int r = GP_IS_NONE(exc) ? gen_resume(t, g, v, GP_NONEV, out) : gen_throw_ex(t, g, exc, out);
  return r == 1 && GP_OPOF(*g->f->ip) != OP_YIELD_FROM ? 2 : r;
}

int gp_gen_state(GpValue gen) {
  const GpGen *g = (const GpGen *)gen.as.o;
  return atomic_load_explicit(&g->running, memory_order_relaxed) ? GP_GEN_RUNNING
         : g->finished                                           ? GP_GEN_FINISHED
         : g->started                                            ? GP_GEN_SUSPENDED
                                                                 : GP_GEN_CREATED;
}

static GpValue gen_throw(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "throw", nargs, kwnames, 2, 4) < 0) return GP_ERRV;
  GpValue exc = throw_value(t, args + 1, nargs - 1);
  if (GP_IS_ERR(exc)) return exc;
  GpValue out;
  int r = gen_throw_ex(t, (GpGen *)args[0].as.o, exc, &out);
  GP_DECREF(exc);
  if (r == 1) return out;
  if (r == 0) {
    stop_iteration(t, out);
    GP_DECREF(out);
  }
  return GP_ERRV;
}

static GpValue gen_close(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "close", nargs, kwnames, 1, 1) < 0) return GP_ERRV;
  GpGen *g = (GpGen *)args[0].as.o;
  if (atomic_exchange_explicit(&g->running, 1, memory_order_acquire))
    return gp_raise(t, &gp_exc_ValueError, "generator already executing");
  bool idle = !g->started || g->finished;
  if (idle) gen_release_frame(g);
  atomic_store_explicit(&g->running, 0, memory_order_release);
  if (idle) return GP_NONEV;
  GpValue exc = gp_exc_new(t, &gp_exc_GeneratorExit, NULL);
  if (GP_IS_ERR(exc)) return exc;
  GpValue out;
  int r = gen_throw_ex(t, g, exc, &out);
  GP_DECREF(exc);
  if (r == 1) {
    GP_DECREF(out);
    return gp_raise(t, &gp_exc_RuntimeError, "generator ignored GeneratorExit");
  }
  if (r == 0) {
    GP_DECREF(out);
    return GP_NONEV;
  }
  if (gp_exc_matches(t->exc, &gp_exc_GeneratorExit) ||
      gp_exc_matches(t->exc, &gp_exc_StopIteration)) {
    GP_DECREF(t->exc);
    t->exc = GP_NONEV;
    return GP_NONEV;
  }
  return GP_ERRV;
}

static GpValue gen_repr(GpThread *t, GpValue self) {
  GpGen *g = (GpGen *)self.as.o;
  return gp_str_printf(t, "<%s object %s at %p>", g->ob.type->name,
                       GP_STR(gp_objv(g->f->code->qualname))->data, (void *)g);
}

static GpValue gen_getattr(GpThread *t, GpValue self, GpObj *name) {
  (void)t;
  GpGen *g = (GpGen *)self.as.o;
  const char *s = GP_STR(gp_objv(name))->data;
  if (strcmp(s, "__name__") == 0 || strcmp(s, "__qualname__") == 0) {
    GpObj *n = s[2] == 'n' ? g->f->code->name : g->f->code->qualname;
    return gp_objv(n); /* interned: immortal */
  }
  if (strcmp(s, "gi_running") == 0 || strcmp(s, "cr_running") == 0)
    return gp_boolv(atomic_load(&g->running));
  return GP_ERRV;
}

static const GpMethodDef gen_methods[] = {
    {"send", gen_send}, {"throw", gen_throw}, {"close", gen_close}, {NULL, NULL}};

GpType gp_type_generator = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "generator",
    .dealloc = gen_dealloc,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .repr = gen_repr,
    .iter = gen_iter,
    .next = gen_next,
    .getattr = gen_getattr,
    .methods = gen_methods,
};

static const GpMethodDef coro_methods[] = {{"send", gen_send},
                                           {"throw", gen_throw},
                                           {"close", gen_close},
                                           {"__await__", gp_coro_await},
                                           {NULL, NULL}};

/* A coroutine: a generator object of its own type, made by calling an
** async def; awaited (not iterated) through YIELD_FROM. */
GpType gp_type_coroutine = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "coroutine",
    .dealloc = gen_dealloc,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .repr = gen_repr,
    .getattr = gen_getattr,
    .methods = coro_methods,
};

/* One step of `yield from sub` with v sent: 1 = sub yielded *out, 0 = sub
** is done and *out is its result, -1 = exception. */
static int gen_delegate(GpThread *t, GpValue sub, GpValue v, GpValue *out) {
  if (is_gen(sub)) return gen_resume(t, (GpGen *)sub.as.o, v, GP_NONEV, out);
  if (native_method(sub, "send")) return native_step(t, sub, "send", v, out);
  bool user = GP_IS_CLASS(gp_typeof(sub)); /* its StopIteration's value is the result */
  if (GP_IS_NONE(v) && !user) {
    int r = gp_next(t, sub, out);
    if (r == 0) *out = GP_NONEV;
    return r;
  }
  GpValue m = GP_IS_NONE(v) ? gp_inst_special(t, sub, "__next__")
                            : gp_getattr(t, sub, gp_intern_cstr("send"));
  if (GP_IS_ERR(m)) {
    if (GP_IS_NONE(t->exc))
      gp_raise(t, &gp_exc_TypeError, "'%s' object is not an iterator", gp_type_name(sub));
    return -1;
  }
  GpValue r = gp_vm_call(t, m, &v, GP_IS_NONE(v) ? 0 : 1, NULL);
  GP_DECREF(m);
  if (!GP_IS_ERR(r)) {
    *out = r;
    return 1;
  }
  if (!gp_exc_matches(t->exc, &gp_exc_StopIteration)) return -1;
  GpExc *e = (GpExc *)t->exc.as.o;
  GpTuple *a = (GpTuple *)e->args;
  *out = a && a->len ? a->items[0] : GP_NONEV;
  GP_INCREF(*out);
  GP_DECREF(t->exc);
  t->exc = GP_NONEV;
  return 0;
}

GpValue gp_vm_call(GpThread *t, GpValue fn, const GpValue *args, int nargs, GpObj *kwnames) {
  if (!GP_IS_TYPE(fn, gp_type_function)) return call_other(t, fn, args, nargs, kwnames);
  if (((GpFunction *)fn.as.o)->code->flags & GP_CO_GENERATOR)
    return gen_new(t, (GpFunction *)fn.as.o, args, nargs, kwnames);
  VmStack *st = stack_of(t);
  if (!st) return gp_raise_nomem(t);
  Frame *f = frame_for_call(t, st, (GpFunction *)fn.as.o, args, nargs, kwnames);
  if (!f) return GP_ERRV;
  return run_frame(t, st, f);
}

GpValue gp_vm_run_module(GpThread *t, GpCode *code, GpObj *globals) {
  VmStack *st = stack_of(t);
  if (!st) return gp_raise_nomem(t);
  if (t->depth >= t->vm->opt.recursion_limit) return recursion_error(t);
  Frame *f = frame_alloc(st, code);
  if (!f) return gp_raise_nomem(t);
  f->func = NULL;
  f->globals = globals;
  f->prev = t->frame;
  t->frame = f;
  t->depth++;
  return run_frame(t, st, f);
}
