/*
** objreduce.c — object.__reduce_ex__, object.__reduce__ and
** object.__getstate__ (class.c lists them among object's methods).
** CPython writes them in C over copyreg; gilpy keeps their logic in
** copyreg's Python (_object_reduce_ex, _object_reduce, _object_getstate)
** and passes it what Python cannot see: the built-in value an instance
** of a subclass wraps, and whether the value has data outside its
** attributes (a lock, a socket), which cannot be rebuilt from them.
*/
#include "class.h"
#include "module.h"
#include "obj.h"

/* The built-in value x is or wraps (an instance of a list subclass: its
** list), or None for an instance of a plain class. */
static GpValue payload_of(GpValue x) {
  if (!gp_is_inst(x)) return x;
  return gp_has_payload(x) ? gp_unwrap(x) : GP_NONEV;
}

/* Whether x keeps data its attributes do not hold. */
static bool opaque(GpValue x) {
  if (!gp_is_inst(x)) return gp_typeof(x) != &gp_type_object;
  if (!gp_has_payload(x)) return false;
  GpValue p = gp_unwrap(x);
  return !GP_IS_TYPE(p, gp_type_list) && !GP_IS_TYPE(p, gp_type_dict);
}

GpValue gp_copyreg_call(GpThread *t, const char *fn, const GpValue *args, int nargs) {
  GpValue mod = gp_import(t, gp_intern_cstr("copyreg"), NULL);
  GpValue f = GP_IS_ERR(mod) ? mod : gp_import_from(t, mod, gp_intern_cstr(fn));
  GpValue r = GP_IS_ERR(f) ? f : gp_vm_call(t, f, args, nargs, NULL);
  GP_DECREF(f); /* no-ops on GP_ERRV */
  GP_DECREF(mod);
  return r;
}

/* copyreg.fn(x, extra..., opaque(x), payload_of(x)). */
static GpValue call_copyreg(GpThread *t, const char *fn, GpValue x, const GpValue *extra,
                            int nextra) {
  GpValue argv[4] = {x};
  for (int i = 0; i < nextra; i++)
    argv[1 + i] = extra[i];
  argv[1 + nextra] = gp_boolv(opaque(x));
  argv[2 + nextra] = payload_of(x);
  return gp_copyreg_call(t, fn, argv, 3 + nextra);
}

GpValue gp_object_reduce_ex(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "__reduce_ex__", nargs, kw, 2, 2) < 0) return GP_ERRV;
  if (!gp_is_int(args[1]))
    return gp_raise(t, &gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                    gp_type_name(args[1]));
  return call_copyreg(t, "_object_reduce_ex", args[0], args + 1, 1);
}

GpValue gp_object_reduce(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "__reduce__", nargs, kw, 1, 1) < 0) return GP_ERRV;
  return call_copyreg(t, "_object_reduce", args[0], NULL, 0);
}

GpValue gp_object_getstate(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "__getstate__", nargs, kw, 1, 1) < 0) return GP_ERRV;
  return call_copyreg(t, "_object_getstate", args[0], NULL, 0);
}
