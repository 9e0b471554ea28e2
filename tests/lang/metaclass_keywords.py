# Class keywords other than metaclass= go to the metaclass's __new__ and __init__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(kw.items()))
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kw
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("init", name, sorted(kw))
        super().__init__(name, bases, ns)

class A(metaclass=Meta, debug=True, level=2):
    pass

class B(A, level=3):
    pass

print(A.options, B.options, type(B).__name__)

def factory(name, bases, ns, **kw):
    print("factory", name, kw)
    return kw.get("result", name)

class C(metaclass=factory, result=42):
    pass

print(C)
