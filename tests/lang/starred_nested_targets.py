# Star targets nested in tuples and in for loops.
data = [(1, [2, 3, 4]), (5, [6])]
for a, (b, *c) in data:
    print(a, b, c)
(x, *y), z = "abc", 1
print(x, y, z)
head, *tail = range(1)
print(head, tail)
*init, last = [1, 2, 3, 4]
print(init, last)
