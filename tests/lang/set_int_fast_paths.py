# Small-int keys through add/remove/discard/in on small sets: equal keys of
# other types (True, 1.0), ints of equal hash (-1 and -2; x and x + 2**61 - 1),
# missing keys, a set past the index's size, and the order churn leaves.
M = 2 ** 61 - 1
s = {1.0, True}
s.add(1)
print(s, 1 in s, True in s, 2 in s)
s.remove(1)
print(s, 1.0 in s)
s = {2.0}
s.discard(2)
print(s)
s = set()
for k in (-1, -2, 5, 5 + M, -1 - M):
    s.add(k)
print(sorted(s), -1 in s, -2 in s, 5 + M in s, 6 in s, M in s)
s.remove(-1)
print(sorted(s), -1 in s, -2 in s)
s.discard(5)
print(sorted(s), 5 in s, 5 + M in s)
try:
    s.remove(5)
except KeyError as e:
    print('KeyError', e)
s.discard(12345)
print(len(s))
churn = set()
for i in range(2000):
    churn.add(i % 37 * 7)
    if i % 3 == 0:
        churn.discard(i % 11 * 7)
    if i % 5 == 0 and (i % 13) in churn:
        churn.remove(i % 13)
print(list(churn))
big = set(range(300))
for i in range(0, 300, 2):
    big.remove(i)
print(len(big), 1 in big, 2 in big, list(big)[:5])
t = frozenset({1, 2})
print(1 in t, 3 in t)
try:
    s.add([1])
except TypeError as e:
    print('TypeError', e)
try:
    s.add(1, 2)
except TypeError as e:
    print('TypeError', e)
