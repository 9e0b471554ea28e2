/*
** format.c — the format-spec mini-language for int, bool, float and str,
** as CPython 3.11's Python/formatter_unicode.c parses and lays it out:
**   [[fill]align][sign][z][#][0][width][,|_][.precision][type]
** Numbers are laid out as
**   <lpad><sign><prefix><spad><grouped digits><.><remainder><rpad>
** where only one padding is used and '0'-padding is grouped like digits.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"
#include "obj.h"

#define FMT_MAX (1L << 28) /* width/precision beyond this: MemoryError */

typedef struct Spec {
  char fill[5]; /* UTF-8 of the fill character */
  int filllen;
  char align; /* '<' '>' '^' '=' */
  char sign;  /* 0 '+' '-' ' ' */
  bool z, alt;
  int64_t width, prec; /* -1 = absent */
  char sep;            /* 0 ',' '_' */
  int group;           /* digits per group: 3, or 4 for '_' with b/o/x/X */
  uint32_t type;       /* code point; 0 = none */
} Spec;

static int utf8_len(unsigned char c) {
  return c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
}

static uint32_t utf8_decode(const char *s, int n) {
  uint32_t cp = n == 1 ? (unsigned char)s[0] : (unsigned char)s[0] & (0x7f >> n);
  for (int i = 1; i < n; i++)
    cp = cp << 6 | ((unsigned char)s[i] & 0x3f);
  return cp;
}

static bool is_align(char c) {
  return c == '<' || c == '>' || c == '^' || c == '=';
}

/* Width and precision: -1 absent; raises past int64 like CPython. Its
** digits are any script's decimal digits, as CPython's get_integer. */
static int parse_int(GpThread *t, const char **p, const char *end, int64_t *out) {
  const char *s = *p;
  int64_t v = 0;
  for (int n, d; *p < end && (n = utf8_len((unsigned char)**p)) <= end - *p &&
                 (d = gp_unicode_decimal(utf8_decode(*p, n))) >= 0;
       *p += n)
    if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, d, &v)) {
      gp_raise(t, &gp_exc_ValueError, "Too many decimal digits in format string");
      return -1;
    }
  *out = *p > s ? v : -1;
  return 0;
}

static GpValue fmt_error(GpThread *t, const char *msg) {
  return gp_raise(t, &gp_exc_ValueError, "%s", msg);
}

static GpValue unknown_code(GpThread *t, uint32_t type, const char *tname) {
  if (type > 32 && type < 128)
    return gp_raise(t, &gp_exc_ValueError, "Unknown format code '%c' for object of type '%s'",
                    (int)type, tname);
  return gp_raise(t, &gp_exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                  (unsigned)type, tname);
}

/* "Invalid format specifier" with the whole spec: a NUL in it would end
** the text of gp_raise's printf-style message. */
static GpValue invalid_spec(GpThread *t, const char *spec, size_t len, const char *tname) {
  GpBuf b;
  gp_buf_init(&b);
  gp_buf_puts(&b, "Invalid format specifier '");
  gp_buf_put(&b, spec, len);
  gp_buf_puts(&b, "' for object of type '");
  gp_buf_puts(&b, tname);
  gp_buf_putc(&b, '\'');
  GpValue msg = gp_buf_finish(t, &b);
  GpValue args = GP_IS_ERR(msg) ? msg : gp_tuple_pack(t, 1, &msg);
  GP_DECREF(msg);
  GpValue e = GP_IS_ERR(args) ? args : gp_exc_new(t, &gp_exc_ValueError, args.as.o);
  GP_DECREF(args);
  if (GP_IS_ERR(e)) return e;
  gp_raise_value(t, e);
  GP_DECREF(e);
  return GP_ERRV;
}

static int parse_spec(GpThread *t, const char *spec, size_t len, Spec *s, char dtype, char dalign,
                      const char *tname) {
  const char *p = spec, *end = spec + len;
  *s = (Spec){
      .fill = " ", .filllen = 1, .align = dalign, .width = -1, .prec = -1, .type = (uint32_t)dtype};
  bool fill_given = false, align_given = false;
  int n = p < end ? utf8_len((unsigned char)*p) : 1;
  if (end - p > n && is_align(p[n])) {
    memcpy(s->fill, p, (size_t)n);
    s->fill[n] = '\0';
    s->filllen = n;
    s->align = p[n];
    fill_given = align_given = true;
    p += n + 1;
  } else if (p < end && is_align(*p)) {
    s->align = *p++;
    align_given = true;
  }
  if (p < end && (*p == '+' || *p == '-' || *p == ' ')) s->sign = *p++;
  if (p < end && *p == 'z') s->z = true, p++;
  if (p < end && *p == '#') s->alt = true, p++;
  if (!fill_given && p < end && *p == '0') {
    strcpy(s->fill, "0");
    if (!align_given && dalign == '>') s->align = '=';
    p++;
  }
  if (parse_int(t, &p, end, &s->width) < 0) return -1;
  if (p < end && *p == ',') s->sep = ',', p++;
  if (p < end && *p == '_') {
    if (s->sep) return fmt_error(t, "Cannot specify both ',' and '_'."), -1;
    s->sep = '_', p++;
  }
  if (p < end && *p == ',' && s->sep == '_')
    return fmt_error(t, "Cannot specify both ',' and '_'."), -1;
  if (p < end && *p == '.') {
    p++;
    if (parse_int(t, &p, end, &s->prec) < 0) return -1;
    if (s->prec < 0) return fmt_error(t, "Format specifier missing precision"), -1;
  }
  if (p < end) {
    n = utf8_len((unsigned char)*p);
    if (end - p != n) {
      invalid_spec(t, spec, len, tname);
      return -1;
    }
    s->type = utf8_decode(p, n);
  }
  if (s->sep) {
    s->group = 3;
    switch (s->type) {
    case 'd':
    case 'e':
    case 'f':
    case 'g':
    case 'E':
    case 'G':
    case '%':
    case 'F':
    case 0:
      break;
    case 'b':
    case 'o':
    case 'x':
    case 'X':
      if (s->sep == '_') {
        s->group = 4;
        break;
      }
      /* fall through */
    default:
      if (s->type > 32 && s->type < 128)
        gp_raise(t, &gp_exc_ValueError, "Cannot specify '%c' with '%c'.", s->sep, (int)s->type);
      else
        gp_raise(t, &gp_exc_ValueError, "Cannot specify '%c' with '\\x%x'.", s->sep,
                 (unsigned)s->type);
      return -1;
    }
  }
  if (s->width > FMT_MAX) return gp_raise_nomem(t), -1;
  return 0;
}

/* ------------------------------------------------------------ layout */

typedef struct Buf {
  char *p;
  size_t len, cap;
} Buf;

static void buf_put(Buf *b, const char *s, size_t n) {
  memcpy(b->p + b->len, s, n);
  b->len += n;
}

static void buf_fill(Buf *b, const Spec *s, int64_t n) {
  for (int64_t i = 0; i < n; i++)
    buf_put(b, s->fill, (size_t)s->filllen);
}

/* Digits right to left in groups, padded with (grouped) zeros up to
** min_width: CPython's _PyUnicode_InsertThousandsGrouping. Writes the
** result ending at out + cap; returns its length. */
static size_t group_digits(const char *d, int64_t nd, int64_t min_width, const Spec *s, char *out,
                           size_t cap) {
  char *o = out + cap;
  int64_t rem = nd, mw = min_width > 0 ? min_width : 0;
  bool use_sep = false;
  for (;;) {
    int64_t g = s->sep ? s->group : INT64_MAX;
    int64_t m = rem > mw ? rem : mw, l = m > 1 ? m : 1;
    if (l > g) l = g;
    int64_t zeros = l > rem ? l - rem : 0, chars = rem < l ? rem : l;
    if (use_sep) *--o = s->sep;
    for (int64_t i = 0; i < chars; i++)
      *--o = d[--rem];
    for (int64_t i = 0; i < zeros; i++)
      *--o = '0';
    use_sep = true;
    mw -= g == INT64_MAX ? l : g;
    if (rem <= 0 && mw <= 0) break;
    mw -= 1;
  }
  return (size_t)(out + cap - o);
}

/* Lays out a number: sign char ('-' or 0), prefix ("0x"), the integer
** digits, whether a '.' follows them, and the remainder after it. */
static GpValue fill_number(GpThread *t, const Spec *s, char sign, const char *prefix,
                           const char *digits, size_t nd, bool dot, const char *rem, size_t nrem,
                           int64_t rem_chars) {
  char sc = sign == '-' ? '-' : s->sign == '+' ? '+' : s->sign == ' ' ? ' ' : 0;
  int64_t nprefix = (int64_t)strlen(prefix);
  int64_t fixed = (sc != 0) + nprefix + dot + rem_chars;
  int64_t min_width =
      s->fill[0] == '0' && s->filllen == 1 && s->align == '=' ? s->width - fixed : 0;
  size_t gcap = (nd + (size_t)(min_width > 0 ? min_width : 0)) * 2 + 8;
  char *g = malloc(gcap);
  if (!g) return gp_raise_nomem(t);
  size_t ng = nd ? group_digits(digits, (int64_t)nd, min_width, s, g, gcap) : 0;
  int64_t pad = s->width - (fixed + (int64_t)ng), lpad = 0, spad = 0, rpad = 0;
  if (pad > 0) {
    if (s->align == '<')
      rpad = pad;
    else if (s->align == '^')
      lpad = pad / 2, rpad = pad - pad / 2;
    else if (s->align == '=')
      spad = pad;
    else
      lpad = pad;
  }
  Buf b = {.cap =
               (size_t)(lpad + spad + rpad) * (size_t)s->filllen + (size_t)fixed + nrem + ng + 8};
  b.p = malloc(b.cap);
  if (!b.p) {
    free(g);
    return gp_raise_nomem(t);
  }
  buf_fill(&b, s, lpad);
  if (sc) buf_put(&b, &sc, 1);
  buf_put(&b, prefix, (size_t)nprefix);
  buf_fill(&b, s, spad);
  buf_put(&b, g + gcap - ng, ng);
  if (dot) buf_put(&b, ".", 1);
  buf_put(&b, rem, nrem);
  buf_fill(&b, s, rpad);
  GpValue r = gp_str_new(t, b.p, b.len);
  free(g);
  free(b.p);
  return r;
}

/* ------------------------------------------------------------ floats */

/* Lays out body, x's digits as printf or repr wrote them: its sign (dropped
** for a negative zero under 'z'), integer digits, point and the rest. */
static GpValue fill_float(GpThread *t, const Spec *s, double x, const char *body) {
  const char *p = body;
  char sign = 0;
  if (*p == '-') sign = '-', p++;
  if (sign && s->z && isfinite(x) && strspn(p, "0.") >= strcspn(p, "eE%")) sign = 0;
  size_t nd = strspn(p, "0123456789");
  bool dot = p[nd] == '.';
  const char *rem = p + nd + dot;
  size_t nrem = strlen(rem);
  return fill_number(t, s, sign, "", p, nd, dot, rem, nrem, (int64_t)nrem);
}

static GpValue format_float(GpThread *t, double x, Spec *s) {
  char type = (char)s->type;
  bool add_dot0 = false, pct = false;
  if (type == 0) { /* like repr, or 'g' keeping a ".0" when given a precision */
    add_dot0 = true;
    type = s->prec < 0 ? 'r' : 'g';
  }
  if (type == 'n') type = 'g';
  if (type == '%') type = 'f', x *= 100, pct = true;
  /* a str's precision only cuts, so only here does a large one cost */
  if (s->prec > INT32_MAX) return fmt_error(t, "precision too big");
  int prec = s->prec < 0 ? 6 : (int)s->prec;
  /* a double has at most 767 significant digits: past them 'g' only adds
  ** zeros it strips again, unless '#' keeps them */
  if ((type == 'g' || type == 'G') && !s->alt && prec > 800) prec = 800;
  if (prec > FMT_MAX) return gp_raise_nomem(t);
  size_t cap = (size_t)prec + 400;
  char *body = malloc(cap);
  if (!body) return gp_raise_nomem(t);
  bool upper = type == 'E' || type == 'F' || type == 'G';
  if (!isfinite(x)) {
    strcpy(body, isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
    if (isinf(x) && x < 0) memmove(body + 1, body, 4), body[0] = '-';
  } else if (type == 'r') {
    gp_float_repr(x, body, cap);
    char *e = strchr(body, 'e');
    if (s->alt && e && !strchr(body, '.')) memmove(e + 1, e, strlen(e) + 1), *e = '.';
  } else if (add_dot0) {
    /* no type, with a precision: 'g' except that the exponent form starts
    ** one digit earlier (CPython's add_dot_0_if_integer rule) */
    int p = prec > 0 ? prec : 1;
    snprintf(body, cap, s->alt ? "%#.*e" : "%.*e", p - 1, x);
    int exp = atoi(strchr(body, 'e') + 1);
    if (exp < -4 || exp >= p - 1) {
      char *e = strchr(body, 'e'), *m = e;
      if (!s->alt && strchr(body, '.')) { /* strip the mantissa's trailing zeros */
        while (m[-1] == '0')
          m--;
        if (m[-1] == '.') m--;
        memmove(m, e, strlen(e) + 1);
      }
    } else {
      snprintf(body, cap, s->alt ? "%#.*g" : "%.*g", p, x);
      if (!strchr(body, '.')) strcat(body, ".0");
    }
  } else {
    char f[8] = "%";
    if (s->alt) strcat(f, "#");
    strcat(f, ".*");
    f[strlen(f)] = type;
    snprintf(body, cap, f, prec, x);
  }
  if (pct) strcat(body, "%");
  GpValue r = fill_float(t, s, x, body);
  free(body);
  return r;
}

/* -------------------------------------------------------------- ints */

static GpValue format_int(GpThread *t, GpValue v, Spec *s, const char *tname) {
  switch (s->type) {
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G':
  case '%': {
    double x;
    if (gp_to_double(t, v, &x) < 0) return GP_ERRV;
    return format_float(t, x, s);
  }
  case 'b':
  case 'c':
  case 'd':
  case 'o':
  case 'x':
  case 'X':
  case 'n':
    break;
  default:
    return unknown_code(t, s->type, tname);
  }
  if (s->prec >= 0) return fmt_error(t, "Precision not allowed in integer format specifier");
  if (s->z)
    return fmt_error(t, "Negative zero coercion (z) not allowed in integer format specifier");
  if (s->type == 'c') {
    if (s->sign) return fmt_error(t, "Sign not allowed with integer format specifier 'c'");
    if (s->alt)
      return fmt_error(t, "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t cp;
    if (gp_int_to_int64(t, v, &cp) < 0) return GP_ERRV;
    if (cp < 0 || cp > 0x10ffff)
      return gp_raise(t, &gp_exc_OverflowError, "%%c arg not in range(0x110000)");
    char u[4];
    size_t n = gp_utf8_encode((uint32_t)cp, u);
    return fill_number(t, s, 0, "", "", 0, false, u, n, 1);
  }
  int base = s->type == 'b' ? 2 : s->type == 'o' ? 8 : (s->type | 0x20) == 'x' ? 16 : 10;
  GpValue str = gp_int_tostr(t, v, base);
  if (GP_IS_ERR(str)) return str;
  char *p = GP_STR(str)->data, sign = 0;
  if (*p == '-') sign = '-', p++;
  char prefix[3] = "";
  if (base != 10) {
    if (s->alt) memcpy(prefix, p, 2);
    p += 2;
  }
  if (s->type == 'X') {
    for (char *q = p; *q; q++)
      if (*q >= 'a') *q = (char)(*q - 32);
    prefix[1] = prefix[1] ? 'X' : 0;
  }
  GpValue r = fill_number(t, s, sign, prefix, p, strlen(p), false, "", 0, 0);
  GP_DECREF(str);
  return r;
}

GpValue gp_num_format(GpThread *t, GpValue v, const char *spec, size_t len) {
  if (len == 0) return gp_num_repr(t, v); /* format(x, '') is str(x) */
  Spec s;
  const char *tname = gp_typeof(v)->name;
  if (GP_IS_FLOAT(v)) {
    if (parse_spec(t, spec, len, &s, 0, '>', tname) < 0) return GP_ERRV;
    switch (s.type) {
    case 0:
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
      return format_float(t, v.as.f, &s);
    default:
      return unknown_code(t, s.type, tname);
    }
  }
  if (parse_spec(t, spec, len, &s, 'd', '>', tname) < 0) return GP_ERRV;
  return format_int(t, v, &s, tname);
}

/* -------------------------------------------------------------- strs */

/* The first nbytes (nchars code points) of str padded to s's width by its
** fill and alignment. */
static GpValue pad_chars(GpThread *t, GpValue str, size_t nbytes, int64_t nchars, const Spec *s) {
  const GpStr *st = GP_STR(str);
  int64_t pad = s->width > nchars ? s->width - nchars : 0;
  if (pad == 0 && nbytes == st->len) {
    GP_INCREF(str);
    return str;
  }
  int64_t lpad = s->align == '>' ? pad : s->align == '^' ? pad / 2 : 0;
  Buf b = {.cap = (size_t)pad * (size_t)s->filllen + nbytes + 1};
  b.p = malloc(b.cap);
  if (!b.p) return gp_raise_nomem(t);
  buf_fill(&b, s, lpad);
  buf_put(&b, st->data, nbytes);
  buf_fill(&b, s, pad - lpad);
  GpValue r = gp_str_new(t, b.p, b.len);
  free(b.p);
  return r;
}

static GpValue pad_str(GpThread *t, GpValue str, const Spec *s) {
  return pad_chars(t, str, GP_STR(str)->len, (int64_t)GP_STR(str)->nchars, s);
}

GpValue gp_str_format_spec(GpThread *t, GpValue str, const char *spec, size_t len) {
  if (len == 0) {
    GP_INCREF(str);
    return str;
  }
  Spec s;
  if (parse_spec(t, spec, len, &s, 's', '<', "str") < 0) return GP_ERRV;
  if (s.type != 's') return unknown_code(t, s.type, "str");
  if (s.sign == ' ') return fmt_error(t, "Space not allowed in string format specifier");
  if (s.sign) return fmt_error(t, "Sign not allowed in string format specifier");
  if (s.z) return fmt_error(t, "Negative zero coercion (z) not allowed in string format specifier");
  if (s.alt) return fmt_error(t, "Alternate form (#) not allowed in string format specifier");
  if (s.align == '=') return fmt_error(t, "'=' alignment not allowed in string format specifier");
  const GpStr *st = GP_STR(str);
  size_t nbytes = st->len;
  int64_t nchars = (int64_t)st->nchars;
  if (s.prec >= 0 && s.prec < nchars) { /* keep the first prec code points */
    nchars = s.prec;
    nbytes = 0;
    for (int64_t i = 0; i < nchars; i++)
      nbytes += (size_t)utf8_len((unsigned char)st->data[nbytes]);
  }
  return pad_chars(t, str, nbytes, nchars, &s);
}

/* ----------------------------------------------------------- complex */

/* One part of a complex in spec s without its padding: the fields of
** format_float's layout, with the repr type 'r' written as complex's repr
** writes it (no ".0"). */
static GpValue complex_part(GpThread *t, double x, Spec *s) {
  if (s->type != 'r') return format_float(t, x, s);
  char body[48];
  int n = gp_complex_part_repr(x, body, sizeof body, false);
  if (s->alt && isfinite(x) && !strchr(body, '.')) { /* '#': always a point, "1." "1.e+20" */
    char *e = strchr(body, 'e');
    e = e ? e : body + n;
    memmove(e + 1, e, strlen(e) + 1);
    *e = '.';
  }
  return fill_float(t, s, x, body);
}

GpValue gp_complex_format(GpThread *t, double re, double im, const char *spec, size_t len) {
  Spec s;
  if (parse_spec(t, spec, len, &s, 0, '>', "complex") < 0) return GP_ERRV;
  if (s.fill[0] == '0' && s.filllen == 1)
    return fmt_error(t, "Zero padding is not allowed in complex format specifier");
  if (s.align == '=')
    return fmt_error(t, "'=' alignment flag is not allowed in complex format specifier");
  if (s.type != 0 && (s.type > 127 || !strchr("eEfFgGn", (int)s.type)))
    return unknown_code(t, s.type, "complex");
  bool skip_re = false, parens = false;
  if (s.type == 0) { /* like str(z), or 'g' with a precision */
    skip_re = re == 0.0 && !signbit(re);
    parens = !skip_re;
    s.type = s.prec < 0 ? 'r' : 'g';
  }
  if (s.type == 'n') s.type = 'g';
  Spec part = s; /* the parts unpadded; then the whole padded */
  part.width = -1;
  part.align = '<';
  GpValue r = skip_re ? gp_str_cstr(t, "") : complex_part(t, re, &part);
  if (GP_IS_ERR(r)) return r;
  if (!skip_re) part.sign = '+';
  GpValue i = complex_part(t, im, &part);
  if (GP_IS_ERR(i)) {
    GP_DECREF(r);
    return i;
  }
  GpValue whole = gp_str_printf(t, "%s%s%sj%s", parens ? "(" : "", GP_STR(r)->data, GP_STR(i)->data,
                                parens ? ")" : "");
  GP_DECREF(r);
  GP_DECREF(i);
  if (GP_IS_ERR(whole) || s.width < 0) return whole;
  GpValue out = pad_str(t, whole, &s);
  GP_DECREF(whole);
  return out;
}
