# Subclasses of bytes and bytearray: their instances act as the built-in
# value (operators, methods, buffers), bytearray's repr names the class,
# and fromhex makes one of the subclass.
class B(bytes):
    def size(self):
        return len(self)


class BA(bytearray):
    pass


b = B(b'abc')
print(b, type(b).__name__, len(b), b[0], b[1:], b.size(), b + b'x', b == b'abc')
print(hash(b) == hash(b'abc'), b.upper(), b.decode(), list(b), b'b' in b, bytes(b))
print(isinstance(b, bytes), issubclass(B, bytes), B.__mro__)
print(B.fromhex('0102'), type(B.fromhex('0102')).__name__, b.fromhex('41'))
print(B(3), B('é', 'utf-8'), B([1, 2]), B(), repr(b), str(b), f"{b}", '%s' % b, b'%s' % b)
print(memoryview(b).tolist(), b'x'.join([b, b]), b.split(b'b'), bytearray(b), sorted({b: 1}))
ba = BA(b'xy')
ba.append(65)
ba += b'!'
print(ba, len(ba), ba[0], type(ba).__name__, bytes(ba), ba.decode(), BA(), BA(3))
print(BA.fromhex('0102'), type(BA.fromhex('0102')).__name__)
print(b'x' + b, bytearray(b'y') + b, b + ba, ba + b, b in {b'abc'}, b'abc'.startswith(B(b'a')))
print(int.from_bytes(b, 'big'), b'-'.join([b, ba]), b * 2, type(b * 2).__name__)
print(b.hex(), ba.hex(), b < b'b', sorted([B(b'z'), b]), ba == b'xyA!', b.replace(b'a', b'z'))
print(str(b, 'ascii'), str(ba, encoding='utf-8'), b.count(B(b'a')), ba.find(b'A'), ba[0:1])
ba[0] = 66
ba.extend(b)
print(ba, len(ba), memoryview(ba)[0])


class P(bytes):
    def __new__(cls, x):
        return super().__new__(cls, x * 2)


class Q(bytearray):
    def __init__(self, x):
        super().__init__(x + b'!')


print(P(b'ab'), type(P(b'ab')).__name__, Q(b'ab'))
for bad in [lambda: str(b'\xff', 'ascii'), lambda: str('s', 'utf-8'), lambda: str(5, 'utf-8')]:
    try:
        bad()
    except (TypeError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
