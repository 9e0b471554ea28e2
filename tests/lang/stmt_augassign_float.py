# Augmented assignment with floats and mixed int/float operands.
for start in [7.5, -7.5, 3, 0.1]:
    for operand in [2, -0.5, 1.5]:
        x = start
        x += operand
        a = x
        x = start
        x -= operand
        b = x
        x = start
        x *= operand
        c = x
        x = start
        x /= operand
        d = x
        x = start
        x //= operand
        e = x
        x = start
        x %= operand
        f = x
        x = abs(start)
        x **= operand
        g = x
        print(start, operand, [a, b, c, d, e, f, g])
s = 0.0
for i in range(100):
    s += 0.01
print(s)
