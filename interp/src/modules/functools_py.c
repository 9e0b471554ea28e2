/*
** functools_py.c — the parts of functools written in Python, as CPython
** writes them: total_ordering and cached_property. They only call other
** Python code, so gilpy compiles their source once per interpreter, as the
** hidden module _functools_py, and functools takes the two names from it.
*/
#include <string.h>

#include "module.h"
#include "obj.h"
#include "vm.h"

static const char functools_src[] =
    "_ORDER = ('__lt__', '__le__', '__gt__', '__ge__')\n"
    "# CPython's _convert: each op derived from a root, in one of five forms\n"
    "_CONVERT = {\n"
    "    '__lt__': {'__gt__': 0, '__le__': 1, '__ge__': 2},\n"
    "    '__le__': {'__ge__': 3, '__lt__': 4, '__gt__': 2},\n"
    "    '__gt__': {'__lt__': 0, '__ge__': 1, '__le__': 2},\n"
    "    '__ge__': {'__le__': 3, '__gt__': 4, '__lt__': 2},\n"
    "}\n"
    "def _derived(root, op):\n"
    "    form = _CONVERT[root][op]\n"
    "    def f(self, other):\n"
    "        r = getattr(type(self), root)(self, other)\n"
    "        if r is NotImplemented:\n"
    "            return r\n"
    "        if form == 0:\n"
    "            return not r and self != other\n"
    "        if form == 1:\n"
    "            return r or self == other\n"
    "        if form == 2:\n"
    "            return not r\n"
    "        if form == 3:\n"
    "            return not r or self == other\n"
    "        return r and self != other\n"
    "    f.__name__ = op\n"
    "    return f\n"
    "def total_ordering(cls):\n"
    "    roots = [op for op in _ORDER\n"
    "             if any(op in k.__dict__ for k in cls.__mro__ if k is not object)]\n"
    "    if not roots:\n"
    "        raise ValueError('must define at least one ordering operation: < > <= >=')\n"
    "    root = max(roots)\n"
    "    for op in _CONVERT[root]:\n"
    "        if op not in roots:\n"
    "            setattr(cls, op, _derived(root, op))\n"
    "    return cls\n"
    "_NOT_FOUND = object()\n"
    "class cached_property:\n"
    "    __module__ = 'functools'\n"
    "    def __init__(self, func):\n"
    "        self.func = func\n"
    "        self.attrname = None\n"
    "    def __set_name__(self, owner, name):\n"
    "        if self.attrname is None:\n"
    "            self.attrname = name\n"
    "        elif name != self.attrname:\n"
    "            raise TypeError('Cannot assign the same cached_property to two different '\n"
    "                            f'names ({self.attrname!r} and {name!r}).')\n"
    "    def __get__(self, instance, owner=None):\n"
    "        if instance is None:\n"
    "            return self\n"
    "        if self.attrname is None:\n"
    "            raise TypeError('Cannot use cached_property instance without calling '\n"
    "                            '__set_name__ on it.')\n"
    "        cache = instance.__dict__\n"
    "        val = cache.get(self.attrname, _NOT_FOUND)\n"
    "        if val is _NOT_FOUND:\n"
    "            val = self.func(instance)\n"
    "            cache[self.attrname] = val\n"
    "        return val\n";

int gp_functools_py_open(GpThread *t, GpObj *d) {
  GpValue mod =
      gp_module_exec(t, functools_src, sizeof functools_src - 1, "<functools>", "_functools_py");
  if (GP_IS_ERR(mod)) return -1;
  static const char *const names[] = {"total_ordering", "cached_property"};
  int r = 0;
  for (size_t i = 0; r == 0 && i < sizeof names / sizeof *names; i++)
    r = gp_module_set(t, d, names[i], gp_getattr(t, mod, gp_intern_cstr(names[i])));
  GP_DECREF(mod);
  return r;
}
