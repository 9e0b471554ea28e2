/*
** protoiter.c — iterators over protocols (protoiter.h). Each calls back
** into Python code for every item, so each holds only its callable or
** sequence and a position; an exhausted one drops what it holds.
*/
#include "protoiter.h"

#include "class.h"
#include "numproto.h"
#include "obj.h"
#include "vm.h"

#define PROTO_TYPE_HEAD                                                                            \
  { .rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type }

typedef struct ProtoIter {
  GpObj ob;
  GpValue src;      /* the callable or the sequence; GP_NONEV once exhausted */
  GpValue sentinel; /* iter(callable, sentinel) only */
  int64_t pos;      /* the next index; reversed: counts down */
} ProtoIter;

static void proto_dealloc(GpObj *o) {
  ProtoIter *it = (ProtoIter *)o;
  GP_DECREF(it->src);
  GP_DECREF(it->sentinel);
}

static int proto_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GP_VISIT(((ProtoIter *)o)->src, visit, arg);
  GP_VISIT(((ProtoIter *)o)->sentinel, visit, arg);
  return 0;
}

static int exhaust(ProtoIter *it) {
  GP_DECREF(it->src);
  it->src = GP_NONEV;
  return 0;
}

/* Clears a pending exception of type tp; false if another one. */
static bool clear_exc(GpThread *t, const GpType *tp) {
  if (!gp_exc_matches(t->exc, tp)) return false;
  GP_DECREF(t->exc);
  t->exc = GP_NONEV;
  return true;
}

static int callable_next(GpThread *t, GpValue self, GpValue *out) {
  ProtoIter *it = (ProtoIter *)self.as.o;
  if (GP_IS_NONE(it->src)) return 0;
  GpValue v = gp_vm_call(t, it->src, NULL, 0, NULL);
  if (GP_IS_ERR(v)) return clear_exc(t, &gp_exc_StopIteration) ? exhaust(it) : -1;
  GpValue eq = gp_compare(t, GP_CMP_EQ, v, it->sentinel);
  int hit = GP_IS_ERR(eq) ? -1 : gp_truthy(t, eq);
  GP_DECREF(eq);
  if (hit != 0) {
    GP_DECREF(v);
    return hit < 0 ? -1 : exhaust(it);
  }
  *out = v;
  return 1;
}

/* src[pos], forward or (reverse) backward; IndexError and StopIteration end it. */
static int getitem_step(GpThread *t, GpValue self, GpValue *out, int64_t step) {
  ProtoIter *it = (ProtoIter *)self.as.o;
  if (GP_IS_NONE(it->src) || it->pos < 0) return exhaust(it);
  GpValue v = gp_getitem(t, it->src, gp_intv(it->pos));
  if (GP_IS_ERR(v)) {
    bool end = clear_exc(t, &gp_exc_IndexError) || clear_exc(t, &gp_exc_StopIteration);
    return end ? exhaust(it) : -1;
  }
  it->pos += step;
  *out = v;
  return 1;
}

static int getitem_next(GpThread *t, GpValue self, GpValue *out) {
  return getitem_step(t, self, out, 1);
}

static int getitem_prev(GpThread *t, GpValue self, GpValue *out) {
  return getitem_step(t, self, out, -1);
}

#define PROTO_TYPE(var, pyname, nextfn)                                                            \
  static GpType var = {.ob = PROTO_TYPE_HEAD,                                                      \
                       .name = pyname,                                                             \
                       .dealloc = proto_dealloc,                                                   \
                       .traverse = proto_traverse,                                                 \
                       .iter = gp_iter_self,                                                       \
                       .next = nextfn}
PROTO_TYPE(callable_iter_type, "callable_iterator", callable_next);
PROTO_TYPE(getitem_iter_type, "iterator", getitem_next);
PROTO_TYPE(getitem_rev_type, "reversed", getitem_prev);

static GpValue proto_new(GpThread *t, GpType *tp, GpValue src, GpValue sentinel, int64_t pos) {
  ProtoIter *it = (ProtoIter *)gp_alloc(t, tp, sizeof *it);
  if (!it) return gp_raise_nomem(t);
  GP_INCREF(src);
  GP_INCREF(sentinel);
  it->src = src;
  it->sentinel = sentinel;
  it->pos = pos;
  return gp_objv(&it->ob);
}

GpValue gp_callable_iter_new(GpThread *t, GpValue callable, GpValue sentinel) {
  return proto_new(t, &callable_iter_type, callable, sentinel, 0);
}

GpValue gp_getitem_iter_new(GpThread *t, GpValue obj) {
  return proto_new(t, &getitem_iter_type, obj, GP_NONEV, 0);
}

GpValue gp_inst_reversed(GpThread *t, GpValue obj) {
  GpValue r = gp_meta_special(t, obj, "__reversed__", NULL, 0); /* reversed(Color) */
  if (!GP_IS_ERR(r) || !GP_IS_NONE(t->exc)) return r;
  int k = gp_inst_call_special(t, obj, "__reversed__", NULL, 0, &r);
  if (k != 0) return k > 0 ? r : GP_ERRV;
  GpValue gi = gp_inst_special(t, obj, "__getitem__");
  if (GP_IS_ERR(gi)) {
    if (GP_IS_NONE(t->exc))
      gp_raise(t, &gp_exc_TypeError, "'%s' object is not reversible", gp_type_name(obj));
    return GP_ERRV;
  }
  GP_DECREF(gi);
  int64_t n;
  k = gp_inst_len(t, obj, &n);
  if (k == 0) gp_raise(t, &gp_exc_TypeError, "object of type '%s' has no len()", gp_type_name(obj));
  if (k <= 0) return GP_ERRV;
  return proto_new(t, &getitem_rev_type, obj, GP_NONEV, n - 1);
}
