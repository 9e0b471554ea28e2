/*
** pysource.c — runs a module's Python source, compiled into gilpy as a C
** string, in that module's dict: the parts of threading, queue and
** concurrent.futures that CPython writes in Python are kept as Python, so a
** program sees ordinary classes whose __module__ is the module's name.
*/
#include <string.h>

#include "code.h"
#include "compile.h"
#include "vm.h"

int gp_module_run_source(GpThread *t, GpObj *d, const char *src, const char *filename) {
  GpValue code = gp_compile_source(t, src, strlen(src), filename);
  if (GP_IS_ERR(code)) return -1;
  GpValue r = gp_vm_run_module(t, (GpCode *)code.as.o, d);
  GP_DECREF(code);
  if (GP_IS_ERR(r)) return -1;
  GP_DECREF(r);
  return 0;
}
