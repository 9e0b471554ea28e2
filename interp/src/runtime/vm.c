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
#include "code.h"
#include "module.h"
#include "obj.h"
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
  int entry; /* returning from it leaves the eval loop */
} Frame;

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
  for (int i = c->nparams; i < c->nlocals; i++)
    l[i] = GP_ERRV;
  f->sp = l + c->nlocals;
  f->ip = c->code;
  f->entry = 0;
  return f;
}

/* Releases a frame whose value stack is already empty. */
static inline void frame_free(GpThread *t, VmStack *st, Frame *f) {
  GpValue *l = FRAME_LOCALS(f);
  for (int i = 0, n = f->code->nlocals; i < n; i++)
    GP_DECREF(l[i]);
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
  if (!kwnames && nargs == c->nparams) {
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

static __attribute__((noinline)) GpValue load_global_slow(GpThread *t, Frame *f, uint32_t arg,
                                                          bool cache) {
  GpCode *c = f->code;
  GpObj *name = c->names[arg];
  GpValue v;
  if (!cache) { /* gil=none: no borrowed slots, another thread may resize the dict */
    if (gp_dict_get_str(f->globals, name, &v) || gp_dict_get_str(t->vm->builtins, name, &v))
      return v;
    return gp_raise(t, &gp_exc_NameError, "name '%s' is not defined", GP_STR(gp_objv(name))->data);
  }
  GpGlobalCache *gc = &c->gcache[arg];
  GpValue *slot;
  GpDict *g = (GpDict *)f->globals;
  long i = dict_index(f->globals, name, &slot);
  if (i >= 0) {
    if (cache) *gc = (GpGlobalCache){f->globals, g->entries, (size_t)i, NULL, 0};
  } else {
    GpDict *b = (GpDict *)t->vm->builtins;
    i = dict_index(t->vm->builtins, name, &slot);
    if (i < 0)
      return gp_raise(t, &gp_exc_NameError, "name '%s' is not defined",
                      GP_STR(gp_objv(name))->data);
    if (cache) *gc = (GpGlobalCache){&b->ob, b->entries, (size_t)i, g->entries, g->nentries};
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

static bool is_same(GpValue a, GpValue b) {
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
    r = gp_contains(t, b, a);
    if (r < 0) return GP_ERRV;
    return gp_boolv((r == 1) == (op == GP_CMP_IN));
  default:
    return gp_compare(t, (GpCmpOp)op, a, b);
  }
}

static inline bool int_cmp(int op, int64_t a, int64_t b) {
  switch (op) {
  case GP_CMP_LT:
    return a < b;
  case GP_CMP_LE:
    return a <= b;
  case GP_CMP_EQ:
    return a == b;
  case GP_CMP_NE:
    return a != b;
  case GP_CMP_GT:
    return a > b;
  default:
    return a >= b;
  }
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

/* Appends this frame's (file, line, function) to the exception's traceback. */
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
    GpValue items[3] = {gp_objv(f->code->filename), gp_intv(gp_code_line(f->code, pc)),
                        gp_objv(f->code->name)};
    GpValue tu = gp_tuple_pack(t, 3, items);
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

static const GpMethodDef *ctx_method(GpThread *t, GpValue ctx, const char *name) {
  const GpType *tp = gp_typeof(ctx);
  const GpMethodDef *m = gp_type_method(tp, name);
  if (!m)
    gp_raise(t, &gp_exc_TypeError, "'%s' object does not support the context manager protocol",
             tp->name);
  return m;
}

static GpValue with_exit(GpThread *t, GpValue ctx, GpValue exc) {
  const GpMethodDef *m = ctx_method(t, ctx, "__exit__");
  if (!m) return GP_ERRV;
  GpValue args[4] = {ctx, GP_NONEV, GP_NONEV, GP_NONEV};
  if (!GP_IS_NONE(exc)) {
    args[1] = gp_objv((GpObj *)exc.as.o->type);
    args[2] = exc;
  }
  return m->fn(t, args, 4, NULL);
}

static GpValue keyboard_interrupt(GpThread *t) {
  GpValue e = gp_exc_new(t, &gp_exc_KeyboardInterrupt, NULL);
  if (GP_IS_ERR(e)) return e;
  gp_raise_value(t, e);
  GP_DECREF(e);
  return GP_ERRV;
}

/* The eval breaker fired: let the GIL do its work, then deliver interrupts.
** -1 if KeyboardInterrupt was raised. */
static __attribute__((noinline)) int handle_breaker(GpThread *t) {
  GpGil *g = &t->vm->gil;
  gp_gil_check(g, t);
  if (atomic_load_explicit(&g->eval_breaker, memory_order_relaxed) & GP_BRK_GC) gp_gc_poll(t);
  if (gp_gil_take_interrupt(g, t)) {
    keyboard_interrupt(t);
    return -1;
  }
  return 0;
}

/* A call of anything but a Python function (those get a frame in the loop). */
static GpValue call_other(GpThread *t, GpValue fn, const GpValue *args, int nargs, GpObj *kwnames) {
  if (GP_IS_OBJ(fn)) {
    const GpType *tp = fn.as.o->type;
    if (tp == &gp_type_native) return gp_native_call(t, fn.as.o, args, nargs, kwnames);
    if (tp == &gp_type_type) {
      GpType *self = (GpType *)fn.as.o;
      if (self->call) return self->call(t, args, nargs, kwnames);
      return gp_raise(t, &gp_exc_TypeError, "cannot create '%s' instances", self->name);
    }
  }
  return gp_raise(t, &gp_exc_TypeError, "'%s' object is not callable", gp_typeof(fn)->name);
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

static GpValue run_fast(GpThread *t, VmStack *st, Frame *f);
static GpValue run_legacy(GpThread *t, VmStack *st, Frame *f);

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

/* Runs an entry frame to completion in a nested C invocation. */
static GpValue run_frame(GpThread *t, VmStack *st, Frame *f) {
  f->entry = 1;
  if (st->cdepth >= C_NESTING_LIMIT) {
    f->sp = FRAME_LOCALS(f) + f->code->nlocals;
    frame_free(t, st, f);
    return recursion_error(t);
  }
  st->cdepth++;
  GpValue r = t->vm->opt.gil == GP_GIL_LEGACY ? run_legacy(t, st, f) : run_fast(t, st, f);
  st->cdepth--;
  return r;
}

GpValue gp_vm_call(GpThread *t, GpValue fn, const GpValue *args, int nargs, GpObj *kwnames) {
  if (!GP_IS_TYPE(fn, gp_type_function)) return call_other(t, fn, args, nargs, kwnames);
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
