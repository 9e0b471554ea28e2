# Slicing tuples and ranges (a range slice is a range).
t = (0, 1, 2, 3, 4, 5, 6, 7)
print(t[2:5], t[::-1], t[::3], t[-2:], t[:0], t[1:2], t[5:1:-1])
r = range(0, 20, 2)
print(r[2:5], r[::-1], r[::3], r[-3:], r[1:2], r[5:1:-1], r[:0])
print(list(r[2:5]), list(r[::-1]), list(r[-3:]), len(r[::3]))
print(range(10)[::2], range(10)[1:8:3], range(10, 0, -1)[::2], range(5)[10:], range(5)[-1:-6:-1])
print(range(-10, 10, 3)[1::2], list(range(-10, 10, 3)[1::2]))
print(tuple(range(5))[1:4], ('only',)[:], ()[::-1])
