# expect: type=RuntimeError line=3
def f(x):
    return super().f()
f(1)
