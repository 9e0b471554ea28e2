# Float arithmetic, mixed int/float promotion, floor division and modulo.
vals = [0.5, -0.5, 2.5, -2.5, 3.0, -3.0, 7.25, 1e10, -1e-10]
for a in vals:
    row = []
    for b in vals:
        row.append(a + b)
        row.append(a - b)
        row.append(a * b)
        row.append(a / b)
        row.append(a // b)
        row.append(a % b)
    print(a, row)
print(7.0 // 2, -7.0 // 2, 7 // -2.0, -7.5 // -2, 7.5 % 2, -7.5 % 2, 7.5 % -2, -7.5 % -2)
print(5 % 0.3, -5 % 0.3, 1e300 % 7.0, 0.0 % 5, -0.0 % 5)
print(1 + 0.5, 2 * 1.5, 3 - 0.25, 1 / 4, 7 / 7, 2**53 + 1.0, 10**20 * 1.0)
print(True + 0.5, 1.5 * False, 3 / True)
print(2**70 + 0.5, 2**70 / 3, 3 / 2**70, 2**1000 * 0.0)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 1e308 + 1e308)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5), divmod(-1e-10, 1.0))
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1, -(0.0), 0.0 - 0.0)
print(0.1 * 3, 0.7 + 0.1, 1.1 + 2.2, 3.3 / 1.1, 100 * 1.1)
print(abs(-2.5), abs(-0.0), -abs(3.5))
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0)
