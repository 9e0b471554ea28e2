# All twelve augmented assignment operators on small ints, with negatives.
for start in [17, -17, 0, 1, 2**40]:
    for operand in [3, -3, 1, 2]:
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
        if start != 0 or operand >= 0:
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
        if operand >= 0:
            x <<= operand
        results.append(x)
        x = start
        if operand >= 0:
            x >>= operand
        results.append(x)
        print(start, operand, results)
