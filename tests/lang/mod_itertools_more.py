# More itertools: running totals, batching with islice, cycles, infinite counters stopped early.
from itertools import accumulate, islice, cycle, count, repeat, zip_longest, takewhile, dropwhile, chain, starmap, compress
import operator
print(list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([5, 3, 8, 1], min)))
data = list(range(11))
it = iter(data)
batches = []
while True:
    b = list(islice(it, 4))
    if not b:
        break
    batches.append(b)
print(batches)
print(list(zip(cycle("AB"), range(5))), list(zip(count(1), "xyz")), list(repeat(None, 2)))
print(list(zip_longest([1, 2, 3], [4], fillvalue=0)))


def positive(x):
    return x > 0


print(list(takewhile(positive, [3, 2, 0, 5])), list(dropwhile(positive, [3, 2, 0, 5])))
print(list(starmap(operator.add, zip([1, 2], [10, 20]))), list(compress(range(6), [1, 0, 1, 0, 1])))
print(list(chain("ab", [1], (None,))), list(islice(count(), 0, 20, 6)))
