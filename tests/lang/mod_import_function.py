# import as a function: __import__ returns the top package for a dotted
# name and the module itself given a fromlist; importlib.import_module
# returns the module named, a relative name resolved against package.
import importlib
import sys

m = __import__('math')
print(m.floor(2.5), m is sys.modules['math'])
top = __import__('_pkg.mod')
print(top.__name__, top.mod.f())
leaf = __import__('_pkg.mod', globals(), None, ['f'])
print(leaf.__name__, leaf.f())
print(__import__('_pkg', fromlist=['mod', 'nothing_here']).__name__)
print(__import__('_pkg.sub.deep', fromlist=['*']).Y)
print(__import__('collections.abc', fromlist=['Mapping']).__name__)

print(importlib.import_module('_pkg.mod').__name__)
print(importlib.import_module('.units', '_relpkg').CM)
print(importlib.import_module('..units', '_relpkg.inner').MM)
print(importlib.import_module('json').dumps([1]))
print(importlib.invalidate_caches())

for bad in [lambda: __import__(3), lambda: __import__(''),
            lambda: __import__('x', level=-1),
            lambda: __import__('_pkg', fromlist=[1]),
            lambda: __import__('no_such_module_here'),
            lambda: importlib.import_module('.units'),
            lambda: importlib.import_module('_pkg.nope')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
