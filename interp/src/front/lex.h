/*
** lex.h — the tokenizer, private to the front end (lex.c, parse.c).
** The whole source is tokenized up front into an array: CPython lets a
** tokenizer error anywhere in the file take precedence over a parser error,
** which needs the complete token stream anyway, and the parser gets
** unlimited lookahead for free.
*/
#ifndef GP_LEX_H
#define GP_LEX_H

#include <stdbool.h>
#include <stddef.h>

#include "ast.h"

typedef enum {
  TK_ENDMARKER,
  TK_NAME,
  TK_NUMBER,
  TK_STRING,
  TK_NEWLINE,
  TK_INDENT,
  TK_DEDENT,
  TK_ERROR, /* the lexer stopped here; GpLexed.err says why */
  /* keywords */
  TK_FALSE,
  TK_NONE,
  TK_TRUE,
  TK_AND,
  TK_AS,
  TK_ASSERT,
  TK_ASYNC,
  TK_AWAIT,
  TK_BREAK,
  TK_CLASS,
  TK_CONTINUE,
  TK_DEF,
  TK_DEL,
  TK_ELIF,
  TK_ELSE,
  TK_EXCEPT,
  TK_FINALLY,
  TK_FOR,
  TK_FROM,
  TK_GLOBAL,
  TK_IF,
  TK_IMPORT,
  TK_IN,
  TK_IS,
  TK_LAMBDA,
  TK_NONLOCAL,
  TK_NOT,
  TK_OR,
  TK_PASS,
  TK_RAISE,
  TK_RETURN,
  TK_TRY,
  TK_WHILE,
  TK_WITH,
  TK_YIELD,
  /* operators and delimiters */
  TK_LPAR,
  TK_RPAR,
  TK_LSQB,
  TK_RSQB,
  TK_LBRACE,
  TK_RBRACE,
  TK_COLON,
  TK_COMMA,
  TK_SEMI,
  TK_PLUS,
  TK_MINUS,
  TK_STAR,
  TK_SLASH,
  TK_DSLASH,
  TK_PERCENT,
  TK_DSTAR,
  TK_LSHIFT,
  TK_RSHIFT,
  TK_AMPER,
  TK_VBAR,
  TK_CIRCUMFLEX,
  TK_TILDE,
  TK_LESS,
  TK_GREATER,
  TK_LESSEQ,
  TK_GREATEREQ,
  TK_EQEQ,
  TK_NOTEQ,
  TK_EQUAL,
  TK_DOT,
  TK_ARROW,
  TK_AT,
  TK_ELLIPSIS,
  TK_WALRUS,
  TK_BANG,
  /* augmented assignment, in GpBinOp order (TK_PLUSEQ + GP_OP_x) */
  TK_PLUSEQ,
  TK_MINUSEQ,
  TK_STAREQ,
  TK_SLASHEQ,
  TK_DSLASHEQ,
  TK_PERCENTEQ,
  TK_DSTAREQ,
  TK_LSHIFTEQ,
  TK_RSHIFTEQ,
  TK_AMPEREQ,
  TK_VBAREQ,
  TK_CIRCUMFLEXEQ,
  TK_ATEQ,
  TK_NTYPES
} GpTokType;

/* GpToken.flags for TK_NUMBER */
enum { GP_NUM_INT = 0, GP_NUM_FLOAT = 1, GP_NUM_IMAG = 2 };
/* GpToken.flags for TK_STRING (prefix letters); quote length is 1 or 3 */
enum { GP_STR_RAW = 1, GP_STR_F = 2, GP_STR_BYTES = 4, GP_STR_TRIPLE = 8 };

typedef struct GpToken {
  unsigned char type, flags;
  unsigned char plen; /* TK_STRING: length of the prefix letters */
  int line, col;      /* 1-based line, 0-based byte column of the start */
  int end_line, end_col;
  const char *s; /* start in the source; s[0..len) is the token text */
  size_t len;
} GpToken;

typedef enum { GP_LEXERR_NONE, GP_LEXERR_HARD, GP_LEXERR_SOFT } GpLexErrKind;

typedef struct GpLexed {
  GpToken *toks; /* malloc'd (or in `arena`); ends with TK_ENDMARKER or TK_ERROR */
  GpArena *arena;
  int n;
  GpLexErrKind errkind;      /* HARD errors win over any parser error (as in CPython);
                                SOFT ones (indentation, continuation, EOF) only when reached */
  int paren_line, paren_col; /* SOFT "'(' was never closed": the bracket */
  GpSyntaxError err;
} GpLexed;

/* Tokenizes src[0..len) (a module). In fexpr mode tokenizes the expression
** of an f-string replacement field, src0[start..end) lies inside src0,
** beginning at (line, col): newlines are insignificant, no NEWLINE/INDENT;
** its (few) tokens live in arena, sparing a malloc per replacement field. */
void gp_lex(const char *src, size_t len, GpLexed *out);
void gp_lex_fexpr(const char *src0, const char *srcend, const char *start, const char *end,
                  int line, int col, GpArena *arena, GpLexed *out);
void gp_lex_free(GpLexed *out);

/* Fills err with an error of the SyntaxError family at byte column bcol
** (0-based) of line `line` of the source src0[0..srcend): err->text is that
** line, err->col the 1-based character offset as CPython reports it. */
void gp_lex_seterr(GpSyntaxError *err, const char *kind, const char *src0, const char *srcend,
                   int line, int bcol, const char *fmt, ...) __attribute__((format(printf, 7, 8)));

/* Display name of a token type, for debugging and tests. */
const char *gp_tok_name(int type);

#endif
