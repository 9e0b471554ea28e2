# sorted (key, reverse, stability) and reversed.
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted('banana'), sorted((2, 1)), sorted([]))
print(sorted({'b': 1, 'a': 2}), sorted([2.5, 1, -3, 2**64, -2**64, 0.0]), sorted(['b', 'B', 'a', 'é', 'A']))
print(sorted([[2, 1], [1, 2], [1], []]), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))


def last(s):
    return s[-1]


def key_len(s):
    return len(s)


words = ['pear', 'fig', 'apple', 'kiwi', 'banana', 'date']
print(sorted(words, key=key_len), sorted(words, key=key_len, reverse=True), sorted(words, key=last))
print(sorted([-5, 3, -1, 2, -2], key=abs), sorted([-5, 3, -1, 2, -2], key=abs, reverse=True))
recs = [('b', 2), ('a', 2), ('c', 1), ('d', 1)]


def second(r):
    return r[1]


print(sorted(recs, key=second), sorted(recs, key=second, reverse=True))
orig = [3, 1, 2]
s = sorted(orig)
print(orig, s, s is orig)
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(4))))
print(list(reversed([])), list(reversed(range(0, 10, 3))), ''.join(reversed('hello')))
for x in reversed([1, 2, 3]):
    print(x, end=' ')
print()
print(sorted(range(10), reverse=True))
print(sorted([True, False, 2, 0.5]))
