# N-queens solved three ways: permutations filtered by a generator
# expression, a recursive generator that places one row at a time, and a
# bitmask backtracker; all three must agree.
from itertools import permutations


def by_permutations(n):
    cols = range(n)
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec


def by_rows(n, placed=()):
    row = len(placed)
    if row == n:
        yield placed
        return
    for col in range(n):
        if all(col != c and abs(col - c) != row - r for r, c in enumerate(placed)):
            yield from by_rows(n, placed + (col,))


def by_bits(n):
    full = (1 << n) - 1
    count = 0
    stack = [(0, 0, 0)]
    while stack:
        cols, d1, d2 = stack.pop()
        if cols == full:
            count += 1
            continue
        free = full & ~(cols | d1 | d2)
        while free:
            bit = free & -free
            free ^= bit
            stack.append((cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1))
    return count


def show(sol):
    n = len(sol)
    return '\n'.join(''.join('Q' if c == col else '.' for c in range(n)) for col in sol)


for n in range(1, 9):
    a = sorted(by_permutations(n))
    b = sorted(by_rows(n))
    c = by_bits(n)
    assert a == b and len(a) == c, n
    print(n, len(a), a[:2])
print(show(next(by_rows(8))))
print('10 queens:', by_bits(10), sum(1 for _ in by_rows(9)))
gen = by_rows(6)
print(next(gen), next(gen), list(gen))
