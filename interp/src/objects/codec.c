/*
** codec.c — str.encode and bytes.decode for utf-8, utf-8-sig, utf-16 (-le,
** -be, and with its byte-order mark), ascii and latin-1, with
** CPython's error handlers (strict, ignore, replace, backslashreplace and,
** encoding, xmlcharrefreplace) and its UnicodeEncodeError and
** UnicodeDecodeError, whose args (encoding, object, start, end, reason)
** exc.c formats as CPython does.
*/
#include <ctype.h>
#include <string.h>

#include "obj.h"

typedef enum {
  CODEC_UTF8,
  CODEC_ASCII,
  CODEC_LATIN1,
  CODEC_UTF8_SIG,
  CODEC_UTF16, /* a byte-order mark first, little-endian without one */
  CODEC_UTF16LE,
  CODEC_UTF16BE
} Codec;

typedef struct CodecName {
  const char *alias;
  Codec codec;
  const char *name; /* as error messages name it */
} CodecName;

/* Aliases after CPython's normalisation (lower case, '-' and ' ' as '_'). */
static const CodecName codec_names[] = {
    {"utf_8", CODEC_UTF8, "utf-8"},
    {"utf8", CODEC_UTF8, "utf-8"},
    {"u8", CODEC_UTF8, "utf-8"},
    {"utf", CODEC_UTF8, "utf-8"},
    {"ascii", CODEC_ASCII, "ascii"},
    {"us_ascii", CODEC_ASCII, "ascii"},
    {"646", CODEC_ASCII, "ascii"},
    {"ansi_x3.4_1968", CODEC_ASCII, "ascii"},
    {"latin_1", CODEC_LATIN1, "latin-1"},
    {"latin1", CODEC_LATIN1, "latin-1"},
    {"latin", CODEC_LATIN1, "latin-1"},
    {"l1", CODEC_LATIN1, "latin-1"},
    {"iso8859_1", CODEC_LATIN1, "latin-1"},
    {"iso_8859_1", CODEC_LATIN1, "latin-1"},
    {"8859", CODEC_LATIN1, "latin-1"},
    {"cp819", CODEC_LATIN1, "latin-1"},
    {"utf_8_sig", CODEC_UTF8_SIG, "utf-8-sig"},
    {"utf_16", CODEC_UTF16, "utf-16"},
    {"utf16", CODEC_UTF16, "utf-16"},
    {"u16", CODEC_UTF16, "utf-16"},
    {"utf_16_le", CODEC_UTF16LE, "utf-16-le"},
    {"utf_16le", CODEC_UTF16LE, "utf-16-le"},
    {"unicodelittleunmarked", CODEC_UTF16LE, "utf-16-le"},
    {"utf_16_be", CODEC_UTF16BE, "utf-16-be"},
    {"utf_16be", CODEC_UTF16BE, "utf-16-be"},
    {"unicodebigunmarked", CODEC_UTF16BE, "utf-16-be"},
};

static const char utf8_bom[] = "\xef\xbb\xbf";

/* The codec an encoding argument names (GP_ERRV: utf-8); NULL with
** LookupError or TypeError set. */
static const CodecName *codec_lookup(GpThread *t, GpValue enc, const char *fname) {
  if (GP_IS_ERR(enc)) return &codec_names[0];
  if (!GP_IS_TYPE(enc, gp_type_str)) {
    gp_raise(t, &gp_exc_TypeError, "%s() argument 'encoding' must be str, not %s", fname,
             gp_type_name(enc));
    return NULL;
  }
  const GpStr *s = GP_STR(enc);
  char norm[32];
  size_t n = 0;
  for (; n < s->len && n + 1 < sizeof norm; n++) {
    char c = s->data[n];
    norm[n] = c == '-' || c == ' ' ? '_' : (char)tolower((unsigned char)c);
  }
  norm[n] = 0;
  for (size_t i = 0; n == s->len && i < sizeof codec_names / sizeof *codec_names; i++)
    if (strcmp(norm, codec_names[i].alias) == 0) return &codec_names[i];
  gp_raise(t, &gp_exc_LookupError, "unknown encoding: %s", s->data);
  return NULL;
}

typedef enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLREF, ERR_UNKNOWN } Errors;

/* The handler an errors argument names; -1 with TypeError for a non-str.
** An unknown name fails only when an error needs it, as in CPython. */
static int errors_lookup(GpThread *t, GpValue errors, const char *fname, Errors *out) {
  static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace",
                                      "xmlcharrefreplace"};
  *out = ERR_STRICT;
  if (GP_IS_ERR(errors)) return 0;
  if (!GP_IS_TYPE(errors, gp_type_str)) {
    gp_raise(t, &gp_exc_TypeError, "%s() argument 'errors' must be str, not %s", fname,
             gp_type_name(errors));
    return -1;
  }
  *out = ERR_UNKNOWN;
  for (int i = 0; i < 5; i++)
    if (strcmp(GP_STR(errors)->data, names[i]) == 0) *out = (Errors)i;
  return 0;
}

static GpValue unknown_handler(GpThread *t, GpValue errors) {
  return gp_raise(t, &gp_exc_LookupError, "unknown error handler name '%s'", GP_STR(errors)->data);
}

/* Raises tp(encoding, object, start, end, reason); object is stolen. */
static GpValue raise_unicode(GpThread *t, const GpType *tp, const char *enc, GpValue object,
                             size_t start, size_t end, const char *reason) {
  if (GP_IS_ERR(object)) return object;
  GpValue items[5] = {gp_str_cstr(t, enc), object, gp_intv((int64_t)start), gp_intv((int64_t)end),
                      gp_str_cstr(t, reason)};
  GpValue tu = GP_IS_ERR(items[0]) || GP_IS_ERR(items[4]) ? GP_ERRV : gp_tuple_pack(t, 5, items);
  GP_DECREF(items[0]);
  GP_DECREF(items[1]);
  GP_DECREF(items[4]);
  if (GP_IS_ERR(tu)) return gp_raise_nomem(t);
  GpValue e = gp_exc_new(t, tp, tu.as.o);
  GP_DECREF(tu);
  if (GP_IS_ERR(e)) return e;
  gp_raise_value(t, e);
  GP_DECREF(e);
  return GP_ERRV;
}

/* ---------------------------------------------------------------- encoding */

static void put_escape(GpBuf *b, uint32_t cp, Errors how) {
  char esc[16];
  if (how == ERR_XMLREF)
    snprintf(esc, sizeof esc, "&#%u;", (unsigned)cp);
  else if (cp < 0x100)
    snprintf(esc, sizeof esc, "\\x%02x", (unsigned)cp);
  else if (cp < 0x10000)
    snprintf(esc, sizeof esc, "\\u%04x", (unsigned)cp);
  else
    snprintf(esc, sizeof esc, "\\U%08x", (unsigned)cp);
  gp_buf_puts(b, esc);
}

/* ascii or latin-1 (limit 128 or 256): runs of characters beyond the limit
** go to the error handler, a whole run at a time, as in CPython. */
static GpValue encode_narrow(GpThread *t, GpValue str, const CodecName *c, Errors how,
                             GpValue errors) {
  uint32_t limit = c->codec == CODEC_ASCII ? 128 : 256;
  const GpStr *s = GP_STR(str);
  GpBuf b;
  gp_buf_init(&b);
  size_t off = 0, pos = 0;
  while (off < s->len) {
    size_t n;
    uint32_t cp = gp_utf8_decode(s->data + off, &n);
    if (cp < limit) {
      gp_buf_putc(&b, (char)cp);
      off += n;
      pos++;
      continue;
    }
    size_t start = pos, o = off;
    for (; o < s->len && (cp = gp_utf8_decode(s->data + o, &n)) >= limit; o += n, pos++) {
      if (how == ERR_REPLACE) gp_buf_putc(&b, '?');
      if (how == ERR_BACKSLASH || how == ERR_XMLREF) put_escape(&b, cp, how);
    }
    if (how == ERR_STRICT || how == ERR_UNKNOWN) {
      gp_buf_free(&b);
      if (how == ERR_UNKNOWN) return unknown_handler(t, errors);
      GP_INCREF(str);
      return raise_unicode(t, &gp_exc_UnicodeEncodeError, c->name, str, start, pos,
                           limit == 128 ? "ordinal not in range(128)"
                                        : "ordinal not in range(256)");
    }
    off = o;
  }
  return gp_bytes_from_buf(t, &b);
}

static void put_unit(GpBuf *b, uint32_t u, bool big) {
  char two[2] = {(char)(big ? u >> 8 : u & 0xFF), (char)(big ? u & 0xFF : u >> 8)};
  gp_buf_put(b, two, 2);
}

/* UTF-16, a byte-order mark first if bom (little-endian, as CPython's on
** this machine): gilpy's strs hold no lone surrogates, so it never fails. */
static GpValue encode_utf16(GpThread *t, GpValue str, bool big, bool bom) {
  const GpStr *s = GP_STR(str);
  GpBuf b;
  gp_buf_init(&b);
  if (bom) put_unit(&b, 0xFEFF, big);
  for (size_t off = 0, n; off < s->len; off += n) {
    uint32_t cp = gp_utf8_decode(s->data + off, &n);
    if (cp < 0x10000) {
      put_unit(&b, cp, big);
    } else {
      put_unit(&b, 0xD800 + ((cp - 0x10000) >> 10), big);
      put_unit(&b, 0xDC00 + ((cp - 0x10000) & 0x3FF), big);
    }
  }
  return gp_bytes_from_buf(t, &b);
}

GpValue gp_str_encode_as(GpThread *t, GpValue str, GpValue encoding, GpValue errors) {
  const CodecName *c = codec_lookup(t, encoding, "encode");
  Errors how;
  if (!c || errors_lookup(t, errors, "encode", &how) < 0) return GP_ERRV;
  const GpStr *s = GP_STR(str);
  switch (c->codec) {
  case CODEC_UTF8: /* gilpy's strs hold no lone surrogates: utf-8 encodes every one */
    return gp_bytes_new(t, s->data, s->len);
  case CODEC_UTF8_SIG: {
    GpBuf b;
    gp_buf_init(&b);
    gp_buf_puts(&b, utf8_bom);
    gp_buf_put(&b, s->data, s->len);
    return gp_bytes_from_buf(t, &b);
  }
  case CODEC_UTF16:
  case CODEC_UTF16LE:
  case CODEC_UTF16BE:
    return encode_utf16(t, str, c->codec == CODEC_UTF16BE, c->codec == CODEC_UTF16);
  default:
    return encode_narrow(t, str, c, how, errors);
  }
}

GpValue gp_codec_name(GpThread *t, GpValue encoding) {
  const CodecName *c = codec_lookup(t, encoding, "lookup");
  return c ? gp_str_cstr(t, c->name) : GP_ERRV;
}

GpValue gp_str_encode(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"encoding", "errors"};
  GpValue a[2];
  if (gp_parse_args(t, "encode", args + 1, nargs - 1, kw, names, 2, 0, a) < 0) return GP_ERRV;
  return gp_str_encode_as(t, args[0], a[0], a[1]);
}

/* ---------------------------------------------------------------- decoding */

static bool cont(unsigned char c, unsigned char lo, unsigned char hi) {
  return c >= lo && c <= hi;
}

/* The length of the valid UTF-8 sequence at p[0..n), or 0 with *bad the
** length of the invalid part CPython reports and *why its reason. */
static size_t utf8_seq(const unsigned char *p, size_t n, size_t *bad, const char **why) {
  unsigned char c = p[0];
  if (c < 0x80) return 1;
  size_t need = c >= 0xC2 && c < 0xE0   ? 2
                : c >= 0xE0 && c < 0xF0 ? 3
                : c >= 0xF0 && c < 0xF5 ? 4
                                        : 0;
  *bad = 1;
  *why = "invalid start byte";
  if (need == 0) return 0;
  /* the second byte's range is narrower after E0, ED, F0 and F4 */
  unsigned char lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
  unsigned char hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
  for (size_t k = 1; k < need; k++) {
    if (k >= n) {
      *bad = n;
      *why = "unexpected end of data";
      return 0;
    }
    if (!cont(p[k], k == 1 ? lo : 0x80, k == 1 ? hi : 0xBF)) {
      *bad = k;
      *why = "invalid continuation byte";
      return 0;
    }
  }
  return need;
}

static void put_cp(GpBuf *b, uint32_t cp) {
  char u[4];
  gp_buf_put(b, u, gp_utf8_encode(cp, u));
}

/* What a handler puts for the invalid bytes p[0..n); false for strict. */
static bool decode_handler(GpBuf *b, const unsigned char *p, size_t n, Errors how) {
  if (how == ERR_STRICT || how == ERR_UNKNOWN || how == ERR_XMLREF) return false;
  if (how == ERR_REPLACE) put_cp(b, 0xFFFD);
  for (size_t k = 0; how == ERR_BACKSLASH && k < n; k++)
    put_escape(b, p[k], how);
  return true;
}

/* Raises the decode error of bytes s[start, end) or an unknown handler's. */
static GpValue decode_fail(GpThread *t, const char *s, size_t len, const char *enc, Errors how,
                           GpValue errors, size_t start, size_t end, const char *why) {
  if (how == ERR_UNKNOWN) return unknown_handler(t, errors);
  if (how == ERR_XMLREF)
    return gp_raise(t, &gp_exc_TypeError,
                    "don't know how to handle UnicodeDecodeError in error "
                    "callback");
  return raise_unicode(t, &gp_exc_UnicodeDecodeError, enc, gp_bytes_new(t, s, len), start, end,
                       why);
}

static GpValue decode_utf8(GpThread *t, const char *s, size_t len, Errors how, GpValue errors) {
  const unsigned char *p = (const unsigned char *)s;
  GpBuf b;
  gp_buf_init(&b);
  for (size_t i = 0; i < len;) {
    size_t bad = 0;
    const char *why = NULL;
    size_t n = utf8_seq(p + i, len - i, &bad, &why);
    if (n) {
      gp_buf_put(&b, s + i, n);
      i += n;
      continue;
    }
    if (!decode_handler(&b, p + i, bad, how)) {
      gp_buf_free(&b);
      return decode_fail(t, s, len, "utf-8", how, errors, i, i + bad, why);
    }
    i += bad;
  }
  return gp_buf_finish(t, &b);
}

static GpValue decode_narrow(GpThread *t, const char *s, size_t len, const CodecName *c, Errors how,
                             GpValue errors) {
  GpBuf b;
  gp_buf_init(&b);
  for (size_t i = 0; i < len; i++) {
    unsigned char ch = (unsigned char)s[i];
    if (ch < 0x80 || c->codec == CODEC_LATIN1) {
      put_cp(&b, ch);
    } else if (!decode_handler(&b, (const unsigned char *)s + i, 1, how)) {
      gp_buf_free(&b);
      return decode_fail(t, s, len, c->name, how, errors, i, i + 1, "ordinal not in range(128)");
    }
  }
  return gp_buf_finish(t, &b);
}

static uint32_t unit_at(const unsigned char *p, bool big) {
  return big ? (uint32_t)p[0] << 8 | p[1] : (uint32_t)p[1] << 8 | p[0];
}

/* The length of the valid UTF-16 unit or pair at p[0..n) (n >= 2), its
** code point in *cp; or 0 with *bad and *why as CPython reports them. */
static size_t utf16_seq(const unsigned char *p, size_t n, bool big, uint32_t *cp, size_t *bad,
                        const char **why) {
  uint32_t u = unit_at(p, big);
  *cp = u;
  if (u < 0xD800 || u > 0xDFFF) return 2;
  *bad = 2;
  *why = "illegal encoding"; /* a low surrogate first */
  if (u >= 0xDC00) return 0;
  if (n < 4) {
    *bad = n;
    *why = "unexpected end of data";
    return 0;
  }
  uint32_t low = unit_at(p + 2, big);
  *why = "illegal UTF-16 surrogate";
  if (low < 0xDC00 || low > 0xDFFF) return 0;
  *cp = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
  return 4;
}

/* s[i..len) as UTF-16; errors name the byte order and count from s[0]. */
static GpValue decode_utf16(GpThread *t, const char *s, size_t len, size_t i, bool big, Errors how,
                            GpValue errors) {
  const unsigned char *p = (const unsigned char *)s;
  GpBuf b;
  gp_buf_init(&b);
  while (i < len) {
    size_t bad = len - i, n = 0;
    const char *why = "truncated data";
    uint32_t cp;
    if (len - i >= 2) n = utf16_seq(p + i, len - i, big, &cp, &bad, &why);
    if (n) {
      put_cp(&b, cp);
      i += n;
      continue;
    }
    if (!decode_handler(&b, p + i, bad, how)) {
      gp_buf_free(&b);
      return decode_fail(t, s, len, big ? "utf-16-be" : "utf-16-le", how, errors, i, i + bad, why);
    }
    i += bad;
  }
  return gp_buf_finish(t, &b);
}

GpValue gp_bytes_decode_as(GpThread *t, const char *s, size_t len, GpValue encoding,
                           GpValue errors) {
  const CodecName *c = codec_lookup(t, encoding, "decode");
  Errors how;
  if (!c || errors_lookup(t, errors, "decode", &how) < 0) return GP_ERRV;
  const unsigned char *p = (const unsigned char *)s;
  switch (c->codec) {
  case CODEC_UTF8:
    return decode_utf8(t, s, len, how, errors);
  case CODEC_UTF8_SIG: /* CPython counts error positions after the mark */
    if (len >= 3 && memcmp(s, utf8_bom, 3) == 0) return decode_utf8(t, s + 3, len - 3, how, errors);
    return decode_utf8(t, s, len, how, errors);
  case CODEC_UTF16: {
    /* the mark, if there is one, picks the byte order */
    bool mark = len >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF));
    return decode_utf16(t, s, len, mark ? 2 : 0, mark && p[0] == 0xFE, how, errors);
  }
  case CODEC_UTF16LE:
  case CODEC_UTF16BE:
    return decode_utf16(t, s, len, 0, c->codec == CODEC_UTF16BE, how, errors);
  default:
    return decode_narrow(t, s, len, c, how, errors);
  }
}
