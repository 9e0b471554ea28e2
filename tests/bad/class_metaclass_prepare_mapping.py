# expect: type=NotImplementedError line=18 py=ok
class Mapping:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Mapping()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns.d))
print("before")
class A(metaclass=M):
    x = 1
print(A.x)
