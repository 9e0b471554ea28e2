# hex and bin of zero, negatives, the 64-bit edges and bignums.
for v in [0, 1, -1, 10, 255, -255, 256, 2**31 - 1, 2**32, 2**63 - 1, -2**63, 2**63, 2**64 - 1, 2**64,
          -2**64, 2**100, -(2**100) - 1, 0xdeadbeefcafebabe, True, False]:
    print(v, hex(v), bin(v))
print(int(hex(2**70), 16) == 2**70, int(bin(-12345), 2), int(hex(-255), 0))
