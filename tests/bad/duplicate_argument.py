# expect: type=SyntaxError line=2
def f(a, a):
    return a
