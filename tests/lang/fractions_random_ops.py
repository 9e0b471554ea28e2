# fractions: many seeded random operands through +, -, *, /, //, %, ** and
# comparisons, to check the cancelling shortcuts against CPython's results.
import random
from fractions import Fraction as F

rng = random.Random(2024)


def rand_frac():
    n = rng.randint(-60, 60) * rng.choice([1, 2, 6, 35, 10 ** 12])
    d = rng.randint(1, 90) * rng.choice([1, 3, 4, 77, 10 ** 9])
    return F(n, d)


lines = []
for _ in range(400):
    a, b = rand_frac(), rand_frac()
    row = [a + b, a - b, a * b, b - a, a + 1, 3 - a, a * -2]
    if b:
        row += [a / b, a // b, a % b, divmod(a, b)]
    row += [a ** 2, a < b, a == b, hash(a) == hash(F(a.numerator, a.denominator))]
    lines.append(' '.join(map(str, row)))
print('\n'.join(lines))
total = sum((rand_frac() for _ in range(300)), F(0))
print(total, total.denominator.bit_length())
