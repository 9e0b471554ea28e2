/*
** excstar.c — the EXC_STAR instruction's steps of `except*`: each calls the
** _star_* function of _gpexcgroup (modules/excgroup_py.c) on the values the
** instruction pops, and returns the tuple of the values it pushes.
*/
#include "code.h"
#include "module.h"
#include "obj.h"
#include "vm.h"

static const struct {
  const char *fn;
  int nin;
} steps[] = {
    [GP_STAR_BEGIN] = {"_star_begin", 1},
    [GP_STAR_MATCH] = {"_star_match", 3},
    [GP_STAR_RAISED] = {"_star_raised", 3},
    [GP_STAR_END] = {"_star_end", 2},
};

int gp_exc_star_arity(uint32_t step) {
  return steps[step].nin;
}

/* The clause that a match runs handles that part: sys.exc_info() and a
** bare `raise` see it, as CPython's CHECK_EG_MATCH sets it. */
static void handle_match(GpThread *t, GpValue r) {
  const GpTuple *tu = GP_TUPLE(r);
  if (tu->len != 4 || !GP_IS_BOOL(tu->items[3]) || !tu->items[3].as.i) return;
  GpValue old = t->handling;
  GP_INCREF(tu->items[2]);
  t->handling = tu->items[2];
  GP_DECREF(old);
}

GpValue gp_exc_star(GpThread *t, uint32_t step, GpValue *in) {
  int n = steps[step].nin;
  GpValue fn = gp_excgroup_attr(t, steps[step].fn);
  GpValue r = GP_IS_ERR(fn) ? fn : gp_vm_call(t, fn, in, n, NULL);
  GP_DECREF(fn);
  for (int i = 0; i < n; i++)
    GP_DECREF(in[i]);
  if (GP_IS_ERR(r) || GP_IS_TYPE(r, gp_type_tuple)) {
    if (!GP_IS_ERR(r) && step == GP_STAR_MATCH) handle_match(t, r);
    return r;
  }
  GP_DECREF(r);
  return gp_raise(t, &gp_exc_RuntimeError, "_gpexcgroup.%s did not return a tuple", steps[step].fn);
}
