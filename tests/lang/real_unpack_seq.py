# Sequence unpacking in bulk, as the unpack_sequence benchmark measures:
# long runs of tuple and list unpacking statements, starred targets,
# nested targets, swaps and unpacking in for loops and comprehensions.


def do_unpacking(loops, to_unpack):
    s = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        s += a + j
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        s += a + j
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        s += a + j
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        s += a + j
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        s += a + j
    return s


def starred(seq):
    first, *middle, last = seq
    *init, tail = seq
    head, *rest = seq
    return first, middle, last, len(init), tail, head, len(rest)


def nested(pairs):
    out = []
    for (a, b), [c, (d, e)] in pairs:
        out.append(a * b + c - d * e)
    return out


def swaps(n):
    a, b, c = 1, 2, 3
    for _ in range(n):
        a, b, c = b, c, a
        a, b = b, a
    return a, b, c


tup = tuple(range(10))
lst = list(range(10, 20))
print(do_unpacking(100, tup), do_unpacking(100, lst))
print(starred(range(6)), starred('xy'), starred([1, 2, 3]))
print(nested([((1, 2), [3, (4, 5)]), ((6, 7), (8, [9, 10]))]))
print(swaps(10), swaps(11))
print([x * y for x, y in zip(range(5), range(5, 10))], {k: v for k, v in [('a', 1), ('b', 2)]})
a, (b, *c), d = 1, 'xyz', [4]
print(a, b, c, d)
for label, (lo, hi) in {'low': (0, 9), 'high': (10, 99)}.items():
    print(label, lo, hi)
for bad in ((1, 2), (1, 2, 3, 4)):
    try:
        x, y, z = bad
    except ValueError as err:
        print('ValueError:', err)
try:
    p, q, *r, s = [1, 2]
except ValueError as err:
    print('ValueError:', err)
try:
    m, n = 5
except TypeError as err:
    print('TypeError:', err)

