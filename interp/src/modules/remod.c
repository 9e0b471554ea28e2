/*
** remod.c — re.Pattern: compiling (re_parse.c, re_compile.c), its
** attributes, repr and equality, match / search / fullmatch, and the
** subject a match reads (a str's characters, decoded once when it is not
** ASCII). The module's Python half (re_py.c) holds RegexFlag, re.error,
** the module functions and the pattern cache.
*/
#include <stdlib.h>
#include <string.h>

#include "re_api.h"
#include "vm.h"

#define TYPE_HEAD                                                                                  \
  { .rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type }

GpValue re_raise_error(GpThread *t, GpValue error, const char *msg, GpValue pattern, int64_t pos) {
  GpValue a[3] = {GP_ERRV, pattern, pos < 0 ? GP_NONEV : gp_intv(pos)};
  if (GP_IS_ERR(a[0] = gp_str_cstr(t, msg))) return GP_ERRV;
  GpValue e = gp_vm_call(t, error, a, 3, NULL);
  GP_DECREF(a[0]);
  if (GP_IS_ERR(e)) return GP_ERRV;
  gp_raise_value(t, e);
  GP_DECREF(e);
  return GP_ERRV;
}

/* ---------------------------------------------------------- subject */

static int type_error(GpThread *t, const RePattern *p, GpValue s) {
  bool str = GP_IS_TYPE(s, gp_type_str);
  if (p->prog.is_bytes && str)
    gp_raise(t, &gp_exc_TypeError, "cannot use a bytes pattern on a string-like object");
  else if (!p->prog.is_bytes && (gp_is_buffer(s)))
    gp_raise(t, &gp_exc_TypeError, "cannot use a string pattern on a bytes-like object");
  else
    gp_raise(t, &gp_exc_TypeError, "expected string or bytes-like object, got '%s'",
             gp_typeof(s)->name);
  return -1;
}

static int decode(GpThread *t, ReSubj *sj, const GpStr *s) {
  sj->u = malloc((s->nchars + 1) * sizeof *sj->u);
  sj->boff = malloc((s->nchars + 1) * sizeof *sj->boff);
  if (!sj->u || !sj->boff) return gp_raise_nomem(t), -1;
  size_t off = 0;
  for (size_t k = 0; k < s->nchars; k++) {
    size_t n;
    sj->boff[k] = (int64_t)off;
    sj->u[k] = gp_utf8_decode(s->data + off, &n);
    off += n;
  }
  sj->boff[s->nchars] = (int64_t)off;
  return 0;
}

int re_subj_init(GpThread *t, const RePattern *p, GpValue s, int64_t endpos, ReSubj *sj) {
  memset(sj, 0, sizeof *sj);
  sj->str = s;
  sj->copy = GP_NONEV;
  if (GP_IS_TYPE(s, gp_type_str) && !p->prog.is_bytes) {
    const GpStr *st = GP_STR(s);
    sj->data = st->data;
    sj->full = (int64_t)st->nchars;
    if (st->ascii)
      sj->t.b = (const uint8_t *)st->data;
    else if (decode(t, sj, st) < 0)
      return -1;
    sj->t.u = sj->u;
  } else if (p->prog.is_bytes && gp_is_buffer(s)) {
    sj->is_bytes = true;
    GpValue b = s;
    if (!GP_IS_TYPE(s, gp_type_bytes)) {
      if (GP_IS_ERR(b = sj->copy = gp_buffer_copy(t, s))) return -1;
    }
    const GpBytes *by = (const GpBytes *)b.as.o;
    sj->data = by->data;
    sj->full = (int64_t)by->len;
    sj->t.b = (const uint8_t *)by->data;
  } else {
    return type_error(t, p, s);
  }
  sj->t.len = endpos < sj->full ? endpos : sj->full;
  if (sj->t.len < 0) sj->t.len = 0;
  return 0;
}

void re_subj_free(ReSubj *sj) {
  free(sj->u);
  free(sj->boff);
  GP_DECREF(sj->copy);
  sj->u = NULL;
  sj->boff = NULL;
  sj->copy = GP_NONEV;
}

int64_t re_subj_byte(const ReSubj *sj, int64_t i) {
  return sj->boff ? sj->boff[i] : i;
}

GpValue re_subj_slice(GpThread *t, const ReSubj *sj, int64_t a, int64_t b) {
  int64_t x = re_subj_byte(sj, a), y = re_subj_byte(sj, b);
  if (sj->is_bytes) return gp_bytes_new(t, sj->data + x, (size_t)(y - x));
  return gp_str_new(t, sj->data + x, (size_t)(y - x));
}

/* ---------------------------------------------------------- compile */

static void pattern_dealloc(GpObj *o) {
  RePattern *p = (RePattern *)o;
  re_prog_free(&p->prog);
  GP_DECREF(p->pattern);
  GP_DECREF(p->error);
  if (p->groupindex) gp_decref_o(p->groupindex);
}

/* re.error is a class whose methods' globals are re's dict, which caches
** patterns: a cycle only the collector can break. */
static int pattern_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  RePattern *p = (RePattern *)o;
  GP_VISIT(p->pattern, visit, arg);
  GP_VISIT(p->error, visit, arg);
  return p->groupindex ? visit(p->groupindex, arg) : 0;
}

static void pattern_clear(GpObj *o) {
  GP_CLEAR(((RePattern *)o)->error);
}

static GpValue compile_error(GpThread *t, const ReErr *err, GpValue pattern, GpValue error) {
  switch (err->kind) {
  case RE_ERR_NOTIMPL:
    return gp_raise(t, &gp_exc_NotImplementedError, "%s", err->msg);
  case RE_ERR_RECURSION:
    return gp_raise(t, &gp_exc_RecursionError, "%s", err->msg);
  case RE_ERR_MEMORY:
    return gp_raise_nomem(t);
  case RE_ERR_OVERFLOW:
    return gp_raise(t, &gp_exc_OverflowError, "%s", err->msg);
  case RE_ERR_VALUE:
    return gp_raise(t, &gp_exc_ValueError, "%s", err->msg);
  default:
    /* the compiler's errors (look-behind width) name no place, as CPython's */
    return re_raise_error(t, error, err->msg, err->pos < 0 ? GP_NONEV : pattern, err->pos);
  }
}

static GpValue make_groupindex(GpThread *t, const ReProg *pg) {
  GpValue d = gp_dict_new(t);
  for (int32_t g = 1; !GP_IS_ERR(d) && g <= pg->ngroups; g++) {
    if (!pg->names[g]) continue;
    GpValue k = gp_str_cstr(t, pg->names[g]);
    if (GP_IS_ERR(k) || gp_dict_set(t, d.as.o, k, gp_intv(g)) < 0) {
      GP_DECREF(k);
      GP_DECREF(d);
      return GP_ERRV;
    }
    GP_DECREF(k);
  }
  return d;
}

/* The pattern as the parser reads it: its characters. */
static int pattern_text(GpThread *t, GpValue pat, ReText *txt, uint32_t **u) {
  memset(txt, 0, sizeof *txt);
  *u = NULL;
  if (GP_IS_TYPE(pat, gp_type_bytes)) {
    txt->b = (const uint8_t *)((GpBytes *)pat.as.o)->data;
    txt->len = (int64_t)((GpBytes *)pat.as.o)->len;
    return 0;
  }
  const GpStr *s = GP_STR(pat);
  txt->len = (int64_t)s->nchars;
  if (s->ascii) {
    txt->b = (const uint8_t *)s->data;
    return 0;
  }
  if (!(*u = malloc((s->nchars + 1) * sizeof **u))) return gp_raise_nomem(t), -1;
  size_t off = 0;
  for (size_t k = 0; k < s->nchars; k++) {
    size_t n;
    (*u)[k] = gp_utf8_decode(s->data + off, &n);
    off += n;
  }
  txt->u = *u;
  return 0;
}

/* _compile(pattern, flags, error): a new Pattern (the cache is re_py.c's) */
static GpValue re_compile_fn(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "_compile", nargs, kw, 3, 3) < 0) return GP_ERRV;
  GpValue pat = args[0];
  bool is_bytes = GP_IS_TYPE(pat, gp_type_bytes);
  if (!is_bytes && !GP_IS_TYPE(pat, gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "first argument must be string or compiled pattern");
  int64_t flags;
  if (gp_as_index(t, args[1], &flags) < 0) return GP_ERRV;
  if (is_bytes && (flags & RE_F_UNICODE))
    return gp_raise(t, &gp_exc_ValueError, "cannot use UNICODE flag with a bytes pattern");
  if (!is_bytes && (flags & RE_F_LOCALE))
    return gp_raise(t, &gp_exc_ValueError, "cannot use LOCALE flag with a str pattern");
  if (is_bytes && (flags & RE_F_LOCALE))
    return gp_raise(t, &gp_exc_NotImplementedError, "re: the LOCALE flag is not supported");
  ReText txt;
  uint32_t *u;
  if (pattern_text(t, pat, &txt, &u) < 0) return GP_ERRV;
  ReTree tree;
  ReErr err = {.pos = -1};
  ReProg prog;
  int r = re_parse(&txt, (int)flags, is_bytes, &tree, &err);
  if (r == 0) r = re_compile(&tree, is_bytes, &prog, &err);
  re_tree_free(&tree);
  free(u);
  if (r < 0) return compile_error(t, &err, pat, args[2]);
  if (!is_bytes && !(prog.flags & RE_F_ASCII)) prog.flags |= RE_F_UNICODE;
  RePattern *p = (RePattern *)gp_alloc(t, &re_pattern_type, sizeof(RePattern));
  if (!p) {
    re_prog_free(&prog);
    return gp_raise_nomem(t);
  }
  p->prog = prog;
  p->flags = prog.flags;
  p->pattern = pat;
  p->error = args[2];
  GP_INCREF(pat);
  GP_INCREF(args[2]);
  GpValue gi = make_groupindex(t, &p->prog);
  if (GP_IS_ERR(gi)) {
    gp_decref_o(&p->ob);
    return GP_ERRV;
  }
  p->groupindex = gi.as.o;
  return gp_objv(&p->ob);
}

/* ---------------------------------------------------------- matching */

int re_pos_args(GpThread *t, GpValue pos, GpValue endpos, int64_t *p, int64_t *e) {
  *p = 0;
  *e = INT64_MAX;
  if (!GP_IS_ERR(pos) && gp_as_index(t, pos, p) < 0) return -1;
  if (!GP_IS_ERR(endpos) && gp_as_index(t, endpos, e) < 0) return -1;
  return 0;
}

/* match, search, fullmatch: mode 0, 1, 2 */
static GpValue pattern_run(GpThread *t, const GpValue *args, int nargs, GpObj *kw, int mode) {
  static const char *const fnames[] = {"match", "search", "fullmatch"};
  static const char *const names[] = {"string", "pos", "endpos"};
  GpValue a[3];
  if (gp_parse_args(t, fnames[mode], args + 1, nargs - 1, kw, names, 3, 1, a) < 0) return GP_ERRV;
  RePattern *p = (RePattern *)args[0].as.o;
  int64_t pos, endpos;
  if (re_pos_args(t, a[1], a[2], &pos, &endpos) < 0) return GP_ERRV;
  ReSubj sj;
  if (re_subj_init(t, p, a[0], endpos < 0 ? 0 : endpos, &sj) < 0) return GP_ERRV;
  if (pos < 0) pos = 0;
  if (pos > sj.full) pos = sj.full;
  endpos = sj.t.len;
  GpValue res = GP_NONEV;
  ReState st;
  if (re_state_init(&st, &p->prog, &sj.t, pos) < 0) {
    re_subj_free(&sj);
    return gp_raise_nomem(t);
  }
  int r = pos > sj.t.len ? 0 : mode == 1 ? re_search(&st, pos) : re_match_at(&st, pos, mode == 2);
  if (r < 0)
    res = gp_raise_nomem(t);
  else if (r > 0)
    res = re_match_new(t, p, &sj, &st, pos, endpos);
  re_state_free(&st);
  re_subj_free(&sj);
  return res;
}

static GpValue pattern_match(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return pattern_run(t, args, nargs, kw, 0);
}
static GpValue pattern_search(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return pattern_run(t, args, nargs, kw, 1);
}
static GpValue pattern_fullmatch(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return pattern_run(t, args, nargs, kw, 2);
}

/* ---------------------------------------------------------- iteration */

int re_iter_start(GpThread *t, RePattern *p, GpValue s, int64_t pos, int64_t endpos, ReIter *it) {
  memset(it, 0, sizeof *it);
  if (re_subj_init(t, p, s, endpos < 0 ? 0 : endpos, &it->sj) < 0) return -1;
  if (pos < 0) pos = 0;
  if (pos > it->sj.full) pos = it->sj.full;
  it->pos = pos;
  it->endpos = it->sj.t.len;
  it->done = pos > it->sj.t.len;
  if (re_state_init(&it->st, &p->prog, &it->sj.t, pos) < 0) {
    re_subj_free(&it->sj);
    gp_raise_nomem(t);
    return -1;
  }
  return 0;
}

int re_iter_next(GpThread *t, ReIter *it) {
  if (it->done) return 0;
  it->st.adv = it->last_empty ? it->pos : -1;
  int r = re_search(&it->st, it->pos);
  if (r < 0) return gp_raise_nomem(t), -1;
  if (r == 0) {
    it->done = true;
    return 0;
  }
  int64_t a = it->st.slots[0], b = it->st.slots[1];
  it->last_empty = a == b;
  it->pos = b;
  return 1;
}

void re_iter_free(ReIter *it) {
  re_state_free(&it->st);
  re_subj_free(&it->sj);
}

/* ---------------------------------------------------------- the type */

static const char *const flag_names[] = {"TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
                                         "UNICODE",  "VERBOSE",    "DEBUG",  "ASCII"};

static GpValue pattern_repr(GpThread *t, GpValue self) {
  RePattern *p = (RePattern *)self.as.o;
  GpBuf b;
  gp_buf_init(&b);
  gp_buf_puts(&b, "re.compile(");
  if (gp_buf_repr(t, &b, p->pattern) < 0) {
    gp_buf_free(&b);
    return GP_ERRV;
  }
  int flags = p->flags;
  if (!p->prog.is_bytes) flags &= ~RE_F_UNICODE;
  if (flags) {
    gp_buf_puts(&b, ", ");
    bool any = false;
    for (int k = 0; k < 9; k++) {
      int bit = 1 << k; /* CPython's order: the flags' bit order */
      if (!(flags & bit)) continue;
      if (any) gp_buf_putc(&b, '|');
      gp_buf_puts(&b, "re.");
      gp_buf_puts(&b, flag_names[k]);
      any = true;
      flags &= ~bit;
    }
    if (flags) {
      char num[32];
      snprintf(num, sizeof num, "%s0x%x", any ? "|" : "", (unsigned)flags);
      gp_buf_puts(&b, num);
    }
  }
  gp_buf_putc(&b, ')');
  return gp_buf_finish(t, &b);
}

static GpValue pattern_getattr(GpThread *t, GpValue self, GpObj *name) {
  RePattern *p = (RePattern *)self.as.o;
  const char *n = ((GpStr *)name)->data;
  if (strcmp(n, "pattern") == 0) return GP_INCREF(p->pattern), p->pattern;
  if (strcmp(n, "flags") == 0) return gp_intv(p->flags);
  if (strcmp(n, "groups") == 0) return gp_intv(p->prog.ngroups);
  if (strcmp(n, "groupindex") == 0) {
    GpValue d = gp_dict_new(t);
    size_t i = 0;
    GpValue k, v;
    while (!GP_IS_ERR(d) && gp_dict_next(p->groupindex, &i, &k, &v))
      if (gp_dict_set(t, d.as.o, k, v) < 0) {
        GP_DECREF(d);
        return GP_ERRV;
      }
    return d;
  }
  return GP_ERRV;
}

static GpValue pattern_compare(GpThread *t, GpCmpOp op, GpValue a, GpValue b) {
  if ((op != GP_CMP_EQ && op != GP_CMP_NE) || !GP_IS_TYPE(a, re_pattern_type) ||
      !GP_IS_TYPE(b, re_pattern_type)) {
    t->exc = GP_NONEV;
    return GP_ERRV;
  }
  RePattern *x = (RePattern *)a.as.o, *y = (RePattern *)b.as.o;
  int eq = x == y;
  if (!eq && x->flags == y->flags && x->prog.is_bytes == y->prog.is_bytes) {
    eq = gp_eq(t, x->pattern, y->pattern);
    if (eq < 0) return GP_ERRV;
  }
  return gp_boolv(op == GP_CMP_EQ ? eq : !eq);
}

static int pattern_hash(GpThread *t, GpValue self, int64_t *h) {
  RePattern *p = (RePattern *)self.as.o;
  if (gp_hash(t, p->pattern, h) < 0) return -1;
  *h ^= p->flags * 1000003;
  if (*h == -1) *h = -2;
  return 0;
}

static GpValue pattern_copy(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)t, (void)nargs, (void)kw;
  GP_INCREF(args[0]);
  return args[0];
}

static const GpMethodDef pattern_methods[] = {
    {"match", pattern_match},
    {"search", pattern_search},
    {"fullmatch", pattern_fullmatch},
    {"findall", re_pattern_findall},
    {"finditer", re_pattern_finditer},
    {"split", re_pattern_split},
    {"sub", re_pattern_sub},
    {"subn", re_pattern_subn},
    {"__copy__", pattern_copy},
    {"__deepcopy__", pattern_copy},
    {NULL, NULL},
};

static const GpTypeOps pattern_ops = {.compare = pattern_compare};

GpType re_pattern_type = {
    .ob = TYPE_HEAD,
    .name = "re.Pattern",
    .dealloc = pattern_dealloc,
    .repr = pattern_repr,
    .hash = pattern_hash,
    .getattr = pattern_getattr,
    .methods = pattern_methods,
    .ops = &pattern_ops,
    .traverse = pattern_traverse,
    .clear = pattern_clear,
};

/* ---------------------------------------------------------- the module */

int gp_re_open_core(GpThread *t, GpObj *d); /* re_py.c opens the module with it */
int gp_re_open_core(GpThread *t, GpObj *d) {
  static const GpMethodDef fns[] = {{"_compile_new", re_compile_fn}, {NULL, NULL}};
  if (gp_module_add_functions(t, d, fns) < 0) return -1;
  if (gp_module_set(t, d, "Pattern", gp_objv(&re_pattern_type.ob)) < 0) return -1;
  return gp_module_set(t, d, "Match", gp_objv(&re_match_type.ob));
}
