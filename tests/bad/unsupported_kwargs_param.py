# expect: type=SyntaxError|NotImplementedError line=2 py=ok
def f(**kw):
    return kw
print(f(a=1))
