/*
** test_mpwire.c — multiprocessing's wire format (modules/mpwire.c) from
** C: values survive a round trip, and every truncated, mutated or
** hostile message is a ValueError (or the error of a name lookup),
** never a read outside the message, a crash or deep recursion.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "mpwire.h"
#include "obj.h"
#include "vm.h"

static gp_VM *vm;
static GpThread *th;

static int setup(void **state) {
  (void)state;
  gp_Options o;
  char err[256];
  gp_options_default(&o);
  vm = gp_open(&o, err, sizeof err);
  if (!vm) return -1;
  th = gp_attach(vm);
  return th ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  gp_detach(th);
  gp_close(vm);
  return 0;
}

/* The value of a Python expression, made by running it as a module. */
static GpValue eval(const char *expr) {
  char src[512];
  snprintf(src, sizeof src, "v = %s\n", expr);
  assert_int_equal(gp_load_string((gp_Thread *)th, src, "<test>", "__main__"), 0);
  GpValue v;
  assert_true(gp_dict_get_str(((GpModule *)vm->last_module)->dict, gp_intern_cstr("v"), &v));
  return v;
}

static void clear_exc(void) {
  GP_DECREF(th->exc);
  th->exc = GP_NONEV;
}

static GpWireBuf dump(GpValue v) {
  GpWireBuf b = {0};
  assert_int_equal(gp_wire_dump(th, v, &b), 0);
  return b;
}

static void test_round_trip(void **state) {
  (void)state;
  const char *expr =
      "[None, True, -7, 2**100, -2**70, 1.5, 'h\\u00e9', (1, [2]), {'k': {3}},"
      " frozenset([4]), {(1, 2): -0.0}, [], (), slice(1, None, -1), slice('a', [2])]";
  GpValue v = eval(expr);
  GpWireBuf b = dump(v);
  GpValue w = gp_wire_load(th, b.p, b.len);
  assert_false(GP_IS_ERR(w));
  assert_int_equal(gp_eq(th, v, w), 1);
  GP_DECREF(w);
  GP_DECREF(v);
  free(b.p);
}

/* Loading p[0..n) either works or raises; the exception is dropped. */
static void load_any(const unsigned char *p, size_t n) {
  GpValue w = gp_wire_load(th, p, n);
  if (GP_IS_ERR(w)) {
    assert_false(GP_IS_NONE(th->exc));
    clear_exc();
  }
  GP_DECREF(w);
}

static void test_truncated(void **state) {
  (void)state;
  GpValue v = eval("{'a': [1, 2**90, 'xyz', (None, 2.5)], 'b': {1, 2}, 'c': slice(3, 4)}");
  GpWireBuf b = dump(v);
  for (size_t n = 0; n < b.len; n++) {
    GpValue w = gp_wire_load(th, b.p, n);
    assert_true(GP_IS_ERR(w));
    assert_true(gp_exc_matches(th->exc, &gp_exc_ValueError));
    clear_exc();
  }
  GP_DECREF(v);
  free(b.p);
}

static void test_mutated(void **state) {
  (void)state;
  GpValue v = eval("[1, 'abc', {'k': (2**80, 1.5)}, frozenset({3}), ValueError('x', 1)]");
  GpWireBuf b = dump(v);
  unsigned char *copy = malloc(b.len);
  assert_non_null(copy);
  static const unsigned char flips[] = {0x01, 0x80, 0xff, 0x7f, 0x20};
  for (size_t i = 0; i < b.len; i++)
    for (size_t f = 0; f < sizeof flips; f++) {
      memcpy(copy, b.p, b.len);
      copy[i] ^= flips[f];
      load_any(copy, b.len);
    }
  free(copy);
  GP_DECREF(v);
  free(b.p);
}

static void test_hostile(void **state) {
  (void)state;
  /* a list claiming 2^32-1 items, a str claiming more bytes than sent, a
  ** bigint with a bad digit, an unknown tag, trailing bytes */
  static const unsigned char huge[] = {'l', 0xff, 0xff, 0xff, 0xff, 'N'};
  static const unsigned char longstr[] = {'s', 10, 0, 0, 0, 'a', 'b'};
  static const unsigned char baddigit[] = {'I', 2, 0, 0, 0, '1', 'g'};
  static const unsigned char badutf8[] = {'s', 2, 0, 0, 0, 0xc3, 0x28};
  static const unsigned char unknown[] = {'?'};
  static const unsigned char trailing[] = {'N', 'N'};
  const struct {
    const unsigned char *p;
    size_t n;
  } cases[] = {{huge, sizeof huge},       {longstr, sizeof longstr}, {baddigit, sizeof baddigit},
               {badutf8, sizeof badutf8}, {unknown, sizeof unknown}, {trailing, sizeof trailing}};
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    GpValue w = gp_wire_load(th, cases[i].p, cases[i].n);
    assert_true(GP_IS_ERR(w));
    assert_true(gp_exc_matches(th->exc, &gp_exc_ValueError));
    clear_exc();
  }
  /* 100000 nested one-item lists: refused at a fixed depth, no deep recursion */
  size_t n = 100000;
  unsigned char *deep = malloc(5 * n + 1);
  assert_non_null(deep);
  for (size_t i = 0; i < n; i++)
    memcpy(deep + 5 * i, "l\x01\x00\x00\x00", 5);
  deep[5 * n] = 'N';
  GpValue w = gp_wire_load(th, deep, 5 * n + 1);
  assert_true(GP_IS_ERR(w));
  assert_true(gp_exc_matches(th->exc, &gp_exc_ValueError));
  clear_exc();
  free(deep);
}

static void test_unsendable(void **state) {
  (void)state;
  GpValue v = eval("(lambda: (yield 1))()");
  GpWireBuf b = {0};
  assert_int_equal(gp_wire_dump(th, v, &b), -1);
  assert_true(gp_exc_matches(th->exc, &gp_exc_TypeError));
  clear_exc();
  free(b.p);
  GP_DECREF(v);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_round_trip), cmocka_unit_test(test_truncated),
      cmocka_unit_test(test_mutated),    cmocka_unit_test(test_hostile),
      cmocka_unit_test(test_unsendable),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
