/*
** test_nogil.c — the container locks of gil=none through the C interface:
** a striped lock excludes (a plain counter under it stays exact), and four
** attached threads appending to one list, reading it while it reallocates,
** and setting, reading and deleting keys of one dict leave exact contents.
** Meant to run under the ThreadSanitizer and ASan builds too.
*/
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "code.h"
#include "compile.h"
#include "obj.h"
#include "vm.h"

enum { NT = 4, N = 20000 };

static gp_VM *vm;
static GpObj *list, *dict;

static int setup(void **state) {
  (void)state;
  gp_Options o;
  char err[256];
  gp_options_default(&o);
  o.gil = GP_GIL_NONE;
  vm = gp_open(&o, err, sizeof err);
  return vm ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  gp_close(vm);
  return 0;
}

/* ---------------------------------------------------------- the lock itself */

static GpObj shared_obj = {.rc = 1, .flags = GP_F_ATOMIC | GP_F_IMMORTAL};
static long plain_counter; /* guarded by shared_obj's stripe only */

static void *lock_worker(void *arg) {
  (void)arg;
  for (int i = 0; i < N; i++) {
    gp_obj_lock(&shared_obj);
    plain_counter++;
    gp_obj_unlock(&shared_obj);
  }
  return NULL;
}

static void test_stripe_lock_excludes(void **state) {
  (void)state;
  pthread_t th[NT];
  for (int k = 0; k < NT; k++)
    assert_int_equal(pthread_create(&th[k], NULL, lock_worker, NULL), 0);
  for (int k = 0; k < NT; k++)
    pthread_join(th[k], NULL);
  assert_int_equal(plain_counter, (long)NT * N);
}

/* ------------------------------------------------------- list and dict */

static void *container_worker(void *arg) {
  int64_t base = (int64_t)(intptr_t)arg * N;
  GpThread *t = gp_attach(vm);
  if (!t) return (void *)1;
  uintptr_t bad = 0;
  for (int64_t i = 0; i < N; i++) {
    GpValue v;
    if (gp_list_append(t, list, gp_intv(base + i)) < 0) bad++;
    size_t n = gp_list_len(list);
    if (!gp_list_item(list, n / 2, &v) || !GP_IS_INT(v)) bad++; /* never shrinks */
    if (gp_dict_set(t, dict, gp_intv(base + i), gp_intv(i)) < 0) bad++;
    if (gp_dict_getref(t, dict, gp_intv(base + i), &v) != 1 || v.as.i != i) bad++;
    if (i % 2 && gp_dict_del(t, dict, gp_intv(base + i)) != 1) bad++;
  }
  gp_detach(t);
  return (void *)bad;
}

static void test_shared_list_and_dict(void **state) {
  (void)state;
  GpThread *t = gp_attach(vm);
  assert_non_null(t);
  GpValue l = gp_list_new(t, 0), d = gp_dict_new(t);
  assert_false(GP_IS_ERR(l) || GP_IS_ERR(d));
  list = l.as.o;
  dict = d.as.o;
  assert_true(GP_IS_SHARED(list) && GP_IS_SHARED(dict));
  gp_list_append(t, list, gp_intv(-1)); /* n / 2 is always an index */
  pthread_t th[NT];
  for (intptr_t k = 0; k < NT; k++)
    assert_int_equal(pthread_create(&th[k], NULL, container_worker, (void *)k), 0);
  for (int k = 0; k < NT; k++) {
    void *bad;
    pthread_join(th[k], &bad);
    assert_ptr_equal(bad, NULL);
  }
  assert_int_equal(gp_list_len(list), (size_t)NT * N + 1);
  int64_t sum = 0;
  GpValue v;
  for (size_t i = 0; gp_list_item(list, i, &v); i++)
    sum += v.as.i;
  int64_t total = (int64_t)NT * N;
  assert_int_equal(sum, total * (total - 1) / 2 - 1);
  assert_int_equal(gp_dict_len(dict), (size_t)NT * N / 2);
  for (int64_t k = 0; k < total; k += 2) { /* the even ones stay */
    assert_int_equal(gp_dict_getref(t, dict, gp_intv(k), &v), 1);
    assert_int_equal(v.as.i, k % N);
  }
  GP_DECREF(l);
  GP_DECREF(d);
  gp_detach(t);
}

/* ------------------------------------------------- deferred shared objects */

static bool deferred(GpValue v) {
  return GP_IS_OBJ(v) && (v.as.o->flags & GP_F_DEFERRED);
}

static void test_shared_objects_deferred(void **state) {
  (void)state;
  GpThread *t = gp_attach(vm);
  assert_non_null(t);
  GpValue name = gp_str_cstr(t, "len");
  assert_false(GP_IS_ERR(name));
  GpValue *len = gp_dict_find_str(t->vm->builtins, name.as.o);
  assert_non_null(len);
  assert_true(deferred(*len));
  GP_DECREF(name);
  static const char src[] =
      "x = 'a str of its own'\ny = b'bytes'\nz = 123456789012345678901234567890\nw = 1 in (1, 2)\n";
  GpValue c = gp_compile_source(t, src, sizeof src - 1, "<test>");
  assert_false(GP_IS_ERR(c));
  const GpCode *code = (const GpCode *)c.as.o;
  int objs = 0;
  for (int i = 0; i < code->nconsts; i++) {
    if (!GP_IS_OBJ(code->consts[i]) || (code->consts[i].as.o->flags & GP_F_IMMORTAL)) continue;
    assert_true(deferred(code->consts[i]));
    objs++;
  }
  assert_true(objs >= 3); /* the str, the bytes and the big int */
  GP_DECREF(c);
  gp_detach(t);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_stripe_lock_excludes),
      cmocka_unit_test(test_shared_list_and_dict),
      cmocka_unit_test(test_shared_objects_deferred),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
