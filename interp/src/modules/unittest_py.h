/*
** unittest_py.h — the parts of unittest's Python source, each run in
** turn in the module's dict by gp_open_unittest (unittest_py.c).
*/
#ifndef GP_UNITTEST_PY_H
#define GP_UNITTEST_PY_H

#include "gp.h"

int gp_unittest_diff(GpThread *t, GpObj *d); /* unittest_diff_py.c */
int gp_unittest_case(GpThread *t, GpObj *d); /* unittest_case_py.c */
int gp_unittest_run(GpThread *t, GpObj *d);  /* unittest_run_py.c */

#endif
