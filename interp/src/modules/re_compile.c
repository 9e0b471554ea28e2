/*
** re_compile.c — a pattern's node tree to the matcher's program (re.h).
** Counted repeats keep their counts in registers instead of copying their
** body, so `(ab){1000}` stays small; a repeat of one character becomes
** OP_STAR, which the matcher runs without a backtrack entry per character.
** Possessive repeats are atomic groups around greedy ones, as the re
** documentation defines them.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "re.h"

typedef struct C {
  ReTree *tr;
  ReProg *pg;
  int32_t cap;
  ReErr *err;
  bool bytes;
} C;

static int32_t emit(C *c, int op) {
  ReProg *pg = c->pg;
  if (pg->ncode == c->cap) {
    int32_t cap = c->cap ? c->cap * 2 : 64;
    ReInst *n = realloc(pg->code, (size_t)cap * sizeof *n);
    if (!n) {
      c->err->kind = RE_ERR_MEMORY;
      return -1;
    }
    pg->code = n;
    c->cap = cap;
  }
  memset(&pg->code[pg->ncode], 0, sizeof(ReInst));
  pg->code[pg->ncode].op = (uint8_t)op;
  return pg->ncode++;
}

static uint64_t sat_add(uint64_t a, uint64_t b) {
  return a >= RE_INF || b >= RE_INF || a + b >= RE_INF ? RE_INF : a + b;
}
static uint64_t sat_mul(uint64_t a, uint64_t b) {
  if (a == 0 || b == 0) return 0;
  return a >= RE_INF || b >= RE_INF || a * b >= RE_INF ? RE_INF : a * b;
}

static int32_t group_node(const ReTree *tr, uint32_t g) {
  for (int32_t k = 0; k < tr->nnodes; k++)
    if (tr->nodes[k].kind == RN_GROUP && tr->nodes[k].a == g) return k;
  return -1;
}

void re_width(const ReTree *tr, int32_t n, uint64_t *min, uint64_t *max) {
  const ReNode *nd = &tr->nodes[n];
  uint64_t a = 0, b = 0, x, y;
  switch (nd->kind) {
  case RN_CHAR:
  case RN_ANY:
  case RN_SET:
    a = b = 1;
    break;
  case RN_CAT:
    for (int32_t k = nd->kid; k >= 0; k = tr->nodes[k].sib) {
      re_width(tr, k, &x, &y);
      a = sat_add(a, x);
      b = sat_add(b, y);
    }
    break;
  case RN_ALT:
    a = RE_INF;
    for (int32_t k = nd->kid; k >= 0; k = tr->nodes[k].sib) {
      re_width(tr, k, &x, &y);
      a = x < a ? x : a;
      b = y > b ? y : b;
    }
    break;
  case RN_GROUP:
    re_width(tr, nd->kid, &a, &b);
    break;
  case RN_REPEAT:
    re_width(tr, nd->kid, &x, &y);
    a = sat_mul(x, nd->a);
    b = sat_mul(y, nd->b);
    break;
  case RN_BACKREF: {
    int32_t g = group_node(tr, nd->a);
    if (g >= 0)
      re_width(tr, g, &a, &b);
    else
      b = RE_INF;
    break;
  }
  case RN_LOOK:
    if (nd->sub == RL_ATOMIC) re_width(tr, nd->kid, &a, &b);
    break;
  case RN_COND:
    re_width(tr, nd->kid, &a, &b);
    x = y = 0;
    if (nd->kid2 >= 0) re_width(tr, nd->kid2, &x, &y);
    a = x < a ? x : a;
    b = y > b ? y : b;
    break;
  default:
    break;
  }
  *min = a;
  *max = b;
}

static int gen(C *c, int32_t n);

static bool single_char(const ReNode *nd) {
  return nd->kind == RN_CHAR || nd->kind == RN_ANY || nd->kind == RN_SET;
}

static int gen_char(C *c, const ReNode *nd) {
  bool ascii = (nd->nflags & RNF_ASCII) != 0;
  int32_t pc;
  if (nd->kind == RN_ANY) return emit(c, nd->nflags & RNF_DOTALL ? OP_ANYALL : OP_ANY) < 0 ? -1 : 0;
  if (nd->kind == RN_SET) {
    if ((pc = emit(c, OP_SET)) < 0) return -1;
    c->pg->code[pc].x = nd->a;
    return 0;
  }
  uint32_t lo = re_lower(nd->a, ascii), up = re_upper(nd->a, ascii);
  bool fold = (nd->nflags & RNF_ICASE) && (lo != nd->a || up != nd->a);
  if ((pc = emit(c, fold ? OP_CHARI : OP_CHAR)) < 0) return -1;
  ReInst *in = &c->pg->code[pc];
  in->c = nd->a;
  in->x = lo;
  in->y = up;
  in->flag = ascii;
  return 0;
}

static int gen_look(C *c, const ReNode *nd, int kind) {
  uint64_t w = 0, wmax = 0;
  if (kind == RL_BEHIND || kind == RL_NBEHIND) {
    re_width(c->tr, nd->kid, &w, &wmax);
    if (w != wmax || w >= RE_INF) {
      c->err->kind = RE_ERR_SYNTAX;
      c->err->pos = -1;
      snprintf(c->err->msg, sizeof c->err->msg, "look-behind requires fixed-width pattern");
      return -1;
    }
  }
  int32_t pc = emit(c, OP_LOOK);
  if (pc < 0 || gen(c, nd->kid) < 0 || emit(c, OP_LOOK_END) < 0) return -1;
  ReInst *in = &c->pg->code[pc];
  in->flag = (uint8_t)kind;
  in->x = (uint32_t)w;
  in->y = (uint32_t)c->pg->ncode;
  return 0;
}

static int gen_repeat(C *c, int32_t n) {
  const ReNode *nd = &c->tr->nodes[n];
  const ReNode *kid = &c->tr->nodes[nd->kid];
  uint32_t min = nd->a, max = nd->b;
  bool lazy = nd->sub == RR_LAZY;
  int32_t pc;
  if (nd->sub == RR_POSSESSIVE) {
    /* an atomic group around the greedy repeat */
    if ((pc = emit(c, OP_LOOK)) < 0) return -1;
    c->tr->nodes[n].sub = RR_GREEDY;
    int r = gen_repeat(c, n);
    c->tr->nodes[n].sub = RR_POSSESSIVE;
    if (r < 0 || emit(c, OP_LOOK_END) < 0) return -1;
    c->pg->code[pc].flag = RL_ATOMIC;
    c->pg->code[pc].y = (uint32_t)c->pg->ncode;
    return 0;
  }
  if (single_char(kid)) {
    if ((pc = emit(c, OP_STAR)) < 0 || gen_char(c, kid) < 0) return -1;
    ReInst *in = &c->pg->code[pc];
    in->x = min;
    in->y = max;
    in->flag = lazy;
    return 0;
  }
  if (min == 1 && max == 1) return gen(c, nd->kid);
  if (min == 0 && max == 1) {
    if ((pc = emit(c, OP_SPLIT)) < 0 || gen(c, nd->kid) < 0) return -1;
    ReInst *in = &c->pg->code[pc];
    in->x = lazy ? (uint32_t)c->pg->ncode : (uint32_t)pc + 1;
    in->y = lazy ? (uint32_t)pc + 1 : (uint32_t)c->pg->ncode;
    return 0;
  }
  int32_t r = c->pg->nregs++;
  int32_t init = emit(c, OP_RPT_INIT);
  int32_t loop = emit(c, OP_RPT);
  if (init < 0 || loop < 0 || gen(c, nd->kid) < 0) return -1;
  int32_t j = emit(c, OP_JMP);
  if (j < 0) return -1;
  c->pg->code[init].r = r;
  c->pg->code[j].x = (uint32_t)loop;
  ReInst *in = &c->pg->code[loop];
  in->r = r;
  in->x = min;
  in->y = max;
  in->flag = lazy;
  in->c = (uint32_t)c->pg->ncode;
  return 0;
}

static int gen_alt(C *c, const ReNode *nd) {
  int32_t k = nd->kid;
  int32_t jumps_head = -1; /* chain of JMPs to patch, linked through x */
  for (; k >= 0; k = c->tr->nodes[k].sib) {
    int32_t split = -1;
    if (c->tr->nodes[k].sib >= 0 && (split = emit(c, OP_SPLIT)) < 0) return -1;
    if (gen(c, k) < 0) return -1;
    if (split >= 0) {
      int32_t j = emit(c, OP_JMP);
      if (j < 0) return -1;
      c->pg->code[j].x = (uint32_t)jumps_head;
      jumps_head = j;
      c->pg->code[split].x = (uint32_t)split + 1;
      c->pg->code[split].y = (uint32_t)c->pg->ncode;
    }
  }
  while (jumps_head >= 0) {
    int32_t next = (int32_t)c->pg->code[jumps_head].x;
    c->pg->code[jumps_head].x = (uint32_t)c->pg->ncode;
    jumps_head = next;
  }
  return 0;
}

static int gen_save(C *c, uint32_t slot) {
  int32_t pc = emit(c, OP_SAVE);
  if (pc < 0) return -1;
  c->pg->code[pc].x = slot;
  return 0;
}

static int gen(C *c, int32_t n) {
  const ReNode *nd = &c->tr->nodes[n];
  int32_t pc;
  switch (nd->kind) {
  case RN_EMPTY:
    return 0;
  case RN_CHAR:
  case RN_ANY:
  case RN_SET:
    return gen_char(c, nd);
  case RN_CAT:
    for (int32_t k = nd->kid; k >= 0; k = c->tr->nodes[k].sib)
      if (gen(c, k) < 0) return -1;
    return 0;
  case RN_ALT:
    return gen_alt(c, nd);
  case RN_GROUP:
    if (nd->a == 0) return gen(c, nd->kid);
    if (gen_save(c, 2 * nd->a) < 0 || gen(c, nd->kid) < 0) return -1;
    return gen_save(c, 2 * nd->a + 1);
  case RN_REPEAT:
    return gen_repeat(c, n);
  case RN_BACKREF:
    if ((pc = emit(c, OP_BACKREF)) < 0) return -1;
    c->pg->code[pc].x = nd->a;
    c->pg->code[pc].flag = (nd->nflags & RNF_ICASE) != 0;
    c->pg->code[pc].c = (nd->nflags & RNF_ASCII) != 0;
    return 0;
  case RN_AT:
    if ((pc = emit(c, OP_AT)) < 0) return -1;
    c->pg->code[pc].flag = nd->sub;
    c->pg->code[pc].c = nd->nflags;
    return 0;
  case RN_LOOK:
    return gen_look(c, nd, nd->sub);
  case RN_COND: {
    if ((pc = emit(c, OP_COND)) < 0 || gen(c, nd->kid) < 0) return -1;
    int32_t j = emit(c, OP_JMP);
    if (j < 0) return -1;
    c->pg->code[pc].x = nd->a;
    c->pg->code[pc].y = (uint32_t)c->pg->ncode;
    if (nd->kid2 >= 0 && gen(c, nd->kid2) < 0) return -1;
    c->pg->code[j].x = (uint32_t)c->pg->ncode;
    return 0;
  }
  default:
    return 0;
  }
}

/* What every match starts with, for search's scan. */
static void scan_info(ReProg *pg) {
  pg->first = -1;
  int32_t pc = 0;
  while (pg->code[pc].op == OP_SAVE)
    pc++;
  const ReInst *in = &pg->code[pc];
  if (in->op == OP_AT && (in->flag == RA_BOS || (in->flag == RA_BOL && !(in->c & RNF_MULTI)))) {
    pg->anchored = true;
    return;
  }
  if (in->op == OP_STAR && in->x >= 1) pc++;
  switch (pg->code[pc].op) {
  case OP_CHAR:
  case OP_CHARI:
  case OP_SET:
    pg->first = pc;
    break;
  default:
    break;
  }
  int32_t n = 0;
  for (pc = 0; pc < pg->ncode; pc++) {
    if (pg->code[pc].op == OP_SAVE) continue;
    if (pg->code[pc].op != OP_CHAR) break;
    n++;
  }
  if (n < 2) return;
  pg->prefix = malloc((size_t)n * sizeof *pg->prefix);
  if (!pg->prefix) return; /* only an optimization */
  n = 0;
  for (pc = 0; pc < pg->ncode; pc++) {
    if (pg->code[pc].op == OP_SAVE) continue;
    if (pg->code[pc].op != OP_CHAR) break;
    pg->prefix[n++] = pg->code[pc].c;
  }
  pg->nprefix = n;
}

int re_compile(ReTree *tr, bool is_bytes, ReProg *pg, ReErr *err) {
  memset(pg, 0, sizeof *pg);
  C c = {.tr = tr, .pg = pg, .err = err, .bytes = is_bytes};
  if (gen(&c, tr->root) < 0 || emit(&c, OP_MATCH) < 0) {
    re_prog_free(pg);
    return -1;
  }
  pg->sets = tr->sets;
  pg->nsets = tr->nsets;
  pg->names = tr->names;
  pg->ngroups = tr->ngroups;
  pg->flags = tr->flags;
  pg->is_bytes = is_bytes;
  tr->sets = NULL;
  tr->nsets = 0;
  tr->names = NULL;
  scan_info(pg);
  return 0;
}

void re_free_parts(ReSet *sets, int32_t nsets, char **names, int32_t ngroups) {
  for (int32_t k = 0; k < nsets; k++)
    free(sets[k].ranges);
  free(sets);
  if (names)
    for (int32_t k = 0; k <= ngroups; k++)
      free(names[k]);
  free(names);
}

void re_prog_free(ReProg *pg) {
  re_free_parts(pg->sets, pg->nsets, pg->names, pg->ngroups);
  free(pg->code);
  free(pg->prefix);
  memset(pg, 0, sizeof *pg);
}
