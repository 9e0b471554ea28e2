/*
** re_matchobj.c — re.Match: the spans of one match (character offsets for
** start/end/span and byte offsets to cut the groups' text from the
** subject without rescanning it), and its methods and attributes.
*/
#include <string.h>

#include "re_api.h"
#include "vm.h"

#define TYPE_HEAD                                                                                  \
  { .rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type }

#define M(v) ((ReMatch *)(v).as.o)

GpValue re_match_new(GpThread *t, RePattern *p, const ReSubj *sj, const ReState *st, int64_t pos,
                     int64_t endpos) {
  int32_t ng = p->prog.ngroups;
  size_t n = 2 * ((size_t)ng + 1);
  ReMatch *m = (ReMatch *)gp_alloc(t, &re_match_type, sizeof(ReMatch) + 2 * n * sizeof(int64_t));
  if (!m) return gp_raise_nomem(t);
  m->string = sj->str;
  GP_INCREF(m->string);
  m->re = p;
  gp_incref_o(&p->ob);
  m->pos = pos;
  m->endpos = endpos;
  m->ngroups = ng;
  m->lastindex = (int32_t)st->slots[n];
  for (size_t k = 0; k < n; k += 2) {
    int64_t a = st->slots[k], b = st->slots[k + 1];
    if (a < 0 || b < 0) a = b = -1;
    m->spans[k] = a;
    m->spans[k + 1] = b;
    m->spans[n + k] = a < 0 ? -1 : re_subj_byte(sj, a);
    m->spans[n + k + 1] = b < 0 ? -1 : re_subj_byte(sj, b);
  }
  return gp_objv(&m->ob);
}

static void match_dealloc(GpObj *o) {
  ReMatch *m = (ReMatch *)o;
  GP_DECREF(m->string);
  gp_decref_o(&m->re->ob);
}

GpValue re_match_group(GpThread *t, ReMatch *m, int32_t g, GpValue dflt) {
  size_t n = 2 * ((size_t)m->ngroups + 1);
  int64_t a = m->spans[n + 2 * (size_t)g], b = m->spans[n + 2 * (size_t)g + 1];
  if (a < 0) {
    GP_INCREF(dflt);
    return dflt;
  }
  GpValue s = m->string;
  if (GP_IS_TYPE(s, gp_type_str)) return gp_str_new(t, GP_STR(s)->data + a, (size_t)(b - a));
  if (GP_IS_TYPE(s, gp_type_bytes))
    return gp_bytes_new(t, ((GpBytes *)s.as.o)->data + a, (size_t)(b - a));
  /* a bytearray or memoryview: its groups are bytes, as CPython's */
  GpValue c = gp_buffer_copy(t, s);
  if (GP_IS_ERR(c)) return GP_ERRV;
  GpValue r = gp_bytes_new(t, ((GpBytes *)c.as.o)->data + a, (size_t)(b - a));
  GP_DECREF(c);
  return r;
}

int re_group_index(GpThread *t, const RePattern *p, GpValue key, int32_t *g) {
  int64_t i = -1;
  if (GP_IS_INT(key) || GP_IS_BOOL(key)) {
    i = key.as.i;
  } else if (GP_IS_TYPE(key, gp_type_str)) {
    GpValue v;
    int r = gp_dict_get(t, p->groupindex, key, &v);
    if (r < 0) return -1;
    if (r) i = v.as.i;
  }
  if (i < 0 || i > p->prog.ngroups) {
    gp_raise(t, &gp_exc_IndexError, "no such group");
    return -1;
  }
  *g = (int32_t)i;
  return 0;
}

static GpValue group_of(GpThread *t, ReMatch *m, GpValue key) {
  int32_t g;
  if (re_group_index(t, m->re, key, &g) < 0) return GP_ERRV;
  return re_match_group(t, m, g, GP_NONEV);
}

static GpValue match_group_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (kw) return gp_raise(t, &gp_exc_TypeError, "group() takes no keyword arguments");
  ReMatch *m = M(args[0]);
  if (nargs == 1) return re_match_group(t, m, 0, GP_NONEV);
  if (nargs == 2) return group_of(t, m, args[1]);
  GpValue r = gp_tuple_new(t, (size_t)nargs - 1);
  for (int k = 1; !GP_IS_ERR(r) && k < nargs; k++) {
    GpValue v = group_of(t, m, args[k]);
    if (GP_IS_ERR(v)) {
      GP_DECREF(r);
      return GP_ERRV;
    }
    GP_TUPLE(r)->items[k - 1] = v;
  }
  return r;
}

static GpValue match_getitem(GpThread *t, GpValue self, GpValue key) {
  return group_of(t, M(self), key);
}

/* The default= argument of groups and groupdict (None if not given). */
static int default_arg(GpThread *t, const char *fn, const GpValue *args, int nargs, GpObj *kw,
                       GpValue *dflt) {
  static const char *const names[] = {"default"};
  if (gp_parse_args(t, fn, args + 1, nargs - 1, kw, names, 1, 0, dflt) < 0) return -1;
  if (GP_IS_ERR(*dflt)) *dflt = GP_NONEV;
  return 0;
}

static GpValue match_groups_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  GpValue dflt;
  if (default_arg(t, "groups", args, nargs, kw, &dflt) < 0) return GP_ERRV;
  ReMatch *m = M(args[0]);
  GpValue r = gp_tuple_new(t, (size_t)m->ngroups);
  for (int32_t g = 1; !GP_IS_ERR(r) && g <= m->ngroups; g++) {
    GpValue v = re_match_group(t, m, g, dflt);
    if (GP_IS_ERR(v)) {
      GP_DECREF(r);
      return GP_ERRV;
    }
    GP_TUPLE(r)->items[g - 1] = v;
  }
  return r;
}

static GpValue match_groupdict_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  GpValue dflt;
  if (default_arg(t, "groupdict", args, nargs, kw, &dflt) < 0) return GP_ERRV;
  ReMatch *m = M(args[0]);
  GpValue d = gp_dict_new(t);
  size_t i = 0;
  GpValue k, v;
  while (!GP_IS_ERR(d) && gp_dict_next(m->re->groupindex, &i, &k, &v)) {
    GpValue s = re_match_group(t, m, (int32_t)v.as.i, dflt);
    if (GP_IS_ERR(s) || gp_dict_set(t, d.as.o, k, s) < 0) {
      GP_DECREF(s);
      GP_DECREF(d);
      return GP_ERRV;
    }
    GP_DECREF(s);
  }
  return d;
}

/* start, end, span: which 0, 1, 2 */
static GpValue match_pos(GpThread *t, const GpValue *args, int nargs, GpObj *kw, int which) {
  static const char *const fn[] = {"start", "end", "span"};
  if (gp_arg_count(t, fn[which], nargs - 1, kw, 0, 1) < 0) return GP_ERRV;
  ReMatch *m = M(args[0]);
  int32_t g = 0;
  if (nargs > 1 && re_group_index(t, m->re, args[1], &g) < 0) return GP_ERRV;
  int64_t a = m->spans[2 * g], b = m->spans[2 * g + 1];
  if (which == 0) return gp_intv(a);
  if (which == 1) return gp_intv(b);
  GpValue items[2] = {gp_intv(a), gp_intv(b)};
  return gp_tuple_pack(t, 2, items);
}

static GpValue match_start_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return match_pos(t, args, nargs, kw, 0);
}
static GpValue match_end_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return match_pos(t, args, nargs, kw, 1);
}
static GpValue match_span_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return match_pos(t, args, nargs, kw, 2);
}

static GpValue match_repr(GpThread *t, GpValue self) {
  ReMatch *m = M(self);
  GpValue g0 = re_match_group(t, m, 0, GP_NONEV);
  if (GP_IS_ERR(g0)) return GP_ERRV;
  GpBuf b;
  gp_buf_init(&b);
  char head[96];
  snprintf(head, sizeof head, "<re.Match object; span=(%lld, %lld), match=", (long long)m->spans[0],
           (long long)m->spans[1]);
  gp_buf_puts(&b, head);
  int r = gp_buf_repr(t, &b, g0);
  GP_DECREF(g0);
  if (r < 0) {
    gp_buf_free(&b);
    return GP_ERRV;
  }
  gp_buf_putc(&b, '>');
  return gp_buf_finish(t, &b);
}

static GpValue match_getattr(GpThread *t, GpValue self, GpObj *name) {
  ReMatch *m = M(self);
  const char *n = ((GpStr *)name)->data;
  if (strcmp(n, "string") == 0) return GP_INCREF(m->string), m->string;
  if (strcmp(n, "re") == 0) return gp_incref_o(&m->re->ob), gp_objv(&m->re->ob);
  if (strcmp(n, "pos") == 0) return gp_intv(m->pos);
  if (strcmp(n, "endpos") == 0) return gp_intv(m->endpos);
  if (strcmp(n, "lastindex") == 0) return m->lastindex < 0 ? GP_NONEV : gp_intv(m->lastindex);
  if (strcmp(n, "lastgroup") == 0) {
    const char *g = m->lastindex < 0 ? NULL : m->re->prog.names[m->lastindex];
    return g ? gp_str_cstr(t, g) : GP_NONEV;
  }
  if (strcmp(n, "regs") == 0) {
    GpValue r = gp_tuple_new(t, (size_t)m->ngroups + 1);
    for (int32_t g = 0; !GP_IS_ERR(r) && g <= m->ngroups; g++) {
      GpValue it[2] = {gp_intv(m->spans[2 * g]), gp_intv(m->spans[2 * g + 1])};
      GpValue p = gp_tuple_pack(t, 2, it);
      if (GP_IS_ERR(p)) {
        GP_DECREF(r);
        return GP_ERRV;
      }
      GP_TUPLE(r)->items[g] = p;
    }
    return r;
  }
  return GP_ERRV;
}

static GpValue match_copy(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)t, (void)nargs, (void)kw;
  GP_INCREF(args[0]);
  return args[0];
}

static const GpMethodDef match_methods[] = {
    {"group", match_group_m},
    {"groups", match_groups_m},
    {"groupdict", match_groupdict_m},
    {"start", match_start_m},
    {"end", match_end_m},
    {"span", match_span_m},
    {"expand", re_match_expand},
    {"__copy__", match_copy},
    {"__deepcopy__", match_copy},
    {NULL, NULL},
};

static const GpTypeOps match_ops = {.getitem = match_getitem};

GpType re_match_type = {
    .ob = TYPE_HEAD,
    .name = "re.Match",
    .dealloc = match_dealloc,
    .repr = match_repr,
    .getattr = match_getattr,
    .methods = match_methods,
    .ops = &match_ops,
};
