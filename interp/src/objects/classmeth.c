/*
** classmeth.c — the class-level functions of built-in types: static
** methods (str.maketrans) and class methods (int.from_bytes,
** dict.fromkeys), found on the type, on its subclasses and through any
** instance, as CPython's descriptors find them.
*/
#include <string.h>

#include "obj.h"

static const GpMethodDef *find(const GpMethodDef *m, const char *name) {
  for (; m && m->name; m++)
    if (strcmp(m->name, name) == 0) return m;
  return NULL;
}

GpValue gp_type_class_attr(GpThread *t, const GpType *tp, const char *name, GpValue cls) {
  for (const GpType *x = tp; x; x = x->base) {
    if (!x->ops) continue;
    const GpMethodDef *m = find(x->ops->statics, name);
    if (m) return gp_native_new(t, m->name, m->fn);
    m = find(x->ops->classmethods, name);
    /* bound to the class it was read on: a subclass's from_bytes makes one */
    if (m) return gp_native_bind(t, m->name, m->fn, cls);
  }
  return GP_ERRV;
}

GpValue gp_class_result(GpThread *t, GpValue cls, const GpType *base, GpValue r) {
  if (GP_IS_ERR(r) || cls.as.o == &base->ob) return r;
  GpValue made = gp_vm_call(t, cls, &r, 1, NULL);
  GP_DECREF(r);
  return made;
}
