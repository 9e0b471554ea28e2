# Argument-binding errors raise TypeError with CPython's messages.
def f(a, b):
    return a + b


def g(a, b=1):
    return a - b


def h():
    return 0


tests = [
    'f(1)', 'f()', 'f(1, 2, 3)', 'f(1, a=2)', 'f(1, 2, c=3)', 'g()', 'g(1, 2, 3)',
    'h(1)', 'g(b=2)', 'f(b=1)',
]
for name in tests:
    try:
        if name == 'f(1)':
            f(1)
        elif name == 'f()':
            f()
        elif name == 'f(1, 2, 3)':
            f(1, 2, 3)
        elif name == 'f(1, a=2)':
            f(1, a=2)
        elif name == 'f(1, 2, c=3)':
            f(1, 2, c=3)
        elif name == 'g()':
            g()
        elif name == 'g(1, 2, 3)':
            g(1, 2, 3)
        elif name == 'h(1)':
            h(1)
        elif name == 'g(b=2)':
            g(b=2)
        else:
            f(b=1)
        print(name, 'no error')
    except TypeError as e:
        print(name, '->', e)
try:
    len()
except TypeError as e:
    print('len() ->', e)
try:
    len([1], [2])
except TypeError as e:
    print('len(a, b) ->', e)
try:
    x = 5
    x()
except TypeError as e:
    print('x() ->', e)
try:
    s = 'abc'
    s()
except TypeError as e:
    print('str call ->', e)
