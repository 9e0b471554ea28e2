# The eval loop's inline float paths: comparisons (NaN, signed zeros,
# infinities), negation, and true division of inline ints and floats must
# give what the generic number protocol gives.
nan = float("nan")
inf = float("inf")
vals = [0.0, -0.0, 1.5, -2.25, inf, -inf, nan, 1e308, 5e-324]
for a in vals:
    row = []
    for b in vals:
        row.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
    print(a, row)
for a in vals:
    if a < 1.0:
        print("lt", a)
    if not (a >= 1.0):
        print("not ge", a)
    if a != a:
        print("nan", a)
for a in vals:
    print(-a, repr(-a))
x = 0.0
print(-x, -(-x), -x == x)
# true division: exact ints, ints past 2**53, mixed, bools, zero
pairs = [(1, 3), (-7, 2), (2**53, 3), (2**53 + 1, 3), (3, 2**53 + 1), (-(2**53) - 1, 7),
         (10**20, 7), (1.0, 3), (7, 2.0), (True, 2), (3, True), (0, 5), (-0.0, 2),
         (1, -inf), (inf, 2), (2**63 - 1, 3), (-(2**63), 7)]
for a, b in pairs:
    print(a, b, a / b)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0.0, -0.0), (2**60, 0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
# the slow paths still see the other kinds
print(1 < 2.5, 2.5 < 1, 1.0 == 1, True < 1.5, [1.0] < [2.0])
