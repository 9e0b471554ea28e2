# Default parameter values: evaluated once, at definition time.
base = 10


def f(x, inc=base):
    return x + inc


base = 1000
print(f(1), f(1, 2))


def acc(item, into=[]):
    into.append(item)
    return into


print(acc(1), acc(2), acc(3, []), acc(4))


def g(a, b=2, c=None, d='s', e=(1, 2), f=-1.5, g=2**70):
    return [a, b, c, d, e, f, g]


print(g(0))
print(g(0, 1, 2, 3, 4, 5, 6))
print(g(0, g=0))


def h(n=len('four')):
    return n


print(h(), h(9))


def counter(d={}):
    d['n'] = d.get('n', 0) + 1
    return d['n']


print(counter(), counter(), counter({}), counter())
