# expect: type=SyntaxError line=3
def f(a): pass
f(a=1, a=2)
