# divmod and pow (two and three arguments).
for a in [7, -7, 0, 2**64 + 1, -(2**64) - 1, 13]:
    for b in [2, -2, 5, -5, 2**32, -(2**70)]:
        print(a, b, divmod(a, b))
for a in [7.5, -7.5, 0.0]:
    for b in [2, -2, 0.5]:
        print(a, b, divmod(a, b))
print(divmod(True, 2), divmod(10, True))
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(2.5, 2), pow(4, 0.5), pow(0, 0), pow(10, 30))
for base in [2, 3, -3, 12345678901234567890, 0, 1]:
    for exp in [0, 1, 5, 64, 1000]:
        for mod in [1, 7, 1000, -7, 2**64 + 3, 10**20]:
            print(base, exp, mod, pow(base, exp, mod))
print(pow(3, -1, 11), pow(7, -2, 13), pow(2, -1, 2**61 - 1))
