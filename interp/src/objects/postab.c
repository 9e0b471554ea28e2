/*
** postab.c — code objects' position tables, compact as CPython's
** co_linetable: a run of words sharing one position is stored once, as
** five varints (run length, line delta from the previous run (zigzag), line
** span, col + 1, end_col + 1; 0 = unknown column), mostly one byte each.
** Also the frames of the comprehensions the compiler inlined.
*/
#include <stdlib.h>

#include "code.h"
#include "obj.h"

typedef struct Out {
  uint8_t *p;
  size_t n, cap;
} Out;

static void put(Out *o, uint64_t v) {
  do {
    if (o->n == o->cap) {
      size_t cap = o->cap ? o->cap * 2 : 32;
      uint8_t *q = o->p ? realloc(o->p, cap) : malloc(cap);
      if (!q) {
        free(o->p);
        o->p = NULL;
        o->cap = o->n = 0;
        return;
      }
      o->p = q;
      o->cap = cap;
    }
    o->p[o->n++] = (uint8_t)((v & 0x7f) | (v > 0x7f ? 0x80 : 0));
    v >>= 7;
  } while (v);
}

static uint64_t zigzag(int64_t v) {
  return v < 0 ? ((uint64_t)(-(v + 1)) << 1) | 1 : (uint64_t)v << 1;
}

static bool same(const GpPos *a, const GpPos *b) {
  return a->line == b->line && a->end_line == b->end_line && a->col == b->col &&
         a->end_col == b->end_col;
}

uint8_t *gp_postab_encode(const GpPos *pos, uint32_t n) {
  Out o = {NULL, 0, 0};
  int prev = 0;
  for (uint32_t i = 0; i < n;) {
    uint32_t j = i + 1;
    while (j < n && same(&pos[i], &pos[j]))
      j++;
    const GpPos *p = &pos[i];
    put(&o, j - i);
    put(&o, zigzag((int64_t)p->line - prev));
    put(&o, p->end_line > p->line ? (uint64_t)(p->end_line - p->line) : 0);
    put(&o, (uint64_t)(p->col + 1));
    put(&o, (uint64_t)(p->end_col + 1));
    prev = p->line;
    i = j;
    if (!o.p) return NULL;
  }
  put(&o, 0); /* the end */
  return o.p;
}

static uint64_t get(const uint8_t **pp) {
  uint64_t v = 0;
  int shift = 0;
  const uint8_t *p = *pp;
  do {
    v |= (uint64_t)(*p & 0x7f) << shift;
    shift += 7;
  } while (*p++ & 0x80);
  *pp = p;
  return v;
}

GpPos gp_code_pos(const GpCode *c, uint32_t pc) {
  GpPos r = {c->firstline, c->firstline, -1, -1};
  const uint8_t *p = c->postab;
  if (!p) return r;
  if (pc >= c->ncode && c->ncode) pc = c->ncode - 1;
  uint32_t start = 0;
  int line = 0;
  for (uint64_t len; (len = get(&p)) != 0; start += (uint32_t)len) {
    uint64_t z = get(&p);
    line += (int)(z & 1 ? -(int64_t)(z >> 1) - 1 : (int64_t)(z >> 1));
    int span = (int)get(&p);
    int col = (int)get(&p) - 1, end_col = (int)get(&p) - 1;
    r = (GpPos){line, line + span, col, end_col};
    if (pc < start + len) break;
  }
  return r;
}

int gp_code_frames(const GpCode *c, uint32_t pc, GpFrameInfo *out, int max) {
  int n = 0;
  const char *name = ((const GpStr *)c->name)->data;
  for (int i = 0; i < c->ncompframes && n < max - 1; i++) {
    const GpCompFrame *f = &c->compframes[i];
    if (pc < f->start || pc >= f->end) continue;
    out[n++] = (GpFrameInfo){name, f->pos};
    name = f->name;
  }
  out[n++] = (GpFrameInfo){name, gp_code_pos(c, pc)};
  return n;
}

int gp_code_line(const GpCode *c, uint32_t pc) {
  return gp_code_pos(c, pc).line;
}
