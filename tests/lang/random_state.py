# random: getstate/setstate (CPython's version 3 tuple), randbytes, the
# gamma family, SystemRandom and the module constants
import random

random.seed(12345)
st = random.getstate()
print(st[0], len(st[1]), st[1][:3], st[1][-1], st[2])
a = [random.random() for _ in range(5)]
random.setstate(st)
print(a == [random.random() for _ in range(5)])

random.seed(7)
random.gauss()
st = random.getstate()
print(st[2])
g = random.gauss()
random.setstate(st)
print(g == random.gauss())

# a state built by hand: the same words python3 would take
r = random.Random()
r.setstate((3, tuple(range(1, 625)) + (624,), None))
print([r.getrandbits(32) for _ in range(3)], r.random())
r.setstate((3, tuple(range(1, 625)) + (5,), 0.25))
print(r.gauss(), r.getstate()[1][-1])
r.setstate((2, tuple(-i for i in range(624)) + (624,), None))
print(r.random())

random.seed(2024)
print(random.randbytes(0), random.randbytes(1), random.randbytes(5), random.randbytes(8))
for alpha in (0.5, 1.0, 2.5):
    print(random.gammavariate(alpha, 2.0))
print(random.betavariate(2, 3), random.betavariate(0.5, 0.5))
print(random.vonmisesvariate(1.0, 4.0), random.vonmisesvariate(-3.0, 1e-7), random.vonmisesvariate(0, 0.5))
print(random.Random(9).gammavariate(3, 1), random.Random(9).betavariate(1, 1))

for args in [(0, 1), (1, -1)]:
    try:
        random.gammavariate(*args)
    except ValueError as e:
        print(e)
for bad in [(4, (), None), (3, (1, 2), None), (3, tuple(range(625)), None, 1), (3, [0] * 625, None),
            (3, (0,) * 624 + (625,), None), (3, (-1,) + (0,) * 624, None), (3, (2**64,) + (0,) * 624, None),
            (3, ('x',) + (0,) * 624, None), ('v', 1, 2)]:
    try:
        random.setstate(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    random.randbytes(-1)
except ValueError as e:
    print(e)

s = random.SystemRandom()
s.seed(5)
x = s.random()
print(type(s).__name__, isinstance(s, random.Random), 0 <= x < 1, len(s.randbytes(7)), 0 <= s.randrange(10) < 10, s.getrandbits(0))
print(sorted(s.sample(range(5), 5)), s.choice('a') == 'a')
for m in (s.getstate, lambda: s.setstate(st)):
    try:
        m()
    except NotImplementedError as e:
        print(e)
print(random.NV_MAGICCONST, random.TWOPI, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF)
