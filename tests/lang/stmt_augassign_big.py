# All twelve augmented assignment operators on bignums and at the 64-bit edge.
for start in [2**63 - 1, -2**63, 2**64 + 3, -(2**70) - 5, 10**30]:
    for operand in [1, -7, 2**64, 3]:
        results = []
        x = start
        x += operand
        results.append(x)
        x = start
        x -= operand
        results.append(x)
        x = start
        x *= operand
        results.append(x)
        x = start
        x /= operand
        results.append(x)
        x = start
        x //= operand
        results.append(x)
        x = start
        x %= operand
        results.append(x)
        x = start
        if operand < 100:
            x **= operand
        results.append(x)
        x = start
        x &= operand
        results.append(x)
        x = start
        x |= operand
        results.append(x)
        x = start
        x ^= operand
        results.append(x)
        x = start
        if 0 <= operand < 100:
            x <<= operand
        results.append(x)
        x = start
        if 0 <= operand < 100:
            x >>= operand
        results.append(x)
        print(start, operand, results)
