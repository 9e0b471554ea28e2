/*
** instlock.h — the lock and the lock-free read of an instance's inline
** values under gil=none (instvals.c states the invariants). Under a GIL
** (the instance not GP_F_ATOMIC) the lock is no lock, as gp_dict_lock.
** Shared by instvals.c and vm.c's fast paths.
*/
#ifndef GP_INSTLOCK_H
#define GP_INSTLOCK_H

#include "class.h"
#include "obj.h"

void gp_inst_lock_wait(uint32_t *seq); /* the contended path (instvals.c) */

static inline void gp_inst_lock(GpObj *o) {
  if (__builtin_expect(!(o->flags & GP_F_ATOMIC), 1)) return;
  uint32_t *seq = &gp_inst_vals(o)->seq;
  uint32_t s = __atomic_load_n(seq, __ATOMIC_RELAXED);
  if ((s & 1) ||
      !__atomic_compare_exchange_n(seq, &s, s + 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
    gp_inst_lock_wait(seq);
}

static inline void gp_inst_unlock(GpObj *o) {
  if (__builtin_expect(!(o->flags & GP_F_ATOMIC), 1)) return;
  uint32_t *seq = &gp_inst_vals(o)->seq;
  __atomic_store_n(seq, __atomic_load_n(seq, __ATOMIC_RELAXED) + 1, __ATOMIC_RELEASE);
}

/* Whether c's shape holds name at index i: a shape slot below the count
** read (acquire) is written once, before the count (invariant 1). */
static inline bool gp_shape_has_at(const GpClass *c, uint32_t i, GpObj *name) {
  return i < __atomic_load_n(&c->nshape, __ATOMIC_ACQUIRE) && c->shape[i] == name;
}

/* The value at index i of o's inline values as seen inside one seq window
** (invariant 2): 1 *out copied (maybe GP_T_ERR: absent, or moved into a
** dict made since), 0 the window was disturbed. */
static inline int gp_inst_peek_at(GpObj *o, uint32_t i, GpValue *out) {
  GpInlVals *iv = gp_inst_vals(o);
  uint32_t s = __atomic_load_n(&iv->seq, __ATOMIC_ACQUIRE);
  if (s & 1) return 0;
  GpValue v = GP_ERRV;
  if (i < __atomic_load_n(&iv->n, __ATOMIC_ACQUIRE)) {
    v.tag = __atomic_load_n(&iv->v[i].tag, __ATOMIC_ACQUIRE);
    v.as.i = __atomic_load_n(&iv->v[i].as.i, __ATOMIC_ACQUIRE);
  }
  if (__atomic_load_n(&iv->seq, __ATOMIC_RELAXED) != s) return 0;
  *out = v;
  return 1;
}

/* o.name at shape index i as a new reference in *out: a value that needs
** no reference with no lock, any other under the lock (invariant 2).
** false: absent there or o has a dict. */
static inline bool gp_inst_get_at(GpObj *o, uint32_t i, GpValue *out) {
  GpValue v;
  if (gp_inst_peek_at(o, i, &v) && v.tag != GP_T_OBJ) {
    *out = v;
    return v.tag != GP_T_ERR;
  }
  gp_inst_lock(o);
  GpInlVals *iv = gp_inst_vals(o);
  bool hit = !*gp_inst_dictp(o) && i < iv->n && !GP_IS_ERR(iv->v[i]);
  if (hit) {
    *out = iv->v[i];
    GP_INCREF(*out);
  }
  gp_inst_unlock(o);
  return hit;
}

/* Stores v (a reference o takes over) at index i of o's inline values
** under the lock, as vm.c's inst_store_hit: i past every stored index
** within the room, or a slot that holds a value. false: nothing stored. */
static inline bool gp_inst_put_at(GpObj *o, uint32_t i, GpValue v) {
  gp_inst_lock(o);
  GpInlVals *iv = gp_inst_vals(o);
  bool ok = !*gp_inst_dictp(o) && i < iv->cap && (i >= iv->n || !GP_IS_ERR(iv->v[i]));
  GpValue old = GP_ERRV;
  if (ok) {
    old = iv->v[i];
    gp_value_put(&iv->v[i], v);
    if (i >= iv->n) __atomic_store_n(&iv->n, (uint16_t)(i + 1), __ATOMIC_RELEASE);
  }
  gp_inst_unlock(o);
  GP_DECREF(old); /* outside the lock: a __del__ may run */
  return ok;
}

#endif
