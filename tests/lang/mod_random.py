# random: CPython's MT19937 seeding and algorithms give identical draws.
import random
random.seed(42)
print([random.random() for _ in range(3)], random.randint(1, 100))
print(random.randrange(10), random.randrange(5, 50, 5), random.randrange(100, 0, -7))
print(random.choice([1, 2, 3, 4, 5]), random.choice("abcdef"))
x = list(range(20)); random.shuffle(x); print(x)
print(random.uniform(1, 5), random.getrandbits(5), random.getrandbits(64), random.getrandbits(100))
print(random.sample(range(100), 10), random.sample([1, 2, 3, 4], 2), random.sample(range(10**6), 7))
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[1, 0, 5], k=6), random.choices([1, 2], cum_weights=[1, 3], k=3))
print(random.gauss(0, 1), random.gauss(5, 2), random.gauss())
random.seed(0); print(random.random())
random.seed(2**100 + 12345); print(random.random(), random.randrange(2**70))
random.seed(-7); print(random.random())
random.seed(3.5); print(random.random())
r = random.Random(123); print(r.random(), r.randint(0, 10**20))
random.seed(1)
print([random.randint(0, 9) for _ in range(20)])
try:
    random.choice([])
except IndexError as e:
    print(e)
try:
    random.randrange(0)
except ValueError as e:
    print(e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print(e)
try:
    random.randrange(0, 10, 0)
except ValueError as e:
    print(e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print(e)
