/*
** compile.h — AST to bytecode (compile.c).
*/
#ifndef GP_COMPILE_H
#define GP_COMPILE_H

#include "ast.h"
#include "code.h"

/* Compiles a parsed module into its code object (a new reference), or
** raises SyntaxError and returns GP_ERRV. */
GpValue gp_compile(GpThread *t, GpNode *module, const char *filename);
/* Parses and compiles source text; SyntaxError (with the location in its
** args, as CPython's) on failure. */
GpValue gp_compile_source(GpThread *t, const char *src, size_t len, const char *filename);
/* Compiles source for exec (eval: an expression, for eval) into code that
** takes one argument, the namespace its names are read from and stored to
** (then globals, builtins), as a class body's code does; its functions see
** globals only, as CPython's do under exec with separate locals. */
GpValue gp_compile_ns(GpThread *t, const char *src, size_t len, const char *filename, bool eval);
/* compile(src, filename, 'single'): one statement (on one line) compiled as
** for exec, each expression statement of its top level calling *display
** with its value (borrowed: the code keeps a reference). */
GpValue gp_compile_single(GpThread *t, const char *src, size_t len, const char *filename,
                          const GpValue *display);
/* Raises SyntaxError (or IndentationError, TabError: e->kind) located in
** filename; returns GP_ERRV. */
GpValue gp_syntax_error(GpThread *t, const GpSyntaxError *e, const char *filename);

#endif
