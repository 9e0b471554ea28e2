# Floor division and modulo round toward minus infinity, for ints and floats.
for a in [7, -7, 6, -6, 0, 1, -1, 13, -13, 2**64 + 1, -(2**64) - 1]:
    for b in [1, -1, 2, -2, 3, -3, 5, -5, 10**20, -10**20]:
        q, r = a // b, a % b
        print(a, b, q, r, divmod(a, b), q * b + r == a, (r == 0) or ((r < 0) == (b < 0)))
for a in [7.5, -7.5, 0.5, -0.5, 1e300]:
    for b in [2, -2, 0.25, -0.25, 1e-300]:
        print(a, b, a // b, a % b, divmod(a, b))
print(-1 // 10, -1 % 10, 1 // -10, 1 % -10, -10 // 10, -10 % 10)
print(-3 % 1.5, 3 % -1.5, -0.0 // 1, 0.0 // -1)
