/*
** instvals.c — instances' inline attribute values (CPython 3.11's layout,
** see class.h's GpInlVals): an ordinary class keeps one shape, the list of
** attribute names its instances store, and each instance an array of
** values indexed by it, so `self.x = x` in __init__ makes no dict and
** hashes nothing. The dict is made the first time something needs one
** (__dict__, vars(), a deletion, a name out of the shape's order or past
** its room), and from then on the instance keeps its attributes there.
**
** Under gil=none too (CPython 3.13t keeps inline values free-threaded), with
** these invariants (the lock and the lock-free read are instlock.h's):
** 1. A class's shape grows only under its shape_lock and is append-only:
**    the name is stored, then its hash bit (an atomic or), then the count
**    (release). A reader loads the count (acquire) and reads names below
**    it, each written once before: it may see an older, shorter shape,
**    which is still a valid prefix, so a name's index never changes.
** 2. An instance's values, its count n and its dict pointer change only
**    under the instance's lock, its seq word (odd while held), each with a
**    release store. A reader with no lock loads seq (acquire), n and the
**    slot (acquire), then seq again, and uses its copy only if seq was
**    even and unchanged and the value needs no reference (an int, float,
**    bool, None). Any other value is read and increfed
**    under the lock: a racing store could drop the last reference to the
**    old value between a lock-free read and its incref. Old values are
**    dropped after the unlock (a __del__ may run and look at the object).
** 3. The dict is made under the lock (allocation is allowed there, as
**    under a dict's lock; the new dict is still private, so taking its own
**    lock cannot deadlock): the values move into it, the pointer is
**    published, the values are emptied (n = 0), all before the unlock. A
**    lock-free reader needs no look at the pointer: a window before the
**    lock saw values that were current then, one across it fails its seq
**    check, one after it finds no value; both then take the slow path,
**    which finds the dict. The pointer never changes again until
**    deallocation.
** 4. A lock holder never parks (threads park only at eval-breaker checks),
**    so the collector, which runs with the world stopped, traverses and
**    clears values no writer is in the middle of; deallocation sees an
**    unreachable instance. Under a GIL the lock is no lock (instlock.h).
*/
#include <sched.h>
#include <string.h>

#include "class.h"
#include "instlock.h"
#include "obj.h"

/* The room the first instance of a class gets, before its shape says more:
** enough for most classes' attributes (singletons and the few instances of
** each subclass of a hierarchy are all first instances); later ones get
** their shape's length. */
enum { FIRST_CAP = 16 };

uint32_t gp_inst_vals_cap(const GpClass *c) {
  uint32_t n = __atomic_load_n(&c->nshape, __ATOMIC_RELAXED);
  return n ? n : FIRST_CAP;
}

void gp_inst_lock_wait(uint32_t *seq) {
  for (unsigned n = 0;; n++) {
    uint32_t s = __atomic_load_n(seq, __ATOMIC_RELAXED);
    if (!(s & 1) &&
        __atomic_compare_exchange_n(seq, &s, s + 1, true, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
      return;
    if (n >= 100) sched_yield();
  }
}

/* A shape holds immortal strs, which only gp_intern makes: an equal
** immortal name is the same object, so only other names need comparing. */
int gp_shape_index(const GpClass *c, GpObj *name) {
  uint32_t n = __atomic_load_n(&c->nshape, __ATOMIC_ACQUIRE); /* invariant 1 */
  for (uint32_t i = 0; i < n; i++)
    if (c->shape[i] == name) return (int)i;
  if (name->flags & GP_F_IMMORTAL) return -1;
  for (uint32_t i = 0; i < n; i++) /* a name made at run time */
    if (gp_str_eq(c->shape[i], name)) return (int)i;
  return -1;
}

static void shape_lock(GpClass *c) {
  if (!(c->tp.ob.flags & GP_F_ATOMIC)) return;
  uint32_t s = 0;
  if (!__atomic_compare_exchange_n(&c->shape_lock, &s, 1, false, __ATOMIC_ACQUIRE,
                                   __ATOMIC_RELAXED))
    gp_inst_lock_wait(&c->shape_lock);
}

static void shape_unlock(GpClass *c) {
  if (c->tp.ob.flags & GP_F_ATOMIC) __atomic_store_n(&c->shape_lock, 0, __ATOMIC_RELEASE);
}

/* Adds name to c's shape (invariant 1): only immortal strs, which need no
** reference. Another thread may have added it meanwhile: looked up again. */
static int shape_append(GpClass *c, GpObj *name) {
  if (name->type != &gp_type_str || !(name->flags & GP_F_IMMORTAL)) return -1;
  shape_lock(c);
  int i = gp_shape_index(c, name);
  uint32_t n = c->nshape;
  if (i < 0 && n < GP_SHAPE_MAX) {
    c->shape[n] = name;
    __atomic_fetch_or(&c->shape_bits, 1ull << (gp_str_hash(name) & 63), __ATOMIC_RELAXED);
    __atomic_store_n(&c->nshape, n + 1, __ATOMIC_RELEASE);
    i = (int)n;
  }
  shape_unlock(c);
  return i;
}

/* The index of o's value of name: -1 none, -2 o has a dict; o's lock is
** held or o is not shared. */
static int vals_index(GpObj *o, GpObj *name) {
  if (*gp_inst_dictp(o)) return -2;
  GpInlVals *iv = gp_inst_vals(o);
  int i = gp_shape_index((const GpClass *)o->type, name);
  return i >= 0 && (uint32_t)i < iv->n && !GP_IS_ERR(iv->v[i]) ? i : -1;
}

int gp_inst_vals_get(GpObj *o, GpObj *name, GpValue *out, uint32_t *idx) {
  gp_inst_lock(o);
  int i = vals_index(o, name);
  if (i >= 0) {
    *out = gp_inst_vals(o)->v[i];
    GP_INCREF(*out);
    if (idx) *idx = (uint32_t)i;
  }
  gp_inst_unlock(o);
  return i >= 0 ? 1 : i + 1;
}

int gp_inst_vals_has(GpObj *o, GpObj *name) {
  gp_inst_lock(o);
  int i = vals_index(o, name);
  gp_inst_unlock(o);
  return i >= 0 ? 1 : i + 1;
}

int gp_inst_vals_store(GpObj *o, GpObj *name, GpValue v, uint32_t *idx) {
  GpClass *c = (GpClass *)o->type;
  int i = gp_shape_index(c, name);
  if (i < 0) i = shape_append(c, name);
  if (i < 0) return 0;
  GP_INCREF(v);
  if (!gp_inst_put_at(o, (uint32_t)i, v)) { /* out of order or past the room */
    GP_DECREF(v);
    return 0;
  }
  if (idx) *idx = (uint32_t)i;
  return 1;
}

/* o's values moved into a new dict d; o's lock is held (invariant 3). */
static int vals_to_dict(GpThread *t, GpObj *o, GpObj *d) {
  const GpClass *c = (const GpClass *)o->type;
  GpInlVals *iv = gp_inst_vals(o);
  for (uint32_t i = 0; i < iv->n; i++)
    if (!GP_IS_ERR(iv->v[i]) && gp_dict_set(t, d, gp_objv(c->shape[i]), iv->v[i]) < 0) return -1;
  return 0;
}

/* Empties o's values into old (their references), returning how many;
** o's lock is held or o is not shared. */
static uint32_t vals_take(GpObj *o, GpValue *old) {
  GpInlVals *iv = gp_inst_vals(o);
  uint32_t n = iv->n;
  memcpy(old, iv->v, n * sizeof *old);
  for (uint32_t i = 0; i < n; i++)
    gp_value_put(&iv->v[i], GP_ERRV);
  __atomic_store_n(&iv->n, 0, __ATOMIC_RELEASE);
  return n;
}

GpObj *gp_inst_dict(GpThread *t, GpObj *o) {
  GpObj **dp = gp_inst_dictp(o);
  GpObj *d = gp_inst_dict_get(o);
  if (d) return d;
  GpValue old[GP_SHAPE_MAX];
  uint32_t n = 0;
  gp_inst_lock(o);
  if (!(d = *dp)) {
    uint32_t k = gp_inst_vals(o)->n;
    GpValue dv = k ? gp_dict_new_sized(t, k) : gp_dict_new(t);
    if (!GP_IS_ERR(dv) && vals_to_dict(t, o, dv.as.o) < 0) {
      GP_DECREF(dv);
      dv = GP_ERRV;
    }
    if (!GP_IS_ERR(dv)) {
      d = dv.as.o;
      __atomic_store_n(dp, d, __ATOMIC_RELEASE);
      n = vals_take(o, old); /* the dict holds them now */
    }
  }
  gp_inst_unlock(o);
  for (uint32_t i = 0; i < n; i++)
    GP_DECREF(old[i]);
  return d;
}

int gp_inst_vals_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GpInlVals *iv = gp_inst_vals(o);
  for (uint32_t i = 0; i < iv->n; i++)
    GP_VISIT(iv->v[i], visit, arg);
  return 0;
}

/* Emptied before the values are dropped: a __del__ they run may look at o. */
void gp_inst_vals_clear(GpObj *o) {
  GpValue old[GP_SHAPE_MAX];
  gp_inst_lock(o);
  uint32_t n = vals_take(o, old);
  gp_inst_unlock(o);
  for (uint32_t i = 0; i < n; i++)
    GP_DECREF(old[i]);
}
