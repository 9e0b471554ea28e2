/*
** ast.h — the abstract syntax tree: the contract between the parser
** (parse.c, which builds it) and the compiler (compile.c, which reads it).
** All nodes, arrays and strings live in one arena freed at once.
*/
#ifndef GP_AST_H
#define GP_AST_H

#include <stddef.h>
#include <stdint.h>

typedef struct GpArena GpArena;
GpArena *gp_arena_new(void);
void *gp_arena_alloc(GpArena *a, size_t n); /* zeroed; aborts on OOM */
char *gp_arena_strndup(GpArena *a, const char *s, size_t n);
void gp_arena_free(GpArena *a);

typedef struct GpNode GpNode;
typedef struct GpNodeList {
  GpNode **items;
  int n;
} GpNodeList;

typedef enum {
  /* expressions */
  GP_N_NAME,    /* name */
  GP_N_INT,     /* ival (fits int64; op = 0) or big_digits in base op (10/16/8/2) */
  GP_N_FLOAT,   /* fval; op = 1: the imaginary literal fval j */
  GP_N_STR,     /* str, str_len (UTF-8, escapes decoded) */
  GP_N_BYTES,   /* str, str_len (the bytes, escapes decoded) */
  GP_N_FSTRING, /* parts: GP_N_STR literals and GP_N_FVALUE */
  GP_N_FVALUE,  /* a = expr, conversion ('r', 's' or 0), b = spec (FSTRING) or NULL */
  GP_N_NONE,
  GP_N_TRUE,
  GP_N_FALSE,
  GP_N_ELLIPSIS,
  GP_N_LIST,      /* elts */
  GP_N_TUPLE,     /* elts */
  GP_N_DICT,      /* keys, values */
  GP_N_SET,       /* elts */
  GP_N_BINOP,     /* op (GpBinOp), a, b */
  GP_N_UNARY,     /* op (GpUnOp) or GP_N_NOT_OP, a */
  GP_N_BOOLOP,    /* op: GP_N_AND / GP_N_OR, elts (>= 2 operands) */
  GP_N_COMPARE,   /* a, cmp_ops[n], elts (comparators, n = elts.n) */
  GP_N_CALL,      /* a = func, elts = positional args (GP_N_STARRED for *x), kwnames[kw.n],
                  ** kw (kwnames[i] NULL: kw[i] is a GP_N_STARRED **x) */
  GP_N_ATTR,      /* a . name */
  GP_N_SUBSCRIPT, /* a [ b ] */
  GP_N_SLICE,     /* a:b:c, each may be NULL (only inside SUBSCRIPT) */
  GP_N_IFEXP,     /* b if a else c */
  GP_N_LISTCOMP,  /* a = element, comps = GP_N_COMPFOR list; op 1: a set,
                  ** op 2: a dict (a = key, b = value) */
  GP_N_COMPFOR,   /* a = target, b = iter, elts = ifs; op 1: async for */
  GP_N_LAMBDA,    /* parameters as GP_N_DEF, a = body expr */
  GP_N_STARRED,   /* *a (op 1) in calls, displays, targets; **a (op 2) in calls, dicts */
  GP_N_YIELD,     /* yield a (a may be NULL); op 1: yield from a */
  GP_N_GENEXP,    /* (a for ...): as GP_N_LISTCOMP */
  GP_N_NAMEDEXPR, /* a := b (a a GP_N_NAME); op 1: in parentheses */
  GP_N_AWAIT,     /* await a (only in an async def) */

  /* statements */
  GP_N_EXPR,      /* a */
  GP_N_ASSIGN,    /* elts = targets (a = b = v), a = value */
  GP_N_AUGASSIGN, /* a = target, op (GpBinOp), b = value */
  GP_N_IF,        /* a = test, body, orelse */
  GP_N_WHILE,     /* a = test, body, orelse */
  GP_N_FOR,       /* a = target, b = iter, body, orelse; op 1: async for */
  GP_N_BREAK,
  GP_N_CONTINUE,
  GP_N_PASS,
  GP_N_RETURN,     /* a or NULL */
  GP_N_GLOBAL,     /* names[n] */
  GP_N_NONLOCAL,   /* names[n] (level 2) */
  GP_N_DEL,        /* elts = targets */
  GP_N_ASSERT,     /* a = test, b = message or NULL */
  GP_N_DEF,        /* name, params[n] (positional, then nkwonly keyword-only), defaults
                   ** (for the last defaults.n positional ones), kwdefaults (one per
                   ** keyword-only parameter, NULL = required), vararg, kwarg (NULL
                   ** if absent), decos, body, c = the annotations as a GP_N_DICT
                   ** display keyed by name and 'return' (NULL: none); op 1: async def */
  GP_N_CLASS,      /* name, elts = bases, kw/kwnames = keywords, decos, body */
  GP_N_TRY,        /* body, handlers (GP_N_HANDLER), orelse, finalbody */
  GP_N_HANDLER,    /* a = type expr or NULL, name (as) or NULL, body */
  GP_N_RAISE,      /* a = exception or NULL (re-raise), b = cause or NULL */
  GP_N_IMPORT,     /* names[n] (dotted not supported), asnames[n] (NULL = same) */
  GP_N_FROMIMPORT, /* name = module, names[n], asnames[n] */
  GP_N_WITH,       /* a = context expr, b = target or NULL, body; op 1: async with */
  GP_N_MATCH,      /* a = subject, body = GP_N_CASE list */
  GP_N_CASE,       /* a = pattern (GP_N_PATTERN), b = guard or NULL, body */
  GP_N_PATTERN,    /* op (GpPatKind), see there */
  GP_N_MODULE      /* body; op 1: eval()'s input, a GP_N_RETURN of the expression */
} GpNodeKind;

/* Pattern kinds (GP_N_PATTERN's op). */
typedef enum {
  GP_PAT_VALUE,     /* a = literal or dotted-name expression, compared with == */
  GP_PAT_SINGLETON, /* a = None, True or False, compared with `is` */
  GP_PAT_CAPTURE,   /* name (NULL: the wildcard _) */
  GP_PAT_STAR,      /* *name in a sequence pattern (name NULL: *_) */
  GP_PAT_SEQ,       /* elts (at most one GP_PAT_STAR) */
  GP_PAT_MAP,       /* elts = key expressions, kw = their patterns, name = **rest or NULL */
  GP_PAT_CLASS,     /* a = class expression, elts = positional, names[n] + kw = keyword */
  GP_PAT_OR,        /* elts = alternatives */
  GP_PAT_AS         /* a = pattern, name */
} GpPatKind;

enum { GP_N_NOT_OP = 100, GP_N_AND = 101, GP_N_OR = 102 };

/* Comparison operators beyond GpCmpOp (gp.h): */
enum { GP_CMP_IN = 10, GP_CMP_NOTIN, GP_CMP_IS, GP_CMP_ISNOT };

struct GpNode {
  GpNodeKind kind;
  int line, col;         /* 1-based line, 0-based byte column of the first token */
  int end_line, end_col; /* just after the last token (0: unknown), as CPython's AST */
  int op;
  int conversion;
  GpNode *a, *b, *c;
  GpNodeList elts, body, orelse, finalbody, handlers, kw, comps, defaults, kwdefaults, decos;
  const char *name;
  const char **names, **asnames, **kwnames, **params;
  int n;        /* count for names/asnames/params/cmp_ops */
  int nkwonly;  /* GP_N_DEF / GP_N_LAMBDA: the last nkwonly of params */
  int nposonly; /* GP_N_DEF / GP_N_LAMBDA: the first nposonly of params (before '/') */
  const char *vararg, *kwarg;
  int *cmp_ops; /* GpCmpOp or GP_CMP_IN... */
  int64_t ival;
  const char *big_digits; /* decimal digits of an int literal > int64 */
  double fval;
  const char *str;
  size_t str_len;
};

/* Syntax errors: kind names the exception (SyntaxError, IndentationError,
** TabError); line/col locate it; text is the source line (no newline). */
typedef struct GpSyntaxError {
  const char *kind;
  char msg[256];
  int line, col; /* col 1-based like CPython's caret offset */
  char text[512];
} GpSyntaxError;

/* Parses a module. NULL on error with *err filled. The tree lives in arena.
** Never recurses deeper than GP_MAX_NEST levels: deeper input is a
** SyntaxError ("too many nested parentheses" / "too many statically nested
** blocks"), not a stack overflow. */
#define GP_MAX_NEST 200
GpNode *gp_parse(GpArena *arena, const char *src, size_t len, const char *filename,
                 GpSyntaxError *err);
/* Parses eval()'s input: one expression list (op 1, see GP_N_MODULE). */
GpNode *gp_parse_eval(GpArena *arena, const char *src, size_t len, const char *filename,
                      GpSyntaxError *err);

#endif
