# The descriptor protocol from Python: function/property/classmethod/
# staticmethod __get__, property __set__/__delete__/getter/setter/deleter,
# __doc__ from fget, __isabstractmethod__, bound methods' fields.
class A:
    def m(self): return ('m', self.__class__.__name__)
    @property
    def p(self):
        "pdoc"
        return 1
    @classmethod
    def c(cls): return cls.__name__
    @staticmethod
    def s(): return 's'
a = A()
def free(self): return 'free', self
bm = free.__get__(a, A)
print(bm() == ('free', a), bm.__self__ is a, bm.__func__ is free)
print(A.m.__get__(a)())
p = A.__dict__['p']
print(p.__get__(a, A), p.__get__(None, A) is p, p.__doc__, p.fget.__name__, p.fset, p.fdel)
try: p.__set__(a, 1)
except AttributeError as e: print(e)
class B:
    def __init__(self): self._x = 0
    x = property()
    def gx(self): return self._x
    x = x.getter(gx)
    def sx(self, v): self._x = v
    x = x.setter(sx)
    def dx(self): del self._x
    x = x.deleter(dx)
b = B()
b.x = 3
print(b.x)
B.x.__set__(b, 4); print(B.x.__get__(b))
B.x.__delete__(b); print(hasattr(b, '_x'))
cm = A.__dict__['c']; sm = A.__dict__['s']
print(cm.__get__(None, A)(), cm.__func__.__name__, sm.__get__(None, A)(), sm.__func__.__name__)
print(cm.__isabstractmethod__, sm.__isabstractmethod__, p.__isabstractmethod__)
import abc
class X(abc.ABC):
    @property
    @abc.abstractmethod
    def v(self): pass
print(X.__dict__['v'].__isabstractmethod__)
print(a.m == a.m, a.m is a.m, hash(a.m) == hash(a.m), a.m != A().m)
print(a.m.__self__ is a, a.m.__func__ is A.m, a.c.__self__ is A)
print(A.__dict__['m'].__get__(None, A) is A.m)
print(len({a.m, a.m}))
class A:
    p = property()
    q = property(lambda s: 1)
try: A().p
except AttributeError as e: print(e)
try: A.__dict__['p'].__get__(A(), A)
except AttributeError as e: print(e)
try: A.__dict__['q'].__set__(A(), 1)
except AttributeError as e: print(e)
try: A.__dict__['q'].__delete__(A())
except AttributeError as e: print(e)
def f(): pass
try: f.__get__(None, None)
except TypeError as e: print(e)
print(f.__get__(None, A) is f)
try: f.__get__(None)
except TypeError as e: print(e)
def attempt(fn):
    try:
        print(fn())
    except TypeError as e:
        print("TypeError:", e)


attempt(lambda: staticmethod(f).__get__(None) is f)
attempt(lambda: staticmethod(f).__get__(None, A) is f)
attempt(lambda: classmethod(f).__get__(A()).__self__)
attempt(lambda: classmethod(f).__get__(None, A).__self__)
attempt(lambda: classmethod(f).__get__(None, None))
print(property(f).__doc__, property(f, doc='x').__doc__)
def g():
    "gdoc"
pr = property(g); print(pr.__doc__, pr.getter(f).__doc__, pr.setter(f).__doc__)
print(property(g, doc="d").getter(f).__doc__)
print(staticmethod(g).__doc__, classmethod(g).__doc__)
