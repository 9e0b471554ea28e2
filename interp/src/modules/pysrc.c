/*
** pysrc.c — built-in modules written in gilpy's own Python, compiled into
** gilpy as C strings. Two ways to run one: in the module's own dict
** (gp_module_run_source: threading, queue, concurrent.futures, contextlib,
** dataclasses, enum, multiprocessing), so its classes' __module__ is the
** module's name; or once per interpreter as a hidden module whose names the
** module being opened takes (gp_module_fill_from_source: abc, typing,
** collections.abc), where the source sets __name__ to the public module's
** name so its classes' reprs are CPython's (<class 'abc.ABC'>).
*/
#include <string.h>

#include "code.h"
#include "compile.h"
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

int gp_module_run_source(GpThread *t, GpObj *d, const char *src, const char *filename) {
  GpValue code = gp_compile_source(t, src, strlen(src), filename);
  if (GP_IS_ERR(code)) return -1;
  GpValue r = gp_vm_run_module(t, (GpCode *)code.as.o, d);
  GP_DECREF(code);
  if (GP_IS_ERR(r)) return -1;
  GP_DECREF(r);
  return 0;
}
