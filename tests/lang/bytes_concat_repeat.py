# + and * and their augmented forms
a = b'ab'
print(a + b'cd', a + b'', b'' + a, a * 3, 3 * a, a * 0, a * -2, b'' * 10)
x = b'x'
x += b'y'
x *= 2
print(x, True * b'z', b'z' * False)
parts = [b'%d' if False else b'n', b'=', b'1']
print(b''.join(parts))
for bad in [lambda: a + 'cd', lambda: a + 1, lambda: 1 + a, lambda: a * 'x', lambda: a * 1.5,
            lambda: [1] + a, lambda: a - a, lambda: -a]:
    try:
        print(bad())
    except TypeError as e:
        print(e)
