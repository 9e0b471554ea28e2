/*
** test_knobs.c — the public knob validators (gp_knob_*), gp_open's use of
** them, and the API the gilpy command and the harness's preflight need
** (gp_arity, gp_functions, gp_exit_status). Public API only.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "gilpy.h"

static void test_switch_interval(void **state) {
  (void)state;
  char err[128];
  double s = 0.005;
  assert_int_equal(gp_knob_switch_interval("0.25", &s, err, sizeof err), 0);
  assert_true(s == 0.25);
  assert_int_equal(gp_knob_switch_interval("1e300", &s, err, sizeof err), -2);
  assert_string_equal(err, "switch interval is too large");
  assert_int_equal(gp_knob_switch_interval("inf", &s, err, sizeof err), -2);
  assert_int_equal(gp_knob_switch_interval("nan", &s, err, sizeof err), -1);
  assert_string_equal(err, "switch interval must be strictly positive");
  assert_int_equal(gp_knob_switch_interval("", &s, err, sizeof err), -1);
  assert_int_equal(gp_knob_switch_interval("5ms", &s, err, sizeof err), -1);
  assert_true(s == 0.25); /* refused values leave *out alone */
  s = 9.2e12;             /* just under 2^63 microseconds */
  assert_int_equal(gp_knob_switch_interval(NULL, &s, err, sizeof err), 0);
  s = 9.3e12;
  assert_int_equal(gp_knob_switch_interval(NULL, &s, err, sizeof err), -2);
}

static void test_counts(void **state) {
  (void)state;
  char err[128];
  int n = 100;
  assert_int_equal(gp_knob_check_interval("2147483647", &n, err, sizeof err), 0);
  assert_int_equal(n, 2147483647);
  assert_int_equal(gp_knob_check_interval("2147483648", &n, err, sizeof err), -2);
  assert_int_equal(gp_knob_check_interval("99999999999999999999", &n, err, sizeof err), -2);
  assert_int_equal(gp_knob_check_interval("0", &n, err, sizeof err), -1);
  assert_string_equal(err, "check interval must be at least 1");
  assert_int_equal(gp_knob_check_interval("-99999999999999999999", &n, err, sizeof err), -1);
  assert_int_equal(gp_knob_recursion_limit("1.5", &n, err, sizeof err), -1);
  assert_string_equal(err, "recursion limit must be an integer");
  n = 0;
  assert_int_equal(gp_knob_recursion_limit(NULL, &n, err, sizeof err), -1);
  assert_string_equal(err, "recursion limit must be greater or equal than 1");
  gp_GilModel m = GP_GIL_NEW;
  assert_int_equal(gp_knob_gil("legacy", &m, err, sizeof err), 0);
  assert_int_equal(m, GP_GIL_LEGACY);
  assert_int_equal(gp_knob_gil("old", &m, err, sizeof err), -1);
  assert_int_equal(m, GP_GIL_LEGACY);
}

static void test_open_refuses(void **state) {
  (void)state;
  char err[128];
  gp_Options o;
  gp_options_default(&o);
  o.switch_interval = 1e300;
  assert_null(gp_open(&o, err, sizeof err));
  assert_string_equal(err, "switch interval is too large");
  gp_options_default(&o);
  o.check_interval = 0;
  assert_null(gp_open(&o, err, sizeof err));
  assert_string_equal(err, "check interval must be at least 1");
  gp_options_default(&o);
  o.gil = (gp_GilModel)7;
  assert_null(gp_open(&o, err, sizeof err));
  assert_string_equal(err, "GIL model must be new, legacy, none, fifo, priority or fair");
}

static void test_arity_and_exit(void **state) {
  (void)state;
  char err[128];
  gp_Options o;
  gp_options_default(&o);
  gp_VM *vm = gp_open(&o, err, sizeof err);
  assert_non_null(vm);
  gp_Thread *t = gp_attach(vm);
  const char *src = "import sys\n"
                    "def f(a, b, c=1, d=2):\n"
                    "    return a\n"
                    "def run(n):\n"
                    "    return n\n"
                    "x = 3\n";
  assert_int_equal(gp_load_string(t, src, "m.py", "m"), 0);
  int min, max;
  assert_int_equal(gp_arity(t, "m", "f", &min, &max), 0);
  assert_int_equal(min, 2);
  assert_int_equal(max, 4);
  assert_int_equal(gp_arity(t, NULL, "run", &min, &max), 0);
  assert_int_equal(min, 1);
  assert_int_equal(max, 1);
  assert_int_equal(gp_arity(t, "m", "len", &min, &max), -1); /* a builtin, not m's */
  assert_string_equal(gp_error_type(t), "AttributeError");
  assert_int_equal(gp_arity(t, "m", "x", &min, &max), -1);
  assert_string_equal(gp_error_type(t), "TypeError");
  assert_int_equal(gp_arity(t, "m", "sys", &min, &max), -1);

  char names[16];
  assert_int_equal(gp_functions(t, "m", names, sizeof names), 2);
  assert_string_equal(names, "f, run");
  assert_int_equal(gp_functions(t, "m", names, 6), 2); /* "f, run" does not fit */
  assert_string_equal(names, "f...");
  assert_int_equal(gp_functions(t, "nomod", names, sizeof names), -1);
  assert_string_equal(gp_error_type(t), "ModuleNotFoundError");

  const char *report;
  assert_int_equal(gp_load_string(t, "raise SystemExit(3)", "<s>", "__main__"), -1);
  assert_int_equal(gp_exit_status(t, &report), 3);
  assert_string_equal(report, "");
  assert_int_equal(gp_load_string(t, "raise SystemExit('bye')", "<s>", "__main__"), -1);
  assert_int_equal(gp_exit_status(t, &report), 1);
  assert_string_equal(report, "bye\n");
  assert_int_equal(gp_load_string(t, "raise SystemExit", "<s>", "__main__"), -1);
  assert_int_equal(gp_exit_status(t, &report), 0);
  assert_int_equal(gp_load_string(t, "raise KeyboardInterrupt", "<s>", "__main__"), -1);
  assert_int_equal(gp_exit_status(t, &report), 130);
  assert_non_null(strstr(report, "Traceback"));
  assert_int_equal(gp_load_string(t, "1/0", "<s>", "__main__"), -1);
  assert_int_equal(gp_exit_status(t, &report), 1);
  assert_non_null(strstr(report, "ZeroDivisionError: division by zero"));
  assert_int_equal(gp_load_string(t, "pass", "<s>", "__main__"), 0);
  assert_int_equal(gp_exit_status(t, &report), 0);
  assert_int_equal(gp_threading_shutdown(vm), 0);
  gp_detach(t);
  gp_close(vm);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_switch_interval),
      cmocka_unit_test(test_counts),
      cmocka_unit_test(test_open_refuses),
      cmocka_unit_test(test_arity_and_exit),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
