# List displays: empty, nested, trailing commas, expressions, repr.
print([], [1], [1, ], [1, 2, 3], [[], [[]]], [1, 'a', 2.5, None, True, [2], (3,), {'k': 'v'}])
a = [i * 2 for i in range(3)] + [10]
print(a, len([0] * 50), [1 + 1, 'x' * 2, -3])
print(['quote"s', "apos'", 'both\'"', 'nl\n', 'tab\t', 'back\\', 'é', '\x01'])
x = [1, 2]
y = [x, x]
x.append(3)
print(y)
print([2**64, -0.0, 1e22, float('inf')])
big = [
    'a',
    'b',
]
print(big, [[1, 2], [3, 4]][1][0])
