# Unpacking micro-program: tuples, lists, strings, ranges, nested and starred
# targets, swaps and unpacking in for loops, repeated many times.


def unpack_tuples(loops):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    total = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        total += a + b + c + d + e + f + g + h + i + j
    return total


def unpack_lists(loops):
    lst = [10, 20, 30, 40, 50]
    total = 0
    for _ in range(loops):
        a, b, c, d, e = lst
        a, b = b, a
        c, d, e = e, c, d
        lst = [a, b, c, d, e]
        total += a - e
    return total, lst


def unpack_nested(loops):
    pairs = [((i, i * i), (str(i), [i, -i])) for i in range(10)]
    acc = []
    for _ in range(loops):
        for (n, sq), (s, [p, q]) in pairs:
            acc.append(n + sq + len(s) + p + q)
    return sum(acc), len(acc)


def unpack_starred(words):
    out = []
    for first, *middle, last in words:
        out.append(f'{first}|{"".join(middle)}|{last}')
    head, *tail = range(5)
    *init, end = 'abc'
    a, *b, c = [1, 2]
    out.append(repr((head, tail, init, end, a, b, c)))
    return out


def unpack_dict_items(d):
    rows = []
    for i, (k, v) in enumerate(sorted(d.items())):
        (x, y), z = v
        rows.append((i, k, x * y - z))
    return rows


def unpack_errors():
    for value in [(1, 2, 3), [1], 'ab', 7]:
        try:
            a, b = value
            print('ok', a, b)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)


print(unpack_tuples(4000))
print(unpack_lists(3001))
print(unpack_nested(300))
print(unpack_starred(['python', 'go', 'abcd']))
print(unpack_dict_items({'b': ((2, 3), 1), 'a': ((4, 5), 6), 'c': ((0, 9), -1)}))
unpack_errors()
x = y = z = 0
for step in range(10):
    x, y, z = y + 1, z + x, x * 2 - y
print(x, y, z)
