/*
** parse.c — recursive-descent parser: tokens (lex.c) to the AST of ast.h.
** Error messages and locations follow CPython 3.11 for the common cases.
** Recursion is bounded: brackets by the lexer (GP_MAX_NEST), blocks by the
** indentation limit, everything else by an explicit depth counter; long
** chains (elif, a + b + c, a or b or c) are built by loops.
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "gp.h"
#include "lex.h"

#define PARSE_MAX_DEPTH (2 * GP_MAX_NEST)
/* Loops build long chains (a + b + ..., a[0][0]..., elif ...) without
** recursing, but the compiler walks trees recursively: bound their depth. */
#define PARSE_MAX_TREE 3000

/* State shared by a parser and the sub-parsers of f-string expressions. */
typedef struct PState {
  GpArena *A;
  const char *src0, *srcend;
  GpSyntaxError *err;
  bool failed;
  bool has_sem; /* a "compile-time" error (break outside loop...): reported
                   only if the whole file parses, as CPython's compiler does */
  GpSyntaxError sem;
  int depth;
  int quiet;    /* > 0 while parsing speculatively: errors are not recorded */
  int far_line; /* line of the furthest token looked at, speculation included */
} PState;

typedef struct Parser {
  PState *st;
  GpLexed lx;
  GpToken *t;   /* current token */
  GpToken *far; /* furthest token looked at: where "invalid syntax" points */
  bool fstr;    /* inside an f-string: messages get the "f-string: " prefix */
  int brackets, infunc, inloop, blocks;
  /* class/module annotations: whether the body has one, and the
  ** __annotations__[name] = ann store an annotated statement adds */
  bool annotated;
  GpNode *ann_store;
  bool str_annotations;  /* from __future__ import annotations: kept as their text */
  bool inasync;          /* the innermost function is an `async def` */
  const char *classname; /* the innermost class body's, for private names */
} Parser;

typedef struct Vec {
  GpNode **items;
  int n, cap;
} Vec;

typedef struct NameVec {
  const char **items;
  int n, cap;
} NameVec;

static GpNode *p_expr(Parser *p);
static GpNode *p_lambda(Parser *p);
static GpNode *p_genexp(Parser *p, GpNode *elt, const GpToken *open);
static GpNode *p_disjunction(Parser *p);
static GpNode *p_binary(Parser *p, int minprec);
static GpNode *p_factor(Parser *p);
static GpNode *p_primary(Parser *p);
static GpNode *p_star_exprs(Parser *p);
static bool p_statement(Parser *p, Vec *out);
static bool p_fstr_parts(Parser *p, GpToken *t, const char **sp, const char *e, bool raw, int rec,
                         Vec *parts);

/* ------------------------------------------------------------- vectors */

static void *p_grow(GpArena *A, void *items, int n, int *cap, size_t sz) {
  if (n < *cap) return items;
  int ncap = *cap ? *cap * 2 : 4;
  void *ni = gp_arena_alloc(A, (size_t)ncap * sz);
  if (n) memcpy(ni, items, (size_t)n * sz);
  *cap = ncap;
  return ni;
}

static void vec_push(Parser *p, Vec *v, GpNode *n) {
  v->items = p_grow(p->st->A, v->items, v->n, &v->cap, sizeof *v->items);
  v->items[v->n++] = n;
}

static void names_push(Parser *p, NameVec *v, const char *s) {
  v->items = p_grow(p->st->A, (void *)v->items, v->n, &v->cap, sizeof *v->items);
  v->items[v->n++] = s;
}

static GpNodeList vec_list(Vec *v) {
  return (GpNodeList){v->items, v->n};
}

/* -------------------------------------------------------------- tokens */

static int tk(Parser *p) {
  return p->t->type;
}

static void p_saw(Parser *p, GpToken *t) {
  if (t > p->far && !p->st->quiet) p->far = t;
  if (t->line > p->st->far_line) p->st->far_line = t->line;
}

static int tk_peek(Parser *p) {
  if (p->t->type == TK_ENDMARKER || p->t->type == TK_ERROR) return p->t->type;
  p_saw(p, p->t + 1);
  return p->t[1].type;
}

static GpToken *p_next(Parser *p) {
  GpToken *t = p->t;
  if (t->type != TK_ENDMARKER && t->type != TK_ERROR) p_saw(p, ++p->t);
  return t;
}
static bool p_accept(Parser *p, int type) {
  if (tk(p) != type) return false;
  p_next(p);
  return true;
}

/* -------------------------------------------------------------- errors */

static void p_verr(Parser *p, GpSyntaxError *err, const char *kind, int line, int bcol,
                   const char *fmt, va_list ap) {
  char msg[256];
  vsnprintf(msg, sizeof msg, fmt, ap);
  gp_lex_seterr(err, kind, p->st->src0, p->st->srcend, line, bcol, "%s%s",
                p->fstr ? "f-string: " : "", msg);
}

/* Records the first error and makes every caller unwind (returns NULL). */
static void *p_err_at(Parser *p, const char *kind, int line, int bcol, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static void *p_err_at(Parser *p, const char *kind, int line, int bcol, const char *fmt, ...) {
  if (p->st->failed) return NULL;
  p->st->failed = true;
  if (p->st->quiet) return NULL;
  va_list ap;
  va_start(ap, fmt);
  p_verr(p, p->st->err, kind, line, bcol, fmt, ap);
  va_end(ap);
  return NULL;
}

/* A tokenizer error the parser has reached becomes the error. */
static void *p_lexerr(Parser *p) {
  if (p->st->failed) return NULL;
  p->st->failed = true;
  if (p->st->quiet) return NULL;
  *p->st->err = p->lx.err;
  if (p->fstr) {
    char msg[sizeof p->st->err->msg];
    snprintf(msg, sizeof msg, "f-string: %.240s", p->lx.err.msg);
    memcpy(p->st->err->msg, msg, sizeof msg);
  }
  return NULL;
}

#define P_ERR_TOK(p, t, ...) p_err_at(p, "SyntaxError", (t)->line, (t)->col, __VA_ARGS__)
#define P_ERR_NODE(p, n, ...) p_err_at(p, "SyntaxError", (n)->line, (n)->col, __VA_ARGS__)

/* Errors of the compiler stage in CPython: kept aside, the first one wins. */
static void p_sem(Parser *p, int line, int bcol, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void p_sem(Parser *p, int line, int bcol, const char *fmt, ...) {
  if (p->st->has_sem || p->st->quiet) return;
  va_list ap;
  va_start(ap, fmt);
  p_verr(p, &p->st->sem, "SyntaxError", line, bcol, fmt, ap);
  va_end(ap);
  p->st->has_sem = true;
}

/* The generic error: at the furthest token looked at, as CPython's. */
static void *p_syntax(Parser *p) {
  GpToken *t = p->t;
  if (t->type == TK_ERROR) return p_lexerr(p);
  if (t->type == TK_INDENT)
    return p_err_at(p, "IndentationError", t->line, t->col, "unexpected indent");
  if (t->type == TK_DEDENT)
    return p_err_at(p, "IndentationError", t->line, t->col, "unexpected unindent");
  if (p->far > t && p->far->type != TK_ERROR) t = p->far;
  return P_ERR_TOK(p, t, "invalid syntax");
}

/* Runs f without recording errors and rewinds: whether it parsed, and the
** token type after it. It still counts for far_line, as CPython's second
** pass does for its unclosed-bracket check. */
static bool p_speculate(Parser *p, GpNode *(*f)(Parser *), int *next) {
  PState *st = p->st;
  GpToken *t = p->t;
  int depth = st->depth, brackets = p->brackets;
  st->quiet++;
  bool ok = f(p) != NULL;
  *next = tk(p);
  st->quiet--;
  st->failed = false;
  st->depth = depth;
  p->t = t;
  p->brackets = brackets;
  return ok;
}

static void *p_unsupported(Parser *p, const GpToken *t, const char *what, bool plural) {
  return P_ERR_TOK(p, t, "%s %s not supported by gilpy", what, plural ? "are" : "is");
}

static bool tk_starts_expr(int type) {
  switch (type) {
  case TK_NAME:
  case TK_NUMBER:
  case TK_STRING:
  case TK_LPAR:
  case TK_LSQB:
  case TK_LBRACE:
  case TK_MINUS:
  case TK_PLUS:
  case TK_TILDE:
  case TK_NOT:
  case TK_NONE:
  case TK_TRUE:
  case TK_FALSE:
  case TK_LAMBDA:
  case TK_AWAIT:
  case TK_ELLIPSIS:
    return true;
  default:
    return false;
  }
}

/* Expected a ',' or a closing bracket after `prev`: inside brackets, another
** expression there is most likely a missing comma (CPython's hint). */
static void *p_named_eq(Parser *p, GpNode *e);

static void *p_expected(Parser *p, GpNode *prev) {
  int next;
  if (prev != NULL && tk(p) == TK_EQUAL && p->brackets > 0) return p_named_eq(p, prev);
  if (prev != NULL && tk_starts_expr(tk(p)) &&
      !(prev->kind == GP_N_NAME && (tk(p) == TK_STRING || strcmp(prev->name, "print") == 0 ||
                                    strcmp(prev->name, "exec") == 0)) &&
      p_speculate(p, p_expr, &next) && p->brackets > 0)
    return P_ERR_NODE(p, prev, "invalid syntax. Perhaps you forgot a comma?");
  return p_syntax(p);
}

static GpNode *p_bitor(Parser *p) {
  return p_binary(p, 1);
}

static bool p_eq_hint(const GpNode *bad);
static const char *p_expr_name(const GpNode *e);

/* `target = value` where an expression is expected: CPython's hints when
** the value parses and is not itself followed by '='. */
static void *p_named_eq(Parser *p, GpNode *e) {
  int next;
  GpToken *eq = p_next(p);
  bool hint = p_speculate(p, p_bitor, &next) && next != TK_EQUAL && next != TK_WALRUS;
  p->t = eq;
  if (hint && e->kind == GP_N_NAME)
    return P_ERR_NODE(p, e, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  if (hint && p_eq_hint(e) && e->kind != GP_N_ATTR && e->kind != GP_N_SUBSCRIPT)
    return P_ERR_NODE(p, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                      p_expr_name(e));
  return p_syntax(p);
}

static bool p_expect(Parser *p, int type) {
  if (p_accept(p, type)) return true;
  p_syntax(p);
  return false;
}

/* A compound statement's ':'. "expected ':'" when the line just ends, or
** for the headers where CPython's grammar forces the ':' (def, for, try,
** else, finally). */
static bool p_colon(Parser *p, bool forced) {
  if (p_accept(p, TK_COLON)) return true;
  if (tk(p) == TK_NEWLINE || (forced && tk(p) != TK_ERROR))
    P_ERR_TOK(p, p->t, "expected ':'");
  else
    p_syntax(p);
  return false;
}

static bool p_enter(Parser *p) {
  if (++p->st->depth > PARSE_MAX_DEPTH) {
    P_ERR_TOK(p, p->t, "too many nested parentheses");
    return false;
  }
  return true;
}
static void p_leave(Parser *p) {
  p->st->depth--;
}

/* --------------------------------------------------------------- nodes */

static GpNode *p_node(Parser *p, GpNodeKind kind, const GpToken *t) {
  GpNode *n = gp_arena_alloc(p->st->A, sizeof *n);
  n->kind = kind;
  n->line = t->line;
  n->col = t->col;
  return n;
}

static GpNode *p_node_at(Parser *p, GpNodeKind kind, const GpNode *at) {
  GpNode *n = gp_arena_alloc(p->st->A, sizeof *n);
  n->kind = kind;
  n->line = at->line;
  n->col = at->col;
  return n;
}

/* n ends where the token before the current one ends, unless already set:
** a parenthesized expression keeps its own end, without the ')'. */
static GpNode *p_end(Parser *p, GpNode *n) {
  if (n && !n->end_line) {
    n->end_line = p->t[-1].end_line;
    n->end_col = p->t[-1].end_col;
  }
  return n;
}

/* A compound statement ends where its last statement does. */
static GpNode *p_end_block(GpNode *n) {
  const GpNodeList *ls[] = {&n->finalbody, &n->orelse, &n->handlers, &n->body};
  for (size_t i = 0; i < sizeof ls / sizeof *ls; i++) {
    if (ls[i]->n == 0) continue;
    GpNode *last = ls[i]->items[ls[i]->n - 1];
    if (!last->end_line) p_end_block(last);
    n->end_line = last->end_line;
    n->end_col = last->end_col;
    break;
  }
  return n;
}

static const char *p_tokstr(Parser *p, const GpToken *t) {
  return gp_arena_strndup(p->st->A, t->s, t->len);
}

/* CPython's names for expressions in "cannot assign to ..." messages. */
static const char *p_expr_name(const GpNode *e) {
  switch (e->kind) {
  case GP_N_ATTR:
    return "attribute";
  case GP_N_SUBSCRIPT:
    return "subscript";
  case GP_N_STARRED:
    return "starred";
  case GP_N_NAME:
    return "name";
  case GP_N_LIST:
    return "list";
  case GP_N_TUPLE:
    return "tuple";
  case GP_N_LAMBDA:
    return "lambda";
  case GP_N_CALL:
    return "function call";
  case GP_N_BOOLOP:
  case GP_N_BINOP:
  case GP_N_UNARY:
    return "expression";
  case GP_N_LISTCOMP:
    return e->op == 2   ? "dict comprehension"
           : e->op == 1 ? "set comprehension"
                        : "list comprehension";
  case GP_N_SET:
    return "set display";
  case GP_N_GENEXP:
    return "generator expression";
  case GP_N_YIELD:
    return "yield expression";
  case GP_N_DICT:
    return "dict literal";
  case GP_N_FSTRING:
  case GP_N_FVALUE:
    return "f-string expression";
  case GP_N_NONE:
    return "None";
  case GP_N_TRUE:
    return "True";
  case GP_N_FALSE:
    return "False";
  case GP_N_COMPARE:
    return "comparison";
  case GP_N_IFEXP:
    return "conditional expression";
  case GP_N_ELLIPSIS:
    return "ellipsis";
  case GP_N_NAMEDEXPR:
    return "named expression";
  default:
    return "literal";
  }
}

enum { TGT_ASSIGN, TGT_DEL, TGT_FOR };

/* The first sub-expression that cannot be a target, or NULL. */
static GpNode *p_invalid_target(GpNode *e, int ctx) {
  switch (e->kind) {
  case GP_N_NAME:
  case GP_N_ATTR:
  case GP_N_SUBSCRIPT:
    return NULL;
  case GP_N_TUPLE:
  case GP_N_LIST:
    for (int i = 0; i < e->elts.n; i++) {
      GpNode *r = p_invalid_target(e->elts.items[i], ctx);
      if (r) return r;
    }
    return NULL;
  case GP_N_COMPARE:
    if (ctx == TGT_FOR && e->cmp_ops[0] == GP_CMP_IN) return p_invalid_target(e->a, ctx);
    return e;
  case GP_N_STARRED:
    return ctx == TGT_DEL || e->op != 1 ? e : p_invalid_target(e->a, ctx);
  default:
    return e;
  }
}

static bool p_check_target(Parser *p, GpNode *e, int ctx) {
  GpNode *bad = p_invalid_target(e, ctx);
  if (bad == NULL) return true;
  P_ERR_NODE(p, bad, "cannot %s %s", ctx == TGT_DEL ? "delete" : "assign to", p_expr_name(bad));
  return false;
}

/* ------------------------------------------------------------- strings */

static void p_utf8(char **o, uint32_t c) {
  unsigned char *u = (unsigned char *)*o;
  if (c < 0x80) {
    *u++ = (unsigned char)c;
  } else if (c < 0x800) {
    *u++ = (unsigned char)(0xC0 | (c >> 6));
    *u++ = (unsigned char)(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    *u++ = (unsigned char)(0xE0 | (c >> 12));
    *u++ = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
    *u++ = (unsigned char)(0x80 | (c & 0x3F));
  } else {
    *u++ = (unsigned char)(0xF0 | (c >> 18));
    *u++ = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
    *u++ = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
    *u++ = (unsigned char)(0x80 | (c & 0x3F));
  }
  *o = (char *)u;
}

static int p_hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Decodes string-literal text s[0..n) into out (which has room for n bytes:
** no escape expands). Errors are located at token `at` like CPython, which
** reports them after the whole literal has been read. In a bytes literal
** (bytes) \x and octal escapes give one byte and \u, \U, \N are no escapes. */
static bool p_decode_any(Parser *p, const GpToken *at, const char *s, size_t n, bool raw,
                         bool bytes, char *out, size_t *outlen) {
  char *o = out;
  size_t i = 0;
  while (i < n) {
    char c = s[i];
    if (c == '\r') { /* universal newlines */
      *o++ = '\n';
      i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (c != '\\' || raw || i + 1 >= n) {
      *o++ = c;
      i++;
      continue;
    }
    size_t start = i;
    char e = s[i + 1];
    i += 2;
    switch (e) {
    case '\n':
      break;
    case '\r':
      if (i < n && s[i] == '\n') i++;
      break;
    case '\\':
      *o++ = '\\';
      break;
    case '\'':
      *o++ = '\'';
      break;
    case '"':
      *o++ = '"';
      break;
    case 'a':
      *o++ = '\a';
      break;
    case 'b':
      *o++ = '\b';
      break;
    case 'f':
      *o++ = '\f';
      break;
    case 'n':
      *o++ = '\n';
      break;
    case 'r':
      *o++ = '\r';
      break;
    case 't':
      *o++ = '\t';
      break;
    case 'v':
      *o++ = '\v';
      break;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
      uint32_t v = (uint32_t)(e - '0');
      for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++)
        v = v * 8 + (uint32_t)(s[i++] - '0');
      if (bytes)
        *o++ = (char)(v & 0xFF);
      else
        p_utf8(&o, v);
      break;
    }
    case 'u':
    case 'U':
    case 'N':
      if (bytes) {
        *o++ = '\\';
        i--;
        break;
      }
      if (e == 'N') {
        p_unsupported(p, at, "\\N{...} escapes", true);
        return false;
      }
      /* fall through */
    case 'x': {
      if (bytes) {
        int hi = i < n ? p_hexval(s[i]) : -1, lo = i + 1 < n ? p_hexval(s[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
          P_ERR_TOK(p, at, "(value error) invalid \\x escape at position %zu", start);
          return false;
        }
        *o++ = (char)(hi * 16 + lo);
        i += 2;
        break;
      }
      int nd = e == 'x' ? 2 : e == 'u' ? 4 : 8, k = 0;
      uint32_t v = 0;
      for (; k < nd && i < n && p_hexval(s[i]) >= 0; k++)
        v = v * 16 + (uint32_t)p_hexval(s[i++]);
      const char *what = e == 'x'   ? "truncated \\xXX escape"
                         : e == 'u' ? "truncated \\uXXXX escape"
                                    : "truncated \\UXXXXXXXX escape";
      if (k < nd || v > 0x10FFFF) {
        P_ERR_TOK(p, at,
                  "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: "
                  "%s",
                  start, k < nd ? i - 1 : i - 1, k < nd ? what : "illegal Unicode character");
        return false;
      }
      if (v >= 0xD800 && v <= 0xDFFF) {
        p_unsupported(p, at, "lone surrogates", true);
        return false;
      }
      p_utf8(&o, v);
      break;
    }
    default: /* unknown escapes stay as they are */
      *o++ = '\\';
      i--;
      break;
    }
  }
  *outlen = (size_t)(o - out);
  return true;
}

static bool p_decode(Parser *p, const GpToken *at, const char *s, size_t n, bool raw, char *out,
                     size_t *outlen) {
  return p_decode_any(p, at, s, n, raw, false, out, outlen);
}

/* Adjacent bytes literals first..last as one GP_N_BYTES node. */
static GpNode *p_bytes(Parser *p, GpToken *first, GpToken *last, size_t total) {
  GpNode *r = p_node(p, GP_N_BYTES, first);
  char *buf = gp_arena_alloc(p->st->A, total + 1), *o = buf;
  for (GpToken *t = first; t <= last; t++) {
    size_t qn = t->flags & GP_STR_TRIPLE ? 3 : 1, n = t->len - t->plen - 2 * qn;
    const char *s = t->s + t->plen + qn;
    for (size_t i = 0; i < n; i++)
      if ((unsigned char)s[i] >= 0x80)
        return P_ERR_TOK(p, t, "bytes can only contain ASCII literal characters");
    if (!p_decode_any(p, p->t, s, n, t->flags & GP_STR_RAW, true, o, &n)) return NULL;
    o += n;
  }
  r->str = buf;
  r->str_len = (size_t)(o - buf);
  return r;
}

static GpNode *p_str_part(Parser *p, const GpToken *at, const char *s, size_t n, bool raw,
                          const GpToken *pos) {
  GpNode *r = p_node(p, GP_N_STR, pos);
  char *buf = gp_arena_alloc(p->st->A, n + 1);
  if (!p_decode(p, at, s, n, raw, buf, &r->str_len)) return NULL;
  r->str = buf;
  return r;
}

/* Line and column of position q inside the (possibly multi-line) token t. */
static void p_tokpos(const GpToken *t, const char *q, int *line, int *col) {
  int l = t->line;
  const char *bol = t->s - t->col;
  for (const char *x = t->s; x < q; x++) {
    if (*x == '\n' || (*x == '\r' && x[1] != '\n')) {
      l++;
      bol = x + 1;
    }
  }
  *line = l;
  *col = (int)(q - bol);
}

/* Parses the expression src[s..e) of a replacement field with a parser of
** its own, positioned in the real source so nodes carry true locations. */
static GpNode *p_fexpr(Parser *p, GpToken *t, const char *s, const char *e) {
  int line, col;
  p_tokpos(t, s, &line, &col);
  Parser sub = {.st = p->st, .fstr = true, .brackets = 1, .infunc = p->infunc, .inloop = p->inloop};
  gp_lex_fexpr(p->st->src0, p->st->srcend, s, e, line, col, p->st->A, &sub.lx);
  sub.t = sub.far = sub.lx.toks;
  GpNode *r = NULL;
  if (sub.lx.errkind == GP_LEXERR_HARD) {
    p_lexerr(&sub);
  } else {
    r = p_star_exprs(&sub);
    if (r && tk(&sub) != TK_ENDMARKER) r = p_expected(&sub, r);
  }
  gp_lex_free(&sub.lx);
  return r;
}

/* Error raised while scanning an f-string: CPython reports those at the
** token that follows the literal (`after`). */
#define P_FERR(p, ...) p_err_at(p, "SyntaxError", (p)->t->line, (p)->t->col, __VA_ARGS__)

static bool p_isspace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Finds the end of a replacement field's expression (CPython 3.11's
** fstring_find_expr): quotes, brackets, and the !, :, = that end it. */
static const char *p_fexpr_end(Parser *p, const char *s, const char *e) {
  char stack[GP_MAX_NEST], quote = 0;
  int depth = 0, qn = 0;
  while (s < e) {
    char ch = *s;
    if (ch == '\\') return P_FERR(p, "f-string expression part cannot include a backslash");
    if (quote) {
      if (ch == quote && (qn == 1 || (e - s >= 3 && s[1] == ch && s[2] == ch))) {
        s += qn;
        quote = 0;
      } else {
        s++;
      }
      continue;
    }
    if (ch == '\'' || ch == '"') {
      qn = e - s >= 3 && s[1] == ch && s[2] == ch ? 3 : 1;
      quote = ch;
      s += qn;
      continue;
    }
    if (ch == '[' || ch == '(' || ch == '{') {
      if (depth >= GP_MAX_NEST) return P_FERR(p, "too many nested parenthesis");
      stack[depth++] = ch;
    } else if (ch == '#') {
      return P_FERR(p, "f-string expression part cannot include '#'");
    } else if (depth == 0 && strchr("!:}=<>", ch)) {
      if (s + 1 < e && s[1] == '=' && strchr("!=<>", ch)) {
        s += 2;
        continue;
      }
      if (ch != '<' && ch != '>') break;
    } else if (ch == ']' || ch == ')' || ch == '}') {
      if (depth == 0) return P_FERR(p, "f-string: unmatched '%c'", ch);
      char open = stack[--depth];
      if ((open == '(' && ch != ')') || (open == '[' && ch != ']') || (open == '{' && ch != '}'))
        return P_FERR(p,
                      "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                      ch, open);
    }
    s++;
  }
  if (quote) return P_FERR(p, "f-string: unterminated string");
  if (depth) return P_FERR(p, "f-string: unmatched '%c'", stack[depth - 1]);
  if (s >= e) return P_FERR(p, "f-string: expecting '}'");
  return s;
}

/* One replacement field; *sp is just past its '{'. */
static bool p_fstr_field(Parser *p, GpToken *t, const char **sp, const char *e, bool raw, int rec,
                         Vec *parts) {
  if (rec >= 2) return P_FERR(p, "f-string: expressions nested too deeply");
  const char *s = *sp, *x = p_fexpr_end(p, s, e);
  if (x == NULL) return false;
  const char *q = s;
  while (q < x && p_isspace(*q))
    q++;
  if (q == x) return P_FERR(p, "f-string: empty expression not allowed");
  GpNode *fv = p_node(p, GP_N_FVALUE, t);
  if ((fv->a = p_fexpr(p, t, s, x)) == NULL) return false;
  GpNode *doc = NULL;
  if (*x == '=') {
    for (x++; x < e && p_isspace(*x); x++) {
    }
    doc = p_node(p, GP_N_STR, t);
    doc->str = gp_arena_strndup(p->st->A, s, (size_t)(x - s));
    doc->str_len = (size_t)(x - s);
  }
  if (x < e && *x == '!') {
    if (++x >= e) return P_FERR(p, "f-string: expecting '}'");
    char c = *x++;
    if (c == 'a') return p_unsupported(p, p->t, "'!a' conversion", false);
    if (c != 'r' && c != 's')
      return P_FERR(p, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    fv->conversion = c;
  }
  if (x < e && *x == ':') {
    x++;
    GpNode *spec = p_node(p, GP_N_FSTRING, t);
    Vec sv = {0};
    if (!p_fstr_parts(p, t, &x, e, raw, rec + 1, &sv)) return false;
    spec->elts = vec_list(&sv);
    fv->b = spec;
  }
  if (x >= e || *x != '}') return P_FERR(p, "f-string: expecting '}'");
  *sp = x + 1;
  if (doc) {
    vec_push(p, parts, doc);
    if (fv->conversion == 0 && fv->b == NULL) fv->conversion = 'r';
  }
  vec_push(p, parts, fv);
  return true;
}

/* Literal text and fields of an f-string body up to e, or (in a format
** spec, rec > 0) up to the '}' that closes the field. */
static bool p_fstr_parts(Parser *p, GpToken *t, const char **sp, const char *e, bool raw, int rec,
                         Vec *parts) {
  const char *s = *sp;
  while (s < e) {
    const char *lit = s, *litend;
    bool brace = false;
    for (;;) {
      if (s >= e) {
        litend = s;
        break;
      }
      char ch = *s++;
      if (!raw && ch == '\\' && s < e) ch = *s++;
      if (ch != '{' && ch != '}') continue;
      if (rec == 0 && s < e && *s == ch) { /* doubled brace: keep one */
        litend = s;
        s++;
        break;
      }
      if (rec == 0 && ch == '}') return P_FERR(p, "f-string: single '}' is not allowed");
      litend = --s;
      brace = true;
      break;
    }
    if (litend > lit) {
      GpNode *str = p_str_part(p, p->t, lit, (size_t)(litend - lit), raw, t);
      if (str == NULL) return false;
      vec_push(p, parts, str);
    }
    if (!brace) continue;
    if (*s == '}') break; /* end of a format spec */
    s++;
    if (!p_fstr_field(p, t, &s, e, raw, rec, parts)) return false;
  }
  *sp = s;
  return true;
}

/* Merges adjacent literal parts of an f-string and drops empty ones. */
static GpNodeList p_fstr_merge(Parser *p, Vec *v) {
  Vec out = {0};
  for (int i = 0; i < v->n; i++) {
    GpNode *n = v->items[i];
    if (n->kind == GP_N_STR && n->str_len == 0) continue;
    GpNode *last = out.n ? out.items[out.n - 1] : NULL;
    if (n->kind == GP_N_STR && last && last->kind == GP_N_STR) {
      char *buf = gp_arena_alloc(p->st->A, last->str_len + n->str_len + 1);
      memcpy(buf, last->str, last->str_len);
      memcpy(buf + last->str_len, n->str, n->str_len);
      GpNode *m = p_node_at(p, GP_N_STR, last);
      m->str = buf;
      m->str_len = last->str_len + n->str_len;
      out.items[out.n - 1] = m;
    } else {
      vec_push(p, &out, n);
    }
  }
  return vec_list(&out);
}

/* Adjacent literals concatenate; any f-string makes the whole an FSTRING. */
static GpNode *p_strings(Parser *p) {
  GpToken *first = p->t, *last = p->t;
  int flags = 0, all = ~0;
  size_t total = 0;
  for (GpToken *t = first; t->type == TK_STRING; t++) {
    flags |= t->flags;
    all &= t->flags;
    total += t->len;
    last = t;
  }
  p->t = last + 1;
  if (flags & GP_STR_BYTES) {
    if (!(all & GP_STR_BYTES)) return P_ERR_TOK(p, first, "cannot mix bytes and nonbytes literals");
    return p_bytes(p, first, last, total);
  }
  if (!(flags & GP_STR_F)) {
    GpNode *r = p_node(p, GP_N_STR, first);
    char *buf = gp_arena_alloc(p->st->A, total + 1), *o = buf;
    for (GpToken *t = first; t <= last; t++) {
      size_t qn = t->flags & GP_STR_TRIPLE ? 3 : 1, n;
      const char *s = t->s + t->plen + qn;
      if (!p_decode(p, p->t, s, t->len - t->plen - 2 * qn, t->flags & GP_STR_RAW, o, &n))
        return NULL;
      o += n;
    }
    r->str = buf;
    r->str_len = (size_t)(o - buf);
    return r;
  }
  Vec parts = {0};
  for (GpToken *t = first; t <= last; t++) {
    size_t qn = t->flags & GP_STR_TRIPLE ? 3 : 1;
    const char *s = t->s + t->plen + qn, *e = t->s + t->len - qn;
    bool raw = t->flags & GP_STR_RAW;
    if (t->flags & GP_STR_F) {
      if (!p_fstr_parts(p, t, &s, e, raw, 0, &parts)) return NULL;
    } else {
      GpNode *str = p_str_part(p, p->t, s, (size_t)(e - s), raw, t);
      if (str == NULL) return NULL;
      vec_push(p, &parts, str);
    }
  }
  GpNode *r = p_node(p, GP_N_FSTRING, first);
  r->elts = p_fstr_merge(p, &parts);
  return r;
}

/* ------------------------------------------------------------- numbers */

static GpNode *p_number(Parser *p) {
  GpToken *t = p_next(p);
  char *buf = gp_arena_alloc(p->st->A, t->len + 1);
  size_t n = 0;
  for (size_t i = 0; i < t->len; i++)
    if (t->s[i] != '_') buf[n++] = t->s[i];
  buf[n] = '\0';
  if (t->flags == GP_NUM_FLOAT || t->flags == GP_NUM_IMAG) {
    GpNode *r = p_node(p, GP_N_FLOAT, t);
    r->fval = strtod(buf, NULL);     /* stops at an imaginary literal's j */
    r->op = t->flags == GP_NUM_IMAG; /* 1j: the constant complex(0, fval) */
    return r;
  }
  GpNode *r = p_node(p, GP_N_INT, t);
  int base = 10;
  const char *d = buf;
  if (n > 1 && buf[0] == '0' && strchr("xXoObB", buf[1])) {
    base = (buf[1] | 0x20) == 'x' ? 16 : (buf[1] | 0x20) == 'o' ? 8 : 2;
    d += 2;
  }
  uint64_t v = 0;
  for (const char *x = d; *x; x++) {
    uint64_t dv = (uint64_t)p_hexval(*x);
    if (v > (UINT64_C(0x7FFFFFFFFFFFFFFF) - dv) / (uint64_t)base) {
      r->big_digits = d;
      r->op = base;
      return r;
    }
    v = v * (uint64_t)base + dv;
  }
  r->ival = (int64_t)v;
  return r;
}

/* --------------------------------------------------------- expressions */

/* name := value after e (the current token is ':='): CPython's named
** expression, which only a name may be the target of: not one in
** parentheses, (x) := 1, which ends in the token before ':='. */
static GpNode *p_walrus(Parser *p, GpNode *e) {
  if (e->kind != GP_N_NAME || p->t[-1].type == TK_RPAR)
    return P_ERR_NODE(p, e, "cannot use assignment expressions with %s", p_expr_name(e));
  GpNode *r = p_node_at(p, GP_N_NAMEDEXPR, e);
  p_next(p);
  r->a = e;
  return p_end(p, (r->b = p_expr(p)) ? r : NULL);
}

/* An expression where CPython takes a named expression. */
static GpNode *p_named(Parser *p) {
  GpNode *e = p_expr(p);
  return e && tk(p) == TK_WALRUS ? p_walrus(p, e) : e;
}

static GpNode *p_subscript_item(Parser *p) {
  GpToken *t = p->t;
  GpNode *lo = NULL;
  if (tk(p) == TK_STAR) return p_unsupported(p, t, "starred expressions", true);
  if (tk(p) != TK_COLON) {
    lo = p_named(p);
    if (lo == NULL || tk(p) != TK_COLON) return lo;
    if (lo->kind == GP_N_NAMEDEXPR) return p_syntax(p); /* not a slice's bound */
  }
  GpNode *s = p_node(p, GP_N_SLICE, t);
  s->a = lo;
  p_next(p);
  if (tk(p) != TK_COLON && tk(p) != TK_COMMA && tk(p) != TK_RSQB) {
    if ((s->b = p_expr(p)) == NULL) return NULL;
  }
  if (p_accept(p, TK_COLON) && tk(p) != TK_COMMA && tk(p) != TK_RSQB) {
    if ((s->c = p_expr(p)) == NULL) return NULL;
  }
  return p_end(p, s);
}

static GpNode *p_subscript(Parser *p, GpNode *v, const GpToken *t0) {
  p_next(p);
  p->brackets++;
  GpNode *r = p_node(p, GP_N_SUBSCRIPT, t0);
  r->a = v;
  GpToken *ft = p->t;
  GpNode *first = p_subscript_item(p);
  if (first == NULL) return NULL;
  if (tk(p) == TK_COMMA) {
    GpNode *tup = p_node(p, GP_N_TUPLE, ft);
    Vec elts = {0};
    vec_push(p, &elts, first);
    while (p_accept(p, TK_COMMA) && tk(p) != TK_RSQB) {
      GpNode *it = p_subscript_item(p);
      if (it == NULL) return NULL;
      vec_push(p, &elts, it);
    }
    tup->elts = vec_list(&elts);
    first = p_end(p, tup);
  }
  r->b = first;
  if (tk(p) != TK_RSQB) return p_expected(p, first);
  p_next(p);
  p->brackets--;
  return r;
}

static GpNode *p_call(Parser *p, GpNode *f, const GpToken *t0) {
  p_next(p);
  p->brackets++;
  GpNode *r = p_node(p, GP_N_CALL, t0);
  r->a = f;
  Vec args = {0}, kw = {0};
  NameVec kwn = {0};
  GpNode *prev = NULL;
  bool misplaced = false, dstar = false;
  while (tk(p) != TK_RPAR) {
    GpToken *t = p->t;
    if (tk(p) == TK_STAR || tk(p) == TK_DSTAR) {
      GpNode *st = p_node(p, GP_N_STARRED, t);
      st->op = tk(p) == TK_STAR ? 1 : 2;
      p_next(p);
      if ((st->a = p_expr(p)) == NULL) return NULL;
      prev = st;
      if (st->op == 1) {
        if (dstar)
          return P_ERR_NODE(p, st,
                            "iterable argument unpacking follows keyword argument unpacking");
        vec_push(p, &args, st);
      } else {
        dstar = true;
        names_push(p, &kwn, NULL);
        vec_push(p, &kw, st);
      }
    } else if (tk(p) == TK_NAME && tk_peek(p) == TK_EQUAL) {
      const char *name = p_tokstr(p, t);
      p_next(p);
      p_next(p);
      if ((prev = p_expr(p)) == NULL) return NULL;
      for (int i = 0; i < kwn.n; i++)
        if (kwn.items[i] && strcmp(kwn.items[i], name) == 0)
          p_sem(p, t->line, t->col, "keyword argument repeated: %s", name);
      names_push(p, &kwn, name);
      vec_push(p, &kw, prev);
    } else {
      if ((prev = p_named(p)) == NULL) return NULL;
      if (tk(p) == TK_FOR || tk(p) == TK_ASYNC) { /* f(x for x in y): the sole argument */
        if ((prev = p_genexp(p, prev, t)) == NULL) return NULL;
        if (args.n || kw.n || tk(p) != TK_RPAR)
          return P_ERR_NODE(p, prev, "Generator expression must be parenthesized");
      }
      if (tk(p) == TK_EQUAL)
        return P_ERR_NODE(p, prev,
                          "expression cannot contain assignment, perhaps you meant \"==\"?");
      if (kw.n) {
        if (dstar)
          return P_ERR_NODE(p, prev, "positional argument follows keyword argument unpacking");
        misplaced = true;
      }
      vec_push(p, &args, prev);
    }
    if (!p_accept(p, TK_COMMA)) break;
  }
  if (tk(p) != TK_RPAR) return tk(p) == TK_EQUAL ? p_syntax(p) : p_expected(p, prev);
  if (misplaced) return P_ERR_TOK(p, p->t, "positional argument follows keyword argument");
  p_next(p);
  p->brackets--;
  r->elts = vec_list(&args);
  r->kw = vec_list(&kw);
  r->kwnames = kwn.items;
  r->n = kwn.n;
  return r;
}

/* [elt for ... in ... if ...]: the comprehension clauses after elt. */
static bool p_comp_fors(Parser *p, Vec *comps) {
  while (tk(p) == TK_FOR || tk(p) == TK_ASYNC) {
    bool is_async = p_accept(p, TK_ASYNC); /* the compiler checks the context */
    if (is_async && tk(p) != TK_FOR) return p_syntax(p) != NULL;
    GpNode *c = p_node(p, GP_N_COMPFOR, p_next(p));
    c->op = is_async;
    GpToken *t0 = p->t;
    GpNode *tgt = p_binary(p, 1);
    if (tgt == NULL) return false;
    if (tk(p) == TK_COMMA) {
      GpNode *tup = p_node(p, GP_N_TUPLE, t0);
      Vec elts = {0};
      vec_push(p, &elts, tgt);
      while (p_accept(p, TK_COMMA) && tk(p) != TK_IN) {
        if ((tgt = p_binary(p, 1)) == NULL) return false;
        vec_push(p, &elts, tgt);
      }
      tup->elts = vec_list(&elts);
      tgt = p_end(p, tup);
    }
    if (!p_check_target(p, tgt, TGT_FOR) || !p_expect(p, TK_IN)) return false;
    c->a = tgt;
    if ((c->b = p_disjunction(p)) == NULL) return false;
    Vec ifs = {0};
    while (p_accept(p, TK_IF)) {
      GpNode *cond = p_disjunction(p);
      if (cond == NULL) return false;
      vec_push(p, &ifs, cond);
    }
    c->elts = vec_list(&ifs);
    vec_push(p, comps, c);
  }
  return true;
}

/* A display element: an expression, with starred ones rejected. */
static GpNode *p_starred(Parser *p) {
  GpNode *st = p_node(p, GP_N_STARRED, p_next(p));
  st->op = 1;
  return p_end(p, (st->a = p_binary(p, 1)) ? st : NULL);
}

static GpNode *p_elt(Parser *p) {
  if (tk(p) == TK_STAR) return p_starred(p);
  GpNode *e = p_named(p);
  if (e && e->kind == GP_N_NAME && tk(p) == TK_EQUAL) return p_named_eq(p, e);
  return e;
}

/* Elements after the first of a list or tuple display, up to `close`. */
static GpNode *p_seq_rest(Parser *p, GpNode *r, GpNode *first, int close) {
  Vec elts = {0};
  vec_push(p, &elts, first);
  GpNode *prev = first;
  while (p_accept(p, TK_COMMA) && tk(p) != close) {
    if ((prev = p_elt(p)) == NULL) return NULL;
    vec_push(p, &elts, prev);
  }
  if (tk(p) != close) return p_expected(p, prev);
  p_next(p);
  p->brackets--;
  r->elts = vec_list(&elts);
  return r;
}

/* yield [exprs] | yield from expr (the caller checks the context). */
static GpNode *p_yield(Parser *p) {
  GpToken *t = p_next(p);
  GpNode *r = p_node(p, GP_N_YIELD, t);
  if (!p->infunc) p_sem(p, t->line, t->col, "'yield' outside function");
  if (p_accept(p, TK_FROM)) {
    if (p->inasync) p_sem(p, t->line, t->col, "'yield from' inside async function");
    r->op = 1;
    return p_end(p, (r->a = p_expr(p)) ? r : NULL);
  }
  if (tk_starts_expr(tk(p)) || tk(p) == TK_STAR)
    return p_end(p, (r->a = p_star_exprs(p)) ? r : NULL);
  return p_end(p, r);
}

static GpNode *p_genexp(Parser *p, GpNode *elt, const GpToken *open) {
  GpNode *r = p_node(p, GP_N_GENEXP, open);
  r->a = elt;
  Vec comps = {0};
  if (!p_comp_fors(p, &comps)) return NULL;
  r->comps = vec_list(&comps);
  return p_end(p, r);
}

static GpNode *p_paren(Parser *p) {
  GpToken *open = p_next(p);
  p->brackets++;
  if (p_accept(p, TK_RPAR)) {
    p->brackets--;
    return p_node(p, GP_N_TUPLE, open);
  }
  GpNode *first = tk(p) == TK_YIELD ? p_yield(p) : p_elt(p);
  if (first == NULL) return NULL;
  if (tk(p) == TK_FOR || tk(p) == TK_ASYNC) {
    if ((first = p_genexp(p, first, open)) == NULL) return NULL;
    if (tk(p) != TK_RPAR) return p_syntax(p);
  }
  if (tk(p) == TK_COMMA) return p_seq_rest(p, p_node(p, GP_N_TUPLE, open), first, TK_RPAR);
  if (tk(p) != TK_RPAR) return p_expected(p, first);
  p_next(p);
  p->brackets--;
  if (first->kind == GP_N_NAMEDEXPR) first->op = 1;
  if (first->kind == GP_N_GENEXP) { /* (x for x in y) spans its parentheses */
    first->end_line = 0;
    p_end(p, first);
  }
  return first;
}

static GpNode *p_list(Parser *p) {
  GpToken *open = p_next(p);
  p->brackets++;
  if (p_accept(p, TK_RSQB)) {
    p->brackets--;
    return p_node(p, GP_N_LIST, open);
  }
  GpNode *first = p_elt(p);
  if (first == NULL) return NULL;
  if (tk(p) == TK_FOR || tk(p) == TK_ASYNC) {
    GpNode *r = p_node(p, GP_N_LISTCOMP, open);
    r->a = first;
    Vec comps = {0};
    if (!p_comp_fors(p, &comps)) return NULL;
    r->comps = vec_list(&comps);
    if (tk(p) != TK_RSQB) return p_syntax(p);
    p_next(p);
    p->brackets--;
    return r;
  }
  return p_seq_rest(p, p_node(p, GP_N_LIST, open), first, TK_RSQB);
}

/* The comprehension clauses and '}' of {elt for ...} (op 1) or
** {key: value for ...} (op 2, value in b): a GP_N_LISTCOMP. */
static GpNode *p_brace_comp(Parser *p, GpToken *open, GpNode *elt, GpNode *value) {
  GpNode *r = p_node(p, GP_N_LISTCOMP, open);
  r->a = elt;
  r->b = value;
  r->op = value ? 2 : 1;
  Vec comps = {0};
  if (!p_comp_fors(p, &comps)) return NULL;
  r->comps = vec_list(&comps);
  if (tk(p) != TK_RBRACE) return p_syntax(p);
  p_next(p);
  p->brackets--;
  return r;
}

static GpNode *p_dict(Parser *p) {
  GpToken *open = p_next(p);
  p->brackets++;
  GpNode *r = p_node(p, GP_N_DICT, open);
  Vec keys = {0}, vals = {0};
  while (tk(p) != TK_RBRACE) {
    if (tk(p) == TK_DSTAR) { /* {**m}: key GP_N_STARRED (op 2), value the mapping */
      GpNode *st = p_node(p, GP_N_STARRED, p_next(p));
      st->op = 2;
      if ((st->a = p_binary(p, 1)) == NULL) return NULL;
      vec_push(p, &keys, st);
      vec_push(p, &vals, st->a);
      if (!p_accept(p, TK_COMMA)) {
        if (tk(p) != TK_RBRACE) return p_expected(p, st->a);
        break;
      }
      continue;
    }
    GpNode *k = p_elt(p);
    if (k == NULL) return NULL;
    if (tk(p) == TK_COLON && k->kind == GP_N_NAMEDEXPR && !k->op) return p_syntax(p);
    if (tk(p) != TK_COLON) {
      if (keys.n == 0 && (tk(p) == TK_COMMA || tk(p) == TK_RBRACE))
        return p_seq_rest(p, p_node(p, GP_N_SET, open), k, TK_RBRACE);
      if (keys.n == 0 && (tk(p) == TK_FOR || tk(p) == TK_ASYNC))
        return p_brace_comp(p, open, k, NULL);
      return p_expected(p, k);
    }
    p_next(p);
    GpNode *v = p_expr(p);
    if (v == NULL) return NULL;
    if (keys.n == 0 && (tk(p) == TK_FOR || tk(p) == TK_ASYNC)) return p_brace_comp(p, open, k, v);
    vec_push(p, &keys, k);
    vec_push(p, &vals, v);
    if (!p_accept(p, TK_COMMA)) {
      if (tk(p) != TK_RBRACE) return p_expected(p, v);
      break;
    }
  }
  p_next(p);
  p->brackets--;
  r->elts = vec_list(&keys);
  r->kw = vec_list(&vals);
  return r;
}

static GpNode *p_atom(Parser *p) {
  GpToken *t = p->t;
  switch (t->type) {
  case TK_NAME: {
    GpNode *r = p_node(p, GP_N_NAME, p_next(p));
    r->name = p_tokstr(p, t);
    return r;
  }
  case TK_NUMBER:
    return p_number(p);
  case TK_STRING:
    return p_strings(p);
  case TK_NONE:
    return p_node(p, GP_N_NONE, p_next(p));
  case TK_TRUE:
    return p_node(p, GP_N_TRUE, p_next(p));
  case TK_FALSE:
    return p_node(p, GP_N_FALSE, p_next(p));
  case TK_LPAR:
    return p_paren(p);
  case TK_LSQB:
    return p_list(p);
  case TK_LBRACE:
    return p_dict(p);
  case TK_ELLIPSIS:
    return p_node(p, GP_N_ELLIPSIS, p_next(p));
  case TK_LAMBDA:
    return p_lambda(p);
  case TK_YIELD:
    return p_unsupported(p, t, "'yield' here (parenthesize it)", false);
  default:
    return p_syntax(p);
  }
}

/* await primary: CPython checks the context in its compiler, so the error
** is a semantic one (a syntax error later in the file wins). */
static GpNode *p_await(Parser *p) {
  GpToken *t = p_next(p);
  GpNode *r = p_node(p, GP_N_AWAIT, t);
  if (!p->inasync)
    p_sem(p, t->line, t->col,
          p->infunc ? "'await' outside async function" : "'await' outside function");
  return p_end(p, (r->a = p_primary(p)) ? r : NULL);
}

static GpNode *p_primary(Parser *p) {
  GpToken *t0 = p->t;
  if (tk(p) == TK_AWAIT) return p_await(p);
  GpNode *e = p_end(p, p_atom(p));
  while (e) {
    if (tk(p) == TK_DOT) {
      if (tk_peek(p) != TK_NAME) break;
      p_next(p);
      GpNode *r = p_node(p, GP_N_ATTR, t0);
      r->a = e;
      r->name = p_tokstr(p, p_next(p));
      e = p_end(p, r);
    } else if (tk(p) == TK_LPAR) {
      e = p_end(p, p_call(p, e, t0));
    } else if (tk(p) == TK_LSQB) {
      e = p_end(p, p_subscript(p, e, t0));
    } else {
      break;
    }
  }
  return e;
}

/* power: primary ['**' factor]; ** is right-associative and binds tighter
** than a unary minus on its left (-2**2 == -4). */
static GpNode *p_power(Parser *p) {
  GpToken *t0 = p->t;
  GpNode *a = p_primary(p);
  if (a == NULL || tk(p) != TK_DSTAR) return a;
  p_next(p);
  if (!p_enter(p)) return NULL;
  GpNode *b = p_factor(p);
  p_leave(p);
  if (b == NULL) return NULL;
  GpNode *r = p_node(p, GP_N_BINOP, t0);
  r->op = GP_OP_POW;
  r->a = a;
  r->b = b;
  return p_end(p, r);
}

static GpNode *p_factor(Parser *p) {
  int op;
  switch (tk(p)) {
  case TK_MINUS:
    op = GP_UN_NEG;
    break;
  case TK_PLUS:
    op = GP_UN_POS;
    break;
  case TK_TILDE:
    op = GP_UN_INVERT;
    break;
  default:
    return p_power(p);
  }
  GpNode *r = p_node(p, GP_N_UNARY, p_next(p));
  r->op = op;
  if (!p_enter(p)) return NULL;
  r->a = p_factor(p);
  p_leave(p);
  return p_end(p, r->a ? r : NULL);
}

static int p_binprec(int type, int *op) {
  switch (type) {
  case TK_VBAR:
    *op = GP_OP_OR;
    return 1;
  case TK_CIRCUMFLEX:
    *op = GP_OP_XOR;
    return 2;
  case TK_AMPER:
    *op = GP_OP_AND;
    return 3;
  case TK_LSHIFT:
    *op = GP_OP_LSHIFT;
    return 4;
  case TK_RSHIFT:
    *op = GP_OP_RSHIFT;
    return 4;
  case TK_PLUS:
    *op = GP_OP_ADD;
    return 5;
  case TK_MINUS:
    *op = GP_OP_SUB;
    return 5;
  case TK_STAR:
    *op = GP_OP_MUL;
    return 6;
  case TK_SLASH:
    *op = GP_OP_TRUEDIV;
    return 6;
  case TK_DSLASH:
    *op = GP_OP_FLOORDIV;
    return 6;
  case TK_PERCENT:
    *op = GP_OP_MOD;
    return 6;
  case TK_AT:
    *op = GP_OP_MATMUL;
    return 6;
  default:
    return 0;
  }
}

/* Binary operators | ^ & << >> + - * / // % @ by precedence climbing: left
** operands accumulate in a loop, so recursion is bounded by the levels. */
static GpNode *p_binary(Parser *p, int minprec) {
  GpToken *t0 = p->t;
  GpNode *a = p_factor(p);
  for (int op, prec; a && (prec = p_binprec(tk(p), &op)) >= minprec && prec > 0;) {
    p_next(p);
    GpNode *b = p_binary(p, prec + 1);
    if (b == NULL) return NULL;
    GpNode *r = p_node(p, GP_N_BINOP, t0);
    r->op = op;
    r->a = a;
    r->b = b;
    a = p_end(p, r);
  }
  return a;
}

static int p_cmpop(Parser *p) {
  switch (tk(p)) {
  case TK_LESS:
    return GP_CMP_LT;
  case TK_LESSEQ:
    return GP_CMP_LE;
  case TK_EQEQ:
    return GP_CMP_EQ;
  case TK_NOTEQ:
    return GP_CMP_NE;
  case TK_GREATER:
    return GP_CMP_GT;
  case TK_GREATEREQ:
    return GP_CMP_GE;
  case TK_IN:
    return GP_CMP_IN;
  case TK_IS:
    return tk_peek(p) == TK_NOT ? GP_CMP_ISNOT : GP_CMP_IS;
  case TK_NOT:
    return tk_peek(p) == TK_IN ? GP_CMP_NOTIN : -1;
  default:
    return -1;
  }
}

static GpNode *p_comparison(Parser *p) {
  GpToken *t0 = p->t;
  GpNode *a = p_binary(p, 1);
  if (a == NULL || p_cmpop(p) < 0) return a;
  GpNode *r = p_node(p, GP_N_COMPARE, t0);
  r->a = a;
  Vec elts = {0};
  int *ops = NULL, cap = 0, op;
  while ((op = p_cmpop(p)) >= 0) {
    if (op == GP_CMP_ISNOT || op == GP_CMP_NOTIN) p_next(p);
    p_next(p);
    GpNode *b = p_binary(p, 1);
    if (b == NULL) return NULL;
    ops = p_grow(p->st->A, ops, elts.n, &cap, sizeof *ops);
    ops[elts.n] = op;
    vec_push(p, &elts, b);
  }
  r->cmp_ops = ops;
  r->elts = vec_list(&elts);
  r->n = elts.n;
  return p_end(p, r);
}

static GpNode *p_inversion(Parser *p) {
  if (tk(p) != TK_NOT) return p_comparison(p);
  GpNode *r = p_node(p, GP_N_UNARY, p_next(p));
  r->op = GP_N_NOT_OP;
  if (!p_enter(p)) return NULL;
  r->a = p_inversion(p);
  p_leave(p);
  return p_end(p, r->a ? r : NULL);
}

/* and/or chains: one BOOLOP with all operands. */
static GpNode *p_boolop(Parser *p, int type, int op, GpNode *(*sub)(Parser *)) {
  GpToken *t0 = p->t;
  GpNode *a = sub(p);
  if (a == NULL || tk(p) != type) return a;
  GpNode *r = p_node(p, GP_N_BOOLOP, t0);
  r->op = op;
  Vec elts = {0};
  vec_push(p, &elts, a);
  while (p_accept(p, type)) {
    GpNode *b = sub(p);
    if (b == NULL) return NULL;
    vec_push(p, &elts, b);
  }
  r->elts = vec_list(&elts);
  return p_end(p, r);
}

static GpNode *p_conjunction(Parser *p) {
  return p_boolop(p, TK_AND, GP_N_AND, p_inversion);
}
static GpNode *p_disjunction(Parser *p) {
  return p_boolop(p, TK_OR, GP_N_OR, p_conjunction);
}

/* expression: disjunction ['if' disjunction 'else' expression] */
static GpNode *p_expr(Parser *p) {
  if (tk(p) == TK_LAMBDA) return p_lambda(p);
  if (!p_enter(p)) return NULL;
  GpToken *t0 = p->t;
  GpNode *r = p_disjunction(p);
  if (r && tk(p) == TK_IF) {
    p_next(p);
    GpNode *ie = p_node(p, GP_N_IFEXP, t0);
    ie->b = r;
    r = NULL;
    if ((ie->a = p_disjunction(p)) != NULL) {
      if (tk(p) == TK_COLON) {
        p_syntax(p);
      } else if (tk(p) != TK_ELSE) {
        P_ERR_NODE(p, ie->b, "expected 'else' after 'if' expression");
      } else {
        p_next(p);
        if ((ie->c = p_expr(p)) != NULL) r = p_end(p, ie);
      }
    }
  }
  p_leave(p);
  return r;
}

/* Comma-separated expressions; a comma makes a tuple (a, b = b, a). */
static GpNode *p_star_exprs(Parser *p) {
  GpToken *t0 = p->t;
  GpNode *first = tk(p) == TK_STAR ? p_starred(p) : p_expr(p);
  if (first == NULL) return NULL;
  if (tk(p) == TK_WALRUS) /* only in parentheses here */
    return first->kind == GP_N_NAME ? p_syntax(p) : p_walrus(p, first);
  if (tk(p) != TK_COMMA) return first;
  GpNode *tup = p_node(p, GP_N_TUPLE, t0);
  Vec elts = {0};
  vec_push(p, &elts, first);
  while (p_accept(p, TK_COMMA)) {
    if (!tk_starts_expr(tk(p)) && tk(p) != TK_STAR) break;
    GpNode *e = tk(p) == TK_STAR ? p_starred(p) : p_expr(p);
    if (e == NULL) return NULL;
    vec_push(p, &elts, e);
  }
  tup->elts = vec_list(&elts);
  return p_end(p, tup);
}

/* Targets of for/del/with: bitwise-or expressions, so 'in' ends them. */
static GpNode *p_targets(Parser *p, int stop) {
  GpToken *t0 = p->t;
  GpNode *first = tk(p) == TK_STAR ? p_starred(p) : p_binary(p, 1);
  if (first == NULL || tk(p) != TK_COMMA) return first;
  GpNode *tup = p_node(p, GP_N_TUPLE, t0);
  Vec elts = {0};
  vec_push(p, &elts, first);
  while (p_accept(p, TK_COMMA) && tk(p) != stop && (tk_starts_expr(tk(p)) || tk(p) == TK_STAR)) {
    GpNode *e = tk(p) == TK_STAR ? p_starred(p) : p_binary(p, 1);
    if (e == NULL) return NULL;
    vec_push(p, &elts, e);
  }
  tup->elts = vec_list(&elts);
  return p_end(p, tup);
}

/* ---------------------------------------------------------- statements */

static bool p_simple_stmts(Parser *p, Vec *out);

/* The body after a compound statement's ':'. */
static GpNodeList p_block(Parser *p, const char *what, int hdr_line, bool *ok) {
  Vec body = {0};
  *ok = false;
  if (tk(p) != TK_NEWLINE) {
    *ok = p_simple_stmts(p, &body);
    return vec_list(&body);
  }
  p_next(p);
  if (tk(p) != TK_INDENT) {
    if (tk(p) == TK_ERROR) {
      p_lexerr(p);
    } else {
      p_err_at(p, "IndentationError", p->t->line, p->t->col,
               "expected an indented block after %s on line %d", what, hdr_line);
    }
    return vec_list(&body);
  }
  p_next(p);
  if (++p->blocks > GP_MAX_NEST) {
    P_ERR_TOK(p, p->t, "too many statically nested blocks");
    return vec_list(&body);
  }
  while (tk(p) != TK_DEDENT && tk(p) != TK_ENDMARKER) {
    if (!p_statement(p, &body)) return vec_list(&body);
  }
  p->blocks--;
  *ok = p_expect(p, TK_DEDENT);
  return vec_list(&body);
}

/* The condition of if/elif/while (a named expression in CPython). */
static GpNode *p_cond(Parser *p) {
  GpNode *e = p_named(p);
  if (e && e->kind == GP_N_NAME && tk(p) == TK_EQUAL) return p_named_eq(p, e);
  return e;
}

static GpNode *p_if(Parser *p) {
  GpToken *t = p_next(p);
  GpNode *r = p_node(p, GP_N_IF, t), *cur = r;
  const char *what = "'if' statement";
  bool ok;
  for (;;) {
    if ((cur->a = p_cond(p)) == NULL || !p_colon(p, false)) return NULL;
    cur->body = p_block(p, what, t->line, &ok);
    if (!ok) return NULL;
    if (tk(p) != TK_ELIF) break;
    t = p_next(p);
    GpNode *n = p_node(p, GP_N_IF, t);
    cur->orelse = (GpNodeList){gp_arena_alloc(p->st->A, sizeof(GpNode *)), 1};
    cur->orelse.items[0] = n;
    cur = n;
    what = "'elif' statement";
  }
  if (tk(p) == TK_ELSE) {
    t = p_next(p);
    if (!p_colon(p, true)) return NULL;
    cur->orelse = p_block(p, "'else' statement", t->line, &ok);
    if (!ok) return NULL;
  }
  return r;
}

static bool p_loop_else(Parser *p, GpNode *r) {
  if (tk(p) != TK_ELSE) return true;
  GpToken *t = p_next(p);
  bool ok;
  if (!p_colon(p, true)) return false;
  r->orelse = p_block(p, "'else' statement", t->line, &ok);
  return ok;
}

static GpNodeList p_loop_body(Parser *p, const char *what, int line, bool *ok) {
  p->inloop++;
  GpNodeList body = p_block(p, what, line, ok);
  p->inloop--;
  return body;
}

static GpNode *p_while(Parser *p) {
  GpToken *t = p_next(p);
  GpNode *r = p_node(p, GP_N_WHILE, t);
  bool ok;
  if ((r->a = p_cond(p)) == NULL || !p_colon(p, false)) return NULL;
  r->body = p_loop_body(p, "'while' statement", t->line, &ok);
  return ok && p_loop_else(p, r) ? r : NULL;
}

static GpNode *p_for(Parser *p) {
  GpToken *t = p_next(p);
  GpNode *r = p_node(p, GP_N_FOR, t);
  bool ok;
  if ((r->a = p_targets(p, TK_IN)) == NULL || !p_check_target(p, r->a, TGT_FOR) ||
      !p_expect(p, TK_IN) || (r->b = p_star_exprs(p)) == NULL || !p_colon(p, false))
    return NULL;
  r->body = p_loop_body(p, "'for' statement", t->line, &ok);
  return ok && p_loop_else(p, r) ? r : NULL;
}

static GpNode *p_handler(Parser *p, bool *bare) {
  GpToken *t = p_next(p);
  GpNode *h = p_node(p, GP_N_HANDLER, t);
  bool ok;
  if (tk(p) == TK_STAR) { /* except*: op 1, always with a type */
    p_next(p);
    h->op = 1;
    if (tk(p) == TK_COLON) return P_ERR_TOK(p, p->t, "expected one or more exception types");
  }
  *bare = tk(p) == TK_COLON;
  if (!*bare) {
    if ((h->a = p_expr(p)) == NULL) return NULL;
    if (tk(p) == TK_COMMA)
      return P_ERR_NODE(p, h->a, "multiple exception types must be parenthesized");
    if (p_accept(p, TK_AS)) {
      if (tk(p) != TK_NAME) return p_syntax(p);
      h->name = p_tokstr(p, p_next(p));
    }
  }
  if (!p_colon(p, false)) return NULL;
  h->body = p_block(p, "'except' statement", t->line, &ok);
  return ok ? h : NULL;
}

static GpNode *p_try(Parser *p) {
  GpToken *t = p_next(p);
  GpNode *r = p_node(p, GP_N_TRY, t);
  bool ok, bare = false;
  if (!p_colon(p, true)) return NULL;
  r->body = p_block(p, "'try' statement", t->line, &ok);
  if (!ok) return NULL;
  Vec hs = {0};
  while (tk(p) == TK_EXCEPT) {
    if (bare)
      p_sem(p, hs.items[hs.n - 1]->line, hs.items[hs.n - 1]->col, "default 'except:' must be last");
    GpNode *h = p_handler(p, &bare);
    if (h == NULL) return NULL;
    if (hs.n && h->op != hs.items[0]->op)
      return P_ERR_NODE(p, h, "cannot have both 'except' and 'except*' on the same 'try'");
    vec_push(p, &hs, h);
  }
  r->handlers = vec_list(&hs);
  if (hs.n && tk(p) == TK_ELSE) {
    GpToken *e = p_next(p);
    if (!p_colon(p, true)) return NULL;
    r->orelse = p_block(p, "'else' statement", e->line, &ok);
    if (!ok) return NULL;
  }
  if (tk(p) == TK_FINALLY) {
    GpToken *f = p_next(p);
    if (!p_colon(p, true)) return NULL;
    r->finalbody = p_block(p, "'finally' statement", f->line, &ok);
    if (!ok) return NULL;
  } else if (hs.n == 0) {
    return P_ERR_TOK(p, p->t, "expected 'except' or 'finally' block");
  }
  return r;
}

/* with a as x, b: body  ->  WITH a x (WITH b (body)); op 1: async with */
static GpNode *p_with(Parser *p, int op) {
  GpToken *t = p_next(p);
  Vec items = {0};
  for (;;) {
    GpNode *w = p_node(p, GP_N_WITH, p->t);
    w->op = op;
    if ((w->a = p_expr(p)) == NULL) return NULL;
    if (p_accept(p, TK_AS)) {
      if ((w->b = p_binary(p, 1)) == NULL || !p_check_target(p, w->b, TGT_ASSIGN)) return NULL;
    }
    vec_push(p, &items, w);
    if (!p_accept(p, TK_COMMA)) break;
  }
  if (!p_colon(p, false)) return NULL;
  bool ok;
  GpNodeList body = p_block(p, "'with' statement", t->line, &ok);
  if (!ok) return NULL;
  for (int i = items.n - 1; i >= 0; i--) {
    items.items[i]->body = body;
    body = (GpNodeList){gp_arena_alloc(p->st->A, sizeof(GpNode *)), 1};
    body.items[0] = items.items[i];
  }
  GpNode *r = items.items[0];
  r->line = t->line;
  r->col = t->col;
  return r;
}

/* The '/' after the positional-only parameters (the first n of r's). */
static bool p_posonly_mark(Parser *p, GpNode *r, int n, bool star) {
  GpToken *pt = p_next(p);
  const char *err = star          ? "/ must be ahead of *"
                    : n == 0      ? "at least one argument must precede /"
                    : r->nposonly ? "/ may appear only once"
                                  : NULL;
  if (err) return P_ERR_TOK(p, pt, "%s", err) != NULL;
  r->nposonly = n;
  return true;
}

static GpNode *p_ann_text(Parser *p, GpNode *ann, const GpToken *a0);

/* A def's annotations, kept in a dict display (node c) whose keys are the
** names. npos: how many of them belong to positional parameters; nposonly:
** how many of those come before '/'. */
typedef struct AnnVec {
  Vec keys, vals;
  int npos, nposonly;
} AnnVec;

/* `: annotation` of a parameter (intro ':') or `-> annotation` (name
** 'return'), if one follows. */
static bool p_param_ann(Parser *p, AnnVec *av, const char *name, int intro) {
  if (!av || !p_accept(p, intro)) return true;
  const GpToken *a0 = p->t;
  GpNode *ann = p_expr(p);
  if (ann == NULL) return false;
  if (p->str_annotations) ann = p_ann_text(p, ann, a0);
  GpNode *key = p_node_at(p, GP_N_STR, ann);
  key->str = name;
  key->str_len = strlen(name);
  vec_push(p, &av->keys, key);
  vec_push(p, &av->vals, ann);
  return true;
}

/* The dict display of the annotations in CPython's order, which visits the
** positional parameters after '/' before the positional-only ones. */
static GpNode *p_ann_dict(Parser *p, AnnVec *av, const GpToken *at) {
  GpNode *d = p_node(p, GP_N_DICT, at);
  int n = av->keys.n, po = av->nposonly, rest = av->npos - po;
  d->elts.items = gp_arena_alloc(p->st->A, sizeof(GpNode *) * (size_t)(n + 1));
  d->kw.items = gp_arena_alloc(p->st->A, sizeof(GpNode *) * (size_t)(n + 1));
  d->elts.n = d->kw.n = n;
  for (int i = 0; i < n; i++) {
    int from = i < rest ? po + i : i < av->npos ? i - rest : i;
    d->elts.items[i] = av->keys.items[from];
    d->kw.items[i] = av->vals.items[from];
  }
  return d;
}

/* Parameters up to `close` (')' of a def, ':' of a lambda) into r:
** positional ones with defaults (the first of them positional-only if a
** '/' follows them), '*' or '*args', keyword-only ones with
** their own defaults, '**kwargs'. Annotations (defs only) go to av. */
static bool p_params(Parser *p, GpNode *r, int close, AnnVec *av) {
  NameVec params = {0};
  Vec defs = {0}, kwdefs = {0};
  GpNode *prev = NULL;
  bool star = false;
  while (tk(p) != close) {
    GpToken *pt = p->t;
    if (r->kwarg) return p_syntax(p) != NULL;
    if (tk(p) == TK_SLASH) {
      if (!p_posonly_mark(p, r, params.n, star)) return false;
      if (av) av->nposonly = av->keys.n;
      prev = NULL;
      if (!p_accept(p, TK_COMMA)) break;
      continue;
    }
    int kind = tk(p) == TK_STAR ? 1 : tk(p) == TK_DSTAR ? 2 : 0;
    if (kind) p_next(p);
    if (kind == 1 && star) return P_ERR_TOK(p, pt, "* argument may appear only once") != NULL;
    if (kind == 1 && tk(p) != TK_NAME) { /* bare '*': keyword-only parameters follow */
      star = true;
      if (tk(p) == close || (tk(p) == TK_COMMA && p->t[1].type == close))
        return P_ERR_TOK(p, pt, "named arguments must follow bare *") != NULL;
      prev = NULL;
      if (!p_accept(p, TK_COMMA)) break;
      continue;
    }
    if (tk(p) != TK_NAME) return p_syntax(p) != NULL;
    const char *name = p_tokstr(p, p_next(p));
    bool dup = (r->vararg && strcmp(r->vararg, name) == 0);
    for (int i = 0; i < params.n; i++)
      dup = dup || strcmp(params.items[i], name) == 0;
    if (dup) p_sem(p, pt->line, pt->col, "duplicate argument '%s' in function definition", name);
    if (!p_param_ann(p, av, name, TK_COLON)) return false;
    if (av && !kind && !star) av->npos = av->keys.n;
    prev = NULL;
    if (kind == 1) {
      r->vararg = name;
      star = true;
    } else if (kind == 2) {
      r->kwarg = name;
    } else {
      names_push(p, &params, name);
      if (star) r->nkwonly++;
    }
    if (tk(p) == TK_EQUAL && kind)
      return P_ERR_TOK(p, p->t,
                       kind == 1 ? "var-positional argument cannot have default value"
                                 : "var-keyword argument cannot have default value") != NULL;
    if (p_accept(p, TK_EQUAL)) {
      if ((prev = p_expr(p)) == NULL) return false;
      vec_push(p, star ? &kwdefs : &defs, prev);
    } else if (star && !kind) {
      vec_push(p, &kwdefs, NULL);
    } else if (defs.n && !kind) {
      return P_ERR_TOK(p, pt, "non-default argument follows default argument") != NULL;
    }
    if (!p_accept(p, TK_COMMA)) break;
  }
  if (tk(p) != close) return p_expected(p, prev) != NULL;
  r->params = params.items;
  r->n = params.n;
  r->defaults = vec_list(&defs);
  r->kwdefaults = vec_list(&kwdefs);
  return true;
}

/* The body of a def or lambda: a new function scope (no enclosing loop). */
static void p_enter_func(Parser *p, int *saved_loop) {
  *saved_loop = p->inloop;
  p->inloop = 0;
  p->infunc++;
}

static void p_leave_func(Parser *p, int saved_loop) {
  p->infunc--;
  p->inloop = saved_loop;
}

static GpNode *p_lambda(Parser *p) {
  GpNode *r = p_node(p, GP_N_LAMBDA, p_next(p));
  r->name = "<lambda>";
  int saved_brackets = p->brackets;
  if (!p_params(p, r, TK_COLON, NULL)) return NULL;
  p->brackets = saved_brackets;
  if (!p_expect(p, TK_COLON)) return NULL;
  int saved_loop;
  bool saved_async = p->inasync;
  p_enter_func(p, &saved_loop);
  p->inasync = false;
  r->a = p_expr(p);
  p_leave_func(p, saved_loop);
  p->inasync = saved_async;
  return p_end(p, r->a ? r : NULL);
}

/* def, or `async def` (is_async: op 1, a coroutine function) */
static GpNode *p_def(Parser *p, bool is_async) {
  GpToken *t = p_next(p);
  GpNode *r = p_node(p, GP_N_DEF, t);
  r->op = is_async;
  if (tk(p) != TK_NAME) return p_syntax(p);
  r->name = p_tokstr(p, p_next(p));
  if (!p_accept(p, TK_LPAR))
    return tk(p) == TK_ERROR ? p_lexerr(p) : P_ERR_TOK(p, p->t, "expected '('");
  p->brackets++;
  AnnVec av = {0};
  if (!p_params(p, r, TK_RPAR, &av)) return NULL;
  p_next(p);
  p->brackets--;
  if (!p_param_ann(p, &av, "return", TK_ARROW)) return NULL;
  if (av.keys.n) r->c = p_ann_dict(p, &av, t);
  if (!p_colon(p, true)) return NULL;
  int saved_loop;
  bool ok, saved_async = p->inasync;
  p_enter_func(p, &saved_loop);
  p->inasync = is_async;
  r->body = p_block(p, "function definition", t->line, &ok);
  p_leave_func(p, saved_loop);
  p->inasync = saved_async;
  return ok ? r : NULL;
}

/* A body with annotations starts with __annotations__ = {} (after its
** docstring and __future__ imports), as CPython's SETUP_ANNOTATIONS makes the dict. */
static GpNodeList p_setup_annotations(Parser *p, GpNodeList body, const GpToken *at) {
  GpNode *init = p_node(p, GP_N_ASSIGN, at), *name = p_node(p, GP_N_NAME, at);
  name->name = "__annotations__";
  init->elts = (GpNodeList){gp_arena_alloc(p->st->A, sizeof(GpNode *)), 1};
  init->elts.items[0] = name;
  init->a = p_node(p, GP_N_DICT, at);
  int skip = body.n && body.items[0]->kind == GP_N_EXPR && body.items[0]->a->kind == GP_N_STR;
  while (skip < body.n && body.items[skip]->kind == GP_N_FROMIMPORT &&
         strcmp(body.items[skip]->name, "__future__") == 0)
    skip++;
  Vec v = {0};
  for (int i = 0; i < body.n; i++) {
    if (i == skip) vec_push(p, &v, init);
    vec_push(p, &v, body.items[i]);
  }
  return vec_list(&v);
}

/* class Name[(bases, keywords)]: body */
static GpNode *p_class(Parser *p) {
  GpToken *t = p_next(p);
  GpNode *r = p_node(p, GP_N_CLASS, t);
  if (tk(p) != TK_NAME) return p_syntax(p);
  r->name = p_tokstr(p, p_next(p));
  if (tk(p) == TK_LPAR) {
    GpNode *c = p_call(p, NULL, t);
    if (c == NULL) return NULL;
    r->elts = c->elts;
    r->kw = c->kw;
    r->kwnames = c->kwnames; /* kw.n of them; n stays 0: a class has no parameters */
  }
  if (!p_colon(p, true)) return NULL;
  int saved_loop = p->inloop, saved_func = p->infunc;
  bool ok, saved_ann = p->annotated, saved_async = p->inasync;
  const char *saved_class = p->classname;
  p->inloop = 0;
  p->infunc = 0;
  p->annotated = false;
  p->inasync = false;
  p->classname = r->name;
  r->body = p_block(p, "class definition", t->line, &ok);
  if (ok && p->annotated) r->body = p_setup_annotations(p, r->body, t);
  p->classname = saved_class;
  p->inloop = saved_loop;
  p->infunc = saved_func;
  p->annotated = saved_ann;
  p->inasync = saved_async;
  return ok ? r : NULL;
}

/* async def | async with | async for: the with and for nodes get op 1. */
static GpNode *p_async(Parser *p) {
  GpToken *t = p_next(p);
  int k = tk(p);
  if (k == TK_DEF) return p_def(p, true);
  if (k != TK_WITH && k != TK_FOR) return p_syntax(p);
  if (!p->inasync)
    p_sem(p, t->line, t->col,
          k == TK_WITH ? "'async with' outside async function"
                       : "'async for' outside async function");
  GpNode *r = k == TK_WITH ? p_with(p, 1) : p_for(p);
  if (!r) return NULL;
  r->op = 1;
  r->line = t->line;
  r->col = t->col;
  return r;
}

/* A dotted module name (a.b.c) after its first NAME token, as one string. */
static const char *p_dotted(Parser *p, const char *first) {
  size_t n = strlen(first);
  char *r = (char *)first;
  while (tk(p) == TK_DOT && p->t[1].type == TK_NAME) {
    p_next(p);
    const char *part = p_tokstr(p, p_next(p));
    size_t m = strlen(part);
    char *joined = gp_arena_alloc(p->st->A, n + m + 2);
    memcpy(joined, r, n);
    joined[n] = '.';
    memcpy(joined + n + 1, part, m + 1);
    r = joined;
    n += m + 1;
  }
  return r;
}

/* @expr NEWLINE ... then a def or class, which keeps the decorators. */
static GpNode *p_decorated(Parser *p) {
  Vec decos = {0};
  while (tk(p) == TK_AT) {
    p_next(p);
    GpNode *d = p_expr(p);
    if (d == NULL) return NULL;
    vec_push(p, &decos, d);
    if (!p_expect(p, TK_NEWLINE)) return NULL;
  }
  GpNode *r;
  if (tk(p) == TK_DEF)
    r = p_def(p, false);
  else if (tk(p) == TK_CLASS)
    r = p_class(p);
  else if (tk(p) == TK_ASYNC && tk_peek(p) == TK_DEF) {
    p_next(p);
    r = p_def(p, true);
  } else
    return p_syntax(p);
  if (r) r->decos = vec_list(&decos);
  return r;
}

/* import a, b.c as d */
static GpNode *p_import(Parser *p) {
  GpNode *r = p_node(p, GP_N_IMPORT, p_next(p));
  NameVec names = {0}, as = {0};
  do {
    if (tk(p) != TK_NAME) return p_syntax(p);
    names_push(p, &names, p_dotted(p, p_tokstr(p, p_next(p))));
    if (tk(p) == TK_DOT) return p_syntax(p);
    const char *a = NULL;
    if (p_accept(p, TK_AS)) {
      if (tk(p) != TK_NAME) return p_syntax(p);
      a = p_tokstr(p, p_next(p));
    }
    names_push(p, &as, a);
  } while (p_accept(p, TK_COMMA));
  r->names = names.items;
  r->asnames = as.items;
  r->n = names.n;
  return r;
}

/* The module of a from-import: a dotted name, with the leading dots of a
** relative import kept in it ("..m.sub", "."); the importer resolves them. */
static const char *p_from_module(Parser *p) {
  int dots = 0;
  for (; tk(p) == TK_DOT || tk(p) == TK_ELLIPSIS; p_next(p))
    dots += tk(p) == TK_DOT ? 1 : 3;
  if (tk(p) != TK_NAME) {
    if (dots == 0) return p_syntax(p);
    char *r = gp_arena_alloc(p->st->A, (size_t)dots + 1);
    memset(r, '.', (size_t)dots);
    r[dots] = 0;
    return r;
  }
  const char *name = p_dotted(p, p_tokstr(p, p_next(p)));
  if (dots == 0) return name;
  size_t n = strlen(name);
  char *r = gp_arena_alloc(p->st->A, (size_t)dots + n + 1);
  memset(r, '.', (size_t)dots);
  memcpy(r + dots, name, n + 1);
  return r;
}

/* from m import a, b as c  |  from m import (a, b,)  |  from m import *
** (m may be relative: from . import a, from ..m import b) */
static GpNode *p_from(Parser *p) {
  GpNode *r = p_node(p, GP_N_FROMIMPORT, p_next(p));
  if ((r->name = p_from_module(p)) == NULL) return NULL;
  if (tk(p) == TK_DOT) return p_syntax(p);
  if (!p_expect(p, TK_IMPORT)) return NULL;
  if (p_accept(p, TK_STAR)) {
    r->names = gp_arena_alloc(p->st->A, sizeof(const char *));
    r->names[0] = "*";
    r->n = 1;
    return r;
  }
  bool paren = p_accept(p, TK_LPAR);
  if (paren) p->brackets++;
  NameVec names = {0}, as = {0};
  do {
    if (paren && tk(p) == TK_RPAR && names.n) break;
    if (tk(p) != TK_NAME) {
      if (!paren && names.n && tk(p) == TK_NEWLINE)
        return P_ERR_TOK(p, p->t, "trailing comma not allowed without surrounding parentheses");
      return p_syntax(p);
    }
    names_push(p, &names, p_tokstr(p, p_next(p)));
    const char *a = NULL;
    if (p_accept(p, TK_AS)) {
      if (tk(p) != TK_NAME) return p_syntax(p);
      a = p_tokstr(p, p_next(p));
    }
    names_push(p, &as, a);
  } while (p_accept(p, TK_COMMA));
  if (paren) {
    if (!p_expect(p, TK_RPAR)) return NULL;
    p->brackets--;
  }
  r->names = names.items;
  r->asnames = as.items;
  r->n = names.n;
  for (int i = 0; i < r->n && strcmp(r->name, "__future__") == 0; i++)
    if (strcmp(r->names[i], "annotations") == 0) p->str_annotations = true;
  return r;
}

static GpNode *p_del(Parser *p) {
  GpNode *r = p_node(p, GP_N_DEL, p_next(p));
  GpNode *t = p_star_exprs(p);
  if (t == NULL || !p_check_target(p, t, TGT_DEL)) return NULL;
  /* del (a, [b, c]) deletes a, b and c in order: flatten for the compiler */
  Vec out = {0}, stack = {0};
  vec_push(p, &stack, t);
  while (stack.n) {
    GpNode *e = stack.items[--stack.n];
    if (e->kind == GP_N_TUPLE || e->kind == GP_N_LIST) {
      for (int i = e->elts.n - 1; i >= 0; i--)
        vec_push(p, &stack, e->elts.items[i]);
    } else {
      vec_push(p, &out, e);
    }
  }
  r->elts = vec_list(&out);
  return r;
}

static GpNode *p_global(Parser *p) {
  GpNodeKind kind = tk(p) == TK_GLOBAL ? GP_N_GLOBAL : GP_N_NONLOCAL;
  GpNode *r = p_node(p, kind, p_next(p));
  NameVec names = {0};
  do {
    if (tk(p) != TK_NAME) return p_syntax(p);
    names_push(p, &names, p_tokstr(p, p_next(p)));
  } while (p_accept(p, TK_COMMA));
  r->names = names.items;
  r->n = names.n;
  return r;
}

static bool p_end_of_simple(Parser *p) {
  return tk(p) == TK_NEWLINE || tk(p) == TK_SEMI || tk(p) == TK_ENDMARKER;
}

/* Whether an invalid assignment target gets CPython's "Maybe you meant
** '=='" hint: a plain expression directly before the value. */
static bool p_eq_hint(const GpNode *bad) {
  switch (bad->kind) {
  case GP_N_TUPLE:
  case GP_N_LIST:
  case GP_N_NONE:
  case GP_N_TRUE:
  case GP_N_FALSE:
  case GP_N_COMPARE:
  case GP_N_BOOLOP:
  case GP_N_IFEXP:
  case GP_N_LAMBDA:
    return false;
  case GP_N_UNARY:
    return bad->op != GP_N_NOT_OP;
  default:
    return true;
  }
}

/* name as CPython stores it in class body cls: __x (not __x__, no dot)
** becomes _cls__x, cls without its leading underscores (none left: no change). */
static const char *p_mangle(Parser *p, const char *cls, const char *name) {
  size_t n = strlen(name);
  if (!cls || n < 3 || name[0] != '_' || name[1] != '_' || strchr(name, '.') ||
      (name[n - 1] == '_' && name[n - 2] == '_'))
    return name;
  cls += strspn(cls, "_");
  if (!*cls) return name;
  size_t c = strlen(cls);
  char *r = gp_arena_alloc(p->st->A, c + n + 2);
  r[0] = '_';
  memcpy(r + 1, cls, c);
  memcpy(r + 1 + c, name, n + 1);
  return r;
}

/* __annotations__[name] = ann, the store CPython makes for a simple name
** annotated in a class body or at module level. */
static GpNode *p_ann_store(Parser *p, const GpNode *target, GpNode *ann) {
  GpNode *key = p_node_at(p, GP_N_STR, target), *dict = p_node_at(p, GP_N_NAME, target);
  key->str = p_mangle(p, p->classname, target->name);
  key->str_len = strlen(key->str);
  dict->name = "__annotations__";
  GpNode *sub = p_node_at(p, GP_N_SUBSCRIPT, target), *r = p_node_at(p, GP_N_ASSIGN, target);
  sub->a = dict;
  sub->b = key;
  r->elts = (GpNodeList){gp_arena_alloc(p->st->A, sizeof(GpNode *)), 1};
  r->elts.items[0] = sub;
  r->a = ann;
  return r;
}

/* A string annotation's text under PEP 563: CPython unparses a str
** literal as its repr ('int' for "int"); NULL where that needs escapes. */
static GpNode *p_ann_quoted(Parser *p, const GpNode *ann) {
  bool sq = false, dq = false;
  for (size_t i = 0; i < ann->str_len; i++) {
    unsigned char c = (unsigned char)ann->str[i];
    if (c < 0x20 || c == 0x7f || c == '\\') return NULL;
    sq |= c == '\'';
    dq |= c == '"';
  }
  if (sq && dq) return NULL;
  char q = sq ? '"' : '\'';
  GpNode *r = p_node_at(p, GP_N_STR, ann);
  char *buf = gp_arena_alloc(p->st->A, ann->str_len + 3);
  buf[0] = q;
  memcpy(buf + 1, ann->str, ann->str_len);
  buf[ann->str_len + 1] = q;
  buf[ann->str_len + 2] = 0;
  r->str = buf;
  r->str_len = ann->str_len + 2;
  return r;
}

/* PEP 563: an annotation's source text (CPython unparses the tree). */
static GpNode *p_ann_text(Parser *p, GpNode *ann, const GpToken *a0) {
  GpNode *q = ann->kind == GP_N_STR ? p_ann_quoted(p, ann) : NULL;
  if (q) return q;
  const GpToken *a1 = p->t - 1;
  GpNode *r = p_node(p, GP_N_STR, a0);
  r->str_len = (size_t)(a1->s + a1->len - a0->s);
  r->str = gp_arena_strndup(p->st->A, a0->s, r->str_len);
  return r;
}

/* target: annotation [= value]; the annotation of a simple name outside a
** function goes to __annotations__ (p->ann_store), others are dropped. */
static GpNode *p_annotated(Parser *p, GpNode *e, const GpToken *t0) {
  if (e->kind != GP_N_NAME && e->kind != GP_N_ATTR && e->kind != GP_N_SUBSCRIPT) {
    /* CPython blames the target only if an annotation follows the ':' */
    if (!tk_starts_expr(p->t[1].type)) return p_syntax(p);
    if (e->kind == GP_N_TUPLE || e->kind == GP_N_LIST)
      return P_ERR_NODE(p, e, "only single target (not %s) can be annotated", p_expr_name(e));
    return P_ERR_NODE(p, e, "illegal target for annotation");
  }
  p_next(p);
  if (!tk_starts_expr(tk(p))) return p_syntax(p);
  const GpToken *a0 = p->t;
  GpNode *ann = p_expr(p);
  if (ann == NULL) return NULL;
  if (p->str_annotations) ann = p_ann_text(p, ann, a0);
  if (e->kind == GP_N_NAME && !p->infunc) {
    p->annotated = true;
    p->ann_store = p_ann_store(p, e, ann);
  }
  if (!p_accept(p, TK_EQUAL)) return p_node(p, GP_N_PASS, t0); /* x: int binds nothing */
  GpNode *r = p_node(p, GP_N_ASSIGN, t0);
  r->elts = (GpNodeList){gp_arena_alloc(p->st->A, sizeof(GpNode *)), 1};
  r->elts.items[0] = e;
  r->a = p_star_exprs(p);
  return r->a ? r : NULL;
}

/* Expression statement, assignment (chained), augmented or annotated. */
static GpNode *p_expr_stmt(Parser *p) {
  GpToken *t0 = p->t;
  GpNode *e = p_star_exprs(p);
  if (e == NULL) return NULL;
  if (tk(p) == TK_EQUAL) {
    Vec targets = {0};
    GpNode *r = p_node(p, GP_N_ASSIGN, t0), *cur = e;
    while (tk(p) == TK_EQUAL) {
      GpNode *bad = p_invalid_target(cur, TGT_ASSIGN);
      if (bad) {
        int next;
        GpToken *eq = p_next(p);
        bool hint = bad == cur && targets.n == 0 && p_eq_hint(bad) &&
                    p_speculate(p, p_bitor, &next) && next != TK_EQUAL && next != TK_WALRUS;
        p->t = eq;
        if (hint)
          return P_ERR_NODE(p, bad,
                            "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                            p_expr_name(bad));
        return P_ERR_NODE(p, bad, "cannot assign to %s", p_expr_name(bad));
      }
      p_next(p);
      vec_push(p, &targets, cur);
      if ((cur = tk(p) == TK_YIELD ? p_yield(p) : p_star_exprs(p)) == NULL) return NULL;
    }
    r->elts = vec_list(&targets);
    r->a = cur;
    return r;
  }
  if ((tk(p) >= TK_PLUSEQ && tk(p) <= TK_CIRCUMFLEXEQ) || tk(p) == TK_ATEQ) {
    if (e->kind != GP_N_NAME && e->kind != GP_N_ATTR && e->kind != GP_N_SUBSCRIPT)
      return P_ERR_NODE(p, e, "'%s' is an illegal expression for augmented assignment",
                        p_expr_name(e));
    GpNode *r = p_node(p, GP_N_AUGASSIGN, t0);
    r->op = tk(p) == TK_ATEQ ? GP_OP_MATMUL : tk(p) - TK_PLUSEQ;
    p_next(p);
    r->a = e;
    r->b = tk(p) == TK_YIELD ? p_yield(p) : p_star_exprs(p);
    return r->b ? r : NULL;
  }
  if (tk(p) == TK_COLON) return p_annotated(p, e, t0);
  GpNode *r = p_node(p, GP_N_EXPR, t0);
  r->a = e;
  return r;
}

static GpNode *p_simple_stmt(Parser *p) {
  GpToken *t = p->t;
  GpNode *r;
  switch (t->type) {
  case TK_PASS:
    return p_node(p, GP_N_PASS, p_next(p));
  case TK_BREAK:
  case TK_CONTINUE:
    if (!p->inloop)
      p_sem(p, t->line, t->col,
            t->type == TK_BREAK ? "'break' outside loop" : "'continue' not properly in loop");
    return p_node(p, t->type == TK_BREAK ? GP_N_BREAK : GP_N_CONTINUE, p_next(p));
  case TK_RETURN:
    if (!p->infunc) p_sem(p, t->line, t->col, "'return' outside function");
    r = p_node(p, GP_N_RETURN, p_next(p));
    if (!p_end_of_simple(p) && (r->a = p_star_exprs(p)) == NULL) return NULL;
    return r;
  case TK_RAISE:
    r = p_node(p, GP_N_RAISE, p_next(p));
    if (p_end_of_simple(p)) return r;
    if ((r->a = p_expr(p)) == NULL) return NULL;
    if (p_accept(p, TK_FROM) && (r->b = p_expr(p)) == NULL) return NULL;
    return r;
  case TK_GLOBAL:
    return p_global(p);
  case TK_NONLOCAL:
    if (!p->infunc) p_sem(p, t->line, t->col, "nonlocal declaration not allowed at module level");
    return p_global(p);
  case TK_DEL:
    return p_del(p);
  case TK_ASSERT:
    r = p_node(p, GP_N_ASSERT, p_next(p));
    if ((r->a = p_expr(p)) == NULL) return NULL;
    if (p_accept(p, TK_COMMA) && (r->b = p_expr(p)) == NULL) return NULL;
    return r;
  case TK_IMPORT:
    return p_import(p);
  case TK_FROM:
    return p_from(p);
  case TK_YIELD:
    r = p_node(p, GP_N_EXPR, t);
    return (r->a = p_yield(p)) ? r : NULL;
  default:
    return p_expr_stmt(p);
  }
}

static bool p_simple_stmts(Parser *p, Vec *out) {
  for (;;) {
    GpNode *s = p_end(p, p_simple_stmt(p));
    if (s == NULL) return false;
    vec_push(p, out, s);
    if (p->ann_store) vec_push(p, out, p->ann_store);
    p->ann_store = NULL;
    if (!p_accept(p, TK_SEMI) || tk(p) == TK_NEWLINE) break;
  }
  if (p_accept(p, TK_NEWLINE)) return true;
  GpNode *last = out->items[out->n - 1], *e = NULL;
  switch (last->kind) { /* the expression parsed last */
  case GP_N_EXPR:
  case GP_N_ASSIGN:
  case GP_N_RETURN:
    e = last->a;
    break;
  case GP_N_AUGASSIGN:
    e = last->b;
    break;
  default:
    break;
  }
  if (e && e->kind == GP_N_NAME && tk_starts_expr(tk(p)) &&
      (strcmp(e->name, "print") == 0 || strcmp(e->name, "exec") == 0))
    P_ERR_NODE(p, e, "Missing parentheses in call to '%s'. Did you mean %s(...)?", e->name,
               e->name);
  else
    p_expected(p, e);
  return false;
}

/* ------------------------------------------------------- match statements */

static GpNode *p_pattern(Parser *p);

static GpNode *p_pat(Parser *p, int kind, const GpToken *t) {
  GpNode *r = p_node(p, GP_N_PATTERN, t);
  r->op = kind;
  return r;
}

/* A signed number or complex literal: -1, 2.5, -1+2j. */
static GpNode *p_pat_number(Parser *p) {
  GpToken *t0 = p->t;
  GpNode *e;
  if (tk(p) == TK_MINUS) {
    e = p_node(p, GP_N_UNARY, p_next(p));
    e->op = GP_UN_NEG;
    if (tk(p) != TK_NUMBER) return p_syntax(p);
    e->a = p_end(p, p_number(p));
    e = p_end(p, e);
  } else {
    e = p_end(p, p_number(p));
  }
  if (tk(p) != TK_PLUS && tk(p) != TK_MINUS) return e;
  GpNode *num = e->kind == GP_N_UNARY ? e->a : e;
  if (num->kind == GP_N_FLOAT && num->op == 1)
    return P_ERR_NODE(p, e, "real number required in complex literal");
  GpNode *r = p_node(p, GP_N_BINOP, t0);
  r->op = tk(p) == TK_PLUS ? GP_OP_ADD : GP_OP_SUB;
  p_next(p);
  if (tk(p) != TK_NUMBER) return p_syntax(p);
  if (p->t->flags != GP_NUM_IMAG)
    return P_ERR_TOK(p, p->t, "imaginary number required in complex literal");
  r->a = e;
  r->b = p_end(p, p_number(p));
  return p_end(p, r);
}

/* The expression of a literal pattern (or mapping key), NULL if none. */
static GpNode *p_pat_literal(Parser *p) {
  switch (tk(p)) {
  case TK_NUMBER:
  case TK_MINUS:
    return p_pat_number(p);
  case TK_STRING: {
    GpNode *s = p_strings(p);
    if (s && s->kind == GP_N_FSTRING)
      return P_ERR_NODE(p, s, "patterns may only match literals and attribute lookups");
    return p_end(p, s);
  }
  case TK_NONE:
  case TK_TRUE:
  case TK_FALSE:
    return p_end(p, p_atom(p));
  default:
    return p_syntax(p);
  }
}

/* name or name.attr...: the dotted expression; *dotted says which. */
static GpNode *p_pat_dotted(Parser *p, bool *dotted) {
  GpToken *t0 = p->t;
  GpNode *e = p_node(p, GP_N_NAME, p_next(p));
  e->name = p_tokstr(p, t0);
  p_end(p, e);
  *dotted = false;
  while (p_accept(p, TK_DOT)) {
    if (tk(p) != TK_NAME) return p_syntax(p);
    GpNode *a = p_node(p, GP_N_ATTR, t0);
    a->a = e;
    a->name = p_tokstr(p, p_next(p));
    e = p_end(p, a);
    *dotted = true;
  }
  return e;
}

/* Cls(p, q, k=r): positional sub-patterns, then keyword ones. */
static GpNode *p_pat_class(Parser *p, GpNode *cls, const GpToken *t0) {
  GpNode *r = p_pat(p, GP_PAT_CLASS, t0);
  Vec pos = {0}, kws = {0};
  NameVec names = {0};
  r->a = cls;
  p_next(p);
  while (tk(p) != TK_RPAR) {
    bool kw = tk(p) == TK_NAME && tk_peek(p) == TK_EQUAL;
    const char *name = kw ? p_tokstr(p, p->t) : NULL;
    if (kw) {
      p_next(p);
      p_next(p);
    }
    GpNode *v = p_pattern(p);
    if (v == NULL) return NULL;
    if (!kw && kws.n) return P_ERR_NODE(p, v, "positional patterns follow keyword patterns");
    if (kw) names_push(p, &names, name);
    vec_push(p, kw ? &kws : &pos, v);
    if (!p_accept(p, TK_COMMA)) break;
  }
  if (!p_expect(p, TK_RPAR)) return NULL;
  r->elts = vec_list(&pos);
  r->kw = vec_list(&kws);
  r->names = names.items;
  r->n = names.n;
  return p_end(p, r);
}

/* A capture, wildcard, value or class pattern. */
static GpNode *p_pat_name(Parser *p) {
  GpToken *t0 = p->t;
  bool dotted;
  GpNode *e = p_pat_dotted(p, &dotted);
  if (e == NULL) return NULL;
  if (tk(p) == TK_LPAR) return p_pat_class(p, e, t0);
  GpNode *r = p_pat(p, dotted ? GP_PAT_VALUE : GP_PAT_CAPTURE, t0);
  if (dotted)
    r->a = e;
  else
    r->name = strcmp(e->name, "_") ? e->name : NULL;
  return p_end(p, r);
}

/* A sequence element: a pattern or *name. */
static GpNode *p_pat_elem(Parser *p) {
  if (tk(p) != TK_STAR) return p_pattern(p);
  GpToken *t = p_next(p);
  if (tk(p) != TK_NAME) return p_syntax(p);
  GpNode *r = p_pat(p, GP_PAT_STAR, t);
  const char *name = p_tokstr(p, p_next(p));
  r->name = strcmp(name, "_") ? name : NULL;
  return p_end(p, r);
}

/* The elements up to close (first already parsed, or NULL). */
static GpNode *p_pat_seq(Parser *p, const GpToken *t0, GpNode *first, int close) {
  GpNode *r = p_pat(p, GP_PAT_SEQ, t0);
  Vec elts = {0};
  if (first) {
    vec_push(p, &elts, first);
    if (tk(p) != close && !p_expect(p, TK_COMMA)) return NULL;
  }
  while (tk(p) != close) {
    GpNode *e = p_pat_elem(p);
    if (e == NULL) return NULL;
    vec_push(p, &elts, e);
    if (!p_accept(p, TK_COMMA)) break;
  }
  if (!p_expect(p, close)) return NULL;
  r->elts = vec_list(&elts);
  return p_end(p, r);
}

/* ( ): a group, or a tuple-like sequence pattern. */
static GpNode *p_pat_paren(Parser *p) {
  GpToken *t0 = p_next(p);
  if (tk(p) == TK_RPAR) return p_pat_seq(p, t0, NULL, TK_RPAR);
  GpNode *first = p_pat_elem(p);
  if (first == NULL) return NULL;
  if (tk(p) == TK_RPAR) { /* (*x) is no pattern */
    if (first->op == GP_PAT_STAR) return p_syntax(p);
    p_next(p);
    return first;
  }
  return p_pat_seq(p, t0, first, TK_RPAR);
}

static bool p_pat_map_item(Parser *p, GpNode *r, Vec *keys, Vec *vals) {
  if (p_accept(p, TK_DSTAR)) {
    if (tk(p) != TK_NAME || strcmp(p_tokstr(p, p->t), "_") == 0) {
      p_syntax(p);
      return false;
    }
    r->name = p_tokstr(p, p_next(p));
    return true;
  }
  GpNode *k;
  if (tk(p) == TK_NAME) {
    bool dotted;
    k = p_pat_dotted(p, &dotted);
    if (k && !dotted) {
      p_syntax(p);
      return false;
    }
  } else {
    k = p_pat_literal(p);
  }
  if (k == NULL || !p_expect(p, TK_COLON)) return false;
  GpNode *v = p_pattern(p);
  if (v == NULL) return false;
  vec_push(p, keys, k);
  vec_push(p, vals, v);
  return true;
}

static GpNode *p_pat_map(Parser *p) {
  GpNode *r = p_pat(p, GP_PAT_MAP, p_next(p));
  Vec keys = {0}, vals = {0};
  while (tk(p) != TK_RBRACE) {
    if (r->name) return p_syntax(p); /* **rest comes last */
    if (!p_pat_map_item(p, r, &keys, &vals)) return NULL;
    if (!p_accept(p, TK_COMMA)) break;
  }
  if (!p_expect(p, TK_RBRACE)) return NULL;
  r->elts = vec_list(&keys);
  r->kw = vec_list(&vals);
  return p_end(p, r);
}

static GpNode *p_pat_closed(Parser *p) {
  GpToken *t0 = p->t;
  switch (tk(p)) {
  case TK_NAME:
    return p_pat_name(p);
  case TK_LPAR:
    return p_pat_paren(p);
  case TK_LSQB:
    return p_pat_seq(p, p_next(p), NULL, TK_RSQB);
  case TK_LBRACE:
    return p_pat_map(p);
  default: {
    GpNode *e = p_pat_literal(p);
    if (e == NULL) return NULL;
    bool single = e->kind == GP_N_NONE || e->kind == GP_N_TRUE || e->kind == GP_N_FALSE;
    GpNode *r = p_pat(p, single ? GP_PAT_SINGLETON : GP_PAT_VALUE, t0);
    r->a = e;
    return p_end(p, r);
  }
  }
}

/* closed ('|' closed)* ['as' name] */
static GpNode *p_pattern(Parser *p) {
  GpToken *t0 = p->t;
  if (!p_enter(p)) return NULL;
  GpNode *r = p_pat_closed(p);
  if (r && tk(p) == TK_VBAR) {
    Vec alts = {0};
    vec_push(p, &alts, r);
    while (r && p_accept(p, TK_VBAR))
      if ((r = p_pat_closed(p)) != NULL) vec_push(p, &alts, r);
    if (r) {
      r = p_pat(p, GP_PAT_OR, t0);
      r->elts = vec_list(&alts);
      p_end(p, r);
    }
  }
  p_leave(p);
  if (r == NULL || !p_accept(p, TK_AS)) return r;
  if (tk(p) != TK_NAME) return p_syntax(p);
  const char *name = p_tokstr(p, p->t);
  if (strcmp(name, "_") == 0) return P_ERR_TOK(p, p->t, "cannot use '_' as a target");
  p_next(p);
  GpNode *as = p_pat(p, GP_PAT_AS, t0);
  as->a = r;
  as->name = name;
  return p_end(p, as);
}

/* A case's patterns: one, or an open sequence `a, *b`. */
static GpNode *p_case_patterns(Parser *p) {
  GpToken *t0 = p->t;
  GpNode *first = p_pat_elem(p);
  if (first == NULL || tk(p) != TK_COMMA)
    return first && first->op == GP_PAT_STAR ? p_syntax(p) : first;
  GpNode *r = p_pat(p, GP_PAT_SEQ, t0);
  Vec elts = {0};
  vec_push(p, &elts, first);
  while (p_accept(p, TK_COMMA)) {
    if (tk(p) == TK_COLON || tk(p) == TK_IF) break;
    GpNode *e = p_pat_elem(p);
    if (e == NULL) return NULL;
    vec_push(p, &elts, e);
  }
  r->elts = vec_list(&elts);
  return p_end(p, r);
}

/* CPython's compiler checks of a pattern (reported as p_sem errors):
** captures bind each name once, alternatives bind the same names, an
** irrefutable pattern is allowed only where nothing follows it. */
static void p_pat_check(Parser *p, GpNode *n, NameVec *bound, bool allow_irrefutable);

static void p_pat_bind(Parser *p, GpNode *n, NameVec *bound, const char *name) {
  if (name == NULL) return;
  for (int i = 0; i < bound->n; i++)
    if (strcmp(bound->items[i], name) == 0)
      p_sem(p, n->line, n->col, "multiple assignments to name '%s' in pattern", name);
  names_push(p, bound, name);
}

static bool p_names_same(const NameVec *a, const NameVec *b) {
  if (a->n != b->n) return false;
  for (int i = 0; i < a->n; i++) {
    int k = 0;
    while (k < b->n && strcmp(a->items[i], b->items[k]) != 0)
      k++;
    if (k == b->n) return false;
  }
  return true;
}

static void p_pat_or_check(Parser *p, GpNode *n, NameVec *bound, bool allow_irrefutable) {
  NameVec first = {0};
  for (int i = 0; i < n->elts.n; i++) {
    NameVec alt = {0};
    p_pat_check(p, n->elts.items[i], &alt, allow_irrefutable && i == n->elts.n - 1);
    if (i == 0)
      first = alt;
    else if (!p_names_same(&first, &alt))
      p_sem(p, n->elts.items[i]->line, n->elts.items[i]->col,
            "alternative patterns bind different names");
  }
  for (int i = 0; i < first.n; i++)
    p_pat_bind(p, n, bound, first.items[i]);
}

/* Two literal keys that are the same constant (as CPython's set of them). */
static bool p_same_key(const GpNode *a, const GpNode *b) {
  if (a->kind != b->kind) return false;
  switch (a->kind) {
  case GP_N_STR:
  case GP_N_BYTES:
    return a->str_len == b->str_len && memcmp(a->str, b->str, a->str_len) == 0;
  case GP_N_INT:
    return !a->big_digits && !b->big_digits && a->ival == b->ival;
  case GP_N_NONE:
  case GP_N_TRUE:
  case GP_N_FALSE:
    return true;
  default:
    return false;
  }
}

/* The repr of a duplicate key, for the message (simple constants only). */
static const char *p_key_repr(const GpNode *k, char *buf, size_t size) {
  if (k->kind == GP_N_STR)
    snprintf(buf, size, "'%.*s'", (int)k->str_len, k->str);
  else if (k->kind == GP_N_INT)
    snprintf(buf, size, "%lld", (long long)k->ival);
  else
    snprintf(buf, size, "%s",
             k->kind == GP_N_NONE   ? "None"
             : k->kind == GP_N_TRUE ? "True"
                                    : "False");
  return buf;
}

static void p_map_check(Parser *p, GpNode *n, NameVec *bound) {
  char buf[128];
  for (int i = 0; i < n->elts.n; i++) {
    for (int k = 0; k < i; k++)
      if (p_same_key(n->elts.items[k], n->elts.items[i]))
        p_sem(p, n->line, n->col, "mapping pattern checks duplicate key (%s)",
              p_key_repr(n->elts.items[i], buf, sizeof buf));
    p_pat_check(p, n->kw.items[i], bound, true);
  }
  p_pat_bind(p, n, bound, n->name);
}

static void p_pat_check(Parser *p, GpNode *n, NameVec *bound, bool allow_irrefutable) {
  int stars = 0;
  switch (n->op) {
  case GP_PAT_CAPTURE:
    if (!allow_irrefutable) {
      if (n->name)
        p_sem(p, n->line, n->col, "name capture '%s' makes remaining patterns unreachable",
              n->name);
      else
        p_sem(p, n->line, n->col, "wildcard makes remaining patterns unreachable");
    }
    p_pat_bind(p, n, bound, n->name);
    break;
  case GP_PAT_STAR:
    p_pat_bind(p, n, bound, n->name);
    break;
  case GP_PAT_AS:
    p_pat_check(p, n->a, bound, allow_irrefutable);
    p_pat_bind(p, n, bound, n->name);
    break;
  case GP_PAT_OR:
    p_pat_or_check(p, n, bound, allow_irrefutable);
    break;
  case GP_PAT_SEQ:
    for (int i = 0; i < n->elts.n; i++) {
      if (n->elts.items[i]->op == GP_PAT_STAR && ++stars == 2)
        p_sem(p, n->line, n->col, "multiple starred names in sequence pattern");
      p_pat_check(p, n->elts.items[i], bound, true);
    }
    break;
  case GP_PAT_MAP:
    p_map_check(p, n, bound);
    break;
  case GP_PAT_CLASS:
    for (int i = 0; i < n->elts.n; i++)
      p_pat_check(p, n->elts.items[i], bound, true);
    for (int i = 0; i < n->n; i++) {
      for (int k = 0; k < i; k++)
        if (strcmp(n->names[k], n->names[i]) == 0)
          p_sem(p, n->kw.items[i]->line, n->kw.items[i]->col,
                "attribute name repeated in class pattern: %s", n->names[i]);
      p_pat_check(p, n->kw.items[i], bound, true);
    }
    break;
  default:
    break;
  }
}

static GpNode *p_case(Parser *p) {
  GpToken *t = p_next(p);
  GpNode *c = p_node(p, GP_N_CASE, t);
  bool ok;
  if ((c->a = p_case_patterns(p)) == NULL) return NULL;
  if (p_accept(p, TK_IF) && (c->b = p_named(p)) == NULL) return NULL;
  if (!p_colon(p, false)) return NULL;
  c->body = p_block(p, "'case' statement", t->line, &ok);
  return ok ? p_end_block(c) : NULL;
}

static bool p_is_case(Parser *p) {
  return tk(p) == TK_NAME && p->t->len == 4 && memcmp(p->t->s, "case", 4) == 0;
}

/* match subject: NEWLINE INDENT case+ DEDENT */
static GpNode *p_match(Parser *p) {
  GpToken *t = p_next(p);
  GpNode *r = p_node(p, GP_N_MATCH, t);
  Vec cases = {0};
  if ((r->a = p_star_exprs(p)) == NULL || !p_colon(p, false)) return NULL;
  if (!p_expect(p, TK_NEWLINE)) return NULL;
  if (tk(p) != TK_INDENT)
    return p_err_at(p, "IndentationError", p->t->line, p->t->col,
                    "expected an indented block after 'match' statement on line %d", t->line);
  p_next(p);
  while (p_is_case(p)) {
    GpNode *c = p_case(p);
    if (c == NULL) return NULL;
    vec_push(p, &cases, c);
  }
  if (cases.n == 0 || !p_expect(p, TK_DEDENT)) return cases.n ? NULL : p_syntax(p);
  r->body = vec_list(&cases);
  for (int i = 0; i < cases.n; i++) {
    NameVec bound = {0};
    GpNode *c = cases.items[i];
    p_pat_check(p, c->a, &bound, c->b != NULL || i == cases.n - 1);
  }
  return r;
}

/* `match x:` — a logical line starting with the soft keyword and ending
** with ':' is a match statement (no simple statement ends with ':'). */
static bool p_is_match(Parser *p) {
  GpToken *t = p->t;
  if (t->len != 5 || memcmp(t->s, "match", 5) != 0) return false;
  if (!tk_starts_expr(t[1].type) && t[1].type != TK_STAR) return false;
  while (t->type != TK_NEWLINE && t->type != TK_ENDMARKER && t->type != TK_ERROR)
    t++;
  return t->type == TK_NEWLINE && t[-1].type == TK_COLON;
}

/* `match x` then the line's end: CPython's "expected ':'" (its grammar's
** invalid_match_stmt), where `match` cannot be a name followed by an
** operator or a call. */
static bool p_is_match_colonless(Parser *p) {
  GpToken *t = p->t;
  if (t->len != 5 || memcmp(t->s, "match", 5) != 0) return false;
  switch (t[1].type) {
  case TK_NAME:
  case TK_NUMBER:
  case TK_STRING:
  case TK_LBRACE:
  case TK_NONE:
  case TK_TRUE:
  case TK_FALSE:
  case TK_NOT:
  case TK_TILDE:
    break;
  default:
    return false;
  }
  int next;
  p_next(p);
  bool ok = p_speculate(p, p_star_exprs, &next);
  p->t = t;
  return ok && next == TK_NEWLINE;
}

static bool p_statement(Parser *p, Vec *out) {
  GpToken *t = p->t;
  GpNode *r;
  switch (t->type) {
  case TK_IF:
    r = p_if(p);
    break;
  case TK_WHILE:
    r = p_while(p);
    break;
  case TK_FOR:
    r = p_for(p);
    break;
  case TK_TRY:
    r = p_try(p);
    break;
  case TK_WITH:
    r = p_with(p, 0);
    break;
  case TK_DEF:
    r = p_def(p, false);
    break;
  case TK_CLASS:
    r = p_class(p);
    break;
  case TK_AT:
    r = p_decorated(p);
    break;
  case TK_ASYNC:
    r = p_async(p);
    break;
  case TK_INDENT:
  case TK_ERROR:
    return p_syntax(p);
  case TK_NAME:
    if (p_is_match_colonless(p)) {
      while (tk(p) != TK_NEWLINE)
        p_next(p);
      P_ERR_TOK(p, p->t, "expected ':'");
      return false;
    }
    if (!p_is_match(p)) return p_simple_stmts(p, out);
    r = p_match(p);
    break;
  default:
    return p_simple_stmts(p, out);
  }
  if (r == NULL) return false;
  vec_push(p, out, p_end_block(r));
  return true;
}

/* ---------------------------------------------------------------- entry */

/* Iterative walk: the first node deeper than PARSE_MAX_TREE, or NULL. */
static const GpNode *p_too_deep(const GpNode *root) {
  typedef struct {
    const GpNode *n;
    int depth;
  } Item;
  size_t cap = 256, sp = 0;
  Item *stack = malloc(cap * sizeof *stack);
  const GpNode *bad = NULL;
  if (stack == NULL) abort();
  stack[sp++] = (Item){root, 0};
  while (sp && !bad) {
    Item it = stack[--sp];
    if (it.depth > PARSE_MAX_TREE) {
      bad = it.n;
      break;
    }
    const GpNode *n = it.n;
    const GpNode *kids[3] = {n->a, n->b, n->c};
    const GpNodeList *lists[] = {&n->elts, &n->body,  &n->orelse,   &n->finalbody, &n->handlers,
                                 &n->kw,   &n->comps, &n->defaults, &n->decos};
    size_t need = sp + 3;
    for (size_t i = 0; i < sizeof lists / sizeof *lists; i++)
      need += (size_t)lists[i]->n;
    if (need > cap) {
      while (need > cap)
        cap *= 2;
      stack = realloc(stack, cap * sizeof *stack);
      if (stack == NULL) abort();
    }
    for (int i = 0; i < 3; i++)
      if (kids[i]) stack[sp++] = (Item){kids[i], it.depth + 1};
    for (size_t i = 0; i < sizeof lists / sizeof *lists; i++)
      for (int k = 0; k < lists[i]->n; k++)
        stack[sp++] = (Item){lists[i]->items[k], it.depth + 1};
  }
  free(stack);
  return bad;
}

/* What CPython checks before tokenizing: no NUL byte, valid UTF-8. */
static bool p_check_source(const char *src, size_t len, const char *filename, GpSyntaxError *err) {
  const char *nul = memchr(src, '\0', len);
  if (nul) {
    int line = 1;
    for (const char *q = src; q < nul; q++)
      line += *q == '\n';
    gp_lex_seterr(err, "SyntaxError", src, nul, line, 0, "source code cannot contain null bytes");
    err->col = 0;
    return false;
  }
  const unsigned char *s = (const unsigned char *)src;
  for (size_t i = 0; i < len;) {
    unsigned char c = s[i];
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    bool ok = n > 0 && c != 0xC0 && c != 0xC1 && c <= 0xF4 && i + n <= len;
    for (size_t k = 1; ok && k < n; k++)
      ok = (s[i + k] & 0xC0) == 0x80;
    if (ok && n == 3) { /* overlongs and surrogates */
      ok = !(c == 0xE0 && s[i + 1] < 0xA0) && !(c == 0xED && s[i + 1] >= 0xA0);
    } else if (ok && n == 4) {
      ok = !(c == 0xF0 && s[i + 1] < 0x90) && !(c == 0xF4 && s[i + 1] >= 0x90);
    }
    if (!ok) {
      int line = 1;
      for (size_t k = 0; k < i; k++)
        line += s[k] == '\n';
      memset(err, 0, sizeof *err);
      err->kind = "SyntaxError";
      err->line = line;
      if (filename) { /* what python3 FILE says */
        snprintf(err->msg, sizeof err->msg,
                 "Non-UTF-8 code starting with '\\x%02x' in file %.100s on line %d, but no "
                 "encoding declared; see https://peps.python.org/pep-0263/ for details",
                 c, filename, line);
        return false;
      }
      gp_lex_seterr(err, "SyntaxError", src, src + len, line, 0,
                    "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s", c,
                    i,
                    n == 0 || c == 0xC0 || c == 0xC1 || c > 0xF4 ? "invalid start byte"
                    : i + n > len                                ? "unexpected end of data"
                                                                 : "invalid continuation byte");
      return false;
    }
    i += n;
  }
  return true;
}

/* eval()'s input: one expression (list) and nothing after it but newlines,
** as a return statement. */
static void p_eval_input(Parser *p, Vec *body) {
  GpNode *r = p_node(p, GP_N_RETURN, p->t);
  if ((r->a = p_star_exprs(p)) == NULL) return;
  while (tk(p) == TK_NEWLINE)
    p_next(p);
  if (tk(p) != TK_ENDMARKER) {
    p_syntax(p);
    return;
  }
  vec_push(p, body, r);
}

static GpNode *p_source(GpArena *arena, const char *src, size_t len, const char *filename,
                        GpSyntaxError *err, bool eval) {
  memset(err, 0, sizeof *err);
  if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
    src += 3;
    len -= 3;
  }
  if (!p_check_source(src, len, filename, err)) return NULL;
  PState st = {.A = arena, .src0 = src, .srcend = src + len, .err = err};
  Parser p = {.st = &st};
  gp_lex(src, len, &p.lx);
  p.t = p.far = p.lx.toks;
  const GpToken *mod_tok = p.t;
  GpNode *mod = p_node(&p, GP_N_MODULE, mod_tok);
  mod->line = 1;
  mod->col = 0;
  Vec body = {0};
  if (eval) p_eval_input(&p, &body);
  while (!eval && tk(&p) != TK_ENDMARKER && !st.failed) {
    if (tk(&p) == TK_NEWLINE) { /* a lone ';'-less empty line cannot occur; be safe */
      p_next(&p);
      continue;
    }
    p_statement(&p, &body);
  }
  mod->body = vec_list(&body);
  if (!st.failed && p.annotated) mod->body = p_setup_annotations(&p, mod->body, mod_tok);
  if (st.failed) {
    /* as in CPython, a tokenizer error anywhere beats a parser error, and a
    ** bracket left open beats an error whose search read past its line */
    if (p.lx.errkind == GP_LEXERR_HARD || (p.lx.paren_line && st.far_line > p.lx.paren_line))
      *err = p.lx.err;
  } else if (st.has_sem) {
    *err = st.sem;
    st.failed = true;
  } else {
    const GpNode *bad = p_too_deep(mod);
    if (bad) {
      p_err_at(&p, "SyntaxError", bad->line, bad->col, "expression or block nesting too deep");
      *err = *st.err;
    }
  }
  gp_lex_free(&p.lx);
  return st.failed ? NULL : mod;
}

GpNode *gp_parse(GpArena *arena, const char *src, size_t len, const char *filename,
                 GpSyntaxError *err) {
  return p_source(arena, src, len, filename, err, false);
}

GpNode *gp_parse_eval(GpArena *arena, const char *src, size_t len, const char *filename,
                      GpSyntaxError *err) {
  GpNode *mod = p_source(arena, src, len, filename, err, true);
  if (mod) mod->op = 1;
  return mod;
}
