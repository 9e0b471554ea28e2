# A class attribute is looked up in the class's MRO, built-in bases
# included, before its metaclass: A.__new__ is object's even when the
# metaclass defines __new__; a metaclass property still comes first.
import abc
class M(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns)
    def hello(cls): return 'meta hello'
class A(metaclass=M):
    pass
print(A.__new__ is object.__new__, A.hello())
a = A.__new__(A); print(type(a).__name__)
class B(abc.ABC): pass
b = B.__new__(B); print(type(b).__name__)
class C(metaclass=M):
    def __new__(cls): return super().__new__(cls)
print(type(C.__new__(C)).__name__)
class PM(type):
    @property
    def kind(cls):
        return 'meta property of ' + cls.__name__
    __doc_extra__ = 'meta attr'
class D(metaclass=PM):
    kind = 'class attr'
print(D.kind, D.__doc_extra__, D().kind)
print(B.__init__ is object.__init__, A.__repr__ is object.__repr__)
