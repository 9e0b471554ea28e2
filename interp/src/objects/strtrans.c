/*
** strtrans.c — str.translate(table) and str.maketrans(x[, y[, z]]), with
** CPython's rules: the table is any mapping from code points (ints) to a
** code point, a str or None (delete); a missing key keeps the character.
** Also str.expandtabs(tabsize=8), the other per-character rewrite.
*/
#include "class.h"
#include "obj.h"
#include "vm.h"

/* One character's replacement appended to b: 0 done, -1 exception. */
static int translate_char(GpThread *t, GpBuf *b, GpValue table, uint32_t cp, const char *src,
                          size_t n) {
  GpValue r = gp_getitem(t, table, gp_intv(cp));
  if (GP_IS_ERR(r)) {
    if (!gp_exc_matches(t->exc, &gp_exc_LookupError)) return -1;
    GP_DECREF(t->exc);
    t->exc = GP_NONEV;
    gp_buf_put(b, src, n);
    return 0;
  }
  int rc = 0;
  if (GP_IS_INT(r) || GP_IS_BOOL(r)) {
    if (r.as.i < 0 || r.as.i > 0x10FFFF) {
      gp_raise(t, &gp_exc_ValueError, "character mapping must be in range(0x110000)");
      rc = -1;
    } else {
      char enc[4];
      gp_buf_put(b, enc, gp_utf8_encode((uint32_t)r.as.i, enc));
    }
  } else if (GP_IS_TYPE(gp_unwrap(r), gp_type_str)) {
    gp_buf_putstr(b, gp_unwrap(r));
  } else if (gp_is_int(r)) {
    gp_raise(t, &gp_exc_ValueError, "character mapping must be in range(0x110000)");
    rc = -1;
  } else if (!GP_IS_NONE(r)) {
    gp_raise(t, &gp_exc_TypeError, "character mapping must return integer, None or str");
    rc = -1;
  }
  GP_DECREF(r);
  return rc;
}

GpValue gp_str_translate(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (nargs != 2 || kw)
    return gp_raise(t, &gp_exc_TypeError, "str.translate() takes exactly one argument (%d given)",
                    nargs - 1);
  const GpStr *s = GP_STR(args[0]);
  GpBuf b;
  gp_buf_init(&b);
  for (size_t i = 0; i < s->len;) {
    size_t n;
    uint32_t cp = gp_utf8_decode(s->data + i, &n);
    if (translate_char(t, &b, args[1], cp, s->data + i, n) < 0) {
      gp_buf_free(&b);
      return GP_ERRV;
    }
    i += n;
  }
  return gp_buf_finish(t, &b);
}

/* maketrans(dict): str keys of one character become their code points. */
static GpValue maketrans_dict(GpThread *t, GpValue x) {
  if (!GP_IS_TYPE(gp_unwrap(x), gp_type_dict))
    return gp_raise(t, &gp_exc_TypeError,
                    "if you give only one argument to maketrans it must be a dict");
  GpValue d = gp_dict_new(t), key, val;
  size_t pos = 0;
  while (!GP_IS_ERR(d) && gp_dict_next(gp_unwrap(x).as.o, &pos, &key, &val)) {
    GpValue k = gp_unwrap(key);
    if (GP_IS_TYPE(k, gp_type_str) && GP_STR(k)->nchars == 1) {
      size_t n;
      k = gp_intv(gp_utf8_decode(GP_STR(k)->data, &n));
    } else if (GP_IS_TYPE(k, gp_type_str)) {
      GP_DECREF(d);
      return gp_raise(t, &gp_exc_ValueError, "string keys in translate table must be of length 1");
    } else if (!gp_is_int(k)) {
      GP_DECREF(d);
      return gp_raise(t, &gp_exc_TypeError, "keys in translate table must be strings or integers");
    }
    if (gp_dict_set(t, d.as.o, k, val) < 0) {
      GP_DECREF(d);
      return GP_ERRV;
    }
  }
  return d;
}

/* Maps each character of from to the one at the same place in to (both
** valid UTF-8 of the same length in characters), or to None without to. */
static int map_chars(GpThread *t, GpObj *d, const GpStr *from, const GpStr *to) {
  size_t j = 0;
  for (size_t i = 0; i < from->len;) {
    size_t n, m;
    uint32_t a = gp_utf8_decode(from->data + i, &n);
    GpValue v = to ? gp_intv(gp_utf8_decode(to->data + j, &m)) : GP_NONEV;
    if (gp_dict_set(t, d, gp_intv(a), v) < 0) return -1;
    i += n;
    j += to ? m : 0;
  }
  return 0;
}

/* A static method: str.maketrans, s.maketrans. */
GpValue gp_str_maketrans(GpThread *t, const GpValue *a, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "maketrans", nargs, kw, 1, 3) < 0) return GP_ERRV;
  if (nargs == 1) return maketrans_dict(t, a[0]);
  GpValue x = gp_unwrap(a[0]), y = gp_unwrap(a[1]), z = nargs == 3 ? gp_unwrap(a[2]) : GP_NONEV;
  if (!GP_IS_TYPE(x, gp_type_str))
    return gp_raise(t, &gp_exc_TypeError,
                    "first maketrans argument must be a string if there is a second argument");
  if (!GP_IS_TYPE(y, gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "maketrans() argument 2 must be str, not %s",
                    gp_type_name(a[1]));
  if (nargs == 3 && !GP_IS_TYPE(z, gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "maketrans() argument 3 must be str, not %s",
                    gp_type_name(a[2]));
  if (GP_STR(x)->nchars != GP_STR(y)->nchars)
    return gp_raise(t, &gp_exc_ValueError,
                    "the first two maketrans arguments must have equal length");
  GpValue d = gp_dict_new(t);
  if (GP_IS_ERR(d)) return d;
  if (map_chars(t, d.as.o, GP_STR(x), GP_STR(y)) < 0 ||
      (nargs == 3 && map_chars(t, d.as.o, GP_STR(z), NULL) < 0)) {
    GP_DECREF(d);
    return GP_ERRV;
  }
  return d;
}

/* Tabs become spaces up to the next multiple of tabsize (none when it is
** <= 0); the column restarts after \n and \r, as CPython's. */
GpValue gp_str_expandtabs(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"tabsize"};
  GpValue a[1];
  if (gp_parse_args(t, "expandtabs", args + 1, nargs - 1, kw, names, 1, 0, a) < 0) return GP_ERRV;
  int64_t tab = 8;
  if (!GP_IS_ERR(a[0]) && gp_as_index(t, a[0], &tab) < 0) return GP_ERRV;
  const GpStr *s = GP_STR(args[0]);
  GpBuf b;
  gp_buf_init(&b);
  int64_t col = 0;
  for (size_t i = 0; i < s->len;) {
    size_t n;
    uint32_t cp = gp_utf8_decode(s->data + i, &n);
    if (cp == '\t') {
      for (int64_t k = tab > 0 ? tab - col % tab : 0; k > 0; k--, col++)
        gp_buf_putc(&b, ' ');
    } else {
      gp_buf_put(&b, s->data + i, n);
      col = cp == '\n' || cp == '\r' ? 0 : col + 1;
    }
    i += n;
  }
  return gp_buf_finish(t, &b);
}
