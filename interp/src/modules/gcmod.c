/*
** gcmod.c — the `gc` module: the cycle collector of runtime/gc.c.
**
**   gc.collect(generation=2)   full collection; the number of unreachable
**                              objects found (CPython's count, up to the
**                              object kinds each interpreter has)
**   gc.enable() / gc.disable() / gc.isenabled()   automatic collection
**   gc.get_threshold()          (700, 10, 0): young threshold; full ones
**                              by the 25% rule (gc.c)
*/
#include "vm.h"

static GpValue gcmod_collect(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"generation"};
  GpValue gen;
  if (gp_parse_args(t, "collect", args, nargs, kw, names, 1, 0, &gen) < 0) return GP_ERRV;
  if (!GP_IS_ERR(gen)) {
    int64_t g;
    if (gp_int_to_int64(t, gen, &g) < 0) return GP_ERRV;
    if (g < 0 || g > 2) return gp_raise(t, &gp_exc_ValueError, "invalid generation");
  }
  return gp_intv((int64_t)gp_gc_collect(t));
}

static GpValue gcmod_enable(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args;
  if (gp_arg_none(t, "enable", nargs, kw) < 0) return GP_ERRV;
  atomic_store_explicit(&t->vm->gc.enabled, 1, memory_order_relaxed);
  return GP_NONEV;
}

static GpValue gcmod_disable(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args;
  if (gp_arg_none(t, "disable", nargs, kw) < 0) return GP_ERRV;
  atomic_store_explicit(&t->vm->gc.enabled, 0, memory_order_relaxed);
  return GP_NONEV;
}

static GpValue gcmod_isenabled(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args;
  if (gp_arg_none(t, "isenabled", nargs, kw) < 0) return GP_ERRV;
  return gp_boolv(atomic_load_explicit(&t->vm->gc.enabled, memory_order_relaxed));
}

static GpValue gcmod_get_threshold(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args;
  if (gp_arg_none(t, "get_threshold", nargs, kw) < 0) return GP_ERRV;
  GpValue items[3] = {gp_intv((int64_t)t->vm->gc.threshold), gp_intv(10), gp_intv(0)};
  return gp_tuple_pack(t, 3, items);
}

int gp_open_gc(GpThread *t, GpObj *d) {
  static const GpMethodDef fns[] = {
      {"collect", gcmod_collect},
      {"enable", gcmod_enable},
      {"disable", gcmod_disable},
      {"isenabled", gcmod_isenabled},
      {"get_threshold", gcmod_get_threshold},
      {NULL, NULL},
  };
  return gp_module_add_functions(t, d, fns);
}
