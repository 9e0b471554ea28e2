# expect: type=SyntaxError line=4
def f(x):
    def g(y):
        nonlocal y
    return g
