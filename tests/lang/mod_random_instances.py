# random.Random instances are independent; reseeding replays; big ranges.
import random
a = random.Random(5)
b = random.Random(5)
print([a.randint(1, 6) for _ in range(10)] == [b.randint(1, 6) for _ in range(10)])
a.seed(99)
first = [a.random() for _ in range(5)]
a.seed(99)
print(first == [a.random() for _ in range(5)], first[:2])
print(a.randrange(-10**30, 10**30), a.randrange(0, 10**25, 7), a.getrandbits(200))
print(a.randint(-5, -1), a.randrange(-5, 5, 3), a.choice(range(1000)), a.choice((1, 2)))
deck = [(r, s) for s in "SHDC" for r in range(1, 14)]
a.shuffle(deck)
print(deck[:5])
print(sorted(a.sample(deck, 5)))
print(a.sample("abcdefgh", 8))
random.seed(2024)
print([round(random.uniform(-1, 1), 6) for _ in range(4)])
print([random.gauss(10, 3) for _ in range(3)])
print(random.getrandbits(0), random.getrandbits(32), random.getrandbits(33), random.getrandbits(63))
try:
    random.getrandbits(-1)
except ValueError as e:
    print(e)
try:
    random.sample({1, 2}, 1)
except TypeError as e:
    print(e)
