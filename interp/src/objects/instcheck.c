/*
** instcheck.c — isinstance and issubclass asking the class: a metaclass's
** __instancecheck__/__subclasscheck__ (abc.ABCMeta, typing's protocols)
** or those of a non-type second argument's class (typing's aliases).
*/
#include "class.h"
#include "obj.h"
#include "vm.h"

/* hook bound to cls, or GP_ERRV (nothing raised) when cls has none. */
static GpValue find_hook(GpThread *t, GpValue cls, GpObj *hook) {
  if (GP_IS_TYPE(cls, gp_type_type)) {
    GpType *tp = (GpType *)cls.as.o;
    return GP_IS_CLASS(tp) ? gp_meta_getattr(t, tp, hook) : GP_ERRV;
  }
  if (!gp_is_inst(cls)) return GP_ERRV;
  GpValue fn;
  if (!gp_class_lookup(cls.as.o->type, hook, &fn)) return GP_ERRV;
  GP_DECREF(fn);
  return gp_getattr(t, cls, hook);
}

int gp_check_hook(GpThread *t, GpValue cls, const char *hook, GpValue v) {
  GpValue fn = find_hook(t, cls, gp_intern_cstr(hook));
  if (GP_IS_ERR(fn)) return GP_IS_NONE(t->exc) ? 2 : -1;
  GpValue r = gp_vm_call(t, fn, &v, 1, NULL);
  GP_DECREF(fn);
  if (GP_IS_ERR(r)) return -1;
  int b = gp_truthy(t, r);
  GP_DECREF(r);
  return b;
}
