# random.Random(x) seeds as seed(x) does: the same draws, and CPython
# 3.11's TypeError for a seed of another type.
import random

for s in (1, 2.5, 'abc', True, -3, 10 ** 30):
    x = random.Random(s).random()
    random.seed(s)
    print(type(s).__name__, x, x == random.random())
for s in ((1, 2), [1], {1: 2}, object(), frozenset()):
    for make in (random.Random, random.seed, random.Random().seed):
        try:
            make(s)
            print('accepted', type(s).__name__)
        except TypeError as e:
            print('TypeError:', e)
print(random.Random(None).random() < 1.0, random.Random().random() < 1.0)
