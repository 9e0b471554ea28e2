/*
** fuzz_vm.c — see fuzz_vm.h. The VM lives for the whole fuzzing process:
** opening one an input would cost more than most inputs' checks.
*/
#include <stdint.h>
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

void fuzz_vm_check_hex(const char *src, const char *name, const uint8_t *data, size_t size) {
  char *hex = malloc(size * 2 + 1), *p = hex;
  if (!hex) return;
  for (size_t i = 0; i < size; i++)
    p += snprintf(p, 3, "%02x", data[i]);
  *p = '\0';
  fuzz_vm_check(src, name, hex);
  free(hex);
}

/* One code point from s[0..n), *len its byte count; a byte that does not
** start a valid, shortest, non-surrogate UTF-8 sequence is itself. */
static uint32_t next_cp(const uint8_t *s, size_t n, size_t *len) {
  static const uint32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
  size_t k = s[0] < 0x80         ? 1
             : (s[0] >> 5) == 6  ? 2
             : (s[0] >> 4) == 14 ? 3
             : (s[0] >> 3) == 30 ? 4
                                 : 0;
  uint32_t cp = k == 1 ? s[0] : k == 2 ? s[0] & 0x1fu : k == 3 ? s[0] & 0x0fu : s[0] & 0x07u;
  for (size_t i = 1; i < k; i++) {
    if (i >= n || (s[i] & 0xc0) != 0x80) k = 0;
    if (k) cp = cp << 6 | (s[i] & 0x3fu);
  }
  if (k == 0 || cp < min[k] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
    *len = 1;
    return s[0];
  }
  *len = k;
  return cp;
}

void fuzz_vm_check_text(const char *src, const char *name, const uint8_t *data, size_t size) {
  char *hex = malloc(size * 6 + 1), *p = hex;
  if (!hex) return;
  for (size_t i = 0, n; i < size; i += n)
    p += snprintf(p, 7, "%06x", (unsigned)next_cp(data + i, size - i, &n));
  *p = '\0';
  fuzz_vm_check(src, name, hex);
  free(hex);
}
