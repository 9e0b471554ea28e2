# expect: type=SyntaxError line=2
def f(a, /, b, /):
    return a
