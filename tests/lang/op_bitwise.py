# & | ^ ~ on non-negative and negative ints (two's-complement semantics).
vals = [0, 1, -1, 5, -5, 12, -12, 255, -256, 0x7fffffffffffffff, -0x8000000000000000]
for a in vals:
    print(a, ~a, [(a & b, a | b, a ^ b) for b in vals])
print(6 & 3, 6 | 3, 6 ^ 3, ~6, ~-7, -6 & 3, -6 | 3, -6 ^ 3, -6 & -3)
print(True & True, True | False, True ^ True, 1 & True, False | 4)
print(0xf0 & 0x3c, 0xf0 | 0x0f, 0xff ^ 0x0f, ~0xff & 0xfff)
x = 0b1010
x &= 0b0110
print(bin(x))
x |= 0b1001
print(bin(x))
x ^= 0b1111
print(bin(x))
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 1 & 2 | 4, ~1 & 7)
