# random.seed of bytes and bytearray: CPython's version-2 seeding (the
# bytes and their SHA-512 digest, read as one big-endian int), as for str.
import random
random.seed(b'abc'); print(random.random(), random.randint(0, 100))
random.seed(bytearray(b'abc')); print(random.random())
random.seed(b''); print(random.random(), random.getrandbits(70))
random.seed('abc'); print(random.random())
random.seed(b'\xff' * 300); print(random.random(), random.choice('xyz'))
r = random.Random(b'xyz'); print(r.random(), r.randrange(1000))
r.seed(bytearray(range(256))); print(r.random(), r.sample(range(50), 4))
class B(bytes): pass
random.seed(B(b'abc')); print(random.random())
random.seed(b'abc', version=2); print(random.random())
for bad in [[1], (b'a',)]:
    try:
        random.seed(bad)
    except TypeError as e:
        print('TypeError', e)
