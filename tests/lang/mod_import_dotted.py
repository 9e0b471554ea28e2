# Dotted imports: packages, namespace packages, from-imports of submodules.
import _pkg.mod
print(_pkg.X, _pkg.mod.f(), _pkg.mod.__name__)
import _pkg.sub.deep as d
print(d.Y, d.__name__)
from _pkg.mod import f
print(f())
from _pkg.sub import deep
print(deep.Y, deep is d)
import _pkg.sub.deep
print(_pkg.sub.deep.Y)
import _pkg
print(_pkg.mod is _pkg.mod)


def g():
    import _pkg.mod as m
    return m.f()


print(g())
try:
    import _pkg.nothere
except ImportError as e:
    print(type(e).__name__, e)
try:
    import _pkg.mod.x
except ImportError as e:
    print(type(e).__name__, e)
try:
    from _pkg import nope
except ImportError as e:
    print(type(e).__name__)
