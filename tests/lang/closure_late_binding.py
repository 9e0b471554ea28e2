# Closures see the variable, not the value at creation time.
def f():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [g() for g in fs]
print(f())

def g():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i)
    return [h() for h in fs]
print(g())

print([h() for h in [lambda: k for k in range(4)]])
print([h() for h in [lambda k=k: k * 2 for k in range(4)]])

def rebind():
    x = 1
    get = lambda: x
    x = 2
    return get()
print(rebind())
