# complex arithmetic with int, float and complex on either side, as CPython 3.11.
z, w = 1 + 2j, -0.5 + 3j
for a in (z, 2, -1.5, w, True):
    for b in (z, 3, 0.25, w):
        print(a + b, a - b, a * b, a / b, a ** b if abs(b) < 4 else None)
print(abs(3 + 4j), abs(-1j), abs(complex(1e300, 1e300)), abs(complex(float('inf'), float('nan'))))
print(-z, +z, z.conjugate(), z.real, z.imag, (-z).real)
# division scales by the larger part of the divisor
print((1 + 1j) / (0.5 - 2j), (1e300 + 1e300j) / (1e300 + 1e-300j), 1 / (1e-300j), (1 + 2j) / 1e-310)
print(2.0 * complex(float('inf'), 0), complex(float('inf'), 0) * 2)
# ** with small integral exponents multiplies out; others use polar form
print((1 + 2j) ** 2, (1 + 2j) ** -3, (1 + 2j) ** 101, (1 + 1j) ** 0, (3 + 4j) ** 0.25)
print(2 ** 0.5j, 1j ** 1j, (1 + 2j) ** (3 - 1j), 0j ** 2, 0j ** 0, 0j ** 0j, (-8) ** (1 / 3 + 0j))
print(pow(2j, 3), pow(1 + 1j, -2))
print(sum([1j, 2, 3.5, 0.5j]), sum([], 0j), sum([1 + 1j] * 10))
print(complex(-0.0, 0.0), complex(0.0, -0.0), -(0j), 0j * -1, complex(-0.0, -0.0), -0.0 - 0j)
print(10 ** 20 + 1j, (2 ** 64) * 1j)
errors = [
    lambda: 1j / 0, lambda: 1 / 0j, lambda: 1j / (0j * 0), lambda: 0j ** -1, lambda: 0j ** 1j,
    lambda: 0.0 ** (1 + 0j) if False else 0 ** (-1 + 0j), lambda: (1e200 + 1j) ** 2,
    lambda: complex(float('inf'), 0) ** 2, lambda: 1j // 2, lambda: 2 // 1j, lambda: 1j % 2,
    lambda: 1.5 % 1j, lambda: divmod(1j, 2), lambda: divmod(2, 1j), lambda: 1j & 1, lambda: 1j << 1,
    lambda: ~1j, lambda: pow(1j, 2, 3), lambda: pow(2, 1j, 5), lambda: 1j + 'a', lambda: 'a' * 1j,
    lambda: [1] * 1j, lambda: 10 ** 400 + 1j, lambda: 1j * 10 ** 400, lambda: round(1j),
    lambda: round(1j, 2), lambda: int(1j), lambda: float(1j), lambda: abs(complex(1e308, 1e308)),
]
for f in errors:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
