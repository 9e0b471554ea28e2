# expect: type=SyntaxError|NotImplementedError line=4 py=ok
def deco(f):
    return f
@deco
def g():
    return 1
print(g())
