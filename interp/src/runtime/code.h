/*
** code.h — bytecode: the opcodes, the code object the compiler builds and
** the function object that pairs a code object with its globals. Private
** to compile.c, vm.c, func.c and traceback.c.
**
** An instruction is one 32-bit word: the opcode in the low 8 bits and an
** operand in the high 24. The few instructions that need two operands
** (fused compare-and-jump, calls with keywords) take a second word.
*/
#ifndef GP_CODE_H
#define GP_CODE_H

#include "gp.h"

/* One opcode per line (the order is the numbering). */
// clang-format off
#define GP_OPCODES(X) \
  X(NOP) \
  X(POP_TOP) \
  X(DUP_TOP) \
  X(DUP_TOP2) \
  X(ROT_TWO) \
  X(ROT_THREE) \
  X(LOAD_CONST) \
  X(LOAD_FAST) \
  X(STORE_FAST) \
  X(DELETE_FAST) \
  X(CLEAR_FAST) \
  X(LOAD_GLOBAL) \
  X(STORE_GLOBAL) \
  X(DELETE_GLOBAL) \
  X(LOAD_ATTR) \
  X(STORE_ATTR) \
  X(LOAD_METHOD) \
  X(BIN_ADD) \
  X(BIN_SUB) \
  X(BIN_MUL) \
  X(BIN_FLOORDIV) \
  X(BIN_MOD) \
  X(BIN_OP) \
  X(INPLACE_ADD) \
  X(INPLACE_SUB) \
  X(INPLACE_MUL) \
  X(INPLACE_OP) \
  X(UNARY_OP) \
  X(NOT) \
  X(COMPARE_OP) \
  X(CMP_JUMP_IF_FALSE) \
  X(JUMP) \
  X(JUMP_BACK) \
  X(POP_JUMP_IF_FALSE) \
  X(POP_JUMP_IF_TRUE) \
  X(JUMP_IF_FALSE_OR_POP) \
  X(JUMP_IF_TRUE_OR_POP) \
  X(BUILD_LIST) \
  X(BUILD_TUPLE) \
  X(BUILD_DICT) \
  X(LIST_APPEND) \
  X(BUILD_STRING) \
  X(FORMAT_VALUE) \
  X(BINARY_SUBSCR) \
  X(STORE_SUBSCR) \
  X(DELETE_SUBSCR) \
  X(SLICE_GET) \
  X(SLICE_SET) \
  X(SLICE_DEL) \
  X(UNPACK_SEQUENCE) \
  X(GET_ITER) \
  X(FOR_ITER) \
  X(CALL) \
  X(CALL_KW) \
  X(CALL_METHOD) \
  X(CALL_METHOD_KW) \
  X(RETURN_VALUE) \
  X(MAKE_FUNCTION) \
  X(IMPORT_NAME) \
  X(IMPORT_FROM) \
  X(IMPORT_STAR) \
  X(RAISE) \
  X(PUSH_EXC_INFO) \
  X(POP_EXCEPT) \
  X(CHECK_EXC_MATCH) \
  X(RERAISE) \
  X(WITH_ENTER) \
  X(WITH_EXIT) \
  X(WITH_EXC) \
  X(LOAD_FAST_CONST) \
  X(LOAD_FAST2) \
  X(FOR_ITER_STORE) \
  X(CMP_JUMP_IF_TRUE) \
  X(CMP_JUMP_BACK_IF_TRUE) \
  X(CMP_JUMP_BACK_IF_FALSE) \
  X(POP_JUMP_BACK_IF_TRUE) \
  X(POP_JUMP_BACK_IF_FALSE) \
  X(LOAD_DEREF) \
  X(STORE_DEREF) \
  X(DELETE_DEREF) \
  X(LOAD_CLOSURE) \
  X(MAKE_CELL) \
  X(COPY_FREE_VARS) \
  X(CALL_EX) \
  X(LIST_EXTEND) \
  X(LIST_TO_TUPLE) \
  X(DICT_MERGE) \
  X(DICT_UPDATE) \
  X(UNPACK_EX) \
  X(DELETE_ATTR) \
  X(YIELD_VALUE) \
  X(YIELD_FROM) \
  X(GET_YIELD_FROM_ITER) \
  X(BUILD_CLASS) \
  X(LOAD_NAME) \
  X(STORE_NAME) \
  X(DELETE_NAME) \
  X(BUILD_SET) \
  X(SET_ADD) \
  X(SET_UPDATE) \
  X(MAP_ADD) \
  X(LOAD_FAST_ATTR) \
  X(LOAD_FAST_METHOD) \
  X(STORE_FAST_ATTR) \
  X(GET_AWAITABLE) \
  X(ASYNC_WITH_ENTER) \
  X(ASYNC_WITH_EXIT) \
  X(ASYNC_WITH_EXC_CALL) \
  X(ASYNC_WITH_EXC_END) \
  X(GET_AITER) \
  X(GET_ANEXT) \
  X(END_ASYNC_FOR) \
  X(BIN_ADD_CONST) \
  X(BIN_MOD_CONST) \
  X(LOAD_FAST_YIELD) \
  X(LOAD_FAST_STORE) \
  X(LOAD_CONST_STORE) \
  X(STORE_FAST2) \
  X(FAST2_CMP_JUMP_IF_TRUE) \
  X(FAST2_CMP_JUMP_IF_FALSE) \
  X(EXC_STAR)
// clang-format on

#define GP_OP_ENUM(name) OP_##name,
typedef enum { GP_OPCODES(GP_OP_ENUM) OP_NCODES } GpOpcode;
#undef GP_OP_ENUM

#define GP_INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define GP_OPOF(w) ((w)&0xffu)
#define GP_ARGOF(w) ((w) >> 8)
#define GP_MAXARG ((1u << 24) - 1)

/* Loops test at the bottom: FOR_ITER (FOR_ITER_STORE) jumps back to the
** top of the body with the next item and falls through when exhausted,
** and a while loop ends in a backward conditional jump. The *_BACK jumps
** poll the eval breaker like JUMP_BACK. */

/* Superinstructions (the compiler fuses at emit time, never across a jump
** target): LOAD_FAST_CONST, LOAD_FAST2, LOAD_FAST_ATTR, LOAD_FAST_METHOD and
** STORE_FAST_ATTR (LOAD_FAST + STORE_ATTR), LOAD_FAST_YIELD (LOAD_FAST +
** YIELD_VALUE), LOAD_FAST_STORE and LOAD_CONST_STORE (+ STORE_FAST) and
** STORE_FAST2 pack two 12-bit operands (slot or constant, then constant,
** slot, name or YIELD_VALUE's operand << 12);
** FOR_ITER_STORE is FOR_ITER + STORE_FAST with the slot in a second word;
** BIN_ADD_CONST and BIN_MOD_CONST are LOAD_CONST + BIN_ADD / BIN_MOD with
** the constant's index (`x * 75 + 74`, `h % 1000003`);
** FAST2_CMP_JUMP_IF_TRUE/FALSE are LOAD_FAST2 + CMP_JUMP_IF_TRUE/FALSE
** (`c in cols`, `i < n`): two 10-bit slots, then the comparison << 20, and
** the target in a second word. */
#define GP_PACK2(a, b) ((uint32_t)(a) | ((uint32_t)(b) << 12))
#define GP_PACK_MAX 4096

/* Second operand of FORMAT_VALUE: conversion in bits 0-1, spec on the stack in bit 2. */
enum { GP_FMT_NONE = 0, GP_FMT_STR = 1, GP_FMT_REPR = 2, GP_FMT_SPEC = 4 };
/* EXC_STAR operand: a step of except* (runtime/excstar.c), each a call of
** _gpexcgroup's _star_* function on the top values, pushing what it returns:
** BEGIN [exc] -> [st, exc]; MATCH [st, exc, type] -> [st, rest, match, found];
** RAISED [st, rest, raised] -> [st, rest]; END [st, rest] -> [result, raise?]. */
enum { GP_STAR_BEGIN, GP_STAR_MATCH, GP_STAR_RAISED, GP_STAR_END };
int gp_exc_star_arity(uint32_t step); /* how many values the step pops */
/* Runs the step on in[0..arity) (taking those references): a tuple, or GP_ERRV. */
GpValue gp_exc_star(GpThread *t, uint32_t step, GpValue *in);
/* RAISE operand: 0 = re-raise, 1 = raise X, 2 = raise X from Y. */
/* YIELD_VALUE operand: GP_YIELD_DROP for a `yield` statement (and a generator
** expression's yield): resuming pushes no sent value, so no POP_TOP follows. */
enum { GP_YIELD_DROP = 1 };
/* `await x` is GET_AWAITABLE, LOAD_CONST None, YIELD_FROM (CPython's
** GET_AWAITABLE + SEND). async with: ASYNC_WITH_ENTER pushes __aenter__'s
** awaitable above the manager; ASYNC_WITH_EXIT replaces the manager with
** __aexit__(None, None, None)'s; on an exception ASYNC_WITH_EXC_CALL turns
** [ctx, prev, exc] into [prev, exc, awaitable] and ASYNC_WITH_EXC_END takes
** the awaited result: true swallows exc. async for: GET_AITER, then per
** item GET_ANEXT pushes __anext__'s awaitable; END_ASYNC_FOR is the handler
** that ends the loop on StopAsyncIteration. */

/* Source position of an instruction, as CPython's co_positions(): start line
** and byte column, end line and byte column (exclusive); col and end_col
** are -1 when unknown. */
typedef struct GpPos {
  int line, end_line, col, end_col;
} GpPos;

/* A comprehension inlined into its code (CPython 3.11 runs it as a function
** of its own): words [start, end) are its body, pos the comprehension. */
typedef struct GpCompFrame {
  uint32_t start, end;
  GpPos pos;
  const char *name; /* "<listcomp>", "<setcomp>", "<dictcomp>" */
} GpCompFrame;

/* Exception table: instructions [start, end) jump to handler with the stack
** cut back to depth values (then the exception pushed). Entries never
** overlap; the compiler emits one for each stretch of code with the same
** innermost handler. */
typedef struct GpExcEntry {
  uint32_t start, end, handler, depth;
} GpExcEntry;

/* Global-name cache for LOAD_GLOBAL / STORE_GLOBAL (one per name): the
** position of the name in the dict that held it. Valid while that dict
** still has the same entries array and the key at idx is the name; a hit in
** builtins is also tied to the globals' shape, since a new global shadows it. */
typedef struct GpGlobalCache {
  GpObj *dict;
  const GpDictEntry *entries;
  size_t idx;
  const GpDictEntry *gentries;
  size_t gnentries;
  GpObj *safe;       /* gil=none: a deferred or immortal value seen at the fill */
  uint64_t releases; /* gil=none: the deferred counts' releases then (rcdefer.h) */
} GpGlobalCache;

/* Attribute cache for instances: GP_ACACHE_WAYS entries per name, as
** `t.run()` in a scheduler loop meets several classes at one site. Each
** holds a class, the class epoch (class.h) it was filled at, and the plain
** function the class has under the name, or NULL: the class has nothing
** under it (the attribute lives in the instance dict). */
enum { GP_ACACHE_WAYS = 8 };
typedef struct GpAttrCache {
  const GpType *tp;
  uint64_t epoch;
  GpObj *fn; /* borrowed: the unchanged class's namespace holds it */
  /* NULL fn: the entry of the instance dict last holding it; else (under
  ** a GIL) how many names of the class's shape are known to be others */
  uint32_t hint;
  uint32_t seq; /* gil=none only: the entry's seqlock (cache_none.h) */
} GpAttrCache;

/* Method cache for built-in types, one per name: the method LOAD_METHOD
** last found under the name in a built-in type (immortal, not a class), so
** `s.add(x)` and `lst.append(x)` find theirs with one compare, or under a
** GIL NULL: the type has none (a module's). A built-in type's methods
** never change, so an entry never goes stale. */
typedef struct GpMethodCache {
  const GpType *tp; /* gil=none: tp | 1 while being written (cache_none.h) */
  const GpMethodDef *m;
} GpMethodCache;

typedef struct GpCode {
  GpObj ob;
  GpAttrCache *acache;
  GpMethodCache *mcache;
  uint32_t *code;
  uint8_t *postab; /* source position of each word, run-length coded (postab.c) */
  uint32_t ncode;
  GpValue *consts;
  int nconsts;
  GpObj **names; /* interned: globals, attributes, modules */
  GpGlobalCache *gcache;
  int nnames;
  GpObj **varnames; /* interned: parameters first, then locals ("" = hidden) */
  int nlocals, nparams;
  int stacksize;
  GpExcEntry *exctab;
  int nexc;
  int nposargs, nkwonly; /* parameters: positional, keyword-only, then *args, **kwargs */
  int nposonly;          /* the first nposonly positional ones cannot be passed by keyword */
  int flags;             /* GP_CO_* */
  int nfast;             /* nparams if a call may skip gp_func_bind (plain parameters), else -1 */
  GpObj **freenames;     /* interned names of the free variables, in closure order */
  int nfree;
  GpObj *name;     /* "f" or "<module>" */
  GpObj *qualname; /* "outer.<locals>.f", "C.m" */
  GpObj *filename; /* str */
  int firstline;
  GpObj *doc;              /* a def's docstring (str), or NULL: its functions' __doc__ */
  GpCompFrame *compframes; /* by start: an outer comprehension first */
  int ncompframes;
} GpCode;

/* One frame of a traceback as CPython 3.11 shows it. */
typedef struct GpFrameInfo {
  const char *name;
  GpPos pos;
} GpFrameInfo;
/* postab.c: the frames CPython would show for word pc of c: c's own, then
** one per inlined comprehension around pc, outermost first (at most max). */
int gp_code_frames(const GpCode *c, uint32_t pc, GpFrameInfo *out, int max);

/* An async def's code has GP_CO_COROUTINE and GP_CO_GENERATOR: calling it
** makes a generator object of type coroutine. */
enum {
  GP_CO_VARARGS = 1,
  GP_CO_VARKW = 2,
  GP_CO_GENERATOR = 4,
  GP_CO_COROUTINE = 8,
  GP_CO_ASYNCGEN = 16 /* with GP_CO_GENERATOR: an async def with yield (coro.c wraps it) */
};

/* MAKE_FUNCTION's operand: the number of defaults, and which of a dict of
** keyword-only defaults, a dict of annotations and a tuple of cells (the
** closure) are on the stack above them, in that order, below the code object. */
#define GP_MF_KWDEFAULTS (1u << 16)
#define GP_MF_CLOSURE (1u << 17)
#define GP_MF_ANNOTATIONS (1u << 18)

/* A cell: a variable shared between a function and the ones nested in it.
** v is GP_ERRV while unbound. Under gil=none it is read and written under
** the cell's striped lock (obj.h), as a list item is. */
typedef struct GpCell {
  GpObj ob;
  GpValue v;
} GpCell;
extern GpType gp_type_cell;
GpValue gp_cell_new(GpThread *t, GpValue v); /* v stolen (GP_ERRV: empty) */

typedef struct GpFunction {
  GpObj ob;
  GpCode *code;
  GpObj *globals;    /* the module's dict */
  GpObj *module;     /* the module's name (str), for repr */
  GpObj *kwdefaults; /* dict of keyword-only defaults, or NULL */
  GpObj *closure;    /* tuple of cells, or NULL */
  GpObj *dict;       /* attributes set on the function, or NULL */
  GpObj *ann;        /* __annotations__ (a dict once read or given), or NULL */
  /* tuple of the defaults of the last parameters, or NULL; __defaults__
  ** and __kwdefaults__ assignment swap in a new one and retire the old
  ** (retire.h), as a call on another thread may be reading it */
  GpObj *defaults;
} GpFunction;

/* func.c */
GpValue gp_func_new(GpThread *t, GpCode *code, GpObj *globals, const GpValue *defaults,
                    int ndefaults);
/* Binds args/kwnames to fn's parameters into locals[0..nparams) (new
** references); -1 with CPython's TypeError text on a mismatch. */
/* How many positional parameters have a default. */
int gp_func_ndefaults(const GpFunction *f);
int gp_func_bind(GpThread *t, GpFunction *fn, const GpValue *args, int nargs, GpObj *kwnames,
                 GpValue *locals);

/* postab.c: the position table of n words (one GpPos each): runs of words
** with one position, each a few varints. malloc'd; NULL if out of memory. */
uint8_t *gp_postab_encode(const GpPos *pos, uint32_t n);
/* The position of word pc (the last word's if pc is past the end). Decodes
** from the start: called when a traceback is formatted, never by the eval loop. */
GpPos gp_code_pos(const GpCode *c, uint32_t pc);
int gp_code_line(const GpCode *c, uint32_t pc);

/* vm.c: runs module code with globals (the module's dict); new ref or GP_ERRV. */
GpValue gp_vm_run_module(GpThread *t, GpCode *code, GpObj *globals);
/* vm.c: frees the thread's frame stack (gp_detach). */
void gp_vm_thread_free(GpThread *t);
/* vm.c: the thread running bytecode on this OS thread (NULL: none), and
** making t that thread (VM shutdown runs finalizers); returns the previous. */
GpThread *gp_vm_current(void);
/* Its variable, read in place on rcdefer.c's hot path (no call). */
extern _Thread_local GpThread *gp_vm_cur;
GpThread *gp_vm_set_current(GpThread *t);

#endif
