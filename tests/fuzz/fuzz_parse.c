/*
** fuzz_parse.c — libFuzzer target: any byte string must parse to a tree or
** to a well-formed SyntaxError, without crashing, leaking or overflowing the
** stack. See tests/fuzz/README.md.
*/
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  GpArena *arena = gp_arena_new();
  GpSyntaxError err;
  GpNode *mod = gp_parse(arena, (const char *)data, size, "fuzz.py", &err);
  if (mod == NULL) {
    /* an error always names its kind, says something and has a sane place */
    if (err.kind == NULL || err.msg[0] == '\0' || err.line < 0 || err.col < 0 ||
        memchr(err.text, '\0', sizeof err.text) == NULL)
      abort();
  } else if (mod->kind != GP_N_MODULE) {
    abort();
  }
  gp_arena_free(arena);
  return 0;
}
