/*
** re_scan.c — the Pattern methods that run over every match: findall,
** finditer, split, sub and subn (with replacement templates, also
** Match.expand's). Successive matches follow Python 3.7's rule for empty
** ones (re_iter_next): re.sub('x*', '-', 'abxd') == '-a-b--d-'.
*/
#include <stdlib.h>
#include <string.h>

#include "re_api.h"
#include "vm.h"

#define TYPE_HEAD                                                                                  \
  { .rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type }

static GpValue finish(GpThread *t, GpBuf *b, bool is_bytes) {
  return is_bytes ? gp_bytes_from_buf(t, b) : gp_buf_finish(t, b);
}

/* The text of the current match's group g ('' when it did not take part). */
static GpValue group_text(GpThread *t, const ReIter *it, int32_t g) {
  int64_t a = it->st.slots[2 * g], b = it->st.slots[2 * g + 1];
  if (a < 0 || b < 0) a = b = 0;
  return re_subj_slice(t, &it->sj, a, b);
}

static int start_args(GpThread *t, const char *fn, const GpValue *args, int nargs, GpObj *kw,
                      ReIter *it) {
  static const char *const names[] = {"string", "pos", "endpos"};
  GpValue a[3];
  int64_t pos, endpos;
  if (gp_parse_args(t, fn, args + 1, nargs - 1, kw, names, 3, 1, a) < 0 ||
      re_pos_args(t, a[1], a[2], &pos, &endpos) < 0)
    return -1;
  return re_iter_start(t, (RePattern *)args[0].as.o, a[0], pos, endpos, it);
}

/* ---------------------------------------------------------- findall */

static GpValue findall_item(GpThread *t, const ReIter *it, int32_t ng) {
  if (ng <= 1) return group_text(t, it, ng);
  GpValue r = gp_tuple_new(t, (size_t)ng);
  for (int32_t g = 1; !GP_IS_ERR(r) && g <= ng; g++) {
    GpValue v = group_text(t, it, g);
    if (GP_IS_ERR(v)) {
      GP_DECREF(r);
      return GP_ERRV;
    }
    GP_TUPLE(r)->items[g - 1] = v;
  }
  return r;
}

GpValue re_pattern_findall(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  ReIter it;
  if (start_args(t, "findall", args, nargs, kw, &it) < 0) return GP_ERRV;
  int32_t ng = ((RePattern *)args[0].as.o)->prog.ngroups;
  GpValue l = gp_list_new(t, 0);
  int r;
  while (!GP_IS_ERR(l) && (r = re_iter_next(t, &it)) != 0) {
    GpValue v = r < 0 ? GP_ERRV : findall_item(t, &it, ng);
    if (GP_IS_ERR(v) || gp_list_append(t, l.as.o, v) < 0) {
      GP_DECREF(l);
      l = GP_ERRV;
    }
    GP_DECREF(v);
  }
  re_iter_free(&it);
  return l;
}

/* ---------------------------------------------------------- finditer */

typedef struct ReIterObj {
  GpObj ob;
  RePattern *re;
  GpValue string;
  ReIter it;
} ReIterObj;

static void iter_dealloc(GpObj *o) {
  ReIterObj *i = (ReIterObj *)o;
  re_iter_free(&i->it);
  GP_DECREF(i->string);
  gp_decref_o(&i->re->ob);
}

static int iter_next(GpThread *t, GpValue self, GpValue *out) {
  ReIterObj *i = (ReIterObj *)self.as.o;
  int r = re_iter_next(t, &i->it);
  if (r <= 0) return r;
  *out = re_match_new(t, i->re, &i->it.sj, &i->it.st, i->it.st.begin, i->it.endpos);
  return GP_IS_ERR(*out) ? -1 : 1;
}

static GpValue iter_self(GpThread *t, GpValue self) {
  (void)t;
  GP_INCREF(self);
  return self;
}

GpType re_iter_type = {
    .ob = TYPE_HEAD,
    .name = "callable_iterator",
    .dealloc = iter_dealloc,
    .iter = iter_self,
    .next = iter_next,
};

GpValue re_pattern_finditer(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  ReIterObj *i = (ReIterObj *)gp_alloc(t, &re_iter_type, sizeof(ReIterObj));
  if (!i) return gp_raise_nomem(t);
  if (start_args(t, "finditer", args, nargs, kw, &i->it) < 0) {
    i->re = (RePattern *)args[0].as.o;
    gp_incref_o(&i->re->ob);
    i->string = GP_NONEV;
    gp_decref_o(&i->ob);
    return GP_ERRV;
  }
  i->re = (RePattern *)args[0].as.o;
  gp_incref_o(&i->re->ob);
  i->string = i->it.sj.str;
  GP_INCREF(i->string);
  return gp_objv(&i->ob);
}

/* ---------------------------------------------------------- split */

GpValue re_pattern_split(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"string", "maxsplit"};
  GpValue a[2];
  int64_t maxsplit = 0;
  if (gp_parse_args(t, "split", args + 1, nargs - 1, kw, names, 2, 1, a) < 0) return GP_ERRV;
  if (!GP_IS_ERR(a[1]) && gp_as_index(t, a[1], &maxsplit) < 0) return GP_ERRV;
  RePattern *p = (RePattern *)args[0].as.o;
  ReIter it;
  if (re_iter_start(t, p, a[0], 0, INT64_MAX, &it) < 0) return GP_ERRV;
  GpValue l = gp_list_new(t, 0);
  int64_t last = 0, n = 0;
  int r = 0;
  while (!GP_IS_ERR(l) && (maxsplit <= 0 || n < maxsplit) && (r = re_iter_next(t, &it)) > 0) {
    n++;
    GpValue piece = re_subj_slice(t, &it.sj, last, it.st.slots[0]);
    if (GP_IS_ERR(piece) || gp_list_append(t, l.as.o, piece) < 0) r = -1;
    GP_DECREF(piece);
    for (int32_t g = 1; r >= 0 && g <= p->prog.ngroups; g++) {
      int64_t x = it.st.slots[2 * g], y = it.st.slots[2 * g + 1];
      GpValue v = x < 0 || y < 0 ? GP_NONEV : re_subj_slice(t, &it.sj, x, y);
      if (GP_IS_ERR(v) || gp_list_append(t, l.as.o, v) < 0) r = -1;
      GP_DECREF(v);
    }
    last = it.st.slots[1];
    if (r < 0) break;
  }
  if (r >= 0 && !GP_IS_ERR(l)) {
    GpValue rest = re_subj_slice(t, &it.sj, last, it.sj.full);
    if (GP_IS_ERR(rest) || gp_list_append(t, l.as.o, rest) < 0) r = -1;
    GP_DECREF(rest);
  }
  if (r < 0 && !GP_IS_ERR(l)) {
    GP_DECREF(l);
    l = GP_ERRV;
  }
  re_iter_free(&it);
  return l;
}

/* ---------------------------------------------------------- templates */

/* A parsed replacement: literal text (UTF-8, or bytes) between group
** references. */
typedef struct Part {
  int32_t group; /* -1: literal text lit[off, off + len) */
  size_t off, len;
} Part;
typedef struct Tpl {
  GpBuf lit;
  Part *parts;
  size_t n, cap;
} Tpl;

static int tpl_add(GpThread *t, Tpl *tp, int32_t group, size_t off) {
  if (group < 0 && tp->n && tp->parts[tp->n - 1].group < 0) {
    tp->parts[tp->n - 1].len = tp->lit.len - tp->parts[tp->n - 1].off;
    return 0;
  }
  if (tp->n == tp->cap) {
    size_t cap = tp->cap ? tp->cap * 2 : 8;
    Part *np = realloc(tp->parts, cap * sizeof *np);
    if (!np) return gp_raise_nomem(t), -1;
    tp->parts = np;
    tp->cap = cap;
  }
  tp->parts[tp->n++] = (Part){group, off, group < 0 ? tp->lit.len - off : 0};
  return 0;
}

static void tpl_free(Tpl *tp) {
  gp_buf_free(&tp->lit);
  free(tp->parts);
}

/* Appends character c to the literal text (UTF-8 for str, a byte for bytes). */
static int tpl_char(GpThread *t, Tpl *tp, uint32_t c, bool is_bytes) {
  size_t off = tp->lit.len;
  char u[4];
  if (is_bytes)
    gp_buf_putc(&tp->lit, (char)c);
  else
    gp_buf_put(&tp->lit, u, gp_utf8_encode(c, u));
  return tpl_add(t, tp, -1, off);
}

typedef struct TplSrc {
  const char *s;
  size_t n, i;
  bool is_bytes;
  GpValue tmpl, error;
  const RePattern *p;
} TplSrc;

static int tpl_error(GpThread *t, TplSrc *src, size_t at, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static int tpl_error(GpThread *t, TplSrc *src, size_t at, const char *fmt, ...) {
  char msg[256];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  int64_t pos = 0; /* characters before byte offset at */
  for (size_t k = 0; k < at && k < src->n; k++)
    pos += src->is_bytes || ((unsigned char)src->s[k] & 0xC0) != 0x80;
  re_raise_error(t, src->error, msg, src->tmpl, pos);
  return -1;
}

static bool digit(TplSrc *src) {
  return src->i < src->n && src->s[src->i] >= '0' && src->s[src->i] <= '9';
}
static bool octal(TplSrc *src) {
  return src->i < src->n && src->s[src->i] >= '0' && src->s[src->i] <= '7';
}

static int tpl_group(GpThread *t, Tpl *tp, TplSrc *src, int64_t g, size_t at) {
  if (g > src->p->prog.ngroups)
    return tpl_error(t, src, at, "invalid group reference %lld", (long long)g);
  return tpl_add(t, tp, (int32_t)g, 0);
}

static bool ident(const char *s, size_t n) {
  for (size_t k = 0; k < n; k++) {
    unsigned char c = (unsigned char)s[k];
    bool ok = c >= 0x80 || c == '_' || ((c | 32) >= 'a' && (c | 32) <= 'z') ||
              (k > 0 && c >= '0' && c <= '9');
    if (!ok) return false;
  }
  return n > 0;
}

/* \g<name> after "\g" */
static int tpl_named(GpThread *t, Tpl *tp, TplSrc *src) {
  if (src->i >= src->n || src->s[src->i] != '<') return tpl_error(t, src, src->i, "missing <");
  size_t start = ++src->i;
  while (src->i < src->n && src->s[src->i] != '>')
    src->i++;
  size_t len = src->i - start;
  if (src->i >= src->n) {
    if (!len) return tpl_error(t, src, src->i, "missing group name");
    return tpl_error(t, src, start, "missing >, unterminated name");
  }
  if (!len) return tpl_error(t, src, src->i, "missing group name");
  src->i++;
  char name[256];
  snprintf(name, sizeof name, "%.*s", (int)len, src->s + start);
  if (ident(src->s + start, len)) {
    GpValue k = gp_str_new(t, name, strlen(name)), v;
    if (GP_IS_ERR(k)) return -1;
    int r = gp_dict_get(t, src->p->groupindex, k, &v);
    GP_DECREF(k);
    if (r < 0) return -1;
    if (!r) return gp_raise(t, &gp_exc_IndexError, "unknown group name '%s'", name), -1;
    return tpl_add(t, tp, (int32_t)v.as.i, 0);
  }
  int64_t g = 0;
  for (size_t k = 0; k < len; k++) {
    char c = src->s[start + k];
    if (c < '0' || c > '9' || g > 100000000)
      return tpl_error(t, src, start, "bad character in group name '%s'", name);
    g = g * 10 + (c - '0');
  }
  return tpl_group(t, tp, src, g, start);
}

static int tpl_escape(GpThread *t, Tpl *tp, TplSrc *src) {
  size_t at = src->i - 1; /* the backslash */
  if (src->i >= src->n) return tpl_error(t, src, at, "bad escape (end of pattern)");
  char c = src->s[src->i++];
  if (c == 'g') return tpl_named(t, tp, src);
  if (c == '0') {
    uint32_t v = 0;
    for (int k = 0; k < 2 && octal(src); k++)
      v = v * 8 + (uint32_t)(src->s[src->i++] - '0');
    return tpl_char(t, tp, v & 0xff, src->is_bytes);
  }
  if (c >= '1' && c <= '9') {
    int64_t g = c - '0';
    if (digit(src)) {
      char d = src->s[src->i++];
      if (c <= '7' && d <= '7' && octal(src)) {
        uint32_t v = (uint32_t)((c - '0') * 64 + (d - '0') * 8 + (src->s[src->i++] - '0'));
        if (v > 0377)
          return tpl_error(t, src, at, "octal escape value \\%c%c%c outside of range 0-0o377", c, d,
                           src->s[src->i - 1]);
        return tpl_char(t, tp, v, src->is_bytes);
      }
      g = g * 10 + (d - '0');
    }
    return tpl_group(t, tp, src, g, at + 1);
  }
  static const char esc[] = "a\ab\bf\fn\nr\rt\tv\v\\\\";
  for (const char *e = esc; *e; e += 2)
    if (c == e[0]) return tpl_char(t, tp, (uint8_t)e[1], src->is_bytes);
  if ((c | 32) >= 'a' && (c | 32) <= 'z') return tpl_error(t, src, at, "bad escape \\%c", c);
  size_t off = tp->lit.len;
  gp_buf_put(&tp->lit, src->s + at, 2);
  return tpl_add(t, tp, -1, off);
}

static int tpl_parse(GpThread *t, const RePattern *p, GpValue tmpl, Tpl *tp) {
  memset(tp, 0, sizeof *tp);
  gp_buf_init(&tp->lit);
  TplSrc src = {.tmpl = tmpl, .error = p->error, .p = p, .is_bytes = p->prog.is_bytes};
  GpValue copy = GP_NONEV;
  if (p->prog.is_bytes) {
    if (!gp_is_buffer(tmpl)) {
      gp_raise(t, &gp_exc_TypeError, "expected a bytes-like object, %s found",
               gp_typeof(tmpl)->name);
      return -1;
    }
    if (GP_IS_ERR(copy = gp_buffer_copy(t, tmpl))) return -1;
    src.s = ((GpBytes *)copy.as.o)->data;
    src.n = ((GpBytes *)copy.as.o)->len;
  } else {
    if (!GP_IS_TYPE(tmpl, gp_type_str)) {
      gp_raise(t, &gp_exc_TypeError, "expected str instance, %s found", gp_typeof(tmpl)->name);
      return -1;
    }
    src.s = GP_STR(tmpl)->data;
    src.n = GP_STR(tmpl)->len;
  }
  int r = 0;
  while (r == 0 && src.i < src.n) {
    const char *bs = memchr(src.s + src.i, '\\', src.n - src.i);
    size_t end = bs ? (size_t)(bs - src.s) : src.n;
    if (end > src.i) {
      size_t off = tp->lit.len;
      gp_buf_put(&tp->lit, src.s + src.i, end - src.i);
      r = tpl_add(t, tp, -1, off);
    }
    src.i = end;
    if (bs && r == 0) {
      src.i++;
      r = tpl_escape(t, tp, &src);
    }
  }
  GP_DECREF(copy);
  if (r < 0 || tp->lit.oom) {
    if (r == 0) gp_raise_nomem(t);
    tpl_free(tp);
    return -1;
  }
  return 0;
}

/* Appends the expansion of tp for the current match (spans in slots). */
static void tpl_expand(const Tpl *tp, const ReSubj *sj, const int64_t *slots, GpBuf *out) {
  for (size_t k = 0; k < tp->n; k++) {
    const Part *pt = &tp->parts[k];
    if (pt->group < 0) {
      gp_buf_put(out, tp->lit.p + pt->off, pt->len);
      continue;
    }
    int64_t a = slots[2 * pt->group], b = slots[2 * pt->group + 1];
    if (a < 0 || b < 0) continue;
    int64_t x = re_subj_byte(sj, a), y = re_subj_byte(sj, b);
    gp_buf_put(out, sj->data + x, (size_t)(y - x));
  }
}

GpValue re_match_expand(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "expand", nargs - 1, kw, 1, 1) < 0) return GP_ERRV;
  ReMatch *m = (ReMatch *)args[0].as.o;
  Tpl tp;
  if (tpl_parse(t, m->re, args[1], &tp) < 0) return GP_ERRV;
  /* the byte spans are the second half of m->spans */
  size_t n = 2 * ((size_t)m->ngroups + 1);
  ReSubj sj = {.is_bytes = m->re->prog.is_bytes};
  GpValue s = m->string;
  GpValue copy = GP_NONEV;
  if (GP_IS_TYPE(s, gp_type_str))
    sj.data = GP_STR(s)->data;
  else if (GP_IS_TYPE(s, gp_type_bytes))
    sj.data = ((GpBytes *)s.as.o)->data;
  else if (!GP_IS_ERR(copy = gp_buffer_copy(t, s)))
    sj.data = ((GpBytes *)copy.as.o)->data;
  else {
    tpl_free(&tp);
    return GP_ERRV;
  }
  GpBuf out;
  gp_buf_init(&out);
  tpl_expand(&tp, &sj, m->spans + n, &out);
  tpl_free(&tp);
  GP_DECREF(copy);
  return finish(t, &out, sj.is_bytes);
}

/* ---------------------------------------------------------- sub */

/* A replacement function's result: None adds nothing; the message names
** the piece's index as CPython's join of the pieces does. */
static int put_result(GpThread *t, GpBuf *out, GpValue r, bool is_bytes, size_t piece) {
  if (GP_IS_NONE(r)) return 0;
  if (is_bytes ? gp_is_buffer(r) : GP_IS_TYPE(r, gp_type_str)) {
    if (is_bytes) {
      GpValue c = gp_buffer_copy(t, r);
      if (GP_IS_ERR(c)) return -1;
      gp_buf_put(out, ((GpBytes *)c.as.o)->data, ((GpBytes *)c.as.o)->len);
      GP_DECREF(c);
    } else {
      gp_buf_putstr(out, r);
    }
    return 0;
  }
  gp_raise(t, &gp_exc_TypeError, "sequence item %zu: expected %s, %s found", piece,
           is_bytes ? "a bytes-like object" : "str instance", gp_typeof(r)->name);
  return -1;
}

static GpValue do_sub(GpThread *t, const GpValue *args, int nargs, GpObj *kw, bool with_n) {
  static const char *const names[] = {"repl", "string", "count"};
  GpValue a[3];
  if (gp_parse_args(t, with_n ? "subn" : "sub", args + 1, nargs - 1, kw, names, 3, 2, a) < 0)
    return GP_ERRV;
  RePattern *p = (RePattern *)args[0].as.o;
  int64_t count = 0;
  if (!GP_IS_ERR(a[2]) && gp_as_index(t, a[2], &count) < 0) return GP_ERRV;
  ReIter it;
  if (re_iter_start(t, p, a[1], 0, INT64_MAX, &it) < 0) return GP_ERRV;
  bool call = !(GP_IS_TYPE(a[0], gp_type_str) || gp_is_buffer(a[0]));
  Tpl tp = {0};
  gp_buf_init(&tp.lit);
  if (!call && tpl_parse(t, p, a[0], &tp) < 0) {
    re_iter_free(&it);
    return GP_ERRV;
  }
  GpBuf out;
  gp_buf_init(&out);
  int64_t last = 0, n = 0;
  size_t pieces = 0;
  int r = 0;
  while ((count <= 0 || n < count) && (r = re_iter_next(t, &it)) > 0) {
    n++;
    int64_t x = re_subj_byte(&it.sj, last), y = re_subj_byte(&it.sj, it.st.slots[0]);
    gp_buf_put(&out, it.sj.data + x, (size_t)(y - x));
    pieces += y > x;
    last = it.st.slots[1];
    if (!call) {
      tpl_expand(&tp, &it.sj, it.st.slots, &out);
      continue;
    }
    GpValue m = re_match_new(t, p, &it.sj, &it.st, 0, it.endpos);
    GpValue res = GP_IS_ERR(m) ? GP_ERRV : gp_vm_call(t, a[0], &m, 1, NULL);
    GP_DECREF(m);
    if (GP_IS_ERR(res) || put_result(t, &out, res, it.sj.is_bytes, pieces) < 0) r = -1;
    pieces += !GP_IS_NONE(res);
    GP_DECREF(res);
    if (r < 0) break;
  }
  tpl_free(&tp);
  if (r < 0) {
    gp_buf_free(&out);
    re_iter_free(&it);
    return GP_ERRV;
  }
  int64_t x = re_subj_byte(&it.sj, last), y = re_subj_byte(&it.sj, it.sj.full);
  gp_buf_put(&out, it.sj.data + x, (size_t)(y - x));
  bool is_bytes = it.sj.is_bytes;
  re_iter_free(&it);
  GpValue s = finish(t, &out, is_bytes);
  if (!with_n || GP_IS_ERR(s)) return s;
  GpValue items[2] = {s, gp_intv(n)};
  GpValue tup = gp_tuple_pack(t, 2, items);
  GP_DECREF(s);
  return tup;
}

GpValue re_pattern_sub(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return do_sub(t, args, nargs, kw, false);
}

GpValue re_pattern_subn(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return do_sub(t, args, nargs, kw, true);
}
