# expect: ok
def f(**kw):
    return kw
print(f(a=1))
