/*
** unittest_py.c — the unittest module: its Python parts run in order in
** one dict (the diffs, then TestCase, then the runner, which use what the
** earlier parts defined). unittest.mock is not provided.
*/
#include "unittest_py.h"
#include "module.h"

int gp_open_unittest(GpThread *t, GpObj *d) {
  if (gp_unittest_diff(t, d) < 0 || gp_unittest_case(t, d) < 0) return -1;
  return gp_unittest_run(t, d);
}
