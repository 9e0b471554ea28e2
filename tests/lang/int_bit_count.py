# int.bit_count (Python 3.10): the one bits of abs(x), for small ints, bools,
# the edges of the 64-bit fast path and bignums, as bit-twiddling code uses it.
values = [0, 1, 7, 8, 255, -1, -255, True, False, 2 ** 63 - 1, -2 ** 63, 2 ** 63,
          2 ** 64 - 1, -(2 ** 64 - 1), 10 ** 30, -10 ** 30, (1 << 200) | 5]
print([v.bit_count() for v in values])
print(all(v.bit_count() == bin(v).count('1') for v in values))


def popcount_table(n):
    return [i.bit_count() for i in range(n)]


print(popcount_table(17), sum(popcount_table(1024)))
masks = {m for m in range(64) if m.bit_count() == 3}
print(len(masks), sorted(masks)[:5])
try:
    (5).bit_count(1)
except TypeError as e:
    print('TypeError:', e)
