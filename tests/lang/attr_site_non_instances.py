# LOAD_ATTR's cached hit tries any object, not only instances, trusting
# that a way filled for a class at the current epoch names a live class: a
# site warmed on instances must still read modules, classes, functions
# and built-in values right, and a class that died (its memory perhaps
# reused by the next one) must not leave a way that still hits.
import math


class P:
    def __init__(self, real):
        self.real = real


class Holder:
    real = 'class attribute'


def real_of(o):
    return o.real


def pi_of(o):
    return o.pi


def fresh(i):
    class Tmp:
        def __init__(self):
            self.real = i * 10
    return Tmp()


def f():
    pass


f.real = 'function attribute'

p = P(7)
for _ in range(3):
    print(real_of(p), real_of(Holder), real_of(Holder()), real_of(f), real_of(5), real_of(2.5),
          real_of(True))

for i in range(6):  # each Tmp class dies with its instance before the next one
    print(real_of(fresh(i)), real_of(p))


class M:
    pi = 'instance of M'


m = M()
m.pi = 3
for _ in range(2):
    print(pi_of(m), pi_of(math) == math.pi, pi_of(M))

try:
    real_of('text')
except AttributeError as e:
    print('AttributeError', e)
print(real_of(p))
