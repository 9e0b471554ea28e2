/*
** strpercent.c — printf-style formatting, str % args: each conversion's
** flags, width and precision (a '*' takes them from the arguments) mapped
** onto the format-spec mini-language, with printf's own rules where the
** two differ (strings align right, '0' pads numbers only, '-' wins over
** '0', an int's precision is a minimum digit count).
*/
#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "num.h"
#include "numproto.h"
#include "obj.h"

typedef GpModConv Conv;

/* The argument list: the tuple's items or the one value, consumed in order. */
typedef struct {
  const GpValue *items;
  size_t n, used;
} Args;

static GpValue next_arg(GpThread *t, Args *a) {
  if (a->used >= a->n)
    return gp_raise(t, &gp_exc_TypeError, "not enough arguments for format string");
  return a->items[a->used++];
}

/* Whether c is one of set's characters: strchr alone finds a NUL in any
** set (its terminator), and a format may hold NULs. */
static bool in_set(const char *set, char c) {
  return c && strchr(set, c);
}

/* A '*' width or precision: the next argument, an int; CPython reads a
** width as a C ssize_t and a precision as a C int. */
static int star_arg(GpThread *t, Args *a, int64_t *out, bool prec) {
  GpValue v = next_arg(t, a);
  if (GP_IS_ERR(v)) return -1;
  if (!GP_IS_INT(v) && !GP_IS_BOOL(v)) {
    if (!gp_is_int(gp_unwrap(v))) return gp_raise(t, &gp_exc_TypeError, "* wants int"), -1;
    v.as.i = INT64_MAX; /* a bignum */
  }
  if (prec ? v.as.i > INT32_MAX || v.as.i < INT32_MIN : v.as.i == INT64_MAX)
    return gp_raise(t, &gp_exc_OverflowError, "Python int too large to convert to C %s",
                    prec ? "int" : "ssize_t"),
           -1;
  *out = v.as.i;
  return 0;
}

/* A width or precision written as digits; like CPython, one that does
** not fit its C type (ssize_t, int) is refused while parsing, before any
** argument is converted (bytes' message says "prec"). */
static int parse_number(GpThread *t, const char **q, const char *end, int64_t *out,
                        const char *what) {
  int64_t n = 0, max = what[0] == 'p' ? INT32_MAX : INT64_MAX;
  while (*q < end && **q >= '0' && **q <= '9') {
    int digit = **q - '0';
    if (n > (max - digit) / 10) return gp_raise(t, &gp_exc_ValueError, "%s too big", what), -1;
    n = n * 10 + digit;
    ++*q;
  }
  *out = n;
  return 0;
}

/* Flags, width and precision at *q, up to the conversion character. */
static int parse_conv(GpThread *t, const char **q, const char *end, Args *a, Conv *c, bool bytes) {
  *c = (Conv){.width = -1, .prec = -1, .bytes = bytes};
  for (; *q < end && in_set("-+ #0", **q); ++*q) {
    c->left |= **q == '-';
    c->plus |= **q == '+';
    c->space |= **q == ' ';
    c->alt |= **q == '#';
    c->zero |= **q == '0';
  }
  if (*q < end && **q == '*') {
    ++*q;
    if (star_arg(t, a, &c->width, false) < 0) return -1;
    if (c->width < 0) c->left = true, c->width = -c->width;
  } else if (*q < end && **q >= '0' && **q <= '9') {
    if (parse_number(t, q, end, &c->width, "width") < 0) return -1;
  }
  if (*q < end && **q == '.') {
    ++*q;
    if (*q < end && **q == '*') {
      ++*q;
      if (star_arg(t, a, &c->prec, true) < 0) return -1;
      if (c->prec < 0) c->prec = 0;
    } else {
      if (parse_number(t, q, end, &c->prec, bytes ? "prec" : "precision") < 0) return -1;
    }
  }
  while (*q < end && in_set("hlL", **q)) /* C's length modifiers: ignored */
    ++*q;
  if (*q == end) return gp_raise(t, &gp_exc_ValueError, "incomplete format"), -1;
  c->conv = **q;
  size_t n;
  c->ch = gp_utf8_decode(*q, &n);
  return 0;
}

/* The text s padded to the width with spaces, left or right. */
static GpValue pad(GpThread *t, GpValue s, const Conv *c, bool keep_prec) {
  char spec[48];
  int n = snprintf(spec, sizeof spec, "%c", c->left ? '<' : '>');
  if (c->width >= 0) n += snprintf(spec + n, sizeof spec - (size_t)n, "%lld", (long long)c->width);
  if (keep_prec && c->prec >= 0)
    n += snprintf(spec + n, sizeof spec - (size_t)n, ".%lld", (long long)c->prec);
  GpValue r = gp_str_format_spec(t, s, spec, (size_t)n);
  GP_DECREF(s);
  return r;
}

/* %c: an int code point or a one-character str. */
static GpValue char_of(GpThread *t, GpValue v) {
  if (GP_IS_TYPE(gp_unwrap(v), gp_type_str)) {
    GpValue s = gp_unwrap(v);
    if (GP_STR(s)->nchars != 1) return gp_raise(t, &gp_exc_TypeError, "%%c requires int or char");
    GP_INCREF(s);
    return s;
  }
  GpValue iv = gp_unwrap(v);
  if (!gp_is_int(iv)) return gp_raise(t, &gp_exc_TypeError, "%%c requires int or char");
  int64_t cp = iv.as.i; /* a bignum (GP_T_OBJ) is out of range */
  if (GP_IS_OBJ(iv) || cp < 0 || cp > 0x10ffff)
    return gp_raise(t, &gp_exc_OverflowError, "%%c arg not in range(0x110000)");
  if (cp >= 0xd800 && cp <= 0xdfff)
    return gp_raise(t, &gp_exc_ValueError, "surrogate code points are not supported");
  return gp_str_char(t, (uint32_t)cp);
}

/* An integer conversion with a precision: at least prec digits, then the
** sign and the '#' prefix, then the width (CPython's rule, not printf's:
** '0' pads with zeros after the sign and prefix). */
static GpValue int_with_prec(GpThread *t, GpValue v, const Conv *c, char type) {
  char spec[4] = {type, 0};
  GpValue neg = gp_num_format(t, v, "-", 1); /* only its sign is wanted */
  if (GP_IS_ERR(neg)) return neg;
  bool minus = GP_STR(neg)->data[0] == '-';
  GP_DECREF(neg);
  GpValue av = minus ? gp_binop(t, GP_OP_SUB, gp_intv(0), v) : (GP_INCREF(v), v);
  if (GP_IS_ERR(av)) return av;
  GpValue digits = gp_num_format(t, av, spec, 1);
  GP_DECREF(av);
  if (GP_IS_ERR(digits)) return digits;
  GpStr *d = GP_STR(digits);
  int64_t zeros = c->prec > (int64_t)d->len ? c->prec - (int64_t)d->len : 0;
  const char *prefix = !c->alt || type == 'd' ? "" : type == 'x' ? "0x" : type == 'X' ? "0X" : "0o";
  int64_t used = (minus || c->plus || c->space) + (int64_t)strlen(prefix) + zeros + (int64_t)d->len;
  if (c->zero && !c->left && c->width > used) zeros += c->width - used;
  GpBuf b;
  gp_buf_init(&b);
  if (minus || c->plus || c->space) gp_buf_putc(&b, minus ? '-' : c->plus ? '+' : ' ');
  gp_buf_puts(&b, prefix);
  for (int64_t i = 0; i < zeros; i++)
    gp_buf_putc(&b, '0');
  gp_buf_put(&b, d->data, d->len);
  GP_DECREF(digits);
  GpValue s = gp_buf_finish(t, &b);
  if (GP_IS_ERR(s)) return s;
  Conv plain = *c;
  plain.prec = -1;
  return pad(t, s, &plain, false);
}

/* CPython's message for a conversion character it does not know: str's
** shows a printable ASCII one, else '?'; bytes' shows the byte, and one
** past ASCII fails to format (its %c gets a negative char). */
static GpValue unsupported(GpThread *t, const Conv *c, size_t at) {
  if (c->bytes && c->ch > 0x7f)
    return gp_raise(t, &gp_exc_OverflowError, "character argument not in range(0x110000)");
  char shown = c->bytes || (c->ch >= 31 && c->ch <= 126) ? (char)c->ch : '?';
  return gp_raise(t, &gp_exc_ValueError, "unsupported format character '%c' (0x%x) at index %zu",
                  shown, (unsigned)c->ch, at);
}

/* The TypeError for a value that is not a number. */
static GpValue not_number(GpThread *t, GpValue v, const Conv *c) {
  if (in_set("eEfFgG", c->conv))
    return gp_raise(t, &gp_exc_TypeError,
                    c->bytes ? "float argument required, not %s" : "must be real number, not %s",
                    gp_type_name(v));
  return gp_raise(t, &gp_exc_TypeError, "%%%c format: %s is required, not %s",
                  c->bytes && c->conv == 'i' ? 'd' : c->conv, /* bytes' %i is its %d */
                  in_set("oxX", c->conv) ? "an integer" : "a real number", gp_type_name(v));
}

/* A number from an instance, as CPython's %-format asks for one: __index__
** for %o %x %X, __int__ (or __index__) for %d %i %u, __float__ for the
** rest. 1 = *out set, 0 = the instance has none of them, -1 = error. */
static int inst_number(GpThread *t, GpValue v, char conv, GpValue *out) {
  if (in_set("oxX", conv)) return gp_inst_index(t, v, out);
  if (in_set("diu", conv)) return gp_inst_int(t, v, out);
  return gp_inst_float(t, v, out);
}

/* A numeric conversion of v through the format-spec mini-language. */
static GpValue number(GpThread *t, GpValue v, const Conv *c, size_t at) {
  char conv = c->conv;
  if (!in_set("diouxXeEfFgG", conv)) return unsupported(t, c, at);
  v = gp_unwrap(v); /* an int or float subclass's value */
  bool integral = in_set("diuoxX", conv);
  GpValue owned = GP_ERRV; /* '%.2f' % Fraction(1, 3) formats its float */
  if (!gp_is_number(v)) {
    int k = inst_number(t, v, conv, &owned);
    if (k <= 0) return k < 0 ? GP_ERRV : not_number(t, v, c);
    v = owned;
  }
  if (in_set("oxX", conv) && GP_IS_FLOAT(v))
    return gp_raise(t, &gp_exc_TypeError, "%%%c format: an integer is required, not float", conv);
  char type = conv == 'i' || conv == 'u' ? 'd' : conv;
  GpValue iv = GP_ERRV; /* '%d' % 3.7 truncates */
  if (integral && GP_IS_FLOAT(v)) {
    if (GP_IS_ERR(iv = gp_int_from_double(t, v.as.f))) return iv;
    v = iv;
  }
  GpValue r;
  if (integral && c->prec >= 0) {
    r = int_with_prec(t, v, c, type);
  } else {
    char spec[64];
    int n = snprintf(spec, sizeof spec, "%s%s%s%s", c->left ? "<" : "",
                     c->plus    ? "+"
                     : c->space ? " "
                                : "",
                     c->alt ? "#" : "", c->zero && !c->left ? "0" : "");
    if (c->width >= 0)
      n += snprintf(spec + n, sizeof spec - (size_t)n, "%lld", (long long)c->width);
    if (c->prec >= 0) n += snprintf(spec + n, sizeof spec - (size_t)n, ".%lld", (long long)c->prec);
    spec[n++] = type;
    r = gp_num_format(t, v, spec, (size_t)n);
  }
  GP_DECREF(iv);
  GP_DECREF(owned);
  return r;
}

/* One conversion of v; at is the conversion character's index, for errors. */
GpValue gp_str_mod_convert(GpThread *t, GpValue v, const GpModConv *c, size_t at) {
  if (c->conv == 's' || c->conv == 'r' || c->conv == 'a') {
    GpValue s = c->conv == 's' ? gp_str(t, v) : c->conv == 'r' ? gp_repr(t, v) : gp_ascii(t, v);
    return GP_IS_ERR(s) ? s : pad(t, s, c, true);
  }
  if (c->conv == 'c') {
    GpValue s = char_of(t, v);
    return GP_IS_ERR(s) ? s : pad(t, s, c, false);
  }
  return number(t, v, c, at);
}

/* Whether arg is a mapping to printf-style formatting (CPython's
** PyMapping_Check, minus tuple and str): it has __getitem__. */
static bool is_mapping(GpValue arg) {
  if (arg.tag != GP_T_OBJ) return false;
  const GpType *tp = arg.as.o->type;
  if (tp == &gp_type_tuple || tp == &gp_type_str) return false;
  if (gp_type_is_subtype(tp, &gp_type_dict) || tp == &gp_type_list || tp == &gp_type_range)
    return true;
  if (tp->ops && tp->ops->getitem) return true;
  GpValue f;
  if (!GP_IS_CLASS(tp) || !gp_class_lookup(tp, gp_intern_cstr("__getitem__"), &f)) return false;
  GP_DECREF(f);
  return true;
}

/* '%(key)s' % mapping: the value of the key between the parentheses (which
** may nest, as CPython's); *q moves past the closing one. */
static GpValue keyed(GpThread *t, GpValue arg, const char **q, const char *end,
                     const GpModHooks *h) {
  if (!is_mapping(arg)) return gp_raise(t, &gp_exc_TypeError, "format requires a mapping");
  const char *k = ++*q;
  int depth = 1;
  for (; *q < end; ++*q)
    if (**q == '(')
      depth++;
    else if (**q == ')' && --depth == 0)
      break;
  if (*q == end) return gp_raise(t, &gp_exc_ValueError, "incomplete format key");
  GpValue key = h->key(t, k, (size_t)(*q - k));
  ++*q;
  if (GP_IS_ERR(key)) return key;
  GpValue v = gp_getitem(t, arg, key);
  GP_DECREF(key);
  return v;
}

/* The number of characters in the UTF-8 text [s, end): an index for errors. */
static size_t char_index(const char *s, const char *end) {
  size_t n = 0;
  for (; s < end; s++)
    n += ((unsigned char)*s & 0xc0) != 0x80;
  return n;
}

/* The conversion starting after the '%' at *q, appended to b; *q moves past it. */
static int one_conversion(GpThread *t, GpBuf *b, const char **q, const char *start, const char *end,
                          GpValue arg, Args *a, const GpModHooks *h) {
  if (*q < end && **q == '%') { /* only a bare "%%" is a '%': "%5%" takes an argument */
    ++*q;
    gp_buf_putc(b, '%');
    return 0;
  }
  GpValue v = GP_ERRV; /* a reference when keyed */
  if (*q < end && **q == '(') {
    if (GP_IS_ERR(v = keyed(t, arg, q, end, h))) return -1;
    a->used = a->n; /* CPython's: after a key, the mapping is no positional argument */
  }
  Conv c;
  if (parse_conv(t, q, end, a, &c, h->bytes) < 0) {
    GP_DECREF(v);
    return -1;
  }
  size_t at = char_index(start, *q);
  size_t n;
  gp_utf8_decode(*q, &n);
  *q += n;
  GpValue item = GP_IS_ERR(v) ? next_arg(t, a) : v;
  GpValue r = GP_IS_ERR(item) ? item : h->convert(t, item, &c, at);
  GP_DECREF(v);
  if (GP_IS_ERR(r)) return -1;
  gp_buf_putstr(b, r);
  GP_DECREF(r);
  return 0;
}

GpValue gp_str_mod(GpThread *t, GpValue fmt, GpValue arg) {
  static const GpModHooks str_hooks = {gp_str_mod_convert, gp_str_new, "string", false};
  return gp_mod_format(t, fmt, arg, &str_hooks);
}

GpValue gp_mod_format(GpThread *t, GpValue fmt, GpValue arg, const GpModHooks *h) {
  GpStr *f = GP_STR(fmt);
  Args a = {.items = &arg, .n = 1};
  if (GP_IS_TYPE(gp_unwrap(arg), gp_type_tuple)) arg = gp_unwrap(arg); /* a tuple subclass too */
  if (GP_IS_TYPE(arg, gp_type_tuple)) a.items = GP_TUPLE(arg)->items, a.n = GP_TUPLE(arg)->len;
  GpBuf b;
  gp_buf_init(&b);
  for (const char *p = f->data, *end = p + f->len; p < end;) {
    const char *pct = memchr(p, '%', (size_t)(end - p));
    if (!pct) pct = end;
    gp_buf_put(&b, p, (size_t)(pct - p));
    if (pct == end) break;
    p = pct + 1;
    if (one_conversion(t, &b, &p, f->data, end, arg, &a, h) < 0) {
      gp_buf_free(&b);
      return GP_ERRV;
    }
  }
  if (a.used < a.n && !is_mapping(arg)) {
    gp_buf_free(&b);
    return gp_raise(t, &gp_exc_TypeError, "not all arguments converted during %s formatting",
                    h->what);
  }
  return gp_buf_finish(t, &b);
}
