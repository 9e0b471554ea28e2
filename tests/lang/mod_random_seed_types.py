# random.seed with a str seed (CPython's version 2: the int of the UTF-8
# bytes followed by their SHA-512 digest), a float (its hash, as an
# unsigned 64-bit number: negative hashes too), an int subclass's value,
# and the seed types CPython refuses.
import random

for s in ["", "a", "hello world", "x" * 200, "h\u00e9llo \u2603", "seed-42"]:
    random.seed(s)
    print(repr(s[:12]), random.random(), random.randint(1, 10**12), random.getrandbits(70))
for f in [1.5, -1.5, 0.1, -2.75e10, float("inf"), -0.0]:
    random.seed(f)
    print(f, random.random(), random.randrange(1000))


class I(int):
    pass


random.seed(I(-7))
a = random.random()
random.seed(7)
print(a == random.random())
r = random.Random("abc")
print(r.random(), r.choice("abcdef"))
r.seed("abc", version=2)
print(r.random())
for bad in [(1, 2), [1], {}]:
    try:
        random.seed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
