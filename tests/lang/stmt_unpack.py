# Tuple unpacking from every iterable, nested targets, swaps, errors.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = [10, 20, 30]
print(x, y, z)
p, q = 'hi'
print(p, q)
r1, r2, r3 = range(3)
print(r1, r2, r3)
(m, n), o = (1, 2), 3
print(m, n, o)
[u, v] = 4, 5
print(u, v)
k1, k2 = {'a': 1, 'b': 2}
print(k1, k2)
(a, b), (c, d) = [[1, 2], (3, 4)]
print(a, b, c, d)
first, (second, (third, fourth)) = 1, [2, (3, 4)]
print(first, second, third, fourth)
for i, (ch, num) in enumerate(zip('ab', [1, 2])):
    print(i, ch, num)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
d = {}
d['x'], d['y'] = 'X', 'Y'
print(d)
a = b = 0
a, b = b + 1, a + 2
print(a, b)
t = 1, 2, 3
i, j, k = t
print(i + j + k)
for bad in [(1, 2, 3), (1,), [], 'abcd']:
    try:
        e, f = bad
    except ValueError as ex:
        print('ValueError', ex)
try:
    g, h = 5
except TypeError as ex:
    print('TypeError', ex)
try:
    (g, h), i = (1, 2, 3), 4
except ValueError as ex:
    print('ValueError', ex)
