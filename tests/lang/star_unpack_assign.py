# Starred assignment targets.
a, *b = [1, 2, 3]
print(a, b)
*a, b = (1, 2, 3)
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = "xy"
print(a, b, c)
[a, *b] = "q"
print(a, b)
for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
first, *_ = iter([9, 8, 7])
print(first)
