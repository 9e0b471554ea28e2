/*
** re_parse.c — a regular expression's text to a node tree (re.h), with
** the error messages and positions of CPython 3.11's re._parser, which the
** re documentation's syntax describes. Recursion follows group nesting
** only, and stops at RE_MAX_DEPTH with RecursionError as CPython's does.
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "re.h"
#include "unitab.h"

typedef struct P {
  const ReText *pat;
  int64_t i;
  bool bytes, verbose;
  ReTree *tr;
  ReErr *err;
  int depth;
  bool *open; /* open[g]: group g is still being parsed */
  int32_t opencap;
  int32_t behind; /* groups before the innermost look-behind, or -1 */
} P;

#define MAXGROUPS 1073741823

/* ----------------------------------------------------------- errors */

static int fail_at(P *p, int64_t pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int fail_at(P *p, int64_t pos, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(p->err->msg, sizeof p->err->msg, fmt, ap);
  va_end(ap);
  p->err->kind = RE_ERR_SYNTAX;
  p->err->pos = pos;
  return -1;
}

static int oom(P *p) {
  p->err->kind = RE_ERR_MEMORY;
  p->err->pos = -1;
  return -1;
}

/* The text of pattern characters [a, b) as UTF-8 (for messages), quoted
** as Python's %r quotes a short str without escapes in it. */
static void text_of(P *p, int64_t a, int64_t b, char *out, size_t cap) {
  size_t n = 0;
  for (int64_t k = a; k < b && n + 5 < cap; k++) {
    uint32_t c = re_at(p->pat, k);
    if (c < 0x80) {
      out[n++] = (char)c;
    } else if (c < 0x800) {
      out[n++] = (char)(0xC0 | (c >> 6));
      out[n++] = (char)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out[n++] = (char)(0xE0 | (c >> 12));
      out[n++] = (char)(0x80 | ((c >> 6) & 0x3F));
      out[n++] = (char)(0x80 | (c & 0x3F));
    } else {
      out[n++] = (char)(0xF0 | (c >> 18));
      out[n++] = (char)(0x80 | ((c >> 12) & 0x3F));
      out[n++] = (char)(0x80 | ((c >> 6) & 0x3F));
      out[n++] = (char)(0x80 | (c & 0x3F));
    }
  }
  out[n] = 0;
}

/* repr of a name: '...' unless it holds a quote and no double quote */
static const char *quote_of(const char *s) {
  return strchr(s, '\'') && !strchr(s, '"') ? "\"" : "'";
}

/* ------------------------------------------------------------ nodes */

/* Room for one more element in *arr (n used of *cap): 0, or -1 out of memory. */
static int grow(P *p, void **arr, int32_t n, int32_t *cap, size_t elem) {
  if (n < *cap) return 0;
  int32_t c = *cap ? *cap * 2 : 16;
  void *a = realloc(*arr, (size_t)c * elem);
  if (!a) return oom(p);
  *arr = a;
  *cap = c;
  return 0;
}

static int32_t node(P *p, int kind, int nflags) {
  ReTree *tr = p->tr;
  if (grow(p, (void **)&tr->nodes, tr->nnodes, &tr->cap, sizeof(ReNode)) < 0) return -1;
  ReNode *n = &tr->nodes[tr->nnodes];
  memset(n, 0, sizeof *n);
  n->kind = (uint8_t)kind;
  n->nflags = (uint8_t)nflags;
  n->kid = n->kid2 = n->sib = -1;
  return tr->nnodes++;
}

static int node_flags(P *p, int fl) {
  int nf = 0;
  if (fl & RE_F_IGNORECASE) nf |= RNF_ICASE;
  if (fl & RE_F_DOTALL) nf |= RNF_DOTALL;
  if (fl & RE_F_MULTILINE) nf |= RNF_MULTI;
  if ((fl & RE_F_ASCII) || p->bytes) nf |= RNF_ASCII;
  return nf;
}

static int32_t set_new(P *p, int fl) {
  ReTree *tr = p->tr;
  if (grow(p, (void **)&tr->sets, tr->nsets, &tr->setcap, sizeof(ReSet)) < 0) return -1;
  ReSet *s = &tr->sets[tr->nsets];
  memset(s, 0, sizeof *s);
  s->icase = (fl & RE_F_IGNORECASE) != 0;
  s->ascii = (fl & RE_F_ASCII) || p->bytes;
  return tr->nsets++;
}

/* The ranges array doubles whenever its count reaches a power of two. */
static int set_add(P *p, ReSet *s, uint32_t lo, uint32_t hi) {
  if ((s->nranges & (s->nranges - 1)) == 0 || s->nranges == 0) {
    size_t cap = s->nranges ? (size_t)s->nranges * 2 : 4;
    uint32_t *r = realloc(s->ranges, cap * 2 * sizeof *r);
    if (!r) return oom(p);
    s->ranges = r;
  }
  s->ranges[2 * s->nranges] = lo;
  s->ranges[2 * s->nranges + 1] = hi;
  s->nranges++;
  return 0;
}

/* ------------------------------------------------------------ groups */

static int group_open(P *p, const char *name, int64_t namepos) {
  ReTree *tr = p->tr;
  int32_t g = tr->ngroups + 1;
  if (g >= MAXGROUPS) return fail_at(p, namepos, "too many groups");
  if (name)
    for (int32_t k = 1; k < g; k++)
      if (tr->names[k] && strcmp(tr->names[k], name) == 0)
        return fail_at(p, namepos, "redefinition of group name %s%s%s as group %d; was group %d",
                       quote_of(name), name, quote_of(name), (int)g, (int)k);
  if (g + 1 > tr->namecap || g + 1 > p->opencap) {
    int32_t cap = (g + 1) * 2;
    char **n = realloc(tr->names, (size_t)cap * sizeof *n);
    if (!n) return oom(p);
    tr->names = n;
    bool *o = realloc(p->open, (size_t)cap * sizeof *o);
    if (!o) return oom(p);
    p->open = o;
    tr->namecap = p->opencap = cap;
  }
  tr->names[g] = NULL;
  if (name && !(tr->names[g] = strdup(name))) return oom(p);
  p->open[g] = true;
  tr->ngroups = g;
  return g;
}

static int32_t group_named(P *p, const char *name) {
  for (int32_t k = 1; k <= p->tr->ngroups; k++)
    if (p->tr->names[k] && strcmp(p->tr->names[k], name) == 0) return k;
  return -1;
}

/* ------------------------------------------------------------ reading */

static bool at_end(P *p) {
  return p->i >= p->pat->len;
}
static uint32_t peek(P *p) {
  return at_end(p) ? 0 : re_at(p->pat, p->i);
}
static bool eat(P *p, uint32_t c) {
  if (at_end(p) || peek(p) != c) return false;
  p->i++;
  return true;
}
static bool is_digit(uint32_t c) {
  return c >= '0' && c <= '9';
}
static bool is_oct(uint32_t c) {
  return c >= '0' && c <= '7';
}
static int hexval(uint32_t c) {
  if (is_digit(c)) return (int)(c - '0');
  if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
  return -1;
}
static bool is_letter(uint32_t c) {
  return (c | 32) >= 'a' && (c | 32) <= 'z';
}

/* Verbose mode: whitespace and # comments between items are not pattern. */
static void skip_verbose(P *p) {
  while (p->verbose && !at_end(p)) {
    uint32_t c = peek(p);
    if (c == '#') {
      while (!at_end(p) && peek(p) != '\n')
        p->i++;
    } else if (c == ' ' || (c >= '\t' && c <= '\r')) {
      p->i++;
    } else {
      break;
    }
  }
}

/* A name up to term (group names): UTF-8 into out; pos of its start. */
static int read_name(P *p, uint32_t term, const char *what, char *out, size_t cap, int64_t *pos) {
  *pos = p->i;
  while (!at_end(p) && peek(p) != term)
    p->i++;
  if (at_end(p)) {
    if (p->i == *pos) return fail_at(p, p->i, "missing %s", what);
    return fail_at(p, *pos, "missing %c, unterminated name", (char)term);
  }
  if (p->i == *pos) return fail_at(p, p->i, "missing %s", what);
  text_of(p, *pos, p->i, out, cap);
  p->i++; /* the terminator */
  return 0;
}

static bool name_ok(P *p, int64_t a, int64_t b) {
  for (int64_t k = a; k < b; k++) {
    uint32_t c = re_at(p->pat, k);
    bool ok = c < 0x80 ? (c == '_' || is_letter(c) || (k > a && is_digit(c)))
                       : (k == a ? gp_uni_idstart(c) : gp_uni_idcont(c));
    if (!ok) return false;
  }
  return b > a;
}

/* --------------------------------------------------------- escapes */

typedef struct Esc {
  int kind; /* 0 char c, 1 category (cats bit), 2 assertion (at), 3 backref (group) */
  uint32_t v;
} Esc;

static int fixed_hex(P *p, int64_t start, int ndig, uint32_t *out) {
  uint32_t v = 0;
  int k = 0;
  while (k < ndig && !at_end(p) && hexval(peek(p)) >= 0) {
    v = v * 16 + (uint32_t)hexval(peek(p));
    p->i++;
    k++;
  }
  char esc[16];
  text_of(p, start, p->i, esc, sizeof esc);
  if (k != ndig) return fail_at(p, start, "incomplete escape %s", esc);
  if (v > 0x10FFFF) return fail_at(p, start, "bad escape %s", esc);
  *out = v;
  return 0;
}

static int octal_tail(P *p, int64_t start, uint32_t v, int more, Esc *e) {
  while (more-- > 0 && !at_end(p) && is_oct(peek(p)))
    v = v * 8 + (peek(p) - '0'), p->i++;
  if (v > 0377) {
    char esc[16];
    text_of(p, start, p->i, esc, sizeof esc);
    return fail_at(p, start, "octal escape value %s outside of range 0-0o377", esc);
  }
  e->kind = 0;
  e->v = v;
  return 0;
}

static int bad_escape(P *p, int64_t start) {
  char esc[16];
  text_of(p, start, p->i, esc, sizeof esc);
  return fail_at(p, start, "bad escape %s", esc);
}

/* The escapes both contexts share: \x \u \U \N and the named ones. 1 done,
** 0 not one of them. */
static int escape_common(P *p, int64_t start, uint32_t c, Esc *e) {
  static const char simple[] = "a\af\fn\nr\rt\tv\v\\\\";
  for (const char *s = simple; *s; s += 2)
    if (c == (uint8_t)s[0]) {
      e->kind = 0;
      e->v = (uint8_t)s[1];
      return 1;
    }
  int r = 0;
  if (c == 'x')
    r = fixed_hex(p, start, 2, &e->v);
  else if (c == 'u' && !p->bytes)
    r = fixed_hex(p, start, 4, &e->v);
  else if (c == 'U' && !p->bytes)
    r = fixed_hex(p, start, 8, &e->v);
  else if (c == 'N' && !p->bytes) {
    p->err->kind = RE_ERR_NOTIMPL;
    p->err->pos = start;
    snprintf(p->err->msg, sizeof p->err->msg, "re: \\N{...} named characters are not supported");
    return -1;
  } else {
    static const char cats[] = "dDwWsS";
    const char *k = c < 0x80 ? strchr(cats, (int)c) : NULL;
    if (!k || !c) return 0;
    e->kind = 1;
    e->v = 1u << (k - cats);
    /* cats order matches RC_DIGIT, RC_NDIGIT, RC_WORD, RC_NWORD, ... */
    return 1;
  }
  if (r < 0) return -1;
  e->kind = 0;
  return 1;
}

/* An escape inside a class; the backslash is at start, p->i after it. */
static int class_escape(P *p, int64_t start, Esc *e) {
  if (at_end(p)) return fail_at(p, start, "bad escape (end of pattern)");
  uint32_t c = peek(p);
  p->i++;
  if (c == 'b') return e->kind = 0, e->v = '\b', 0;
  int r = escape_common(p, start, c, e);
  if (r) return r < 0 ? -1 : 0;
  if (is_oct(c)) return octal_tail(p, start, c - '0', 2, e);
  if (is_digit(c) || is_letter(c)) return bad_escape(p, start);
  e->kind = 0;
  e->v = c;
  return 0;
}

/* A reference inside a look-behind to a group of the same look-behind. */
static int behind_check(P *p, uint32_t g) {
  if (p->behind >= 0 && (int64_t)g > p->behind)
    return fail_at(p, p->i, "cannot refer to group defined in the same lookbehind subpattern");
  return 0;
}

static int group_ref_check(P *p, int64_t start, uint32_t g) {
  if ((int64_t)g <= p->tr->ngroups) {
    if (p->open[g]) return fail_at(p, start, "cannot refer to an open group");
    return behind_check(p, g);
  }
  return fail_at(p, start + 1, "invalid group reference %u", g);
}

/* An escape outside a class. */
static int escape(P *p, int64_t start, Esc *e) {
  if (at_end(p)) return fail_at(p, start, "bad escape (end of pattern)");
  uint32_t c = peek(p);
  p->i++;
  static const char ats[] = "AZbB";
  static const uint8_t atk[] = {RA_BOS, RA_EOS, RA_WORDB, RA_NWORDB};
  const char *a = c < 0x80 && c ? strchr(ats, (int)c) : NULL;
  if (a) return e->kind = 2, e->v = atk[a - ats], 0;
  int r = escape_common(p, start, c, e);
  if (r) return r < 0 ? -1 : 0;
  if (c == '0') return octal_tail(p, start, 0, 2, e);
  if (is_digit(c)) {
    uint32_t g = c - '0';
    if (is_digit(peek(p))) {
      uint32_t d = peek(p);
      p->i++;
      if (is_oct(c) && is_oct(d) && is_oct(peek(p)))
        return octal_tail(p, start, (c - '0') * 8 + (d - '0'), 1, e);
      g = g * 10 + (d - '0');
    }
    if (group_ref_check(p, start, g) < 0) return -1;
    e->kind = 3;
    e->v = g;
    return 0;
  }
  if (is_letter(c)) return bad_escape(p, start);
  e->kind = 0;
  e->v = c;
  return 0;
}

/* ------------------------------------------------------------ classes */

static int parse_class(P *p, int fl, int32_t *out) {
  int64_t here = p->i - 1;
  int32_t si = set_new(p, fl);
  if (si < 0) return -1;
  bool negate = eat(p, '^');
  int64_t first = p->i;
  for (;;) {
    if (at_end(p)) return fail_at(p, here, "unterminated character set");
    int64_t istart = p->i;
    uint32_t c = peek(p);
    p->i++;
    if (c == ']' && istart != first) break;
    Esc lo = {0, c};
    if (c == '\\' && class_escape(p, istart, &lo) < 0) return -1;
    uint32_t hi = lo.v;
    bool range =
        !at_end(p) && peek(p) == '-' && p->i + 1 < p->pat->len && re_at(p->pat, p->i + 1) != ']';
    if (!at_end(p) && peek(p) == '-' && p->i + 1 >= p->pat->len)
      return fail_at(p, here, "unterminated character set");
    if (range) {
      p->i++;
      int64_t hstart = p->i;
      uint32_t h = peek(p);
      p->i++;
      Esc he = {0, h};
      if (h == '\\' && class_escape(p, hstart, &he) < 0) return -1;
      if (lo.kind == 1 || he.kind == 1 || he.v < lo.v) {
        char rng[64];
        text_of(p, istart, p->i, rng, sizeof rng);
        return fail_at(p, istart, "bad character range %s", rng);
      }
      hi = he.v;
    }
    ReSet *s = &p->tr->sets[si];
    if (lo.kind == 1)
      s->cats |= (uint8_t)lo.v;
    else if (set_add(p, s, lo.v, hi) < 0)
      return -1;
  }
  ReSet *s = &p->tr->sets[si];
  s->negate = negate;
  /* a set of one character is that character, as CPython compiles it */
  if (!negate && !s->cats && s->nranges == 1 && s->ranges[0] == s->ranges[1]) {
    uint32_t ch = s->ranges[0];
    free(s->ranges);
    p->tr->nsets--;
    int32_t n = node(p, RN_CHAR, node_flags(p, fl));
    if (n < 0) return -1;
    p->tr->nodes[n].a = ch;
    *out = n;
    return 0;
  }
  int32_t n = node(p, RN_SET, node_flags(p, fl));
  if (n < 0) return -1;
  p->tr->nodes[n].a = (uint32_t)si;
  *out = n;
  return 0;
}

/* ------------------------------------------------------------- flags */

static int flag_of(uint32_t c) {
  switch (c) {
  case 'i':
    return RE_F_IGNORECASE;
  case 'L':
    return RE_F_LOCALE;
  case 'm':
    return RE_F_MULTILINE;
  case 's':
    return RE_F_DOTALL;
  case 'x':
    return RE_F_VERBOSE;
  case 'a':
    return RE_F_ASCII;
  case 'u':
    return RE_F_UNICODE;
  default:
    return 0;
  }
}
#define TYPE_FLAGS (RE_F_ASCII | RE_F_LOCALE | RE_F_UNICODE)

/* After "(?" and the first flag letter or '-': 1 global flags ')', 0
** scoped (':' read), -1 error. */
static int parse_flags(P *p, uint32_t c, int *add, int *del) {
  *add = *del = 0;
  if (c != '-') {
    for (;;) {
      int f = flag_of(c);
      if (c == 'L' && !p->bytes)
        return fail_at(p, p->i, "bad inline flags: cannot use 'L' flag with a str pattern");
      if (c == 'u' && p->bytes)
        return fail_at(p, p->i, "bad inline flags: cannot use 'u' flag with a bytes pattern");
      *add |= f;
      if ((f & TYPE_FLAGS) && (*add & TYPE_FLAGS) != f)
        return fail_at(p, p->i, "bad inline flags: flags 'a', 'u' and 'L' are incompatible");
      if (at_end(p)) return fail_at(p, p->i, "missing -, : or )");
      c = peek(p);
      p->i++;
      if (c == ')' || c == '-' || c == ':') break;
      if (!flag_of(c))
        return fail_at(p, p->i - 1, is_letter(c) ? "unknown flag" : "missing -, : or )");
    }
  }
  if (c == ')') return 1;
  if (*add & RE_F_VERBOSE)
    return fail_at(p, p->i - 1, "bad inline flags: cannot turn on global flag");
  if (c == '-') {
    if (at_end(p)) return fail_at(p, p->i, "missing flag");
    c = peek(p);
    p->i++;
    if (!flag_of(c)) return fail_at(p, p->i - 1, is_letter(c) ? "unknown flag" : "missing flag");
    for (;;) {
      int f = flag_of(c);
      if (f & TYPE_FLAGS)
        return fail_at(p, p->i, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
      *del |= f;
      if (at_end(p)) return fail_at(p, p->i, "missing :");
      c = peek(p);
      p->i++;
      if (c == ':') break;
      if (!flag_of(c)) return fail_at(p, p->i - 1, is_letter(c) ? "unknown flag" : "missing :");
    }
  }
  if (*del & RE_F_VERBOSE)
    return fail_at(p, p->i - 1, "bad inline flags: cannot turn off global flag");
  if (*add & *del) return fail_at(p, p->i - 1, "bad inline flags: flag turned on and off");
  return 0;
}

/* ------------------------------------------------------------ grammar */

static int32_t parse_alt(P *p, int fl, bool first);
static int32_t parse_seq(P *p, int fl, bool first);

static int enter(P *p) {
  if (++p->depth > RE_MAX_DEPTH) {
    p->err->kind = RE_ERR_RECURSION;
    p->err->pos = -1;
    snprintf(p->err->msg, sizeof p->err->msg, "maximum recursion depth exceeded");
    return -1;
  }
  return 0;
}

static int32_t wrap(P *p, int kind, int nf, int32_t kid, uint32_t a) {
  int32_t n = node(p, kind, nf);
  if (n < 0) return -1;
  p->tr->nodes[n].kid = kid;
  p->tr->nodes[n].a = a;
  return n;
}

static int close_paren(P *p, int64_t start) {
  if (!eat(p, ')')) return fail_at(p, start, "missing ), unterminated subpattern");
  return 0;
}

/* (?P<name>...) (?P=name) */
static int32_t parse_p_ext(P *p, int fl, int64_t start) {
  char name[200];
  int64_t npos;
  if (eat(p, '<')) {
    if (read_name(p, '>', "group name", name, sizeof name, &npos) < 0) return -1;
    if (!name_ok(p, npos, p->i - 1))
      return fail_at(p, npos, "bad character in group name %s%s%s", quote_of(name), name,
                     quote_of(name));
    int g = group_open(p, name, npos);
    if (g < 0) return -1;
    int32_t body = parse_alt(p, fl, false);
    if (body < 0 || close_paren(p, start) < 0) return -1;
    p->open[g] = false;
    return wrap(p, RN_GROUP, node_flags(p, fl), body, (uint32_t)g);
  }
  if (eat(p, '=')) {
    if (read_name(p, ')', "group name", name, sizeof name, &npos) < 0) return -1;
    if (!name_ok(p, npos, p->i - 1))
      return fail_at(p, npos, "bad character in group name %s%s%s", quote_of(name), name,
                     quote_of(name));
    int32_t g = group_named(p, name);
    if (g < 0)
      return fail_at(p, npos, "unknown group name %s%s%s", quote_of(name), name, quote_of(name));
    if (p->open[g]) return fail_at(p, npos, "cannot refer to an open group");
    if (behind_check(p, (uint32_t)g) < 0) return -1;
    return wrap(p, RN_BACKREF, node_flags(p, fl), -1, (uint32_t)g);
  }
  if (at_end(p)) return fail_at(p, p->i, "unexpected end of pattern");
  char ext[16];
  text_of(p, p->i, p->i + 1, ext, sizeof ext);
  return fail_at(p, p->i - 2, "unknown extension ?P%s", ext);
}

/* (?(id/name)yes|no) */
static int32_t parse_cond(P *p, int fl, int64_t start) {
  char name[200];
  int64_t npos;
  if (read_name(p, ')', "group name", name, sizeof name, &npos) < 0) return -1;
  int32_t g;
  if (name_ok(p, npos, p->i - 1)) {
    g = group_named(p, name);
    if (g < 0)
      return fail_at(p, npos, "unknown group name %s%s%s", quote_of(name), name, quote_of(name));
  } else {
    int64_t v = 0;
    for (const char *s = name; *s; s++) {
      if (!is_digit((uint8_t)*s) || v > MAXGROUPS)
        return fail_at(p, npos, "bad character in group name %s%s%s", quote_of(name), name,
                       quote_of(name));
      v = v * 10 + (*s - '0');
    }
    if (v == 0) return fail_at(p, npos, "bad group number");
    if (v >= MAXGROUPS) return fail_at(p, npos, "invalid group reference %lld", (long long)v);
    g = (int32_t)v;
  }
  if (p->behind >= 0 && (g > p->tr->ngroups || p->open[g]))
    return fail_at(p, p->i, "cannot refer to an open group");
  if (behind_check(p, (uint32_t)g) < 0) return -1;
  int32_t yes = parse_seq(p, fl, false), no = -1;
  if (yes < 0) return -1;
  if (eat(p, '|')) {
    if ((no = parse_seq(p, fl, false)) < 0) return -1;
    if (peek(p) == '|' && !at_end(p))
      return fail_at(p, p->i, "conditional backref with more than two branches");
  }
  if (close_paren(p, start) < 0) return -1;
  int32_t n = wrap(p, RN_COND, node_flags(p, fl), yes, (uint32_t)g);
  if (n >= 0) {
    p->tr->nodes[n].kid2 = no;
    p->tr->nodes[n].b = (uint32_t)npos; /* checked once all groups are known */
  }
  return n;
}

/* After '(' at start: *out the item, or -2 when it was global flags or a
** comment (nothing to add). */
static int parse_paren(P *p, int fl, int64_t start, bool first, int32_t *out) {
  if (enter(p) < 0) return -1;
  int32_t r;
  int nf = node_flags(p, fl);
  if (!eat(p, '?')) {
    int g = group_open(p, NULL, start);
    if (g < 0) return -1;
    int32_t body = parse_alt(p, fl, false);
    if (body < 0 || close_paren(p, start) < 0) return -1;
    p->open[g] = false;
    r = wrap(p, RN_GROUP, nf, body, (uint32_t)g);
  } else {
    if (at_end(p)) return fail_at(p, p->i, "unexpected end of pattern");
    uint32_t c = peek(p);
    p->i++;
    if (c == 'P') {
      r = parse_p_ext(p, fl, start);
    } else if (c == ':' || c == '>') {
      int32_t body = parse_alt(p, fl, false);
      if (body < 0 || close_paren(p, start) < 0) return -1;
      r = c == ':' ? wrap(p, RN_GROUP, nf, body, 0) : wrap(p, RN_LOOK, nf, body, 0);
      if (r >= 0 && c == '>') p->tr->nodes[r].sub = RL_ATOMIC;
    } else if (c == '#') {
      while (!at_end(p) && peek(p) != ')')
        p->i++;
      if (at_end(p)) return fail_at(p, start, "missing ), unterminated comment");
      p->i++;
      r = -2;
    } else if (c == '=' || c == '!' || c == '<') {
      int kind = c == '=' ? RL_AHEAD : RL_NAHEAD;
      if (c == '<') {
        if (at_end(p)) return fail_at(p, p->i, "unexpected end of pattern");
        uint32_t d = peek(p);
        p->i++;
        if (d != '=' && d != '!') {
          char ext[16];
          text_of(p, p->i - 1, p->i, ext, sizeof ext);
          return fail_at(p, p->i - 3, "unknown extension ?<%s", ext);
        }
        kind = d == '=' ? RL_BEHIND : RL_NBEHIND;
      }
      int32_t was = p->behind;
      if (kind >= RL_BEHIND && was < 0) p->behind = p->tr->ngroups;
      int32_t body = parse_alt(p, fl, false);
      p->behind = was;
      if (body < 0 || close_paren(p, start) < 0) return -1;
      r = wrap(p, RN_LOOK, nf, body, 0);
      if (r >= 0) p->tr->nodes[r].sub = (uint8_t)kind;
    } else if (c == '(') {
      r = parse_cond(p, fl, start);
    } else if (flag_of(c) || c == '-') {
      int add, del;
      int k = parse_flags(p, c, &add, &del);
      if (k < 0) return -1;
      if (k == 1) {
        if (!first) return fail_at(p, start, "global flags not at the start of the expression");
        p->tr->flags |= add;
        if (add & RE_F_VERBOSE) p->verbose = true;
        r = -2;
      } else {
        int32_t body = parse_alt(p, (fl | add) & ~del, false);
        if (body < 0 || close_paren(p, start) < 0) return -1;
        r = wrap(p, RN_GROUP, nf, body, 0);
      }
    } else {
      char ext[16];
      text_of(p, p->i - 1, p->i, ext, sizeof ext);
      return fail_at(p, p->i - 2, "unknown extension ?%s", ext);
    }
  }
  p->depth--;
  if (r == -1) return -1;
  *out = r;
  return 0;
}

/* {m,n} after '{' at here: 1 a quantifier, 0 a literal '{', -1 error. */
static uint64_t read_num(P *p, bool *any) {
  uint64_t v = 0;
  *any = false;
  while (!at_end(p) && is_digit(peek(p))) {
    if (v <= RE_INF) v = v * 10 + (peek(p) - '0');
    *any = true;
    p->i++;
  }
  return v;
}

static int parse_braces(P *p, int64_t here, uint32_t *min, uint32_t *max) {
  int64_t save = p->i;
  bool has_lo, has_hi;
  uint64_t lo = read_num(p, &has_lo), hi = lo;
  bool comma = eat(p, ',');
  if (comma)
    hi = read_num(p, &has_hi);
  else
    has_hi = has_lo;
  if ((!comma && !has_lo) || !eat(p, '}')) {
    p->i = save;
    return 0;
  }
  if ((has_lo && lo >= RE_INF) || (has_hi && hi >= RE_INF)) {
    p->err->kind = RE_ERR_OVERFLOW;
    p->err->pos = -1;
    snprintf(p->err->msg, sizeof p->err->msg, "the repetition number is too large");
    return -1;
  }
  if (has_hi && hi < lo) return fail_at(p, here, "min repeat greater than max repeat");
  *min = has_lo ? (uint32_t)lo : 0;
  *max = has_hi ? (uint32_t)hi : RE_INF;
  return 1;
}

static bool is_repeatable(const ReNode *n) {
  return n->kind != RN_AT;
}

/* Applies a quantifier (its character c at here) to the sequence's last item. */
static int quantify(P *p, int32_t *last, int64_t here, uint32_t c) {
  uint32_t min = 0, max = RE_INF;
  if (c == '?')
    max = 1;
  else if (c == '+')
    min = 1;
  else if (c == '{') {
    int r = parse_braces(p, here + 1, &min, &max);
    if (r <= 0) return r < 0 ? -1 : 0;
  }
  if (*last < 0 || !is_repeatable(&p->tr->nodes[*last]))
    return fail_at(p, here, "nothing to repeat");
  ReNode *item = &p->tr->nodes[*last];
  if (item->kind == RN_REPEAT) return fail_at(p, here, "multiple repeat");
  int mode = RR_GREEDY;
  if (eat(p, '?'))
    mode = RR_LAZY;
  else if (eat(p, '+'))
    mode = RR_POSSESSIVE;
  /* the item moves to a new node; its place in the sequence becomes the repeat */
  int32_t moved = node(p, RN_EMPTY, 0);
  if (moved < 0) return -1;
  ReNode *nodes = p->tr->nodes;
  nodes[moved] = nodes[*last];
  nodes[moved].sib = -1;
  nodes[*last].kind = RN_REPEAT;
  nodes[*last].kid = moved;
  nodes[*last].kid2 = -1;
  nodes[*last].a = min;
  nodes[*last].b = max;
  nodes[*last].sub = (uint8_t)mode;
  return 1;
}

/* One item (not a quantifier) starting with c (read) at start: *out, or
** -2 for nothing. */
static int parse_item(P *p, int fl, uint32_t c, int64_t start, bool first, int32_t *out) {
  int nf = node_flags(p, fl);
  int32_t n;
  if (c == '[') return parse_class(p, fl, out);
  if (c == '(') return parse_paren(p, fl, start, first, out);
  if (c == '.') {
    n = node(p, RN_ANY, nf);
  } else if (c == '^' || c == '$') {
    n = node(p, RN_AT, nf);
    if (n >= 0) p->tr->nodes[n].sub = c == '^' ? RA_BOL : RA_EOL;
  } else if (c == '\\') {
    Esc e;
    if (escape(p, start, &e) < 0) return -1;
    static const uint8_t kinds[] = {RN_CHAR, RN_SET, RN_AT, RN_BACKREF};
    if (e.kind == 1) {
      int32_t si = set_new(p, fl);
      if (si < 0) return -1;
      p->tr->sets[si].cats = (uint8_t)e.v;
      e.v = (uint32_t)si;
    }
    n = node(p, kinds[e.kind], nf);
    if (n >= 0 && e.kind == 2)
      p->tr->nodes[n].sub = (uint8_t)e.v;
    else if (n >= 0)
      p->tr->nodes[n].a = e.v;
  } else {
    n = node(p, RN_CHAR, nf);
    if (n >= 0) p->tr->nodes[n].a = c;
  }
  if (n < 0) return -1;
  *out = n;
  return 0;
}

static int32_t parse_seq(P *p, int fl, bool first) {
  int32_t cat = node(p, RN_CAT, node_flags(p, fl)), last = -1;
  if (cat < 0) return -1;
  bool start_of = first;
  for (;;) {
    skip_verbose(p);
    if (at_end(p)) break;
    uint32_t c = peek(p);
    if (c == '|' || c == ')') break;
    int64_t here = p->i;
    p->i++;
    if (c == '*' || c == '+' || c == '?' || c == '{') {
      int r = quantify(p, &last, here, c);
      if (r < 0) return -1;
      if (r == 1) continue;
      /* a '{' that is no quantifier is itself */
    }
    int32_t item = -1;
    if (c == '{') {
      item = node(p, RN_CHAR, node_flags(p, fl));
      if (item < 0) return -1;
      p->tr->nodes[item].a = '{';
    } else if (parse_item(p, fl, c, here, start_of, &item) < 0) {
      return -1;
    }
    if (c == '(' && item == -2) {
      fl |= p->tr->flags; /* global flags apply from here (they come first) */
      continue;
    }
    start_of = false;
    if (last >= 0)
      p->tr->nodes[last].sib = item;
    else
      p->tr->nodes[cat].kid = item;
    last = item;
  }
  return cat;
}

/* Global flags can only start a pattern's first branch: they hold from
** there on, in the later branches too. */
static int32_t parse_alt(P *p, int fl, bool first) {
  int32_t alt = -1, prev = -1;
  bool top = first;
  for (;;) {
    int32_t seq = parse_seq(p, fl, first);
    if (seq < 0) return -1;
    if (top) fl |= p->tr->flags; /* global flags hold in the later branches */
    first = false;
    if (!eat(p, '|')) {
      if (alt < 0) return seq;
      p->tr->nodes[prev].sib = seq;
      return alt;
    }
    if (alt < 0) {
      alt = node(p, RN_ALT, node_flags(p, fl));
      if (alt < 0) return -1;
      p->tr->nodes[alt].kid = seq;
    } else {
      p->tr->nodes[prev].sib = seq;
    }
    prev = seq;
  }
}

int re_parse(const ReText *pat, int flags, bool is_bytes, ReTree *tr, ReErr *err) {
  memset(tr, 0, sizeof *tr);
  tr->flags = flags;
  P p = {.pat = pat, .bytes = is_bytes, .tr = tr, .err = err, .behind = -1};
  p.verbose = (flags & RE_F_VERBOSE) != 0;
  tr->names = calloc(8, sizeof *tr->names);
  p.open = calloc(8, sizeof *p.open);
  if (!tr->names || !p.open) {
    free(p.open);
    return oom(&p);
  }
  tr->namecap = p.opencap = 8;
  int32_t root = parse_alt(&p, flags, true);
  if (root >= 0 && !at_end(&p)) root = fail_at(&p, p.i, "unbalanced parenthesis");
  for (int32_t k = 0; root >= 0 && k < tr->nnodes; k++)
    if (tr->nodes[k].kind == RN_COND && (int32_t)tr->nodes[k].a > tr->ngroups)
      root = fail_at(&p, tr->nodes[k].b, "invalid group reference %u", tr->nodes[k].a);
  free(p.open);
  if (root < 0) return -1;
  tr->root = root;
  if ((tr->flags & TYPE_FLAGS) == (RE_F_ASCII | RE_F_UNICODE)) {
    err->kind = RE_ERR_VALUE;
    err->pos = -1;
    snprintf(err->msg, sizeof err->msg, "ASCII and UNICODE flags are incompatible");
    return -1;
  }
  return 0;
}

void re_tree_free(ReTree *tr) {
  re_free_parts(tr->sets, tr->nsets, tr->names, tr->ngroups);
  free(tr->nodes);
  memset(tr, 0, sizeof *tr);
}
