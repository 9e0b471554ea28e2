/*
** iter.c — iterator objects: the index iterators of lists and tuples
** (which, like CPython's, tolerate the list changing underneath), and the
** built-in iterator types enumerate, zip, map, filter and reversed.
*/
#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "obj.h"
#include "protoiter.h"

#define ITER_TYPE_HEAD                                                                             \
  { .rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type }

/* --------------------------------------------------- list/tuple iterators */

typedef struct SeqIter {
  GpObj ob;
  GpValue seq; /* GP_NONEV once exhausted */
  size_t pos;  /* next index; reverse: one past it */
  bool reverse;
} SeqIter;

static void seq_iter_dealloc(GpObj *o) {
  GP_DECREF(((SeqIter *)o)->seq);
}

static int seq_iter_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GP_VISIT(((SeqIter *)o)->seq, visit, arg);
  return 0;
}

static int seq_iter_next(GpThread *t, GpValue self, GpValue *out) {
  SeqIter *it = (SeqIter *)self.as.o;
  (void)t;
  if (GP_IS_NONE(it->seq)) return 0;
  bool list = GP_IS_TYPE(it->seq, gp_type_list);
  size_t len = list ? gp_list_len(it->seq.as.o) : GP_TUPLE(it->seq)->len;
  size_t i;
  if (it->reverse) {
    if (it->pos == 0 || it->pos > len) goto done;
    i = --it->pos;
  } else {
    if (it->pos >= len) goto done;
    i = it->pos++;
  }
  if (!list) {
    *out = GP_TUPLE(it->seq)->items[i];
    GP_INCREF(*out);
    return 1;
  }
  if (gp_list_item(it->seq.as.o, i, out)) return 1; /* locked under gil=none */
done: /* drop the sequence: an exhausted iterator stays exhausted */
  GP_DECREF(it->seq);
  it->seq = GP_NONEV;
  return 0;
}

/* __length_hint__, as CPython's list, tuple and reversed iterators give it:
** what is left, 0 once exhausted or once the list shrank below a reverse
** iterator's position. */
static GpValue seq_iter_length_hint(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "__length_hint__", nargs - 1, kw) < 0) return GP_ERRV;
  SeqIter *it = (SeqIter *)args[0].as.o;
  if (GP_IS_NONE(it->seq)) return gp_intv(0);
  size_t len =
      GP_IS_TYPE(it->seq, gp_type_list) ? gp_list_len(it->seq.as.o) : GP_TUPLE(it->seq)->len;
  if (it->reverse) return gp_intv(it->pos > len ? 0 : (int64_t)it->pos);
  return gp_intv(it->pos >= len ? 0 : (int64_t)(len - it->pos));
}

static const GpMethodDef seq_iter_methods[] = {{"__length_hint__", seq_iter_length_hint},
                                               {NULL, NULL}};

#define SEQ_ITER_TYPE(var, pyname)                                                                 \
  GpType var = {.ob = ITER_TYPE_HEAD,                                                              \
                .name = pyname,                                                                    \
                .dealloc = seq_iter_dealloc,                                                       \
                .traverse = seq_iter_traverse,                                                     \
                .iter = gp_iter_self,                                                              \
                .next = seq_iter_next,                                                             \
                .methods = seq_iter_methods}
SEQ_ITER_TYPE(gp_type_seq_iter, "list_iterator");
static SEQ_ITER_TYPE(tuple_iter_type, "tuple_iterator");
static SEQ_ITER_TYPE(list_rev_iter_type, "list_reverseiterator");

GpValue gp_seq_iter_new(GpThread *t, GpValue seq, bool reverse) {
  bool list = GP_IS_TYPE(seq, gp_type_list);
  GpType *tp = reverse ? (list ? &list_rev_iter_type : &gp_type_reversed)
                       : (list ? &gp_type_seq_iter : &tuple_iter_type);
  SeqIter *it = (SeqIter *)gp_alloc(t, tp, sizeof *it);
  if (!it) return gp_raise_nomem(t);
  GP_INCREF(seq);
  it->seq = seq;
  it->reverse = reverse;
  it->pos = reverse ? (list ? gp_list_len(seq.as.o) : GP_TUPLE(seq)->len) : 0;
  return gp_objv(&it->ob);
}

/* ---------------------------------------------------------------- reversed */

GpValue gp_reversed(GpThread *t, GpValue seq) {
  if (seq.tag == GP_T_OBJ) {
    const GpType *tp = seq.as.o->type;
    if (tp == &gp_type_list || tp == &gp_type_tuple) return gp_seq_iter_new(t, seq, true);
    if (tp == &gp_type_range || tp == &gp_type_bigrange) return gp_range_reversed(t, seq);
    if (tp == &gp_type_dict) return gp_dict_reversed(t, seq);
    if (tp == &gp_type_bytes) return gp_bytes_reversed(t, seq);
    if (tp == &gp_type_str) {
      GpValue r = gp_str_reversed(t, seq);
      if (GP_IS_ERR(r)) return r;
      GpValue it = gp_iter(t, r);
      GP_DECREF(r);
      return it;
    }
    if (gp_has_payload(seq) && !gp_inst_has(seq, "__reversed__"))
      return gp_reversed(t, gp_unwrap(seq));
    const GpMethodDef *m = gp_type_method(tp, "__reversed__"); /* a library type's (deque) */
    if (m) return m->fn(t, &seq, 1, NULL);
  }
  return gp_inst_reversed(t, seq); /* or CPython's TypeError */
}

static GpValue reversed_call(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "reversed", nargs, kwnames, 1, 1) < 0) return GP_ERRV;
  return gp_reversed(t, args[0]);
}

GpType gp_type_reversed = {.ob = ITER_TYPE_HEAD,
                           .name = "reversed",
                           .dealloc = seq_iter_dealloc,
                           .traverse = seq_iter_traverse,
                           .iter = gp_iter_self,
                           .next = seq_iter_next,
                           .call = reversed_call,
                           .methods = seq_iter_methods};

/* --------------------------------------------------------------- enumerate */

typedef struct EnumIter {
  GpObj ob;
  GpValue it;
  GpValue count; /* an int; bignum past int64 */
} EnumIter;

static void enum_dealloc(GpObj *o) {
  GP_DECREF(((EnumIter *)o)->it);
  GP_DECREF(((EnumIter *)o)->count);
}

static int enum_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GP_VISIT(((EnumIter *)o)->it, visit, arg);
  return 0;
}

static int enum_next(GpThread *t, GpValue self, GpValue *out) {
  EnumIter *e = (EnumIter *)self.as.o;
  GpValue v;
  int r = gp_next(t, e->it, &v);
  if (r <= 0) return r;
  GpValue pair[2] = {e->count, v};
  *out = gp_tuple_pack(t, 2, pair);
  GP_DECREF(v);
  if (GP_IS_ERR(*out)) return -1;
  GpValue next = GP_IS_INT(e->count) && e->count.as.i < INT64_MAX
                     ? gp_intv(e->count.as.i + 1)
                     : gp_binop(t, GP_OP_ADD, e->count, gp_intv(1));
  if (GP_IS_ERR(next)) {
    GP_DECREF(*out);
    return -1;
  }
  GP_DECREF(e->count);
  e->count = next;
  return 1;
}

static GpValue enum_call(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  static const char *const names[] = {"iterable", "start"};
  GpValue a[2];
  if (nargs == 0)
    return gp_raise(t, &gp_exc_TypeError, "enumerate() missing required argument 'iterable'");
  if (gp_parse_args(t, "enumerate", args, nargs, kwnames, names, 2, 1, a) < 0) return GP_ERRV;
  GpValue start = GP_IS_ERR(a[1]) ? gp_intv(0) : a[1];
  if (GP_IS_BOOL(start)) start = gp_intv(start.as.i);
  if (!gp_is_int(start))
    return gp_raise(t, &gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                    gp_type_name(start));
  GpValue it = gp_iter(t, a[0]);
  if (GP_IS_ERR(it)) return it;
  EnumIter *e = (EnumIter *)gp_alloc(t, &gp_type_enumerate, sizeof *e);
  if (!e) {
    GP_DECREF(it);
    return gp_raise_nomem(t);
  }
  e->it = it;
  GP_INCREF(start);
  e->count = start;
  return gp_objv(&e->ob);
}

GpType gp_type_enumerate = {.ob = ITER_TYPE_HEAD,
                            .name = "enumerate",
                            .dealloc = enum_dealloc,
                            .traverse = enum_traverse,
                            .iter = gp_iter_self,
                            .next = enum_next,
                            .call = enum_call};

/* --------------------------------------------------------- zip, map: many */

typedef struct MultiIter {
  GpObj ob;
  GpValue fn; /* map's function; GP_NONEV for zip */
  bool strict;
  size_t n;
  GpValue its[];
} MultiIter;

static void multi_dealloc(GpObj *o) {
  MultiIter *m = (MultiIter *)o;
  GP_DECREF(m->fn);
  for (size_t i = 0; i < m->n; i++)
    GP_DECREF(m->its[i]);
}

static int multi_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  MultiIter *m = (MultiIter *)o;
  GP_VISIT(m->fn, visit, arg);
  for (size_t i = 0; i < m->n; i++)
    GP_VISIT(m->its[i], visit, arg);
  return 0;
}

static GpValue multi_new(GpThread *t, GpType *tp, GpValue fn, const GpValue *iterables, size_t n) {
  MultiIter *m = (MultiIter *)gp_alloc(t, tp, sizeof *m + n * sizeof(GpValue));
  if (!m) return gp_raise_nomem(t);
  GP_INCREF(fn);
  m->fn = fn;
  for (size_t i = 0; i < n; i++) {
    GpValue it = gp_iter(t, iterables[i]);
    if (GP_IS_ERR(it)) {
      gp_decref_o(&m->ob);
      return it;
    }
    m->its[m->n++] = it;
  }
  return gp_objv(&m->ob);
}

/* Fills vals[0..n) with the next item of every iterator; 0 when the
** shortest is exhausted (releasing what was taken). */
static int multi_step(GpThread *t, MultiIter *m, GpValue *vals) {
  for (size_t i = 0; i < m->n; i++) {
    int r = gp_next(t, m->its[i], &vals[i]);
    if (r > 0) continue;
    for (size_t j = 0; j < i; j++)
      GP_DECREF(vals[j]);
    if (r < 0 || !m->strict) return r;
    /* zip(strict=True): every iterator must end together */
    if (i > 0) {
      gp_raise(t, &gp_exc_ValueError, "zip() argument %zu is shorter than argument%s%zu", i + 1,
               i == 1 ? " " : "s 1-", i);
      return -1;
    }
    for (size_t j = 1; j < m->n; j++) {
      GpValue extra;
      r = gp_next(t, m->its[j], &extra);
      if (r < 0) return -1;
      if (r > 0) {
        GP_DECREF(extra);
        gp_raise(t, &gp_exc_ValueError, "zip() argument %zu is longer than argument%s%zu", j + 1,
                 j == 1 ? " " : "s 1-", j);
        return -1;
      }
    }
    return 0;
  }
  return 1;
}

static int zip_next(GpThread *t, GpValue self, GpValue *out) {
  MultiIter *m = (MultiIter *)self.as.o;
  if (m->n == 0) return 0;
  GpValue tu = gp_tuple_new(t, m->n);
  if (GP_IS_ERR(tu)) return -1;
  int r = multi_step(t, m, GP_TUPLE(tu)->items);
  if (r <= 0) {
    for (size_t i = 0; i < m->n; i++)
      GP_TUPLE(tu)->items[i] = GP_NONEV;
    GP_DECREF(tu);
    return r;
  }
  *out = tu;
  return 1;
}

static GpValue zip_call(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  int nkw = kwnames ? (int)GP_TUPLE(gp_objv(kwnames))->len : 0;
  bool strict = false;
  for (int k = 0; k < nkw; k++) {
    GpStr *kn = GP_STR(GP_TUPLE(gp_objv(kwnames))->items[k]);
    if (strcmp(kn->data, "strict") != 0)
      return gp_raise(t, &gp_exc_TypeError, "zip() got an unexpected keyword argument '%s'",
                      kn->data);
    int b = gp_truthy(t, args[nargs - nkw + k]);
    if (b < 0) return GP_ERRV;
    strict = b;
  }
  GpValue z = multi_new(t, &gp_type_zip, GP_NONEV, args, (size_t)(nargs - nkw));
  if (!GP_IS_ERR(z)) ((MultiIter *)z.as.o)->strict = strict;
  return z;
}

GpType gp_type_zip = {.ob = ITER_TYPE_HEAD,
                      .name = "zip",
                      .dealloc = multi_dealloc,
                      .traverse = multi_traverse,
                      .iter = gp_iter_self,
                      .next = zip_next,
                      .call = zip_call};

static int map_next(GpThread *t, GpValue self, GpValue *out) {
  MultiIter *m = (MultiIter *)self.as.o;
  GpValue small[8], *vals = m->n <= 8 ? small : malloc(m->n * sizeof *vals);
  if (!vals) {
    gp_raise_nomem(t);
    return -1;
  }
  int r = multi_step(t, m, vals);
  if (r > 0) {
    *out = gp_vm_call(t, m->fn, vals, (int)m->n, NULL);
    for (size_t i = 0; i < m->n; i++)
      GP_DECREF(vals[i]);
    if (GP_IS_ERR(*out)) r = -1;
  }
  if (vals != small) free(vals);
  return r;
}

static GpValue map_call(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (kwnames && GP_TUPLE(gp_objv(kwnames))->len)
    return gp_raise(t, &gp_exc_TypeError, "map() takes no keyword arguments");
  if (nargs < 2) return gp_raise(t, &gp_exc_TypeError, "map() must have at least two arguments.");
  return multi_new(t, &gp_type_map, args[0], args + 1, (size_t)nargs - 1);
}

GpType gp_type_map = {.ob = ITER_TYPE_HEAD,
                      .name = "map",
                      .dealloc = multi_dealloc,
                      .traverse = multi_traverse,
                      .iter = gp_iter_self,
                      .next = map_next,
                      .call = map_call};

/* ------------------------------------------------------------------ filter */

static int filter_next(GpThread *t, GpValue self, GpValue *out) {
  MultiIter *m = (MultiIter *)self.as.o;
  for (;;) {
    GpValue v;
    int r = gp_next(t, m->its[0], &v);
    if (r <= 0) return r;
    int keep;
    if (GP_IS_NONE(m->fn)) {
      keep = gp_truthy(t, v);
    } else {
      GpValue c = gp_vm_call(t, m->fn, &v, 1, NULL);
      keep = GP_IS_ERR(c) ? -1 : gp_truthy(t, c);
      GP_DECREF(c);
    }
    if (keep > 0) {
      *out = v;
      return 1;
    }
    GP_DECREF(v);
    if (keep < 0) return -1;
  }
}

static GpValue filter_call(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "filter", nargs, kwnames, 2, 2) < 0) return GP_ERRV;
  return multi_new(t, &gp_type_filter, args[0], args + 1, 1);
}

GpType gp_type_filter = {.ob = ITER_TYPE_HEAD,
                         .name = "filter",
                         .dealloc = multi_dealloc,
                         .traverse = multi_traverse,
                         .iter = gp_iter_self,
                         .next = filter_next,
                         .call = filter_call};
