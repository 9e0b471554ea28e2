# Brute-force search the way puzzle solutions are written: product for
# dice and passwords, permutations for a travelling salesman, combinations
# for subset sums and teams, combinations_with_replacement for coins.
import itertools as it
import math

dice = list(it.product(range(1, 7), repeat=2))
totals = {}
for a, b in dice:
    totals[a + b] = totals.get(a + b, 0) + 1
print(len(dice), max(totals, key=totals.get), totals[7] / len(dice))
print(["".join(p) for p in it.product("ab", "01")])

CITIES = {"A": (0, 0), "B": (3, 0), "C": (3, 4), "D": (0, 4), "E": (1, 2)}


def tour_length(order):
    pts = [CITIES[c] for c in order] + [CITIES[order[0]]]
    return sum(math.dist(p, q) for p, q in zip(pts, pts[1:]))


start, *rest = sorted(CITIES)
best = min((("A",) + p for p in it.permutations(rest)), key=tour_length)
print(best, round(tour_length(best), 4), math.perm(4), len(list(it.permutations("abc", 2))))

weights = [3, 34, 4, 12, 5, 2]
target = 9
hits = [c for r in range(1, len(weights) + 1) for c in it.combinations(weights, r) if sum(c) == target]
print(hits)
players = ["ana", "ben", "cai", "dia"]
teams = [(t, tuple(p for p in players if p not in t)) for t in it.combinations(players, 2) if "ana" in t]
print(teams, math.comb(4, 2))
coins = [c for c in it.combinations_with_replacement([1, 2, 5], 3) if sum(c) == 8]
print(coins)
print(sum(1 for _ in it.permutations(range(7))) == math.factorial(7))
