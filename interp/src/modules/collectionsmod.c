/*
** collectionsmod.c — the collections module: deque (a ring buffer under
** the striped lock, with maxlen) and the dict types Counter, defaultdict
** and OrderedDict. Those have GpDict's layout and gp_type_dict as their
** base, so dict.c's functions and methods work on them; their own slots
** and methods add what differs (missing keys, counting, reprs, order).
** Classes may derive from all four (GP_TPF_PAYLOAD, objects/subtype.c).
*/
#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "module.h"
#include "numproto.h"
#include "obj.h"
#include "vm.h"

#define TYPE_HEAD                                                                                  \
  { .rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type }

static int nkw_of(GpObj *kw) {
  return kw ? (int)GP_TUPLE(gp_objv(kw))->len : 0;
}

/* ================================================================ deque */

typedef struct Deque {
  GpObj ob;
  GpValue *buf;
  size_t head, len, cap;
  int64_t maxlen; /* -1: unbounded */
  uint64_t state; /* bumped by mutations: iterators detect them */
} Deque;

static GpType deque_type;
#define DQ(v) ((Deque *)(v).as.o)
#define LOCK(d) gp_obj_lock(&(d)->ob)
#define UNLOCK(d) gp_obj_unlock(&(d)->ob)

static inline GpValue *slot(Deque *d, size_t i) {
  return &d->buf[(d->head + i) % d->cap];
}

static int dq_grow(GpThread *t, Deque *d) {
  size_t ncap = d->cap ? d->cap * 2 : 8;
  GpValue *nb = malloc(ncap * sizeof *nb);
  if (!nb) {
    gp_raise_nomem(t);
    return -1;
  }
  for (size_t i = 0; i < d->len; i++)
    nb[i] = *slot(d, i);
  free(d->buf);
  d->buf = nb;
  d->head = 0;
  d->cap = ncap;
  return 0;
}

/* Appends (right) or prepends v (increfed) under the lock; an item pushed
** out by maxlen goes to *gone, to release after unlocking. */
static int dq_push(GpThread *t, Deque *d, GpValue v, bool left, GpValue *gone) {
  *gone = GP_ERRV;
  if (d->maxlen == 0) return 0;
  if (d->len == d->cap && dq_grow(t, d) < 0) return -1;
  GP_INCREF(v);
  if (left) {
    d->head = (d->head + d->cap - 1) % d->cap;
    d->buf[d->head] = v;
  } else {
    *slot(d, d->len) = v;
  }
  gp_size_store(&d->len, d->len + 1);
  d->state++;
  if (d->maxlen > 0 && (int64_t)d->len > d->maxlen) { /* drop from the other end */
    if (left) {
      *gone = *slot(d, d->len - 1);
    } else {
      *gone = d->buf[d->head];
      d->head = (d->head + 1) % d->cap;
    }
    gp_size_store(&d->len, d->len - 1);
  }
  return 0;
}

static int dq_append(GpThread *t, Deque *d, GpValue v, bool left) {
  GpValue gone;
  LOCK(d);
  int r = dq_push(t, d, v, left, &gone);
  UNLOCK(d);
  GP_DECREF(gone);
  return r;
}

/* A copy of the items holding references (to read while calling out). */
static GpValue dq_list(GpThread *t, Deque *d) {
  /* items copied under the deque's lock, the list built after it: a thread
  ** holds one container lock at a time (obj.h) */
  LOCK(d);
  size_t n = d->len;
  GpValue *items = malloc((n + 1) * sizeof *items);
  for (size_t i = 0; items && i < n; i++) {
    items[i] = *slot(d, i);
    GP_INCREF(items[i]);
  }
  UNLOCK(d);
  if (!items) return gp_raise_nomem(t);
  GpValue l = gp_list_new(t, n);
  for (size_t i = 0; i < n; i++) {
    if (!GP_IS_ERR(l) && gp_list_append(t, l.as.o, items[i]) < 0) {
      GP_DECREF(l);
      l = GP_ERRV;
    }
    GP_DECREF(items[i]);
  }
  free(items);
  return l;
}

static int dq_extend(GpThread *t, Deque *d, GpValue src, bool left) {
  if (src.tag == GP_T_OBJ && src.as.o == &d->ob) { /* d.extend(d) */
    GpValue l = dq_list(t, d);
    if (GP_IS_ERR(l)) return -1;
    int r = dq_extend(t, d, l, left);
    GP_DECREF(l);
    return r;
  }
  GpValue it = gp_iter(t, src), v;
  if (GP_IS_ERR(it)) return -1;
  int r;
  while ((r = gp_next(t, it, &v)) > 0) {
    r = dq_append(t, d, v, left);
    GP_DECREF(v);
    if (r < 0) break;
  }
  GP_DECREF(it);
  return r;
}

static GpValue dq_new_of(GpThread *t, int64_t maxlen) {
  Deque *d = (Deque *)gp_alloc(t, &deque_type, sizeof(Deque));
  if (!d) return gp_raise_nomem(t);
  d->maxlen = maxlen;
  return gp_objv(&d->ob);
}

static GpValue deque_call(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"iterable", "maxlen"};
  GpValue a[2];
  if (gp_parse_args(t, "deque", args, nargs, kw, names, 2, 0, a) < 0) return GP_ERRV;
  int64_t maxlen = -1;
  if (!GP_IS_ERR(a[1]) && !GP_IS_NONE(a[1])) {
    if (gp_as_index(t, a[1], &maxlen) < 0) return GP_ERRV;
    if (maxlen < 0) return gp_raise(t, &gp_exc_ValueError, "maxlen must be non-negative");
  }
  GpValue d = dq_new_of(t, maxlen);
  if (!GP_IS_ERR(d) && !GP_IS_ERR(a[0]) && dq_extend(t, DQ(d), a[0], false) < 0) {
    GP_DECREF(d);
    return GP_ERRV;
  }
  return d;
}

static void deque_dealloc(GpObj *o) {
  Deque *d = (Deque *)o;
  for (size_t i = 0; i < d->len; i++)
    GP_DECREF(*slot(d, i));
  free(d->buf);
}

static int deque_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  Deque *d = (Deque *)o;
  for (size_t i = 0; i < d->len; i++)
    GP_VISIT(*slot(d, i), visit, arg);
  return 0;
}

/* Empties the deque first, then drops the items: a decref may reach back. */
static void deque_clear(GpObj *o) {
  Deque *d = (Deque *)o;
  GpValue *buf = d->buf;
  size_t head = d->head, len = d->len, cap = d->cap;
  d->buf = NULL;
  d->head = d->len = d->cap = 0;
  d->state++;
  for (size_t i = 0; i < len; i++)
    GP_DECREF(buf[(head + i) % cap]);
  free(buf);
}

static GpValue deque_repr(GpThread *t, GpValue self) {
  Deque *d = DQ(self);
  int g = gp_repr_enter(t, &d->ob);
  if (g <= 0) return g < 0 ? GP_ERRV : gp_str_cstr(t, "[...]");
  GpValue l = dq_list(t, d), r = GP_ERRV;
  if (!GP_IS_ERR(l)) {
    GpValue lr = gp_repr(t, l);
    if (!GP_IS_ERR(lr)) {
      r = d->maxlen < 0
              ? gp_str_printf(t, "deque(%s)", GP_STR(lr)->data)
              : gp_str_printf(t, "deque(%s, maxlen=%lld)", GP_STR(lr)->data, (long long)d->maxlen);
      GP_DECREF(lr);
    }
    GP_DECREF(l);
  }
  gp_repr_leave(&d->ob);
  return r;
}

/* ------------------------------------------------------ deque iteration */

typedef struct DequeIter {
  GpObj ob;
  GpValue d;
  size_t pos;
  uint64_t state;
  bool reverse;
} DequeIter;

static GpType deque_iter_type;

static void dqi_dealloc(GpObj *o) {
  GP_DECREF(((DequeIter *)o)->d);
}

static int dqi_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GP_VISIT(((DequeIter *)o)->d, visit, arg);
  return 0;
}

static int dqi_next(GpThread *t, GpValue self, GpValue *out) {
  DequeIter *it = (DequeIter *)self.as.o;
  if (GP_IS_NONE(it->d)) return 0;
  Deque *d = DQ(it->d);
  LOCK(d);
  if (it->state != d->state) {
    UNLOCK(d);
    gp_raise(t, &gp_exc_RuntimeError, "deque mutated during iteration");
    return -1;
  }
  bool more = it->pos < d->len;
  if (more) {
    *out = *slot(d, it->reverse ? d->len - 1 - it->pos : it->pos);
    GP_INCREF(*out);
    it->pos++;
  }
  UNLOCK(d);
  if (more) return 1;
  GP_DECREF(it->d);
  it->d = GP_NONEV;
  return 0;
}

/* The items left, 0 once exhausted. */
static GpValue dqi_length_hint(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "__length_hint__", nargs - 1, kw) < 0) return GP_ERRV;
  DequeIter *it = (DequeIter *)args[0].as.o;
  if (GP_IS_NONE(it->d)) return gp_intv(0);
  Deque *d = DQ(it->d);
  LOCK(d);
  size_t len = d->len;
  UNLOCK(d);
  return gp_intv(it->pos < len ? (int64_t)(len - it->pos) : 0);
}

static const GpMethodDef dqi_methods[] = {{"__length_hint__", dqi_length_hint}, {NULL, NULL}};

static GpType deque_iter_type = {
    .ob = TYPE_HEAD,
    .name = "_collections._deque_iterator",
    .dealloc = dqi_dealloc,
    .traverse = dqi_traverse,
    .iter = gp_iter_self,
    .next = dqi_next,
    .methods = dqi_methods,
};

static GpType deque_rev_iter_type = {
    .ob = TYPE_HEAD,
    .name = "_collections._deque_reverse_iterator",
    .dealloc = dqi_dealloc,
    .traverse = dqi_traverse,
    .iter = gp_iter_self,
    .next = dqi_next,
    .methods = dqi_methods,
};

static GpValue dq_iter_new(GpThread *t, GpValue self, bool reverse) {
  DequeIter *it = (DequeIter *)gp_alloc(t, reverse ? &deque_rev_iter_type : &deque_iter_type,
                                        sizeof(DequeIter));
  if (!it) return gp_raise_nomem(t);
  GP_INCREF(self);
  it->d = self;
  it->state = DQ(self)->state;
  it->reverse = reverse;
  return gp_objv(&it->ob);
}

/* A shared deque (gil=none) is iterated over a snapshot, as sets are. */
static GpValue deque_iter(GpThread *t, GpValue self) {
  if (GP_IS_SHARED(self.as.o)) {
    GpValue l = dq_list(t, DQ(self));
    if (GP_IS_ERR(l)) return l;
    GpValue it = gp_iter(t, l);
    GP_DECREF(l);
    return it;
  }
  return dq_iter_new(t, self, false);
}

/* ------------------------------------------------------- deque methods */

/* __reversed__, which reversed(d) calls. */
static GpValue dq_reversed_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "deque.__reversed__", nargs - 1, kw) < 0) return GP_ERRV;
  if (!GP_IS_SHARED(args[0].as.o)) return dq_iter_new(t, args[0], true);
  GpValue l = dq_list(t, DQ(args[0])); /* a shared deque's snapshot, as deque_iter's */
  if (GP_IS_ERR(l)) return l;
  GpValue it = gp_list_reversed(t, l);
  GP_DECREF(l);
  return it;
}

#define SELF DQ(args[0])

static GpValue dq_append_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "deque.append", nargs - 1, kw) < 0) return GP_ERRV;
  return dq_append(t, SELF, args[1], false) < 0 ? GP_ERRV : GP_NONEV;
}

static GpValue dq_appendleft_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "deque.appendleft", nargs - 1, kw) < 0) return GP_ERRV;
  return dq_append(t, SELF, args[1], true) < 0 ? GP_ERRV : GP_NONEV;
}

static GpValue dq_pop_side(GpThread *t, Deque *d, bool left) {
  LOCK(d);
  if (d->len == 0) {
    UNLOCK(d);
    return gp_raise(t, &gp_exc_IndexError, "pop from an empty deque");
  }
  GpValue v;
  if (left) {
    v = d->buf[d->head];
    d->head = (d->head + 1) % d->cap;
  } else {
    v = *slot(d, d->len - 1);
  }
  gp_size_store(&d->len, d->len - 1);
  d->state++;
  UNLOCK(d);
  return v;
}

static GpValue dq_pop_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "deque.pop", nargs - 1, kw) < 0) return GP_ERRV;
  return dq_pop_side(t, SELF, false);
}

static GpValue dq_popleft_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "deque.popleft", nargs - 1, kw) < 0) return GP_ERRV;
  return dq_pop_side(t, SELF, true);
}

static GpValue dq_extend_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "deque.extend", nargs - 1, kw) < 0) return GP_ERRV;
  return dq_extend(t, SELF, args[1], false) < 0 ? GP_ERRV : GP_NONEV;
}

static GpValue dq_extendleft_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "deque.extendleft", nargs - 1, kw) < 0) return GP_ERRV;
  return dq_extend(t, SELF, args[1], true) < 0 ? GP_ERRV : GP_NONEV;
}

static GpValue dq_clear_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "deque.clear", nargs - 1, kw) < 0) return GP_ERRV;
  Deque *d = SELF;
  LOCK(d);
  GpValue *buf = d->buf;
  size_t head = d->head, len = d->len, cap = d->cap;
  d->buf = NULL;
  d->head = d->cap = 0;
  gp_size_store(&d->len, 0);
  d->state++;
  UNLOCK(d);
  for (size_t i = 0; i < len; i++)
    GP_DECREF(buf[(head + i) % cap]);
  free(buf);
  return GP_NONEV;
}

static GpValue dq_rotate_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "rotate", nargs - 1, kw, 0, 1) < 0) return GP_ERRV;
  int64_t n = 1;
  if (nargs > 1 && gp_as_index(t, args[1], &n) < 0) return GP_ERRV;
  Deque *d = SELF;
  LOCK(d);
  if (d->len > 1) {
    int64_t len = (int64_t)d->len, k = ((n % len) + len) % len; /* right by k */
    for (int64_t i = 0; i < k; i++) {
      GpValue v = *slot(d, d->len - 1);
      d->head = (d->head + d->cap - 1) % d->cap;
      d->buf[d->head] = v;
    }
    d->state++;
  }
  UNLOCK(d);
  return GP_NONEV;
}

static GpValue dq_reverse_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "deque.reverse", nargs - 1, kw) < 0) return GP_ERRV;
  Deque *d = SELF;
  LOCK(d);
  for (size_t i = 0, j = d->len; i + 1 < j; i++, j--) {
    GpValue tmp = *slot(d, i);
    *slot(d, i) = *slot(d, j - 1);
    *slot(d, j - 1) = tmp;
  }
  d->state++;
  UNLOCK(d);
  return GP_NONEV;
}

static GpValue dq_count_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "deque.count", nargs - 1, kw) < 0) return GP_ERRV;
  GpValue l = dq_list(t, SELF);
  if (GP_IS_ERR(l)) return l;
  int64_t n = 0;
  int r = 0;
  for (size_t i = 0; i < GP_LIST(l)->len && r >= 0; i++)
    if ((r = gp_item_eq(t, GP_LIST(l)->items[i], args[1])) > 0) n++;
  GP_DECREF(l);
  return r < 0 ? GP_ERRV : gp_intv(n);
}

/* Position of the first item equal to v, -1 if none, -2 on error. */
static int64_t dq_find(GpThread *t, Deque *d, GpValue v) {
  GpValue l = dq_list(t, d);
  if (GP_IS_ERR(l)) return -2;
  int64_t pos = -1;
  for (size_t i = 0; i < GP_LIST(l)->len; i++) {
    int r = gp_item_eq(t, GP_LIST(l)->items[i], v);
    if (r != 0) {
      pos = r < 0 ? -2 : (int64_t)i;
      break;
    }
  }
  GP_DECREF(l);
  return pos;
}

static GpValue dq_index_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "index", nargs - 1, kw, 1, 3) < 0) return GP_ERRV;
  int64_t i = dq_find(t, SELF, args[1]);
  if (i == -2) return GP_ERRV;
  if (i < 0) {
    GpValue r = gp_repr(t, args[1]);
    if (GP_IS_ERR(r)) return r;
    gp_raise(t, &gp_exc_ValueError, "%s is not in deque", GP_STR(r)->data);
    GP_DECREF(r);
    return GP_ERRV;
  }
  return gp_intv(i);
}

/* Removes the item at position i; *gone gets it. Under the lock. */
static void dq_del_at(Deque *d, size_t i, GpValue *gone) {
  *gone = *slot(d, i);
  for (size_t k = i; k + 1 < d->len; k++)
    *slot(d, k) = *slot(d, k + 1);
  gp_size_store(&d->len, d->len - 1);
  d->state++;
}

static GpValue dq_remove_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "deque.remove", nargs - 1, kw) < 0) return GP_ERRV;
  Deque *d = SELF;
  int64_t i = dq_find(t, d, args[1]);
  if (i == -2) return GP_ERRV;
  if (i < 0) {
    GpValue r = gp_repr(t, args[1]);
    if (GP_IS_ERR(r)) return r;
    gp_raise(t, &gp_exc_ValueError, "%s is not in deque", GP_STR(r)->data);
    GP_DECREF(r);
    return GP_ERRV;
  }
  GpValue gone = GP_ERRV;
  LOCK(d);
  if ((size_t)i < d->len) dq_del_at(d, (size_t)i, &gone);
  UNLOCK(d);
  GP_DECREF(gone);
  return GP_NONEV;
}

static GpValue dq_insert_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "insert", nargs - 1, kw, 2, 2) < 0) return GP_ERRV;
  int64_t i;
  if (gp_as_index(t, args[1], &i) < 0) return GP_ERRV;
  Deque *d = SELF;
  LOCK(d);
  if (d->maxlen >= 0 && (int64_t)d->len >= d->maxlen) {
    UNLOCK(d);
    return gp_raise(t, &gp_exc_IndexError, "deque already at its maximum size");
  }
  int64_t n = (int64_t)d->len;
  if (i < 0) i += n;
  if (i < 0) i = 0;
  if (i > n) i = n;
  GpValue gone;
  int r = dq_push(t, d, args[2], false, &gone);
  if (r == 0) { /* move the new last item to position i */
    GpValue v = *slot(d, d->len - 1);
    for (size_t k = d->len - 1; k > (size_t)i; k--)
      *slot(d, k) = *slot(d, k - 1);
    *slot(d, (size_t)i) = v;
  }
  UNLOCK(d);
  GP_DECREF(gone);
  return r < 0 ? GP_ERRV : GP_NONEV;
}

static GpValue dq_copy_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "deque.copy", nargs - 1, kw) < 0) return GP_ERRV;
  GpValue l = dq_list(t, SELF);
  if (GP_IS_ERR(l)) return l;
  GpValue d = dq_new_of(t, SELF->maxlen);
  if (!GP_IS_ERR(d) && dq_extend(t, DQ(d), l, false) < 0) {
    GP_DECREF(d);
    d = GP_ERRV;
  }
  GP_DECREF(l);
  return d;
}

static GpValue deque_getattr(GpThread *t, GpValue self, GpObj *name) {
  (void)t;
  if (strcmp(((GpStr *)name)->data, "maxlen") == 0)
    return DQ(self)->maxlen < 0 ? GP_NONEV : gp_intv(DQ(self)->maxlen);
  return GP_ERRV;
}

static int dq_len(GpThread *t, GpValue self, int64_t *n) {
  (void)t;
  *n = (int64_t)gp_size_load(&DQ(self)->len);
  return 0;
}

static int dq_contains(GpThread *t, GpValue self, GpValue v) {
  int64_t i = dq_find(t, DQ(self), v);
  return i == -2 ? -1 : i >= 0;
}

/* CPython's deque takes no slices and words a wrong key its own way. */
static int dq_index(GpThread *t, Deque *d, GpValue key, size_t *out) {
  if (!gp_is_int(key) && !gp_is_inst(key)) {
    gp_raise(t, &gp_exc_TypeError, "sequence index must be integer, not '%s'", gp_type_name(key));
    return -1;
  }
  return gp_seq_index(t, key, d->len, "deque", "deque index out of range", out);
}

static GpValue dq_getitem_locked(GpThread *t, GpValue self, GpValue key) {
  Deque *d = DQ(self);
  size_t i;
  LOCK(d);
  if (dq_index(t, d, key, &i) < 0) {
    UNLOCK(d);
    return GP_ERRV;
  }
  GpValue v = *slot(d, i);
  GP_INCREF(v);
  UNLOCK(d);
  return v;
}

static int dq_setitem_locked(GpThread *t, GpValue self, GpValue key, GpValue v) {
  Deque *d = DQ(self);
  size_t i;
  LOCK(d);
  if (dq_index(t, d, key, &i) < 0) {
    UNLOCK(d);
    return -1;
  }
  GpValue old = *slot(d, i);
  GP_INCREF(v);
  *slot(d, i) = v;
  UNLOCK(d);
  GP_DECREF(old);
  return 0;
}

static int dq_delitem_locked(GpThread *t, GpValue self, GpValue key) {
  Deque *d = DQ(self);
  size_t i;
  GpValue gone;
  LOCK(d);
  if (dq_index(t, d, key, &i) < 0) {
    UNLOCK(d);
    return -1;
  }
  dq_del_at(d, i, &gone);
  UNLOCK(d);
  GP_DECREF(gone);
  return 0;
}

/* The entry points: an index's __index__ runs Python code, so it is
** called before the deque's lock is taken. */
static GpValue dq_getitem(GpThread *t, GpValue self, GpValue key) {
  GpValue k;
  if (gp_index_keys(t, &key, 1, &k) < 0) return GP_ERRV;
  GpValue r = dq_getitem_locked(t, self, k);
  GP_DECREF(k);
  return r;
}

static int dq_setitem(GpThread *t, GpValue self, GpValue key, GpValue v) {
  GpValue k;
  if (gp_index_keys(t, &key, 1, &k) < 0) return -1;
  int r = dq_setitem_locked(t, self, k, v);
  GP_DECREF(k);
  return r;
}

static int dq_delitem(GpThread *t, GpValue self, GpValue key) {
  GpValue k;
  if (gp_index_keys(t, &key, 1, &k) < 0) return -1;
  int r = dq_delitem_locked(t, self, k);
  GP_DECREF(k);
  return r;
}

static GpValue dq_compare(GpThread *t, GpCmpOp op, GpValue a, GpValue b) {
  if (!GP_IS_TYPE(a, deque_type) || !GP_IS_TYPE(b, deque_type)) return GP_ERRV;
  if (gp_rec_enter(t, " in comparison") < 0) return GP_ERRV;
  GpValue la = dq_list(t, DQ(a)), lb = GP_ERRV;
  if (GP_IS_ERR(la) || GP_IS_ERR(lb = dq_list(t, DQ(b)))) {
    GP_DECREF(la);
    gp_rec_leave(t);
    return GP_ERRV;
  }
  GpValue r = gp_seq_compare(t, op, GP_LIST(la)->items, GP_LIST(la)->len, GP_LIST(lb)->items,
                             GP_LIST(lb)->len);
  GP_DECREF(la);
  GP_DECREF(lb);
  gp_rec_leave(t);
  return r;
}

/* d *= n: the items n times over, only the last maxlen of them if bounded. */
static int dq_irepeat(GpThread *t, GpValue self, GpValue n) {
  int64_t k;
  if (gp_repeat_count(t, n, &k) < 0) return -1;
  GpValue l = dq_list(t, DQ(self));
  if (GP_IS_ERR(l)) return -1;
  int64_t m = (int64_t)GP_LIST(l)->len, maxlen = DQ(self)->maxlen;
  int r = 0;
  if (k > 1 && m > 0 && k > INT64_MAX / m) {
    gp_raise_nomem(t);
    r = -1;
  } else if (k != 1) {
    int64_t total = k > 0 ? k * m : 0, first = maxlen >= 0 && total > maxlen ? total - maxlen : 0;
    GpValue cleared = dq_clear_m(t, &self, 1, NULL);
    for (int64_t j = first; j < total && r == 0; j++)
      r = dq_append(t, DQ(self), GP_LIST(l)->items[j % m], false);
    GP_DECREF(cleared);
  }
  GP_DECREF(l);
  return r;
}

/* d * n and n * d: a copy repeated; d *= n in place. */
static GpValue dq_repeat(GpThread *t, GpValue a, GpValue b, bool inplace) {
  bool left = GP_IS_TYPE(a, deque_type);
  GpValue self = left ? a : b, n = left ? b : a, r = self;
  if (inplace && left)
    GP_INCREF(r);
  else
    r = dq_copy_m(t, &self, 1, NULL);
  if (!GP_IS_ERR(r) && dq_irepeat(t, r, n) < 0) {
    GP_DECREF(r);
    return GP_ERRV;
  }
  return r;
}

static GpValue dq_binop(GpThread *t, GpBinOp op, GpValue a, GpValue b, bool inplace) {
  if (op == GP_OP_MUL) return dq_repeat(t, a, b, inplace);
  if (!GP_IS_TYPE(a, deque_type)) return GP_ERRV;
  if (op == GP_OP_ADD && inplace) {
    if (dq_extend(t, DQ(a), b, false) < 0) return GP_ERRV;
    GP_INCREF(a);
    return a;
  }
  if (op == GP_OP_ADD && GP_IS_TYPE(b, deque_type)) {
    GpValue r = dq_copy_m(t, &a, 1, NULL);
    if (!GP_IS_ERR(r) && dq_extend(t, DQ(r), b, false) < 0) {
      GP_DECREF(r);
      return GP_ERRV;
    }
    return r;
  }
  if (op == GP_OP_ADD)
    return gp_raise(t, &gp_exc_TypeError, "can only concatenate deque (not \"%s\") to deque",
                    gp_type_name(b));
  return GP_ERRV;
}

static const GpMethodDef deque_methods[] = {
    {"append", dq_append_m},
    {"appendleft", dq_appendleft_m},
    {"pop", dq_pop_m},
    {"popleft", dq_popleft_m},
    {"extend", dq_extend_m},
    {"extendleft", dq_extendleft_m},
    {"clear", dq_clear_m},
    {"rotate", dq_rotate_m},
    {"reverse", dq_reverse_m},
    {"count", dq_count_m},
    {"index", dq_index_m},
    {"remove", dq_remove_m},
    {"insert", dq_insert_m},
    {"copy", dq_copy_m},
    {"__reversed__", dq_reversed_m},
    {NULL, NULL},
};

static const GpTypeOps deque_ops = {
    .len = dq_len,
    .contains = dq_contains,
    .getitem = dq_getitem,
    .setitem = dq_setitem,
    .delitem = dq_delitem,
    .binop = dq_binop,
    .compare = dq_compare,
};

static GpType deque_type = {
    .ob = TYPE_HEAD,
    .name = "collections.deque",
    .tpflags = GP_TPF_PAYLOAD,
    .dealloc = deque_dealloc,
    .traverse = deque_traverse,
    .clear = deque_clear,
    .repr = deque_repr,
    .iter = deque_iter,
    .call = deque_call,
    .getattr = deque_getattr,
    .methods = deque_methods,
    .ops = &deque_ops,
};

/* ============================================================ dict types */

/* defaultdict's extra field after the dict. */
typedef struct DefaultDict {
  GpDict d;
  GpValue factory; /* GP_NONEV: none */
} DefaultDict;

static GpType counter_type, defaultdict_type, ordereddict_type;

static void ddict_dealloc(GpObj *o) {
  gp_type_dict.dealloc(o);
  if (o->type == &defaultdict_type) GP_DECREF(((DefaultDict *)o)->factory);
}

/* The dict's items and defaultdict's factory; the dict's clear (inherited)
** breaks cycles. */
static int ddict_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  int r = gp_type_dict.traverse(o, visit, arg);
  if (r || o->type != &defaultdict_type) return r;
  GP_VISIT(((DefaultDict *)o)->factory, visit, arg);
  return 0;
}

static GpValue ddict_alloc(GpThread *t, GpType *tp) {
  GpObj *o = gp_alloc(t, tp, tp == &defaultdict_type ? sizeof(DefaultDict) : sizeof(GpDict));
  if (!o) return gp_raise_nomem(t);
  if (tp == &defaultdict_type) ((DefaultDict *)o)->factory = GP_NONEV;
  return gp_objv(o);
}

/* dict's iteration, set on each type: some callers read the slot directly. */
static GpValue dd_iter(GpThread *t, GpValue self) {
  return gp_type_dict.iter(t, self);
}

static int dd_len(GpThread *t, GpValue self, int64_t *n) {
  (void)t;
  *n = (int64_t)gp_dict_len(self.as.o);
  return 0;
}

static int dd_contains(GpThread *t, GpValue self, GpValue key) {
  GpValue v;
  return gp_dict_get(t, self.as.o, key, &v);
}

static int dd_setitem(GpThread *t, GpValue self, GpValue key, GpValue v) {
  return gp_dict_set(t, self.as.o, key, v);
}

static int dd_delitem(GpThread *t, GpValue self, GpValue key) {
  return gp_dict_delitem(t, self, key);
}

static bool is_dictlike(GpValue v) {
  return GP_IS_OBJ(v) && !gp_is_inst(v) && gp_type_is_subtype(v.as.o->type, &gp_type_dict);
}

/* ==: dict equality; OrderedDicts also compare their order with each other. */
static GpValue dd_compare(GpThread *t, GpCmpOp op, GpValue a, GpValue b) {
  if (!is_dictlike(a) || !is_dictlike(b) || (op != GP_CMP_EQ && op != GP_CMP_NE)) return GP_ERRV;
  if (gp_rec_enter(t, " in comparison") < 0) return GP_ERRV;
  int e = gp_dict_equal(t, a.as.o, b.as.o);
  gp_rec_leave(t);
  if (e > 0 && GP_IS_TYPE(a, ordereddict_type) && GP_IS_TYPE(b, ordereddict_type)) {
    GpValue ka = gp_list_from_iter(t, a), kb = GP_ERRV;
    if (GP_IS_ERR(ka) || GP_IS_ERR(kb = gp_list_from_iter(t, b))) {
      e = -1;
    } else {
      GpValue r = gp_seq_compare(t, GP_CMP_EQ, GP_LIST(ka)->items, GP_LIST(ka)->len,
                                 GP_LIST(kb)->items, GP_LIST(kb)->len);
      e = GP_IS_ERR(r) ? -1 : (int)r.as.i;
    }
    if (!GP_IS_ERR(ka)) GP_DECREF(ka);
    if (!GP_IS_ERR(kb)) GP_DECREF(kb);
  }
  if (e < 0) return GP_ERRV;
  return gp_boolv(op == GP_CMP_EQ ? e : !e);
}

/* d | other: a copy of d's type, updated. */
static GpValue dd_binop(GpThread *t, GpBinOp op, GpValue a, GpValue b, bool inplace);

/* ------------------------------------------------------------ defaultdict */

/* self[key] = factory(), returned; KeyError without a factory. */
static GpValue defaultdict_missing(GpThread *t, GpValue self, GpValue key) {
  GpValue f = ((DefaultDict *)self.as.o)->factory;
  if (GP_IS_NONE(f)) return gp_raise_keyerror(t, key);
  GpValue v = gp_vm_call(t, f, NULL, 0, NULL);
  if (GP_IS_ERR(v)) return v;
  if (gp_dict_set(t, self.as.o, key, v) < 0) {
    GP_DECREF(v);
    return GP_ERRV;
  }
  return v;
}

static GpValue defaultdict_getitem(GpThread *t, GpValue self, GpValue key) {
  GpValue v;
  int r = gp_dict_getref(t, self.as.o, key, &v);
  if (r > 0) return v;
  return r < 0 ? GP_ERRV : defaultdict_missing(t, self, key);
}

/* __missing__(key), for a subclass's super().__missing__(key). */
static GpValue defaultdict_missing_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "__missing__", nargs - 1, kw, 1, 1) < 0) return GP_ERRV;
  return defaultdict_missing(t, args[0], args[1]);
}

static int update_from(GpThread *t, GpObj *d, const GpValue *args, int npos, int nkw, GpObj *kw) {
  if (npos > 1) {
    gp_raise(t, &gp_exc_TypeError, "dict expected at most 1 argument, got %d", npos);
    return -1;
  }
  if (npos == 1 && gp_dict_update(t, d, args[0]) < 0) return -1;
  for (int i = 0; i < nkw; i++)
    if (gp_dict_set(t, d, GP_TUPLE(gp_objv(kw))->items[i], args[npos + i]) < 0) return -1;
  return 0;
}

static GpValue defaultdict_call(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int nkw = nkw_of(kw), npos = nargs - nkw;
  GpValue f = npos ? args[0] : GP_NONEV;
  if (!GP_IS_NONE(f) && !gp_is_callable(f))
    return gp_raise(t, &gp_exc_TypeError, "first argument must be callable or None");
  GpValue d = ddict_alloc(t, &defaultdict_type);
  if (GP_IS_ERR(d)) return d;
  GP_INCREF(f);
  ((DefaultDict *)d.as.o)->factory = f;
  if (update_from(t, d.as.o, args + (npos ? 1 : 0), npos ? npos - 1 : 0, nkw, kw) < 0) {
    GP_DECREF(d);
    return GP_ERRV;
  }
  return d;
}

static GpValue defaultdict_repr(GpThread *t, GpValue self) {
  GpValue f = ((DefaultDict *)self.as.o)->factory;
  GpValue fr = gp_repr(t, f);
  if (GP_IS_ERR(fr)) return fr;
  GpValue dr = gp_type_dict.repr(t, self), r = GP_ERRV;
  if (!GP_IS_ERR(dr)) {
    r = gp_str_printf(t, "defaultdict(%s, %s)", GP_STR(fr)->data, GP_STR(dr)->data);
    GP_DECREF(dr);
  }
  GP_DECREF(fr);
  return r;
}

static GpValue defaultdict_getattr(GpThread *t, GpValue self, GpObj *name) {
  (void)t;
  if (strcmp(((GpStr *)name)->data, "default_factory") != 0) return GP_ERRV;
  GpValue f = ((DefaultDict *)self.as.o)->factory;
  GP_INCREF(f);
  return f;
}

/* A dict of like's type (and factory) holding src's items. */
static GpValue dd_new_like(GpThread *t, GpValue like, GpValue src) {
  GpValue r = ddict_alloc(t, (GpType *)like.as.o->type);
  if (GP_IS_ERR(r)) return r;
  if (GP_IS_TYPE(like, defaultdict_type)) {
    GpValue f = ((DefaultDict *)like.as.o)->factory;
    GP_INCREF(f);
    ((DefaultDict *)r.as.o)->factory = f;
  }
  if (gp_dict_update(t, r.as.o, src) < 0) {
    GP_DECREF(r);
    return GP_ERRV;
  }
  return r;
}

/* copy() keeps the type (and factory). */
static GpValue dd_copy(GpThread *t, GpValue self) {
  return dd_new_like(t, self, self);
}

static GpValue dd_copy_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "copy", nargs - 1, kw) < 0) return GP_ERRV;
  return dd_copy(t, args[0]);
}

/* a | b: of the type of the operand that is a collections type, the left
** one if both are (dict | defaultdict is a defaultdict, as CPython's
** reflected __ror__ makes it), holding a's items updated by b's. */
static GpValue dd_binop(GpThread *t, GpBinOp op, GpValue a, GpValue b, bool inplace) {
  if (op != GP_OP_OR || !is_dictlike(a) || !is_dictlike(b) || GP_IS_TYPE(a, counter_type) ||
      GP_IS_TYPE(b, counter_type))
    return GP_ERRV;
  GpValue r = a;
  if (inplace) {
    GP_INCREF(r);
  } else {
    r = dd_new_like(t, GP_IS_TYPE(a, gp_type_dict) ? b : a, a);
  }
  if (!GP_IS_ERR(r) && gp_dict_update(t, r.as.o, b) < 0) {
    GP_DECREF(r);
    return GP_ERRV;
  }
  return r;
}

static const GpMethodDef defaultdict_methods[] = {
    {"copy", dd_copy_m}, {"__missing__", defaultdict_missing_m}, {NULL, NULL}};
static const GpTypeOps defaultdict_ops = {
    .len = dd_len,
    .contains = dd_contains,
    .getitem = defaultdict_getitem,
    .setitem = dd_setitem,
    .delitem = dd_delitem,
    .binop = dd_binop,
    .compare = dd_compare,
};

static GpType defaultdict_type = {
    .ob = TYPE_HEAD,
    .name = "collections.defaultdict",
    .tpflags = GP_TPF_PAYLOAD,
    .base = &gp_type_dict,
    .dealloc = ddict_dealloc,
    .traverse = ddict_traverse,
    .repr = defaultdict_repr,
    .iter = dd_iter,
    .call = defaultdict_call,
    .getattr = defaultdict_getattr,
    .methods = defaultdict_methods,
    .ops = &defaultdict_ops,
};

/* ---------------------------------------------------------------- Counter */

static GpValue counter_getitem(GpThread *t, GpValue self, GpValue key) {
  GpValue v;
  int r = gp_dict_getref(t, self.as.o, key, &v);
  return r > 0 ? v : r < 0 ? GP_ERRV : gp_intv(0);
}

/* The (key, value) pairs of dict d, as a list of tuples: a snapshot to
** read while calling out. */
static GpValue dict_pairs(GpThread *t, GpObj *d) {
  GpValue items = gp_list_new(t, gp_dict_len(d)), k, v;
  for (size_t i = 0; !GP_IS_ERR(items) && gp_dict_next(d, &i, &k, &v);) {
    GpValue pair[2] = {k, v}, tu = gp_tuple_pack(t, 2, pair);
    if (GP_IS_ERR(tu) || gp_list_append(t, items.as.o, tu) < 0) {
      GP_DECREF(items);
      items = GP_ERRV;
    }
    GP_DECREF(tu);
  }
  return items;
}

/* A mapping's count n added to (sign 1: n + old, CPython's order) or
** subtracted from (old - n) an old count. */
static GpValue counter_step(GpThread *t, GpValue old, GpValue n, int sign) {
  return sign > 0 ? gp_binop(t, GP_OP_ADD, n, old) : gp_binop(t, GP_OP_SUB, old, n);
}

/* counts of iterable's items (or a mapping's values) added (sign 1) or
** subtracted (-1). */
/* 1 if src, an instance of a class, is a collections.abc.Mapping, 0, -1. */
static int user_mapping(GpThread *t, GpValue src) {
  GpValue abc = gp_import(t, gp_intern_cstr("collections.abc"), NULL);
  if (GP_IS_ERR(abc)) return -1;
  GpValue m = gp_getattr(t, abc, gp_intern_cstr("Mapping"));
  GP_DECREF(abc);
  if (GP_IS_ERR(m)) return -1;
  int r = gp_check_hook(t, m, "__instancecheck__", src);
  GP_DECREF(m);
  return r == 2 ? 0 : r;
}

/* c[k] += v (sign -1: -=) for each (k, v) of src.items(): CPython's
** Counter calls a mapping's items(), a class's own one too. */
static int counter_add_items(GpThread *t, GpObj *c, GpValue src, int sign) {
  GpValue fn = gp_getattr(t, src, gp_intern_cstr("items")), items, it = GP_ERRV, kv;
  items = GP_IS_ERR(fn) ? fn : gp_vm_call(t, fn, NULL, 0, NULL);
  if (!GP_IS_ERR(fn)) GP_DECREF(fn);
  if (GP_IS_ERR(items) || GP_IS_ERR(it = gp_iter(t, items))) {
    if (!GP_IS_ERR(items)) GP_DECREF(items);
    return -1;
  }
  GP_DECREF(items);
  int r;
  while ((r = gp_next(t, it, &kv)) > 0) {
    GpValue pair = gp_list_from_iter(t, kv), old = GP_ERRV, n = GP_ERRV;
    GP_DECREF(kv);
    if (!GP_IS_ERR(pair) && GP_LIST(pair)->len != 2)
      gp_raise(t, &gp_exc_ValueError, "too many values to unpack (expected 2)");
    else if (!GP_IS_ERR(pair))
      old = counter_getitem(t, gp_objv(c), GP_LIST(pair)->items[0]);
    if (!GP_IS_ERR(old)) n = counter_step(t, old, GP_LIST(pair)->items[1], sign);
    r = GP_IS_ERR(n) ? -1 : gp_dict_set(t, c, GP_LIST(pair)->items[0], n);
    if (!GP_IS_ERR(old)) GP_DECREF(old);
    if (!GP_IS_ERR(n)) GP_DECREF(n);
    if (!GP_IS_ERR(pair)) GP_DECREF(pair);
    if (r < 0) break;
  }
  GP_DECREF(it);
  return r;
}

static int counter_add(GpThread *t, GpObj *c, GpValue src, int sign) {
  if (gp_is_inst(src) && !gp_has_payload(src)) { /* a Mapping class that is not a dict */
    int m = user_mapping(t, src);
    if (m) return m < 0 ? -1 : counter_add_items(t, c, src, sign);
  }
  if (gp_has_payload(src) && (sign < 0 || gp_dict_len(c) > 0) && is_dictlike(gp_unwrap(src)))
    return counter_add_items(t, c, src, sign);
  if (is_dictlike(gp_unwrap(src))) { /* a subclass's instance counts as its mapping */
    src = gp_unwrap(src);
    if (sign > 0 && gp_dict_len(c) == 0) return gp_dict_update(t, c, src); /* CPython's fast path */
    GpValue items = dict_pairs(t, src.as.o);
    if (GP_IS_ERR(items)) return -1;
    int r = 0;
    for (size_t i = 0; i < GP_LIST(items)->len && r == 0; i++) {
      GpTuple *p = GP_TUPLE(GP_LIST(items)->items[i]);
      GpValue old = counter_getitem(t, gp_objv(c), p->items[0]);
      GpValue n = GP_IS_ERR(old) ? old : counter_step(t, old, p->items[1], sign);
      GP_DECREF(old);
      r = GP_IS_ERR(n) ? -1 : gp_dict_set(t, c, p->items[0], n);
      GP_DECREF(n);
    }
    GP_DECREF(items);
    return r;
  }
  GpValue it = gp_iter(t, src), k;
  if (GP_IS_ERR(it)) return -1;
  int r;
  while ((r = gp_next(t, it, &k)) > 0) {
    GpValue old = counter_getitem(t, gp_objv(c), k);
    GpValue n =
        GP_IS_ERR(old) ? old : gp_binop(t, sign > 0 ? GP_OP_ADD : GP_OP_SUB, old, gp_intv(1));
    GP_DECREF(old);
    r = GP_IS_ERR(n) ? -1 : gp_dict_set(t, c, k, n);
    GP_DECREF(n);
    GP_DECREF(k);
    if (r < 0) break;
  }
  GP_DECREF(it);
  return r;
}

/* ---- a subclass's instance: CPython's Counter is Python code, whose
** update and subtract go through the instance's get, __setitem__, update
** and subtract (its C helper _count_elements through get and __setitem__) */

/* self.name(*args, **kw) */
static GpValue call_attr(GpThread *t, GpValue self, const char *name, const GpValue *args,
                         int nargs, GpObj *kw) {
  GpValue f = gp_getattr(t, self, gp_intern_cstr(name));
  if (GP_IS_ERR(f)) return f;
  GpValue r = gp_vm_call(t, f, args, nargs, kw);
  GP_DECREF(f);
  return r;
}

/* self[k] = self.get(k, 0) + n (a mapping's count: n + old) or - n. */
static int inst_step(GpThread *t, GpValue self, GpValue get, GpValue k, GpValue n, int sign,
                     bool mapping) {
  GpValue av[2] = {k, gp_intv(0)}, old = gp_vm_call(t, get, av, 2, NULL);
  if (GP_IS_ERR(old)) return -1;
  GpValue v = sign < 0  ? gp_binop(t, GP_OP_SUB, old, n)
              : mapping ? gp_binop(t, GP_OP_ADD, n, old)
                        : gp_binop(t, GP_OP_ADD, old, n);
  GP_DECREF(old);
  int r = GP_IS_ERR(v) ? -1 : gp_setitem(t, self, k, v);
  GP_DECREF(v);
  return r;
}

static int inst_steps(GpThread *t, GpValue self, GpValue get, GpValue src, int sign) {
  GpValue p = gp_unwrap(src), k;
  if (is_dictlike(p)) {
    GpValue items = dict_pairs(t, p.as.o);
    int r = GP_IS_ERR(items) ? -1 : 0;
    for (size_t i = 0; r == 0 && i < GP_LIST(items)->len; i++) {
      GpTuple *pair = GP_TUPLE(GP_LIST(items)->items[i]);
      r = inst_step(t, self, get, pair->items[0], pair->items[1], sign, true);
    }
    if (!GP_IS_ERR(items)) GP_DECREF(items);
    return r;
  }
  GpValue it = gp_iter(t, src);
  if (GP_IS_ERR(it)) return -1;
  int r;
  while ((r = gp_next(t, it, &k)) > 0) {
    r = inst_step(t, self, get, k, gp_intv(1), sign, false);
    GP_DECREF(k);
    if (r < 0) break;
  }
  GP_DECREF(it);
  return r;
}

/* update (sign 1) or subtract (-1) of src into instance self; update of
** an empty one by a mapping is dict.update, as in CPython. */
static int inst_count(GpThread *t, GpValue self, GpValue src, int sign) {
  if (sign > 0 && is_dictlike(gp_unwrap(src))) {
    int full = gp_truthy(t, self);
    if (full <= 0) return full < 0 ? -1 : gp_dict_update(t, gp_unwrap(self).as.o, gp_unwrap(src));
  }
  GpValue get = gp_getattr(t, self, gp_intern_cstr("get"));
  if (GP_IS_ERR(get)) return -1;
  int r = inst_steps(t, self, get, src, sign);
  GP_DECREF(get);
  return r;
}

/* self.update(kwds) or self.subtract(kwds) with the keyword arguments. */
static int inst_kwds(GpThread *t, GpValue self, const char *name, const GpValue *vals, int nkw,
                     GpObj *kw) {
  GpValue d = gp_dict_new(t);
  int r = GP_IS_ERR(d) ? -1 : 0;
  for (int i = 0; r == 0 && i < nkw; i++)
    r = gp_dict_set(t, d.as.o, GP_TUPLE(gp_objv(kw))->items[i], vals[i]);
  GpValue res = r < 0 ? GP_ERRV : call_attr(t, self, name, &d, 1, NULL);
  if (!GP_IS_ERR(d)) GP_DECREF(d);
  if (GP_IS_ERR(res)) return -1;
  GP_DECREF(res);
  return 0;
}

/* Counter.__init__(self, iterable=None, /, **kw) of a subclass's
** instance: self.update(iterable, **kw), the iterable always passed. */
static GpValue counter_init_inst(GpThread *t, GpValue self, const GpValue *args, int nargs,
                                 GpObj *kw) {
  int nkw = nkw_of(kw);
  GpValue *av = nargs > nkw ? NULL : malloc((size_t)(nargs + 1) * sizeof *av);
  if (nargs == nkw && !av) return gp_raise_nomem(t);
  if (av) { /* None before the keyword values */
    av[0] = GP_NONEV;
    memcpy(av + 1, args, (size_t)nargs * sizeof *av);
  }
  GpValue r = call_attr(t, self, "update", av ? av : args, av ? nargs + 1 : nargs, kw);
  free(av);
  if (GP_IS_ERR(r)) return r;
  GP_DECREF(r);
  return GP_NONEV;
}

/* self: a Counter, or an instance of a subclass (the methods bound whole). */
static int counter_args(GpThread *t, GpValue self, const char *name, const GpValue *args, int nargs,
                        GpObj *kw, int sign) {
  int nkw = nkw_of(kw), npos = nargs - nkw;
  if (npos > 1) {
    gp_raise(t, &gp_exc_TypeError, "%s expected at most 1 argument, got %d", name, npos);
    return -1;
  }
  bool inst = gp_is_inst(self);
  GpObj *c = gp_unwrap(self).as.o;
  if (npos == 1 && !GP_IS_NONE(args[0]) &&
      (inst ? inst_count(t, self, args[0], sign) : counter_add(t, c, args[0], sign)) < 0)
    return -1;
  if (inst && nkw) return inst_kwds(t, self, name, args + npos, nkw, kw);
  bool fresh = sign > 0 && gp_dict_len(c) == 0; /* update(kwds) of an empty Counter copies */
  for (int i = 0; i < nkw; i++) {
    GpValue k = GP_TUPLE(gp_objv(kw))->items[i];
    if (fresh) {
      if (gp_dict_set(t, c, k, args[npos + i]) < 0) return -1;
      continue;
    }
    GpValue old = counter_getitem(t, gp_objv(c), k);
    GpValue n = GP_IS_ERR(old) ? old : counter_step(t, old, args[npos + i], sign);
    GP_DECREF(old);
    int r = GP_IS_ERR(n) ? -1 : gp_dict_set(t, c, k, n);
    GP_DECREF(n);
    if (r < 0) return -1;
  }
  return 0;
}

static GpValue counter_call(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  GpValue c = ddict_alloc(t, &counter_type);
  if (!GP_IS_ERR(c) && counter_args(t, c, "Counter", args, nargs, kw, 1) < 0) {
    GP_DECREF(c);
    return GP_ERRV;
  }
  return c;
}

static GpValue counter_update_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return counter_args(t, args[0], "update", args + 1, nargs - 1, kw, 1) < 0 ? GP_ERRV : GP_NONEV;
}

static GpValue counter_subtract_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return counter_args(t, args[0], "subtract", args + 1, nargs - 1, kw, -1) < 0 ? GP_ERRV : GP_NONEV;
}

/* (key, count) pairs by count, largest first, stable. */
static GpValue most_common(GpThread *t, GpValue self, int64_t n) {
  GpValue items = dict_pairs(t, self.as.o);
  if (GP_IS_ERR(items)) return items;
  GpValue getter;
  GpValue opmod = gp_import(t, gp_intern_cstr("operator"), NULL);
  if (GP_IS_ERR(opmod)) goto fail;
  GpValue ig = gp_getattr(t, opmod, gp_intern_cstr("itemgetter"));
  GP_DECREF(opmod);
  if (GP_IS_ERR(ig)) goto fail;
  GpValue one = gp_intv(1);
  getter = gp_vm_call(t, ig, &one, 1, NULL);
  GP_DECREF(ig);
  if (GP_IS_ERR(getter)) goto fail;
  int r = gp_list_sort(t, items.as.o, getter, true);
  GP_DECREF(getter);
  if (r < 0) goto fail;
  if (n >= 0 && (size_t)n < GP_LIST(items)->len) {
    GpValue s = gp_list_getslice(t, items, GP_NONEV, gp_intv(n), GP_NONEV);
    GP_DECREF(items);
    return s;
  }
  return items;
fail:
  GP_DECREF(items);
  return GP_ERRV;
}

static GpValue counter_most_common_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"n"};
  GpValue a[1];
  if (gp_parse_args(t, "most_common", args + 1, nargs - 1, kw, names, 1, 0, a) < 0) return GP_ERRV;
  int64_t n = -1;
  if (!GP_IS_ERR(a[0]) && !GP_IS_NONE(a[0])) {
    if (gp_as_index(t, a[0], &n) < 0) return GP_ERRV;
    if (n < 0) n = 0;
  }
  return most_common(t, args[0], n);
}

static GpValue counter_elements_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "elements", nargs - 1, kw) < 0) return GP_ERRV;
  GpValue l = gp_list_new(t, 0), k, v;
  for (size_t i = 0; !GP_IS_ERR(l) && gp_dict_next(args[0].as.o, &i, &k, &v);) {
    int64_t n;
    if (!(v.tag == GP_T_INT || v.tag == GP_T_BOOL)) continue;
    n = v.as.i;
    for (int64_t j = 0; j < n; j++)
      if (gp_list_append(t, l.as.o, k) < 0) {
        GP_DECREF(l);
        return GP_ERRV;
      }
  }
  if (GP_IS_ERR(l)) return l;
  GpValue it = gp_iter(t, l);
  GP_DECREF(l);
  return it;
}

static GpValue counter_total_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_none(t, "total", nargs - 1, kw) < 0) return GP_ERRV;
  GpValue sum = gp_intv(0), k, v;
  for (size_t i = 0; gp_dict_next(args[0].as.o, &i, &k, &v);) {
    GpValue n = gp_binop(t, GP_OP_ADD, sum, v);
    GP_DECREF(sum);
    if (GP_IS_ERR(n)) return n;
    sum = n;
  }
  return sum;
}

static GpValue counter_repr(GpThread *t, GpValue self) {
  if (gp_dict_len(self.as.o) == 0) return gp_str_cstr(t, "Counter()");
  int g = gp_repr_enter(t, self.as.o);
  if (g <= 0) return g < 0 ? GP_ERRV : gp_str_cstr(t, "...");
  GpValue mc = most_common(t, self, -1);
  GpBuf b;
  gp_buf_init(&b);
  gp_buf_puts(&b, "Counter({");
  int r = GP_IS_ERR(mc) ? -1 : 0;
  for (size_t i = 0; r == 0 && i < GP_LIST(mc)->len; i++) {
    GpTuple *p = GP_TUPLE(GP_LIST(mc)->items[i]);
    if (i) gp_buf_puts(&b, ", ");
    r = gp_buf_repr(t, &b, p->items[0]);
    gp_buf_puts(&b, ": ");
    if (r == 0) r = gp_buf_repr(t, &b, p->items[1]);
  }
  if (!GP_IS_ERR(mc)) GP_DECREF(mc);
  gp_repr_leave(self.as.o);
  if (r < 0) {
    gp_buf_free(&b);
    return GP_ERRV;
  }
  gp_buf_puts(&b, "})");
  return gp_buf_finish(t, &b);
}

/* 1 if x < y (op GP_CMP_LT) or x > y (GP_CMP_GT), 0 if not, -1 on error. */
static int cmp_true(GpThread *t, GpCmpOp op, GpValue x, GpValue y) {
  GpValue c = gp_compare(t, op, x, y);
  if (GP_IS_ERR(c)) return -1;
  int r = gp_truthy(t, c);
  GP_DECREF(c);
  return r;
}

/* r[k] = n if n > 0 (sign 1) or -n if n < 0 (sign -1). */
static int keep_signed(GpThread *t, GpObj *r, GpValue k, GpValue n, int sign) {
  int c = cmp_true(t, sign > 0 ? GP_CMP_GT : GP_CMP_LT, n, gp_intv(0));
  if (c <= 0) return c;
  GpValue m = sign > 0 ? n : gp_binop(t, GP_OP_SUB, gp_intv(0), n);
  if (GP_IS_ERR(m)) return -1;
  int e = gp_dict_set(t, r, k, m);
  if (sign < 0) GP_DECREF(m);
  return e;
}

/* What Counter's a op b keeps for a key of a with count v: */
static GpValue counter_pick(GpThread *t, GpBinOp op, GpValue v, GpValue o) {
  if (op == GP_OP_ADD || op == GP_OP_SUB) return gp_binop(t, op, v, o);
  int lt = cmp_true(t, GP_CMP_LT, v, o); /* |: the larger, &: the smaller */
  if (lt < 0) return GP_ERRV;
  GpValue n = (op == GP_OP_OR) == (bool)lt ? o : v;
  GP_INCREF(n);
  return n;
}

/* c + d, c - d, c | d, c & d into a new Counter: positive counts only. As
** CPython's Counter (Python code) does, d[k] goes through d's class's
** __getitem__ and __missing__ and `k in c` through c's, when c or d is an
** instance of a Counter subclass. */
static GpValue counter_result(GpThread *t, GpBinOp op, GpValue a, GpValue b) {
  GpValue r = ddict_alloc(t, &counter_type);
  GpValue pa = dict_pairs(t, gp_unwrap(a).as.o), pb = GP_ERRV;
  int err = GP_IS_ERR(r) || GP_IS_ERR(pa) ? -1 : 0;
  for (size_t i = 0; !err && i < GP_LIST(pa)->len; i++) {
    GpTuple *p = GP_TUPLE(GP_LIST(pa)->items[i]);
    GpValue o = gp_getitem(t, b, p->items[0]);
    GpValue n = GP_IS_ERR(o) ? o : counter_pick(t, op, p->items[1], o);
    GP_DECREF(o);
    err = GP_IS_ERR(n) ? -1 : keep_signed(t, r.as.o, p->items[0], n, 1);
    GP_DECREF(n);
  }
  if (!err && op != GP_OP_AND) /* keys only in b: positive ones (a - b: negated negative ones) */
    pb = dict_pairs(t, gp_unwrap(b).as.o);
  for (size_t i = 0; !err && !GP_IS_ERR(pb) && i < GP_LIST(pb)->len; i++) {
    GpTuple *p = GP_TUPLE(GP_LIST(pb)->items[i]);
    int in = gp_contains(t, a, p->items[0]);
    err = in < 0 ? -1
          : in   ? 0
                 : keep_signed(t, r.as.o, p->items[0], p->items[1], op == GP_OP_SUB ? -1 : 1);
  }
  if (!err && op != GP_OP_AND && GP_IS_ERR(pb)) err = -1;
  GP_DECREF(pa);
  GP_DECREF(pb);
  if (err && !GP_IS_ERR(r)) {
    GP_DECREF(r);
    return GP_ERRV;
  }
  return r;
}

/* Deletes the keys of c whose counts are not positive (through c's class). */
static int keep_positive(GpThread *t, GpValue c) {
  GpValue pc = dict_pairs(t, gp_unwrap(c).as.o);
  int err = GP_IS_ERR(pc) ? -1 : 0;
  for (size_t i = 0; !err && i < GP_LIST(pc)->len; i++) {
    GpTuple *p = GP_TUPLE(GP_LIST(pc)->items[i]);
    int pos = cmp_true(t, GP_CMP_GT, p->items[1], gp_intv(0));
    err = pos < 0 ? -1 : pos ? 0 : gp_delitem(t, c, p->items[0]);
  }
  GP_DECREF(pc);
  return err;
}

/* c += d, c -= d, c |= d, c &= d in place, as CPython's Counter: c[k] and
** d[k] through the classes' __getitem__ (and __missing__). */
static int counter_inplace(GpThread *t, GpBinOp op, GpValue a, GpValue b) {
  bool and = op == GP_OP_AND; /* &= walks c's items, the others d's */
  GpValue pairs = dict_pairs(t, gp_unwrap(and? a : b).as.o);
  int err = GP_IS_ERR(pairs) ? -1 : 0;
  for (size_t i = 0; !err && i < GP_LIST(pairs)->len; i++) {
    GpTuple *p = GP_TUPLE(GP_LIST(pairs)->items[i]);
    GpValue k = p->items[0], x = gp_getitem(t, and? b : a, k), n = GP_ERRV;
    if (GP_IS_ERR(x)) {
      err = -1;
    } else if (op == GP_OP_ADD || op == GP_OP_SUB) {
      n = gp_binop(t, op, x, p->items[1]);
    } else { /* |=: d's count if larger; &=: d's count if smaller */
      int c = cmp_true(t, and? GP_CMP_LT : GP_CMP_GT, and? x : p->items[1], and? p->items[1] : x);
      if (c > 0) {
        n = and? x : p->items[1];
        GP_INCREF(n);
      }
      if (c < 0) err = -1;
    }
    if (!err && !GP_IS_ERR(n))
      err = gp_setitem(t, a, k, n);
    else if (!err && (op == GP_OP_ADD || op == GP_OP_SUB))
      err = -1;
    GP_DECREF(x);
    GP_DECREF(n);
  }
  GP_DECREF(pairs);
  return err ? -1 : keep_positive(t, a);
}

static bool is_counter(GpValue v) {
  return GP_IS_TYPE(gp_unwrap(v), counter_type);
}

/* The operators take instances of Counter subclasses whole (objects/subtype.c). */
static GpValue counter_binop(GpThread *t, GpBinOp op, GpValue a, GpValue b, bool inplace) {
  if (op != GP_OP_ADD && op != GP_OP_SUB && op != GP_OP_OR && op != GP_OP_AND) return GP_ERRV;
  if (!is_counter(a) || !(inplace ? is_dictlike(gp_unwrap(b)) : is_counter(b))) return GP_ERRV;
  if (!inplace) return counter_result(t, op, a, b);
  if (counter_inplace(t, op, a, b) < 0) return GP_ERRV;
  GP_INCREF(a);
  return a;
}

/* +c and -c: the positive counts, and the negated negative ones. */
static GpValue counter_sign(GpThread *t, const GpValue *args, int nargs, GpObj *kw, int sign) {
  if (gp_arg_none(t, sign > 0 ? "__pos__" : "__neg__", nargs - 1, kw) < 0) return GP_ERRV;
  GpValue r = ddict_alloc(t, &counter_type), k, v;
  for (size_t i = 0; !GP_IS_ERR(r) && gp_dict_next(args[0].as.o, &i, &k, &v);)
    if (keep_signed(t, r.as.o, k, v, sign) < 0) {
      GP_DECREF(r);
      r = GP_ERRV;
    }
  return r;
}

static GpValue counter_pos_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return counter_sign(t, args, nargs, kw, 1);
}

static GpValue counter_neg_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return counter_sign(t, args, nargs, kw, -1);
}

/* Whether x[e] op y[e] for every key e of x and of y (missing counts 0). */
static int counter_all(GpThread *t, GpCmpOp op, GpValue x, GpValue y) {
  int ok = 1;
  for (int side = 0; side < 2 && ok > 0; side++) {
    GpValue pairs = dict_pairs(t, (side ? y : x).as.o);
    if (GP_IS_ERR(pairs)) return -1;
    for (size_t i = 0; ok > 0 && i < GP_LIST(pairs)->len; i++) {
      GpValue k = GP_TUPLE(GP_LIST(pairs)->items[i])->items[0];
      GpValue cx = counter_getitem(t, x, k), cy = GP_ERRV;
      ok = GP_IS_ERR(cx) || GP_IS_ERR(cy = counter_getitem(t, y, k)) ? -1 : cmp_true(t, op, cx, cy);
      GP_DECREF(cx);
      GP_DECREF(cy);
    }
    GP_DECREF(pairs);
  }
  return ok;
}

/* CPython 3.10+'s Counter comparisons: a missing count is 0, <= and >= are
** inclusion, < and > inclusion and inequality; with another mapping, dict's. */
static GpValue counter_compare(GpThread *t, GpCmpOp op, GpValue a, GpValue b) {
  if (!GP_IS_TYPE(a, counter_type) || !GP_IS_TYPE(b, counter_type)) return dd_compare(t, op, a, b);
  GpCmpOp each = op == GP_CMP_LT || op == GP_CMP_LE   ? GP_CMP_LE
                 : op == GP_CMP_GT || op == GP_CMP_GE ? GP_CMP_GE
                                                      : GP_CMP_EQ;
  int r = counter_all(t, each, a, b);
  if (r > 0 && (op == GP_CMP_LT || op == GP_CMP_GT)) { /* and not equal */
    int eq = counter_all(t, GP_CMP_EQ, a, b);
    r = eq < 0 ? -1 : !eq;
  }
  if (r < 0) return GP_ERRV;
  return gp_boolv(op == GP_CMP_NE ? !r : r);
}

static const GpMethodDef counter_methods[] = {
    {"update", counter_update_m},
    {"subtract", counter_subtract_m},
    {"most_common", counter_most_common_m},
    {"elements", counter_elements_m},
    {"total", counter_total_m},
    {"copy", dd_copy_m},
    {"__pos__", counter_pos_m},
    {"__neg__", counter_neg_m},
    {NULL, NULL},
};
/* Counter.fromkeys: undefined, as CPython's (counts are not one value). */
static GpValue counter_fromkeys(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args, (void)nargs, (void)kw;
  return gp_raise(t, &gp_exc_NotImplementedError,
                  "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
}
static const GpMethodDef counter_classmethods[] = {{"fromkeys", counter_fromkeys}, {NULL, NULL}};
static const GpMethodDef counter_inst_methods[] = {
    {"update", counter_update_m},
    {"subtract", counter_subtract_m},
    {NULL, NULL},
};
static const GpTypeOps counter_ops = {
    .len = dd_len,
    .contains = dd_contains,
    .getitem = counter_getitem,
    .setitem = dd_setitem,
    .delitem = dd_delitem,
    .binop = counter_binop,
    .compare = counter_compare,
    .classmethods = counter_classmethods,
    .inst_methods = counter_inst_methods,
    .init = counter_init_inst,
};
static GpType counter_type = {
    .ob = TYPE_HEAD,
    .name = "Counter",
    .module = "collections",
    .tpflags = GP_TPF_PAYLOAD,
    .base = &gp_type_dict,
    .dealloc = ddict_dealloc,
    .repr = counter_repr,
    .iter = dd_iter,
    .call = counter_call,
    .methods = counter_methods,
    .ops = &counter_ops,
};

/* ------------------------------------------------------------ OrderedDict */

static GpValue odict_call(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  GpValue d = ddict_alloc(t, &ordereddict_type);
  int nkw = nkw_of(kw);
  if (!GP_IS_ERR(d) && update_from(t, d.as.o, args, nargs - nkw, nkw, kw) < 0) {
    GP_DECREF(d);
    return GP_ERRV;
  }
  return d;
}

static GpValue odict_repr(GpThread *t, GpValue self) {
  if (gp_dict_len(self.as.o) == 0) return gp_str_cstr(t, "OrderedDict()");
  int g = gp_repr_enter(t, self.as.o);
  if (g <= 0) return g < 0 ? GP_ERRV : gp_str_cstr(t, "...");
  GpBuf b;
  gp_buf_init(&b);
  gp_buf_puts(&b, "OrderedDict([");
  GpValue items = gp_list_new(t, 0), k, v;
  int r = GP_IS_ERR(items) ? -1 : 0;
  for (size_t i = 0; r == 0 && gp_dict_next(self.as.o, &i, &k, &v);) {
    GpValue pair[2] = {k, v}, tu = gp_tuple_pack(t, 2, pair);
    r = GP_IS_ERR(tu) ? -1 : gp_list_append(t, items.as.o, tu);
    GP_DECREF(tu);
  }
  for (size_t i = 0; r == 0 && i < GP_LIST(items)->len; i++) {
    if (i) gp_buf_puts(&b, ", ");
    r = gp_buf_repr(t, &b, GP_LIST(items)->items[i]);
  }
  if (!GP_IS_ERR(items)) GP_DECREF(items);
  gp_repr_leave(self.as.o);
  if (r < 0) {
    gp_buf_free(&b);
    return GP_ERRV;
  }
  gp_buf_puts(&b, "])");
  return gp_buf_finish(t, &b);
}

static GpValue odict_move_to_end_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"key", "last"};
  GpValue a[2];
  if (gp_parse_args(t, "move_to_end", args + 1, nargs - 1, kw, names, 2, 1, a) < 0) return GP_ERRV;
  int last = 1;
  if (!GP_IS_ERR(a[1]) && (last = gp_truthy(t, a[1])) < 0) return GP_ERRV;
  GpObj *d = args[0].as.o;
  GpValue v;
  int r = gp_dict_getref(t, d, a[0], &v);
  if (r <= 0) return r < 0 ? GP_ERRV : gp_raise_keyerror(t, a[0]);
  if (gp_dict_del(t, d, a[0]) < 0) goto fail;
  if (last) {
    r = gp_dict_set(t, d, a[0], v);
  } else { /* rebuild with the key first */
    GpValue rest = gp_dict_copy(t, d);
    if (GP_IS_ERR(rest)) goto fail;
    GpValue dv = args[0];
    GpValue clear = gp_getattr(t, dv, gp_intern_cstr("clear")), cr;
    cr = GP_IS_ERR(clear) ? clear : gp_vm_call(t, clear, NULL, 0, NULL);
    GP_DECREF(clear);
    r = GP_IS_ERR(cr) ? -1 : 0;
    GP_DECREF(cr);
    if (r == 0) r = gp_dict_set(t, d, a[0], v);
    if (r == 0) r = gp_dict_update(t, d, rest);
    GP_DECREF(rest);
  }
  GP_DECREF(v);
  return r < 0 ? GP_ERRV : GP_NONEV;
fail:
  GP_DECREF(v);
  return GP_ERRV;
}

static GpValue odict_popitem_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"last"};
  GpValue a[1];
  if (gp_parse_args(t, "popitem", args + 1, nargs - 1, kw, names, 1, 0, a) < 0) return GP_ERRV;
  int last = 1;
  if (!GP_IS_ERR(a[0]) && (last = gp_truthy(t, a[0])) < 0) return GP_ERRV;
  GpObj *d = args[0].as.o;
  if (gp_dict_len(d) == 0) return gp_raise(t, &gp_exc_KeyError, "dictionary is empty");
  GpValue k = GP_ERRV, v, kk;
  for (size_t i = 0; gp_dict_next(d, &i, &kk, &v);) {
    k = kk;
    if (!last) break;
  }
  GpValue pair[2] = {k, v}, tu = gp_tuple_pack(t, 2, pair);
  if (GP_IS_ERR(tu)) return tu;
  if (gp_dict_del(t, d, k) < 0) {
    GP_DECREF(tu);
    return GP_ERRV;
  }
  return tu;
}

/* ---- a subclass's instance: CPython's OrderedDict (C code) fills it
** through the instance's __setitem__, reading a mapping argument through
** its keys() and __getitem__ (mutablemapping_update_arg) */

/* self[k] = v for each (k, v) of list pairs. */
static int set_pairs(GpThread *t, GpValue self, GpValue pairs) {
  int r = 0;
  for (size_t i = 0; r == 0 && i < GP_LIST(pairs)->len; i++) {
    GpTuple *p = GP_TUPLE(GP_LIST(pairs)->items[i]);
    r = gp_setitem(t, self, p->items[0], p->items[1]);
  }
  return r;
}

/* self[k] = v for each pair (k, v) of the iterable arg, one pair at a
** time, with CPython's unpacking errors. */
static int set_seq(GpThread *t, GpValue self, GpValue arg) {
  GpValue it = gp_iter(t, arg), item;
  if (GP_IS_ERR(it)) return -1;
  int r;
  while ((r = gp_next(t, it, &item)) > 0) {
    GpValue kv = gp_list_from_iter(t, item);
    GP_DECREF(item);
    if (GP_IS_ERR(kv)) {
      r = -1;
      break;
    }
    size_t n = GP_LIST(kv)->len;
    if (n != 2) {
      if (n > 2)
        gp_raise(t, &gp_exc_ValueError, "too many values to unpack (expected 2)");
      else
        gp_raise(t, &gp_exc_ValueError, "need more than %zu value%s to unpack", n,
                 n == 1 ? "" : "s");
      r = -1;
    } else {
      r = gp_setitem(t, self, GP_LIST(kv)->items[0], GP_LIST(kv)->items[1]);
    }
    GP_DECREF(kv);
    if (r < 0) break;
  }
  GP_DECREF(it);
  return r;
}

static int odict_update_arg(GpThread *t, GpValue self, GpValue arg) {
  GpValue keys = gp_is_inst(arg) ? gp_getattr(t, arg, gp_intern_cstr("keys")) : GP_ERRV;
  if (!GP_IS_ERR(keys)) {
    int r = gp_update_via_keys(t, self, arg, keys, gp_setitem);
    GP_DECREF(keys);
    return r;
  }
  if (!GP_IS_NONE(t->exc)) {
    if (!gp_exc_matches(t->exc, &gp_exc_AttributeError)) return -1;
    GP_DECREF(t->exc);
    t->exc = GP_NONEV;
  }
  if (!gp_type_is_subtype(gp_typeof(arg), &gp_type_dict)) return set_seq(t, self, arg);
  GpValue pairs = dict_pairs(t, arg.as.o); /* a dict's or collections type's items */
  int r = GP_IS_ERR(pairs) ? -1 : set_pairs(t, self, pairs);
  if (!GP_IS_ERR(pairs)) GP_DECREF(pairs);
  return r;
}

/* self.update(*args, **kw) for an instance; also its __init__ and |=. */
static GpValue odict_update(GpThread *t, GpValue self, const GpValue *args, int nargs, GpObj *kw) {
  int nkw = nkw_of(kw), npos = nargs - nkw;
  if (npos > 1)
    return gp_raise(t, &gp_exc_TypeError, "update expected at most 1 argument, got %d", npos);
  if (npos == 1 && odict_update_arg(t, self, args[0]) < 0) return GP_ERRV;
  for (int i = 0; i < nkw; i++)
    if (gp_setitem(t, self, GP_TUPLE(gp_objv(kw))->items[i], args[npos + i]) < 0) return GP_ERRV;
  return GP_NONEV;
}

static GpValue odict_update_m(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return odict_update(t, args[0], args + 1, nargs - 1, kw);
}

/* OrderedDict.fromkeys(iterable, value=None), a class method that, unlike
** dict's, takes keywords. */
static GpValue odict_fromkeys(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return gp_dict_fromkeys(t, args[0], args + 1, nargs - 1, kw);
}

static const GpMethodDef odict_classmethods[] = {{"fromkeys", odict_fromkeys}, {NULL, NULL}};

static const GpMethodDef odict_inst_methods[] = {{"update", odict_update_m}, {NULL, NULL}};

static const GpMethodDef odict_methods[] = {
    {"move_to_end", odict_move_to_end_m},
    {"popitem", odict_popitem_m},
    {"copy", dd_copy_m},
    {NULL, NULL},
};
static const GpTypeOps odict_ops = {
    .len = dd_len,
    .contains = dd_contains,
    .getitem = gp_dict_getitem,
    .setitem = dd_setitem,
    .delitem = dd_delitem,
    .binop = dd_binop,
    .compare = dd_compare,
    .inst_methods = odict_inst_methods,
    .classmethods = odict_classmethods,
    .init = odict_update,
};
static GpType ordereddict_type = {
    .ob = TYPE_HEAD,
    .name = "collections.OrderedDict",
    .tpflags = GP_TPF_PAYLOAD,
    .base = &gp_type_dict,
    .dealloc = ddict_dealloc,
    .repr = odict_repr,
    .iter = dd_iter,
    .call = odict_call,
    .methods = odict_methods,
    .ops = &odict_ops,
};

/* ================================================================ module */

int gp_namedtuple_open(GpThread *t, GpObj *d);  /* namedtuple.c */
int gp_chainmap_py_open(GpThread *t, GpObj *d); /* chainmap_py.c */
int gp_userdict_py_open(GpThread *t, GpObj *d); /* userdict_py.c */

int gp_open_collections(GpThread *t, GpObj *d) {
  if (gp_namedtuple_open(t, d) < 0) return -1;
  if (gp_module_set(t, d, "deque", gp_objv(&deque_type.ob)) < 0 ||
      gp_module_set(t, d, "defaultdict", gp_objv(&defaultdict_type.ob)) < 0 ||
      gp_module_set(t, d, "Counter", gp_objv(&counter_type.ob)) < 0 ||
      gp_module_set(t, d, "OrderedDict", gp_objv(&ordereddict_type.ob)) < 0 ||
      gp_chainmap_py_open(t, d) < 0 || gp_userdict_py_open(t, d) < 0)
    return -1;
  return 0;
}
