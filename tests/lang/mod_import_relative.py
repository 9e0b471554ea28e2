# Relative imports inside a package: from . import x, from .m import y,
# from .. (a parent package), and the errors of bad ones.
import _relpkg
print(_relpkg.VERSION, _relpkg.shape_area(2, 3), _relpkg.shapes.CM)
import _relpkg.inner
print(_relpkg.inner.units.MM, _relpkg.inner.area(1, 1), _relpkg.inner.leaf.unit)
print(_relpkg.inner.leaf.VERSION, _relpkg.inner.leaf.__name__)
try:
    import _relpkg.beyond
except ImportError as e:
    print("ImportError:", e)
try:
    from . import something
except ImportError as e:
    print("ImportError:", e)
