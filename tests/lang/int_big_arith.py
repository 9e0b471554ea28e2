# Bignum + - * across the 2^63 and 2^64 boundaries, mixing signs.
M63 = 2**63
M64 = 2**64
big = [M63 - 1, M63, M63 + 1, M64 - 1, M64, M64 + 1, -M63, -M63 - 1, -M64, 10**30, -10**30, 3**100]
small = [0, 1, -1, 2, 12345, -987654321]
for a in big:
    print(a + 1, a - 1, a * 2, a * -3, -a, +a, abs(a))
    for b in small:
        print(' ', a + b, a - b, b - a, a * b, b * a)
    for b in big:
        print(' ', a + b, a - b, a * b)
print(9223372036854775807 + 1)
print(-9223372036854775808 - 1)
print(9223372036854775807 * 9223372036854775807)
print(-9223372036854775808 * -1)
print(-(-9223372036854775808))
print(4611686018427387904 * 2, 4611686018427387904 * -2)
print(3037000500 * 3037000500, 3037000499 * 3037000499)
print(2**62 + 2**62, -2**62 - 2**62, -2**62 - 2**62 - 1)
x = 1
for i in range(70):
    x = x * 3
print(x)
f = 1
for i in range(1, 31):
    f *= i
print(f)
