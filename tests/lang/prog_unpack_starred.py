# Sequence unpacking in bulk, as the unpack_sequence benchmark measures,
# tuples and lists of ten, starred targets, nested patterns, swaps,
# unpacking in for loops and comprehensions, and the errors of bad counts.
def do_unpacking(loops, to_unpack):
    s = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        s += a + j
    return s, (a, b, c, d, e, f, g, h, i, j)


def starred(loops, seq):
    acc = []
    for n in range(loops):
        first, *middle, last = seq
        *init, tail = seq[: n % 5 + 1]
        head, *rest = seq[n % 3 :]
        acc.append((first, len(middle), last, len(init), tail, head, len(rest)))
    return acc


def nested(loops):
    total = 0
    for k in range(loops):
        (a, b), [c, (d, e)], f = (k, k + 1), [k * 2, (k * 3, k * 4)], "xy"
        x, (y, *z) = f, [a, b, c]
        total += a + b + c + d + e + len(z) + len(x)
    return total


def swaps(loops):
    a, b, c = 1, 2, 3
    for _ in range(loops):
        a, b, c = c, a, b
        a, b = b, a
    return a, b, c


print(do_unpacking(4000, tuple(range(10))))
print(do_unpacking(4000, list(range(10, 20))))
a, b, c, d, e, f, g, h, i, j = "abcdefghij"
print(a + j, [a, b, c, d, e, f, g, h, i, j] == list("abcdefghij"))
st = starred(300, list(range(8)))
print(st[:3], st[-1], len(st))
print(nested(5000), swaps(1001))
pairs = [(i, i * i) for i in range(10)]
print(sum(a * b for a, b in pairs), {k: v for k, (v, *_) in enumerate(pairs)}[3])
for k, (x, y) in enumerate(zip("ab", [[1], [2]])):
    print(k, x, y)
for bad in ((1, 2), (1, 2, 3, 4), 5):
    try:
        p, q, r = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a, b, *c, d = (1, 2)
except ValueError as e:
    print(e)
d = {"one": 1, "two": 2}
(k1, k2), (v1, v2) = d, d.values()
print(k1, k2, v1, v2)
