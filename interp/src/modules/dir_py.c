/*
** dir_py.c — the built-in dir(obj): a module's names from its dict, any
** other object's through Python source run once per interpreter as the
** hidden module _dir_py; without an argument, the caller's local names
** (locals()), sorted.
*/
#include "module.h"
#include "obj.h"
#include "vm.h"

static const char dir_src[] =
    "# dir(obj) as CPython's object.__dir__ and type.__dir__ list it: the\n"
    "# instance's __dict__ and every class's along the MRO, with the entries\n"
    "# CPython's class dicts have and gilpy's do not (__doc__, __dict__,\n"
    "# __weakref__, slot descriptors) and object's own attributes.\n"
    "_OBJECT = ('__class__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', "
    "'__ge__',\n"
    "           '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__',\n"
    "           '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__', '__reduce__',\n"
    "           '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__',\n"
    "           '__subclasshook__')\n"
    "\n"
    "\n"
    "def _class_names(cls):\n"
    "    names = set()\n"
    "    for k in cls.__mro__:\n"
    "        if k is object:\n"
    "            names.update(_OBJECT)\n"
    "            continue\n"
    "        d = k.__dict__\n"
    "        names.update(d)\n"
    "        if not hasattr(d, 'keys') or '__module__' not in d:\n"
    "            continue  # a built-in type: its table's names\n"
    "        names.discard('__qualname__')\n"
    "        names.add('__doc__')\n"
    "        slots = d.get('__slots__')\n"
    "        if slots is None:\n"
    "            names.update(('__dict__', '__weakref__'))\n"
    "        else:\n"
    "            names.update([slots] if isinstance(slots, str) else slots)\n"
    "    return names\n"
    "\n"
    "\n"
    "def _dir(obj):\n"
    "    if isinstance(obj, type):\n"
    "        return sorted(_class_names(obj))\n"
    "    for k in type(obj).__mro__:\n"
    "        d = k.__dict__\n"
    "        if '__module__' in d and '__dir__' in d:\n"
    "            return sorted(obj.__dir__())\n"
    "    names = _class_names(type(obj))\n"
    "    try:\n"
    "        names.update(obj.__dict__)\n"
    "    except AttributeError:\n"
    "        pass\n"
    "    return sorted(names)\n";

/* The hidden module, run the first time it is needed. */
static GpValue dir_module(GpThread *t) {
  GpValue mod;
  if (gp_dict_get_str(t->vm->modules, gp_intern_cstr("_dir_py"), &mod)) return mod;
  return gp_module_exec(t, dir_src, sizeof dir_src - 1, "<dir>", "_dir_py");
}

static GpValue sorted_keys(GpThread *t, GpObj *d) {
  GpValue l = gp_list_new(t, gp_dict_len(d)), k, v;
  for (size_t i = 0; !GP_IS_ERR(l) && gp_dict_next(d, &i, &k, &v);)
    if (gp_list_append(t, l.as.o, k) < 0) {
      GP_DECREF(l);
      l = GP_ERRV;
    }
  if (!GP_IS_ERR(l) && gp_list_sort(t, l.as.o, GP_NONEV, 0) < 0) {
    GP_DECREF(l);
    l = GP_ERRV;
  }
  return l;
}

static GpValue bi_dir(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "dir", nargs, kw, 0, 1) < 0) return GP_ERRV;
  if (nargs == 0) {
    GpValue l = gp_vm_locals(t), r = l;
    if (GP_IS_TYPE(l, gp_type_dict))
      r = sorted_keys(t, l.as.o);
    else if (!GP_IS_ERR(l))
      r = gp_raise(t, &gp_exc_NotImplementedError,
                   "dir() in a class body whose namespace is not a dict is not supported by gilpy");
    GP_DECREF(l);
    return r;
  }
  if (GP_IS_TYPE(args[0], gp_type_module)) return sorted_keys(t, ((GpModule *)args[0].as.o)->dict);
  GpValue mod = dir_module(t);
  if (GP_IS_ERR(mod)) return mod;
  GpValue fn = gp_getattr(t, mod, gp_intern_cstr("_dir"));
  GP_DECREF(mod);
  if (GP_IS_ERR(fn)) return fn;
  GpValue r = gp_vm_call(t, fn, args, 1, NULL);
  GP_DECREF(fn);
  return r;
}

static const GpMethodDef dir_fns[] = {{"dir", bi_dir}, {NULL, NULL}};

int gp_open_dir(GpThread *t, GpObj *d) {
  return gp_module_add_functions(t, d, dir_fns);
}
