# Combinatorics with itertools: subsets summing to a target, passwords, pairs.
from itertools import combinations, permutations, product, chain, groupby, accumulate, islice, count
nums = [3, 34, 4, 12, 5, 2]
hits = [c for r in range(1, len(nums) + 1) for c in combinations(nums, r) if sum(c) == 9]
print(hits)
print(["".join(p) for p in permutations("abc")], len(list(product("01", repeat=4))))
print(list(chain.from_iterable(permutations([1, 2]))))
data = sorted("mississippi")
print([(k, len(list(g))) for k, g in groupby(data)])
print(list(accumulate(range(1, 11))), list(islice(count(7, 7), 5)))
pairs = [(a, b) for a, b in combinations(range(6), 2) if (a + b) % 3 == 0]
print(pairs)
