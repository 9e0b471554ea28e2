# Conversions between ints and text: str, repr, int(), hex, bin, f-strings.
nums = [0, 1, -1, 255, -255, 2**31, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64, 10**40 + 1, -(10**40) - 1]
for n in nums:
    print(str(n), repr(n), hex(n), bin(n), int(str(n)) == n, f'{n}')
print(int('0'), int('-0'), int('+7'), int('  42  '), int('\t-13\n'), int('1_000'))
print(int('123456789012345678901234567890'), int('-99999999999999999999'))
print(int('ff', 16), int('FF', 16), int('-0x1f', 16), int('0x1f', 16), int('777', 8), int('0o777', 8))
print(int('101', 2), int('0b101', 2), int('z', 36), int('ZZ', 36), int('10', 36))
print(int('0x10', 0), int('0o10', 0), int('0b10', 0), int('10', 0), int('1_0', 0))
print(int('ffffffffffffffffffff', 16), int('1' * 70, 2))
print(int(3.99), int(-3.99), int(1e20), int(-2.5), int(True), int(False), int(2**70))
print(int(1e100))
print(str(10**100))
print(len(str(2**10000)))
print(str(-2**64)[:5], repr(2**64)[-5:])
