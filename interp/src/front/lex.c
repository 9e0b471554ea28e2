/*
** lex.c — the tokenizer. Follows CPython 3.11's Parser/tokenizer.c closely
** (same number scanning, same error texts and caret columns) so error
** reports match python3's.
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gp.h"
#include "lex.h"
#include "unitab.h"

#define LEX_MAX_INDENT 100 /* CPython's MAXINDENT */
#define LEX_EOF (-1)

typedef struct Lexer {
  const char *src0, *srcend; /* the whole source, for error lines */
  const char *p, *end;       /* what this lexer scans */
  const char *bol;           /* start of the current line */
  int line;
  int ind[LEX_MAX_INDENT + 1], altind[LEX_MAX_INDENT + 1], nind;
  char paren[GP_MAX_NEST];
  int pline[GP_MAX_NEST], pcol[GP_MAX_NEST], level;
  bool atbol, fexpr, online; /* online: a token was emitted on this logical line */
  int cap;
  GpLexed *out;
} Lexer;

static bool lex_isdigit(int c) {
  return c >= '0' && c <= '9';
}
static bool lex_isxdigit(int c) {
  return lex_isdigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static bool lex_isidstart(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
static bool lex_isidchar(int c) {
  return lex_isidstart(c) || lex_isdigit(c);
}

/* ------------------------------------------------------------- errors */

/* Finds line `line` (1-based) of src0[0..srcend): \n, \r\n and \r all end a
** line, as the lexer counts them. */
static const char *lex_findline(const char *src0, const char *srcend, int line, const char **eol) {
  const char *q = src0;
  for (int l = 1; l < line && q < srcend; q++) {
    if (*q == '\n' || (*q == '\r' && (q + 1 == srcend || q[1] != '\n'))) l++;
  }
  const char *e = q;
  while (e < srcend && *e != '\n' && *e != '\r')
    e++;
  *eol = e;
  return q;
}

void gp_lex_seterr(GpSyntaxError *err, const char *kind, const char *src0, const char *srcend,
                   int line, int bcol, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err->msg, sizeof err->msg, fmt, ap);
  va_end(ap);
  err->kind = kind;
  err->line = line;
  const char *eol, *bol = lex_findline(src0, srcend, line, &eol);
  size_t n = (size_t)(eol - bol);
  if (n >= sizeof err->text) n = sizeof err->text - 1;
  memcpy(err->text, bol, n);
  err->text[n] = '\0';
  /* CPython reports the caret as a 1-based character (not byte) offset */
  int col = 1;
  for (int i = 0; i < bcol && bol + i < eol; i++) {
    if (((unsigned char)bol[i] & 0xC0) != 0x80) col++;
  }
  if (bcol > eol - bol) col += bcol - (int)(eol - bol);
  err->col = bcol < 0 ? 0 : col;
}

/* ------------------------------------------------------------- tokens */

static GpToken *lex_push(Lexer *L, int type, const char *s, int line, int col) {
  GpLexed *o = L->out;
  if (o->n == L->cap) {
    if (o->arena) {
      L->cap = L->cap ? L->cap * 2 : 16;
      GpToken *t = gp_arena_alloc(o->arena, (size_t)L->cap * sizeof *t);
      if (o->n) memcpy(t, o->toks, (size_t)o->n * sizeof *t);
      o->toks = t;
    } else {
      L->cap = L->cap ? L->cap * 2 : 256;
      o->toks = realloc(o->toks, (size_t)L->cap * sizeof *o->toks);
      if (o->toks == NULL) {
        fputs("gilpy: out of memory in tokenizer\n", stderr);
        abort();
      }
    }
  }
  GpToken *t = &o->toks[o->n++];
  memset(t, 0, sizeof *t);
  t->type = (unsigned char)type;
  t->s = s;
  t->len = (size_t)(L->p - s);
  t->line = line;
  t->col = col;
  t->end_line = L->line;
  t->end_col = (int)(L->p - L->bol);
  if (type != TK_NEWLINE && type != TK_INDENT && type != TK_DEDENT) L->online = true;
  return t;
}

/* Stops the lexer with an error at byte column bcol of `line`; the TK_ERROR
** token marks where the parser will meet it. */
static bool lex_error(Lexer *L, GpLexErrKind ek, const char *kind, int line, int bcol,
                      const char *fmt, ...) __attribute__((format(printf, 6, 7)));
static bool lex_error(Lexer *L, GpLexErrKind ek, const char *kind, int line, int bcol,
                      const char *fmt, ...) {
  char msg[256];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  gp_lex_seterr(&L->out->err, kind, L->src0, L->srcend, line, bcol, "%s", msg);
  L->out->errkind = ek;
  lex_push(L, TK_ERROR, L->p, L->line, (int)(L->p - L->bol));
  return false;
}

/* Error with CPython's tokenizer convention: the caret is at the character
** before the cursor cur. */
static bool lex_error_cur(Lexer *L, const char *cur, const char *fmt, const char *arg) {
  return lex_error(L, GP_LEXERR_HARD, "SyntaxError", L->line, (int)(cur - L->bol) - 1, fmt, arg);
}

/* ------------------------------------------------------------ numbers */

/* Cursor helpers mirroring tok_nextc/tok_backup. */
static int lex_nextc(Lexer *L, const char **cur) {
  if (*cur >= L->end) return LEX_EOF;
  return (unsigned char)*(*cur)++;
}
static void lex_backup(const char **cur, int c) {
  if (c != LEX_EOF) (*cur)--;
}

/* A number may be followed by a keyword that can follow it in valid code
** (1if x else y); any other identifier character is an error. */
static bool lex_end_of_number(Lexer *L, const char **cur, int c, const char *kind) {
  const char *q = *cur, *e = L->end;
  const char *kws[] = {"and", "else", "for", "if", "in", "is", "or", "not"};
  if (c != LEX_EOF) {
    for (size_t i = 0; i < sizeof kws / sizeof *kws; i++) {
      size_t n = strlen(kws[i]);
      if (kws[i][0] == c && (size_t)(e - (q - 1)) >= n && memcmp(q - 1, kws[i], n) == 0)
        return true;
    }
  }
  if (c != LEX_EOF && lex_isidchar(c)) {
    lex_backup(cur, c);
    char msg[64];
    snprintf(msg, sizeof msg, "invalid %s literal", kind);
    return lex_error_cur(L, *cur, "%s", msg);
  }
  return true;
}

/* Digits after the first one, with single underscores between them;
** returns the first character after, or -2 on error. */
static int lex_decimal_tail(Lexer *L, const char **cur) {
  int c;
  for (;;) {
    do
      c = lex_nextc(L, cur);
    while (lex_isdigit(c));
    if (c != '_') break;
    c = lex_nextc(L, cur);
    if (!lex_isdigit(c)) {
      lex_backup(cur, c);
      lex_error_cur(L, *cur, "%s", "invalid decimal literal");
      return -2;
    }
  }
  return c;
}

static bool lex_radix(Lexer *L, const char **cur, int base, const char *kind) {
  int c = lex_nextc(L, cur);
  char d[2] = {0, 0};
  do {
    if (c == '_') c = lex_nextc(L, cur);
    bool ok = base == 16 ? lex_isxdigit(c) : (c >= '0' && c < '0' + base);
    if (!ok) {
      if (base != 16 && lex_isdigit(c)) {
        d[0] = (char)c;
        char msg[64];
        snprintf(msg, sizeof msg, "invalid digit '%%s' in %s literal", kind);
        return lex_error_cur(L, *cur, msg, d);
      }
      lex_backup(cur, c);
      char msg[64];
      snprintf(msg, sizeof msg, "invalid %s literal", kind);
      return lex_error_cur(L, *cur, "%s", msg);
    }
    do
      c = lex_nextc(L, cur);
    while (base == 16 ? lex_isxdigit(c) : (c >= '0' && c < '0' + base));
  } while (c == '_');
  if (base != 16 && lex_isdigit(c)) {
    d[0] = (char)c;
    char msg[64];
    snprintf(msg, sizeof msg, "invalid digit '%%s' in %s literal", kind);
    return lex_error_cur(L, *cur, msg, d);
  }
  if (!lex_end_of_number(L, cur, c, kind)) return false;
  lex_backup(cur, c);
  return true;
}

/* Fraction, exponent and imaginary suffix; c is the character after the
** integer part (or after the '.'); sets *kind. */
static bool lex_float_tail(Lexer *L, const char **cur, int c, bool dot, int *kind) {
  if (dot) {
    *kind = GP_NUM_FLOAT;
    if (lex_isdigit(c) && (c = lex_decimal_tail(L, cur)) == -2) return false;
  }
  if (c == 'e' || c == 'E') {
    int e = c;
    c = lex_nextc(L, cur);
    if (c == '+' || c == '-') {
      c = lex_nextc(L, cur);
      if (!lex_isdigit(c)) {
        lex_backup(cur, c);
        return lex_error_cur(L, *cur, "%s", "invalid decimal literal");
      }
    } else if (!lex_isdigit(c)) {
      /* "1else": the 'e' starts a keyword, the number ends before it */
      lex_backup(cur, c);
      if (!lex_end_of_number(L, cur, e, "decimal")) return false;
      lex_backup(cur, e);
      return true;
    }
    *kind = GP_NUM_FLOAT;
    if ((c = lex_decimal_tail(L, cur)) == -2) return false;
  }
  if (c == 'j' || c == 'J') {
    *kind = GP_NUM_IMAG;
    c = lex_nextc(L, cur);
    if (!lex_end_of_number(L, cur, c, "imaginary")) return false;
  } else if (!lex_end_of_number(L, cur, c, "decimal")) {
    return false;
  }
  lex_backup(cur, c);
  return true;
}

static bool lex_number(Lexer *L) {
  const char *s = L->p, *cur = s;
  int kind = GP_NUM_INT, c = lex_nextc(L, &cur);
  bool ok;
  if (c == '.') {
    ok = lex_float_tail(L, &cur, lex_nextc(L, &cur), true, &kind);
  } else if (c == '0') {
    c = lex_nextc(L, &cur);
    if (c == 'x' || c == 'X') {
      ok = lex_radix(L, &cur, 16, "hexadecimal");
    } else if (c == 'o' || c == 'O') {
      ok = lex_radix(L, &cur, 8, "octal");
    } else if (c == 'b' || c == 'B') {
      ok = lex_radix(L, &cur, 2, "binary");
    } else {
      bool nonzero = false;
      for (;;) {
        if (c == '_') {
          c = lex_nextc(L, &cur);
          if (!lex_isdigit(c)) {
            lex_backup(&cur, c);
            return lex_error_cur(L, cur, "%s", "invalid decimal literal");
          }
        }
        if (c != '0') break;
        c = lex_nextc(L, &cur);
      }
      if (lex_isdigit(c)) {
        nonzero = true;
        if ((c = lex_decimal_tail(L, &cur)) == -2) return false;
      }
      if (c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J') {
        bool dot = c == '.';
        ok = lex_float_tail(L, &cur, dot ? lex_nextc(L, &cur) : c, dot, &kind);
      } else if (nonzero) {
        return lex_error(L, GP_LEXERR_HARD, "SyntaxError", L->line, (int)(s - L->bol),
                         "leading zeros in decimal integer literals are not permitted; "
                         "use an 0o prefix for octal integers");
      } else {
        ok = lex_end_of_number(L, &cur, c, "decimal");
        if (ok) lex_backup(&cur, c);
      }
    }
  } else {
    if ((c = lex_decimal_tail(L, &cur)) == -2) return false;
    bool dot = c == '.';
    ok = lex_float_tail(L, &cur, dot ? lex_nextc(L, &cur) : c, dot, &kind);
  }
  if (!ok) return false;
  int col = (int)(s - L->bol);
  L->p = cur;
  lex_push(L, TK_NUMBER, s, L->line, col)->flags = (unsigned char)kind;
  return true;
}

/* ------------------------------------------------------------ strings */

/* Consumes one newline (\n, \r\n or \r) at L->p. */
static void lex_newline(Lexer *L) {
  if (*L->p == '\r' && L->p + 1 < L->end && L->p[1] == '\n') L->p++;
  L->p++;
  L->line++;
  L->bol = L->p;
}

static bool lex_string(Lexer *L, const char *s, int flags) {
  int line = L->line, col = (int)(s - L->bol);
  char q = *L->p;
  int qn = 1;
  if (L->end - L->p >= 3 && L->p[1] == q && L->p[2] == q) {
    qn = 3;
    flags |= GP_STR_TRIPLE;
  }
  L->p += qn;
  for (;;) {
    if (L->p >= L->end || (qn == 1 && (*L->p == '\n' || *L->p == '\r'))) {
      /* the last line holding text: a final newline does not start one */
      int at = L->line;
      if (L->p >= L->end && L->p > L->src0 && (L->p[-1] == '\n' || L->p[-1] == '\r')) at--;
      return lex_error(L, GP_LEXERR_HARD, "SyntaxError", line, col,
                       qn == 3 ? "unterminated triple-quoted string literal (detected at line %d)"
                               : "unterminated string literal (detected at line %d)",
                       at);
    }
    char c = *L->p;
    if (c == q && (qn == 1 || (L->end - L->p >= 3 && L->p[1] == q && L->p[2] == q))) {
      L->p += qn;
      break;
    }
    if (c == '\n' || c == '\r') {
      lex_newline(L);
      continue;
    }
    L->p++;
    if (c == '\\' && L->p < L->end) {
      if (*L->p == '\n' || *L->p == '\r')
        lex_newline(L);
      else
        L->p++;
    }
  }
  GpToken *t = lex_push(L, TK_STRING, s, line, col);
  t->flags = (unsigned char)flags;
  while (s[t->plen] != '\'' && s[t->plen] != '"')
    t->plen++;
  return true;
}

/* String prefix letters -> GP_STR_ flags, or -1 if not a valid prefix. */
static int lex_prefix(const char *s, size_t n) {
  int f = 0;
  if (n > 2) return -1;
  for (size_t i = 0; i < n; i++) {
    int bit;
    switch (s[i] | 0x20) {
    case 'r':
      bit = GP_STR_RAW;
      break;
    case 'f':
      bit = GP_STR_F;
      break;
    case 'b':
      bit = GP_STR_BYTES;
      break;
    case 'u':
      bit = 16;
      break;
    default:
      return -1;
    }
    if (f & bit) return -1;
    f |= bit;
  }
  /* u combines with nothing; f and b exclude each other */
  if ((f & 16) && n > 1) return -1;
  if ((f & GP_STR_F) && (f & GP_STR_BYTES)) return -1;
  return f & ~16;
}

/* ----------------------------------------------------- names, keywords */

static const struct {
  const char *s;
  int tok;
} lex_keywords[] = {
    {"False", TK_FALSE},
    {"None", TK_NONE},
    {"True", TK_TRUE},
    {"and", TK_AND},
    {"as", TK_AS},
    {"assert", TK_ASSERT},
    {"async", TK_ASYNC},
    {"await", TK_AWAIT},
    {"break", TK_BREAK},
    {"class", TK_CLASS},
    {"continue", TK_CONTINUE},
    {"def", TK_DEF},
    {"del", TK_DEL},
    {"elif", TK_ELIF},
    {"else", TK_ELSE},
    {"except", TK_EXCEPT},
    {"finally", TK_FINALLY},
    {"for", TK_FOR},
    {"from", TK_FROM},
    {"global", TK_GLOBAL},
    {"if", TK_IF},
    {"import", TK_IMPORT},
    {"in", TK_IN},
    {"is", TK_IS},
    {"lambda", TK_LAMBDA},
    {"nonlocal", TK_NONLOCAL},
    {"not", TK_NOT},
    {"or", TK_OR},
    {"pass", TK_PASS},
    {"raise", TK_RAISE},
    {"return", TK_RETURN},
    {"try", TK_TRY},
    {"while", TK_WHILE},
    {"with", TK_WITH},
    {"yield", TK_YIELD},
};

static int lex_keyword(const char *s, size_t n) {
  if (n < 2 || n > 8) return TK_NAME;
  for (size_t i = 0; i < sizeof lex_keywords / sizeof *lex_keywords; i++) {
    const char *k = lex_keywords[i].s;
    if (k[0] == s[0] && strlen(k) == n && memcmp(k, s, n) == 0) return lex_keywords[i].tok;
  }
  return TK_NAME;
}

/* Non-ASCII identifier characters must be XID_Start/XID_Continue, as in
** CPython; anything else is the error CPython's tokenizer gives for it. */
static bool lex_name_valid(Lexer *L, const char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    if ((unsigned char)s[i] < 0x80) {
      i++;
      continue;
    }
    size_t len;
    uint32_t cp = gp_utf8_decode(s + i, &len);
    if (i == 0 ? gp_uni_idstart(cp) : gp_uni_idcont(cp)) {
      i += len;
      continue;
    }
    L->p = s + i;
    int col = (int)(s + i - L->bol);
    if (!gp_uni_printable(cp))
      return lex_error(L, GP_LEXERR_HARD, "SyntaxError", L->line, col,
                       "invalid non-printable character U+%04X", (unsigned)cp);
    return lex_error(L, GP_LEXERR_HARD, "SyntaxError", L->line, col,
                     "invalid character '%.*s' (U+%04X)", (int)len, s + i, (unsigned)cp);
  }
  return true;
}

static bool lex_name(Lexer *L) {
  const char *s = L->p;
  while (L->p < L->end && lex_isidchar((unsigned char)*L->p))
    L->p++;
  size_t n = (size_t)(L->p - s);
  if (!lex_name_valid(L, s, n)) return false;
  if (L->p < L->end && (*L->p == '\'' || *L->p == '"')) {
    int f = lex_prefix(s, n);
    if (f >= 0) return lex_string(L, s, f);
  }
  lex_push(L, lex_keyword(s, n), s, L->line, (int)(s - L->bol));
  return true;
}

/* ---------------------------------------------------------- operators */

static int lex_op3(const char *p, size_t avail, int *len) {
  static const struct {
    const char *s;
    int tok;
  } ops[] = {
      {"**=", TK_DSTAREQ},  {"//=", TK_DSLASHEQ},    {">>=", TK_RSHIFTEQ}, {"<<=", TK_LSHIFTEQ},
      {"...", TK_ELLIPSIS}, {"!=", TK_NOTEQ},        {"**", TK_DSTAR},     {"//", TK_DSLASH},
      {"<<", TK_LSHIFT},    {">>", TK_RSHIFT},       {"<=", TK_LESSEQ},    {">=", TK_GREATEREQ},
      {"==", TK_EQEQ},      {"->", TK_ARROW},        {"+=", TK_PLUSEQ},    {"-=", TK_MINUSEQ},
      {"*=", TK_STAREQ},    {"/=", TK_SLASHEQ},      {"%=", TK_PERCENTEQ}, {"&=", TK_AMPEREQ},
      {"|=", TK_VBAREQ},    {"^=", TK_CIRCUMFLEXEQ}, {"@=", TK_ATEQ},      {":=", TK_WALRUS},
  };
  for (size_t i = 0; i < sizeof ops / sizeof *ops; i++) {
    size_t n = strlen(ops[i].s);
    if (n <= avail && memcmp(p, ops[i].s, n) == 0) {
      *len = (int)n;
      return ops[i].tok;
    }
  }
  *len = 1;
  switch (*p) {
  case '(':
    return TK_LPAR;
  case ')':
    return TK_RPAR;
  case '[':
    return TK_LSQB;
  case ']':
    return TK_RSQB;
  case '{':
    return TK_LBRACE;
  case '}':
    return TK_RBRACE;
  case ':':
    return TK_COLON;
  case ',':
    return TK_COMMA;
  case ';':
    return TK_SEMI;
  case '+':
    return TK_PLUS;
  case '-':
    return TK_MINUS;
  case '*':
    return TK_STAR;
  case '/':
    return TK_SLASH;
  case '%':
    return TK_PERCENT;
  case '&':
    return TK_AMPER;
  case '|':
    return TK_VBAR;
  case '^':
    return TK_CIRCUMFLEX;
  case '~':
    return TK_TILDE;
  case '<':
    return TK_LESS;
  case '>':
    return TK_GREATER;
  case '=':
    return TK_EQUAL;
  case '.':
    return TK_DOT;
  case '@':
    return TK_AT;
  default:
    return TK_BANG; /* '!', '$', '?', '`': never valid in the grammar */
  }
}

static bool lex_bracket(Lexer *L, int tok) {
  char c = *L->p;
  int col = (int)(L->p - L->bol);
  if (tok == TK_LPAR || tok == TK_LSQB || tok == TK_LBRACE) {
    if (L->level >= GP_MAX_NEST)
      return lex_error(L, GP_LEXERR_HARD, "SyntaxError", L->line, col,
                       "too many nested parentheses");
    L->paren[L->level] = c;
    L->pline[L->level] = L->line;
    L->pcol[L->level++] = col;
    return true;
  }
  if (L->level == 0)
    return lex_error(L, GP_LEXERR_HARD, "SyntaxError", L->line, col, "unmatched '%c'", c);
  char open = L->paren[L->level - 1];
  if ((open == '(' && c != ')') || (open == '[' && c != ']') || (open == '{' && c != '}')) {
    if (L->pline[L->level - 1] != L->line)
      return lex_error(L, GP_LEXERR_HARD, "SyntaxError", L->line, col,
                       "closing parenthesis '%c' does not match opening parenthesis '%c' on "
                       "line %d",
                       c, open, L->pline[L->level - 1]);
    return lex_error(L, GP_LEXERR_HARD, "SyntaxError", L->line, col,
                     "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
  }
  L->level--;
  return true;
}

static bool lex_op(Lexer *L) {
  const char *s = L->p;
  int len, tok = lex_op3(s, (size_t)(L->end - s), &len);
  unsigned char c = (unsigned char)*s;
  if (tok == TK_BANG && c != '!' && (c < 32 || c == 127))
    return lex_error(L, GP_LEXERR_HARD, "SyntaxError", L->line, (int)(s - L->bol),
                     "invalid non-printable character U+%04X", c);
  if (tok <= TK_RBRACE && tok >= TK_LPAR && !lex_bracket(L, tok)) return false;
  L->p += len;
  lex_push(L, tok, s, L->line, (int)(s - L->bol));
  return true;
}

/* -------------------------------------------------------- indentation */

/* At the start of a line outside brackets: measures the indentation and
** emits INDENT/DEDENT. Blank and comment-only lines do not count. */
static bool lex_indent(Lexer *L) {
  int col = 0, alt = 0;
  const char *q = L->p;
  for (; q < L->end; q++) {
    if (*q == ' ') {
      col++;
      alt++;
    } else if (*q == '\t') {
      col = (col / 8 + 1) * 8;
      alt++;
    } else if (*q == '\f') {
      col = alt = 0;
    } else {
      break;
    }
  }
  L->p = q;
  if (q == L->end || *q == '#' || *q == '\n' || *q == '\r') return true;
  int w = (int)(q - L->bol), top = L->nind - 1;
  if (col == L->ind[top]) {
    if (alt != L->altind[top]) goto taberror;
  } else if (col > L->ind[top]) {
    if (L->nind >= LEX_MAX_INDENT)
      return lex_error(L, GP_LEXERR_SOFT, "IndentationError", L->line, 0,
                       "too many levels of indentation");
    if (alt <= L->altind[top]) goto taberror;
    L->ind[L->nind] = col;
    L->altind[L->nind++] = alt;
    /* CPython's caret for "unexpected indent" sits on the last blank */
    lex_push(L, TK_INDENT, q, L->line, w > 0 ? w - 1 : 0);
  } else {
    while (L->nind > 1 && col < L->ind[L->nind - 1])
      L->nind--;
    if (col != L->ind[L->nind - 1]) {
      const char *eol = q;
      while (eol < L->end && *eol != '\n' && *eol != '\r')
        eol++;
      return lex_error(L, GP_LEXERR_SOFT, "IndentationError", L->line, (int)(eol - L->bol),
                       "unindent does not match any outer indentation level");
    }
    if (alt != L->altind[L->nind - 1]) goto taberror;
    /* CPython's caret for errors at a DEDENT is at offset 0 */
    for (int i = L->nind; i <= top; i++)
      lex_push(L, TK_DEDENT, q, L->line, -1);
  }
  return true;
taberror:
  return lex_error(L, GP_LEXERR_SOFT, "TabError", L->line, 0,
                   "inconsistent use of tabs and spaces in indentation");
}

/* ------------------------------------------------------------ driver */

static bool lex_eof(Lexer *L, const char *nl) {
  int col = (int)(L->p - L->bol);
  if (L->fexpr) {
    lex_push(L, TK_ENDMARKER, L->p, L->line, col);
    return false;
  }
  if (L->level > 0) {
    int i = L->level - 1;
    L->out->paren_line = L->pline[i];
    L->out->paren_col = L->pcol[i];
    return lex_error(L, GP_LEXERR_SOFT, "SyntaxError", L->pline[i], L->pcol[i],
                     "'%c' was never closed", L->paren[i]);
  }
  if (L->online) lex_push(L, TK_NEWLINE, nl, L->line, (int)(nl - L->bol));
  /* CPython locates the end of input at the (implicit) newline of the last line */
  int line = L->line;
  if (col == 0 && line > 1) {
    const char *q = L->p - 1;
    if (q > L->src0 && *q == '\n' && q[-1] == '\r') q--;
    const char *b = q;
    while (b > L->src0 && b[-1] != '\n' && b[-1] != '\r')
      b--;
    line--;
    col = (int)(q - b);
  }
  for (; L->nind > 1; L->nind--)
    lex_push(L, TK_DEDENT, L->p, line, col);
  lex_push(L, TK_ENDMARKER, L->p, line, col);
  return false;
}

/* Scans one token (or skips blanks); false once the stream has ended. */
static bool lex_step(Lexer *L) {
  if (L->atbol) {
    L->atbol = false;
    if (!lex_indent(L)) return false;
  }
  while (L->p < L->end && (*L->p == ' ' || *L->p == '\t' || *L->p == '\f'))
    L->p++;
  if (L->p >= L->end) return lex_eof(L, L->p);
  unsigned char c = (unsigned char)*L->p;
  const char *start = L->p; /* CPython starts a NEWLINE at a comment before it */
  if (c == '#') {
    while (L->p < L->end && *L->p != '\n' && *L->p != '\r')
      L->p++;
    if (L->p >= L->end) return lex_eof(L, start);
    c = (unsigned char)*L->p;
  }
  if (c == '\n' || c == '\r') {
    if (L->level > 0 || L->fexpr) {
      lex_newline(L);
      return true;
    }
    if (L->online) {
      lex_push(L, TK_NEWLINE, start, L->line, (int)(start - L->bol));
      L->online = false;
    }
    lex_newline(L);
    L->atbol = true;
    return true;
  }
  if (c == '\\') {
    const char *s = L->p;
    L->p++;
    if (L->p >= L->end)
      return lex_error(L, GP_LEXERR_SOFT, "SyntaxError", L->line, (int)(L->p - L->bol),
                       "unexpected EOF while parsing");
    if (*L->p != '\n' && *L->p != '\r')
      return lex_error(L, GP_LEXERR_SOFT, "SyntaxError", L->line, (int)(s - L->bol) + 1,
                       "unexpected character after line continuation character");
    int line = L->line, col = (int)(L->p - L->bol);
    lex_newline(L);
    if (L->p >= L->end && !L->fexpr)
      return lex_error(L, GP_LEXERR_SOFT, "SyntaxError", line, col, "unexpected EOF while parsing");
    return true;
  }
  if (lex_isidstart(c)) return lex_name(L);
  if (lex_isdigit(c) || (c == '.' && L->p + 1 < L->end && lex_isdigit((unsigned char)L->p[1])))
    return lex_number(L);
  if (c == '\'' || c == '"') return lex_string(L, L->p, 0);
  return lex_op(L);
}

static void lex_run(Lexer *L, GpLexed *out, GpArena *arena) {
  memset(out, 0, sizeof *out);
  out->arena = arena;
  L->out = out;
  L->ind[0] = L->altind[0] = 0;
  L->nind = 1;
  while (lex_step(L)) {
  }
}

void gp_lex(const char *src, size_t len, GpLexed *out) {
  Lexer L;
  memset(&L, 0, sizeof L);
  L.src0 = L.p = L.bol = src;
  L.srcend = L.end = src + len;
  L.line = 1;
  L.atbol = true;
  lex_run(&L, out, NULL);
}

void gp_lex_fexpr(const char *src0, const char *srcend, const char *start, const char *end,
                  int line, int col, GpArena *arena, GpLexed *out) {
  Lexer L;
  memset(&L, 0, sizeof L);
  L.src0 = src0;
  L.srcend = srcend;
  L.p = start;
  L.bol = start - col;
  L.end = end;
  L.line = line;
  L.fexpr = true;
  lex_run(&L, out, arena);
}

void gp_lex_free(GpLexed *out) {
  if (out->arena == NULL) free(out->toks);
  out->toks = NULL;
  out->n = 0;
}

const char *gp_tok_name(int type) {
  static const char *const names[TK_NTYPES] = {
      "ENDMARKER", "NAME",  "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT",   "ERROR", "False",
      "None",      "True",  "and",    "as",     "assert",  "async",  "await",    "break", "class",
      "continue",  "def",   "del",    "elif",   "else",    "except", "finally",  "for",   "from",
      "global",    "if",    "import", "in",     "is",      "lambda", "nonlocal", "not",   "or",
      "pass",      "raise", "return", "try",    "while",   "with",   "yield",    "(",     ")",
      "[",         "]",     "{",      "}",      ":",       ",",      ";",        "+",     "-",
      "*",         "/",     "//",     "%",      "**",      "<<",     ">>",       "&",     "|",
      "^",         "~",     "<",      ">",      "<=",      ">=",     "==",       "!=",    "=",
      ".",         "->",    "@",      "...",    ":=",      "!",      "+=",       "-=",    "*=",
      "/=",        "//=",   "%=",     "**=",    "<<=",     ">>=",    "&=",       "|=",    "^=",
      "@="};
  return type >= 0 && type < TK_NTYPES ? names[type] : "?";
}
