# expect: type=RecursionError line=any
def f(n):
    return [f(n + 1) for i in range(1)]
f(0)
