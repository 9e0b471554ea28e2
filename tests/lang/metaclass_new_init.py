# A metaclass overriding __new__ and __init__: both run once per class statement.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases])
        ns["created_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns):
        print("Meta.__init__", name, sorted(k for k in ns if not k.startswith("__")))
        super().__init__(name, bases, ns)

class A(metaclass=Meta):
    x = 1

    def method(self):
        return "method"

print(A.created_by, A.x, A().method(), type(A) is Meta, type(A).__name__, A.__class__ is Meta)
print(isinstance(A, Meta), isinstance(A, type), isinstance(A(), A), type(A()) is A)

class UpperAttrs(type):
    def __new__(mcls, name, bases, ns):
        upper = {(k if k.startswith("__") else k.upper()): v for k, v in ns.items()}
        return type.__new__(mcls, name, bases, upper)

class C(metaclass=UpperAttrs):
    value = 3

print(hasattr(C, "value"), C.VALUE, type(C).__name__)
