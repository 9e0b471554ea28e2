/*
** re_match.c — the backtracking matcher. Every choice point is an entry
** on a heap-allocated stack, never a C call, so neither long subjects
** nor deep patterns can overflow the C stack; the stack also logs the old
** value of each capture slot and repeat counter a step overwrites, and
** failing pops entries until one resumes, undoing those writes.
** Look-arounds and atomic groups push a barrier: their body's choices
** above it are dropped when the body succeeds (keeping the undo entries,
** so captures made inside are undone when matching backtracks past it).
*/
#include <stdlib.h>
#include <string.h>

#include "re.h"

enum { BT_BRANCH, BT_SLOT, BT_REG, BT_STAR, BT_RPTLAZY, BT_LOOK };
typedef struct Bt {
  int32_t kind, pc; /* pc: the slot or register for BT_SLOT, BT_REG */
  int64_t pos, a;
} Bt;

#define BT_LIMIT ((size_t)1 << 27) /* entries (3 GiB): beyond, MemoryError */

static int push(ReState *st, int kind, int32_t pc, int64_t pos, int64_t a) {
  if (st->sp == st->cap) {
    size_t cap = st->cap ? st->cap * 2 : 64;
    if (cap > BT_LIMIT) return -1;
    Bt *n = realloc(st->stack, cap * sizeof *n);
    if (!n) return -1;
    st->stack = n;
    st->cap = cap;
  }
  ((Bt *)st->stack)[st->sp++] = (Bt){kind, pc, pos, a};
  return 0;
}

static bool item_ok(const ReState *st, const ReInst *in, uint32_t ch) {
  switch (in->op) {
  case OP_CHAR:
    return ch == in->c;
  case OP_CHARI:
    return ch == in->c || re_lower(ch, in->flag) == in->x || re_upper(ch, in->flag) == in->y;
  case OP_ANY:
    return ch != '\n';
  case OP_ANYALL:
    return true;
  default:
    return re_set_has(&st->prog->sets[in->x], ch);
  }
}

static bool word_at(const ReState *st, int64_t i, bool ascii) {
  return i >= 0 && i < st->s.len && re_is_word(re_at(&st->s, i), ascii);
}

static bool at_ok(const ReState *st, const ReInst *in, int64_t pos) {
  const ReText *s = &st->s;
  bool multi = (in->c & RNF_MULTI) != 0, ascii = (in->c & RNF_ASCII) != 0;
  switch (in->flag) {
  case RA_BOL:
    return pos == 0 || (multi && re_at(s, pos - 1) == '\n');
  case RA_EOL:
    if (pos == s->len) return true;
    if (multi) return re_at(s, pos) == '\n';
    return pos == s->len - 1 && re_at(s, pos) == '\n';
  case RA_BOS:
    return pos == 0;
  case RA_EOS:
    return pos == s->len;
  case RA_WORDB:
    return s->len > 0 && word_at(st, pos - 1, ascii) != word_at(st, pos, ascii);
  default:
    return s->len > 0 && word_at(st, pos - 1, ascii) == word_at(st, pos, ascii);
  }
}

/* \g: the text group g matched, again at pos; the new pos or -1. */
static int64_t backref(const ReState *st, const ReInst *in, int64_t pos) {
  int64_t a = st->slots[2 * in->x], b = st->slots[2 * in->x + 1];
  if (a < 0 || b < 0 || pos + (b - a) > st->s.len) return -1;
  bool ascii = in->c != 0;
  for (int64_t k = 0; k < b - a; k++) {
    uint32_t x = re_at(&st->s, a + k), y = re_at(&st->s, pos + k);
    if (x != y && !(in->flag && (re_lower(x, ascii) == re_lower(y, ascii) ||
                                 re_upper(x, ascii) == re_upper(y, ascii))))
      return -1;
  }
  return pos + (b - a);
}

static int save(ReState *st, uint32_t slot, int64_t pos) {
  int32_t last = 2 * (st->prog->ngroups + 1);
  if (push(st, BT_SLOT, (int32_t)slot, 0, st->slots[slot]) < 0) return -1;
  st->slots[slot] = pos;
  if ((slot & 1) && slot > 1) {
    if (push(st, BT_SLOT, last, 0, st->slots[last]) < 0) return -1;
    st->slots[last] = slot / 2;
  }
  return 0;
}

static int set_reg(ReState *st, int32_t r, uint32_t count, int64_t start) {
  if (push(st, BT_REG, r, st->regpos[r], st->regs[r]) < 0) return -1;
  st->regs[r] = count;
  st->regpos[r] = start;
  return 0;
}

/* The count a greedy OP_STAR at pc may end with, at most n: when a literal
** follows, only counts it can follow are worth trying. */
static int64_t star_fit(const ReState *st, int32_t pc, int64_t start, int64_t n) {
  const ReInst *next = &st->prog->code[pc + 2];
  if (next->op != OP_CHAR) return n;
  int64_t min = st->prog->code[pc].x;
  while (n > min && (start + n >= st->s.len || re_at(&st->s, start + n) != next->c))
    n--;
  return n;
}

/* The topmost barrier (look-around or atomic group). */
static size_t barrier(const ReState *st) {
  const Bt *bt = st->stack;
  size_t k = st->sp;
  while (bt[--k].kind != BT_LOOK) {
  }
  return k;
}

/* A look-around's body matched: drop its choices and the barrier at b,
** keeping the undo entries above it. */
static void commit(ReState *st, size_t b) {
  Bt *bt = st->stack;
  size_t w = b;
  for (size_t k = b + 1; k < st->sp; k++)
    if (bt[k].kind == BT_SLOT || bt[k].kind == BT_REG) bt[w++] = bt[k];
  st->sp = w;
}

static void undo(ReState *st, const Bt *e) {
  if (e->kind == BT_SLOT) {
    st->slots[e->pc] = e->a;
  } else {
    st->regs[e->pc] = (uint32_t)e->a;
    st->regpos[e->pc] = e->pos;
  }
}

/* Pops to the next choice: 1 with *pc, *pos set, 0 none left, -1 memory. */
static int backtrack(ReState *st, int32_t *pc, int64_t *pos) {
  const ReInst *code = st->prog->code;
  if (st->budget && --st->budget == 0) {
    st->budget = 1; /* spent: every later choice fails at once */
    st->sp = 0;
  }
  while (st->sp > 0) {
    Bt e = ((Bt *)st->stack)[--st->sp];
    const ReInst *in = &code[e.pc];
    switch (e.kind) {
    case BT_SLOT:
    case BT_REG:
      undo(st, &e);
      break;
    case BT_BRANCH:
      *pc = e.pc;
      *pos = e.pos;
      return 1;
    case BT_STAR: {
      int64_t n = e.a;
      if (!in->flag) {
        n = star_fit(st, e.pc, e.pos, n - 1);
        if (n > (int64_t)in->x && push(st, BT_STAR, e.pc, e.pos, n) < 0) return -1;
      } else {
        int64_t p = e.pos + n;
        if (p >= st->s.len || n >= (int64_t)in->y || !item_ok(st, in + 1, re_at(&st->s, p))) break;
        n++;
        if (n < (int64_t)in->y && push(st, BT_STAR, e.pc, e.pos, n) < 0) return -1;
      }
      *pc = e.pc + 2;
      *pos = e.pos + n;
      return 1;
    }
    case BT_RPTLAZY:
      if (set_reg(st, in->r, st->regs[in->r] + 1, e.pos) < 0) return -1;
      *pc = e.pc + 1;
      *pos = e.pos;
      return 1;
    case BT_LOOK:
      if (in->flag == RL_NAHEAD || in->flag == RL_NBEHIND) {
        *pc = (int32_t)in->y;
        *pos = e.pos;
        return 1;
      }
      break;
    }
  }
  return 0;
}

static int step_star(ReState *st, const ReInst *in, int32_t pc, int64_t *pos) {
  int64_t start = *pos, limit = st->s.len - start, n = 0;
  if ((uint64_t)limit > in->y) limit = in->y;
  const ReInst *item = in + 1;
  if (!in->flag) {
    if (item->op == OP_ANYALL)
      n = limit;
    else
      while (n < limit && item_ok(st, item, re_at(&st->s, start + n)))
        n++;
    if (n < (int64_t)in->x) return 0;
    n = star_fit(st, pc, start, n);
    if (n > (int64_t)in->x && push(st, BT_STAR, pc, start, n) < 0) return -1;
  } else {
    n = in->x;
    if (n > limit) return 0;
    for (int64_t k = 0; k < n; k++)
      if (!item_ok(st, item, re_at(&st->s, start + k))) return 0;
    if (n < (int64_t)in->y && push(st, BT_STAR, pc, start, n) < 0) return -1;
  }
  *pos = start + n;
  return 1;
}

static int step_rpt(ReState *st, const ReInst *in, int32_t *pc, int64_t pos) {
  int32_t r = in->r;
  uint32_t c = st->regs[r];
  if (c > 0 && c >= in->x && pos == st->regpos[r]) {
    *pc = (int32_t)in->c; /* an empty iteration ends the loop */
    return 1;
  }
  if (c < in->x) {
    if (set_reg(st, r, c + 1, pos) < 0) return -1;
    (*pc)++;
  } else if (c >= in->y) {
    *pc = (int32_t)in->c;
  } else if (!in->flag) {
    if (push(st, BT_BRANCH, (int32_t)in->c, pos, 0) < 0 || set_reg(st, r, c + 1, pos) < 0)
      return -1;
    (*pc)++;
  } else {
    if (push(st, BT_RPTLAZY, *pc, pos, 0) < 0) return -1;
    *pc = (int32_t)in->c;
  }
  return 1;
}

/* 1 continue at *pc, 0 fail, -1 memory. */
static int step_look(ReState *st, const ReInst *in, int32_t *pc, int64_t *pos) {
  if (in->op == OP_LOOK) {
    bool behind = in->flag == RL_BEHIND || in->flag == RL_NBEHIND;
    if (behind && *pos < (int64_t)in->x) {
      if (in->flag == RL_BEHIND) return 0;
      *pc = (int32_t)in->y;
      return 1;
    }
    if (push(st, BT_LOOK, *pc, *pos, 0) < 0) return -1;
    if (behind) *pos -= in->x;
    (*pc)++;
    return 1;
  }
  size_t b = barrier(st);
  const Bt *e = &((Bt *)st->stack)[b];
  const ReInst *lk = &st->prog->code[e->pc];
  if (lk->flag == RL_NAHEAD || lk->flag == RL_NBEHIND) {
    while (st->sp > b + 1) {
      Bt u = ((Bt *)st->stack)[--st->sp];
      if (u.kind == BT_SLOT || u.kind == BT_REG) undo(st, &u);
    }
    st->sp = b;
    return 0;
  }
  if (lk->flag != RL_ATOMIC) *pos = e->pos;
  *pc = (int32_t)lk->y;
  commit(st, b);
  return 1;
}

static int run(ReState *st, int64_t pos, bool full) {
  const ReInst *code = st->prog->code;
  int32_t pc = 0;
  for (;;) {
    const ReInst *in = &code[pc];
    int ok = 1;
    switch (in->op) {
    case OP_MATCH:
      if ((full && pos != st->s.len) || (pos == st->slots[0] && pos == st->adv)) {
        ok = 0;
        break;
      }
      st->slots[1] = pos;
      return 1;
    case OP_CHAR:
    case OP_CHARI:
    case OP_ANY:
    case OP_ANYALL:
    case OP_SET:
      ok = pos < st->s.len && item_ok(st, in, re_at(&st->s, pos));
      pos++, pc++;
      break;
    case OP_SPLIT:
      ok = push(st, BT_BRANCH, (int32_t)in->y, pos, 0) < 0 ? -1 : 1;
      pc = (int32_t)in->x;
      break;
    case OP_JMP:
      pc = (int32_t)in->x;
      break;
    case OP_SAVE:
      ok = save(st, in->x, pos) < 0 ? -1 : 1;
      pc++;
      break;
    case OP_AT:
      ok = at_ok(st, in, pos);
      pc++;
      break;
    case OP_BACKREF:
      pos = backref(st, in, pos);
      ok = pos >= 0;
      pc++;
      break;
    case OP_STAR:
      ok = step_star(st, in, pc, &pos);
      pc += 2;
      break;
    case OP_RPT_INIT:
      ok = set_reg(st, in->r, 0, -1) < 0 ? -1 : 1;
      pc++;
      break;
    case OP_RPT:
      ok = step_rpt(st, in, &pc, pos);
      break;
    case OP_LOOK:
    case OP_LOOK_END:
      ok = step_look(st, in, &pc, &pos);
      break;
    case OP_COND:
      pc = st->slots[2 * in->x + 1] >= 0 && st->slots[2 * in->x] >= 0 ? pc + 1 : (int32_t)in->y;
      break;
    }
    if (ok < 0) return -1;
    if (ok == 0 && (ok = backtrack(st, &pc, &pos)) <= 0) return ok;
  }
}

int re_state_init(ReState *st, const ReProg *prog, const ReText *s, int64_t pos) {
  memset(st, 0, sizeof *st);
  st->prog = prog;
  st->s = *s;
  st->begin = pos;
  st->adv = -1;
  size_t nslots = 2 * ((size_t)prog->ngroups + 1) + 1;
  st->slots = malloc(nslots * sizeof *st->slots);
  st->regs = calloc((size_t)prog->nregs + 1, sizeof *st->regs);
  st->regpos = calloc((size_t)prog->nregs + 1, sizeof *st->regpos);
  if (!st->slots || !st->regs || !st->regpos) {
    re_state_free(st);
    return -1;
  }
  return 0;
}

void re_state_free(ReState *st) {
  free(st->slots);
  free(st->regs);
  free(st->regpos);
  free(st->stack);
  memset(st, 0, sizeof *st);
}

int re_match_at(ReState *st, int64_t start, bool full) {
  size_t nslots = 2 * ((size_t)st->prog->ngroups + 1) + 1;
  for (size_t k = 0; k < nslots; k++)
    st->slots[k] = -1;
  st->sp = 0;
  st->slots[0] = start;
  return run(st, start, full);
}

/* The next place at or after i where a match can begin (its first
** character fits), or len. */
static int64_t scan(const ReState *st, int64_t i) {
  const ReProg *pg = st->prog;
  const ReText *s = &st->s;
  if (pg->nprefix > 0 && s->b && pg->prefix[0] < 256) {
    const uint8_t *hit =
        i < s->len ? memchr(s->b + i, (int)pg->prefix[0], (size_t)(s->len - i)) : NULL;
    return hit ? hit - s->b : s->len;
  }
  if (pg->first < 0) return i;
  const ReInst *in = &pg->code[pg->first];
  while (i < s->len && !item_ok(st, in, re_at(s, i)))
    i++;
  return i;
}

int re_search(ReState *st, int64_t start) {
  const ReProg *pg = st->prog;
  if (pg->anchored) return start <= st->s.len ? re_match_at(st, start, false) : 0;
  bool needs_char = pg->first >= 0 || pg->nprefix > 0;
  for (int64_t i = start; i <= st->s.len; i++) {
    i = scan(st, i);
    if (needs_char && i >= st->s.len) return 0;
    int r = re_match_at(st, i, false);
    if (r) return r;
  }
  return 0;
}
