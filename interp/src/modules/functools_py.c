/*
** functools_py.c — the parts of functools written in Python, as CPython
** writes them: total_ordering, cached_property, singledispatch and
** singledispatchmethod. They only call other Python code, so gilpy compiles
** their sources once per interpreter, as hidden modules, and functools takes
** the names from them.
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

static const char singledispatch_src[] =
    "# singledispatch and singledispatchmethod as CPython writes them, minus the\n"
    "# weak-reference cache: an implementation is looked up along the class's MRO,\n"
    "# then among the registered ABCs the class is a subclass of.\n"
    "def _find_impl(cls, registry):\n"
    "    for t in cls.__mro__:\n"
    "        if t in registry and t is not object:\n"
    "            return registry[t]\n"
    "    abcs = [t for t in registry if t is not object and issubclass(cls, t)]\n"
    "    best = [t for t in abcs if all(t is u or issubclass(t, u) for u in abcs)]\n"
    "    if len(abcs) > 1 and not best:\n"
    "        raise RuntimeError(f'Ambiguous dispatch: {abcs[0]} or {abcs[1]}')\n"
    "    return registry[best[0]] if best else registry.get(object)\n"
    "def _is_valid_dispatch_type(cls):\n"
    "    if isinstance(cls, type):\n"
    "        return True\n"
    "    args = getattr(cls, '__args__', None)\n"
    "    return bool(args) and all(isinstance(a, type) for a in args)\n"
    "def singledispatch(func):\n"
    "    registry = {}\n"
    "    def dispatch(cls):\n"
    "        return _find_impl(cls, registry)\n"
    "    def register(cls, func=None):\n"
    "        if _is_valid_dispatch_type(cls):\n"
    "            if func is None:\n"
    "                return lambda f: register(cls, f)\n"
    "        else:\n"
    "            if func is not None:\n"
    "                raise TypeError(f'Invalid first argument to `register()`. {cls!r} is not a "
    "class or union type.')\n"
    "            ann = getattr(cls, '__annotations__', {})\n"
    "            if not ann:\n"
    "                raise TypeError(f'Invalid first argument to `register()`: {cls!r}. Use either "
    "`@register(some_class)` or plain `@register` on an annotated function.')\n"
    "            func = cls\n"
    "            argname, cls = next(iter(ann.items()))\n"
    "            if isinstance(cls, str):\n"
    "                cls = eval(cls, func.__globals__)\n"
    "            if not _is_valid_dispatch_type(cls):\n"
    "                raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} is not a "
    "class.')\n"
    "        for t in getattr(cls, '__args__', None) or (cls,) if not isinstance(cls, type) else "
    "(cls,):\n"
    "            registry[t] = func\n"
    "        return func\n"
    "    def wrapper(*args, **kw):\n"
    "        if not args:\n"
    "            raise TypeError(f'{funcname} requires at least 1 positional argument')\n"
    "        return dispatch(args[0].__class__)(*args, **kw)\n"
    "    funcname = getattr(func, '__name__', 'singledispatch function')\n"
    "    registry[object] = func\n"
    "    wrapper.register = register\n"
    "    wrapper.dispatch = dispatch\n"
    "    wrapper.registry = registry\n"
    "    wrapper._clear_cache = lambda: None\n"
    "    from functools import update_wrapper\n"
    "    update_wrapper(wrapper, func)\n"
    "    return wrapper\n"
    "def _bind(method, obj, cls):\n"
    "    # method.__get__(obj, cls), for the descriptors gilpy's built-ins lack it on\n"
    "    if hasattr(method, '__get__'):\n"
    "        return method.__get__(obj, cls)\n"
    "    from functools import partial\n"
    "    if isinstance(method, staticmethod):\n"
    "        return method.__func__\n"
    "    if isinstance(method, classmethod):\n"
    "        return partial(method.__func__, cls if cls is not None else type(obj))\n"
    "    return method if obj is None else partial(method, obj)\n"
    "class singledispatchmethod:\n"
    "    def __init__(self, func):\n"
    "        if not callable(func) and not hasattr(func, '__get__'):\n"
    "            raise TypeError(f'{func!r} is not callable or a descriptor')\n"
    "        self.dispatcher = singledispatch(func)\n"
    "        self.func = func\n"
    "    def register(self, cls, method=None):\n"
    "        return self.dispatcher.register(cls, func=method)\n"
    "    def __get__(self, obj, cls=None):\n"
    "        def _method(*args, **kwargs):\n"
    "            method = self.dispatcher.dispatch(args[0].__class__)\n"
    "            return _bind(method, obj, cls)(*args, **kwargs)\n"
    "        _method.__isabstractmethod__ = self.__isabstractmethod__\n"
    "        _method.register = self.register\n"
    "        from functools import update_wrapper\n"
    "        update_wrapper(_method, self.func)\n"
    "        return _method\n"
    "    @property\n"
    "    def __isabstractmethod__(self):\n"
    "        return getattr(self.func, '__isabstractmethod__', False)\n";

/* d[name] = mod.name for each name; mod's reference is given up. */
static int copy_names(GpThread *t, GpObj *d, GpValue mod, const char *const *names, size_t n) {
  int r = 0;
  for (size_t i = 0; r == 0 && i < n; i++)
    r = gp_module_set(t, d, names[i], gp_getattr(t, mod, gp_intern_cstr(names[i])));
  GP_DECREF(mod);
  return r;
}

int gp_functools_py_open(GpThread *t, GpObj *d) {
  GpValue mod =
      gp_module_exec(t, functools_src, sizeof functools_src - 1, "<functools>", "_functools_py");
  if (GP_IS_ERR(mod)) return -1;
  static const char *const names[] = {"total_ordering", "cached_property"};
  int r = copy_names(t, d, mod, names, sizeof names / sizeof *names);
  if (r < 0) return r;
  mod = gp_module_exec(t, singledispatch_src, sizeof singledispatch_src - 1, "<functools>",
                       "_singledispatch_py");
  if (GP_IS_ERR(mod)) return -1;
  static const char *const sd_names[] = {"singledispatch", "singledispatchmethod"};
  return copy_names(t, d, mod, sd_names, sizeof sd_names / sizeof *sd_names);
}
