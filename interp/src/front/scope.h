/*
** scope.h — which names a def, lambda, generator expression or class uses
** without binding them: what the compiler needs to decide, before it emits
** a function's code, which of its locals become cells (captured by an
** inner scope) and which names reach it from an enclosing function.
*/
#ifndef GP_SCOPE_H
#define GP_SCOPE_H

#include <stdbool.h>

#include "ast.h"

typedef struct GpNameSet {
  const char **v;
  int n, cap;
} GpNameSet;

bool gp_nameset_has(const GpNameSet *s, const char *name);
void gp_nameset_add(GpNameSet *s, const char *name); /* no duplicates; aborts on OOM */
void gp_nameset_free(GpNameSet *s);

/* What one scope does with names. `child` holds the free names of the
** scopes nested directly in it (their own free names included). */
typedef struct GpScope {
  GpNameSet used, bound, globals, nonlocals, child;
  bool has_yield; /* a generator function */
  bool has_await; /* await or async for in it: a generator expression is async */
} GpScope;

/* Scans the scope node fn (GP_N_DEF, GP_N_LAMBDA, GP_N_GENEXP, GP_N_CLASS
** or GP_N_MODULE); parameters count as bound. */
void gp_scope_scan(const GpNode *fn, GpScope *s);
void gp_scope_free(GpScope *s);
/* The free names of fn: used or free in a child, not bound here (a class
** binds nothing for its children), not global; nonlocal ones always. */
void gp_scope_free_names(const GpNode *fn, GpNameSet *out);
/* The targets of the assignment expressions (x := v) in n that bind in
** n's scope: also those inside its comprehensions and generator
** expressions, not those in the bodies of nested defs, lambdas, classes. */
void gp_scope_walrus(const GpNode *n, GpNameSet *out);

#endif
