/* numcheck.h — what the numeric unit tests (test_int.c, test_float.c) share:
** a VM for the whole test, Python literals parsed into values, and a check
** of a result's repr (or its "Type: message" line) against CPython's text.
** Each test is its own executable, so the helpers are static. */
#ifndef GP_NUMCHECK_H
#define GP_NUMCHECK_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "num.h"
#include "vm.h"

static GpThread *T;

/* A Python literal: True/False, an int, or a float (".", "e", inf, nan). */
static GpValue num(const char *s) {
  if (!strcmp(s, "True") || !strcmp(s, "False")) return gp_boolv(s[0] == 'T');
  if (strpbrk(s, ".eEn")) return gp_float_parse(T, s, strlen(s));
  return gp_int_parse(T, s, strlen(s), 10);
}

/* repr of v (consumed), or "Type: message" if v is an exception. */
static void check(GpValue v, const char *want, const char *what) {
  GpValue s;
  if (GP_IS_ERR(v)) {
    s = gp_exc_format_line(T, T->exc);
    GP_DECREF(T->exc);
    T->exc = GP_NONEV;
  } else if (GP_IS_TYPE(v, gp_type_str)) {
    s = v;
    GP_INCREF(s);
  } else if (GP_IS_TYPE(v, gp_type_tuple)) {
    GpValue a = gp_num_repr(T, GP_TUPLE(v)->items[0]), b = gp_num_repr(T, GP_TUPLE(v)->items[1]);
    char buf[512];
    snprintf(buf, sizeof buf, "(%s, %s)", GP_STR(a)->data, GP_STR(b)->data);
    GP_DECREF(a);
    GP_DECREF(b);
    s = gp_str_cstr(T, buf);
  } else {
    s = gp_num_repr(T, v);
  }
  assert_false(GP_IS_ERR(s));
  if (strcmp(GP_STR(s)->data, want) != 0)
    print_error("%s: got %s, want %s\n", what, GP_STR(s)->data, want);
  assert_string_equal(GP_STR(s)->data, want);
  GP_DECREF(s);
  GP_DECREF(v);
}

static int setup(void **state) {
  (void)state;
  gp_Options o;
  gp_options_default(&o);
  char err[256];
  gp_VM *vm = gp_open(&o, err, sizeof err);
  if (!vm) return -1;
  T = gp_attach(vm);
  return T ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  gp_VM *vm = T->vm;
  gp_detach(T);
  gp_close(vm);
  return 0;
}

#endif
