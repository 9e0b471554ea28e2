# Unpacking tuples: an exact tuple's items move out when the unpacking holds
# the only reference, and are shared otherwise; freed small tuples are
# reused (per-thread cache), so later tuples must start clean.
from collections import namedtuple


def pairs(n):
    prev = None
    for v in range(n):
        yield prev, [v]
        prev = v


def main():
    for a, b in pairs(4):
        print(a, b)
    kept = []
    for t in pairs(3):
        a, b = t  # t still holds the items
        kept.append(t)
        b.append("x")
    print(kept)
    for i in range(3):
        a, b = (1, "const")  # a constant tuple: must stay intact
        c, d, e = ("y", [i], (i,))
        print(a, b, c, d, e)
    (a, b), c = ((1, 2), 3)
    print(a, b, c)
    for (x, y), z in (((i, -i), str(i)) for i in range(3)):
        print(x, y, z)
    P = namedtuple("P", "x y")
    x, y = P(5, 6)
    print(x, y, P(7, 8))
    try:
        a, b = (1, 2, 3)
    except ValueError as e:
        print("ValueError", e)
    try:
        a, b, c = (1, 2)
    except ValueError as e:
        print("ValueError", e)
    # many tuples of each cached size made and dropped, then compared
    made = [tuple(range(k)) for k in range(5) for _ in range(100)]
    print(len(made), made[0], made[150], made[250], made[350], made[499])
    del made
    again = [(i,) if i % 3 == 0 else (i, i) if i % 3 == 1 else (i, i, i) for i in range(9)]
    print(again, sum(len(t) for t in again))
    print([hash(t) == hash(tuple(list(t))) for t in again])


main()
