# struct: Struct objects, pack_into/unpack_from with offsets, iter_unpack,
# and every struct.error message of CPython 3.11.
import struct

s = struct.Struct('<hi')
print(s.format, s.size, s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00\x00\x00'))
print(struct.Struct(b'>Q').format, isinstance(s, struct.Struct))
buf = bytearray(12)
s.pack_into(buf, 2, -1, -2)
struct.pack_into('>H', buf, -2, 0xABCD)
print(buf, s.unpack_from(buf, 2), s.unpack_from(buf, offset=-10), struct.unpack_from('>H', buf, 10))
mv = memoryview(bytearray(4))
struct.pack_into('<i', mv, 0, 7)
print(mv.tobytes())
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(it.__length_hint__(), next(it), list(it))
print(list(s.iter_unpack(bytes(12))))
print(issubclass(struct.error, Exception), struct.error.__name__)


def attempt(f, *args):
    try:
        print(f(*args))
    except (struct.error, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


for fmt in ('z', '<n', '>N', '!P', '3', 'i3', '<e2', 'ii~'):
    attempt(struct.calcsize, fmt)
attempt(struct.calcsize, 5)
attempt(struct.Struct, None)
for code in 'bBhHiIlLqQnNP':
    for v in (2 ** 64, 2 ** 63, 2 ** 32, 70000, 300, -1, -200, -2 ** 40, -2 ** 63 - 1, 1.0, 'x'):
        for order in '@<':
            if order == '<' and code in 'nNP':
                continue
            try:
                struct.pack(order + code, v)
            except struct.error as e:
                print(order + code, v, e)
for code in 'efd':
    for v in (1e300, 65520, 70000.0, 'x', None, 2 ** 2000):
        for order in '@>':
            try:
                struct.pack(order + code, v)
            except (struct.error, OverflowError) as e:
                print(order + code, str(v)[:10], type(e).__name__, e)
attempt(struct.pack, 'c', b'ab')
attempt(struct.pack, 'c', 'a')
attempt(struct.pack, 's', 'a')
attempt(struct.pack, 'p', 1)
attempt(struct.pack, 'ii', 1)
attempt(struct.pack, 'i', 1, 2)
attempt(struct.pack, '2s', b'a', b'b')
attempt(struct.unpack, 'i', b'abc')
attempt(struct.unpack, 'i', b'abcde')
attempt(struct.unpack, 'i', 'abcd')
attempt(struct.unpack_from, 'i', b'abcdef', 3)
attempt(struct.unpack_from, 'i', b'abcdef', -7)
attempt(struct.unpack_from, 'i', b'abcdef', -2)
attempt(struct.pack_into, 'i', bytearray(6), 3, 1)
attempt(struct.pack_into, 'i', bytearray(6), -2, 1)
attempt(struct.pack_into, 'i', bytearray(6), -8, 1)
attempt(struct.pack_into, 'i', bytearray(6), 0)
attempt(struct.pack_into, 'i', b'123456', 0, 1)
attempt(struct.iter_unpack, 'i', b'12345')
attempt(struct.iter_unpack, '', b'')
