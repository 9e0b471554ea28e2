# Calls passing 0 to 10 positional arguments (copied into the new frame's
# locals: inline up to 8, by memcpy past that), and the callee's other
# locals unbound until assigned, whatever the stack held before.


def f0():
    return "f0"


def f4(a, b, c, d):
    return [a, b, c, d]


def f5(a, b, c, d, e):
    return (a, b, c, d, e)


def f7(a, b, c, d, e, f, g):
    late = a + g
    return [a, b, c, d, e, f, g, late]


def f8(a, b, c, d, e, f, g, h):
    return a * b + c * d + e * f + g * h


def f10(a, b, c, d, e, f, g, h, i, j):
    return [a, b, c, d, e, f, g, h, i, j]


def unbound(a, b, c, d, e):
    if a:
        x = "set"
    try:
        return x
    except UnboundLocalError as err:
        return "unbound: " + str(err)


def deep(n, a, b, c, d, e, f):
    if n == 0:
        return [a, b, c, d, e, f]
    return deep(n - 1, b, c, d, e, f, a)


print(f0())
print(f4(1, "two", 3.0, None))
print(f5(*range(5)))
print(f7(1, 2, 3, 4, 5, 6, 7))
print(f8(1, 2, 3, 4, 5, 6, 7, 8))
print(f10(*"abcdefghij"))
for i in range(3):
    print(unbound(i % 2, 2, 3, 4, 5))
print(deep(10, "a", "b", "c", "d", "e", "f"))
total = 0
for i in range(1000):
    total += f8(i, 1, i, 2, i, 3, i, 4)
print(total)
