/*
** test_steal.c — the /proc/stat steal reader (harness/engine/measure.c,
** through the gbharness library). Unknown must read as
** NaN, never as 0: a 0 would claim a quiet host.
*/
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <unistd.h>

#include <cmocka.h>

#include "measure.h"

static void test_parse_total_line(void **state) {
  (void)state;
  const char *stat = "cpu  1491692 0 217390 661488 1203 0 1485 14973 0 0\n"
                     "cpu0 760836 0 107844 316835 622 0 592 7225 0 0\n"
                     "cpu1 730856 0 109546 344653 581 0 892 7748 0 0\n"
                     "intr 1 2 3\n";
  assert_true(gb_steal_parse(stat, 100) == 149.73);
  assert_true(gb_steal_parse(stat, 1000) == 14.973);
}

static void test_parse_not_first_line(void **state) {
  (void)state;
  assert_true(gb_steal_parse("x 1\ncpu 1 2 3 4 5 6 7 250\n", 100) == 2.5);
}

static void test_parse_unknown(void **state) {
  (void)state;
  static const char *const bad[] = {
      "",
      "cpu0 1 2 3 4 5 6 7 8\n",          /* no total line */
      "cpu  1 2 3 4 5 6 7\n",            /* a kernel without the steal column */
      "cpu  1 2 3 4 5 6 7\n8 9 10 11\n", /* ... whose next line must not be read */
      "cpu  1 2 3 4 5 6 7 -8\n",
      "cpu  1 2 3 4 5 6 7 8", /* cut before the line's end */
  };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
    assert_true(isnan(gb_steal_parse(bad[i], 100)));
  assert_true(isnan(gb_steal_parse("cpu  1 2 3 4 5 6 7 8\n", 0)));
}

static void test_now_and_since(void **state) {
  (void)state;
  double a = gb_steal_now();
  if (access("/proc/stat", R_OK) != 0) skip();
  assert_true(isfinite(a) && a >= 0);
  double d = gb_steal_since(a);
  assert_true(d >= 0 && d < 60);
  assert_true(isnan(gb_steal_since(NAN)));
  assert_true(isnan(gb_steal_since(a + 1e9))); /* backwards: unknown, not negative */
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_parse_total_line),
      cmocka_unit_test(test_parse_not_first_line),
      cmocka_unit_test(test_parse_unknown),
      cmocka_unit_test(test_now_and_since),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
