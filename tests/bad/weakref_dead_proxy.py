# expect: type=ReferenceError line=13
# A proxy whose referent died.
import weakref


class A:
    pass


a = A()
p = weakref.proxy(a)
del a
print(p.anything)
