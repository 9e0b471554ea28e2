/*
** scope.c — the free names of nested scopes (see scope.h). A recursive
** walk of the tree; nested scopes are walked again by each enclosing one,
** which is quadratic only in the nesting depth of defs.
*/
#include "scope.h"

#include <stdlib.h>
#include <string.h>

bool gp_nameset_has(const GpNameSet *s, const char *name) {
  for (int i = 0; i < s->n; i++)
    if (strcmp(s->v[i], name) == 0) return true;
  return false;
}

void gp_nameset_add(GpNameSet *s, const char *name) {
  if (gp_nameset_has(s, name)) return;
  if (s->n == s->cap) {
    s->cap = s->cap ? s->cap * 2 : 8;
    s->v = realloc(s->v, (size_t)s->cap * sizeof *s->v);
    if (!s->v) abort(); /* like the arena the names live in */
  }
  s->v[s->n++] = name;
}

void gp_nameset_free(GpNameSet *s) {
  free(s->v);
  *s = (GpNameSet){0};
}

void gp_scope_free(GpScope *s) {
  gp_nameset_free(&s->used);
  gp_nameset_free(&s->bound);
  gp_nameset_free(&s->globals);
  gp_nameset_free(&s->nonlocals);
  gp_nameset_free(&s->child);
}

static void scan(GpScope *s, const GpNode *n);

static void walrus_list(const GpNodeList *l, GpNameSet *out) {
  for (int i = 0; i < l->n; i++)
    if (l->items[i]) gp_scope_walrus(l->items[i], out);
}

void gp_scope_walrus(const GpNode *n, GpNameSet *out) {
  if (n->kind == GP_N_NAMEDEXPR) gp_nameset_add(out, n->a->name);
  walrus_list(&n->defaults, out);
  walrus_list(&n->kwdefaults, out);
  if (n->kind == GP_N_DEF || n->kind == GP_N_CLASS || n->kind == GP_N_LAMBDA) {
    walrus_list(&n->decos, out); /* evaluated here; their bodies are scopes */
    walrus_list(&n->elts, out);
    walrus_list(&n->kw, out);
    if (n->kind == GP_N_DEF && n->c) gp_scope_walrus(n->c, out);
    return;
  }
  if (n->a) gp_scope_walrus(n->a, out);
  if (n->b) gp_scope_walrus(n->b, out);
  if (n->c) gp_scope_walrus(n->c, out);
  walrus_list(&n->elts, out);
  walrus_list(&n->body, out);
  walrus_list(&n->orelse, out);
  walrus_list(&n->finalbody, out);
  walrus_list(&n->handlers, out);
  walrus_list(&n->kw, out);
  walrus_list(&n->comps, out);
  walrus_list(&n->decos, out);
}

/* The targets of the assignment expressions in generator expression g,
** which bind in the scope around it (PEP 572), into set. */
static void add_walrus(const GpNode *g, GpNameSet *set) {
  GpNameSet w = {0};
  gp_scope_walrus(g, &w);
  for (int i = 0; i < w.n; i++)
    gp_nameset_add(set, w.v[i]);
  gp_nameset_free(&w);
}

static void scan_list(GpScope *s, const GpNodeList *l) {
  for (int i = 0; i < l->n; i++)
    if (l->items[i]) scan(s, l->items[i]);
}

static void scan_target(GpScope *s, const GpNode *t) {
  if (t->kind == GP_N_NAME) {
    gp_nameset_add(&s->bound, t->name);
  } else if (t->kind == GP_N_TUPLE || t->kind == GP_N_LIST) {
    for (int i = 0; i < t->elts.n; i++)
      scan_target(s, t->elts.items[i]);
  } else if (t->kind == GP_N_STARRED) {
    scan_target(s, t->a);
  } else {
    scan(s, t);
  }
}

static void add_child(GpScope *s, const GpNode *fn) {
  GpNameSet fr = {0};
  gp_scope_free_names(fn, &fr);
  for (int i = 0; i < fr.n; i++)
    gp_nameset_add(&s->child, fr.v[i]);
  gp_nameset_free(&fr);
}

static void scan(GpScope *s, const GpNode *n) {
  switch (n->kind) {
  case GP_N_NAME:
    gp_nameset_add(&s->used, n->name);
    return;
  case GP_N_YIELD:
    s->has_yield = true;
    if (n->a) scan(s, n->a);
    return;
  case GP_N_DEF:
  case GP_N_CLASS:
    scan_list(s, &n->defaults);
    scan_list(s, &n->kwdefaults);
    scan_list(s, &n->decos);
    scan_list(s, &n->elts);
    scan_list(s, &n->kw);
    if (n->kind == GP_N_DEF && n->c) scan(s, n->c); /* annotations */
    gp_nameset_add(&s->bound, n->name);
    add_child(s, n);
    return;
  case GP_N_LAMBDA:
    scan_list(s, &n->defaults);
    scan_list(s, &n->kwdefaults);
    add_child(s, n);
    return;
  case GP_N_GENEXP:
    scan(s, n->comps.items[0]->b); /* the first iterable is evaluated outside */
    add_walrus(n, &s->bound);
    add_child(s, n);
    return;
  case GP_N_AWAIT:
    s->has_await = true;
    scan(s, n->a);
    return;
  case GP_N_NAMEDEXPR:
    gp_nameset_add(&s->bound, n->a->name);
    scan(s, n->b);
    return;
  case GP_N_GLOBAL:
  case GP_N_NONLOCAL:
    for (int i = 0; i < n->n; i++)
      gp_nameset_add(n->kind == GP_N_GLOBAL ? &s->globals : &s->nonlocals, n->names[i]);
    return;
  case GP_N_ASSIGN:
  case GP_N_DEL:
    for (int i = 0; i < n->elts.n; i++)
      scan_target(s, n->elts.items[i]);
    if (n->a) scan(s, n->a);
    return;
  case GP_N_AUGASSIGN:
    scan_target(s, n->a);
    if (n->a->kind == GP_N_NAME) gp_nameset_add(&s->used, n->a->name);
    scan(s, n->b);
    return;
  case GP_N_FOR:
  case GP_N_COMPFOR:
    s->has_await |= n->kind == GP_N_COMPFOR && n->op == 1;
    scan_target(s, n->a);
    scan(s, n->b);
    scan_list(s, &n->elts);
    scan_list(s, &n->body);
    scan_list(s, &n->orelse);
    return;
  case GP_N_WITH:
    scan(s, n->a);
    if (n->b) scan_target(s, n->b);
    scan_list(s, &n->body);
    return;
  case GP_N_PATTERN: /* captures bind; value patterns and class names use */
    if (n->name) gp_nameset_add(&s->bound, n->name);
    if (n->a) scan(s, n->a);
    scan_list(s, &n->elts);
    scan_list(s, &n->kw);
    return;
  case GP_N_HANDLER:
    if (n->a) scan(s, n->a);
    if (n->name) gp_nameset_add(&s->bound, n->name);
    scan_list(s, &n->body);
    return;
  case GP_N_IMPORT:
  case GP_N_FROMIMPORT:
    for (int i = 0; i < n->n; i++)
      if (strcmp(n->names[i], "*") != 0)
        gp_nameset_add(&s->bound, n->asnames && n->asnames[i] ? n->asnames[i] : n->names[i]);
    return;
  default:
    if (n->a) scan(s, n->a);
    if (n->b) scan(s, n->b);
    if (n->c) scan(s, n->c);
    scan_list(s, &n->elts);
    scan_list(s, &n->body);
    scan_list(s, &n->orelse);
    scan_list(s, &n->finalbody);
    scan_list(s, &n->handlers);
    scan_list(s, &n->kw);
    scan_list(s, &n->comps);
    return;
  }
}

void gp_scope_scan(const GpNode *fn, GpScope *s) {
  *s = (GpScope){0};
  switch (fn->kind) {
  case GP_N_DEF:
  case GP_N_LAMBDA:
    for (int i = 0; i < fn->n; i++)
      gp_nameset_add(&s->bound, fn->params[i]);
    if (fn->vararg) gp_nameset_add(&s->bound, fn->vararg);
    if (fn->kwarg) gp_nameset_add(&s->bound, fn->kwarg);
    if (fn->kind == GP_N_LAMBDA)
      scan(s, fn->a);
    else
      scan_list(s, &fn->body);
    break;
  case GP_N_GENEXP:
    for (int i = 0; i < fn->comps.n; i++) {
      const GpNode *c = fn->comps.items[i];
      scan_target(s, c->a);
      s->has_await |= c->op == 1;
      if (i > 0) scan(s, c->b);
      scan_list(s, &c->elts);
    }
    scan(s, fn->a);
    s->has_yield = true;
    add_walrus(fn, &s->nonlocals); /* free here: bound in the enclosing scope */
    break;
  default: /* class and module bodies */
    scan_list(s, &fn->body);
    break;
  }
}

void gp_scope_free_names(const GpNode *fn, GpNameSet *out) {
  GpScope s;
  gp_scope_scan(fn, &s);
  bool is_class = fn->kind == GP_N_CLASS;
  for (int pass = 0; pass < 2; pass++) {
    const GpNameSet *from = pass ? &s.child : &s.used;
    for (int i = 0; i < from->n; i++) {
      const char *x = from->v[i];
      if (gp_nameset_has(&s.globals, x)) continue;
      if (gp_nameset_has(&s.nonlocals, x) || !gp_nameset_has(&s.bound, x) || (pass && is_class))
        gp_nameset_add(out, x);
    }
  }
  for (int i = 0; i < s.nonlocals.n; i++)
    gp_nameset_add(out, s.nonlocals.v[i]);
  gp_scope_free(&s);
}
