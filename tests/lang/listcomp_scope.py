# Comprehension variables are local to the comprehension; it sees enclosing names.
x = 'outer'
squares = [x * x for x in range(4)]
print(x, squares)
k = 3
print([i * k for i in range(4)])


def scale(values, factor):
    offset = 1
    return [v * factor + offset for v in values]


print(scale([1, 2, 3], 10))


def pick(n):
    items = ['a', 'b', 'c', 'd']
    return [items[i] for i in range(n) if items[i] != 'b']


print(pick(4))
try:
    print(i)
except NameError as e:
    print('NameError', e)
total = 0
for v in [x for x in range(5)]:
    total += v
print(total)
