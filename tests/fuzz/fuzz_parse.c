/*
** fuzz_parse.c — libFuzzer target: any byte string must parse to a tree or
** to a well-formed SyntaxError, without crashing, leaking or overflowing the
** stack; a tree's end positions never precede their starts, and the
** traceback markers under each statement's line (which re-parse a stretch
** of it) come out without a crash. See tests/fuzz/README.md.
*/
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "obj.h"
#include "traceback.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_span(const GpNode *n) {
  if (n->end_line && (n->end_line < n->line || (n->end_line == n->line && n->end_col < n->col)))
    abort();
}

/* Line `line` of src[0..size) and its length (to its newline). */
static const char *line_at(const char *src, size_t size, int line, size_t *len) {
  const char *p = src, *end = src + size;
  for (int i = 1; i < line && p; i++) {
    p = memchr(p, '\n', (size_t)(end - p));
    if (p) p++;
  }
  if (!p) return NULL;
  const char *nl = memchr(p, '\n', (size_t)(end - p));
  *len = (size_t)((nl ? nl : end) - p);
  return p;
}

/* The statements' spans, and their marker lines (statements of the module,
** of compound statements' bodies, and their expressions a and b). */
static void check_stmts(const GpNodeList *body, const char *src, size_t size, int depth) {
  for (int i = 0; i < body->n && depth < 8; i++) {
    const GpNode *s = body->items[i];
    const GpNode *parts[3] = {s, s->a, s->b};
    for (int k = 0; k < 3; k++) {
      size_t len;
      const char *p = parts[k] ? line_at(src, size, parts[k]->line, &len) : NULL;
      if (!p || memchr(p, '\0', len)) continue;
      check_span(parts[k]);
      GpBuf b;
      gp_buf_init(&b);
      gp_traceback_markers(&b, p, len, parts[k]->end_line > parts[k]->line, parts[k]->col,
                           parts[k]->end_line ? parts[k]->end_col : -1);
      gp_buf_free(&b);
    }
    check_stmts(&s->body, src, size, depth + 1);
    check_stmts(&s->orelse, src, size, depth + 1);
  }
}

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
  } else {
    check_stmts(&mod->body, (const char *)data, size, 0);
  }
  gp_arena_free(arena);
  return 0;
}
