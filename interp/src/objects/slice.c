/*
** slice.c — slice objects: slice(stop), slice(start, stop[, step]), their
** start, stop and step, indices(length), repr, comparison as the tuple
** (start, stop, step), unhashable as in CPython 3.11. Subscripting a
** built-in sequence with one takes the same path as a[i:j:k]; a[i:j:k] on
** a class's instance passes one to its __getitem__ (ops.c). Also the
** Ellipsis singleton (`...`), as CPython keeps it beside slices.
*/
#include <string.h>

#include "obj.h"
#include "vm.h"

#define SLICE(v) ((GpSliceObj *)(v).as.o)

static void slice_dealloc(GpObj *o) {
  GpSliceObj *s = (GpSliceObj *)o;
  GP_DECREF(s->start);
  GP_DECREF(s->stop);
  GP_DECREF(s->step);
}

static int slice_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GpSliceObj *s = (GpSliceObj *)o;
  GP_VISIT(s->start, visit, arg);
  GP_VISIT(s->stop, visit, arg);
  GP_VISIT(s->step, visit, arg);
  return 0;
}

GpValue gp_slice_new(GpThread *t, GpValue start, GpValue stop, GpValue step) {
  GpSliceObj *s = (GpSliceObj *)gp_alloc(t, &gp_type_slice, sizeof(GpSliceObj));
  if (!s) return gp_raise_nomem(t);
  s->start = start;
  s->stop = stop;
  s->step = step;
  GP_INCREF(start);
  GP_INCREF(stop);
  GP_INCREF(step);
  return gp_objv(&s->ob);
}

static GpValue slice_call(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (kwnames && GP_TUPLE(gp_objv(kwnames))->len)
    return gp_raise(t, &gp_exc_TypeError, "slice() takes no keyword arguments");
  if (nargs < 1) return gp_raise(t, &gp_exc_TypeError, "slice expected at least 1 argument, got 0");
  if (nargs > 3)
    return gp_raise(t, &gp_exc_TypeError, "slice expected at most 3 arguments, got %d", nargs);
  if (nargs == 1) return gp_slice_new(t, GP_NONEV, args[0], GP_NONEV);
  return gp_slice_new(t, args[0], args[1], nargs == 3 ? args[2] : GP_NONEV);
}

static GpValue slice_repr(GpThread *t, GpValue self) {
  GpSliceObj *s = SLICE(self);
  GpBuf b;
  gp_buf_init(&b);
  gp_buf_puts(&b, "slice(");
  if (gp_buf_repr(t, &b, s->start) < 0) goto fail;
  gp_buf_puts(&b, ", ");
  if (gp_buf_repr(t, &b, s->stop) < 0) goto fail;
  gp_buf_puts(&b, ", ");
  if (gp_buf_repr(t, &b, s->step) < 0) goto fail;
  gp_buf_putc(&b, ')');
  return gp_buf_finish(t, &b);
fail:
  gp_buf_free(&b);
  return GP_ERRV;
}

static GpValue slice_getattr(GpThread *t, GpValue self, GpObj *name) {
  (void)t;
  const char *n = ((GpStr *)name)->data;
  GpValue v = !strcmp(n, "start")  ? SLICE(self)->start
              : !strcmp(n, "stop") ? SLICE(self)->stop
              : !strcmp(n, "step") ? SLICE(self)->step
                                   : GP_ERRV;
  GP_INCREF(v);
  return v;
}

/* slice.indices(length) -> (start, stop, step) for a sequence of length. */
static GpValue slice_indices(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "indices", nargs - 1, kw, 1, 1) < 0) return GP_ERRV;
  GpSliceObj *s = SLICE(args[0]);
  int64_t len;
  if (!gp_is_int(args[1]))
    return gp_raise(t, &gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                    gp_type_name(args[1]));
  if (gp_slice_index(t, args[1], &len) < 0) return GP_ERRV;
  if (len < 0) return gp_raise(t, &gp_exc_ValueError, "length should not be negative");
  GpSlice r;
  if (gp_slice_resolve(t, s->start, s->stop, s->step, len, &r) < 0) return GP_ERRV;
  GpValue v[3] = {gp_intv(r.start), gp_intv(r.stop), gp_intv(r.step)};
  return gp_tuple_pack(t, 3, v);
}

/* Slices compare as their (start, stop, step) tuples. */
static GpValue slice_compare(GpThread *t, GpCmpOp op, GpValue a, GpValue b) {
  if (!GP_IS_TYPE(a, gp_type_slice) || !GP_IS_TYPE(b, gp_type_slice)) return GP_ERRV;
  GpValue va[3] = {SLICE(a)->start, SLICE(a)->stop, SLICE(a)->step};
  GpValue vb[3] = {SLICE(b)->start, SLICE(b)->stop, SLICE(b)->step};
  GpValue ta = gp_tuple_pack(t, 3, va);
  if (GP_IS_ERR(ta)) return ta;
  GpValue tb = gp_tuple_pack(t, 3, vb);
  GpValue r = GP_IS_ERR(tb) ? tb : gp_compare(t, op, ta, tb);
  GP_DECREF(ta);
  GP_DECREF(tb);
  return r;
}

static const GpMethodDef slice_methods[] = {{"indices", slice_indices}, {NULL, NULL}};
static const GpTypeOps slice_ops = {.compare = slice_compare};

GpType gp_type_slice = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "slice",
    .dealloc = slice_dealloc,
    .traverse = slice_traverse,
    .repr = slice_repr,
    .call = slice_call,
    .getattr = slice_getattr,
    .methods = slice_methods,
    .ops = &slice_ops,
};

/* ------------------------------------------------------------- Ellipsis */

static GpValue ellipsis_repr(GpThread *t, GpValue self) {
  (void)self;
  return gp_str_cstr(t, "Ellipsis");
}

static GpObj ellipsis;

static int ellipsis_hash(GpThread *t, GpValue self, int64_t *h) {
  (void)t;
  *h = (int64_t)((uintptr_t)self.as.o >> 4); /* object's, by identity */
  return 0;
}

/* type(...)() is the singleton, as in CPython. */
static GpValue ellipsis_call(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args;
  if (gp_arg_none(t, "ellipsis", nargs, kw) < 0) return GP_ERRV;
  return gp_objv(&ellipsis);
}

static GpType gp_type_ellipsis = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "ellipsis",
    .repr = ellipsis_repr,
    .hash = ellipsis_hash,
    .call = ellipsis_call,
};
static GpObj ellipsis = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_ellipsis};

GpValue gp_ellipsis(void) {
  return gp_objv(&ellipsis);
}
