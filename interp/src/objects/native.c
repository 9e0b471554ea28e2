/*
** native.c — built-in functions and methods implemented in C. A bound
** native carries its receiver and is called with it as args[0].
*/
#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "obj.h"
#include "rcdefer.h"

GpValue gp_native_new(GpThread *t, const char *name, GpNativeFn fn) {
  GpNative *n = (GpNative *)gp_alloc(t, &gp_type_native, sizeof *n);
  if (!n) return gp_raise_nomem(t);
  n->name = name;
  n->fn = fn;
  n->self = GP_NONEV;
  return gp_objv(&n->ob);
}

GpValue gp_native_bind(GpThread *t, const char *name, GpNativeFn fn, GpValue self) {
  GpValue v = gp_native_new(t, name, fn);
  if (GP_IS_ERR(v)) return v;
  GpNative *n = (GpNative *)v.as.o;
  GP_INCREF(self);
  n->self = self;
  n->bound = true;
  return v;
}

GpValue gp_native_method(GpThread *t, const GpType *owner, const GpMethodDef *m) {
  GpValue v = gp_native_new(t, m->name, m->fn);
  if (!GP_IS_ERR(v)) ((GpNative *)v.as.o)->owner = owner;
  return v;
}

/* What a method of the built-in type owner gets as self for receiver v:
** a subclass instance's payload, for the type's own methods (the others,
** such as a namedtuple's, work on the instance). */
static GpValue receiver(const GpNative *n, GpValue v) {
  const GpMethodDef *m = gp_has_payload(v) ? gp_type_method(n->owner, n->name) : NULL;
  return m && m->fn == n->fn ? gp_unwrap(v) : v;
}

GpValue gp_native_get(GpThread *t, GpValue native, GpValue obj) {
  GpNative *n = (GpNative *)native.as.o;
  if (n->bound || !n->owner || !gp_type_is_subtype(gp_typeof(obj), n->owner)) {
    GP_INCREF(native);
    return native;
  }
  return gp_native_bind(t, n->name, n->fn, receiver(n, obj));
}

/* An unbound method checks its receiver, as CPython's method descriptors do. */
static GpValue check_owner(GpThread *t, GpNative *n, const GpValue *args, int nargs,
                           GpObj *kwnames) {
  int npos = nargs - (kwnames ? (int)GP_TUPLE(gp_objv(kwnames))->len : 0);
  if (npos < 1)
    return gp_raise(t, &gp_exc_TypeError, "unbound method %s.%s() needs an argument",
                    n->owner->name, n->name);
  if (!gp_type_is_subtype(gp_typeof(args[0]), n->owner))
    return gp_raise(t, &gp_exc_TypeError,
                    "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", n->name,
                    n->owner->name, gp_type_name(args[0]));
  if (receiver(n, args[0]).as.o != args[0].as.o) { /* list.append(sub, x): on sub's list */
    GpValue small[8], *a = nargs <= 8 ? small : malloc((size_t)nargs * sizeof *a);
    if (!a) return gp_raise_nomem(t);
    memcpy(a, args, (size_t)nargs * sizeof *a);
    a[0] = receiver(n, args[0]);
    GpValue r = n->fn(t, a, nargs, kwnames);
    if (a != small) free(a);
    return r;
  }
  return n->fn(t, args, nargs, kwnames);
}

GpValue gp_native_call(GpThread *t, GpObj *o, const GpValue *args, int nargs, GpObj *kwnames) {
  GpNative *n = (GpNative *)o;
  if (!n->bound) {
    if (__builtin_expect(n->owner != NULL, 0)) return check_owner(t, n, args, nargs, kwnames);
    return n->fn(t, args, nargs, kwnames);
  }
  GpValue small[8], *a = nargs < 8 ? small : malloc(((size_t)nargs + 1) * sizeof *a);
  if (!a) return gp_raise_nomem(t);
  a[0] = n->self;
  if (nargs) memcpy(a + 1, args, (size_t)nargs * sizeof *a);
  GpValue r = n->fn(t, a, nargs + 1, kwnames);
  if (a != small) free(a);
  return r;
}

static void native_dealloc(GpObj *o) {
  GP_DECREF(((GpNative *)o)->self);
}

static int native_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GP_VISIT(((GpNative *)o)->self, visit, arg);
  return 0;
}

static GpValue native_repr(GpThread *t, GpValue self) {
  GpNative *n = (GpNative *)self.as.o;
  if (n->owner) return gp_str_printf(t, "<method '%s' of '%s' objects>", n->name, n->owner->name);
  if (!n->bound) return gp_str_printf(t, "<built-in function %s>", n->name);
  if (GP_IS_TYPE(n->self, gp_type_module)) /* module functions bound to their module */
    return gp_str_printf(t, "<built-in function %s>", n->name);
  return gp_str_printf(t, "<built-in method %s of %s object at %p>", n->name, gp_type_name(n->self),
                       (void *)n->self.as.o);
}

static int native_hash(GpThread *t, GpValue self, int64_t *h) {
  (void)t;
  *h = (int64_t)((uintptr_t)self.as.o >> 4);
  return 0;
}

static GpValue native_getattr(GpThread *t, GpValue self, GpObj *name) {
  GpNative *n = (GpNative *)self.as.o;
  const char *s = GP_STR(gp_objv(name))->data;
  if (strcmp(s, "__name__") == 0 || strcmp(s, "__qualname__") == 0) return gp_str_cstr(t, n->name);
  if (strcmp(s, "__self__") == 0 && n->bound) {
    GP_INCREF(n->self);
    return n->self;
  }
  return GP_ERRV;
}

GpType gp_type_native = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "builtin_function_or_method",
    .dealloc = native_dealloc,
    .traverse = native_traverse,
    .repr = native_repr,
    .hash = native_hash,
    .getattr = native_getattr,
};

int gp_module_set(GpThread *t, GpObj *d, const char *name, GpValue v) {
  if (GP_IS_ERR(v)) return -1;
  int r = gp_dict_set_str(t, d, name, v);
  GP_DECREF(v);
  return r;
}

/* Under gil=none every thread calling len() would otherwise fight over
** the one cache line of its count: module functions are deferred. */
int gp_module_add_functions(GpThread *t, GpObj *d, const GpMethodDef *fns) {
  for (const GpMethodDef *m = fns; m->name; m++) {
    GpValue f = gp_native_new(t, m->name, m->fn);
    if (!GP_IS_ERR(f)) gp_rc_defer_shared(t, f.as.o);
    if (gp_module_set(t, d, m->name, f) < 0) return -1;
  }
  return 0;
}
