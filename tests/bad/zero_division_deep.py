# expect: type=ZeroDivisionError line=3
def f(n):
    return 1 // n if n == 0 else f(n - 1)
f(500)
