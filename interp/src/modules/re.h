/*
** re.h — private interface between the files of the re module:
** re_parse.c (pattern text → node tree), re_compile.c (tree → program),
** re_chars.c (character predicates and case folding), re_match.c (the
** backtracking matcher) and remod.c / re_api.c (Pattern, Match and the
** module's functions). A compiled program is immutable, so threads share
** it; all per-match state lives in a ReState on the matching thread.
*/
#ifndef GP_RE_H
#define GP_RE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Flag bits, CPython's values (re.RegexFlag). */
enum {
  RE_F_TEMPLATE = 1,
  RE_F_IGNORECASE = 2,
  RE_F_LOCALE = 4,
  RE_F_MULTILINE = 8,
  RE_F_DOTALL = 16,
  RE_F_UNICODE = 32,
  RE_F_VERBOSE = 64,
  RE_F_DEBUG = 128,
  RE_F_ASCII = 256,
};

#define RE_INF UINT32_MAX /* an unbounded repeat's maximum (MAXREPEAT) */
#define RE_MAX_DEPTH 500  /* group nesting beyond this: RecursionError, as CPython */

/* A pattern or subject: code points, one byte each (bytes, or an ASCII
** str) or four (a str with non-ASCII characters). */
typedef struct ReText {
  const uint8_t *b; /* one byte per character, or NULL */
  const uint32_t *u;
  int64_t len;
} ReText;
static inline uint32_t re_at(const ReText *s, int64_t i) {
  return s->b ? s->b[i] : s->u[i];
}

/* ------------------------------------------------------------ the tree */
typedef enum {
  RN_EMPTY,
  RN_CHAR,    /* c */
  RN_ANY,     /* . */
  RN_SET,     /* a = set index */
  RN_CAT,     /* kid: first child, linked through sib */
  RN_ALT,     /* kid: first branch, linked through sib */
  RN_GROUP,   /* a = group number (0: not capturing), kid */
  RN_REPEAT,  /* a = min, b = max, greedy/possessive in sub, kid */
  RN_BACKREF, /* a = group */
  RN_AT,      /* sub = ReAt */
  RN_LOOK,    /* sub = ReLook, kid */
  RN_COND,    /* a = group, kid = yes, kid2 = no (-1: empty) */
} ReNodeKind;

typedef enum { RA_BOL, RA_EOL, RA_BOS, RA_EOS, RA_WORDB, RA_NWORDB } ReAt;
typedef enum { RL_AHEAD, RL_NAHEAD, RL_BEHIND, RL_NBEHIND, RL_ATOMIC } ReLook;
enum { RR_GREEDY = 0, RR_LAZY = 1, RR_POSSESSIVE = 2 };

/* Scoped flags a node carries (the flags in force where it was parsed). */
enum { RNF_ICASE = 1, RNF_DOTALL = 2, RNF_MULTI = 4, RNF_ASCII = 8 };

typedef struct ReNode {
  uint8_t kind, sub, nflags;
  int32_t kid, kid2, sib;
  uint32_t a, b; /* c, group, set, min/max */
} ReNode;

/* A character set: ranges, categories (\d \w \s and negations), negated. */
enum { RC_DIGIT = 1, RC_NDIGIT = 2, RC_WORD = 4, RC_NWORD = 8, RC_SPACE = 16, RC_NSPACE = 32 };
typedef struct ReSet {
  uint32_t *ranges; /* pairs lo, hi */
  int32_t nranges;
  uint8_t cats;
  bool negate, icase, ascii;
} ReSet;

/* ---------------------------------------------------------- the program */
typedef enum {
  OP_MATCH,
  OP_CHAR,     /* c */
  OP_CHARI,    /* c (case-insensitive; x = lower, y = upper) */
  OP_ANY,      /* not a newline */
  OP_ANYALL,   /* any character */
  OP_SET,      /* x = set */
  OP_SPLIT,    /* try x, then y */
  OP_JMP,      /* x */
  OP_SAVE,     /* x = slot */
  OP_AT,       /* flag = ReAt, c = node flags */
  OP_BACKREF,  /* x = group, flag = icase */
  OP_STAR,     /* x = min, y = max, flag = lazy; the item is the next instruction */
  OP_RPT_INIT, /* r = counter */
  OP_RPT,      /* r, x = min, y = max, flag = lazy, c = exit pc; body at pc+1 */
  OP_LOOK,     /* flag = ReLook, x = width (behind), y = pc after its OP_LOOK_END */
  OP_LOOK_END,
  OP_COND, /* x = group, y = pc of the no branch */
} ReOp;

typedef struct ReInst {
  uint8_t op, flag;
  uint32_t c;
  uint32_t x, y;
  int32_t r;
} ReInst;

/* A compiled pattern: immutable after re_compile. */
typedef struct ReProg {
  ReInst *code;
  int32_t ncode;
  ReSet *sets;
  int32_t nsets;
  int32_t ngroups; /* capturing groups, not counting group 0 */
  int32_t nregs;   /* repeat counters */
  int flags;       /* after inline flags */
  bool is_bytes;
  char **names; /* names[g] of group g, or NULL (ngroups + 1 entries) */
  /* search's scan: the first instruction a match must begin with */
  bool anchored;    /* starts with \A or ^ (not multiline): try one place only */
  int32_t first;    /* pc of a one-character first instruction, or -1 */
  uint32_t *prefix; /* a literal every match begins with (case-sensitive) */
  int32_t nprefix;
} ReProg;

/* Parse/compile errors: a message and a position in the pattern. */
typedef enum {
  RE_ERR_SYNTAX,    /* re.error */
  RE_ERR_NOTIMPL,   /* NotImplementedError: a construct gilpy's re lacks */
  RE_ERR_RECURSION, /* RecursionError */
  RE_ERR_MEMORY,
  RE_ERR_OVERFLOW, /* OverflowError */
  RE_ERR_VALUE,    /* ValueError */
} ReErrKind;
typedef struct ReErr {
  ReErrKind kind;
  int64_t pos; /* -1: none */
  char msg[256];
} ReErr;

/* re_parse.c: the tree of a pattern. */
typedef struct ReTree {
  ReNode *nodes;
  int32_t nnodes, cap, root;
  ReSet *sets;
  int32_t nsets, setcap;
  int32_t ngroups;
  char **names; /* grows with the groups; names[g] or NULL */
  int32_t namecap;
  int flags;
} ReTree;
int re_parse(const ReText *pat, int flags, bool is_bytes, ReTree *tree, ReErr *err);
void re_tree_free(ReTree *tree);

/* re_compile.c: compiles the tree (taking its sets and names) into prog. */
int re_compile(ReTree *tree, bool is_bytes, ReProg *prog, ReErr *err);
void re_prog_free(ReProg *prog);
/* Frees a tree's or program's sets and group names. */
void re_free_parts(ReSet *sets, int32_t nsets, char **names, int32_t ngroups);
/* A node's width bounds (for look-behind): *max RE_INF if unbounded. */
void re_width(const ReTree *tree, int32_t n, uint64_t *min, uint64_t *max);

/* re_chars.c */
bool re_is_word(uint32_t c, bool ascii);
bool re_is_digit(uint32_t c, bool ascii);
bool re_is_space(uint32_t c, bool ascii);
uint32_t re_lower(uint32_t c, bool ascii);
uint32_t re_upper(uint32_t c, bool ascii);
bool re_set_has(const ReSet *s, uint32_t c);

/* re_match.c: one match attempt at start, or a search from start on.
** slots has 2 * (ngroups + 1) + 1 entries (the last: lastindex). Returns 1
** matched, 0 not, -1 out of memory. */
typedef struct ReState {
  const ReProg *prog;
  ReText s;      /* up to endpos */
  int64_t begin; /* pos: where the search started */
  int64_t adv;   /* an empty match may not start here (-1: anywhere) */
  int64_t *slots;
  void *stack; /* the backtrack stack, reused across attempts */
  size_t sp, cap;
  uint32_t *regs; /* repeat counters: count, iteration start pairs */
  int64_t *regpos;
  /* backtracks left before giving up (no match); 0: no limit. Only the
  ** fuzzer sets it, so that hostile patterns cannot stall it. */
  uint64_t budget;
} ReState;
int re_state_init(ReState *st, const ReProg *prog, const ReText *s, int64_t pos);
void re_state_free(ReState *st);
int re_match_at(ReState *st, int64_t start, bool full);
int re_search(ReState *st, int64_t start);

#endif
