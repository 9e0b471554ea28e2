/*
** chainmap_py.c — collections.ChainMap, in Python as CPython writes it (a
** MutableMapping over a list of mappings, lookups going through them in
** order, writes to the first). Compiled once per interpreter as the hidden
** module _chainmap_py; collections takes the class from it.
*/
#include "module.h"
#include "obj.h"
#include "vm.h"

static const char chainmap_src[] =
    "# collections.ChainMap as CPython's collections/__init__.py writes it.\n"
    "__name__ = 'collections'\n"
    "import sys\n"
    "_abc = sys.modules['collections.abc']  # opened for us: collections is not yet\n"
    "Mapping, MutableMapping = _abc.Mapping, _abc.MutableMapping\n"
    "\n"
    "_repr_running = set()\n"
    "\n"
    "class ChainMap(MutableMapping):\n"
    "    def __init__(self, *maps):\n"
    "        self.maps = list(maps) or [{}]\n"
    "\n"
    "    def __missing__(self, key):\n"
    "        raise KeyError(key)\n"
    "\n"
    "    def __getitem__(self, key):\n"
    "        for mapping in self.maps:\n"
    "            try:\n"
    "                return mapping[key]  # not 'key in mapping': a defaultdict answers too\n"
    "            except KeyError:\n"
    "                pass\n"
    "        return self.__missing__(key)\n"
    "\n"
    "    def get(self, key, default=None):\n"
    "        return self[key] if key in self else default\n"
    "\n"
    "    def __len__(self):\n"
    "        return len(set().union(*self.maps))\n"
    "\n"
    "    def __iter__(self):\n"
    "        d = {}\n"
    "        for mapping in reversed(self.maps):\n"
    "            d.update(dict.fromkeys(mapping))\n"
    "        return iter(d)\n"
    "\n"
    "    def __contains__(self, key):\n"
    "        return any(key in m for m in self.maps)\n"
    "\n"
    "    def __bool__(self):\n"
    "        return any(self.maps)\n"
    "\n"
    "    def __repr__(self):\n"
    "        key = id(self)\n"
    "        if key in _repr_running:\n"
    "            return '...'\n"
    "        _repr_running.add(key)\n"
    "        try:\n"
    "            return f'{self.__class__.__name__}({\", \".join(map(repr, self.maps))})'\n"
    "        finally:\n"
    "            _repr_running.discard(key)\n"
    "\n"
    "    @classmethod\n"
    "    def fromkeys(cls, iterable, *args):\n"
    "        return cls(dict.fromkeys(iterable, *args))\n"
    "\n"
    "    def copy(self):\n"
    "        return self.__class__(self.maps[0].copy(), *self.maps[1:])\n"
    "\n"
    "    __copy__ = copy\n"
    "\n"
    "    def new_child(self, m=None, **kwargs):\n"
    "        if m is None:\n"
    "            m = kwargs\n"
    "        elif kwargs:\n"
    "            m.update(kwargs)\n"
    "        return self.__class__(m, *self.maps)\n"
    "\n"
    "    @property\n"
    "    def parents(self):\n"
    "        return self.__class__(*self.maps[1:])\n"
    "\n"
    "    def __setitem__(self, key, value):\n"
    "        self.maps[0][key] = value\n"
    "\n"
    "    def __delitem__(self, key):\n"
    "        try:\n"
    "            del self.maps[0][key]\n"
    "        except KeyError:\n"
    "            raise KeyError(f'Key not found in the first mapping: {key!r}')\n"
    "\n"
    "    def popitem(self):\n"
    "        try:\n"
    "            return self.maps[0].popitem()\n"
    "        except KeyError:\n"
    "            raise KeyError('No keys found in the first mapping.')\n"
    "\n"
    "    def pop(self, key, *args):\n"
    "        try:\n"
    "            return self.maps[0].pop(key, *args)\n"
    "        except KeyError:\n"
    "            raise KeyError(f'Key not found in the first mapping: {key!r}')\n"
    "\n"
    "    def clear(self):\n"
    "        self.maps[0].clear()\n"
    "\n"
    "    def __ior__(self, other):\n"
    "        self.maps[0].update(other)\n"
    "        return self\n"
    "\n"
    "    def __or__(self, other):\n"
    "        if not isinstance(other, Mapping):\n"
    "            return NotImplemented\n"
    "        m = self.copy()\n"
    "        m.maps[0].update(other)\n"
    "        return m\n"
    "\n"
    "    def __ror__(self, other):\n"
    "        if not isinstance(other, Mapping):\n"
    "            return NotImplemented\n"
    "        m = dict(other)\n"
    "        for child in reversed(self.maps):\n"
    "            m.update(child)\n"
    "        return self.__class__(m)\n";

int gp_open_collections_abc(GpThread *t, GpObj *d); /* collections_abc_py.c */

/* collections.abc, opened and registered now if it is not yet, and made
** the attribute abc of collections (d): importing it would import
** collections, which is what is being opened (CPython's collections imports
** _collections_abc for the same reason). */
static int ensure_abc(GpThread *t, GpObj *d) {
  GpObj *name = gp_intern_cstr("collections.abc");
  GpValue mod;
  int r = 0;
  if (!gp_dict_get_str(t->vm->modules, name, &mod)) {
    mod = gp_module_new(t, "collections.abc", NULL);
    if (GP_IS_ERR(mod)) return -1;
    r = gp_open_collections_abc(t, ((GpModule *)mod.as.o)->dict);
    if (r == 0) r = gp_dict_set(t, t->vm->modules, gp_objv(name), mod);
  }
  if (r == 0) r = gp_dict_set_str(t, d, "abc", mod);
  GP_DECREF(mod);
  return r;
}

int gp_chainmap_py_open(GpThread *t, GpObj *d) {
  if (ensure_abc(t, d) < 0) return -1;
  GpValue mod =
      gp_module_exec(t, chainmap_src, sizeof chainmap_src - 1, "<collections>", "_chainmap_py");
  if (GP_IS_ERR(mod)) return -1;
  int r = gp_module_set(t, d, "ChainMap", gp_getattr(t, mod, gp_intern_cstr("ChainMap")));
  GP_DECREF(mod);
  return r;
}
