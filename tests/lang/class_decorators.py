# Class decorators and method decorators.
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def logged(f):
    def wrapper(self, *a):
        print("call", f.__name__, a)
        return f(self, *a)
    return wrapper
@register
class A:
    @logged
    def m(self, x):
        return x + 1
@register
class B(A):
    pass
print(registry, A().m(1), B().m(2))
