/*
** compile.c — AST to bytecode.
**
** One Unit per code object (the module, each def). Scopes are resolved
** statically: in a function every name bound anywhere in its body (and not
** declared global) is a fast local slot; everything else is a global. List
** comprehensions are inlined (as in CPython 3.12) with their loop
** variables in hidden slots, so they do not leak and cost no call.
**
** The compiler tracks the stack depth of every instruction: it sizes the
** frame and records, for the exception table, how deep the stack is when a
** handler starts. `break`, `continue` and `return` unwind the blocks they
** leave: they pop for-loop iterators, restore the handled exception, call
** `__exit__` and run `finally` bodies inline.
*/
#include "compile.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rcdefer.h"
#include "scope.h"
#include "vm.h"

#define MAX_BLOCKS 256
#define MAX_HANDLERS 256
#define MAX_COMPS 64

typedef struct Handler {
  int label, depth;
} Handler;

enum { B_WHILE, B_FOR, B_EXCEPT, B_FINALLY_TRY, B_FINALLY_HANDLER, B_WITH, B_EXCEPT_STAR };

typedef struct Block {
  int kind;
  int cont, brk; /* loops: labels */
  int hlevel;    /* handler stack size when the block began */
  GpNode *node;  /* B_FINALLY_TRY: the try statement; B_EXCEPT: the handler */
} Block;

typedef struct CompName {
  const char *name;
  int slot;
} CompName;

enum { U_MODULE, U_FUNC, U_CLASS };

/* A match statement's captures: each name's hidden slot, where a pattern
** stores what it captures until the whole pattern has matched (CPython
** binds no name of a pattern that fails). */
#define MAX_CAPTURES 256
typedef struct MatchCtx {
  const char *names[MAX_CAPTURES];
  int slots[MAX_CAPTURES];
  int n;
} MatchCtx;

typedef struct Fixup {
  uint32_t at;
  int label;
  bool word; /* the target is the whole word at `at`, else the operand */
} Fixup;

typedef struct Unit {
  struct Unit *parent; /* the enclosing def's unit, NULL at module level */
  GpThread *t;
  const char *filename;
  bool is_func;
  int kind;      /* U_* */
  GpScope scope; /* names used, bound, declared; free names of nested scopes */
  bool *cell;    /* per local slot: accessed through a cell (DEREF ops) */
  int ccell;
  GpObj **freenames; /* free variables, in closure order (slots nparams..) */
  int nfree, cfree;
  const char *qualname;
  char *qualbuf; /* owned storage of qualname */
  int nposargs, nkwonly, nposonly, flags;
  bool oom;
  bool failed; /* an exception was raised while emitting */
  uint32_t *code;
  GpPos *pos;           /* of each word; coded into the code object's postab */
  GpCompFrame *cframes; /* the inlined comprehensions, outermost first */
  int ncframes, ccframes;
  uint32_t n, cap;
  GpValue *consts;
  int nconsts, cconsts;
  GpObj **names;
  int nnames, cnames;
  GpObj **varnames;
  int nlocals, clocals, nparams;
  const char **globals;
  int nglobals, cglobals;
  int *labels;
  int nlabels, clabels;
  Fixup *fix;
  int nfix, cfix;
  GpExcEntry *exc;
  int nexc, cexc;
  Handler hs[MAX_HANDLERS];
  int nh;
  uint32_t seg_start;
  Block blocks[MAX_BLOCKS];
  int nb;
  CompName comps[MAX_COMPS];
  int ncomps;
  bool is_genexp;
  int in_iter; /* compiling a comprehension's iterable: no := there */
  int depth, maxdepth;
  int line, col, end_line, end_col; /* the position of what is emitted */
  uint32_t last_op;                 /* position of the last instruction (its first word) */
  uint32_t label_at;                /* position of the last label set: a jump target */
  int ret_slot;
  MatchCtx *match;        /* the match statement whose patterns are compiled */
  bool top_ns;            /* exec/eval source: a module body whose names live in a namespace */
  bool eval;              /* eval's expression: the body returns it */
  const GpValue *display; /* compile(..., 'single'): the top level's hook, else NULL */
  const GpNodeList *head; /* module: its statements; the first nfuture may import __future__ */
  int nfuture;
  const char **seen; /* names used so far (for `global` after use) */
  bool *seen_store;
  int nseen, cseen;
  GpObj *doc; /* a function's docstring (str), owned; the code object's __doc__ */
} Unit;

/* ------------------------------------------------------------ helpers */

static bool grow(Unit *u, void **p, int *cap, int need, size_t elem) {
  if (need <= *cap) return true;
  int nc = *cap ? *cap * 2 : 16;
  while (nc < need)
    nc *= 2;
  void *q = realloc(*p, (size_t)nc * elem);
  if (!q) {
    u->oom = true;
    return false;
  }
  *p = q;
  *cap = nc;
  return true;
}
#define GROW(u, arr, cnt, cap, need) grow(u, (void **)&(arr), &(cap), (need), sizeof(*(arr)))

static int cerr(Unit *u, int line, const char *fmt, ...) {
  GpSyntaxError e = {.kind = "SyntaxError", .line = line, .col = 0};
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(e.msg, sizeof e.msg, fmt, ap);
  va_end(ap);
  gp_syntax_error(u->t, &e, u->filename);
  return -1;
}

/* What is emitted next stands for node n (CPython's SET_LOC). */
static void set_loc(Unit *u, const GpNode *n) {
  u->line = n->line;
  u->end_line = n->end_line ? n->end_line : n->line;
  u->col = n->end_line ? n->col : -1;
  u->end_col = n->end_line ? n->end_col : -1;
}

static void emit_word(Unit *u, uint32_t w) {
  int cap = (int)u->cap;
  if (u->n + 1 > u->cap) {
    int need = (int)u->n + 1;
    int lcap = cap;
    if (!GROW(u, u->code, u->n, cap, need) || !GROW(u, u->pos, u->n, lcap, need)) return;
    u->cap = (uint32_t)cap;
  }
  u->pos[u->n] = (GpPos){u->line, u->end_line, u->col, u->end_col};
  u->code[u->n++] = w;
}

static int stack_effect(int op, int arg) {
  switch (op) {
  case OP_POP_TOP:
  case OP_STORE_FAST:
  case OP_STORE_GLOBAL:
  case OP_POP_JUMP_IF_FALSE:
  case OP_POP_JUMP_IF_TRUE:
  case OP_POP_JUMP_BACK_IF_TRUE:
  case OP_POP_JUMP_BACK_IF_FALSE:
  case OP_JUMP_IF_FALSE_OR_POP:
  case OP_JUMP_IF_TRUE_OR_POP:
  case OP_BIN_ADD:
  case OP_BIN_SUB:
  case OP_BIN_MUL:
  case OP_BIN_FLOORDIV:
  case OP_BIN_MOD:
  case OP_BIN_OP:
  case OP_INPLACE_ADD:
  case OP_INPLACE_SUB:
  case OP_INPLACE_MUL:
  case OP_INPLACE_OP:
  case OP_COMPARE_OP:
  case OP_LIST_APPEND:
  case OP_SET_ADD:
  case OP_SET_UPDATE:
  case OP_BINARY_SUBSCR:
  case OP_RETURN_VALUE:
  case OP_IMPORT_STAR:
  case OP_WITH_EXIT:
  case OP_STORE_DEREF:
  case OP_LIST_EXTEND:
  case OP_DICT_MERGE:
  case OP_DICT_UPDATE:
  case OP_DELETE_ATTR:
    return -1;
  case OP_LOAD_DEREF:
  case OP_LOAD_CLOSURE:
    return 1;
  case OP_YIELD_FROM:
  case OP_STORE_NAME:
    return -1;
  case OP_YIELD_VALUE:
    return arg == GP_YIELD_DROP ? -1 : 0;
  case OP_LOAD_NAME:
    return 1;
  case OP_BUILD_CLASS:
    return -2 - arg;
  case OP_CALL_EX:
    return -1 - (arg & 1);
  case OP_UNPACK_EX:
    return (arg & 0xff) + (arg >> 8);
  case OP_DUP_TOP:
  case OP_LOAD_CONST:
  case OP_LOAD_FAST:
  case OP_LOAD_GLOBAL:
  case OP_LOAD_METHOD:
  case OP_IMPORT_NAME:
  case OP_IMPORT_FROM:
  case OP_PUSH_EXC_INFO:
  case OP_WITH_ENTER:
  case OP_ASYNC_WITH_ENTER:
  case OP_GET_ANEXT:
    return 1;
  case OP_DUP_TOP2:
  case OP_GET_ITER:
    return 2;
  case OP_EXC_STAR:
    return arg == GP_STAR_RAISED ? -1 : arg == GP_STAR_END ? 0 : 1;
  case OP_STORE_ATTR:
  case OP_CMP_JUMP_IF_FALSE:
  case OP_CMP_JUMP_IF_TRUE:
  case OP_CMP_JUMP_BACK_IF_TRUE:
  case OP_CMP_JUMP_BACK_IF_FALSE:
  case OP_DELETE_SUBSCR:
  case OP_MAP_ADD:
  case OP_POP_EXCEPT:
  case OP_RERAISE:
  case OP_END_ASYNC_FOR:
    return -2;
  case OP_STORE_SUBSCR:
  case OP_SLICE_GET:
  case OP_WITH_EXC:
  case OP_ASYNC_WITH_EXC_END:
  case OP_FOR_ITER:
  case OP_FOR_ITER_STORE:
    return -3;
  case OP_SLICE_DEL:
    return -4;
  case OP_SLICE_SET:
    return -5;
  case OP_BUILD_LIST:
  case OP_BUILD_TUPLE:
  case OP_BUILD_STRING:
  case OP_BUILD_SET:
    return 1 - arg;
  case OP_BUILD_DICT:
    return 1 - 2 * arg;
  case OP_FORMAT_VALUE:
    return (arg & GP_FMT_SPEC) ? -1 : 0;
  case OP_UNPACK_SEQUENCE:
    return arg - 1;
  case OP_MAKE_FUNCTION:
    return -(arg & 0xffff) - !!(arg & GP_MF_KWDEFAULTS) - !!(arg & GP_MF_CLOSURE) -
           !!(arg & GP_MF_ANNOTATIONS);
  case OP_CALL:
  case OP_CALL_KW:
  case OP_RAISE:
    return -arg;
  case OP_CALL_METHOD:
  case OP_CALL_METHOD_KW:
    return -arg - 1;
  default:
    return 0;
  }
}

/* The superinstruction prev followed by op makes, or -1. */
static int fused_op(int prev, int op) {
  switch (prev * OP_NCODES + op) {
  case OP_LOAD_FAST *OP_NCODES + OP_LOAD_CONST:
    return OP_LOAD_FAST_CONST;
  case OP_LOAD_FAST *OP_NCODES + OP_LOAD_FAST:
    return OP_LOAD_FAST2;
  case OP_LOAD_FAST *OP_NCODES + OP_LOAD_ATTR:
    return OP_LOAD_FAST_ATTR;
  case OP_LOAD_FAST *OP_NCODES + OP_LOAD_METHOD:
    return OP_LOAD_FAST_METHOD;
  case OP_LOAD_FAST *OP_NCODES + OP_STORE_ATTR:
    return OP_STORE_FAST_ATTR;
  case OP_LOAD_FAST *OP_NCODES + OP_YIELD_VALUE:
    return OP_LOAD_FAST_YIELD;
  case OP_LOAD_FAST *OP_NCODES + OP_STORE_FAST:
    return OP_LOAD_FAST_STORE;
  case OP_LOAD_CONST *OP_NCODES + OP_STORE_FAST:
    return OP_LOAD_CONST_STORE;
  case OP_STORE_FAST *OP_NCODES + OP_STORE_FAST:
    return OP_STORE_FAST2;
  case OP_LOAD_CONST *OP_NCODES + OP_BIN_ADD:
    return OP_BIN_ADD_CONST;
  case OP_LOAD_CONST *OP_NCODES + OP_BIN_MOD:
    return OP_BIN_MOD_CONST;
  default:
    return -1;
  }
}

/* LOAD_FAST2 a b then an attribute op on b becomes LOAD_FAST a and the op
** fused with b, whose hit reads b in place: `self.x = x` in __init__
** stores with no push of self. The same conditions as fuse's hold. */
static bool refuse(Unit *u, uint32_t prev, int op, int arg) {
  if (op != OP_LOAD_ATTR && op != OP_STORE_ATTR && op != OP_LOAD_METHOD) return false;
  if (arg >= GP_PACK_MAX || u->pos[u->last_op].line != u->line) return false;
  uint32_t a = GP_ARGOF(prev) & 0xfff, b = GP_ARGOF(prev) >> 12;
  u->code[u->last_op] = GP_INSTR(OP_LOAD_FAST, a);
  u->last_op = u->n;
  emit_word(u, GP_INSTR(fused_op(OP_LOAD_FAST, op), GP_PACK2(b, arg)));
  return true;
}

/* LOAD_FAST2 a b then CMP_JUMP_IF_TRUE/FALSE (`c in cols`, `i < n`): the
** comparison reads both locals in place. The same conditions as fuse's
** hold; the jump's target word follows as before. */
static bool fuse_cmp_jump(Unit *u, uint32_t prev, int op, int arg) {
  int fop = op == OP_CMP_JUMP_IF_TRUE    ? OP_FAST2_CMP_JUMP_IF_TRUE
            : op == OP_CMP_JUMP_IF_FALSE ? OP_FAST2_CMP_JUMP_IF_FALSE
                                         : -1;
  uint32_t a = GP_ARGOF(prev) & 0xfff, b = GP_ARGOF(prev) >> 12;
  if (fop < 0 || a >= 1024 || b >= 1024 || arg >= 16 || u->pos[u->last_op].line != u->line)
    return false;
  u->code[u->last_op] = GP_INSTR(fop, a | b << 10 | (uint32_t)arg << 20);
  u->pos[u->last_op] = (GpPos){u->line, u->end_line, u->col, u->end_col};
  return true;
}

/* Fuses op into the previous instruction when that is safe: nothing jumps
** between them, they lie in the same exception-table segment, and on the
** same line (an error in either part reports the fused word's line). */
static bool fuse(Unit *u, int op, int arg) {
  if (u->n == 0 || u->label_at == u->n || u->seg_start == u->n || u->oom) return false;
  uint32_t prev = u->code[u->last_op];
  if (u->last_op != u->n - 1) return false;
  if (GP_OPOF(prev) == OP_LOAD_FAST2)
    return fuse_cmp_jump(u, prev, op, arg) || refuse(u, prev, op, arg);
  int fop = fused_op((int)GP_OPOF(prev), op);
  uint32_t a = GP_ARGOF(prev);
  if (fop < 0 || u->pos[u->last_op].line != u->line) return false;
  if (fop == OP_BIN_ADD_CONST || fop == OP_BIN_MOD_CONST) { /* the constant's index alone */
    u->code[u->last_op] = GP_INSTR(fop, a);
  } else {
    if (a >= GP_PACK_MAX || arg >= GP_PACK_MAX) return false;
    u->code[u->last_op] = GP_INSTR(fop, GP_PACK2(a, arg));
  }
  if (op != OP_LOAD_FAST && op != OP_LOAD_CONST &&
      op != OP_STORE_FAST) /* op's error is the likely one */
    u->pos[u->last_op] = (GpPos){u->line, u->end_line, u->col, u->end_col};
  return true;
}

static void emit(Unit *u, int op, int arg) {
  if (fuse(u, op, arg)) {
    u->depth += stack_effect(op, arg);
    if (u->depth > u->maxdepth) u->maxdepth = u->depth;
    return;
  }
  u->last_op = u->n;
  emit_word(u, GP_INSTR(op, arg));
  u->depth += stack_effect(op, arg);
  if (u->depth > u->maxdepth) u->maxdepth = u->depth;
}

static int new_label(Unit *u) {
  if (!GROW(u, u->labels, u->nlabels, u->clabels, u->nlabels + 1)) return 0;
  u->labels[u->nlabels] = -1;
  return u->nlabels++;
}

static void set_label(Unit *u, int l) {
  if (!u->oom) u->labels[l] = (int)u->n;
  u->label_at = u->n;
}

static void add_fix(Unit *u, int label, bool word) {
  if (!GROW(u, u->fix, u->nfix, u->cfix, u->nfix + 1)) return;
  u->fix[u->nfix++] = (Fixup){.at = u->n - 1, .label = label, .word = word};
}

static void emit_jump(Unit *u, int op, int label) {
  emit(u, op, 0);
  add_fix(u, label, false);
}

/* ------------------------------------------------ exception-table segments */

static void close_segment(Unit *u) {
  if (u->nh > 0 && u->n > u->seg_start && GROW(u, u->exc, u->nexc, u->cexc, u->nexc + 1)) {
    Handler *h = &u->hs[u->nh - 1];
    u->exc[u->nexc++] = (GpExcEntry){.start = u->seg_start,
                                     .end = u->n,
                                     .handler = (uint32_t)h->label,
                                     .depth = (uint32_t)h->depth};
  }
  u->seg_start = u->n;
}

static int push_handler(Unit *u, int label, int depth) {
  if (u->nh == MAX_HANDLERS) return cerr(u, u->line, "too many statically nested blocks");
  close_segment(u);
  u->hs[u->nh++] = (Handler){label, depth};
  return 0;
}

static void pop_handler(Unit *u) {
  close_segment(u);
  u->nh--;
}

static int push_block(Unit *u, int kind, int cont, int brk, GpNode *node) {
  if (u->nb == MAX_BLOCKS) return cerr(u, u->line, "too many statically nested blocks");
  u->blocks[u->nb++] = (Block){kind, cont, brk, u->nh, node};
  return 0;
}

/* ------------------------------------------------------------- tables */

static bool same_const(GpValue a, GpValue b) {
  if (a.tag != b.tag) return false;
  switch (a.tag) {
  case GP_T_NONE:
    return true;
  case GP_T_BOOL:
  case GP_T_INT:
    return a.as.i == b.as.i;
  case GP_T_FLOAT:
    return memcmp(&a.as.f, &b.as.f, sizeof(double)) == 0;
  default:
    return a.as.o == b.as.o || (a.as.o->type == &gp_type_str && b.as.o->type == &gp_type_str &&
                                gp_str_eq(a.as.o, b.as.o));
  }
}

/* Adds v (stolen) to the constants; returns its index. */
static int add_const(Unit *u, GpValue v) {
  if (GP_IS_ERR(v)) {
    u->failed = true; /* the exception is set */
    return 0;
  }
  bool dedup = !GP_IS_OBJ(v) || v.as.o->type == &gp_type_str;
  for (int i = 0; dedup && i < u->nconsts; i++) {
    if (same_const(u->consts[i], v)) {
      GP_DECREF(v);
      return i;
    }
  }
  if (!GROW(u, u->consts, u->nconsts, u->cconsts, u->nconsts + 1)) {
    GP_DECREF(v);
    return 0;
  }
  /* every thread running the code loads it: under gil=none its count
  ** would be the line they fight over */
  if (GP_IS_OBJ(v) && !(v.as.o->flags & (GP_F_IMMORTAL | GP_F_DEFERRED)))
    gp_rc_defer_shared(u->t, v.as.o);
  u->consts[u->nconsts] = v;
  return u->nconsts++;
}

static void load_const(Unit *u, GpValue v) {
  emit(u, OP_LOAD_CONST, add_const(u, v));
}

static int add_name(Unit *u, const char *s) {
  GpObj *o = gp_intern_cstr(s);
  for (int i = 0; i < u->nnames; i++)
    if (u->names[i] == o) return i;
  if (!GROW(u, u->names, u->nnames, u->cnames, u->nnames + 1)) return 0;
  u->names[u->nnames] = o;
  return u->nnames++;
}

static int find_local(Unit *u, const char *s) {
  for (int i = 0; i < u->nlocals; i++)
    if (strcmp(((GpStr *)u->varnames[i])->data, s) == 0) return i;
  return -1;
}

static int add_local(Unit *u, const char *s) {
  if (*s) {
    int i = find_local(u, s);
    if (i >= 0) return i;
  }
  if (!GROW(u, u->varnames, u->nlocals, u->clocals, u->nlocals + 1) ||
      !GROW(u, u->cell, u->nlocals, u->ccell, u->nlocals + 1))
    return 0;
  u->varnames[u->nlocals] = gp_intern_cstr(s);
  u->cell[u->nlocals] = false;
  return u->nlocals++;
}

static bool is_global_decl(Unit *u, const char *s) {
  for (int i = 0; i < u->nglobals; i++)
    if (strcmp(u->globals[i], s) == 0) return true;
  return false;
}

/* ------------------------------------------------------------- scopes */

/* The name `import a.b` binds: "a" (interned, so it outlives the tree). */
static const char *import_top(const char *name) {
  const char *dot = strchr(name, '.');
  return dot ? ((GpStr *)gp_intern(name, (size_t)(dot - name)))->data : name;
}

static void scan_globals(Unit *u, const GpNodeList *body);

static void scan_globals_stmt(Unit *u, GpNode *s) {
  switch (s->kind) {
  case GP_N_GLOBAL:
    for (int i = 0; i < s->n; i++)
      if (GROW(u, u->globals, u->nglobals, u->cglobals, u->nglobals + 1))
        u->globals[u->nglobals++] = s->names[i];
    break;
  case GP_N_IF:
  case GP_N_WHILE:
  case GP_N_FOR:
  case GP_N_WITH:
  case GP_N_TRY:
  case GP_N_MATCH:
  case GP_N_CASE:
    scan_globals(u, &s->body);
    scan_globals(u, &s->orelse);
    scan_globals(u, &s->finalbody);
    for (int i = 0; i < s->handlers.n; i++)
      scan_globals(u, &s->handlers.items[i]->body);
    break;
  default:
    break;
  }
}

static void scan_globals(Unit *u, const GpNodeList *body) {
  for (int i = 0; i < body->n; i++)
    scan_globals_stmt(u, body->items[i]);
}

static void bind_name(Unit *u, const char *s) {
  if (!is_global_decl(u, s) && !gp_nameset_has(&u->scope.nonlocals, s)) add_local(u, s);
}

static void scan_target(Unit *u, GpNode *t) {
  if (t->kind == GP_N_NAME)
    bind_name(u, t->name);
  else if (t->kind == GP_N_TUPLE || t->kind == GP_N_LIST)
    for (int i = 0; i < t->elts.n; i++)
      scan_target(u, t->elts.items[i]);
}

static void scan_locals(Unit *u, const GpNodeList *body);

/* Calls fn for each name pattern p binds, in the order CPython stores
** them (an OR pattern's alternatives bind the same names: its first's). */
static void each_capture(Unit *u, GpNode *p, void (*fn)(Unit *, const char *)) {
  if (p->op == GP_PAT_AS) each_capture(u, p->a, fn);
  int nelts = p->op == GP_PAT_OR ? 1 : p->op == GP_PAT_MAP ? 0 : p->elts.n;
  for (int i = 0; i < nelts; i++)
    each_capture(u, p->elts.items[i], fn);
  for (int i = 0; i < p->kw.n; i++)
    each_capture(u, p->kw.items[i], fn);
  if (p->name) fn(u, p->name);
}

static void scan_locals_stmt(Unit *u, GpNode *s) {
  switch (s->kind) {
  case GP_N_ASSIGN:
  case GP_N_DEL:
    for (int i = 0; i < s->elts.n; i++)
      scan_target(u, s->elts.items[i]);
    break;
  case GP_N_AUGASSIGN:
  case GP_N_FOR:
    scan_target(u, s->a);
    break;
  case GP_N_WITH:
    if (s->b) scan_target(u, s->b);
    break;
  case GP_N_IMPORT:
  case GP_N_FROMIMPORT:
    for (int i = 0; i < s->n; i++)
      if (strcmp(s->names[i], "*") != 0)
        bind_name(u, s->asnames && s->asnames[i] ? s->asnames[i]
                     : s->kind == GP_N_IMPORT    ? import_top(s->names[i])
                                                 : s->names[i]);
    break;
  case GP_N_DEF:
  case GP_N_CLASS:
    bind_name(u, s->name);
    break;
  case GP_N_CASE: /* the names a pattern binds are locals */
    each_capture(u, s->a, bind_name);
    break;
  default:
    break;
  }
  for (int i = 0; i < s->handlers.n; i++) {
    GpNode *h = s->handlers.items[i];
    if (h->name) bind_name(u, h->name);
    scan_locals(u, &h->body);
  }
  if (s->kind != GP_N_DEF && s->kind != GP_N_CLASS) {
    scan_locals(u, &s->body);
    scan_locals(u, &s->orelse);
    scan_locals(u, &s->finalbody);
  }
}

static void scan_locals(Unit *u, const GpNodeList *body) {
  for (int i = 0; i < body->n; i++)
    scan_locals_stmt(u, body->items[i]);
}

/* The targets of a def's or lambda's assignment expressions are its locals. */
static void bind_walrus(Unit *u, GpNode *def) {
  GpNameSet w = {0};
  if (def->kind == GP_N_LAMBDA) gp_scope_walrus(def->a, &w);
  for (int i = 0; def->kind == GP_N_DEF && i < def->body.n; i++)
    gp_scope_walrus(def->body.items[i], &w);
  for (int i = 0; i < w.n; i++)
    bind_name(u, w.v[i]);
  gp_nameset_free(&w);
}

/* Fast slot of a name, or -1 for a global. */
static int resolve(Unit *u, const char *s) {
  for (int i = u->ncomps - 1; i >= 0; i--)
    if (strcmp(u->comps[i].name, s) == 0) return u->comps[i].slot;
  if (u->kind == U_CLASS) { /* only its free variables have slots */
    int i = is_global_decl(u, s) ? -1 : find_local(u, s);
    return i >= u->nparams && i < u->nparams + u->nfree ? i : -1;
  }
  if (!u->is_func || is_global_decl(u, s)) return -1;
  return find_local(u, s);
}

/* Records a use of a name in a function, for `global x` after the use. */
static void see(Unit *u, const char *s, bool store) {
  if (!u->is_func) return;
  for (int i = 0; i < u->nseen; i++) {
    if (strcmp(u->seen[i], s) == 0) {
      u->seen_store[i] |= store;
      return;
    }
  }
  int cap = u->cseen;
  if (!GROW(u, u->seen, u->nseen, cap, u->nseen + 1) ||
      !GROW(u, u->seen_store, u->nseen, u->cseen, u->nseen + 1))
    return;
  u->seen[u->nseen] = s;
  u->seen_store[u->nseen++] = store;
}

static int load_name(Unit *u, const char *s) {
  int slot = resolve(u, s);
  see(u, s, false);
  if (slot >= 0) {
    emit(u, u->cell[slot] ? OP_LOAD_DEREF : OP_LOAD_FAST, slot);
    return 0;
  }
  /* a comprehension in a class body is a scope of its own in CPython: it
  ** sees the globals, not the class namespace */
  bool ns = u->kind == U_CLASS && !u->ncomps && !is_global_decl(u, s);
  emit(u, ns ? OP_LOAD_NAME : OP_LOAD_GLOBAL, add_name(u, s));
  return 0;
}

/* Whether an enclosing scope of u holds s in a slot (a local, a free
** variable or a comprehension variable being compiled): then s is a free
** variable of u. Class bodies are skipped, as Python's scoping rules say. */
static bool enclosing_binds(Unit *u, const char *s) {
  for (Unit *p = u->parent; p; p = p->parent) {
    for (int i = p->ncomps - 1; i >= 0; i--)
      if (strcmp(p->comps[i].name, s) == 0) return true;
    if (p->kind == U_CLASS) continue;
    if (p->kind != U_FUNC || is_global_decl(p, s)) return false;
    if (find_local(p, s) >= 0) return true;
  }
  return false;
}

static int global_stmt(Unit *u, GpNode *s) {
  for (int i = 0; i < s->n && u->is_func; i++) {
    const char *x = s->names[i];
    int slot = -1;
    for (int k = 0; k < u->nparams; k++)
      if (strcmp(((GpStr *)u->varnames[k])->data, x) == 0) slot = k;
    if (slot >= 0) return cerr(u, s->line, "name '%s' is parameter and global", x);
    for (int k = 0; k < u->nseen; k++)
      if (strcmp(u->seen[k], x) == 0)
        return cerr(u, s->line,
                    u->seen_store[k] ? "name '%s' is assigned to before global declaration"
                                     : "name '%s' is used prior to global declaration",
                    x);
  }
  return 0;
}

static void store_name(Unit *u, const char *s) {
  see(u, s, true);
  int slot = u->kind == U_CLASS && !u->ncomps ? -1 : resolve(u, s);
  if (slot >= 0)
    emit(u, u->cell[slot] ? OP_STORE_DEREF : OP_STORE_FAST, slot);
  else if (u->kind == U_CLASS && !is_global_decl(u, s))
    emit(u, OP_STORE_NAME, add_name(u, s));
  else
    emit(u, OP_STORE_GLOBAL, add_name(u, s));
}

static void delete_name(Unit *u, const char *s) {
  see(u, s, true);
  int slot = u->kind == U_CLASS && !u->ncomps ? -1 : resolve(u, s);
  if (slot >= 0)
    emit(u, u->cell[slot] ? OP_DELETE_DEREF : OP_DELETE_FAST, slot);
  else if (u->kind == U_CLASS && !is_global_decl(u, s))
    emit(u, OP_DELETE_NAME, add_name(u, s));
  else
    emit(u, OP_DELETE_GLOBAL, add_name(u, s));
}

/* -------------------------------------------------------- expressions */

static int expr(Unit *u, GpNode *n);
static int stmts(Unit *u, const GpNodeList *body);

static int exprs(Unit *u, const GpNodeList *l) {
  for (int i = 0; i < l->n; i++)
    if (expr(u, l->items[i]) < 0) return -1;
  return 0;
}

static int expr_or_none(Unit *u, GpNode *n) {
  if (n) return expr(u, n);
  load_const(u, GP_NONEV);
  return 0;
}

static int binop_opcode(int op, bool inplace) {
  switch (op) {
  case GP_OP_ADD:
    return inplace ? OP_INPLACE_ADD : OP_BIN_ADD;
  case GP_OP_SUB:
    return inplace ? OP_INPLACE_SUB : OP_BIN_SUB;
  case GP_OP_MUL:
    return inplace ? OP_INPLACE_MUL : OP_BIN_MUL;
  case GP_OP_FLOORDIV:
    return inplace ? OP_INPLACE_OP : OP_BIN_FLOORDIV;
  case GP_OP_MOD:
    return inplace ? OP_INPLACE_OP : OP_BIN_MOD;
  default:
    return inplace ? OP_INPLACE_OP : OP_BIN_OP;
  }
}

static void emit_binop(Unit *u, int op, bool inplace) {
  emit(u, binop_opcode(op, inplace), op);
}

static int cmp_operand(Unit *u, GpNode *n, int op);

/* Conditional jump to label when the truth of n equals cond. */
static int jump_if(Unit *u, GpNode *n, bool cond, int label) {
  set_loc(u, n);
  if (n->kind == GP_N_UNARY && n->op == GP_N_NOT_OP) return jump_if(u, n->a, !cond, label);
  if (n->kind == GP_N_BOOLOP) {
    bool is_and = n->op == GP_N_AND;
    if (is_and == cond) { /* and-true / or-false: all must hold; skip on the first miss */
      int skip = new_label(u);
      for (int i = 0; i < n->elts.n - 1; i++)
        if (jump_if(u, n->elts.items[i], !cond, skip) < 0) return -1;
      if (jump_if(u, n->elts.items[n->elts.n - 1], cond, label) < 0) return -1;
      set_label(u, skip);
      return 0;
    }
    for (int i = 0; i < n->elts.n; i++)
      if (jump_if(u, n->elts.items[i], cond, label) < 0) return -1;
    return 0;
  }
  bool back = !u->oom && u->labels[label] >= 0;        /* already placed: a loop's bottom */
  if (n->kind == GP_N_TRUE || n->kind == GP_N_FALSE) { /* while True: */
    if ((n->kind == GP_N_TRUE) == cond) emit_jump(u, back ? OP_JUMP_BACK : OP_JUMP, label);
    return 0;
  }
  if (n->kind == GP_N_COMPARE && n->elts.n == 1) {
    if (expr(u, n->a) < 0 || cmp_operand(u, n->elts.items[0], n->cmp_ops[0]) < 0) return -1;
    set_loc(u, n);
    int op = cond ? (back ? OP_CMP_JUMP_BACK_IF_TRUE : OP_CMP_JUMP_IF_TRUE)
                  : (back ? OP_CMP_JUMP_BACK_IF_FALSE : OP_CMP_JUMP_IF_FALSE);
    emit(u, op, n->cmp_ops[0]);
    emit_word(u, 0);
    add_fix(u, label, true);
    return 0;
  }
  if (expr(u, n) < 0) return -1;
  int op = cond ? (back ? OP_POP_JUMP_BACK_IF_TRUE : OP_POP_JUMP_IF_TRUE)
                : (back ? OP_POP_JUMP_BACK_IF_FALSE : OP_POP_JUMP_IF_FALSE);
  emit_jump(u, op, label);
  return 0;
}

static int compare(Unit *u, GpNode *n) {
  if (expr(u, n->a) < 0) return -1;
  int cleanup = new_label(u), end = new_label(u);
  for (int i = 0; i < n->elts.n; i++) {
    if (cmp_operand(u, n->elts.items[i], n->cmp_ops[i]) < 0) return -1;
    set_loc(u, n);
    if (i == n->elts.n - 1) {
      emit(u, OP_COMPARE_OP, n->cmp_ops[i]);
      break;
    }
    emit(u, OP_DUP_TOP, 0);
    emit(u, OP_ROT_THREE, 0);
    emit(u, OP_COMPARE_OP, n->cmp_ops[i]);
    emit_jump(u, OP_JUMP_IF_FALSE_OR_POP, cleanup);
  }
  if (n->elts.n > 1) {
    emit_jump(u, OP_JUMP, end);
    set_label(u, cleanup); /* stack: b, False */
    u->depth++;
    emit(u, OP_ROT_TWO, 0);
    emit(u, OP_POP_TOP, 0);
    set_label(u, end);
  }
  return 0;
}

static GpObj *kwnames_tuple(Unit *u, GpNode *n) {
  GpValue tu = gp_tuple_new(u->t, (size_t)n->kw.n);
  if (GP_IS_ERR(tu)) return NULL;
  for (int i = 0; i < n->kw.n; i++)
    GP_TUPLE(tu)->items[i] = gp_objv(gp_intern_cstr(n->kwnames[i]));
  return tu.as.o;
}

static bool has_starred(const GpNodeList *l) {
  for (int i = 0; i < l->n; i++)
    if (l->items[i]->kind == GP_N_STARRED) return true;
  return false;
}

/* A list of the elements of l, *x ones spliced in: consecutive plain
** elements in one BUILD_LIST, each *x with LIST_EXTEND. */
static int starred_list(Unit *u, const GpNodeList *l, bool in_call) {
  int extend = in_call ? 0x101 : 1; /* in a call, LIST_EXTEND names the callee in errors */
  int run = 0;
  bool have = false;
  for (int i = 0; i < l->n; i++) {
    GpNode *e = l->items[i];
    if (e->kind != GP_N_STARRED) {
      if (expr(u, e) < 0) return -1;
      run++;
      continue;
    }
    if (!have || run) {
      emit(u, OP_BUILD_LIST, run);
      if (have) emit(u, OP_LIST_EXTEND, 1);
      have = true;
      run = 0;
    }
    if (expr(u, e->a) < 0) return -1;
    set_loc(u, e);
    emit(u, OP_LIST_EXTEND, extend);
  }
  if (!have || run) {
    emit(u, OP_BUILD_LIST, run);
    if (have) emit(u, OP_LIST_EXTEND, 1);
  }
  return 0;
}

/* f(*a, **k): [callable, args tuple, kwargs dict] for CALL_EX. Keywords
** go into one dict; **m is merged with duplicate checks (DICT_MERGE). */
static int call_ex(Unit *u, GpNode *n) {
  if (starred_list(u, &n->elts, true) < 0) return -1;
  emit(u, OP_LIST_TO_TUPLE, 0);
  if (n->kw.n == 0) {
    set_loc(u, n);
    emit(u, OP_CALL_EX, 0);
    return 0;
  }
  emit(u, OP_BUILD_DICT, 0);
  for (int i = 0; i < n->kw.n; i++) {
    GpNode *v = n->kw.items[i];
    if (n->kwnames[i]) {
      load_const(u, gp_objv(gp_intern_cstr(n->kwnames[i])));
      if (expr(u, v) < 0) return -1;
      emit(u, OP_BUILD_DICT, 1);
    } else if (expr(u, v->a) < 0) {
      return -1;
    }
    set_loc(u, v);
    emit(u, OP_DICT_MERGE, 1);
  }
  set_loc(u, n);
  emit(u, OP_CALL_EX, 1);
  return 0;
}

static int call(Unit *u, GpNode *n) {
  bool star = has_starred(&n->elts);
  for (int i = 0; i < n->kw.n; i++)
    star = star || !n->kwnames[i];
  if (star) {
    if (expr(u, n->a) < 0) return -1;
    return call_ex(u, n);
  }
  bool method = n->a->kind == GP_N_ATTR;
  if (method) {
    if (expr(u, n->a->a) < 0) return -1;
    set_loc(u, n->a);
    emit(u, OP_LOAD_METHOD, add_name(u, n->a->name));
  } else if (expr(u, n->a) < 0) {
    return -1;
  }
  if (exprs(u, &n->elts) < 0 || exprs(u, &n->kw) < 0) return -1;
  set_loc(u, n);
  int nargs = n->elts.n + n->kw.n;
  if (n->kw.n == 0) {
    emit(u, method ? OP_CALL_METHOD : OP_CALL, nargs);
    return 0;
  }
  GpObj *kw = kwnames_tuple(u, n);
  if (!kw) return -1;
  emit(u, method ? OP_CALL_METHOD_KW : OP_CALL_KW, nargs);
  emit_word(u, (uint32_t)add_const(u, gp_objv(kw)));
  return 0;
}

static int slice_parts(Unit *u, GpNode *s) {
  if (expr_or_none(u, s->a) < 0 || expr_or_none(u, s->b) < 0) return -1;
  return expr_or_none(u, s->c);
}

static int fstring(Unit *u, GpNode *n) {
  for (int i = 0; i < n->elts.n; i++) {
    GpNode *p = n->elts.items[i];
    if (p->kind != GP_N_FVALUE) {
      if (expr(u, p) < 0) return -1;
      continue;
    }
    if (expr(u, p->a) < 0) return -1;
    int flags = p->conversion == 'r' ? GP_FMT_REPR : p->conversion == 's' ? GP_FMT_STR : 0;
    if (p->b) {
      if (fstring(u, p->b) < 0) return -1;
      flags |= GP_FMT_SPEC;
    }
    emit(u, OP_FORMAT_VALUE, flags);
  }
  emit(u, OP_BUILD_STRING, n->elts.n);
  return 0;
}

static int store(Unit *u, GpNode *t);

/* A loop over the iterator that GET_ITER left on the stack:
**     JUMP test; top: [store target]; <body>; test: FOR_ITER top
** one dispatch per iteration for the loop itself. `test` is where
** `continue` goes; FOR_ITER_STORE stores a local target itself. */
typedef struct IterLoop {
  int top, test, slot;
} IterLoop;

static int iter_begin(Unit *u, GpNode *target, IterLoop *lp) {
  lp->top = new_label(u);
  lp->test = new_label(u);
  lp->slot = target->kind == GP_N_NAME ? resolve(u, target->name) : -1;
  if (lp->slot >= 0 && u->cell[lp->slot]) lp->slot = -1;
  emit_jump(u, OP_JUMP, lp->test);
  set_label(u, lp->top);
  if (lp->slot >= 0) return 0;
  u->depth++;
  return store(u, target);
}

static void iter_end(Unit *u, IterLoop *lp) {
  set_label(u, lp->test);
  if (lp->slot >= 0) {
    emit_jump(u, OP_FOR_ITER_STORE, lp->top);
    emit_word(u, (uint32_t)lp->slot);
  } else {
    emit_jump(u, OP_FOR_ITER, lp->top);
  }
}

/* One `for` or `async for` clause of a comprehension, over the iterable
** on the stack: `next` is where its ifs go to take the next item. An
** async one is async for's loop (async_for_stmt) with one stack item. */
typedef struct CompLoop {
  IterLoop it;
  int next, stop, d;
  bool async;
} CompLoop;

static void emit_await(Unit *u);

/* aiter: the iterable on the stack is already the generator expression's
** async iterator. */
static int comp_begin(Unit *u, GpNode *c, CompLoop *lp, bool aiter) {
  lp->async = c->op == 1;
  if (!lp->async) {
    emit(u, OP_GET_ITER, 0);
    if (iter_begin(u, c->a, &lp->it) < 0) return -1;
    lp->next = lp->it.test;
    return 0;
  }
  if (!aiter) emit(u, OP_GET_AITER, 0);
  lp->d = u->depth - 1;
  lp->next = new_label(u);
  lp->stop = new_label(u);
  set_label(u, lp->next);
  if (push_handler(u, lp->stop, lp->d + 1) < 0) return -1;
  emit(u, OP_GET_ANEXT, 0);
  emit_await(u);
  pop_handler(u);
  return store(u, c->a);
}

static void comp_end(Unit *u, CompLoop *lp) {
  if (!lp->async) {
    iter_end(u, &lp->it);
    return;
  }
  emit_jump(u, OP_JUMP, lp->next);
  set_label(u, lp->stop);
  u->depth = lp->d + 2;
  emit(u, OP_END_ASYNC_FOR, 0);
}

/* The stack items the loops of comprehension n keep below its element. */
static int comp_depth(const GpNode *n) {
  int d = 0;
  for (int i = 0; i < n->comps.n; i++)
    d += n->comps.items[i]->op == 1 ? 1 : 3;
  return d;
}

/* The innermost step of a list, set (op 1) or dict (op 2) comprehension:
** the element added to the result, depth stack items below; or the value
** yielded (a generator expression). */
static int comp_element(Unit *u, GpNode *n, int depth) {
  if (expr(u, n->a) < 0 || (n->op == 2 && expr(u, n->b) < 0)) return -1;
  set_loc(u, n);
  if (n->kind == GP_N_GENEXP) {
    emit(u, OP_YIELD_VALUE, GP_YIELD_DROP);
  } else {
    emit(u, n->op == 2 ? OP_MAP_ADD : n->op == 1 ? OP_SET_ADD : OP_LIST_APPEND, depth);
  }
  return 0;
}

/* A comprehension's iterable, where an assignment expression is an error. */
static int comp_iterable(Unit *u, GpNode *it) {
  u->in_iter++;
  int r = expr(u, it);
  u->in_iter--;
  return r;
}

static int comprehension(Unit *u, GpNode *n, int k) {
  GpNode *c = n->comps.items[k];
  CompLoop lp;
  if (comp_iterable(u, c->b) < 0 || comp_begin(u, c, &lp, false) < 0) return -1;
  for (int i = 0; i < c->elts.n; i++)
    if (jump_if(u, c->elts.items[i], false, lp.next) < 0) return -1;
  if (k + 1 < n->comps.n) {
    if (comprehension(u, n, k + 1) < 0) return -1;
  } else {
    if (comp_element(u, n, comp_depth(n)) < 0) return -1;
  }
  comp_end(u, &lp);
  return 0;
}

/* CPython's check: an async list, set or dict comprehension needs an
** async def (an async generator expression does not). */
static bool comp_is_async(const GpNode *n) {
  for (int i = 0; i < n->comps.n; i++)
    if (n->comps.items[i]->op == 1) return true;
  return false;
}

static void comp_bind(Unit *u, GpNode *t) {
  if (t->kind == GP_N_NAME) {
    if (u->ncomps == MAX_COMPS) return;
    int slot = add_local(u, "");
    u->comps[u->ncomps++] = (CompName){t->name, slot};
    if (!u->oom && gp_nameset_has(&u->scope.child, t->name)) { /* [lambda: i for i in ...] */
      u->cell[slot] = true;
      emit(u, OP_MAKE_CELL, slot);
    }
  } else if (t->kind == GP_N_TUPLE || t->kind == GP_N_LIST) {
    for (int i = 0; i < t->elts.n; i++)
      comp_bind(u, t->elts.items[i]);
  }
}

/* Also the body of a generator expression's code, whose first iterable
** is its parameter (an iterator made outside). */
/* CPython 3.11 runs comprehension n as a function: its frame begins after
** the GET_ITER of the first iterable. The frame's index, -1 if out of memory. */
static int comp_frame(Unit *u, GpNode *n) {
  if (!GROW(u, u->cframes, u->ncframes, u->ccframes, u->ncframes + 1)) return -1;
  const char *name = n->op == 2 ? "<dictcomp>" : n->op == 1 ? "<setcomp>" : "<listcomp>";
  u->cframes[u->ncframes] =
      (GpCompFrame){u->n + 1, u->n + 1, {u->line, u->end_line, u->col, u->end_col}, name};
  return u->ncframes++;
}

static int listcomp(Unit *u, GpNode *n) {
  int saved = u->ncomps;
  bool gen = n->kind == GP_N_GENEXP;
  if (!gen && comp_is_async(n) && !(u->flags & (GP_CO_COROUTINE | GP_CO_ASYNCGEN)))
    return cerr(u, n->line, "asynchronous comprehension outside of an asynchronous function");
  if (!gen) emit(u, n->op == 2 ? OP_BUILD_DICT : n->op == 1 ? OP_BUILD_SET : OP_BUILD_LIST, 0);
  /* The first iterable is evaluated in the enclosing scope; the targets of
  ** each `for` become visible from there on. */
  GpNode *first = n->comps.items[0];
  for (int k = 0; k < n->comps.n; k++) {
    int before = u->ncomps;
    comp_bind(u, n->comps.items[k]->a);
    if (u->ncomps - before > 0 && u->ncomps == MAX_COMPS)
      return cerr(u, n->line, "too many nested comprehensions");
  }
  /* Hide the bindings while evaluating the first iterable. */
  int all = u->ncomps;
  u->ncomps = saved;
  if (gen)
    emit(u, OP_LOAD_FAST, 0);
  else if (comp_iterable(u, first->b) < 0)
    return -1;
  u->ncomps = all;
  CompLoop lp;
  set_loc(u, n);
  int frame = gen ? -1 : comp_frame(u, n);
  if (comp_begin(u, first, &lp, gen) < 0) return -1;
  for (int i = 0; i < first->elts.n; i++)
    if (jump_if(u, first->elts.items[i], false, lp.next) < 0) return -1;
  if (n->comps.n > 1) {
    if (comprehension(u, n, 1) < 0) return -1;
  } else {
    if (comp_element(u, n, comp_depth(n)) < 0) return -1;
  }
  comp_end(u, &lp);
  if (frame >= 0) u->cframes[frame].end = u->n;
  for (int i = saved; i < u->ncomps; i++)
    emit(u, OP_CLEAR_FAST, u->comps[i].slot);
  u->ncomps = saved;
  return 0;
}

/* A literal too long for int() (CPython's digit limit) is a SyntaxError at its line. */
static GpValue int_const(Unit *u, GpNode *n) {
  if (!n->big_digits) return gp_intv(n->ival);
  GpValue v = gp_int_from_str(u->t, n->big_digits, n->op ? n->op : 10);
  if (!GP_IS_ERR(v) || !gp_exc_matches(u->t->exc, &gp_exc_ValueError)) return v;
  GpValue msg = gp_str(u->t, u->t->exc);
  GP_DECREF(u->t->exc);
  u->t->exc = GP_NONEV;
  if (GP_IS_ERR(msg)) return msg;
  cerr(u, n->line,
       "%s - Consider hexadecimal for huge integer literals to avoid decimal "
       "conversion limits.",
       GP_STR(msg)->data);
  GP_DECREF(msg);
  return GP_ERRV;
}

/* The value of an expression CPython's AST optimizer folds to a constant
** (numbers, strs, None, bools, tuples of constants, unary and binary
** operators on them within its size limits), or GP_ERRV with no exception
** set for any other expression. */
static bool is_number(GpValue v) {
  return v.tag == GP_T_INT || v.tag == GP_T_FLOAT || v.tag == GP_T_BOOL ||
         GP_IS_TYPE(v, gp_type_int);
}

static GpValue literal_value(Unit *u, GpNode *n) {
  GpThread *t = u->t;
  GpValue a, b, r;
  switch (n->kind) {
  case GP_N_INT:
    return int_const(u, n);
  case GP_N_FLOAT:
    return n->op ? gp_complex_new(t, 0.0, n->fval) : gp_floatv(n->fval);
  case GP_N_STR:
    r = gp_str_new(t, n->str, n->str_len);
    break;
  case GP_N_NONE:
    return GP_NONEV;
  case GP_N_ELLIPSIS:
    return gp_ellipsis();
  case GP_N_TRUE:
  case GP_N_FALSE:
    return gp_boolv(n->kind == GP_N_TRUE);
  case GP_N_TUPLE:
    r = gp_tuple_new(t, (size_t)n->elts.n);
    for (int i = 0; !GP_IS_ERR(r) && i < n->elts.n; i++) {
      GpValue v = literal_value(u, n->elts.items[i]);
      if (GP_IS_ERR(v)) {
        GP_DECREF(r);
        r = GP_ERRV;
        break;
      }
      GP_TUPLE(r)->items[i] = v;
    }
    break;
  case GP_N_UNARY:
    if (n->op == GP_N_NOT_OP || GP_IS_ERR(a = literal_value(u, n->a))) return GP_ERRV;
    r = is_number(a) ? gp_unop(t, (GpUnOp)n->op, a) : GP_ERRV;
    GP_DECREF(a);
    break;
  case GP_N_BINOP:
    if (GP_IS_ERR(a = literal_value(u, n->a))) return GP_ERRV;
    if (GP_IS_ERR(b = literal_value(u, n->b))) {
      GP_DECREF(a);
      return GP_ERRV;
    }
    /* CPython folds numbers only while results stay small (128-bit ints) */
    r = is_number(a) && is_number(b) &&
                !(n->op == GP_OP_POW && b.tag == GP_T_INT && (b.as.i > 128 || b.as.i < 0))
            ? gp_binop(t, (GpBinOp)n->op, a, b)
            : GP_ERRV;
    GP_DECREF(a);
    GP_DECREF(b);
    if (GP_IS_OBJ(r) && r.as.o->type == &gp_type_int && fabs(gp_int_to_double(r)) >= 0x1p128) {
      GP_DECREF(r); /* beyond 128 bits: CPython leaves it unfolded */
      r = GP_ERRV;
    }
    break;
  default:
    return GP_ERRV;
  }
  if (GP_IS_ERR(r) && !GP_IS_NONE(t->exc)) { /* not foldable: compiled normally */
    GP_DECREF(t->exc);
    t->exc = GP_NONEV;
  }
  return r;
}

/* A set display: CPython builds one of more than two constants by merging a
** frozenset constant into an empty set, which orders the table differently
** from adding the items one by one. */
/* The elements of a display as a tuple of constants, or GP_ERRV (and no
** exception set) when one is not a constant. */
static GpValue const_tuple(Unit *u, const GpNodeList *l) {
  GpValue items = gp_tuple_new(u->t, (size_t)l->n);
  for (int i = 0; !GP_IS_ERR(items) && i < l->n; i++) {
    GpValue v = literal_value(u, l->items[i]);
    if (GP_IS_ERR(v)) {
      GP_DECREF(items);
      items = GP_ERRV;
      break;
    }
    GP_TUPLE(items)->items[i] = v;
  }
  if (GP_IS_ERR(items) && !GP_IS_NONE(u->t->exc)) {
    GP_DECREF(u->t->exc);
    u->t->exc = GP_NONEV;
  }
  return items;
}

/* The right operand of a comparison. For `in` and `not in`, a list or set
** display of constants is made once, at compile time, into a tuple or a
** frozenset (CPython's optimizer does the same) instead of being built on
** every test. */
static int cmp_operand(Unit *u, GpNode *n, int op) {
  if ((op != GP_CMP_IN && op != GP_CMP_NOTIN) || (n->kind != GP_N_LIST && n->kind != GP_N_SET) ||
      has_starred(&n->elts))
    return expr(u, n);
  GpValue c = const_tuple(u, &n->elts);
  if (GP_IS_ERR(c)) return expr(u, n);
  if (n->kind == GP_N_SET) {
    GpValue fs = gp_set_new(u->t, &gp_type_frozenset, c);
    GP_DECREF(c);
    c = fs;
  }
  load_const(u, c);
  return u->failed ? -1 : 0;
}

static int set_display(Unit *u, GpNode *n) {
  GpValue items = n->elts.n > 2 ? const_tuple(u, &n->elts) : GP_ERRV;
  if (GP_IS_ERR(items)) {
    if (exprs(u, &n->elts) < 0) return -1;
    emit(u, OP_BUILD_SET, n->elts.n);
    return 0;
  }
  /* CPython's constant merging rebuilds the frozenset from its own
  ** iteration order (merge_consts_recursive): so do we */
  GpValue fs0 = gp_set_new(u->t, &gp_type_frozenset, items), fs = fs0;
  GP_DECREF(items);
  if (!GP_IS_ERR(fs0)) {
    GpValue order = gp_list_from_iter(u->t, fs0);
    fs = GP_IS_ERR(order) ? order : gp_set_new(u->t, &gp_type_frozenset, order);
    GP_DECREF(order);
    GP_DECREF(fs0);
  }
  emit(u, OP_BUILD_SET, 0);
  load_const(u, fs);
  emit(u, OP_SET_UPDATE, 0);
  return 0;
}

static int unary(Unit *u, GpNode *n) {
  if (n->op == GP_N_NOT_OP) {
    if (expr(u, n->a) < 0) return -1;
    emit(u, OP_NOT, 0);
    return 0;
  }
  /* Fold -literal so `x > -1` costs no instruction at run time. */
  if (n->op == GP_UN_NEG && n->a->kind == GP_N_INT && !n->a->big_digits) {
    load_const(u, gp_intv(-n->a->ival));
    return 0;
  }
  if (n->op == GP_UN_NEG && n->a->kind == GP_N_FLOAT && !n->a->op) {
    load_const(u, gp_floatv(-n->a->fval));
    return 0;
  }
  if (expr(u, n->a) < 0) return -1;
  set_loc(u, n);
  emit(u, OP_UNARY_OP, n->op);
  return 0;
}

static int boolop(Unit *u, GpNode *n) {
  int end = new_label(u);
  int op = n->op == GP_N_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
  for (int i = 0; i < n->elts.n; i++) {
    if (expr(u, n->elts.items[i]) < 0) return -1;
    if (i < n->elts.n - 1) emit_jump(u, op, end);
  }
  set_label(u, end);
  return 0;
}

static int ifexp(Unit *u, GpNode *n) {
  int orelse = new_label(u), end = new_label(u);
  if (jump_if(u, n->a, false, orelse) < 0 || expr(u, n->b) < 0) return -1;
  emit_jump(u, OP_JUMP, end);
  u->depth--;
  set_label(u, orelse);
  if (expr(u, n->c) < 0) return -1;
  set_label(u, end);
  return 0;
}

/* {k: v, **m}: runs of pairs in BUILD_DICT, each **m merged with DICT_UPDATE. */
static int dict_display(Unit *u, GpNode *n) {
  int run = 0;
  bool have = false;
  for (int i = 0; i <= n->elts.n; i++) {
    GpNode *k = i < n->elts.n ? n->elts.items[i] : NULL;
    if (k && k->kind != GP_N_STARRED) {
      if (expr(u, k) < 0 || expr(u, n->kw.items[i]) < 0) return -1;
      run++;
      continue;
    }
    if (run || !have) {
      set_loc(u, n);
      emit(u, OP_BUILD_DICT, run);
      if (have) emit(u, OP_DICT_UPDATE, 1);
      have = true;
      run = 0;
    }
    if (k) {
      if (expr(u, k->a) < 0) return -1;
      set_loc(u, k);
      emit(u, OP_DICT_UPDATE, 1);
    }
  }
  return 0;
}

static int lambda_expr(Unit *u, GpNode *n);
static int genexp(Unit *u, GpNode *n);

/* Whether s is the variable of a comprehension being compiled, in u or,
** from a generator expression, around it; *cls: that ends in a class body. */
static bool comp_var(Unit *u, const char *s, bool *cls) {
  for (Unit *p = u;; p = p->parent) {
    for (int i = 0; i < p->ncomps; i++)
      if (strcmp(p->comps[i].name, s) == 0) return true;
    *cls = p->kind == U_CLASS && (p->ncomps || p != u);
    if (!p->is_genexp) return false;
  }
}

/* x := v: v, stored to x in the scope around any comprehension (PEP 572). */
static int named_expr(Unit *u, GpNode *n) {
  const char *x = n->a->name;
  bool cls = false;
  if (comp_var(u, x, &cls))
    return cerr(u, n->line,
                "assignment expression cannot rebind comprehension iteration variable '%s'", x);
  if (cls)
    return cerr(u, n->line,
                "assignment expression within a comprehension cannot be used in a class body");
  if (u->in_iter)
    return cerr(u, n->line,
                "assignment expression cannot be used in a comprehension iterable expression");
  if (expr(u, n->b) < 0) return -1;
  set_loc(u, n);
  emit(u, OP_DUP_TOP, 0);
  store_name(u, x);
  return 0;
}

/* The awaitable on top of the stack, awaited: its result replaces it. */
static void emit_await(Unit *u) {
  emit(u, OP_GET_AWAITABLE, 0);
  load_const(u, GP_NONEV);
  emit(u, OP_YIELD_FROM, 0);
}

/* The parser allowed it lexically inside an async def (a generator
** expression there with an await is an async one). */
static int await_expr(Unit *u, GpNode *n) {
  if (expr(u, n->a) < 0) return -1;
  set_loc(u, n);
  emit_await(u);
  return 0;
}

/* arg GP_YIELD_DROP: a `yield` statement, whose result nobody reads. */
static int yield_expr(Unit *u, GpNode *n, uint32_t arg) {
  if (u->kind != U_FUNC) return cerr(u, n->line, "'yield' outside function");
  if (n->op == 1) { /* yield from: [iter, sent] -> YIELD_FROM until the iterator ends */
    if (expr(u, n->a) < 0) return -1;
    set_loc(u, n);
    emit(u, OP_GET_YIELD_FROM_ITER, 0);
    load_const(u, GP_NONEV);
    emit(u, OP_YIELD_FROM, 0);
    return 0;
  }
  if (expr_or_none(u, n->a) < 0) return -1;
  set_loc(u, n);
  emit(u, OP_YIELD_VALUE, arg);
  return 0;
}

static int expr(Unit *u, GpNode *n) {
  if (u->oom || u->failed) return -1;
  set_loc(u, n);
  switch (n->kind) {
  case GP_N_NAME:
    return load_name(u, n->name);
  case GP_N_INT:
    load_const(u, int_const(u, n));
    return 0;
  case GP_N_FLOAT:
    load_const(u, n->op ? gp_complex_new(u->t, 0.0, n->fval) : gp_floatv(n->fval));
    return 0;
  case GP_N_STR:
    load_const(u, gp_str_new(u->t, n->str, n->str_len));
    return 0;
  case GP_N_BYTES:
    load_const(u, gp_bytes_new(u->t, n->str, n->str_len));
    return 0;
  case GP_N_NONE:
    load_const(u, GP_NONEV);
    return 0;
  case GP_N_ELLIPSIS:
    load_const(u, gp_ellipsis());
    return 0;
  case GP_N_TRUE:
    load_const(u, gp_boolv(true));
    return 0;
  case GP_N_FALSE:
    load_const(u, gp_boolv(false));
    return 0;
  case GP_N_FSTRING:
    return fstring(u, n);
  case GP_N_LIST:
  case GP_N_TUPLE:
    if (has_starred(&n->elts)) {
      if (starred_list(u, &n->elts, false) < 0) return -1;
      if (n->kind == GP_N_TUPLE) emit(u, OP_LIST_TO_TUPLE, 0);
      return 0;
    }
    if (exprs(u, &n->elts) < 0) return -1;
    emit(u, n->kind == GP_N_LIST ? OP_BUILD_LIST : OP_BUILD_TUPLE, n->elts.n);
    return 0;
  case GP_N_DICT:
    return dict_display(u, n);
  case GP_N_SET:
    return set_display(u, n);
  case GP_N_BINOP:
    if (expr(u, n->a) < 0 || expr(u, n->b) < 0) return -1;
    set_loc(u, n);
    emit_binop(u, n->op, false);
    return 0;
  case GP_N_UNARY:
    return unary(u, n);
  case GP_N_BOOLOP:
    return boolop(u, n);
  case GP_N_COMPARE:
    return compare(u, n);
  case GP_N_CALL:
    return call(u, n);
  case GP_N_ATTR:
    if (expr(u, n->a) < 0) return -1;
    set_loc(u, n);
    emit(u, OP_LOAD_ATTR, add_name(u, n->name));
    return 0;
  case GP_N_SUBSCRIPT:
    if (expr(u, n->a) < 0) return -1;
    if (n->b->kind == GP_N_SLICE) {
      if (slice_parts(u, n->b) < 0) return -1;
      set_loc(u, n);
      emit(u, OP_SLICE_GET, 0);
      return 0;
    }
    if (expr(u, n->b) < 0) return -1;
    set_loc(u, n);
    emit(u, OP_BINARY_SUBSCR, 0);
    return 0;
  case GP_N_IFEXP:
    return ifexp(u, n);
  case GP_N_LISTCOMP:
    return listcomp(u, n);
  case GP_N_LAMBDA:
    return lambda_expr(u, n);
  case GP_N_YIELD:
    return yield_expr(u, n, 0);
  case GP_N_GENEXP:
    return genexp(u, n);
  case GP_N_NAMEDEXPR:
    return named_expr(u, n);
  case GP_N_AWAIT:
    return await_expr(u, n);
  case GP_N_STARRED:
    return cerr(u, n->line, n->op == 1 ? "can't use starred expression here" : "invalid syntax");
  case GP_N_SLICE: /* only a[i:j:k] itself compiles one */
    return cerr(u, n->line, "slices in a subscript tuple (a[i:j, k]) are not supported by gilpy");
  default:
    return cerr(u, n->line, "invalid syntax");
  }
}

/* --------------------------------------------------------- assignment */

static int store(Unit *u, GpNode *t) {
  set_loc(u, t);
  switch (t->kind) {
  case GP_N_NAME:
    store_name(u, t->name);
    return 0;
  case GP_N_TUPLE:
  case GP_N_LIST: {
    int star = -1;
    for (int i = 0; i < t->elts.n; i++) {
      GpNode *e = t->elts.items[i];
      if (e->kind != GP_N_STARRED) continue;
      if (star >= 0) return cerr(u, e->line, "multiple starred expressions in assignment");
      star = i;
    }
    if (star < 0) {
      emit(u, OP_UNPACK_SEQUENCE, t->elts.n);
    } else {
      int after = t->elts.n - star - 1;
      if (star > 255 || after > 255)
        return cerr(u, t->line, "too many expressions in star-unpacking assignment");
      emit(u, OP_UNPACK_EX, star | (after << 8));
    }
    for (int i = 0; i < t->elts.n; i++) {
      GpNode *e = t->elts.items[i];
      if (store(u, e->kind == GP_N_STARRED ? e->a : e) < 0) return -1;
    }
    return 0;
  }
  case GP_N_STARRED:
    return cerr(u, t->line, "starred assignment target must be in a list or tuple");
  case GP_N_SUBSCRIPT:
    if (expr(u, t->a) < 0) return -1;
    if (t->b->kind == GP_N_SLICE) {
      if (slice_parts(u, t->b) < 0) return -1;
      set_loc(u, t);
      emit(u, OP_SLICE_SET, 0);
      return 0;
    }
    if (expr(u, t->b) < 0) return -1;
    set_loc(u, t);
    emit(u, OP_STORE_SUBSCR, 0);
    return 0;
  case GP_N_ATTR:
    if (expr(u, t->a) < 0) return -1;
    set_loc(u, t);
    emit(u, OP_STORE_ATTR, add_name(u, t->name));
    return 0;
  default:
    return cerr(u, t->line, "cannot assign to expression");
  }
}

static bool simple_target(GpNode *t) {
  return t->kind == GP_N_NAME || t->kind == GP_N_SUBSCRIPT || t->kind == GP_N_ATTR;
}

static int assign(Unit *u, GpNode *s) {
  GpNode *v = s->a, *t0 = s->elts.items[0];
  /* a, b = b, a: no tuple; reverse the values on the stack and store left to right. */
  if (s->elts.n == 1 && v->kind == GP_N_TUPLE && !has_starred(&v->elts) &&
      (t0->kind == GP_N_TUPLE || t0->kind == GP_N_LIST) && t0->elts.n == v->elts.n &&
      (v->elts.n == 2 || v->elts.n == 3)) {
    bool simple = true;
    for (int i = 0; i < t0->elts.n; i++)
      simple = simple && simple_target(t0->elts.items[i]);
    if (simple) {
      if (exprs(u, &v->elts) < 0) return -1;
      if (v->elts.n == 3) emit(u, OP_ROT_THREE, 0);
      emit(u, OP_ROT_TWO, 0);
      for (int i = 0; i < t0->elts.n; i++)
        if (store(u, t0->elts.items[i]) < 0) return -1;
      return 0;
    }
  }
  if (expr(u, v) < 0) return -1;
  for (int i = 0; i < s->elts.n; i++) {
    if (i < s->elts.n - 1) emit(u, OP_DUP_TOP, 0);
    if (store(u, s->elts.items[i]) < 0) return -1;
  }
  return 0;
}

static int augassign(Unit *u, GpNode *s) {
  GpNode *t = s->a;
  switch (t->kind) {
  case GP_N_NAME:
    if (load_name(u, t->name) < 0 || expr(u, s->b) < 0) return -1;
    set_loc(u, s);
    emit_binop(u, s->op, true);
    store_name(u, t->name);
    return 0;
  case GP_N_SUBSCRIPT:
    if (t->b->kind == GP_N_SLICE)
      return cerr(u, s->line, "augmented slice assignment is not supported");
    if (expr(u, t->a) < 0 || expr(u, t->b) < 0) return -1;
    emit(u, OP_DUP_TOP2, 0);
    emit(u, OP_BINARY_SUBSCR, 0);
    if (expr(u, s->b) < 0) return -1;
    set_loc(u, s);
    emit_binop(u, s->op, true);
    emit(u, OP_ROT_THREE, 0);
    emit(u, OP_STORE_SUBSCR, 0);
    return 0;
  case GP_N_ATTR:
    if (expr(u, t->a) < 0) return -1;
    emit(u, OP_DUP_TOP, 0);
    emit(u, OP_LOAD_ATTR, add_name(u, t->name));
    if (expr(u, s->b) < 0) return -1;
    set_loc(u, s);
    emit_binop(u, s->op, true);
    emit(u, OP_ROT_TWO, 0);
    emit(u, OP_STORE_ATTR, add_name(u, t->name));
    return 0;
  default:
    return cerr(u, s->line, "illegal expression for augmented assignment");
  }
}

static int delete (Unit *u, GpNode *t) {
  set_loc(u, t);
  switch (t->kind) {
  case GP_N_NAME:
    delete_name(u, t->name);
    return 0;
  case GP_N_TUPLE:
  case GP_N_LIST:
    for (int i = 0; i < t->elts.n; i++)
      if (delete (u, t->elts.items[i]) < 0) return -1;
    return 0;
  case GP_N_SUBSCRIPT:
    if (expr(u, t->a) < 0) return -1;
    if (t->b->kind == GP_N_SLICE) {
      if (slice_parts(u, t->b) < 0) return -1;
      emit(u, OP_SLICE_DEL, 0);
      return 0;
    }
    if (expr(u, t->b) < 0) return -1;
    emit(u, OP_DELETE_SUBSCR, 0);
    return 0;
  case GP_N_ATTR:
    if (expr(u, t->a) < 0) return -1;
    set_loc(u, t);
    emit(u, OP_DELETE_ATTR, add_name(u, t->name));
    return 0;
  default:
    return cerr(u, t->line, "deleting %s is not supported by gilpy",
                t->kind == GP_N_STARRED ? "a starred expression" : "this expression");
  }
}

/* ------------------------------------------------- unwinding (break...) */

/* `e = None; del e` after an `except ... as e` handler, as CPython does. */
static void clear_handler_name(Unit *u, const char *name) {
  load_const(u, GP_NONEV);
  store_name(u, name);
  delete_name(u, name);
}

static void set_hlevel(Unit *u, int level) {
  if (level != u->nh) {
    close_segment(u);
    u->nh = level;
  }
}

typedef struct Saved {
  Block blocks[MAX_BLOCKS];
  Handler hs[MAX_HANDLERS];
  int nb, nh, depth;
} Saved;

/* Emits the code that leaves blocks [downto, nb): the caller then jumps or
** returns, and restore() puts the compiler state back for what follows. */
/* Leaving a for loop early: its iterator (3 values; 1 for async for). */
static void for_pop(Unit *u, const GpNode *loop) {
  int n = loop && loop->kind == GP_N_FOR && loop->op == 1 ? 1 : 3;
  for (int i = 0; i < n; i++)
    emit(u, OP_POP_TOP, 0);
}

/* Leaving a with block without an exception: __exit__(None, None, None),
** awaited for async with. */
static void with_exit(Unit *u, const GpNode *s) {
  if (s->op != 1) {
    emit(u, OP_WITH_EXIT, 0);
    return;
  }
  emit(u, OP_ASYNC_WITH_EXIT, 0);
  emit_await(u);
  emit(u, OP_POP_TOP, 0);
}

static int unwind(Unit *u, int downto, Saved *sv) {
  memcpy(sv->blocks, u->blocks, sizeof(Block) * (size_t)u->nb);
  memcpy(sv->hs, u->hs, sizeof(Handler) * (size_t)u->nh);
  sv->nb = u->nb;
  sv->nh = u->nh;
  sv->depth = u->depth;
  for (int i = sv->nb - 1; i >= downto; i--) {
    Block b = sv->blocks[i];
    u->nb = i;
    set_hlevel(u, b.hlevel);
    switch (b.kind) {
    case B_FOR:
      for_pop(u, b.node);
      break;
    case B_EXCEPT:
      emit(u, OP_POP_EXCEPT, 0);
      if (b.node && b.node->name) clear_handler_name(u, b.node->name);
      break;
    case B_FINALLY_HANDLER:
      emit(u, OP_POP_EXCEPT, 0);
      break;
    case B_WITH:
      with_exit(u, b.node);
      break;
    case B_FINALLY_TRY:
      if (stmts(u, &b.node->finalbody) < 0) return -1;
      break;
    default:
      break;
    }
  }
  return 0;
}

static void restore(Unit *u, Saved *sv) {
  close_segment(u);
  memcpy(u->blocks, sv->blocks, sizeof(Block) * (size_t)sv->nb);
  memcpy(u->hs, sv->hs, sizeof(Handler) * (size_t)sv->nh);
  u->nb = sv->nb;
  u->nh = sv->nh;
  u->depth = sv->depth;
}

#define STAR_JUMP_MSG "'break', 'continue' and 'return' cannot appear in an except* block"

static int loop_jump(Unit *u, GpNode *s, bool is_break) {
  int i = u->nb - 1;
  while (i >= 0 && u->blocks[i].kind != B_WHILE && u->blocks[i].kind != B_FOR)
    if (u->blocks[i--].kind == B_EXCEPT_STAR) return cerr(u, s->line, STAR_JUMP_MSG);
  if (i < 0)
    return cerr(u, s->line, is_break ? "'break' outside loop" : "'continue' not properly in loop");
  Saved *sv = malloc(sizeof *sv);
  if (!sv) return gp_raise_nomem(u->t), -1;
  int r = unwind(u, i + 1, sv);
  Block loop = u->blocks[i];
  if (r == 0 && is_break && loop.kind == B_FOR) {
    u->nb = i;
    set_hlevel(u, loop.hlevel);
    for_pop(u, loop.node);
  }
  if (r == 0) emit_jump(u, OP_JUMP, is_break ? loop.brk : loop.cont);
  restore(u, sv);
  free(sv);
  return r;
}

static int return_stmt(Unit *u, GpNode *s) {
  if (!u->is_func && !u->eval) return cerr(u, s->line, "'return' outside function");
  if (s->a && (u->flags & GP_CO_ASYNCGEN))
    return cerr(u, s->line, "'return' with value in async generator");
  if (expr_or_none(u, s->a) < 0) return -1;
  set_loc(u, s);
  bool plain = true; /* only loops to leave: RETURN_VALUE clears the stack itself */
  for (int i = 0; i < u->nb; i++) {
    if (u->blocks[i].kind == B_EXCEPT_STAR) return cerr(u, s->line, STAR_JUMP_MSG);
    plain = plain && u->blocks[i].kind <= B_FOR;
  }
  if (plain) {
    emit(u, OP_RETURN_VALUE, 0);
    return 0;
  }
  if (u->ret_slot < 0) u->ret_slot = add_local(u, "");
  emit(u, OP_STORE_FAST, u->ret_slot);
  Saved *sv = malloc(sizeof *sv);
  if (!sv) return gp_raise_nomem(u->t), -1;
  int r = unwind(u, 0, sv);
  if (r == 0) {
    emit(u, OP_LOAD_FAST, u->ret_slot);
    emit(u, OP_CLEAR_FAST, u->ret_slot);
    emit(u, OP_RETURN_VALUE, 0);
  }
  restore(u, sv);
  free(sv);
  return r;
}

/* --------------------------------------------------------- statements */

static int if_stmt(Unit *u, GpNode *s) {
  int orelse = new_label(u), end = new_label(u);
  if (jump_if(u, s->a, false, orelse) < 0 || stmts(u, &s->body) < 0) return -1;
  if (s->orelse.n) emit_jump(u, OP_JUMP, end);
  set_label(u, orelse);
  if (stmts(u, &s->orelse) < 0) return -1;
  set_label(u, end);
  return 0;
}

/* The test is compiled twice: before the loop, and at the bottom as the
** backward jump, so an iteration costs no extra JUMP. */
static int while_stmt(Unit *u, GpNode *s) {
  int top = new_label(u), test = new_label(u), orelse = new_label(u), end = new_label(u);
  if (jump_if(u, s->a, false, orelse) < 0) return -1;
  set_label(u, top);
  if (push_block(u, B_WHILE, test, end, s) < 0) return -1;
  if (stmts(u, &s->body) < 0) return -1;
  u->nb--;
  set_label(u, test);
  if (jump_if(u, s->a, true, top) < 0) return -1;
  set_label(u, orelse);
  if (stmts(u, &s->orelse) < 0) return -1;
  set_label(u, end);
  return 0;
}

/* async for: [aiter]; each item is GET_ANEXT's awaitable awaited under a
** handler (END_ASYNC_FOR) that ends the loop on StopAsyncIteration. */
static int async_for_stmt(Unit *u, GpNode *s) {
  int d = u->depth;
  int top = new_label(u), stop = new_label(u), end = new_label(u);
  if (expr(u, s->b) < 0) return -1;
  set_loc(u, s);
  emit(u, OP_GET_AITER, 0);
  set_label(u, top);
  if (push_handler(u, stop, d + 1) < 0) return -1;
  emit(u, OP_GET_ANEXT, 0);
  emit_await(u);
  pop_handler(u);
  if (store(u, s->a) < 0 || push_block(u, B_FOR, top, end, s) < 0) return -1;
  if (stmts(u, &s->body) < 0) return -1;
  u->nb--;
  set_loc(u, s);
  emit_jump(u, OP_JUMP, top);
  set_label(u, stop);
  u->depth = d + 2;
  emit(u, OP_END_ASYNC_FOR, 0);
  if (stmts(u, &s->orelse) < 0) return -1;
  set_label(u, end);
  return 0;
}

static int for_stmt(Unit *u, GpNode *s) {
  if (s->op == 1) return async_for_stmt(u, s);
  int end = new_label(u);
  if (expr(u, s->b) < 0) return -1;
  set_loc(u, s);
  emit(u, OP_GET_ITER, 0);
  IterLoop lp;
  if (iter_begin(u, s->a, &lp) < 0) return -1;
  if (push_block(u, B_FOR, lp.test, end, s) < 0) return -1;
  if (stmts(u, &s->body) < 0) return -1;
  u->nb--;
  set_loc(u, s);
  iter_end(u, &lp);
  if (stmts(u, &s->orelse) < 0) return -1;
  set_label(u, end);
  return 0;
}

/* The body under a handler at depth d, then the handler's entry: [prev,
** exc] pushed, under the clean-up handler `clean`; else goes to orelse. */
static int handlers_begin(Unit *u, GpNode *s, int clean, int orelse) {
  int d = u->depth, handler = new_label(u);
  if (push_handler(u, handler, d) < 0 || stmts(u, &s->body) < 0) return -1;
  pop_handler(u);
  emit_jump(u, OP_JUMP, orelse);
  set_label(u, handler);
  u->depth = d + 1;
  emit(u, OP_PUSH_EXC_INFO, 0);
  return push_handler(u, clean, d + 1);
}

/* The clean-up (prev restored, the exception raised on) and the else
** clause; d is the depth at the statement's start. */
static int handlers_end(Unit *u, GpNode *s, int d, int clean, int orelse, int end) {
  set_label(u, clean);
  u->depth = d + 2;
  emit(u, OP_RERAISE, 0);
  set_label(u, orelse);
  u->depth = d;
  if (stmts(u, &s->orelse) < 0) return -1;
  set_label(u, end);
  return 0;
}

/* try/except[/else]: the handler clauses run with [prev_handled, exc] on
** the stack; a clean-up handler restores prev_handled if one of them raises. */
static int try_except(Unit *u, GpNode *s) {
  int d = u->depth;
  int clean = new_label(u), orelse = new_label(u), end = new_label(u);
  if (handlers_begin(u, s, clean, orelse) < 0) return -1;
  for (int i = 0; i < s->handlers.n; i++) {
    GpNode *h = s->handlers.items[i];
    int next = new_label(u);
    set_loc(u, h);
    if (h->a) { /* [prev, exc, type] -> [prev, exc, matched] */
      if (expr(u, h->a) < 0) return -1;
      set_loc(u, h);
      emit(u, OP_CHECK_EXC_MATCH, 0);
      emit_jump(u, OP_POP_JUMP_IF_FALSE, next);
    }
    int named_clean = new_label(u);
    if (h->name) {
      emit(u, OP_DUP_TOP, 0);
      store_name(u, h->name);
      if (push_handler(u, named_clean, d + 2) < 0) return -1;
    }
    if (push_block(u, B_EXCEPT, 0, 0, h) < 0 || stmts(u, &h->body) < 0) return -1;
    u->nb--;
    if (h->name) pop_handler(u);
    emit(u, OP_POP_EXCEPT, 0);
    if (h->name) clear_handler_name(u, h->name);
    emit_jump(u, OP_JUMP, end);
    if (h->name) { /* [prev, exc, exc2]: drop the name and exc, clean up with exc2 */
      set_label(u, named_clean);
      u->depth = d + 3;
      clear_handler_name(u, h->name);
      emit(u, OP_ROT_TWO, 0);
      emit(u, OP_POP_TOP, 0);
      /* not RERAISE here: it would pop prev, and clean's own handler (which
      ** covers this code) would pop it again, below the frame's stack */
      emit_jump(u, OP_JUMP, clean);
    }
    set_label(u, next);
    u->depth = d + 2;
  }
  pop_handler(u);
  emit(u, OP_RERAISE, 0); /* no clause matched */
  return handlers_end(u, s, d, clean, orelse, end);
}

/* One except* clause, from [prev, st, exc]: the part of exc its type
** matches (if any) runs the body, bound to the name; what the body raises
** is kept in st (EXC_STAR's steps); [prev, st, rest] follows. */
static int star_clause(Unit *u, GpNode *h, int d) {
  int nomatch = new_label(u), raised = new_label(u), next = new_label(u);
  if (expr(u, h->a) < 0) return -1;
  set_loc(u, h);
  emit(u, OP_EXC_STAR, GP_STAR_MATCH);
  emit_jump(u, OP_POP_JUMP_IF_FALSE, nomatch);
  if (h->name)
    store_name(u, h->name);
  else
    emit(u, OP_POP_TOP, 0);
  if (push_handler(u, raised, d + 3) < 0 || push_block(u, B_EXCEPT_STAR, 0, 0, h) < 0 ||
      stmts(u, &h->body) < 0)
    return -1;
  u->nb--;
  pop_handler(u);
  if (h->name) clear_handler_name(u, h->name);
  emit_jump(u, OP_JUMP, next);
  set_label(u, raised); /* [prev, st, rest, raised] */
  u->depth = d + 4;
  emit(u, OP_EXC_STAR, GP_STAR_RAISED);
  if (h->name) clear_handler_name(u, h->name);
  emit_jump(u, OP_JUMP, next);
  set_label(u, nomatch); /* [prev, st, rest, None] */
  u->depth = d + 4;
  emit(u, OP_POP_TOP, 0);
  set_label(u, next);
  u->depth = d + 3;
  return 0;
}

/* try/except* (CPython's compiler_try_star_except): each clause takes its
** part of what is left, and what is left and what the clauses raised is
** raised again together; a clean-up handler restores prev if a step fails. */
static int try_star(Unit *u, GpNode *s) {
  int d = u->depth;
  int clean = new_label(u), handled = new_label(u), orelse = new_label(u), end = new_label(u);
  if (handlers_begin(u, s, clean, orelse) < 0) return -1;
  emit(u, OP_EXC_STAR, GP_STAR_BEGIN);
  for (int i = 0; i < s->handlers.n; i++)
    if (star_clause(u, s->handlers.items[i], d) < 0) return -1;
  set_loc(u, s);
  emit(u, OP_EXC_STAR, GP_STAR_END);
  emit_jump(u, OP_POP_JUMP_IF_FALSE, handled);
  pop_handler(u);
  emit(u, OP_RERAISE, 0);
  set_label(u, handled); /* [prev, None] */
  u->depth = d + 2;
  emit(u, OP_POP_EXCEPT, 0);
  emit_jump(u, OP_JUMP, end);
  return handlers_end(u, s, d, clean, orelse, end);
}

static int try_handlers(Unit *u, GpNode *s) {
  return s->handlers.items[0]->op == 1 ? try_star(u, s) : try_except(u, s);
}

static int try_stmt(Unit *u, GpNode *s) {
  if (s->finalbody.n == 0) return try_handlers(u, s);
  int d = u->depth;
  int handler = new_label(u), clean = new_label(u), end = new_label(u);
  /* The block first: an inline copy of the finally body (break, return)
  ** must not be covered by this statement's own handler. */
  if (push_block(u, B_FINALLY_TRY, 0, 0, s) < 0 || push_handler(u, handler, d) < 0) return -1;
  int r = s->handlers.n ? try_handlers(u, s) : stmts(u, &s->body);
  if (r < 0) return -1;
  pop_handler(u);
  u->nb--;
  if (stmts(u, &s->finalbody) < 0) return -1;
  emit_jump(u, OP_JUMP, end);
  set_label(u, handler);
  u->depth = d + 1;
  emit(u, OP_PUSH_EXC_INFO, 0);
  if (push_block(u, B_FINALLY_HANDLER, 0, 0, s) < 0 || push_handler(u, clean, d + 1) < 0) return -1;
  if (stmts(u, &s->finalbody) < 0) return -1;
  pop_handler(u);
  u->nb--;
  emit(u, OP_RERAISE, 0);
  set_label(u, clean);
  u->depth = d + 2;
  emit(u, OP_RERAISE, 0);
  set_label(u, end);
  u->depth = d;
  return 0;
}

/* async with's exception path, from [ctx, prev, exc]: __aexit__(type,
** exc, None) awaited, its result deciding; a clean-up handler restores prev
** if the await raises. */
static int async_with_exc(Unit *u, int d, int end) {
  int clean = new_label(u);
  emit(u, OP_ASYNC_WITH_EXC_CALL, 0);
  if (push_handler(u, clean, d + 1) < 0) return -1;
  emit_await(u);
  pop_handler(u);
  emit(u, OP_ASYNC_WITH_EXC_END, 0); /* re-raises itself unless the result is true */
  emit_jump(u, OP_JUMP, end);
  set_label(u, clean);
  u->depth = d + 2;
  emit(u, OP_RERAISE, 0);
  set_label(u, end);
  u->depth = d;
  return 0;
}

/* with: [ctx] stays on the stack during the body; WITH_EXC calls
** __exit__(type, exc, None) and swallows the exception if it returns true. */
static int with_stmt(Unit *u, GpNode *s) {
  int d = u->depth;
  int handler = new_label(u), end = new_label(u);
  if (expr(u, s->a) < 0) return -1;
  set_loc(u, s);
  emit(u, s->op == 1 ? OP_ASYNC_WITH_ENTER : OP_WITH_ENTER, 0);
  if (s->op == 1) emit_await(u);
  if (push_block(u, B_WITH, 0, 0, s) < 0 || push_handler(u, handler, d + 1) < 0) return -1;
  if (s->b) {
    if (store(u, s->b) < 0) return -1;
  } else {
    emit(u, OP_POP_TOP, 0);
  }
  if (stmts(u, &s->body) < 0) return -1;
  pop_handler(u);
  u->nb--;
  set_loc(u, s);
  with_exit(u, s);
  emit_jump(u, OP_JUMP, end);
  set_label(u, handler);
  u->depth = d + 2;
  emit(u, OP_PUSH_EXC_INFO, 0);
  if (s->op == 1) return async_with_exc(u, d, end);
  emit(u, OP_WITH_EXC, 0); /* re-raises itself unless __exit__ returned true */
  set_label(u, end);
  u->depth = d;
  return 0;
}

static int raise_stmt(Unit *u, GpNode *s) {
  int n = 0;
  if (s->a) {
    if (expr(u, s->a) < 0) return -1;
    n = 1;
    if (s->b) {
      if (expr(u, s->b) < 0) return -1;
      n = 2;
    }
  }
  set_loc(u, s);
  emit(u, OP_RAISE, n);
  return 0;
}

static int assert_stmt(Unit *u, GpNode *s) {
  int ok = new_label(u);
  if (jump_if(u, s->a, true, ok) < 0) return -1;
  set_loc(u, s);
  load_const(u, gp_objv(&gp_exc_AssertionError.ob));
  if (s->b) {
    if (expr(u, s->b) < 0) return -1;
    set_loc(u, s);
    emit(u, OP_CALL, 1);
  }
  emit(u, OP_RAISE, 1);
  set_label(u, ok);
  return 0;
}

/* import a.b binds the package a (imported on the way); import a.b as c
** binds the submodule. */
static int import_stmt(Unit *u, GpNode *s) {
  for (int i = 0; i < s->n; i++) {
    emit(u, OP_IMPORT_NAME, add_name(u, s->names[i]));
    if (s->asnames && s->asnames[i]) {
      store_name(u, s->asnames[i]);
      continue;
    }
    const char *top = import_top(s->names[i]);
    if (top != s->names[i]) {
      emit(u, OP_POP_TOP, 0);
      emit(u, OP_IMPORT_NAME, add_name(u, top));
    }
    store_name(u, top);
  }
  return 0;
}

/* A module's leading statements that may be `from __future__ import`s: an
** optional docstring, then those imports (CPython's rule). */
static int future_prefix(const GpNodeList *body) {
  int i = 0;
  if (body->n && body->items[0]->kind == GP_N_EXPR && body->items[0]->a->kind == GP_N_STR) i++;
  while (i < body->n && body->items[i]->kind == GP_N_FROMIMPORT &&
         strcmp(body->items[i]->name, "__future__") == 0)
    i++;
  return i;
}

/* CPython checks a future import at compile time: where it stands and what it names. */
static int future_check(Unit *u, const GpNode *s) {
  static const char *const known[] = {"nested_scopes",    "generators",     "division",
                                      "absolute_import",  "with_statement", "print_function",
                                      "unicode_literals", "generator_stop", "annotations"};
  bool placed = false;
  for (int i = 0; u->head && i < u->nfuture; i++)
    placed |= u->head->items[i] == s;
  if (!placed)
    return cerr(u, s->line, "from __future__ imports must occur at the beginning of the file");
  for (int i = 0; i < s->n; i++) {
    bool ok = false;
    for (size_t k = 0; k < sizeof known / sizeof *known; k++)
      ok |= strcmp(s->names[i], known[k]) == 0;
    if (strcmp(s->names[i], "braces") == 0) return cerr(u, s->line, "not a chance");
    if (strcmp(s->names[i], "barry_as_FLUFL") == 0)
      return cerr(u, s->line, "from __future__ import barry_as_FLUFL is not supported by gilpy");
    if (!ok) return cerr(u, s->line, "future feature %s is not defined", s->names[i]);
  }
  return 0;
}

static int from_import(Unit *u, GpNode *s) {
  if (strcmp(s->name, "__future__") == 0 && future_check(u, s) < 0) return -1;
  emit(u, OP_IMPORT_NAME, add_name(u, s->name));
  if (s->n == 1 && strcmp(s->names[0], "*") == 0) {
    if (u->is_func) return cerr(u, s->line, "import * only allowed at module level");
    emit(u, OP_IMPORT_STAR, 0);
    return 0;
  }
  for (int i = 0; i < s->n; i++) {
    emit(u, OP_IMPORT_FROM, add_name(u, s->names[i]));
    store_name(u, s->asnames && s->asnames[i] ? s->asnames[i] : s->names[i]);
  }
  emit(u, OP_POP_TOP, 0);
  return 0;
}

static GpValue unit_compile(Unit *parent, GpThread *t, const char *filename, GpNode *def,
                            const GpValue *display);

/* Pushes a function for the scope node n (def, lambda): its defaults, the
** keyword-only defaults as a dict, a def's annotations as a dict, the
** closure as a tuple of the cells its free variables name here, then
** MAKE_FUNCTION. */
static int make_function(Unit *u, GpNode *n) {
  if (exprs(u, &n->defaults) < 0) return -1;
  uint32_t flags = (uint32_t)n->defaults.n;
  int nkwd = 0;
  for (int i = 0; i < n->kwdefaults.n; i++) {
    GpNode *d = n->kwdefaults.items[i];
    if (!d) continue;
    load_const(u, gp_objv(gp_intern_cstr(n->params[n->n - n->nkwonly + i])));
    if (expr(u, d) < 0) return -1;
    nkwd++;
  }
  if (nkwd) {
    set_loc(u, n);
    emit(u, OP_BUILD_DICT, nkwd);
    flags |= GP_MF_KWDEFAULTS;
  }
  if (n->kind == GP_N_DEF && n->c) {
    if (expr(u, n->c) < 0) return -1;
    flags |= GP_MF_ANNOTATIONS;
  }
  GpValue code = unit_compile(u, u->t, u->filename, n, NULL);
  if (GP_IS_ERR(code)) return -1;
  GpCode *c = (GpCode *)code.as.o;
  set_loc(u, n);
  if (c->nfree) {
    for (int i = 0; i < c->nfree; i++) {
      const char *x = ((GpStr *)c->freenames[i])->data;
      int slot = resolve(u, x);
      if (slot < 0 || !u->cell[slot]) {
        GP_DECREF(code);
        return cerr(u, n->line, "internal error: no cell for free variable '%s'", x);
      }
      emit(u, OP_LOAD_CLOSURE, slot);
    }
    emit(u, OP_BUILD_TUPLE, c->nfree);
    flags |= GP_MF_CLOSURE;
  }
  load_const(u, code);
  emit(u, OP_MAKE_FUNCTION, (int)flags);
  return 0;
}

static int lambda_expr(Unit *u, GpNode *n) {
  return make_function(u, n);
}

/* (x for x in it): a generator function called with iter(it). */
static int genexp(Unit *u, GpNode *n) {
  if (make_function(u, n) < 0 || comp_iterable(u, n->comps.items[0]->b) < 0) return -1;
  set_loc(u, n);
  emit(u, n->comps.items[0]->op == 1 ? OP_GET_AITER : OP_GET_YIELD_FROM_ITER, 0);
  emit(u, OP_CALL, 1);
  return 0;
}

/* Applies the decorators, innermost first, each call on its own line as
** CPython 3.11 reports it in a traceback. */
static void apply_decorators(Unit *u, const GpNode *s) {
  for (int i = s->decos.n - 1; i >= 0; i--) {
    set_loc(u, s->decos.items[i]);
    emit(u, OP_CALL, 1);
  }
  set_loc(u, s);
}

/* Decorators are evaluated first and applied innermost first. */
static int def_stmt(Unit *u, GpNode *s) {
  if (exprs(u, &s->decos) < 0 || make_function(u, s) < 0) return -1;
  apply_decorators(u, s);
  store_name(u, s->name);
  return 0;
}

/* class C(bases, **kw): the body is a function filling a namespace;
** BUILD_CLASS (arg 1: with a dict of the keywords) runs it and makes the
** class; decorators as for def. */
static int class_stmt(Unit *u, GpNode *s) {
  for (int i = 0; i < s->kw.n; i++)
    if (!s->kwnames[i])
      return cerr(u, s->line, "**mapping in class keywords is not supported by gilpy");
  if (has_starred(&s->elts))
    return cerr(u, s->line, "starred class bases are not supported by gilpy");
  if (exprs(u, &s->decos) < 0 || make_function(u, s) < 0) return -1;
  load_const(u, gp_objv(gp_intern_cstr(s->name)));
  if (exprs(u, &s->elts) < 0) return -1;
  set_loc(u, s);
  emit(u, OP_BUILD_TUPLE, s->elts.n);
  for (int i = 0; i < s->kw.n; i++) {
    load_const(u, gp_objv(gp_intern_cstr(s->kwnames[i])));
    if (expr(u, s->kw.items[i]) < 0) return -1;
  }
  set_loc(u, s);
  if (s->kw.n) emit(u, OP_BUILD_DICT, s->kw.n);
  emit(u, OP_BUILD_CLASS, s->kw.n != 0);
  apply_decorators(u, s);
  store_name(u, s->name);
  return 0;
}

static int nonlocal_stmt(Unit *u, GpNode *s) {
  for (int i = 0; i < s->n; i++) {
    const char *x = s->names[i];
    for (int k = 0; k < u->nparams; k++)
      if (strcmp(((GpStr *)u->varnames[k])->data, x) == 0)
        return cerr(u, s->line, "name '%s' is parameter and nonlocal", x);
    if (is_global_decl(u, x)) return cerr(u, s->line, "name '%s' is nonlocal and global", x);
    int slot = find_local(u, x);
    if (slot < u->nparams || slot >= u->nparams + u->nfree)
      return cerr(u, s->line, "no binding for nonlocal '%s' found", x);
    for (int k = 0; k < u->nseen; k++)
      if (strcmp(u->seen[k], x) == 0)
        return cerr(u, s->line,
                    u->seen_store[k] ? "name '%s' is assigned to before nonlocal declaration"
                                     : "name '%s' is used prior to nonlocal declaration",
                    x);
  }
  return 0;
}

/* compile(..., 'single'): an expression statement's value goes to the
** display hook, as at the interactive prompt (CPython's PRINT_EXPR). */
static int display_expr(Unit *u, GpNode *s) {
  GP_INCREF(*u->display);
  load_const(u, *u->display);
  if (expr(u, s->a) < 0) return -1;
  set_loc(u, s);
  emit(u, OP_CALL, 1);
  emit(u, OP_POP_TOP, 0);
  return 0;
}

/* ------------------------------------------------------- match statements */

/* A pattern's code starts with the value it matches on top of the stack
** and consumes it: on success it falls through, on failure it jumps to
** fail with the value gone too. Captures go to hidden slots, copied to
** their names once the whole pattern has matched (bind_capture). */
static int pattern(Unit *u, GpNode *p, int fail);

/* After a pattern that had k values of its own above the one it matched:
** labels first..first+k-1 pop 1..k of them and jump to fail. */
static int fail_pops(Unit *u, int k) {
  int first = new_label(u);
  for (int i = 1; i < k; i++)
    new_label(u);
  return first;
}

static void emit_fail_pops(Unit *u, int first, int k, int fail) {
  if (k == 0) return;
  int ok = new_label(u), depth = u->depth;
  emit_jump(u, OP_JUMP, ok);
  u->depth = depth + k;
  for (int i = k; i >= 1; i--) {
    set_label(u, first + i - 1);
    emit(u, OP_POP_TOP, 0);
  }
  emit_jump(u, OP_JUMP, fail);
  u->depth = depth;
  set_label(u, ok);
}

static int pat_compare(Unit *u, GpNode *p, int op, int fail) {
  if (expr(u, p->a) < 0) return -1;
  set_loc(u, p);
  emit(u, OP_COMPARE_OP, op);
  emit_jump(u, OP_POP_JUMP_IF_FALSE, fail);
  return 0;
}

/* The hidden slot of a captured name, -1 past MAX_CAPTURES. */
static int capture_slot(Unit *u, const char *name) {
  MatchCtx *m = u->match;
  for (int i = 0; i < m->n; i++)
    if (strcmp(m->names[i], name) == 0) return m->slots[i];
  if (m->n == MAX_CAPTURES)
    return cerr(u, u->line, "too many names captured in one match statement");
  m->names[m->n] = name;
  return m->slots[m->n++] = add_local(u, "");
}

static int pat_capture(Unit *u, const char *name) {
  if (name == NULL) {
    emit(u, OP_POP_TOP, 0);
    return 0;
  }
  int slot = capture_slot(u, name);
  if (slot < 0) return -1;
  emit(u, OP_STORE_FAST, slot);
  return 0;
}

/* The pattern matched: each capture becomes its name's value. */
static void bind_capture(Unit *u, const char *name) {
  int slot = capture_slot(u, name);
  emit(u, OP_LOAD_FAST, slot);
  store_name(u, name);
  emit(u, OP_CLEAR_FAST, slot);
}

static int pat_as(Unit *u, GpNode *p, int fail) {
  int pop = fail_pops(u, 1);
  emit(u, OP_DUP_TOP, 0);
  if (pattern(u, p->a, pop) < 0) return -1;
  emit_fail_pops(u, pop, 1, fail);
  return pat_capture(u, p->name);
}

/* Each alternative on a copy of the value; the first to match wins. */
static int pat_or(Unit *u, GpNode *p, int fail) {
  int ok = new_label(u);
  for (int i = 0; i < p->elts.n - 1; i++) {
    int next = new_label(u);
    emit(u, OP_DUP_TOP, 0);
    if (pattern(u, p->elts.items[i], next) < 0) return -1;
    emit(u, OP_POP_TOP, 0);
    emit_jump(u, OP_JUMP, ok);
    u->depth++;
    set_label(u, next);
  }
  if (pattern(u, p->elts.items[p->elts.n - 1], fail) < 0) return -1;
  set_label(u, ok);
  return 0;
}

/* _gpmatch.helper(value, <nargs pushed by the caller>): the caller pushes
** the extra arguments between pat_helper_begin and pat_parts. */
static void pat_helper_begin(Unit *u, const char *helper) {
  emit(u, OP_IMPORT_NAME, add_name(u, "_gpmatch"));
  emit(u, OP_LOAD_ATTR, add_name(u, helper));
  emit(u, OP_ROT_TWO, 0);
}

/* The helper's result: None fails, else a tuple matched item by item
** against the patterns of a, then of b (b may be NULL), then stored in
** rest (may be NULL). */
static int pat_parts(Unit *u, int nargs, const GpNodeList *a, const GpNodeList *b, const char *rest,
                     int fail) {
  int n = a->n + (b ? b->n : 0), total = n + (rest != NULL);
  int k = total > 1 ? total - 1 : 1, pops = fail_pops(u, k);
  emit(u, OP_CALL, nargs + 1);
  emit(u, OP_DUP_TOP, 0);
  load_const(u, GP_NONEV);
  emit(u, OP_COMPARE_OP, GP_CMP_IS);
  emit_jump(u, OP_POP_JUMP_IF_TRUE, pops);
  emit(u, OP_UNPACK_SEQUENCE, total);
  for (int i = 0; i < n; i++) {
    GpNode *sub = i < a->n ? a->items[i] : b->items[i - a->n];
    if (pattern(u, sub, total - 1 - i > 0 ? pops + total - 2 - i : fail) < 0) return -1;
  }
  if (rest && pat_capture(u, rest) < 0) return -1;
  emit_fail_pops(u, pops, k, fail);
  return 0;
}

static int pat_seq(Unit *u, GpNode *p, int fail) {
  int star = -1;
  for (int i = 0; i < p->elts.n; i++)
    if (p->elts.items[i]->op == GP_PAT_STAR) star = i;
  pat_helper_begin(u, "seq");
  load_const(u, gp_intv(p->elts.n));
  load_const(u, gp_intv(star));
  return pat_parts(u, 2, &p->elts, NULL, NULL, fail);
}

static int pat_map(Unit *u, GpNode *p, int fail) {
  pat_helper_begin(u, "mapping");
  if (exprs(u, &p->elts) < 0) return -1;
  emit(u, OP_BUILD_TUPLE, p->elts.n);
  load_const(u, gp_boolv(p->name != NULL));
  return pat_parts(u, 2, &p->kw, NULL, p->name, fail);
}

static int pat_class(Unit *u, GpNode *p, int fail) {
  pat_helper_begin(u, "cls");
  if (expr(u, p->a) < 0) return -1;
  load_const(u, gp_intv(p->elts.n));
  for (int i = 0; i < p->n; i++)
    load_const(u, gp_objv(gp_intern_cstr(p->names[i])));
  emit(u, OP_BUILD_TUPLE, p->n);
  set_loc(u, p);
  return pat_parts(u, 3, &p->elts, &p->kw, NULL, fail);
}

static int pattern(Unit *u, GpNode *p, int fail) {
  set_loc(u, p);
  switch (p->op) {
  case GP_PAT_VALUE:
    return pat_compare(u, p, GP_CMP_EQ, fail);
  case GP_PAT_SINGLETON:
    return pat_compare(u, p, GP_CMP_IS, fail);
  case GP_PAT_CAPTURE:
  case GP_PAT_STAR:
    return pat_capture(u, p->name);
  case GP_PAT_AS:
    return pat_as(u, p, fail);
  case GP_PAT_OR:
    return pat_or(u, p, fail);
  case GP_PAT_SEQ:
    return pat_seq(u, p, fail);
  case GP_PAT_MAP:
    return pat_map(u, p, fail);
  default:
    return pat_class(u, p, fail);
  }
}

/* The subject stays on the stack while the cases try it; a case that
** matches pops it before its guard-checked body runs. */
static int match_case(Unit *u, GpNode *c, MatchCtx *m, int end) {
  int next = new_label(u);
  emit(u, OP_DUP_TOP, 0);
  u->match = m;
  if (pattern(u, c->a, next) < 0) return -1;
  each_capture(u, c->a, bind_capture);
  if (c->b && jump_if(u, c->b, false, next) < 0) return -1;
  emit(u, OP_POP_TOP, 0);
  if (stmts(u, &c->body) < 0) return -1;
  emit_jump(u, OP_JUMP, end);
  u->depth++;
  set_label(u, next);
  return 0;
}

static int match_stmt(Unit *u, GpNode *s) {
  MatchCtx *m = calloc(1, sizeof *m), *saved = u->match;
  int end = new_label(u), r = m && expr(u, s->a) == 0 ? 0 : -1;
  if (m == NULL) u->oom = true;
  for (int i = 0; r == 0 && i < s->body.n; i++)
    r = match_case(u, s->body.items[i], m, end);
  if (r == 0) {
    emit(u, OP_POP_TOP, 0);
    set_label(u, end);
    for (int i = 0; i < m->n; i++) /* what failed cases captured */
      emit(u, OP_CLEAR_FAST, m->slots[i]);
  }
  u->match = saved;
  free(m);
  return r;
}

static int stmt(Unit *u, GpNode *s) {
  if (u->oom || u->failed) return -1;
  set_loc(u, s);
  switch (s->kind) {
  case GP_N_EXPR:
    if (u->display) return display_expr(u, s);
    if (s->a->kind == GP_N_YIELD && s->a->op == 0) return yield_expr(u, s->a, GP_YIELD_DROP);
    if (expr(u, s->a) < 0) return -1;
    emit(u, OP_POP_TOP, 0);
    return 0;
  case GP_N_ASSIGN:
    return assign(u, s);
  case GP_N_AUGASSIGN:
    return augassign(u, s);
  case GP_N_IF:
    return if_stmt(u, s);
  case GP_N_WHILE:
    return while_stmt(u, s);
  case GP_N_FOR:
    return for_stmt(u, s);
  case GP_N_BREAK:
    return loop_jump(u, s, true);
  case GP_N_CONTINUE:
    return loop_jump(u, s, false);
  case GP_N_PASS:
    return 0;
  case GP_N_GLOBAL:
    return global_stmt(u, s);
  case GP_N_RETURN:
    return return_stmt(u, s);
  case GP_N_DEL:
    for (int i = 0; i < s->elts.n; i++)
      if (delete (u, s->elts.items[i]) < 0) return -1;
    return 0;
  case GP_N_ASSERT:
    return assert_stmt(u, s);
  case GP_N_DEF:
    return def_stmt(u, s);
  case GP_N_TRY:
    return try_stmt(u, s);
  case GP_N_RAISE:
    return raise_stmt(u, s);
  case GP_N_IMPORT:
    return import_stmt(u, s);
  case GP_N_FROMIMPORT:
    return from_import(u, s);
  case GP_N_WITH:
    return with_stmt(u, s);
  case GP_N_CLASS:
    return class_stmt(u, s);
  case GP_N_NONLOCAL:
    return nonlocal_stmt(u, s);
  case GP_N_MATCH:
    return match_stmt(u, s);
  default:
    return cerr(u, s->line, "invalid syntax");
  }
}

static int stmts(Unit *u, const GpNodeList *body) {
  for (int i = 0; i < body->n; i++)
    if (stmt(u, body->items[i]) < 0) return -1;
  return 0;
}

/* ------------------------------------------------------------ finish */

static void unit_free(Unit *u) {
  for (int i = 0; i < u->nconsts; i++)
    GP_DECREF(u->consts[i]);
  free(u->consts);
  free(u->code);
  free(u->pos);
  free(u->cframes);
  free(u->names);
  free(u->varnames);
  free(u->globals);
  free(u->labels);
  free(u->fix);
  free(u->exc);
  free(u->seen);
  free(u->seen_store);
  free(u->cell);
  free(u->freenames);
  free(u->qualbuf);
  if (u->doc) gp_decref_o(u->doc);
  gp_scope_free(&u->scope);
}

/* Where a jump to target ends up: a JUMP there (an `if` whose body is
** `continue`, an `or` jumping to a jump) is passed through, as it can
** neither raise nor poll the eval breaker. The hop limit ends a cycle. */
static uint32_t jump_thread(const Unit *u, uint32_t target) {
  for (int hops = 0; hops < 8 && GP_OPOF(u->code[target]) == OP_JUMP; hops++) {
    int lo = 0, hi = u->nfix; /* fixups are in emission order: sorted by at */
    while (lo < hi) {
      int mid = lo + (hi - lo) / 2;
      if (u->fix[mid].at < target)
        lo = mid + 1;
      else
        hi = mid;
    }
    if (lo == u->nfix || u->fix[lo].at != target || u->fix[lo].word) break;
    target = (uint32_t)u->labels[u->fix[lo].label];
  }
  return target;
}

static GpValue unit_finish(Unit *u, const char *name, int firstline) {
  for (int i = 0; i < u->nfix; i++) {
    Fixup *f = &u->fix[i];
    uint32_t target = jump_thread(u, (uint32_t)u->labels[f->label]);
    if (f->word)
      u->code[f->at] = target;
    else
      u->code[f->at] = GP_INSTR(GP_OPOF(u->code[f->at]), target);
  }
  for (int i = 0; i < u->nexc; i++)
    u->exc[i].handler = (uint32_t)u->labels[u->exc[i].handler];
  GpCode *c = (GpCode *)gp_alloc(u->t, &gp_type_code, sizeof(GpCode));
  GpValue fname = gp_str_cstr(u->t, u->filename);
  GpGlobalCache *gc = calloc((size_t)u->nnames + 1, sizeof(GpGlobalCache));
  if (!c || GP_IS_ERR(fname) || !gc) {
    if (c) gp_decref_o(&c->ob);
    GP_DECREF(fname);
    free(gc);
    unit_free(u);
    return gp_raise_nomem(u->t);
  }
  c->code = u->code;
  c->postab = gp_postab_encode(u->pos, u->n);
  c->compframes = u->cframes;
  c->ncompframes = u->ncframes;
  u->cframes = NULL;
  c->ncode = u->n;
  c->consts = u->consts;
  c->nconsts = u->nconsts;
  c->names = u->names;
  c->nnames = u->nnames;
  c->gcache = gc;
  c->acache = calloc(((size_t)u->nnames + 1) * GP_ACACHE_WAYS, sizeof(GpAttrCache));
  c->mcache = calloc((size_t)u->nnames + 1, sizeof(GpMethodCache));
  if (!c->acache || !c->mcache || !c->postab) {
    gp_decref_o(&c->ob);
    unit_free(u);
    return gp_raise_nomem(u->t);
  }
  c->varnames = u->varnames;
  c->nlocals = u->nlocals;
  c->nparams = u->nparams;
  c->stacksize = u->maxdepth + 1;
  c->exctab = u->exc;
  c->nexc = u->nexc;
  c->name = gp_intern_cstr(name);
  c->qualname = gp_intern_cstr(u->qualname ? u->qualname : name);
  c->filename = fname.as.o;
  c->nposargs = u->nposargs;
  c->nkwonly = u->nkwonly;
  c->nposonly = u->nposonly;
  c->flags = u->flags;
  c->nfast = (u->flags || u->nkwonly) ? -1 : u->nparams;
  c->freenames = u->freenames;
  c->nfree = u->nfree;
  u->freenames = NULL;
  c->firstline = firstline;
  c->doc = u->doc;
  u->doc = NULL;
  u->code = NULL;
  u->consts = NULL;
  u->nconsts = 0;
  u->names = NULL;
  u->varnames = NULL;
  u->exc = NULL;
  unit_free(u);
  return gp_objv(&c->ob);
}

/* "f", "outer.<locals>.f", "C.m" */
static void set_qualname(Unit *u, const char *name) {
  Unit *p = u->parent;
  if (!p || p->kind == U_MODULE || p->top_ns) {
    u->qualname = name;
    return;
  }
  const char *pq = p->qualname ? p->qualname : "";
  size_t n = strlen(pq) + strlen(name) + sizeof ".<locals>.";
  u->qualbuf = malloc(n);
  if (!u->qualbuf) {
    u->oom = true;
    return;
  }
  snprintf(u->qualbuf, n, "%s.%s%s", pq, p->kind == U_FUNC ? "<locals>." : "", name);
  u->qualname = u->qualbuf;
}

/* Parameters, free variables (slots right after the parameters, filled by
** COPY_FREE_VARS), then the other locals; cells are made by MAKE_CELL. */
static int func_prologue(Unit *u, GpNode *def) {
  gp_scope_scan(def, &u->scope);
  if (def->kind == GP_N_GENEXP) add_local(u, ".0");
  if (def->kind == GP_N_CLASS) add_local(u, ".ns"); /* the namespace the body fills */
  if (u->scope.has_yield) u->flags |= GP_CO_GENERATOR;
  if (def->kind == GP_N_DEF && def->op == 1) /* an async generator if it yields */
    u->flags |= GP_CO_GENERATOR | (u->scope.has_yield ? GP_CO_ASYNCGEN : GP_CO_COROUTINE);
  if (def->kind == GP_N_GENEXP && u->scope.has_await) u->flags |= GP_CO_ASYNCGEN;
  int npos = def->kind == GP_N_CLASS ? 1 : def->n - def->nkwonly + (def->kind == GP_N_GENEXP);
  for (int i = 0; i < def->n; i++)
    add_local(u, def->params[i]);
  u->nposargs = npos;
  u->nkwonly = def->nkwonly;
  u->nposonly = def->nposonly;
  if (def->vararg) {
    add_local(u, def->vararg);
    u->flags |= GP_CO_VARARGS;
  }
  if (def->kwarg) {
    add_local(u, def->kwarg);
    u->flags |= GP_CO_VARKW;
  }
  u->nparams = u->nlocals;
  if (def->kind == GP_N_DEF || def->kind == GP_N_CLASS) scan_globals(u, &def->body);
  GpNameSet fr = {0};
  gp_scope_free_names(def, &fr);
  for (int i = 0; i < fr.n; i++) {
    const char *x = fr.v[i];
    if (!enclosing_binds(u, x)) continue; /* a nonlocal one: an error at its statement */
    if (find_local(u, x) >= 0) continue;  /* a parameter declared nonlocal: reported later */
    int slot = add_local(u, x);
    if (u->oom || !GROW(u, u->freenames, u->nfree, u->cfree, u->nfree + 1)) break;
    u->cell[slot] = true;
    u->freenames[u->nfree++] = u->varnames[slot];
  }
  gp_nameset_free(&fr);
  if (def->kind == GP_N_DEF) scan_locals(u, &def->body);
  if (def->kind == GP_N_DEF || def->kind == GP_N_LAMBDA) bind_walrus(u, def);
  if (u->nfree) emit(u, OP_COPY_FREE_VARS, u->nparams);
  for (int i = 0; i < u->nlocals; i++) {
    const char *x = ((GpStr *)u->varnames[i])->data;
    if (!u->cell[i] && *x && gp_nameset_has(&u->scope.child, x)) {
      u->cell[i] = true;
      emit(u, OP_MAKE_CELL, i);
    }
  }
  return 0;
}

static GpValue unit_compile(Unit *parent, GpThread *t, const char *filename, GpNode *def,
                            const GpValue *display) {
  Unit *u = calloc(1, sizeof *u);
  if (!u) return gp_raise_nomem(t);
  u->parent = parent;
  u->display = display;
  u->t = t;
  u->filename = filename;
  u->ret_slot = -1;
  u->kind = def->kind == GP_N_MODULE ? U_MODULE : def->kind == GP_N_CLASS ? U_CLASS : U_FUNC;
  u->is_func = u->kind == U_FUNC;
  u->is_genexp = def->kind == GP_N_GENEXP;
  u->top_ns = !parent && def->kind == GP_N_CLASS;
  u->eval = u->top_ns && def->op == 1;
  set_loc(u, def);
  const char *name = def->kind == GP_N_MODULE   ? "<module>"
                     : def->kind == GP_N_GENEXP ? "<genexpr>"
                                                : def->name;
  set_qualname(u, name);
  int r = 0;
  if (u->kind != U_MODULE) {
    r = func_prologue(u, def);
  }
  if (u->kind == U_MODULE || u->top_ns) {
    if (!u->top_ns) gp_scope_scan(def, &u->scope);
    u->head = &def->body;
    u->nfuture = future_prefix(&def->body);
  }
  if (r == 0 && def->kind == GP_N_GENEXP) {
    r = listcomp(u, def);
  } else if (r == 0 && def->kind == GP_N_LAMBDA) {
    if (expr(u, def->a) == 0) {
      set_loc(u, def);
      emit(u, OP_RETURN_VALUE, 0);
    } else {
      r = -1;
    }
  } else if (r == 0) {
    GpNode *first = def->body.n ? def->body.items[0] : NULL;
    if (first && first->kind == GP_N_EXPR && first->a->kind == GP_N_STR) {
      GpValue doc = gp_str_new(t, first->a->str, first->a->str_len);
      if (u->kind != U_FUNC) { /* a class's or module's: a name in its namespace */
        load_const(u, doc);
        store_name(u, "__doc__");
      } else if (GP_IS_ERR(doc)) { /* a function's: kept by its code object */
        u->oom = true;
      } else {
        u->doc = doc.as.o;
      }
    }
    r = stmts(u, &def->body);
  }
  if (u->failed) r = -1;
  if (r == 0 && !u->oom && def->kind != GP_N_LAMBDA) {
    u->line = u->n ? u->pos[u->n - 1].line : def->line;
    u->end_line = u->line;
    u->col = u->end_col = -1;
    load_const(u, GP_NONEV);
    emit(u, OP_RETURN_VALUE, 0);
  }
  GpValue res;
  if (r < 0 || u->oom) {
    bool oom = u->oom && r == 0;
    unit_free(u);
    res = oom ? gp_raise_nomem(t) : GP_ERRV;
  } else {
    res = unit_finish(u, name, def->line);
  }
  free(u);
  return res;
}

GpValue gp_compile(GpThread *t, GpNode *module, const char *filename) {
  return unit_compile(NULL, t, filename, module, NULL);
}

/* Source text to a code object: a module's (ns_eval < 0) or exec's (0)
** or eval's (1), whose names live in a namespace, the code's one argument,
** as a class body's do. */
static GpValue compile_text(GpThread *t, const char *src, size_t len, const char *filename,
                            int ns_eval, const GpValue *display) {
  GpArena *arena = gp_arena_new();
  GpSyntaxError err;
  memset(&err, 0, sizeof err);
  GpNode *mod = (ns_eval == 1 ? gp_parse_eval : gp_parse)(arena, src, len, filename, &err);
  if (mod && ns_eval >= 0) {
    mod->kind = GP_N_CLASS;
    mod->name = "<module>";
  }
  size_t tl = strlen(err.text); /* CPython's text of a statement's line ends in its newline */
  if (!mod && ns_eval == 0 && tl && tl + 1 < sizeof err.text) strcpy(err.text + tl, "\n");
  if (mod && display && mod->body.n > 1 &&
      mod->body.items[mod->body.n - 1]->line != mod->body.items[0]->line) {
    err = (GpSyntaxError){.kind = "SyntaxError", .line = mod->body.items[0]->line};
    snprintf(err.msg, sizeof err.msg,
             "multiple statements found while compiling a single statement");
    mod = NULL;
  }
  GpValue r =
      mod ? unit_compile(NULL, t, filename, mod, display) : gp_syntax_error(t, &err, filename);
  gp_arena_free(arena);
  return r;
}

GpValue gp_compile_source(GpThread *t, const char *src, size_t len, const char *filename) {
  return compile_text(t, src, len, filename, -1, NULL);
}

GpValue gp_compile_ns(GpThread *t, const char *src, size_t len, const char *filename, bool eval) {
  return compile_text(t, src, len, filename, eval, NULL);
}

GpValue gp_compile_single(GpThread *t, const char *src, size_t len, const char *filename,
                          const GpValue *display) {
  return compile_text(t, src, len, filename, 0, display);
}

GpValue gp_syntax_error(GpThread *t, const GpSyntaxError *e, const char *filename) {
  const GpType *tp = &gp_exc_SyntaxError;
  if (e->kind && strcmp(e->kind, "IndentationError") == 0)
    tp = &gp_exc_IndentationError;
  else if (e->kind && strcmp(e->kind, "TabError") == 0)
    tp = &gp_exc_TabError;
  GpValue loc[4] = {gp_str_cstr(t, filename), gp_intv(e->line), gp_intv(e->col),
                    e->text[0] ? gp_str_cstr(t, e->text) : GP_NONEV};
  GpValue parts[2] = {gp_str_cstr(t, e->msg), GP_ERRV};
  GpValue args = GP_ERRV, exc = GP_ERRV;
  if (!GP_IS_ERR(loc[0]) && !GP_IS_ERR(loc[3]) && !GP_IS_ERR(parts[0])) {
    parts[1] = gp_tuple_pack(t, 4, loc);
    if (!GP_IS_ERR(parts[1])) args = gp_tuple_pack(t, 2, parts);
    if (!GP_IS_ERR(args)) exc = gp_exc_new(t, tp, args.as.o);
  }
  for (int i = 0; i < 4; i++)
    GP_DECREF(loc[i]);
  GP_DECREF(parts[0]);
  GP_DECREF(parts[1]);
  GP_DECREF(args);
  if (GP_IS_ERR(exc)) return gp_raise_nomem(t);
  gp_raise_value(t, exc);
  GP_DECREF(exc);
  return GP_ERRV;
}
