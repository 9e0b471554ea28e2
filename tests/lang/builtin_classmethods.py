# The class-level methods of built-in types (int.from_bytes, dict.fromkeys,
# float.fromhex, bytes.fromhex) are class methods: read through an
# instance or a subclass they are bound to that class, and a subclass's
# call makes an instance of it; str.maketrans is a static method.
import collections
import itertools


def show(f):
    try:
        r = f()
        print(type(r).__name__, r)
    except Exception as e:
        print(type(e).__name__, e)


class I(int):
    @classmethod
    def make(cls, b):
        return super().from_bytes(b, 'big')


show(lambda: (5).from_bytes(b'\x01', 'big'))
show(lambda: I.from_bytes(b'\x01\x02', 'big'))
show(lambda: I(3).from_bytes(b'\x01\x02', 'little'))
show(lambda: I.make(b'\x05'))
show(lambda: bool.from_bytes(b'\x01', 'big'))
show(lambda: True.from_bytes(b'\x00', 'little'))
show(lambda: int.from_bytes([1, 2], 'little'))
show(lambda: int.from_bytes(b'\xff', 'big', signed=True))
show(lambda: int.from_bytes(b'\x80\x00', 'big', signed=True))
show(lambda: int.from_bytes(bytearray(b'\xff\x00'), byteorder='little', signed=True))
show(lambda: int.from_bytes(b'\x01', 'middle'))


class F(float):
    pass


show(lambda: float.fromhex('0x1.8p1'))
show(lambda: (1.0).fromhex('-0x1p3'))
show(lambda: F.fromhex('0x1p-1'))
show(lambda: F(2).fromhex('0x1p0'))
show(lambda: F.fromhex('zz'))


class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)


show(lambda: {}.fromkeys('ab', 0))
show(lambda: D.fromkeys('ab', 1))
show(lambda: D().fromkeys([1], 'x'))
show(lambda: dict.fromkeys('ab', value=1))


class OD(collections.OrderedDict):
    pass


class DD(collections.defaultdict):
    pass


class C(collections.Counter):
    pass


show(lambda: collections.OrderedDict.fromkeys('ab'))
show(lambda: collections.OrderedDict.fromkeys(iterable='ab', value=2))
show(lambda: OD.fromkeys('xy'))
show(lambda: collections.defaultdict.fromkeys('ab'))
show(lambda: collections.defaultdict(list).fromkeys('ab'))
show(lambda: DD.fromkeys('q', 0))
show(lambda: collections.Counter.fromkeys('ab'))
show(lambda: collections.Counter().fromkeys('ab'))
show(lambda: C.fromkeys('ab'))

show(lambda: 'x'.maketrans('ab', 'cd'))
show(lambda: 'abc'.maketrans({'a': 'b'}))
show(lambda: str.maketrans('a', 'b', 'c'))
show(lambda: b''.maketrans(b'a', b'c')[97])
show(lambda: bytearray.maketrans(b'a', b'd')[97])
show(lambda: b'\x01'.fromhex('02'))
show(lambda: bytearray(b'').fromhex('03 04'))
show(lambda: list(itertools.chain.from_iterable(['ab', 'c'])))
print(I.from_bytes.__self__, dict.fromkeys.__name__, 'from_bytes' in int.__dict__)
