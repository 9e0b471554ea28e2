# Recursion with memoisation, the dynamic-programming classics: Fibonacci
# three ways, climbing stairs, coin change, longest common subsequence,
# edit distance, knapsack, with lru_cache, cache and a hand-made dict memo;
# sys.setrecursionlimit for a deep one.
import sys
from functools import cache, lru_cache


def fib_naive(n):
    return n if n < 2 else fib_naive(n - 1) + fib_naive(n - 2)


memo = {}


def fib_memo(n):
    if n in memo:
        return memo[n]
    memo[n] = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib_naive(20), fib_memo(90), fib(300))


@lru_cache(maxsize=None)
def stairs(n):
    return 1 if n <= 1 else stairs(n - 1) + stairs(n - 2) + (stairs(n - 3) if n >= 3 else 0)


print([stairs(n) for n in range(10)])


def coin_change(coins, amount):
    @lru_cache(None)
    def best(rest):
        if rest == 0:
            return 0
        options = [best(rest - c) for c in coins if c <= rest]
        options = [o for o in options if o >= 0]
        return 1 + min(options) if options else -1
    return best(amount)


print(coin_change((1, 5, 10, 25), 63), coin_change((2,), 3), coin_change((186, 419, 83, 408), 6249))


def lcs(a, b):
    @cache
    def go(i, j):
        if i == len(a) or j == len(b):
            return ""
        if a[i] == b[j]:
            return a[i] + go(i + 1, j + 1)
        x, y = go(i + 1, j), go(i, j + 1)
        return x if len(x) >= len(y) else y
    return go(0, 0)


print(lcs("AGGTAB", "GXTXAYB"), lcs("threading", "multiprocessing"))


def edit_distance(s, t):
    rows = [list(range(len(t) + 1))]
    for i, cs in enumerate(s, 1):
        row = [i]
        for j, ct in enumerate(t, 1):
            row.append(min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (cs != ct)))
        rows.append(row)
    return rows[-1][-1]


print(edit_distance("kitten", "sitting"), edit_distance("gil", "nogil"))


def knapsack(items, capacity):
    @lru_cache(maxsize=4096)
    def go(i, cap):
        if i == len(items):
            return 0
        w, v = items[i]
        skip = go(i + 1, cap)
        return max(skip, v + go(i + 1, cap - w)) if w <= cap else skip
    result = go(0, capacity)
    return result, go.cache_info().currsize > 0


print(knapsack(((12, 4), (2, 2), (1, 1), (1, 2), (4, 10)), 15))
sys.setrecursionlimit(5000)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(3000), sys.getrecursionlimit())


def hanoi(n, src="A", dst="C", via="B", moves=None):
    moves = [] if moves is None else moves
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append(src + dst)
        hanoi(n - 1, via, dst, src, moves)
    return moves


print(len(hanoi(10)), hanoi(3))
