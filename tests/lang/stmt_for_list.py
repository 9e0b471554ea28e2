# for over lists and tuples: nested lists, mutation during iteration, tuple targets.
for x in [1, 'two', 3.0, None, [5]]:
    print(x)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for x in (10, 20):
    print(x)
for x in ():
    print('never')
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
    print(x, end=' ')
print(lst)
items = ['a', 'b', 'c']
for i in range(len(items)):
    items[i] = items[i] * 2
print(items)
matrix = [[1, 2], [3, 4], [5, 6]]
total = 0
for row in matrix:
    for v in row:
        total += v
print(total)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a, b, c)
x = 'unchanged'
for x in []:
    pass
print(x)
