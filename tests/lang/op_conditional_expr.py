# The conditional expression a if c else b.
def sign(x):
    return 'neg' if x < 0 else 'zero' if x == 0 else 'pos'


print([sign(v) for v in [-5, 0, 5, -0.0, 2**64]])
x = 10
print(1 if x else 2, 1 if not x else 2, 'a' if '' else 'b', 'a' if [0] else 'b')
print((x if x > 5 else -x) * 2, x if x > 50 else -x * 2)
calls = []


def f(v):
    calls.append(v)
    return v


y = f('then') if f(True) else f('else')
print(y, calls)
calls = []
y = f('then') if f(0) else f('else')
print(y, calls)
print([i if i % 2 else -i for i in range(6)])
print(f'{"yes" if x else "no"}')
z = None
print(z if z is not None else 'default', (0 if z else 1) + 1)
