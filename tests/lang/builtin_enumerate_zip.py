# enumerate (with start) and zip (unequal lengths, several iterables).
for i, c in enumerate('abc'):
    print(i, c)
for i, v in enumerate([10, 20], start=1):
    print(i, v)
for i, v in enumerate(['x', 'y'], 100):
    print(i, v)
print(list(enumerate([])), list(enumerate(range(3), -1)), list(enumerate({'k': 1, 'j': 2})))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip([], [1])))
print(list(zip([1, 2], [3, 4], [5, 6])), list(zip(range(3), range(10, 13), 'xyz', (True, False, None))))
for a, b in zip([1, 2, 3], [4, 5, 6]):
    print(a * b, end=' ')
print()
names = ['a', 'b', 'c']
ages = [1, 2, 3]
print(dict(zip(names, ages)), [n + str(a) for n, a in zip(names, ages)])
pairs = list(zip([1, 3], [2, 4]))
print(pairs)
for idx, (a, b) in enumerate(zip('pq', 'rs')):
    print(idx, a, b)
