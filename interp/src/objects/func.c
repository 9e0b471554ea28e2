/*
** func.c — code objects and Python function objects: defaults and the
** binding of positional and keyword arguments to parameters, with
** CPython's error messages.
*/
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "obj.h"

/* ------------------------------------------------------------------ code */

static void code_dealloc(GpObj *o) {
  GpCode *c = (GpCode *)o;
  for (int i = 0; i < c->nconsts; i++)
    GP_DECREF(c->consts[i]);
  free(c->consts);
  free(c->code);
  free(c->lines);
  free(c->names);
  free(c->gcache);
  free(c->varnames);
  free(c->exctab);
  if (c->filename) gp_decref_o(c->filename);
}

static GpValue code_repr(GpThread *t, GpValue self) {
  GpCode *c = (GpCode *)self.as.o;
  return gp_str_printf(t, "<code object %s at %p, file \"%s\", line %d>", ((GpStr *)c->name)->data,
                       (void *)c, ((GpStr *)c->filename)->data, c->firstline);
}

GpType gp_type_code = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "code",
    .dealloc = code_dealloc,
    .repr = code_repr,
};

int gp_code_line(const GpCode *c, uint32_t pc) {
  if (pc >= c->ncode) return c->ncode ? c->lines[c->ncode - 1] : c->firstline;
  return c->lines[pc];
}

/* ------------------------------------------------------------- functions */

static void func_dealloc(GpObj *o) {
  GpFunction *f = (GpFunction *)o;
  gp_decref_o(&f->code->ob);
  gp_decref_o(f->globals);
  if (f->module) gp_decref_o(f->module);
  for (int i = 0; i < f->ndefaults; i++)
    GP_DECREF(f->defaults[i]);
}

/* globals, defaults; code and the module name are not containers. */
static int func_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GpFunction *f = (GpFunction *)o;
  int r = f->globals ? visit(f->globals, arg) : 0;
  if (r) return r;
  for (int i = 0; i < f->ndefaults; i++)
    GP_VISIT(f->defaults[i], visit, arg);
  return 0;
}

/* Defaults only: globals stays a dict for code still running (the dict
** itself is cleared when it is garbage too). */
static void func_clear(GpObj *o) {
  GpFunction *f = (GpFunction *)o;
  for (int i = 0; i < f->ndefaults; i++)
    GP_CLEAR(f->defaults[i]);
}

static const char *func_name(const GpFunction *f) {
  return ((GpStr *)f->code->name)->data;
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

static GpValue func_getattr(GpThread *t, GpValue self, GpObj *name) {
  GpFunction *f = (GpFunction *)self.as.o;
  const char *s = ((GpStr *)name)->data;
  if (strcmp(s, "__name__") == 0 || strcmp(s, "__qualname__") == 0) {
    gp_incref_o(f->code->name);
    return gp_objv(f->code->name);
  }
  if (strcmp(s, "__module__") == 0 && f->module) {
    gp_incref_o(f->module);
    return gp_objv(f->module);
  }
  return gp_raise(t, &gp_exc_AttributeError, "'function' object has no attribute '%s'", s);
}

GpType gp_type_function = {
    .ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type},
    .name = "function",
    .dealloc = func_dealloc,
    .traverse = func_traverse,
    .clear = func_clear,
    .repr = func_repr,
    .hash = func_hash,
    .getattr = func_getattr,
};

GpValue gp_func_new(GpThread *t, GpCode *code, GpObj *globals, const GpValue *defaults,
                    int ndefaults) {
  size_t size = sizeof(GpFunction) + (size_t)ndefaults * sizeof(GpValue);
  GpFunction *f = (GpFunction *)gp_alloc(t, &gp_type_function, size);
  if (!f) return gp_raise_nomem(t);
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
  f->ndefaults = ndefaults;
  for (int i = 0; i < ndefaults; i++) {
    f->defaults[i] = defaults[i];
    GP_INCREF(defaults[i]);
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

static int missing_error(GpThread *t, GpFunction *fn, const GpValue *locals) {
  GpCode *c = fn->code;
  int *idx = malloc(sizeof(int) * (size_t)c->nparams);
  if (!idx) return gp_raise_nomem(t), -1;
  int n = 0;
  for (int i = 0; i < c->nparams; i++)
    if (GP_IS_ERR(locals[i])) idx[n++] = i;
  GpBuf b;
  gp_buf_init(&b);
  list_names(&b, c->varnames, idx, n);
  free(idx);
  GpValue s = gp_buf_finish(t, &b);
  if (GP_IS_ERR(s)) return -1;
  gp_raise(t, &gp_exc_TypeError, "%s() missing %d required positional argument%s: %s",
           func_name(fn), n, n == 1 ? "" : "s", GP_STR(s)->data);
  GP_DECREF(s);
  return -1;
}

static int too_many_error(GpThread *t, GpFunction *fn, int given) {
  int np = fn->code->nparams, nd = fn->ndefaults;
  const char *was = given == 1 ? "was" : "were";
  if (nd > 0)
    gp_raise(t, &gp_exc_TypeError, "%s() takes from %d to %d positional arguments but %d %s given",
             func_name(fn), np - nd, np, given, was);
  else
    gp_raise(t, &gp_exc_TypeError, "%s() takes %d positional argument%s but %d %s given",
             func_name(fn), np, np == 1 ? "" : "s", given, was);
  return -1;
}

static int kw_slot(GpCode *c, GpObj *name) {
  for (int i = 0; i < c->nparams; i++)
    if (c->varnames[i] == name || gp_str_eq(c->varnames[i], name)) return i;
  return -1;
}

int gp_func_bind(GpThread *t, GpFunction *fn, const GpValue *args, int nargs, GpObj *kwnames,
                 GpValue *locals) {
  GpCode *c = fn->code;
  int np = c->nparams;
  int nkw = kwnames ? (int)((GpTuple *)kwnames)->len : 0;
  int npos = nargs - nkw;
  for (int i = 0; i < np; i++)
    locals[i] = GP_ERRV;
  if (npos > np) return too_many_error(t, fn, npos);
  for (int i = 0; i < npos; i++) {
    locals[i] = args[i];
    GP_INCREF(args[i]);
  }
  for (int k = 0; k < nkw; k++) {
    GpObj *name = ((GpTuple *)kwnames)->items[k].as.o;
    int i = kw_slot(c, name);
    if (i < 0) {
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
  int first_default = np - fn->ndefaults;
  for (int i = first_default; i < np; i++) {
    if (GP_IS_ERR(locals[i])) {
      locals[i] = fn->defaults[i - first_default];
      GP_INCREF(locals[i]);
    }
  }
  for (int i = 0; i < np; i++) {
    if (GP_IS_ERR(locals[i])) {
      missing_error(t, fn, locals);
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
