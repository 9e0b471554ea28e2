# Slicing lists: copies, steps, negative indexes.
l = list(range(10))
print(l[:], l[3:], l[:3], l[-3:], l[::2], l[::-1], l[-2:-8:-2], l[8:1:-3], l[20:], l[5:5])
cp = l[:]
cp.append(99)
print(len(l), len(cp), l is cp, l == cp[:-1])
for start in [None, -11, -4, 0, 3, 10]:
    for stop in [None, -11, -1, 0, 7, 12]:
        for step in [None, 1, 3, -1, -3]:
            print(l[start:stop:step], end=';')
    print()
nested = [[1, 2], [3, 4], [5, 6]]
part = nested[1:]
part[0][0] = 'shared'
print(nested, part)
print([][1:2], [1][::-1], [1, 2][1:][0])
try:
    l[::0]
except ValueError as e:
    print('ValueError', e)
