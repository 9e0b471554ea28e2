# min and max: several arguments, one iterable, key=, default=, ties.
print(max(1, 2), max(2, 1), min(1, 2), max(3, 1, 2), min(3, 1, 2), max(-1, -2), min(2**64, 2**63))
print(max([4, 9, 2]), min([4, 9, 2]), max((1,)), min('hello'), max('hello'), max(range(5)))
print(max(1, 2.5), min(1, 0.5), max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(max('apple', 'pear'), min(['b', 'a', 'c']), max([[1, 2], [1, 3], [0, 9]]), min((2, 'b'), (2, 'a')))


def neg(x):
    return -x


def second(p):
    return p[1]


print(max([1, 5, 3], key=neg), min([1, 5, 3], key=neg), max('aA', key=ord))
print(max(['aa', 'b', 'cc'], key=len), min(['aa', 'b', 'cc', 'd'], key=len))
print(max([(1, 'z'), (2, 'a')], key=second), min(3, -4, 2, key=abs), max(3, -4, 2, key=abs))
print(max([], default=None), min([], default='none'), max([7], default=0), min((), default=-1))
print(max({'a': 3, 'b': 1}), min({'a': 3, 'b': 1}), max([True, 2, False]))
print(max([float('nan'), 1, 2]), max([1, 2, float('nan')]))
