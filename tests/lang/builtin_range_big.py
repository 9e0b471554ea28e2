# Ranges whose bounds or elements leave the 64-bit range.
for i in range(2**64, 2**64 + 3):
    print(i, end=' ')
print()
for i in range(9223372036854775805, 9223372036854775809):
    print(i, end=' ')
print()
for i in range(-9223372036854775807, -9223372036854775811, -1):
    print(i, end=' ')
print()
r = range(0, 2**100, 2**98)
print(r, len(r), list(r), r[-1], 2**99 in r, 2**99 + 1 in r)
print(range(2**64)[2**63], range(-2**70, 0)[5], len(range(2**62, 2**63 + 10, 2**61)))
print(list(range(2**63 - 2, 2**63 + 2)), range(2**64)[::2**62])
try:
    len(range(2**64))
except OverflowError as e:
    print('OverflowError', e)
