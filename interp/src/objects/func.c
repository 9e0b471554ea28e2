/*
** func.c — code objects and Python function objects: defaults and the
** binding of positional and keyword arguments to parameters, with
** CPython's error messages.
*/
#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "code.h"
#include "obj.h"
#include "retire.h"

/* ------------------------------------------------------------------ code */

static void code_dealloc(GpObj *o) {
  GpCode *c = (GpCode *)o;
  for (int i = 0; i < c->nconsts; i++)
    GP_DECREF(c->consts[i]);
  free(c->consts);
  free(c->code);
  free(c->postab);
  free(c->compframes);
  free(c->names);
  free(c->gcache);
  free(c->varnames);
  free(c->exctab);
  free(c->freenames);
  free(c->acache);
  free(c->mcache);
  if (c->filename) gp_decref_o(c->filename);
  if (c->doc) gp_decref_o(c->doc);
}

static GpValue code_repr(GpThread *t, GpValue self) {
  GpCode *c = (GpCode *)self.as.o;
  return gp_str_printf(t, "<code object %s at %p, file \"%s\", line %d>", ((GpStr *)c->name)->data,
                       (void *)c, ((GpStr *)c->filename)->data, c->firstline);
}

/* CPython 3.11's co_flags: CO_OPTIMIZED | CO_NEWLOCALS for a function,
** CO_NESTED for one defined in a function (its qualname has <locals>),
** and the kind: varargs, varkeywords, generator, coroutine, async generator. */
static int code_flags(const GpCode *c) {
  if (strcmp(((GpStr *)c->name)->data, "<module>") == 0) return 0;
  int f = 3;
  f |= c->flags & GP_CO_VARARGS ? 0x4 : 0;
  f |= c->flags & GP_CO_VARKW ? 0x8 : 0;
  f |= strstr(((GpStr *)c->qualname)->data, "<locals>") ? 0x10 : 0;
  if (c->flags & GP_CO_ASYNCGEN) return f | 0x200;
  if (c->flags & GP_CO_COROUTINE) return f | 0x80;
  return f | (c->flags & GP_CO_GENERATOR ? 0x20 : 0);
}

/* co_varnames: the parameters and the locals, not the free variables
** (the slots after the parameters) nor the compiler's hidden slots, nor a
** local only reached through a cell (CPython lists it in co_cellvars). */
static GpValue code_varnames(GpThread *t, const GpCode *c) {
  GpValue r = gp_list_new(t, 0);
  for (int i = 0; i < c->nlocals && !GP_IS_ERR(r); i++) {
    bool cell = false;
    for (uint32_t pc = 0; pc < c->ncode && GP_OPOF(c->code[pc]) == OP_MAKE_CELL; pc++)
      cell = cell || (int)GP_ARGOF(c->code[pc]) == i;
    bool free = i >= c->nparams && i < c->nparams + c->nfree;
    if (!*((GpStr *)c->varnames[i])->data || free || (cell && i >= c->nparams)) continue;
    if (gp_list_append(t, r.as.o, gp_objv(c->varnames[i])) < 0) {
      GP_DECREF(r);
      r = GP_ERRV;
    }
  }
  if (GP_IS_ERR(r)) return r;
  GpValue tu = gp_tuple_pack(t, gp_list_len(r.as.o), GP_LIST(r)->items);
  GP_DECREF(r);
  return tu;
}

static GpValue code_freevars(GpThread *t, const GpCode *c) {
  GpValue *v = malloc(sizeof(GpValue) * (size_t)(c->nfree + 1));
  if (!v) return gp_raise_nomem(t);
  for (int i = 0; i < c->nfree; i++)
    v[i] = gp_objv(c->freenames[i]);
  GpValue r = gp_tuple_pack(t, (size_t)c->nfree, v);
  free(v);
  return r;
}

/* co_name, co_qualname, co_filename, co_firstlineno and the parameter
** counts: what programs that inspect a function print. */
static GpValue code_getattr(GpThread *t, GpValue self, GpObj *name) {
  GpCode *c = (GpCode *)self.as.o;
  const char *s = ((GpStr *)name)->data;
  if (strcmp(s, "co_argcount") == 0) return gp_intv(c->nposargs);
  if (strcmp(s, "co_posonlyargcount") == 0) return gp_intv(c->nposonly);
  if (strcmp(s, "co_kwonlyargcount") == 0) return gp_intv(c->nkwonly);
  if (strcmp(s, "co_flags") == 0) return gp_intv(code_flags(c));
  if (strcmp(s, "co_varnames") == 0) return code_varnames(t, c);
  if (strcmp(s, "co_freevars") == 0) return code_freevars(t, c);
  if (strcmp(s, "co_nlocals") == 0) {
    GpValue v = code_varnames(t, c);
    if (GP_IS_ERR(v)) return v;
    int64_t n = (int64_t)GP_TUPLE(v)->len;
    GP_DECREF(v);
    return gp_intv(n);
  }
  GpObj *o = strcmp(s, "co_name") == 0       ? c->name
             : strcmp(s, "co_qualname") == 0 ? c->qualname
             : strcmp(s, "co_filename") == 0 ? c->filename
                                             : NULL;
  if (o) {
    gp_incref_o(o);
    return gp_objv(o);
  }
  if (strcmp(s, "co_firstlineno") == 0) return gp_intv(c->firstline);
  return gp_raise(t, &gp_exc_AttributeError, "'code' object has no attribute '%s'", s);
}

GpType gp_type_code = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "code",
    .dealloc = code_dealloc,
    .getattr = code_getattr,
    .repr = code_repr,
};

/* ----------------------------------------------------------------- cells */

static void cell_dealloc(GpObj *o) {
  GP_DECREF(((GpCell *)o)->v);
}

static GpValue cell_repr(GpThread *t, GpValue self) {
  GpCell *c = (GpCell *)self.as.o;
  if (GP_IS_ERR(c->v)) return gp_str_printf(t, "<cell at %p: empty>", (void *)c);
  return gp_str_printf(t, "<cell at %p: %s object at %p>", (void *)c, gp_typeof(c->v)->name,
                       GP_IS_OBJ(c->v) ? (void *)c->v.as.o : (void *)c);
}

static int cell_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GP_VISIT(((GpCell *)o)->v, visit, arg);
  return 0;
}

/* Empties the cell (as `del x` of a captured variable does): a function
** that refers to itself through its closure is the everyday cycle. */
static void cell_clear(GpObj *o) {
  GpCell *c = (GpCell *)o;
  GpValue v = c->v;
  c->v = GP_ERRV;
  GP_DECREF(v);
}

/* cell_contents, read under the cell's lock as LOAD_DEREF reads it. */
static GpValue cell_getattr(GpThread *t, GpValue self, GpObj *name) {
  GpCell *c = (GpCell *)self.as.o;
  if (strcmp(((GpStr *)name)->data, "cell_contents") != 0)
    return gp_raise(t, &gp_exc_AttributeError, "'cell' object has no attribute '%s'",
                    ((GpStr *)name)->data);
  gp_obj_lock(&c->ob);
  GpValue v = c->v;
  GP_INCREF(v);
  gp_obj_unlock(&c->ob);
  return GP_IS_ERR(v) ? gp_raise(t, &gp_exc_ValueError, "Cell is empty") : v;
}

GpType gp_type_cell = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "cell",
    .dealloc = cell_dealloc,
    .getattr = cell_getattr,
    .repr = cell_repr,
    .traverse = cell_traverse,
    .clear = cell_clear,
};

GpValue gp_cell_new(GpThread *t, GpValue v) {
  GpCell *c = (GpCell *)gp_alloc(t, &gp_type_cell, sizeof(GpCell));
  if (!c) {
    GP_DECREF(v);
    return gp_raise_nomem(t);
  }
  c->v = v;
  return gp_objv(&c->ob);
}

/* ------------------------------------------------------------- functions */

static void func_dealloc(GpObj *o) {
  GpFunction *f = (GpFunction *)o;
  gp_decref_o(&f->code->ob);
  gp_decref_o(f->globals);
  if (f->module) gp_decref_o(f->module);
  if (f->kwdefaults) gp_decref_o(f->kwdefaults);
  if (f->closure) gp_decref_o(f->closure);
  if (f->dict) gp_decref_o(f->dict);
  if (f->ann) gp_decref_o(f->ann);
  if (f->defaults) gp_decref_o(f->defaults);
}

/* globals, defaults, keyword-only defaults, the closure's cells, the
** annotations and the attribute dict (functools.wraps puts __wrapped__
** there: a wrapper and the module it lives in are a cycle); code and the
** module name are not containers. */
static int func_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GpFunction *f = (GpFunction *)o;
  int r = f->globals ? visit(f->globals, arg) : 0;
  if (!r && f->closure) r = visit(f->closure, arg);
  if (!r && f->kwdefaults) r = visit(f->kwdefaults, arg);
  if (!r && f->dict) r = visit(f->dict, arg);
  if (!r && f->ann) r = visit(f->ann, arg);
  if (!r && f->defaults) r = visit(f->defaults, arg);
  return r;
}

/* Defaults only: globals stays a dict for code still running (the dict
** itself is cleared when it is garbage too). */
static void func_clear(GpObj *o) {
  GpFunction *f = (GpFunction *)o;
  GpObj *d = f->defaults;
  f->defaults = NULL;
  if (d) gp_decref_o(d);
}

int gp_func_ndefaults(const GpFunction *f) {
  return f->defaults ? (int)((GpTuple *)f->defaults)->len : 0;
}

/* CPython names functions by their qualified name in errors and reprs: the
** one assigned to __qualname__ (functools.wraps, dataclasses) if any. */
static const char *func_name(const GpFunction *f) {
  GpObj *key = f->dict ? gp_intern_cstr("__qualname__") : NULL;
  GpValue *q = key ? gp_dict_find_str(f->dict, key) : NULL;
  if (q && GP_IS_TYPE(*q, gp_type_str)) return GP_STR(*q)->data;
  return ((GpStr *)f->code->qualname)->data;
}

static GpValue func_repr(GpThread *t, GpValue self) {
  return gp_str_printf(t, "<function %s at %p>", func_name((GpFunction *)self.as.o),
                       (void *)self.as.o);
}

static int func_hash(GpThread *t, GpValue self, int64_t *h) {
  (void)t;
  *h = (int64_t)((uintptr_t)self.as.o >> 4);
  return 0;
}

/* A new reference to *slot, made an empty dict the first time, as CPython
** makes a function's __dict__ and __annotations__. */
static GpValue lazy_dict(GpThread *t, GpObj **slot) {
  if (!*slot) {
    GpValue d = gp_dict_new(t);
    if (GP_IS_ERR(d)) return d;
    *slot = d.as.o;
  }
  gp_incref_o(*slot);
  return gp_objv(*slot);
}

/* f.__annotations__ = d: a dict (CPython's TypeError otherwise). */
static int set_annotations(GpThread *t, GpFunction *f, GpValue v) {
  if (!GP_IS_TYPE(v, gp_type_dict))
    return gp_raise(t, &gp_exc_TypeError, "__annotations__ must be set to a dict object"), -1;
  GP_INCREF(v);
  if (f->ann) gp_decref_o(f->ann);
  f->ann = v.as.o;
  return 0;
}

static GpValue func_getattr(GpThread *t, GpValue self, GpObj *name) {
  GpFunction *f = (GpFunction *)self.as.o;
  const char *s = ((GpStr *)name)->data;
  GpValue v;
  if (f->dict && gp_dict_getref(t, f->dict, gp_objv(name), &v) == 1) return v;
  if (strcmp(s, "__name__") == 0 || strcmp(s, "__qualname__") == 0) {
    GpObj *n = s[2] == 'n' ? f->code->name : f->code->qualname;
    gp_incref_o(n);
    return gp_objv(n);
  }
  if (strcmp(s, "__module__") == 0 && f->module) {
    gp_incref_o(f->module);
    return gp_objv(f->module);
  }
  if (strcmp(s, "__doc__") == 0) {
    if (!f->code->doc) return GP_NONEV;
    gp_incref_o(f->code->doc);
    return gp_objv(f->code->doc);
  }
  if (strcmp(s, "__globals__") == 0) {
    gp_incref_o(f->globals);
    return gp_objv(f->globals);
  }
  if (strcmp(s, "__dict__") == 0) return lazy_dict(t, &f->dict);
  if (strcmp(s, "__annotations__") == 0) return lazy_dict(t, &f->ann);
  if (strcmp(s, "__defaults__") == 0 || strcmp(s, "__kwdefaults__") == 0) {
    GpObj *d = s[2] == 'd' ? f->defaults : f->kwdefaults;
    if (!d) return GP_NONEV;
    gp_incref_o(d);
    return gp_objv(d);
  }
  if (strcmp(s, "__code__") == 0) {
    gp_incref_o(&f->code->ob);
    return gp_objv(&f->code->ob);
  }
  if (strcmp(s, "__closure__") == 0) {
    if (!f->closure) return GP_NONEV;
    gp_incref_o(f->closure);
    return gp_objv(f->closure);
  }
  return gp_raise(t, &gp_exc_AttributeError, "'function' object has no attribute '%s'", s);
}

/* f.__defaults__ = tuple or None, f.__kwdefaults__ = dict or None: the
** old one is retired, not dropped, as a call on another thread may be
** binding its arguments from it (under gil=none). */
static int set_defaults(GpThread *t, GpObj **slot, GpValue v, const GpType *tp, const char *what) {
  if (!GP_IS_NONE(v) && !GP_IS_TYPE(v, *tp))
    return gp_raise(t, &gp_exc_TypeError, "%s must be set to a %s object", what, tp->name), -1;
  GpObj *old = *slot;
  if (!GP_IS_NONE(v)) GP_INCREF(v);
  *slot = GP_IS_NONE(v) ? NULL : v.as.o;
  if (old) gp_retire(t, gp_objv(old));
  return 0;
}

static int func_setattr(GpThread *t, GpValue self, GpObj *name, GpValue v) {
  GpFunction *f = (GpFunction *)self.as.o;
  const char *s = ((GpStr *)name)->data;
  if (strcmp(s, "__annotations__") == 0) return set_annotations(t, f, v);
  if (strcmp(s, "__defaults__") == 0)
    return set_defaults(t, &f->defaults, v, &gp_type_tuple, "__defaults__");
  if (strcmp(s, "__kwdefaults__") == 0)
    return set_defaults(t, &f->kwdefaults, v, &gp_type_dict, "__kwdefaults__");
  if (!f->dict) {
    GpValue d = gp_dict_new(t);
    if (GP_IS_ERR(d)) return -1;
    f->dict = d.as.o;
  }
  return gp_dict_set(t, f->dict, gp_objv(name), v);
}

static const GpMethodDef func_methods[] = {{"__get__", gp_func_descr_get}, {NULL, NULL}};

GpType gp_type_function = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "function",
    .dealloc = func_dealloc,
    .traverse = func_traverse,
    .clear = func_clear,
    .repr = func_repr,
    .hash = func_hash,
    .getattr = func_getattr,
    .setattr = func_setattr,
    .methods = func_methods,
};

GpValue gp_func_new(GpThread *t, GpCode *code, GpObj *globals, const GpValue *defaults,
                    int ndefaults) {
  GpValue defs = ndefaults ? gp_tuple_pack(t, (size_t)ndefaults, defaults) : GP_NONEV;
  if (GP_IS_ERR(defs)) return defs;
  GpFunction *f = (GpFunction *)gp_alloc(t, &gp_type_function, sizeof(GpFunction));
  if (!f) {
    GP_DECREF(defs);
    return gp_raise_nomem(t);
  }
  f->defaults = ndefaults ? defs.as.o : NULL;
  gp_incref_o(&code->ob);
  gp_incref_o(globals);
  f->code = code;
  f->globals = globals;
  GpObj *key = gp_intern_cstr("__name__");
  GpValue mod; /* a reference: under gil=none another thread may resize globals */
  if (key && gp_dict_get_str(globals, key, &mod)) {
    if (GP_IS_TYPE(mod, gp_type_str))
      f->module = mod.as.o;
    else
      GP_DECREF(mod);
  }
  return gp_objv(&f->ob);
}

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" */
static void list_names(GpBuf *b, GpObj **names, const int *idx, int n) {
  for (int i = 0; i < n; i++) {
    if (i > 0) gp_buf_puts(b, n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
    gp_buf_putc(b, '\'');
    gp_buf_puts(b, ((GpStr *)names[idx[i]])->data);
    gp_buf_putc(b, '\'');
  }
}

static int missing_error(GpThread *t, GpFunction *fn, const GpValue *locals, int from, int to,
                         const char *kind) {
  GpCode *c = fn->code;
  int *idx = malloc(sizeof(int) * (size_t)(to - from + 1));
  if (!idx) return gp_raise_nomem(t), -1;
  int n = 0;
  for (int i = from; i < to; i++)
    if (GP_IS_ERR(locals[i])) idx[n++] = i;
  GpBuf b;
  gp_buf_init(&b);
  list_names(&b, c->varnames, idx, n);
  free(idx);
  GpValue s = gp_buf_finish(t, &b);
  if (GP_IS_ERR(s)) return -1;
  gp_raise(t, &gp_exc_TypeError, "%s() missing %d required %s argument%s: %s", func_name(fn), n,
           kind, n == 1 ? "" : "s", GP_STR(s)->data);
  GP_DECREF(s);
  return -1;
}

static int too_many_error(GpThread *t, GpFunction *fn, int given, int kwonly_given) {
  int np = fn->code->nposargs, nd = gp_func_ndefaults(fn);
  char takes[64], extra[96] = "";
  if (nd > 0)
    snprintf(takes, sizeof takes, "from %d to %d positional arguments", np - nd, np);
  else
    snprintf(takes, sizeof takes, "%d positional argument%s", np, np == 1 ? "" : "s");
  if (kwonly_given)
    snprintf(extra, sizeof extra, " positional argument%s (and %d keyword-only argument%s)",
             given == 1 ? "" : "s", kwonly_given, kwonly_given == 1 ? "" : "s");
  gp_raise(t, &gp_exc_TypeError, "%s() takes %s but %d%s %s given", func_name(fn), takes, given,
           extra, given == 1 && !kwonly_given ? "was" : "were");
  return -1;
}

/* The parameter a keyword argument names (never a positional-only one), or -1. */
static int kw_slot(GpCode *c, GpObj *name) {
  for (int i = c->nposonly, n = c->nposargs + c->nkwonly; i < n; i++)
    if (c->varnames[i] == name || gp_str_eq(c->varnames[i], name)) return i;
  return -1;
}

/* CPython's error for keywords that name positional-only parameters; 0 if none do. */
static int posonly_error(GpThread *t, GpFunction *fn, GpObj *kwnames) {
  GpCode *c = fn->code;
  GpTuple *kw = (GpTuple *)kwnames;
  GpBuf b;
  gp_buf_init(&b);
  for (int i = 0; i < c->nposonly; i++)
    for (size_t k = 0; k < kw->len; k++)
      if (gp_str_eq(c->varnames[i], kw->items[k].as.o)) {
        if (b.len) gp_buf_puts(&b, ", ");
        gp_buf_puts(&b, ((GpStr *)c->varnames[i])->data);
        break;
      }
  if (b.len == 0) {
    gp_buf_free(&b);
    return 0;
  }
  GpValue s = gp_buf_finish(t, &b);
  if (GP_IS_ERR(s)) return -1;
  gp_raise(t, &gp_exc_TypeError,
           "%s() got some positional-only arguments passed as keyword arguments: '%s'",
           func_name(fn), GP_STR(s)->data);
  GP_DECREF(s);
  return -1;
}

int gp_func_bind(GpThread *t, GpFunction *fn, const GpValue *args, int nargs, GpObj *kwnames,
                 GpValue *locals) {
  GpCode *c = fn->code;
  int np = c->nparams, npos_params = c->nposargs, nnamed = c->nposargs + c->nkwonly;
  int nkw = kwnames ? (int)((GpTuple *)kwnames)->len : 0;
  int npos = nargs - nkw;
  int varargs = (c->flags & GP_CO_VARARGS) ? nnamed : -1;
  int varkw = (c->flags & GP_CO_VARKW) ? nnamed + (varargs >= 0) : -1;
  for (int i = 0; i < np; i++)
    locals[i] = GP_ERRV;
  if (npos > npos_params && varargs < 0) {
    int kwonly_given = 0;
    for (int k = 0; k < nkw; k++) {
      int i = kw_slot(c, ((GpTuple *)kwnames)->items[k].as.o);
      kwonly_given += i >= npos_params;
    }
    return too_many_error(t, fn, npos, kwonly_given);
  }
  int ncopy = npos < npos_params ? npos : npos_params;
  for (int i = 0; i < ncopy; i++) {
    locals[i] = args[i];
    GP_INCREF(args[i]);
  }
  if (varargs >= 0) {
    locals[varargs] = gp_tuple_pack(t, (size_t)(npos - ncopy), args + ncopy);
    if (GP_IS_ERR(locals[varargs])) goto fail;
  }
  if (varkw >= 0) {
    locals[varkw] = gp_dict_new(t);
    if (GP_IS_ERR(locals[varkw])) goto fail;
  }
  for (int k = 0; k < nkw; k++) {
    GpObj *name = ((GpTuple *)kwnames)->items[k].as.o;
    int i = kw_slot(c, name);
    if (i < 0) {
      if (varkw >= 0) {
        if (gp_dict_set(t, locals[varkw].as.o, gp_objv(name), args[npos + k]) < 0) goto fail;
        continue;
      }
      if (posonly_error(t, fn, kwnames) < 0) goto fail;
      gp_raise(t, &gp_exc_TypeError, "%s() got an unexpected keyword argument '%s'", func_name(fn),
               ((GpStr *)name)->data);
      goto fail;
    }
    if (!GP_IS_ERR(locals[i])) {
      gp_raise(t, &gp_exc_TypeError, "%s() got multiple values for argument '%s'", func_name(fn),
               ((GpStr *)name)->data);
      goto fail;
    }
    locals[i] = args[npos + k];
    GP_INCREF(locals[i]);
  }
  GpTuple *defs = (GpTuple *)fn->defaults; /* read once: another thread may assign it */
  int first_default = npos_params - (defs ? (int)defs->len : 0);
  for (int i = first_default < 0 ? 0 : first_default; i < npos_params; i++) {
    if (GP_IS_ERR(locals[i])) {
      locals[i] = defs->items[i - first_default];
      GP_INCREF(locals[i]);
    }
  }
  for (int i = 0; i < npos_params; i++) {
    if (GP_IS_ERR(locals[i])) {
      missing_error(t, fn, locals, 0, npos_params, "positional");
      goto fail;
    }
  }
  for (int i = npos_params; i < nnamed; i++) {
    GpObj *kwdefs = fn->kwdefaults;
    if (GP_IS_ERR(locals[i]) && kwdefs &&
        gp_dict_getref(t, kwdefs, gp_objv(c->varnames[i]), &locals[i]) < 0)
      goto fail;
  }
  for (int i = npos_params; i < nnamed; i++) {
    if (GP_IS_ERR(locals[i])) {
      missing_error(t, fn, locals, npos_params, nnamed, "keyword-only");
      goto fail;
    }
  }
  return 0;
fail:
  for (int i = 0; i < np; i++) {
    GP_DECREF(locals[i]);
    locals[i] = GP_ERRV;
  }
  return -1;
}
