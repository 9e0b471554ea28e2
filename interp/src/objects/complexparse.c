/*
** complexparse.c — complex(str) with CPython's grammar
** (complex_from_string_inner): "<float>", "<float>j", "<float><signed
** float>j", the older "<float><sign>j", "<sign>j" and "j", in optional
** parentheses and whitespace, underscores between digits as float() takes.
*/
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"
#include "obj.h"

static bool starts_with_ci(const char *s, const char *word) {
  for (; *word; s++, word++)
    if (tolower((unsigned char)*s) != *word) return false;
  return true;
}

static const char *digits(const char *s) {
  while (isdigit((unsigned char)*s))
    s++;
  return s;
}

/* The length of the float literal at s (PyOS_string_to_double's prefix):
** [sign] (inf | infinity | nan | digits [. digits] [e [sign] digits]); 0 if none. */
static size_t float_prefix(const char *s) {
  const char *p = s + (*s == '+' || *s == '-');
  if (starts_with_ci(p, "infinity")) return (size_t)(p + 8 - s);
  if (starts_with_ci(p, "inf") || starts_with_ci(p, "nan")) return (size_t)(p + 3 - s);
  const char *q = digits(p);
  bool any = q > p;
  if (*q == '.') {
    const char *f = digits(q + 1);
    any = any || f > q + 1;
    q = f;
  }
  if (!any) return 0;
  if (*q == 'e' || *q == 'E') {
    const char *e = q + 1 + (q[1] == '+' || q[1] == '-');
    if (digits(e) > e) q = digits(e);
  }
  return (size_t)(q - s);
}

/* Reads a float at *s into *d, advancing *s; false if there is none. */
static bool read_float(const char **s, double *d) {
  size_t n = float_prefix(*s);
  if (n == 0) return false;
  char buf[512];
  if (n >= sizeof buf) { /* very long digit strings: strtod reads them in place */
    *d = strtod(*s, NULL);
  } else {
    memcpy(buf, *s, n);
    buf[n] = '\0';
    *d = strtod(buf, NULL);
  }
  *s += n;
  return true;
}

/* Copies s without its underscores, each of which must sit between two
** digits (float()'s rule); NULL if one does not (or out of memory, which
** then reads as that error: a string too large to copy is no complex). */
static char *strip_underscores(const char *s, size_t len) {
  char *out = malloc(len + 1);
  if (!out) return NULL;
  size_t n = 0;
  for (size_t i = 0; i < len; i++) {
    if (s[i] != '_') {
      out[n++] = s[i];
      continue;
    }
    if (i == 0 || i + 1 == len || !isdigit((unsigned char)s[i - 1]) ||
        !isdigit((unsigned char)s[i + 1])) {
      free(out);
      return NULL;
    }
  }
  out[n] = '\0';
  return out;
}

static bool is_j(char c) {
  return c == 'j' || c == 'J';
}

static const char *skip_space(const char *s) {
  while (isspace((unsigned char)*s))
    s++;
  return s;
}

/* The grammar on s (NUL-terminated, no underscores); false if malformed. */
static bool parse(const char *s, double *x, double *y) {
  *x = *y = 0.0;
  s = skip_space(s);
  bool bracket = *s == '(';
  if (bracket) s = skip_space(s + 1);
  double z;
  if (read_float(&s, &z)) {
    if (*s == '+' || *s == '-') { /* <float><signed-float>j or <float><sign>j */
      *x = z;
      if (!read_float(&s, y)) *y = *s++ == '+' ? 1.0 : -1.0;
      if (!is_j(*s++)) return false;
    } else if (is_j(*s)) {
      s++;
      *y = z;
    } else {
      *x = z;
    }
  } else { /* <sign>j or j */
    *y = *s == '-' ? -1.0 : 1.0;
    if (*s == '+' || *s == '-') s++;
    if (!is_j(*s++)) return false;
  }
  s = skip_space(s);
  if (bracket) {
    if (*s != ')') return false;
    s = skip_space(s + 1);
  }
  return *s == '\0';
}

GpValue gp_complex_parse(GpThread *t, const char *s, size_t len) {
  if (memchr(s, '\0', len))
    return gp_raise(t, &gp_exc_ValueError, "complex() arg is a malformed string");
  char *buf = strip_underscores(s, len);
  if (!buf) {
    GpValue str = gp_str_new(t, s, len), r = GP_IS_ERR(str) ? str : gp_repr(t, str);
    GP_DECREF(str);
    if (GP_IS_ERR(r)) return r;
    gp_raise(t, &gp_exc_ValueError, "could not convert string to complex: %s", GP_STR(r)->data);
    GP_DECREF(r);
    return GP_ERRV;
  }
  double x, y;
  bool ok = parse(buf, &x, &y);
  free(buf);
  if (!ok) return gp_raise(t, &gp_exc_ValueError, "complex() arg is a malformed string");
  return gp_complex_new(t, x, y);
}
