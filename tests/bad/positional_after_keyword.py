# expect: type=SyntaxError line=3
def f(a, b): pass
f(a=1, 2)
