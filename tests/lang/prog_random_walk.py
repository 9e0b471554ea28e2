# Seeded random walks, shuffles and choices reproduce CPython exactly.
import random
random.seed(12345)
pos = 0
trace = []
for _ in range(20):
    pos += random.choice([-1, 1])
    trace.append(pos)
print(trace)
cards = list(range(52))
random.shuffle(cards)
print(cards[:10], sorted(cards) == list(range(52)))
print([random.randint(1, 6) for _ in range(15)])
print([round(random.random(), 4) for _ in range(5)], random.uniform(-1, 1))
print(random.sample(range(1000), 6), random.choices(['a', 'b', 'c'], weights=[5, 1, 1], k=8))
r = random.Random(99)
print(r.randrange(0, 100, 5), r.getrandbits(16), r.choice("xyz"))
