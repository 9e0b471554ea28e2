/*
** copyiomod.c — the copy module (copy, deepcopy of the built-in and
** library containers and of class instances, with a memo so shared and
** cyclic structures keep their shape) and io.StringIO (a growable UTF-8 buffer; positions are
** byte offsets, which equal CPython's character positions for ASCII), with
** its newline argument's translation and line endings.
*/
#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "obj.h"
#include "vm.h"

/* ----------------------------------------------------------------- copy */

static GpValue copy_inst(GpThread *t, GpValue x, GpObj *memo);

/* x.copy() for types that have it; x itself for immutable values; an
** instance of a class through __copy__ or as CPython's reduction. */
static GpValue shallow(GpThread *t, GpValue x) {
  if (gp_is_inst(x)) return copy_inst(t, x, NULL);
  const GpType *tp = gp_typeof(x);
  if (tp == &gp_type_list || tp == &gp_type_dict || tp == &gp_type_set ||
      (tp->base == &gp_type_dict && !GP_IS_CLASS(tp)) || gp_type_method(tp, "copy")) {
    if (tp == &gp_type_frozenset) {
      GP_INCREF(x);
      return x;
    }
    GpValue m = gp_getattr(t, x, gp_intern_cstr("copy"));
    if (GP_IS_ERR(m)) return m;
    GpValue r = gp_vm_call(t, m, NULL, 0, NULL);
    GP_DECREF(m);
    return r;
  }
  GP_INCREF(x);
  return x;
}

/* ----------------------------------------------- instances of classes */

static GpValue deep(GpThread *t, GpValue x, GpObj *memo);
static GpValue remember(GpThread *t, GpObj *memo, GpValue x, GpValue r);

/* x.name(*args) if x's class defines name; GP_ERRV with nothing raised if not. */
static GpValue call_hook(GpThread *t, GpValue x, const char *name, const GpValue *args, int n) {
  if (!gp_inst_has(x, name)) return GP_ERRV;
  GpValue m = gp_getattr(t, x, gp_intern_cstr(name));
  if (GP_IS_ERR(m)) return m;
  GpValue r = gp_vm_call(t, m, args, n, NULL);
  GP_DECREF(m);
  return r;
}

/* x.name, GP_ERRV with nothing raised if it has none. */
static GpValue attr_or_none(GpThread *t, GpValue x, const char *name) {
  GpValue r = gp_getattr(t, x, gp_intern_cstr(name));
  if (GP_IS_ERR(r) && gp_exc_matches(t->exc, &gp_exc_AttributeError)) {
    GP_DECREF(t->exc);
    t->exc = GP_NONEV;
  }
  return r;
}

/* The values of x's __slots__ that are set, by name (an empty dict if none). */
static GpValue slot_state(GpThread *t, GpValue x) {
  GpValue d = gp_dict_new(t);
  const GpTuple *mro = (const GpTuple *)((const GpClass *)x.as.o->type)->mro;
  for (size_t i = 0; !GP_IS_ERR(d) && i < mro->len; i++) {
    const GpType *c = (const GpType *)mro->items[i].as.o;
    const GpTuple *sl = GP_IS_CLASS(c) ? (const GpTuple *)((const GpClass *)c)->slots : NULL;
    for (size_t j = 0; sl && !GP_IS_ERR(d) && j < sl->len; j++) {
      const char *n = GP_STR(sl->items[j])->data;
      if (strcmp(n, "__dict__") == 0 || strcmp(n, "__weakref__") == 0) continue;
      GpValue v = attr_or_none(t, x, n);
      if (GP_IS_ERR(v) && !GP_IS_NONE(t->exc)) {
        GP_DECREF(d);
        return v;
      }
      if (!GP_IS_ERR(v) && gp_dict_set(t, d.as.o, sl->items[j], v) < 0) {
        GP_DECREF(d);
        d = GP_ERRV;
      }
      GP_DECREF(v);
    }
  }
  return d;
}

/* A copy of instance x's dict without the slots' values sl, as CPython's
** __dict__ is (gilpy's holds them, and its __dict__ attribute refuses such
** an instance); GP_ERRV, nothing raised, if x has no dict. */
static GpValue dict_without(GpThread *t, GpValue x, GpValue sl) {
  const GpClass *c = (const GpClass *)x.as.o->type;
  if (c->restricted || !c->dictoffset) return GP_ERRV;
  GpObj *raw = c->inline_vals ? gp_inst_dict(t, x.as.o) : gp_inst_dict_get(x.as.o);
  if (!raw) return GP_ERRV;
  GpValue d = gp_dict_copy(t, raw), k, v;
  for (size_t i = 0; !GP_IS_ERR(d) && gp_dict_next(sl.as.o, &i, &k, &v);)
    if (gp_dict_del(t, d.as.o, k) < 0) {
      GP_DECREF(d);
      d = GP_ERRV;
    }
  return d;
}

/* x.__getstate__(), or object's: x.__dict__ (None if empty), paired with
** the set slots' values when there are any. */
static GpValue inst_state(GpThread *t, GpValue x) {
  GpValue st = call_hook(t, x, "__getstate__", NULL, 0);
  if (!GP_IS_ERR(st) || !GP_IS_NONE(t->exc)) return st;
  GpValue sl = slot_state(t, x);
  if (GP_IS_ERR(sl)) return sl;
  bool slots = gp_dict_len(sl.as.o) != 0;
  GpValue d = slots ? dict_without(t, x, sl) : attr_or_none(t, x, "__dict__");
  if (GP_IS_ERR(d) && !GP_IS_NONE(t->exc)) {
    GP_DECREF(sl);
    return d;
  }
  if (GP_IS_ERR(d) || (GP_IS_TYPE(d, gp_type_dict) && gp_dict_len(d.as.o) == 0)) {
    GP_DECREF(d);
    d = GP_NONEV;
  }
  if (!slots) {
    GP_DECREF(sl);
    return d;
  }
  GpValue pair[2] = {d, sl}, r = gp_tuple_pack(t, 2, pair);
  GP_DECREF(d);
  GP_DECREF(sl);
  return r;
}

/* y.__setstate__(st), or object's way: the dict part into y.__dict__, the
** slots' values through setattr. */
static int set_state(GpThread *t, GpValue y, GpValue st) {
  GpValue r = call_hook(t, y, "__setstate__", &st, 1);
  if (!GP_IS_ERR(r) || !GP_IS_NONE(t->exc)) {
    GP_DECREF(r);
    return GP_IS_ERR(r) ? -1 : 0;
  }
  GpValue slots = GP_NONEV;
  if (GP_IS_TYPE(st, gp_type_tuple) && GP_TUPLE(st)->len == 2) {
    slots = GP_TUPLE(st)->items[1];
    st = GP_TUPLE(st)->items[0];
  }
  if (!GP_IS_NONE(st)) {
    GpValue d = gp_getattr(t, y, gp_intern_cstr("__dict__"));
    int e = GP_IS_ERR(d) ? -1 : gp_dict_update(t, d.as.o, st);
    GP_DECREF(d);
    if (e < 0) return -1;
  }
  if (GP_IS_NONE(slots)) return 0;
  if (!GP_IS_TYPE(slots, gp_type_dict)) {
    gp_raise(t, &gp_exc_TypeError, "slot state must be a dict");
    return -1;
  }
  GpValue k, v;
  for (size_t i = 0; gp_dict_next(slots.as.o, &i, &k, &v);)
    if (gp_setattr(t, y, k.as.o, v) < 0) return -1;
  return 0;
}

/* v itself (a new reference) for copy, its deep copy for deepcopy. */
static GpValue copy_of(GpThread *t, GpValue v, GpObj *memo) {
  if (memo) return deep(t, v, memo);
  GP_INCREF(v);
  return v;
}

/* x's items (a list or dict subclass's payload) into y, deep-copied when
** memo is given: y.append(item), y[key] = value, as CPython's reconstruction. */
static int copy_payload_items(GpThread *t, GpValue x, GpValue y, GpObj *memo) {
  GpValue p = gp_unwrap(x), keys = gp_list_from_iter(t, p);
  if (GP_IS_ERR(keys)) return -1;
  bool dict = GP_IS_TYPE(p, gp_type_dict);
  GpValue app = dict ? GP_NONEV : gp_getattr(t, y, gp_intern_cstr("append"));
  int e = GP_IS_ERR(app) ? -1 : 0;
  for (size_t i = 0; !e && i < GP_LIST(keys)->len; i++) {
    GpValue k = GP_LIST(keys)->items[i], ck = copy_of(t, k, memo), cv = GP_ERRV;
    if (GP_IS_ERR(ck)) {
      e = -1;
    } else if (dict) {
      GpValue v = gp_getitem(t, p, k);
      cv = GP_IS_ERR(v) ? v : copy_of(t, v, memo);
      GP_DECREF(v);
      e = GP_IS_ERR(cv) ? -1 : gp_setitem(t, y, ck, cv);
    } else {
      cv = gp_vm_call(t, app, &ck, 1, NULL);
      e = GP_IS_ERR(cv) ? -1 : 0;
    }
    GP_DECREF(ck);
    GP_DECREF(cv);
  }
  GP_DECREF(app);
  GP_DECREF(keys);
  return e;
}

/* copy (memo NULL) or deepcopy of an instance of a class: its __copy__ or
** __deepcopy__(memo), else as CPython reduces it: cls.__new__(cls), the
** state (__getstate__, or the instance dict and slots) copied and set
** (__setstate__, or into the dict), and a list or dict subclass's items. */
static GpValue copy_inst(GpThread *t, GpValue x, GpObj *memo) {
  GpValue mv = memo ? gp_objv(memo) : GP_NONEV;
  GpValue y = call_hook(t, x, memo ? "__deepcopy__" : "__copy__", &mv, memo ? 1 : 0);
  if (!GP_IS_ERR(y)) return memo ? remember(t, memo, x, y) : y;
  if (!GP_IS_NONE(t->exc)) return y;
  /* a class's own reduction is rebuilt as copy._reconstruct does */
  if (gp_inst_has(x, "__reduce_ex__") || gp_inst_has(x, "__reduce__"))
    return gp_copyreg_call(t, "_copy_reduced", (GpValue[]){x, mv}, 2);
  GpValue p = gp_unwrap(x);
  bool items = gp_has_payload(x);
  if ((items && !GP_IS_TYPE(p, gp_type_list) && !GP_IS_TYPE(p, gp_type_dict)) ||
      gp_exc_matches(x, &gp_exc_BaseException))
    return gp_raise(t, &gp_exc_NotImplementedError,
                    "%s of a '%s' instance (a subclass of '%s') is not supported by gilpy",
                    memo ? "deepcopy" : "copy", gp_type_name(x), gp_type_name(p));
  GpValue cls = gp_objv((GpObj *)x.as.o->type), nw = gp_getattr(t, cls, gp_intern_cstr("__new__"));
  y = GP_IS_ERR(nw) ? nw : gp_vm_call(t, nw, &cls, 1, NULL);
  GP_DECREF(nw);
  if (memo) y = remember(t, memo, x, y);
  if (GP_IS_ERR(y)) return y;
  GpValue st = inst_state(t, x), cst = GP_ERRV;
  int e = GP_IS_ERR(st) ? -1 : 0;
  if (!e && !GP_IS_NONE(st)) {
    cst = memo ? deep(t, st, memo) : st;
    e = GP_IS_ERR(cst) ? -1 : set_state(t, y, cst);
    if (memo) GP_DECREF(cst);
  }
  GP_DECREF(st);
  if (!e && items) e = copy_payload_items(t, x, y, memo);
  if (e < 0) {
    GP_DECREF(y);
    return GP_ERRV;
  }
  return y;
}

static GpValue cp_copy(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "copy", nargs, kw, 1, 1) < 0) return GP_ERRV;
  return shallow(t, args[0]);
}

static GpValue deep(GpThread *t, GpValue x, GpObj *memo);

static GpValue memo_key(GpValue x) {
  return gp_intv((int64_t)(uintptr_t)x.as.o);
}

/* Records r as x's copy; r is returned (or GP_ERRV, r released). */
static GpValue remember(GpThread *t, GpObj *memo, GpValue x, GpValue r) {
  if (GP_IS_ERR(r)) return r;
  if (gp_dict_set(t, memo, memo_key(x), r) < 0) {
    GP_DECREF(r);
    return GP_ERRV;
  }
  return r;
}

static GpValue deep_items(GpThread *t, GpValue x, GpObj *memo) {
  if (gp_is_inst(x)) return copy_inst(t, x, memo);
  const GpType *tp = x.as.o->type;
  if (tp == &gp_type_list) {
    GpValue r = remember(t, memo, x, gp_list_new(t, gp_list_len(x.as.o))), v;
    for (size_t i = 0; !GP_IS_ERR(r) && gp_list_item(x.as.o, i, &v); i++) {
      GpValue c = deep(t, v, memo);
      GP_DECREF(v);
      if (GP_IS_ERR(c) || gp_list_append(t, r.as.o, c) < 0) {
        GP_DECREF(c);
        GP_DECREF(r);
        return GP_ERRV;
      }
      GP_DECREF(c);
    }
    return r;
  }
  if (tp == &gp_type_tuple) {
    GpTuple *tu = GP_TUPLE(x);
    GpValue r = gp_tuple_new(t, tu->len);
    bool same = true;
    for (size_t i = 0; !GP_IS_ERR(r) && i < tu->len; i++) {
      GpValue c = deep(t, tu->items[i], memo);
      if (GP_IS_ERR(c)) {
        GP_DECREF(r);
        return c;
      }
      same &= c.tag == tu->items[i].tag && c.as.i == tu->items[i].as.i;
      GP_TUPLE(r)->items[i] = c;
    }
    if (GP_IS_ERR(r)) return r;
    if (same) { /* nothing inside changed: the tuple itself, as CPython */
      GP_DECREF(r);
      GP_INCREF(x);
      return x;
    }
    return remember(t, memo, x, r);
  }
  if (tp == &gp_type_set || tp == &gp_type_frozenset) {
    GpValue items = gp_list_from_iter(t, x);
    if (GP_IS_ERR(items)) return items;
    for (size_t i = 0; i < GP_LIST(items)->len; i++) {
      GpValue c = deep(t, GP_LIST(items)->items[i], memo);
      if (GP_IS_ERR(c)) {
        GP_DECREF(items);
        return c;
      }
      GP_DECREF(GP_LIST(items)->items[i]);
      GP_LIST(items)->items[i] = c;
    }
    GpValue r = gp_set_new(t, tp, items);
    GP_DECREF(items);
    return remember(t, memo, x, r);
  }
  if (tp == &gp_type_dict || (tp->base == &gp_type_dict && !GP_IS_CLASS(tp))) {
    GpValue r = tp == &gp_type_dict ? gp_dict_new(t) : shallow(t, x);
    if (!GP_IS_ERR(r) && tp != &gp_type_dict) { /* a library dict: emptied, refilled below */
      GpValue m = gp_getattr(t, r, gp_intern_cstr("clear")), c;
      c = GP_IS_ERR(m) ? m : gp_vm_call(t, m, NULL, 0, NULL);
      GP_DECREF(m);
      if (GP_IS_ERR(c)) {
        GP_DECREF(r);
        return c;
      }
      GP_DECREF(c);
    }
    r = remember(t, memo, x, r);
    if (GP_IS_ERR(r)) return r;
    GpValue items = gp_list_new(t, 0), k, v;
    for (size_t i = 0; !GP_IS_ERR(items) && gp_dict_next(x.as.o, &i, &k, &v);) {
      GpValue pair[2] = {k, v}, tu = gp_tuple_pack(t, 2, pair);
      if (GP_IS_ERR(tu) || gp_list_append(t, items.as.o, tu) < 0) {
        GP_DECREF(items);
        items = GP_ERRV;
      }
      GP_DECREF(tu);
    }
    for (size_t i = 0; !GP_IS_ERR(items) && i < GP_LIST(items)->len; i++) {
      GpTuple *p = GP_TUPLE(GP_LIST(items)->items[i]);
      GpValue ck = deep(t, p->items[0], memo), cv = GP_ERRV;
      int e = GP_IS_ERR(ck) || GP_IS_ERR(cv = deep(t, p->items[1], memo))
                  ? -1
                  : gp_dict_set(t, r.as.o, ck, cv);
      GP_DECREF(ck);
      GP_DECREF(cv);
      if (e < 0) {
        GP_DECREF(items);
        items = GP_ERRV;
      }
    }
    if (GP_IS_ERR(items)) {
      GP_DECREF(r);
      return items;
    }
    GP_DECREF(items);
    return r;
  }
  /* other types with copy() (deque): a copy with its items deep-copied */
  GpValue r = shallow(t, x);
  if (GP_IS_ERR(r) || (r.tag == x.tag && r.as.o == x.as.o)) return r;
  r = remember(t, memo, x, r);
  int64_t n;
  if (GP_IS_ERR(r) || gp_len_of(t, r, &n) < 0) {
    if (!GP_IS_ERR(r) && gp_exc_matches(t->exc, &gp_exc_TypeError)) {
      GP_DECREF(t->exc);
      t->exc = GP_NONEV;
      return r;
    }
    if (!GP_IS_ERR(r)) GP_DECREF(r);
    return GP_ERRV;
  }
  for (int64_t i = 0; i < n; i++) {
    GpValue v = gp_getitem(t, r, gp_intv(i)), c;
    c = GP_IS_ERR(v) ? v : deep(t, v, memo);
    GP_DECREF(v);
    if (GP_IS_ERR(c) || gp_setitem(t, r, gp_intv(i), c) < 0) {
      GP_DECREF(c);
      GP_DECREF(r);
      return GP_ERRV;
    }
    GP_DECREF(c);
  }
  return r;
}

static GpValue deep(GpThread *t, GpValue x, GpObj *memo) {
  if (!GP_IS_OBJ(x)) return x;
  const GpType *tp = x.as.o->type;
  if (tp == &gp_type_str || tp == &gp_type_int || tp == &gp_type_type || tp == &gp_type_range ||
      tp == &gp_type_native || tp == &gp_type_function || tp == &gp_type_module) {
    GP_INCREF(x);
    return x;
  }
  GpValue seen;
  int r = gp_dict_getref(t, memo, memo_key(x), &seen);
  if (r) return r > 0 ? seen : GP_ERRV;
  if (gp_rec_enter(t, " while calling a Python object") < 0) return GP_ERRV;
  GpValue c = deep_items(t, x, memo);
  gp_rec_leave(t);
  return c;
}

/* deepcopy(x, memo=None): a __deepcopy__ passes its memo on. */
static GpValue cp_deepcopy(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"x", "memo"};
  GpValue a[2];
  if (gp_parse_args(t, "deepcopy", args, nargs, kw, names, 2, 1, a) < 0) return GP_ERRV;
  if (!GP_IS_ERR(a[1]) && !GP_IS_NONE(a[1])) {
    if (!GP_IS_TYPE(a[1], gp_type_dict))
      return gp_raise(t, &gp_exc_TypeError, "deepcopy's memo must be a dict, not '%s'",
                      gp_type_name(a[1]));
    return deep(t, a[0], a[1].as.o);
  }
  GpValue memo = gp_dict_new(t);
  if (GP_IS_ERR(memo)) return memo;
  GpValue r = deep(t, a[0], memo.as.o);
  GP_DECREF(memo);
  return r;
}

static const GpMethodDef copy_fns[] = {
    {"copy", cp_copy},
    {"deepcopy", cp_deepcopy},
    {NULL, NULL},
};

int gp_open_copy(GpThread *t, GpObj *d) {
  if (gp_module_add_functions(t, d, copy_fns) < 0) return -1;
  /* copy.Error (alias error), which programs name in except clauses */
  return gp_module_run_source(t, d, "class Error(Exception):\n    pass\nerror = Error\n", "<copy>");
}

/* ------------------------------------------------------------- StringIO */

/* The newline argument: what a write translates and where a line ends. */
typedef enum {
  NL_LF,        /* '\n', the default: no translation, lines end at '\n' */
  NL_TRANSLATE, /* None: '\r\n' and '\r' written become '\n' */
  NL_ANY,       /* '': no translation; lines end at '\r', '\r\n' or '\n' */
  NL_CR,        /* '\r': '\n' written becomes '\r', lines end at '\r' */
  NL_CRLF,      /* '\r\n': '\n' written becomes '\r\n', lines end at it */
} Newline;

typedef struct StringIO {
  GpObj ob;
  char *buf;
  size_t len, cap, pos;
  bool closed;
  Newline nl;
} StringIO;

static GpType stringio_type;
#define SIO(v) ((StringIO *)(v).as.o)

static void sio_dealloc(GpObj *o) {
  free(((StringIO *)o)->buf);
}

static int sio_open(GpThread *t, StringIO *s) {
  if (!s->closed) return 0;
  gp_raise(t, &gp_exc_ValueError, "I/O operation on closed file");
  return -1;
}

/* Writes n bytes at the position (zero-filling a gap), moving it. */
static int sio_put(GpThread *t, StringIO *s, const char *p, size_t n) {
  size_t end = s->pos + n;
  if (end > s->cap) {
    size_t ncap = s->cap ? s->cap : 64;
    while (ncap < end)
      ncap *= 2;
    char *nb = realloc(s->buf, ncap);
    if (!nb) {
      gp_raise_nomem(t);
      return -1;
    }
    s->buf = nb;
    s->cap = ncap;
  }
  if (n == 0) return 0; /* an empty write to a fresh object: s->buf may be NULL */
  if (s->pos > s->len) memset(s->buf + s->len, 0, s->pos - s->len);
  memcpy(s->buf + s->pos, p, n);
  s->pos = end;
  if (end > s->len) s->len = end;
  return 0;
}

/* Writes the n bytes at p as the newline mode translates them. */
static int sio_put_text(GpThread *t, StringIO *s, const char *p, size_t n) {
  if (s->nl == NL_LF || s->nl == NL_ANY || !memchr(p, s->nl == NL_TRANSLATE ? '\r' : '\n', n))
    return sio_put(t, s, p, n);
  GpBuf b;
  gp_buf_init(&b);
  for (size_t i = 0; i < n; i++) {
    if (s->nl == NL_TRANSLATE && p[i] == '\r') {
      gp_buf_putc(&b, '\n');
      i += i + 1 < n && p[i + 1] == '\n';
    } else if (s->nl != NL_TRANSLATE && p[i] == '\n') {
      gp_buf_puts(&b, s->nl == NL_CR ? "\r" : "\r\n");
    } else {
      gp_buf_putc(&b, p[i]);
    }
  }
  int r = b.oom ? (gp_raise_nomem(t), -1) : sio_put(t, s, b.p, b.len);
  gp_buf_free(&b);
  return r;
}

/* The newline argument's mode, as CPython checks it. */
static int newline_mode(GpThread *t, GpValue v, Newline *out) {
  *out = GP_IS_ERR(v) ? NL_LF : NL_TRANSLATE;
  if (GP_IS_ERR(v) || GP_IS_NONE(v)) return 0;
  if (!GP_IS_TYPE(v, gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "newline must be str or None, not %s", gp_type_name(v)),
           -1;
  static const char *const modes[] = {"\n", NULL, "", "\r", "\r\n"};
  for (int m = 0; m < 5; m++)
    if (modes[m] && GP_STR(v)->len == strlen(modes[m]) &&
        memcmp(GP_STR(v)->data, modes[m], GP_STR(v)->len) == 0) {
      *out = (Newline)m;
      return 0;
    }
  GpValue r = gp_repr(t, v);
  if (GP_IS_ERR(r)) return -1;
  gp_raise(t, &gp_exc_ValueError, "illegal newline value: %s", GP_STR(r)->data);
  GP_DECREF(r);
  return -1;
}

static GpValue sio_call(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"initial_value", "newline"};
  GpValue a[2];
  if (gp_parse_args(t, "StringIO", args, nargs, kw, names, 2, 0, a) < 0) return GP_ERRV;
  Newline nl;
  if (newline_mode(t, a[1], &nl) < 0) return GP_ERRV;
  if (!GP_IS_ERR(a[0]) && !GP_IS_NONE(a[0]) && !GP_IS_TYPE(a[0], gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "initial_value must be str or None, not %s",
                    gp_type_name(a[0]));
  StringIO *s = (StringIO *)gp_alloc(t, &stringio_type, sizeof(StringIO));
  if (!s) return gp_raise_nomem(t);
  s->nl = nl;
  if (!GP_IS_ERR(a[0]) && !GP_IS_NONE(a[0]) &&
      sio_put_text(t, s, GP_STR(a[0])->data, GP_STR(a[0])->len) < 0) {
    gp_decref_o(&s->ob);
    return GP_ERRV;
  }
  s->pos = 0;
  return gp_objv(&s->ob);
}

#define SELF SIO(args[0])

static GpValue sio_write(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "write", nargs - 1, kw) < 0 || sio_open(t, SELF) < 0) return GP_ERRV;
  if (!GP_IS_TYPE(args[1], gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "string argument expected, got '%s'",
                    gp_type_name(args[1]));
  GpStr *str = GP_STR(args[1]);
  if (sio_put_text(t, SELF, str->data, str->len) < 0) return GP_ERRV;
  return gp_intv((int64_t)str->nchars);
}

static GpValue sio_writelines(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "writelines", nargs - 1, kw) < 0 || sio_open(t, SELF) < 0) return GP_ERRV;
  GpValue it = gp_iter(t, args[1]), v;
  if (GP_IS_ERR(it)) return it;
  int r;
  while ((r = gp_next(t, it, &v)) > 0) {
    GpValue pair[2] = {args[0], v};
    GpValue w = sio_write(t, pair, 2, NULL);
    GP_DECREF(v);
    if (GP_IS_ERR(w)) {
      r = -1;
      break;
    }
  }
  GP_DECREF(it);
  return r < 0 ? GP_ERRV : GP_NONEV;
}

static GpValue sio_getvalue(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "getvalue", nargs - 1, kw) < 0 || sio_open(t, SELF) < 0) return GP_ERRV;
  return gp_str_new(t, SELF->buf ? SELF->buf : "", SELF->len);
}

/* n bytes from the position, moving it; n clipped to what is left. */
static GpValue sio_take(GpThread *t, StringIO *s, size_t n) {
  if (s->pos >= s->len) return gp_str_new(t, "", 0);
  if (n > s->len - s->pos) n = s->len - s->pos;
  GpValue r = gp_str_new(t, s->buf + s->pos, n);
  if (!GP_IS_ERR(r)) s->pos += n;
  return r;
}

static int64_t size_arg(GpThread *t, const GpValue *args, int nargs, int64_t *out) {
  *out = -1;
  if (nargs > 1 && !GP_IS_NONE(args[1]) && gp_as_index(t, args[1], out) < 0) return -1;
  return 0;
}

static GpValue sio_read(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int64_t n;
  if (gp_arg_count(t, "read", nargs - 1, kw, 0, 1) < 0 || sio_open(t, SELF) < 0 ||
      size_arg(t, args, nargs, &n) < 0)
    return GP_ERRV;
  StringIO *s = SELF;
  if (n < 0) return sio_take(t, s, SIZE_MAX);
  /* n characters: skip n code points of UTF-8 */
  size_t p = s->pos, k = 0;
  while (p < s->len && (int64_t)k < n) {
    p++;
    while (p < s->len && ((unsigned char)s->buf[p] & 0xC0) == 0x80)
      p++;
    k++;
  }
  return sio_take(t, s, p - (s->pos < s->len ? s->pos : s->len));
}

/* The length of the line at p (n bytes left), its ending included. */
static size_t line_length(Newline nl, const char *p, size_t n) {
  for (size_t i = 0; i < n; i++) {
    bool crlf = p[i] == '\r' && i + 1 < n && p[i + 1] == '\n';
    if (p[i] == '\n' && nl != NL_CR && nl != NL_CRLF) return i + 1;
    if (p[i] == '\r' && (nl == NL_ANY || nl == NL_CR)) return i + 1 + (crlf && nl == NL_ANY);
    if (crlf && nl == NL_CRLF) return i + 2;
  }
  return n;
}

static GpValue sio_readline_n(GpThread *t, StringIO *s, int64_t limit) {
  if (s->pos >= s->len) return gp_str_new(t, "", 0);
  size_t n = line_length(s->nl, s->buf + s->pos, s->len - s->pos);
  if (limit >= 0 && (size_t)limit < n) n = (size_t)limit;
  return sio_take(t, s, n);
}

static GpValue sio_readline(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int64_t n;
  if (gp_arg_count(t, "readline", nargs - 1, kw, 0, 1) < 0 || sio_open(t, SELF) < 0 ||
      size_arg(t, args, nargs, &n) < 0)
    return GP_ERRV;
  return sio_readline_n(t, SELF, n);
}

static GpValue sio_readlines(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "readlines", nargs - 1, kw, 0, 1) < 0 || sio_open(t, SELF) < 0)
    return GP_ERRV;
  GpValue l = gp_list_new(t, 0);
  while (!GP_IS_ERR(l) && SELF->pos < SELF->len) {
    GpValue line = sio_readline_n(t, SELF, -1);
    if (GP_IS_ERR(line) || gp_list_append(t, l.as.o, line) < 0) {
      GP_DECREF(line);
      GP_DECREF(l);
      return GP_ERRV;
    }
    GP_DECREF(line);
  }
  return l;
}

static GpValue sio_seek(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "seek", nargs - 1, kw, 1, 2) < 0 || sio_open(t, SELF) < 0) return GP_ERRV;
  int64_t pos, whence = 0;
  if (gp_as_index(t, args[1], &pos) < 0 || (nargs > 2 && gp_as_index(t, args[2], &whence) < 0))
    return GP_ERRV;
  if (whence == 0) {
    if (pos < 0)
      return gp_raise(t, &gp_exc_ValueError, "Negative seek position %lld", (long long)pos);
    SELF->pos = (size_t)pos;
  } else if (whence == 1 || whence == 2) {
    if (pos != 0) return gp_raise(t, &gp_exc_OSError, "Can't do nonzero cur-relative seeks");
    if (whence == 2) SELF->pos = SELF->len;
  } else {
    return gp_raise(t, &gp_exc_ValueError, "Invalid whence (%lld, should be 0, 1 or 2)",
                    (long long)whence);
  }
  return gp_intv((int64_t)SELF->pos);
}

static GpValue sio_tell(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "tell", nargs - 1, kw) < 0 || sio_open(t, SELF) < 0) return GP_ERRV;
  return gp_intv((int64_t)SELF->pos);
}

static GpValue sio_truncate(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int64_t n;
  if (gp_arg_count(t, "truncate", nargs - 1, kw, 0, 1) < 0 || sio_open(t, SELF) < 0 ||
      size_arg(t, args, nargs, &n) < 0)
    return GP_ERRV;
  if (n < 0) n = (int64_t)SELF->pos;
  if ((size_t)n < SELF->len) SELF->len = (size_t)n;
  return gp_intv(n);
}

static GpValue sio_close(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "close", nargs - 1, kw) < 0) return GP_ERRV;
  SELF->closed = true;
  return GP_NONEV;
}

static GpValue sio_enter(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)nargs, (void)kw;
  if (sio_open(t, SELF) < 0) return GP_ERRV;
  GP_INCREF(args[0]);
  return args[0];
}

static GpValue sio_exit(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)t, (void)nargs, (void)kw;
  SELF->closed = true;
  return gp_boolv(false);
}

static GpValue sio_true(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args;
  if (gp_arg_none(t, "readable", nargs - 1, kw) < 0) return GP_ERRV;
  return gp_boolv(true);
}

/* flush: nothing to write out, but a closed buffer says so (print's
** flush=True on a redirected sys.stdout calls it). */
static GpValue sio_flush(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "flush", nargs - 1, kw) < 0 || sio_open(t, SELF) < 0) return GP_ERRV;
  return GP_NONEV;
}

static GpValue sio_isatty(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "isatty", nargs - 1, kw) < 0 || sio_open(t, SELF) < 0) return GP_ERRV;
  return gp_boolv(false);
}

static int sio_next(GpThread *t, GpValue self, GpValue *out) {
  if (sio_open(t, SIO(self)) < 0) return -1;
  if (SIO(self)->pos >= SIO(self)->len) return 0;
  *out = sio_readline_n(t, SIO(self), -1);
  return GP_IS_ERR(*out) ? -1 : 1;
}

static GpValue sio_getattr(GpThread *t, GpValue self, GpObj *name) {
  (void)t;
  if (strcmp(((GpStr *)name)->data, "closed") == 0) return gp_boolv(SIO(self)->closed);
  return GP_ERRV;
}

static const GpMethodDef sio_methods[] = {
    {"write", sio_write},       {"writelines", sio_writelines},
    {"getvalue", sio_getvalue}, {"read", sio_read},
    {"readline", sio_readline}, {"readlines", sio_readlines},
    {"seek", sio_seek},         {"tell", sio_tell},
    {"truncate", sio_truncate}, {"close", sio_close},
    {"__enter__", sio_enter},   {"__exit__", sio_exit},
    {"readable", sio_true},     {"writable", sio_true},
    {"seekable", sio_true},     {"flush", sio_flush},
    {"isatty", sio_isatty},     {NULL, NULL},
};

static GpType stringio_type = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "_io.StringIO",
    .dealloc = sio_dealloc,
    .iter = gp_iter_self,
    .next = sio_next,
    .call = sio_call,
    .getattr = sio_getattr,
    .methods = sio_methods,
};

int gp_io_add_files(GpThread *t, GpObj *d); /* iomod_py.c */

int gp_open_io(GpThread *t, GpObj *d) {
  if (gp_io_add_files(t, d) < 0) return -1;
  return gp_module_set(t, d, "StringIO", gp_objv(&stringio_type.ob));
}
