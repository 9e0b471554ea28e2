# Bignum results that fit in 64 bits again behave as ordinary small ints.
a = 2**64 + 5
b = a - 2**64
print(b, b == 5, b + 1, b * b, isinstance(b, int))
lst = ['a', 'b', 'c', 'd', 'e', 'f']
print(lst[b], lst[(2**70 + 2) - 2**70], lst[-(2**65) + 2**65 - 1])
print('xyz'[2**64 // 2**64], (1, 2, 3)[2**100 // 2**99])
print(list(range(2**64 - 2**64, (2**64 + 3) % 2**64)))
c = (2**63) // 2
print(c, c + c - 1, (c + c) // 2 == c)
d = 10**30 // 10**29
print(d, d * 'ab', [0] * (10**20 // 10**19))
print(hash(2**64 + 1 - 2**64) == hash(1), {1: 'one'}[2**80 - 2**80 + 1])
e = -(2**64) + 2**64 + 7
print(e % 3, e // 2, e << 2, e >> 1, e & 3, e | 8, e ^ 1, -e)
x = 2**64
for i in range(65):
    x //= 2
print(x, x == 1, x + 0)
y = 9223372036854775807
y += 1
y -= 1
print(y, y == 9223372036854775807, y + 0 == 2**63 - 1)
z = -9223372036854775808
z -= 1
z += 1
print(z, z == -2**63)
print(int('18446744073709551616') - 2**64, int(2.0**64) - 2**64)
print(sum([2**64, -2**64, 3]), max(2**65 - 2**65, -1), min(2**70 // 2**69, 5))
print(round(2**64 + 1 - 2**64), abs(-(2**64) + 2**64 - 3))
