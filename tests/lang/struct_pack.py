# struct: pack/unpack/calcsize over every code, byte order and native
# alignment; counts; s and p strings; round trips of edge values.
import struct

for fmt in ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'P',
            'e', 'f', 'd', '?', 'c', 'x', 's', 'p', '3i', '10s', '5p', 'ci',
            'cd', 'bhiq', 'qb', 'b0i', '0s', 'i x h', '@ch', '=ch', '<ch',
            '>ch', '!ch', '<qL', '>lL', '2xh', 'c3xi', 'ee', '?q?']:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.calcsize(b'<hh'))
for order in '@=<>!':
    print(order, struct.pack(order + 'bBhHiIlLqQ', -1, 255, -300, 65535, -2 ** 31,
                             2 ** 32 - 1, -5, 7, -2 ** 63, 2 ** 64 - 1))
    print(struct.unpack(order + 'bBhHiIlLqQ', struct.pack(order + 'bBhHiIlLqQ', -1, 255,
                        -300, 65535, -2 ** 31, 2 ** 32 - 1, -5, 7, -2 ** 63, 2 ** 64 - 1)))
    for x in (0.0, -0.0, 1.5, -2.25, 1e-7, 65504.0, 6.1e-5, 5.96e-8, 3e-8, 1e-300,
              3.4e38, float('inf'), -float('inf'), 1 / 3, 0.1):
        b = struct.pack(order + 'efd', x if abs(x) <= 65504 or x != x or abs(x) == float('inf') else 1.0,
                        x if abs(x) < 3.5e38 else 2.0, x)
        print(b.hex(), struct.unpack(order + 'efd', b))
print(struct.pack('@P', -1), struct.unpack('P', struct.pack('P', -1)))
print(struct.pack('nN', -3, 3), struct.unpack('nN', struct.pack('nN', -3, 3)))
print(struct.pack('3s', b'abcdef'), struct.pack('5s', b'ab'), struct.pack('s', b''),
      struct.pack('0s', b'zz'))
print(struct.pack('4p', b'abcdef'), struct.pack('4p', b'a'), struct.pack('p', b'xyz'),
      struct.pack('300p', b'q' * 400)[:3])
print(struct.unpack('4p', b'\x09abc'), struct.unpack('4p', b'\x01abc'),
      struct.unpack('300p', struct.pack('300p', b'q' * 400))[0][-2:])
print(struct.pack('?c?', [], b'x', 'y'), struct.unpack('??', b'\x00\x05'))
print(struct.pack('<e', 65519.99), struct.pack('<e', 0.000030517578125),
      struct.pack('<e', 2.0 ** -25), struct.pack('<e', 2.0 ** -25 * 1.0001),
      struct.pack('<e', 1.0009765625 + 2 ** -11), struct.pack('<e', 1 + 3 * 2 ** -11))
print(struct.unpack('<e', b'\x00\x7e'), struct.unpack('>d', b'\x7f\xf8' + bytes(6)))
print(struct.pack('i', True), struct.pack('<f', 2), struct.pack('@f', 1e300))


class Idx:
    def __index__(self):
        return 42


class Flt:
    def __float__(self):
        return 0.5


print(struct.pack('<iQe', Idx(), Idx(), Flt()), struct.pack('d', Idx()))
print(struct.pack('b2x3sh', 1, b'xyz', 2), struct.unpack('b2x3sh', struct.pack('b2x3sh', 1, b'xyz', 2)))
print(struct.unpack('<i', bytearray(b'\x01\x02\x03\x04')),
      struct.unpack('<h', memoryview(b'\xff\xff')))
