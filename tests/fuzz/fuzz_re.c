/*
** fuzz_re.c — libFuzzer target: the re module's pattern parser, compiler
** and matcher (interp/src/modules/re_*.c) on hostile input. The first
** byte picks flags and whether the text is a str (bytes 0xC0 and up
** become code points beyond Latin-1) or bytes; the rest is the pattern,
** a NUL, and the subject. A pattern must compile or fail with an error
** naming a position inside it; a match found must lie inside the subject
** with its groups inside the match's reach. The matcher runs with a
** backtrack budget, as exponential patterns are legal (CPython takes as
** long) but would stall the fuzzer.
*/
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "re.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static ReText text_of(const uint8_t *p, size_t n, bool str, uint32_t **u) {
  ReText t = {.len = (int64_t)n};
  *u = NULL;
  if (!str) {
    t.b = p;
    return t;
  }
  *u = malloc((n + 1) * sizeof **u);
  if (!*u) abort();
  for (size_t k = 0; k < n; k++)
    (*u)[k] = p[k] >= 0xC0 ? 0x100 + (uint32_t)p[k] * 97 : p[k];
  t.u = *u;
  return t;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  uint8_t sel = data[0];
  bool str = sel & 1;
  int flags = (sel & 2 ? RE_F_IGNORECASE : 0) | (sel & 4 ? RE_F_MULTILINE : 0) |
              (sel & 8 ? RE_F_DOTALL : 0) | (sel & 16 ? RE_F_VERBOSE : 0) |
              (sel & 32 && str ? RE_F_ASCII : 0);
  const uint8_t *pat = data + 1, *end = data + size;
  const uint8_t *nul = memchr(pat, 0, (size_t)(end - pat));
  size_t plen = (size_t)((nul ? nul : end) - pat);
  const uint8_t *subj = nul ? nul + 1 : end;
  size_t slen = (size_t)(end - subj);
  uint32_t *pu, *su;
  ReText pt = text_of(pat, plen, str, &pu), st_text = text_of(subj, slen, str, &su);
  ReTree tree;
  ReErr err = {.pos = -1};
  ReProg prog;
  int r = re_parse(&pt, flags, !str, &tree, &err);
  if (r == 0) r = re_compile(&tree, !str, &prog, &err);
  re_tree_free(&tree);
  if (r < 0) {
    if (err.kind == RE_ERR_SYNTAX && (err.pos < -1 || err.pos > (int64_t)plen)) abort();
  } else {
    ReState st;
    if (re_state_init(&st, &prog, &st_text, 0) < 0) abort();
    for (int mode = 0; mode < 3; mode++) {
      st.budget = 20000;
      int m = mode == 0 ? re_search(&st, 0) : re_match_at(&st, 0, mode == 2);
      if (m < 0) abort();
      if (m == 0) continue;
      int64_t a = st.slots[0], b = st.slots[1];
      if (a < 0 || b < a || b > st_text.len) abort();
      for (int32_t g = 1; g <= prog.ngroups; g++) {
        int64_t x = st.slots[2 * g], y = st.slots[2 * g + 1];
        if ((x >= 0 && x > st_text.len) || (y >= 0 && y > st_text.len)) abort();
      }
    }
    re_state_free(&st);
    re_prog_free(&prog);
  }
  free(pu);
  free(su);
  return 0;
}
