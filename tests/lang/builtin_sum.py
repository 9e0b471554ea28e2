# sum over ints, floats, bignums, bools, with a start value.
print(sum([]), sum([1, 2, 3]), sum((1, 2)), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]))
print(sum([2**63, 2**63]), sum([2**64, -2**64, 1]), sum([9223372036854775807, 1]), sum([-2**63, -1]))
print(sum([True, True, False]), sum([], 10), sum([1, 2], 10), sum([1.5], 0.5), sum([1, 2], start=-3))
print(sum([[1], [2], [3]], []), sum([(1,), (2,)], ()))
print(sum([x * x for x in range(1000)]), sum(range(10**6)))
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum([1, 1e-16, 1e-16]))
big = 0
for i in range(100):
    big += 2**62
print(big, sum([2**62] * 100) == big)
