# Imaginary literals: every spelling the lexer takes, and their values.
print(1j, 2.5J, 1e3j, 0j, 1_0j, 00j, 0_0j, 1.j, .5j, 1e-3J, 1E+3j, 09j, 0.0j, 1_000.000_1j)
print(-1j, -0j, +1j, -(-1j), 1j * 1j, (1j) ** 2, 1j.imag, 1j.real, (2j).conjugate())
print(type(1j).__name__, isinstance(1j, complex), isinstance(1j, (int, float)))
print(1 + 2j, 1 - 2j, -1 - 2j, 3 * 1j, 1e20j, 1e-20j, 123456789.123j, 1e16j, 1e15j)
z = 2 + 3j
z += 1j
z *= 2
z -= 1
z /= 2
z **= 2
print(z)
print([1j, 2j][1], {1j: 'a'}[1j], (1j, 2.5j))
