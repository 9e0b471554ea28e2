# Unary minus, plus, invert and not.
for v in [0, 1, -1, 7, 2**63, -2**63, 2**64, 2.5, -0.0, 0.0, True, False]:
    print(v, -v, +v, not v)
for v in [0, 1, -1, 7, 2**63, -2**63, 2**64, True, False]:
    print(v, ~v, ~~v, -~v, ~-v)
print(- - 5, - + - 5, + + 3, ~ ~ 4, not not 'x', not -0.0, -(-(2**63)))
x = 5
print(-x ** 2, (-x) ** 2, -x * -x, - x - - x)
