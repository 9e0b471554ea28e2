# Edges of the 64-bit fast path: every operator right at the boundary.
MAX = 9223372036854775807
MIN = -9223372036854775808
print(MAX + 1, MAX + MAX, MIN - 1, MIN + MIN, MIN + MAX, MAX - MIN, MIN - MAX)
print(MAX * 2, MIN * 2, MIN * -1, MAX * -1, MIN * MIN, MAX * MAX, MIN * 0)
print(-MIN, abs(MIN), -MAX, ~MIN, ~MAX, +MIN)
print(MIN // -1, MIN % -1, MIN // 1, MIN % 1, MIN // 2, MIN % 2, MAX // -1)
print(divmod(MIN, -1), divmod(MAX, MIN), divmod(MIN, MAX))
print(MIN / -1, MAX / 1, MIN / MIN)
print(MAX << 1, MIN << 1, 1 << 62, 1 << 63, -1 << 63, -1 << 64, MAX >> 62, MIN >> 63, MIN >> 64)
print(MAX & MIN, MAX | MIN, MAX ^ MIN)
print(2 ** 62, 2 ** 63, -(2 ** 63), (-2) ** 63, (-2) ** 64)
print(3037000499 * 3037000499 < MAX, 3037000500 * 3037000500 > MAX)
print(4294967296 * 4294967296, -4294967296 * 4294967296, 4294967295 * 4294967297)
print(MAX + 1 - 1 == MAX, MIN - 1 + 1 == MIN, (MAX + 1) // 2)
print(MAX == 2**63 - 1, MIN == -2**63, MAX < 2**63, MIN > -2**63 - 1)
x = MAX
x += 1
print(x)
x = MIN
x -= 1
print(x)
x = MIN
x *= -1
print(x)
x = MIN
x //= -1
print(x)
x = 1
x <<= 63
print(x)
x = -MIN
x -= 1
print(x, x == MAX)
n = 0
for i in range(10):
    n += MAX
print(n, n // 10 == MAX)
