/*
** pysrc.c — built-in modules written in gilpy's own Python (abc, typing,
** collections.abc): the source runs once per interpreter as a hidden
** module, and the module being opened takes its names. The source sets
** __name__ to the public module's name so its classes' __module__ and
** reprs are CPython's (<class 'abc.ABC'>).
*/
#include <string.h>

#include "module.h"
#include "obj.h"
#include "vm.h"

int gp_module_fill_from_source(GpThread *t, GpObj *d, const char *src, size_t len,
                               const char *filename, const char *hidden,
                               const GpMethodDef *natives) {
  GpValue mod = gp_module_exec(t, src, len, filename, hidden);
  if (GP_IS_ERR(mod)) return -1;
  GpObj *md = ((GpModule *)mod.as.o)->dict;
  GpValue k, v;
  int r = natives ? gp_module_add_functions(t, md, natives) : 0;
  for (size_t i = 0; r == 0 && gp_dict_next(md, &i, &k, &v);) {
    const char *name = GP_STR(k)->data;
    if (strcmp(name, "__name__") && strcmp(name, "__doc__") && strcmp(name, "__file__"))
      r = gp_dict_set(t, d, k, v);
  }
  GP_DECREF(mod);
  return r;
}
