# expect: type=SyntaxError|NotImplementedError line=2 py=ok
def f(g=lambda: 0):
    return g()
print(f())
