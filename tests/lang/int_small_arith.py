# Small-int arithmetic: every operator over a grid of signs and magnitudes.
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 100, -100, 12345, -12345]
for a in vals:
    row = []
    for b in vals:
        row.append(a + b)
        row.append(a - b)
        row.append(a * b)
        if b != 0:
            row.append(a // b)
            row.append(a % b)
            row.append(a / b)
    print(a, row)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3, 0 % 5, 0 % -5)
print(6 // 3, -6 // 3, 6 % 3, -6 % 3)
print(1 / 2, 3 / 3, -9 / 4, 10 / 4, 1 / 3)
