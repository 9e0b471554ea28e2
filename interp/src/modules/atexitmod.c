/*
** atexitmod.c — the atexit module, as CPython 3.11's Modules/atexitmodule.c.
**
** vm->atexit is a list of callbacks in registration order, each a tuple
** (func, args, kwnames): args holds the positional then the keyword
** values, kwnames (None if there are none) names the last ones, so a
** callback is called exactly as register() was. unregister() leaves a hole
** (None) that _ncallbacks() still counts, as CPython's does. The callbacks
** run last first, at exit after the non-daemon threads were joined
** (gp_atexit_run, from gp_threading_shutdown), or by _run_exitfuncs(); an
** exception in one is printed as "Exception ignored in atexit callback"
** and the others still run. os._exit skips them: it never gets here.
*/
#include "class.h"
#include "code.h"
#include "finalize.h"
#include "vm.h"

/* The list, made on first use; NULL (raised) if out of memory. */
static GpObj *callbacks(GpThread *t) {
  if (!t->vm->atexit) {
    GpValue l = gp_list_new(t, 0);
    if (GP_IS_ERR(l)) return NULL;
    t->vm->atexit = l.as.o;
  }
  return t->vm->atexit;
}

/* (func, args, kwnames) for a call of func with args[1..n), kwnames. */
static GpValue entry_new(GpThread *t, const GpValue *args, int n, GpObj *kwnames) {
  GpValue rest = gp_tuple_new(t, (size_t)(n - 1));
  if (GP_IS_ERR(rest)) return rest;
  for (int i = 1; i < n; i++) {
    GP_INCREF(args[i]);
    GP_TUPLE(rest)->items[i - 1] = args[i];
  }
  GpValue e = gp_tuple_new(t, 3);
  if (GP_IS_ERR(e)) {
    GP_DECREF(rest);
    return e;
  }
  GP_INCREF(args[0]);
  GP_TUPLE(e)->items[0] = args[0];
  GP_TUPLE(e)->items[1] = rest;
  if (kwnames) gp_incref_o(kwnames);
  GP_TUPLE(e)->items[2] = kwnames ? gp_objv(kwnames) : GP_NONEV;
  return e;
}

static GpValue ax_register(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  int nkw = kwnames ? (int)((GpTuple *)kwnames)->len : 0;
  if (nargs - nkw < 1)
    return gp_raise(t, &gp_exc_TypeError, "register() takes at least 1 argument (0 given)");
  if (!gp_is_callable(args[0]))
    return gp_raise(t, &gp_exc_TypeError, "the first argument must be callable");
  GpObj *l = callbacks(t);
  if (!l) return GP_ERRV;
  GpValue e = entry_new(t, args, nargs, kwnames);
  if (GP_IS_ERR(e)) return e;
  int r = gp_list_append(t, l, e);
  GP_DECREF(e);
  if (r < 0) return GP_ERRV;
  GP_INCREF(args[0]);
  return args[0];
}

static GpValue ax_unregister(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_one(t, "atexit.unregister", nargs, kwnames) < 0) return GP_ERRV;
  GpList *l = (GpList *)t->vm->atexit;
  for (size_t i = 0; l && i < l->len; i++) {
    GpValue e = l->items[i];
    if (GP_IS_NONE(e)) continue;
    int eq = gp_eq(t, GP_TUPLE(e)->items[0], args[0]);
    if (eq < 0) return GP_ERRV;
    if (eq && i < l->len && GP_IS_OBJ(l->items[i])) { /* == may have changed the list */
      GpValue old = l->items[i];
      l->items[i] = GP_NONEV;
      GP_DECREF(old);
    }
  }
  return GP_NONEV;
}

/* Calls entry e; an exception is printed and dropped. */
static void call_entry(GpThread *t, GpValue e) {
  GpValue fn = GP_TUPLE(e)->items[0];
  GpTuple *args = GP_TUPLE(GP_TUPLE(e)->items[1]);
  GpValue kw = GP_TUPLE(e)->items[2];
  GpValue r = gp_vm_call(t, fn, args->items, (int)args->len, GP_IS_NONE(kw) ? NULL : kw.as.o);
  if (GP_IS_ERR(r))
    gp_print_unraisable_msg(t, "in atexit callback", fn);
  else
    GP_DECREF(r);
}

/* The callbacks last first, then none is left. Only the ones registered
** before the run started run, as in CPython. */
static void run_all(GpThread *t) {
  GpObj *owned = t->vm->atexit;
  if (!owned) return;
  gp_incref_o(owned); /* a callback may call _clear */
  GpList *l = (GpList *)owned;
  for (size_t i = l->len; i-- > 0;) {
    if (i >= l->len || !GP_IS_OBJ(l->items[i])) continue;
    GpValue e = l->items[i];
    GP_INCREF(e); /* it may unregister itself */
    call_entry(t, e);
    GP_DECREF(e);
  }
  gp_decref_o(owned);
  if (t->vm->atexit == owned) {
    t->vm->atexit = NULL;
    gp_decref_o(owned);
  }
}

static GpValue ax_run_exitfuncs(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  (void)args;
  if (gp_arg_none(t, "_run_exitfuncs", nargs, kwnames) < 0) return GP_ERRV;
  run_all(t);
  return GP_NONEV;
}

static GpValue ax_clear(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  (void)args;
  if (gp_arg_none(t, "_clear", nargs, kwnames) < 0) return GP_ERRV;
  GpObj *l = t->vm->atexit;
  t->vm->atexit = NULL;
  if (l) gp_decref_o(l);
  return GP_NONEV;
}

static GpValue ax_ncallbacks(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  (void)args;
  if (gp_arg_none(t, "_ncallbacks", nargs, kwnames) < 0) return GP_ERRV;
  GpList *l = (GpList *)t->vm->atexit;
  return gp_intv(l ? (int64_t)l->len : 0);
}

int gp_open_atexit(GpThread *t, GpObj *d) {
  static const GpMethodDef fns[] = {
      {"register", ax_register},
      {"unregister", ax_unregister},
      {"_run_exitfuncs", ax_run_exitfuncs},
      {"_clear", ax_clear},
      {"_ncallbacks", ax_ncallbacks},
      {NULL, NULL},
  };
  return gp_module_add_functions(t, d, fns);
}

void gp_atexit_run(GpVM *vm) {
  if (!vm->atexit) return;
  GpThread *t = gp_attach(vm);
  if (!t) return;
  gp_gil_take(&vm->gil, t);
  GpThread *outer = gp_vm_set_current(t);
  run_all(t);
  fflush(vm->opt.out);
  gp_vm_set_current(outer);
  gp_gil_drop(&vm->gil, t);
  gp_detach(t);
}

void gp_atexit_vm_closed(GpVM *vm) {
  if (vm->atexit) gp_decref_o(vm->atexit);
  vm->atexit = NULL;
}
