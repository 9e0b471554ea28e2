# Operators across types: sequence repetition and concatenation, numeric promotion.
print('ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -2, '' * 5, 'x' * True)
print([1, 2] * 3, 2 * [0], [1] * 0, [] * 5, [[]] * 2, [1] * -1)
print((1,) * 3, 2 * (1, 2), () * 3, (0,) * 0)
print('ab' + 'cd', [1] + [2, 3], (1,) + (2,), [] + [], '' + '')
print(1 + 2.0, 2.0 + 1, 1 + True, True + True, 2**64 + 0.5, 3 * 1.5, 10 - 0.5)
print(7 / 2, 7 // 2.0, 7 % 2.0, 2 ** 0.5, 2**64 * 1.0, 1e308 * 2**64)
big = [0] * 3
big[0] = 'x'
print(big)
rows = [[0] * 2] * 2
rows[0][0] = 1
print(rows)
s = 'abc'
s2 = s + ''
print(s2 == s, s * 1 == s, len(s * 1000))
