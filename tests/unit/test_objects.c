/*
** test_objects.c — the object layer through its C interface: dict
** insertion, deletion, resizing, ordering and numeric key equality; the
** stability of list.sort; str repr quoting and indexing of non-ASCII text;
** GP_INCREF/GP_DECREF evaluating their argument once.
** A real VM and thread come from the public API (gp_open + gp_attach).
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

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

static GpValue str(const char *s) {
  GpValue v = gp_str_cstr(th, s);
  assert_false(GP_IS_ERR(v));
  return v;
}

/* repr(v) compared with the expected text; releases v. */
static void assert_repr(GpValue v, const char *expect) {
  assert_false(GP_IS_ERR(v));
  GpValue r = gp_repr(th, v);
  assert_false(GP_IS_ERR(r));
  assert_string_equal(GP_STR(r)->data, expect);
  GP_DECREF(r);
  GP_DECREF(v);
}

static void clear_exc(void) {
  GP_DECREF(th->exc);
  th->exc = GP_NONEV;
}

/* ------------------------------------------------------------------ dict */

static void test_dict_insert_delete_resize(void **state) {
  (void)state;
  GpValue d = gp_dict_new(th);
  assert_false(GP_IS_ERR(d));
  for (int64_t i = 0; i < 10000; i++)
    assert_int_equal(gp_dict_set(th, d.as.o, gp_intv(i), gp_intv(i * 2)), 0);
  assert_int_equal(GP_DICT(d)->len, 10000);
  for (int64_t i = 0; i < 10000; i += 2)
    assert_int_equal(gp_dict_del(th, d.as.o, gp_intv(i)), 1);
  assert_int_equal(gp_dict_del(th, d.as.o, gp_intv(0)), 0);
  assert_int_equal(GP_DICT(d)->len, 5000);
  GpValue v;
  for (int64_t i = 0; i < 10000; i++) {
    int r = gp_dict_get(th, d.as.o, gp_intv(i), &v);
    assert_int_equal(r, i % 2);
    if (r) assert_int_equal(v.as.i, i * 2);
  }
  /* re-inserting deleted keys appends them at the end, in order */
  for (int64_t i = 0; i < 10000; i += 2)
    assert_int_equal(gp_dict_set(th, d.as.o, gp_intv(i), gp_intv(-i)), 0);
  GpValue k;
  size_t it = 0;
  for (int64_t i = 1; i < 10000; i += 2) {
    assert_true(gp_dict_next(d.as.o, &it, &k, &v));
    assert_int_equal(k.as.i, i);
  }
  for (int64_t i = 0; i < 10000; i += 2) {
    assert_true(gp_dict_next(d.as.o, &it, &k, &v));
    assert_int_equal(k.as.i, i);
    assert_int_equal(v.as.i, -i);
  }
  assert_false(gp_dict_next(d.as.o, &it, &k, &v));
  GP_DECREF(d);
}

static void test_dict_numeric_keys_equal(void **state) {
  (void)state;
  GpValue d = gp_dict_new(th);
  const char *names[] = {"int", "float", "bool"};
  GpValue keys[] = {gp_intv(1), gp_floatv(1.0), gp_boolv(true)};
  for (int i = 0; i < 3; i++) {
    GpValue v = str(names[i]);
    assert_int_equal(gp_dict_set(th, d.as.o, keys[i], v), 0);
    GP_DECREF(v);
  }
  assert_int_equal(GP_DICT(d)->len, 1);
  GpValue v;
  assert_int_equal(gp_dict_get(th, d.as.o, gp_floatv(1.0), &v), 1);
  assert_string_equal(GP_STR(v)->data, "bool");
  assert_repr(d, "{1: 'bool'}"); /* the first key stays */
}

static void test_dict_str_keys_and_find(void **state) {
  (void)state;
  GpValue d = gp_dict_new(th);
  assert_int_equal(gp_dict_set_str(th, d.as.o, "alpha", gp_intv(1)), 0);
  GpValue key = str("alpha"); /* equal text, a different object */
  GpValue *slot = gp_dict_find_str(d.as.o, key.as.o);
  assert_non_null(slot);
  assert_int_equal(slot->as.i, 1);
  GpValue other = str("beta");
  assert_null(gp_dict_find_str(d.as.o, other.as.o));
  /* unhashable keys raise TypeError */
  GpValue l = gp_list_new(th, 0);
  assert_int_equal(gp_dict_set(th, d.as.o, l, gp_intv(0)), -1);
  assert_true(gp_exc_matches(th->exc, &gp_exc_TypeError));
  clear_exc();
  GP_DECREF(l);
  GP_DECREF(key);
  GP_DECREF(other);
  assert_repr(d, "{'alpha': 1}");
}

/* ------------------------------------------------------------------ list */

/* Sorts N numbers where ints and floats of equal value are distinguishable:
** a stable sort keeps each value's elements in their original order, with
** reverse=True too. */
static void check_stable(bool reverse) {
  enum { N = 1000 };
  GpValue l = gp_list_new(th, 0);
  GpValue orig[N];
  for (int i = 0; i < N; i++) {
    int64_t k = (i * 7919) % 10;
    orig[i] = i % 3 ? gp_intv(k) : gp_floatv((double)k);
    assert_int_equal(gp_list_append(th, l.as.o, orig[i]), 0);
  }
  assert_int_equal(gp_list_sort(th, l.as.o, GP_NONEV, reverse), 0);
  GpList *ls = GP_LIST(l);
  size_t pos = 0;
  for (int step = 0; step < 10; step++) {
    int64_t k = reverse ? 9 - step : step;
    for (int i = 0; i < N; i++) {
      if ((i * 7919) % 10 != k) continue;
      assert_int_equal(ls->items[pos].tag, orig[i].tag);
      pos++;
    }
  }
  assert_int_equal(pos, N);
  GP_DECREF(l);
}

static void test_list_sort_stable(void **state) {
  (void)state;
  check_stable(false);
  check_stable(true);
}

static void test_list_sort_equal_keys_keep_order(void **state) {
  (void)state;
  /* 1, 1.0 and True compare equal: a stable sort keeps their order */
  GpValue l = gp_list_new(th, 0);
  GpValue vals[] = {gp_intv(2),     gp_floatv(1.0), gp_intv(0),
                    gp_boolv(true), gp_intv(1),     gp_floatv(0.0)};
  for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++)
    gp_list_append(th, l.as.o, vals[i]);
  assert_int_equal(gp_list_sort(th, l.as.o, GP_NONEV, false), 0);
  assert_repr(l, "[0, 0.0, 1.0, True, 1, 2]");
}

static void test_list_sort_mixed_types_raises(void **state) {
  (void)state;
  GpValue l = gp_list_new(th, 0);
  gp_list_append(th, l.as.o, gp_intv(1));
  GpValue s = str("a");
  gp_list_append(th, l.as.o, s);
  GP_DECREF(s);
  assert_int_equal(gp_list_sort(th, l.as.o, GP_NONEV, false), -1);
  assert_true(gp_exc_matches(th->exc, &gp_exc_TypeError));
  clear_exc();
  assert_int_equal(GP_LIST(l)->len, 2); /* nothing lost */
  GP_DECREF(l);
}

/* ------------------------------------------------------------------- str */

static void test_str_repr_quoting(void **state) {
  (void)state;
  assert_repr(str("plain"), "'plain'");
  assert_repr(str("it's"), "\"it's\"");
  assert_repr(str("say \"hi\""), "'say \"hi\"'");
  assert_repr(str("both ' and \""), "'both \\' and \"'");
  assert_repr(str("tab\there\n\\"), "'tab\\there\\n\\\\'");
  assert_repr(str("\x01\x7f"), "'\\x01\\x7f'");
  assert_repr(str("h\xc3\xa9 \xe4\xb8\xad"), "'h\xc3\xa9 \xe4\xb8\xad'"); /* printable: as is */
  assert_repr(str("\xc2\xa0\xe2\x80\xa8"), "'\\xa0\\u2028'");             /* not printable */
}

static void test_str_index_non_ascii(void **state) {
  (void)state;
  GpValue s = str("h\xc3\xa9llo \xe4\xb8\xad!"); /* "héllo 中!" */
  assert_int_equal(GP_STR(s)->nchars, 8);
  assert_false(GP_STR(s)->ascii);
  GpValue c = gp_getitem(th, s, gp_intv(1));
  assert_string_equal(GP_STR(c)->data, "\xc3\xa9");
  GP_DECREF(c);
  c = gp_getitem(th, s, gp_intv(-2));
  assert_string_equal(GP_STR(c)->data, "\xe4\xb8\xad");
  GP_DECREF(c);
  c = gp_getslice(th, s, gp_intv(1), gp_intv(4), GP_NONEV);
  assert_string_equal(GP_STR(c)->data, "\xc3\xa9ll");
  GP_DECREF(c);
  c = gp_getslice(th, s, GP_NONEV, GP_NONEV, gp_intv(-1));
  assert_string_equal(GP_STR(c)->data, "!\xe4\xb8\xad oll\xc3\xa9h");
  GP_DECREF(c);
  assert_true(GP_IS_ERR(gp_getitem(th, s, gp_intv(8))));
  assert_true(gp_exc_matches(th->exc, &gp_exc_IndexError));
  clear_exc();
  GP_DECREF(s);
}

static void test_intern_identity(void **state) {
  (void)state;
  GpObj *a = gp_intern_cstr("identifier"), *b = gp_intern("identifier!", 10);
  assert_ptr_equal(a, b);
  assert_true(a->flags & GP_F_IMMORTAL);
}

/* GP_INCREF and GP_DECREF evaluate their argument once (they were macros
** that named it twice: GP_INCREF(keys[n++]) skipped an item). */
static void test_refcount_macros_evaluate_once(void **state) {
  (void)state;
  GpValue items[2] = {str("first"), str("second")};
  size_t n = 0;
  GP_INCREF(items[n++]);
  assert_int_equal(n, 1);
  assert_int_equal(atomic_load(&items[0].as.o->rc), 2);
  assert_int_equal(atomic_load(&items[1].as.o->rc), 1);
  n = 0;
  GP_DECREF(items[n++]);
  assert_int_equal(n, 1);
  assert_int_equal(atomic_load(&items[0].as.o->rc), 1);
  GP_DECREF(items[0]);
  GP_DECREF(items[1]);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_dict_insert_delete_resize),
      cmocka_unit_test(test_dict_numeric_keys_equal),
      cmocka_unit_test(test_dict_str_keys_and_find),
      cmocka_unit_test(test_list_sort_stable),
      cmocka_unit_test(test_list_sort_equal_keys_keep_order),
      cmocka_unit_test(test_list_sort_mixed_types_raises),
      cmocka_unit_test(test_str_repr_quoting),
      cmocka_unit_test(test_str_index_non_ascii),
      cmocka_unit_test(test_intern_identity),
      cmocka_unit_test(test_refcount_macros_evaluate_once),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
