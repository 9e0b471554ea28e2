# exec inside a function reads the function's locals but cannot create or
# change them: it works on a copy, as CPython's does.
def f():
    a = 1
    exec('print("sees", a)\na = 2\nnew = 3')
    print(a)
    try:
        print(new)
    except NameError as e:
        print('NameError:', e)


f()


def g():
    ns = {}
    exec('a = 5\nb = a * 2', globals(), ns)
    return ns


print(g())
counter = 0


def bump():
    exec('global counter\ncounter += 1')


bump()
bump()
print(counter)
