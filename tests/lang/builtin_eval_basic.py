# eval of an expression: the caller's names by default, or the given
# globals and locals; leading blanks are skipped as CPython's eval does.
x = 10
print(eval('x * 2 + 1'), eval('  [x, x]'), eval('(1,\n 2)'))
print(eval('y + z', {'y': 1}, {'z': 2}), eval('y', {'y': 'g'}, {'y': 'l'}))
print(eval('len(s)', {'s': 'abcd'}), eval('1 if flag else 2', {}, {'flag': False}))
print(eval('[i * i for i in range(4)]'), eval('{k: v for k, v in zip("ab", (1, 2))}'))
print(eval('lambda a: a + x')(5), eval('x', {'x': 'mine'}))


def f(n):
    k = 3
    return eval('n * k + x')


print(f(2), eval('f(1)'), eval("'quoted'"), eval('1, 2'))
