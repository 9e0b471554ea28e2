# Calls with keyword arguments, in any order, mixed with positional ones.
def f(a, b, c):
    return (a, b, c)


def g(x, y=10, z=20):
    return x * 100 + y + z


print(f(1, 2, 3), f(1, 2, c=3), f(1, c=3, b=2), f(c=3, a=1, b=2), f(b=2, c=3, a=1))
print(g(1), g(1, 2), g(1, 2, 3), g(1, z=5), g(x=1, y=0, z=0), g(z=1, x=2))
print(sorted([3, 1, 2], reverse=True), print('kw', 'args', sep='-', end='!\n'))
print(int('ff', base=16), round(2.567, ndigits=1), max([], default='empty'))
print(dict(a=1, b=2), enumerate(['x'], start=5) is not None)


def show(first, second='2nd', third='3rd'):
    print('first=' + str(first), 'second=' + str(second), 'third=' + str(third))


show(1)
show(1, third='T')
show(second='S', first='F')
show('a', 'b', 'c')
args = [1, 2, 3]
print(f(args[0], c=args[2], b=args[1]))
print(g(y=g(1), x=0))
