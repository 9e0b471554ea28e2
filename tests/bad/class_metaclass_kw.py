# expect: type=SyntaxError|NotImplementedError line=2 py=ok
class C(metaclass=type):
    pass
print(C)
