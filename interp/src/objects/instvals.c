/*
** instvals.c — instances' inline attribute values (CPython 3.11's layout,
** see class.h's GpInlVals): an ordinary class keeps one shape, the list of
** attribute names its instances store, and each instance an array of
** values indexed by it, so `self.x = x` in __init__ makes no dict and
** hashes nothing. The dict is made the first time something needs one
** (__dict__, vars(), a deletion, a name out of the shape's order or past
** its room), and from then on the instance keeps its attributes there.
** Only instances made under a GIL start inline: gil=none's get a dict at
** once, whose lock already makes concurrent stores safe.
*/
#include <string.h>

#include "class.h"
#include "obj.h"

/* The room the first instance of a class gets, before its shape says more:
** enough for most classes' attributes (singletons and the few instances of
** each subclass of a hierarchy are all first instances); later ones get
** their shape's length. */
enum { FIRST_CAP = 16 };

uint32_t gp_inst_vals_cap(const GpClass *c) {
  return c->nshape ? c->nshape : FIRST_CAP;
}

/* A shape holds immortal strs, which only gp_intern makes: an equal
** immortal name is the same object, so only other names need comparing. */
int gp_shape_index(const GpClass *c, GpObj *name) {
  for (uint32_t i = 0; i < c->nshape; i++)
    if (c->shape[i] == name) return (int)i;
  if (name->flags & GP_F_IMMORTAL) return -1;
  for (uint32_t i = 0; i < c->nshape; i++) /* a name made at run time */
    if (gp_str_eq(c->shape[i], name)) return (int)i;
  return -1;
}

GpValue *gp_inst_vals_find(GpObj *o, GpObj *name) {
  GpInlVals *iv = gp_inst_vals(o);
  int i = gp_shape_index((const GpClass *)o->type, name);
  return i >= 0 && (uint32_t)i < iv->n && !GP_IS_ERR(iv->v[i]) ? &iv->v[i] : NULL;
}

/* Adds name to c's shape: only immortal strs, which need no reference. */
static int shape_append(GpClass *c, GpObj *name) {
  if (c->nshape == GP_SHAPE_MAX || name->type != &gp_type_str || !(name->flags & GP_F_IMMORTAL))
    return -1;
  c->shape_bits |= 1ull << (gp_str_hash(name) & 63);
  c->shape[c->nshape] = name;
  return (int)c->nshape++;
}

int gp_inst_vals_store(GpObj *o, GpObj *name, GpValue v, uint32_t *idx) {
  GpClass *c = (GpClass *)o->type;
  GpInlVals *iv = gp_inst_vals(o);
  int i = gp_shape_index(c, name);
  if (i < 0) i = shape_append(c, name);
  if (i < 0) return 0;
  uint32_t u = (uint32_t)i;
  if (u < iv->n) {
    GpValue old = iv->v[u];
    if (GP_IS_ERR(old)) return 0; /* a new name before ones stored later: out of order */
    GP_INCREF(v);
    iv->v[u] = v;
    GP_DECREF(old);
  } else {
    if (u >= iv->cap) return 0;
    GP_INCREF(v);
    iv->v[u] = v;
    iv->n = u + 1;
  }
  if (idx) *idx = u;
  return 1;
}

GpObj *gp_inst_dict(GpThread *t, GpObj *o) {
  GpObj **dp = gp_inst_dictp(o);
  if (*dp) return *dp;
  const GpClass *c = (const GpClass *)o->type;
  GpInlVals *iv = gp_inst_vals(o);
  GpValue d = iv->n ? gp_dict_new_sized(t, iv->n) : gp_dict_new(t);
  if (GP_IS_ERR(d)) return NULL;
  for (uint32_t i = 0; i < iv->n; i++)
    if (!GP_IS_ERR(iv->v[i]) && gp_dict_set(t, d.as.o, gp_objv(c->shape[i]), iv->v[i]) < 0) {
      GP_DECREF(d);
      return NULL;
    }
  *dp = d.as.o;
  gp_inst_vals_clear(o); /* the dict holds them now */
  return d.as.o;
}

int gp_inst_vals_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GpInlVals *iv = gp_inst_vals(o);
  for (uint32_t i = 0; i < iv->n; i++)
    GP_VISIT(iv->v[i], visit, arg);
  return 0;
}

/* Emptied before the values are dropped: a __del__ they run may look at o. */
void gp_inst_vals_clear(GpObj *o) {
  GpInlVals *iv = gp_inst_vals(o);
  GpValue old[GP_SHAPE_MAX];
  uint32_t n = iv->n;
  memcpy(old, iv->v, n * sizeof *old);
  for (uint32_t i = 0; i < n; i++)
    iv->v[i] = GP_ERRV;
  iv->n = 0;
  for (uint32_t i = 0; i < n; i++)
    GP_DECREF(old[i]);
}
