/*
** tbmarkers.c — the ^^^ and ~~^~~ line CPython 3.11 prints under a
** traceback's source line (PEP 657): the failing instruction's columns,
** split by re-parsing that stretch of the line as CPython does, so that a
** binary operator or a subscript gets ^ and its operands ~.
*/
#include <string.h>

#include "ast.h"
#include "obj.h"
#include "traceback.h"

#define IS_WS(c) ((c) == ' ' || (c) == '\t' || (c) == '\f')

/* Characters (not bytes) in the first n bytes of UTF-8 s. */
static long chars(const char *s, size_t n) {
  long k = 0;
  for (size_t i = 0; i < n; i++)
    k += ((unsigned char)s[i] & 0xc0) != 0x80;
  return k;
}

/* The node lies on the segment's one line, within its n bytes. */
static bool on_line(const GpNode *e, size_t n) {
  return e->line == 1 && e->end_line == 1 && e->col >= 0 && (size_t)e->end_col <= n;
}

/* The byte anchors [*left, *right) of seg as 3.11.7 finds them: the operator
** of a BinOp, the [...] of a Subscript; false if seg is not one of those. */
static bool anchors_of(const GpNode *e, const char *seg, size_t n, size_t *left, size_t *right) {
  if ((e->kind != GP_N_BINOP && e->kind != GP_N_SUBSCRIPT) || !on_line(e, n) || !on_line(e->a, n) ||
      !on_line(e->b, n))
    return false;
  if (e->kind == GP_N_BINOP) {
    size_t i = (size_t)e->a->end_col, stop = (size_t)e->b->col;
    while (i < stop && (IS_WS(seg[i]) || seg[i] == ')'))
      i++;
    if (i >= stop) return false;
    *left = i;
    *right = i + 1 + (i + 1 < stop && !IS_WS(seg[i + 1]));
    return true;
  }
  size_t l = (size_t)e->a->end_col, r = (size_t)e->b->end_col + 1;
  if (r > n) r = n;
  while (l < n && seg[l] != '[')
    l++;
  while (r < n && seg[r] != ']')
    r++;
  *left = l;
  *right = r < n ? r + 1 : r;
  return true;
}

/* Parses seg (a single-line stretch) as CPython's traceback does: a module
** that must be one expression statement. */
static bool anchors(const char *seg, size_t n, size_t *left, size_t *right) {
  GpArena *a = gp_arena_new();
  GpSyntaxError err;
  GpNode *m = gp_parse(a, seg, n, "<traceback>", &err);
  bool ok = m && m->body.n == 1 && m->body.items[0]->kind == GP_N_EXPR &&
            anchors_of(m->body.items[0]->a, seg, n, left, right);
  gp_arena_free(a);
  return ok;
}

void gp_traceback_markers(GpBuf *b, const char *src, size_t len, bool multiline, int col,
                          int end_col) {
  if (col < 0 || end_col < 0) return;
  size_t indent = 0;
  while (indent < len && IS_WS(src[indent]))
    indent++;
  size_t bstart = (size_t)col < len ? (size_t)col : len;
  size_t bend = (size_t)end_col < len ? (size_t)end_col : len;
  long start = chars(src, bstart), end = chars(src, bend);
  long left = -1, right = -1;
  if (!multiline && bend > bstart) {
    size_t l, r;
    if (anchors(src + bstart, bend - bstart, &l, &r)) {
      left = start + chars(src + bstart, l);
      right = start + chars(src + bstart, r);
    }
  } else if (multiline) {
    size_t i = len;
    while (i > 0 && IS_WS(src[i - 1]))
      i--;
    end = chars(src, i);
  }
  if (end - start == chars(src + indent, len - indent) && left < 0) return;
  const char *primary = left < 0 ? "^" : "~";
  gp_buf_puts(b, "    ");
  for (long i = chars(src, indent); i < end; i++)
    gp_buf_puts(b, i < start ? " " : left <= i && i < right ? "^" : primary);
  gp_buf_putc(b, '\n');
}
