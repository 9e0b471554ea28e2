# expect: ok
def f(g=lambda: 0):
    return g()
print(f())
