/*
** evalexec.c — the built-ins eval, exec and compile, and locals().
** Source text is compiled by gilpy's own front end as code whose names live
** in a namespace passed as its one argument (gp_compile_ns), so the same
** code runs with a locals mapping apart from its globals or with the
** globals themselves; it runs as a function over the chosen globals.
** Without globals the caller's globals and locals() are used: in a
** function that is a copy, so exec cannot create or change its locals,
** as in CPython.
*/
#include <string.h>

#include "code.h"
#include "compile.h"
#include "module.h"
#include "obj.h"
#include "vm.h"

/* str source compiled for exec or eval (which skips leading blanks, as
** CPython's eval and compile(mode='eval') do). */
static GpValue compile_str(GpThread *t, GpValue src, const char *filename, bool eval) {
  const GpStr *s = GP_STR(src);
  size_t skip = 0;
  while (eval && skip < s->len && (s->data[skip] == ' ' || s->data[skip] == '\t'))
    skip++;
  return gp_compile_ns(t, s->data + skip, s->len - skip, filename, eval);
}

/* The source argument's code: a compiled code object itself, or str
** compiled as <string>. */
static GpValue source_code(GpThread *t, const char *fname, GpValue src, bool eval) {
  if (GP_IS_TYPE(src, gp_type_code)) {
    GP_INCREF(src);
    return src;
  }
  if (!GP_IS_TYPE(src, gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "%s() arg 1 must be a string, bytes or code object",
                    fname);
  return compile_str(t, src, "<string>", eval);
}

/* CPython's PyMapping_Check: anything with __getitem__. */
static bool is_mapping(GpThread *t, GpValue v) {
  if (GP_IS_TYPE(v, gp_type_dict)) return true;
  GpValue m = gp_getattr(t, v, gp_intern_cstr("__getitem__"));
  if (!GP_IS_ERR(m)) {
    GP_DECREF(m);
    return true;
  }
  GP_DECREF(t->exc);
  t->exc = GP_NONEV;
  return false;
}

/* globals and locals as exec and eval take them: the caller's when globals
** is None, locals defaulting to globals; globals a dict (given __builtins__
** if it lacks one, as CPython does), locals any mapping. New references. */
static int namespaces(GpThread *t, const char *fname, GpValue g, GpValue l, GpValue *go,
                      GpValue *lo) {
  if (GP_IS_NONE(g)) {
    GpObj *cg = gp_vm_globals(t);
    if (!cg) return gp_raise(t, &gp_exc_RuntimeError, "%s(): no running code", fname), -1;
    g = gp_objv(cg);
    if (GP_IS_NONE(l)) {
      *lo = gp_vm_locals(t);
      if (GP_IS_ERR(*lo)) return -1;
      l = *lo;
    } else {
      GP_INCREF(l);
    }
  } else if (!GP_IS_TYPE(g, gp_type_dict)) {
    if (strcmp(fname, "exec") == 0)
      gp_raise(t, &gp_exc_TypeError, "exec() globals must be a dict, not %s", gp_type_name(g));
    else
      gp_raise(t, &gp_exc_TypeError,
               is_mapping(t, g) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                : "globals must be a dict");
    return -1;
  } else {
    if (GP_IS_NONE(l)) l = g;
    GP_INCREF(l);
  }
  *lo = l;
  GP_INCREF(g);
  *go = g;
  GpObj *key = gp_intern_cstr("__builtins__");
  if (gp_dict_find_str(g.as.o, key) ||
      gp_dict_set(t, g.as.o, gp_objv(key), gp_objv(t->vm->builtins)) == 0)
    return 0;
  GP_DECREF(*go);
  GP_DECREF(*lo);
  return -1;
}

/* Runs code with its namespace l over globals g. */
static GpValue run_code(GpThread *t, GpValue code, GpValue g, GpValue l) {
  GpValue fn = gp_func_new(t, (GpCode *)code.as.o, g.as.o, NULL, 0);
  if (GP_IS_ERR(fn)) return fn;
  GpValue r = gp_vm_call(t, fn, &l, 1, NULL);
  GP_DECREF(fn);
  return r;
}

/* eval or exec of args[0..npos) (source, globals, locals). */
static GpValue eval_or_exec(GpThread *t, const char *fname, const GpValue *args, int npos) {
  GpValue a[3] = {args[0], npos > 1 ? args[1] : GP_NONEV, npos > 2 ? args[2] : GP_NONEV}, g, l;
  if (!GP_IS_NONE(a[2]) && !is_mapping(t, a[2]))
    return strcmp(fname, "exec") == 0
               ? gp_raise(t, &gp_exc_TypeError, "locals must be a mapping or None, not %s",
                          gp_type_name(a[2]))
               : gp_raise(t, &gp_exc_TypeError, "locals must be a mapping");
  bool eval = strcmp(fname, "eval") == 0;
  if (namespaces(t, fname, a[1], a[2], &g, &l) < 0) return GP_ERRV;
  GpValue code = source_code(t, fname, a[0], eval);
  GpValue r = GP_IS_ERR(code) ? code : run_code(t, code, g, l);
  GP_DECREF(code);
  GP_DECREF(g);
  GP_DECREF(l);
  if (eval || GP_IS_ERR(r)) return r;
  GP_DECREF(r);
  return GP_NONEV;
}

/* eval(source, globals=None, locals=None, /) */
static GpValue bi_eval(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "eval", nargs, kw, 1, 3) < 0) return GP_ERRV;
  return eval_or_exec(t, "eval", args, nargs);
}

/* exec(source, globals=None, locals=None, /, *, closure=None), with
** CPython 3.11's messages; a closure other than None is not supported. */
static GpValue bi_exec(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int nkw = kw ? (int)GP_TUPLE(gp_objv(kw))->len : 0, npos = nargs - nkw;
  for (int i = 0; i < nkw; i++) {
    const char *k = GP_STR(GP_TUPLE(gp_objv(kw))->items[i])->data;
    if (strcmp(k, "closure") != 0)
      return gp_raise(t, &gp_exc_TypeError, "'%s' is an invalid keyword argument for exec()", k);
    if (!GP_IS_NONE(args[npos + i]))
      return gp_raise(t, &gp_exc_NotImplementedError,
                      "exec(closure=...) is not supported by gilpy");
  }
  if (npos < 1)
    return gp_raise(t, &gp_exc_TypeError, "exec() takes at least 1 positional argument (0 given)");
  if (npos > 3)
    return gp_raise(t, &gp_exc_TypeError, "exec() takes at most 3 positional arguments (%d given)",
                    npos);
  return eval_or_exec(t, "exec", args, npos);
}

/* sys.displayhook as compile(..., 'single') code calls it: a value other
** than None is printed as its repr and kept in builtins._ */
static GpValue displayhook(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "displayhook", nargs, kw, 1, 1) < 0) return GP_ERRV;
  if (GP_IS_NONE(args[0])) return GP_NONEV;
  GpValue print, r = gp_repr(t, args[0]);
  if (GP_IS_ERR(r)) return r;
  if (!gp_dict_get_str(t->vm->builtins, gp_intern_cstr("print"), &print)) {
    GP_DECREF(r);
    return gp_raise(t, &gp_exc_RuntimeError, "lost builtins.print");
  }
  GpValue out = gp_vm_call(t, print, &r, 1, NULL);
  GP_DECREF(print);
  GP_DECREF(r);
  if (GP_IS_ERR(out)) return out;
  GP_DECREF(out);
  if (gp_dict_set(t, t->vm->builtins, gp_objv(gp_intern_cstr("_")), args[0]) < 0) return GP_ERRV;
  return GP_NONEV;
}

static GpValue compile_single(GpThread *t, GpValue src, const char *filename) {
  GpValue hook = gp_native_new(t, "displayhook", displayhook);
  if (GP_IS_ERR(hook)) return hook;
  GpValue r = gp_compile_single(t, GP_STR(src)->data, GP_STR(src)->len, filename, &hook);
  GP_DECREF(hook);
  return r;
}

/* compile(source, filename, mode): 'exec', 'eval' or 'single' (the
** interactive mode: expression statements print their values); flags and
** optimize are ignored. */
static GpValue bi_compile(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"source", "filename",     "mode",
                                      "flags",  "dont_inherit", "optimize"};
  GpValue a[6];
  if (gp_parse_args(t, "compile", args, nargs, kw, names, 6, 3, a) < 0) return GP_ERRV;
  if (!GP_IS_TYPE(a[1], gp_type_str) || !GP_IS_TYPE(a[2], gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "compile() filename and mode must be str");
  const char *mode = GP_STR(a[2])->data;
  bool single = strcmp(mode, "single") == 0;
  if (strcmp(mode, "exec") != 0 && strcmp(mode, "eval") != 0 && !single)
    return gp_raise(t, &gp_exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  if (!GP_IS_TYPE(a[0], gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
  if (single) return compile_single(t, a[0], GP_STR(a[1])->data);
  return compile_str(t, a[0], GP_STR(a[1])->data, mode[1] == 'v');
}

static GpValue bi_locals(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args;
  if (gp_arg_count(t, "locals", nargs, kw, 0, 0) < 0) return GP_ERRV;
  return gp_vm_locals(t);
}

static const GpMethodDef evalexec_fns[] = {{"eval", bi_eval},
                                           {"exec", bi_exec},
                                           {"compile", bi_compile},
                                           {"locals", bi_locals},
                                           {NULL, NULL}};

int gp_open_evalexec(GpThread *t, GpObj *d) {
  return gp_module_add_functions(t, d, evalexec_fns);
}
