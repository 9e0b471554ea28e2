# N-queens with generators and sets: every placement is a permutation whose
# diagonals are all distinct.
from itertools import permutations


def permutation_solutions(n):
    cols = range(n)
    for vec in permutations(cols):
        if n == len({vec[i] + i for i in cols}) == len({vec[i] - i for i in cols}):
            yield vec


def backtrack(n, row=0, cols=frozenset(), diag1=frozenset(), diag2=frozenset()):
    if row == n:
        yield ()
        return
    for c in range(n):
        if c in cols or row + c in diag1 or row - c in diag2:
            continue
        for rest in backtrack(n, row + 1, cols | {c}, diag1 | {row + c}, diag2 | {row - c}):
            yield (c,) + rest


def draw(solution):
    n = len(solution)
    return '\n'.join(''.join('Q' if solution[r] == c else '.' for c in range(n)) for r in range(n))


for n in range(1, 8):
    by_perm = set(permutation_solutions(n))
    by_search = list(backtrack(n))
    assert by_perm == set(by_search), n
    print(n, len(by_search), sorted(by_perm)[:2])
print(draw(next(backtrack(8))))
print(sum(1 for _ in backtrack(8)))
