# expect: type=NotImplementedError line=6 py=ok
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {}
class A(metaclass=M):
    pass
