/*
** importmod.c — import as a function: the built-in __import__ and the
** importlib module's import_module, over the import statement's machinery
** (runtime/module.c's gp_import, its per-module locks included).
*/
#include <string.h>

#include "module.h"
#include "obj.h"
#include "vm.h"

/* "." * level + name, interned: the form gp_import resolves against the
** importer's globals. */
static GpObj *dotted(GpThread *t, int64_t level, const char *name, size_t len) {
  GpValue s =
      gp_str_printf(t, "%.*s%.*s", (int)level, "................................", (int)len, name);
  if (GP_IS_ERR(s)) return NULL;
  GpObj *r = gp_intern(GP_STR(s)->data, GP_STR(s)->len);
  GP_DECREF(s);
  return r;
}

/* from module import names...: submodules of a package are imported as the
** statement would; names that are neither attribute nor submodule are
** left to the caller, as CPython's _handle_fromlist leaves them. */
static int handle_fromlist(GpThread *t, GpValue mod, GpValue fromlist) {
  GpValue it = gp_iter(t, fromlist), item;
  if (GP_IS_ERR(it)) return -1;
  int r;
  while ((r = gp_next(t, it, &item)) > 0) {
    if (!GP_IS_TYPE(item, gp_type_str)) {
      gp_raise(t, &gp_exc_TypeError, "Item in ``from list'' must be str, not %s",
               gp_typeof(item)->name);
      GP_DECREF(item);
      r = -1;
      break;
    }
    GpValue v = GP_STR(item)->data[0] == '*'
                    ? GP_NONEV
                    : gp_import_from(t, mod, gp_intern(GP_STR(item)->data, GP_STR(item)->len));
    GP_DECREF(item);
    if (GP_IS_ERR(v) && gp_exc_matches(t->exc, &gp_exc_ImportError) &&
        !gp_exc_matches(t->exc, &gp_exc_ModuleNotFoundError)) {
      GP_DECREF(t->exc); /* a missing name: CPython's __import__ does not raise */
      t->exc = GP_NONEV;
      v = GP_NONEV;
    }
    if (GP_IS_ERR(v)) {
      r = -1;
      break;
    }
    GP_DECREF(v);
  }
  GP_DECREF(it);
  return r;
}

/* __import__(name, globals=None, locals=None, fromlist=(), level=0) */
static GpValue im_import(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"name", "globals", "locals", "fromlist", "level"};
  GpValue a[5];
  if (gp_parse_args(t, "__import__", args, nargs, kw, names, 5, 1, a)) return GP_ERRV;
  if (!GP_IS_TYPE(a[0], gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "module name must be a string");
  int64_t level = 0;
  if (!GP_IS_ERR(a[4]) && gp_int_to_int64(t, a[4], &level) < 0) return GP_ERRV;
  if (level < 0) return gp_raise(t, &gp_exc_ValueError, "level must be >= 0");
  if (level > 32) level = 32; /* beyond any package depth: gp_import says so */
  const char *name = GP_STR(a[0])->data;
  size_t len = GP_STR(a[0])->len;
  if (len == 0 && level == 0) return gp_raise(t, &gp_exc_ValueError, "Empty module name");
  GpObj *globals = GP_IS_TYPE(a[1], gp_type_dict) ? a[1].as.o : gp_vm_globals(t);
  GpObj *full = dotted(t, level, name, len);
  if (!full) return GP_ERRV;
  GpValue mod = gp_import(t, full, globals);
  if (GP_IS_ERR(mod)) return mod;
  int from = GP_IS_ERR(a[3]) ? 0 : gp_truthy(t, a[3]);
  if (from != 0) {
    if (from < 0 || handle_fromlist(t, mod, a[3]) < 0) {
      GP_DECREF(mod);
      return GP_ERRV;
    }
    return mod;
  }
  const char *dot = memchr(name, '.', len);
  if (!dot) return mod;
  GP_DECREF(mod); /* import a.b binds a: the package the name starts from */
  GpObj *top = dotted(t, level, name, (size_t)(dot - name));
  return top ? gp_import(t, top, globals) : GP_ERRV;
}

/* importlib.import_module(name, package=None): the module itself, a
** relative name resolved against package. */
static GpValue im_import_module(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"name", "package"};
  GpValue a[2];
  if (gp_parse_args(t, "import_module", args, nargs, kw, names, 2, 1, a)) return GP_ERRV;
  if (!GP_IS_TYPE(a[0], gp_type_str))
    return gp_raise(t, &gp_exc_AttributeError, "'%s' object has no attribute 'startswith'",
                    gp_typeof(a[0])->name);
  const char *name = GP_STR(a[0])->data;
  size_t level = strspn(name, ".");
  if (!level) return gp_import(t, gp_intern(name, GP_STR(a[0])->len), gp_vm_globals(t));
  if (GP_IS_ERR(a[1]) || GP_IS_NONE(a[1]))
    return gp_raise(t, &gp_exc_TypeError,
                    "the 'package' argument is required to perform a relative import for '%s'",
                    name);
  if (!GP_IS_TYPE(a[1], gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "__package__ not set to a string");
  /* a stand-in importer that is the package itself (a __path__ says so) */
  GpValue g = gp_dict_new(t);
  if (GP_IS_ERR(g)) return g;
  GpValue r = GP_ERRV;
  if (gp_dict_set_str(t, g.as.o, "__name__", a[1]) == 0 &&
      gp_dict_set_str(t, g.as.o, "__path__", a[1]) == 0)
    r = gp_import(t, gp_intern(name, GP_STR(a[0])->len), g.as.o);
  GP_DECREF(g);
  return r;
}

static GpValue im_invalidate_caches(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args;
  if (gp_arg_count(t, "invalidate_caches", nargs, kw, 0, 0) < 0) return GP_ERRV;
  return GP_NONEV; /* gilpy keeps no finder caches */
}

static const GpMethodDef import_builtin_fns[] = {
    {"__import__", im_import},
    {NULL, NULL},
};

static const GpMethodDef importlib_fns[] = {
    {"import_module", im_import_module},
    {"invalidate_caches", im_invalidate_caches},
    {NULL, NULL},
};

int gp_open_import_builtin(GpThread *t, GpObj *d) {
  return gp_module_add_functions(t, d, import_builtin_fns);
}

int gp_open_importlib(GpThread *t, GpObj *d) {
  return gp_module_add_functions(t, d, importlib_fns);
}
