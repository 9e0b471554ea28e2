/*
** fuzz_vm.c — see fuzz_vm.h. The VM lives for the whole fuzzing process:
** opening one an input would cost more than most inputs' checks.
*/
#include <stdio.h>
#include <stdlib.h>

#include "fuzz_vm.h"
#include "gilpy.h"

static gp_VM *vm;
static gp_Thread *thread;

static void fuzz_vm_fail(void) {
  fprintf(stderr, "%s", gp_error(thread));
  abort();
}

static void fuzz_vm_open(const char *src, const char *name) {
  gp_Options o;
  gp_options_default(&o);
  char err[256];
  vm = gp_open(&o, err, sizeof err);
  if (!vm) {
    fprintf(stderr, "gp_open: %s\n", err);
    abort();
  }
  thread = gp_attach(vm);
  char file[128];
  snprintf(file, sizeof file, "%s.py", name);
  if (gp_load_string(thread, src, file, name) != 0) fuzz_vm_fail();
}

void fuzz_vm_check(const char *src, const char *name, const char *arg) {
  if (!vm) fuzz_vm_open(src, name);
  gp_Arg a = {.kind = GP_ARG_STR, .s = arg};
  gp_Result res;
  if (gp_call(thread, name, "check", 1, &a, &res) != 0) fuzz_vm_fail();
  gp_result_free(&res);
}
