# Shifts: large counts, negative operands, promotion past 64 bits.
for a in [1, -1, 3, -3, 255, -256, 2**62, -2**62, 2**64, -2**64 - 1]:
    print(a, [a << s for s in [0, 1, 2, 31, 32, 62, 63, 64, 65, 100]])
    print(a, [a >> s for s in [0, 1, 2, 31, 32, 62, 63, 64, 65, 100, 1000]])
print(1 << 0, 0 << 100, 0 >> 100, -1 >> 100, -2**100 >> 99, 5 >> 1, -5 >> 1)
print(True << 3, True >> 1, 7 >> True)
x = 1
x <<= 70
print(x)
x >>= 69
print(x)
x = -1
x <<= 64
print(x)
x >>= 66
print(x)
