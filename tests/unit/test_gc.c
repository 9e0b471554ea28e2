/*
** test_gc.c — the cycle collector through the C interface: one VM per
** thread (each with its own collector state), with every GIL model at once,
** each making cycles in a loop, collecting, and reporting exact counts;
** then the collector's count for a known number of cycles, and that a VM
** closed with live cycles frees them (LeakSanitizer checks the ASan build).
** Meant to run under the ThreadSanitizer and ASan builds too.
*/
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "obj.h"
#include "vm.h"

static const char *const prog = "import gc\n"
                                "def churn(n):\n"
                                "    kept = []\n"
                                "    for i in range(n):\n"
                                "        c = [i]\n"
                                "        c.append(c)\n"
                                "        d = {'c': c}\n"
                                "        d['d'] = d\n"
                                "        if i % 100 == 0:\n"
                                "            kept.append(d)\n"
                                "    return len(kept)\n"
                                "def cycles(n):\n"
                                "    gc.collect()\n"
                                "    gc.disable()\n"
                                "    for i in range(n):\n"
                                "        a = []\n"
                                "        b = [a]\n"
                                "        a.append(b)\n"
                                "    del a, b\n"
                                "    found = gc.collect()\n"
                                "    gc.enable()\n"
                                "    return found\n"
                                "keep = []\n"
                                "keep.append(keep)\n";

typedef struct Job {
  gp_GilModel model;
  int64_t churned, found;
  int ok;
} Job;

static void *run_vm(void *arg) {
  Job *j = arg;
  gp_Options o;
  char err[256];
  gp_options_default(&o);
  o.gil = j->model;
  gp_VM *vm = gp_open(&o, err, sizeof err);
  if (!vm) return NULL;
  gp_Thread *t = gp_attach(vm);
  gp_Result r = {0};
  gp_Arg a = {.kind = GP_ARG_INT, .i = 20000};
  if (gp_load_string(t, prog, "gcprog.py", "gcprog") == 0 &&
      gp_call(t, "gcprog", "churn", 1, &a, &r) == 0) {
    j->churned = r.i;
    gp_result_free(&r);
    a.i = 500;
    if (gp_call(t, "gcprog", "cycles", 1, &a, &r) == 0) {
      j->found = r.i;
      j->ok = 1;
    }
    gp_result_free(&r);
  }
  gp_detach(t);
  gp_close(vm); /* `keep`, a list holding itself, is freed here */
  return NULL;
}

static void parallel_vms(void **state) {
  (void)state;
  enum { NVM = 6 };
  Job jobs[NVM];
  pthread_t th[NVM];
  for (int i = 0; i < NVM; i++) {
    jobs[i] = (Job){.model = (gp_GilModel)(i % 3)};
    assert_int_equal(pthread_create(&th[i], NULL, run_vm, &jobs[i]), 0);
  }
  for (int i = 0; i < NVM; i++) {
    assert_int_equal(pthread_join(th[i], NULL), 0);
    assert_true(jobs[i].ok);
    assert_int_equal(jobs[i].churned, 200);
    assert_int_equal(jobs[i].found, 2 * 500); /* two lists per cycle, nothing else */
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(parallel_vms),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
