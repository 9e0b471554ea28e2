# An LRU cache class and a coroutine pipeline driven by send(): a producer
# pushes requests through a filter, a cache and a statistics sink.
from collections import OrderedDict
from functools import lru_cache, wraps


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = self.evictions = 0

    def get(self, key, compute):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        value = self.data[key] = compute(key)
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            self.evictions += 1
        return value

    def __repr__(self):
        return (f'LRUCache(cap={self.capacity}, keys={list(self.data)}, '
                f'hits={self.hits}, misses={self.misses}, evictions={self.evictions})')


def coroutine(func):
    """Create the generator and advance it to its first yield."""
    @wraps(func)
    def start(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return start


@coroutine
def only_valid(target):
    try:
        while True:
            key = yield
            if isinstance(key, int) and key >= 0:
                target.send(key)
    finally:
        target.close()


@coroutine
def cached_lookup(cache, compute, target):
    try:
        while True:
            key = yield
            target.send((key, cache.get(key, compute)))
    finally:
        target.close()


@coroutine
def stats(results):
    count = total = 0
    try:
        while True:
            key, value = yield
            count += 1
            total += value
            results.append((key, value))
    except GeneratorExit:
        results.append(('done', count, total))
        raise


@coroutine
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return avg
        total += value
        count += 1
        avg = total / count


def slow_square(n):
    return n * n


@lru_cache(maxsize=32)
def partitions(n, largest):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    return partitions(n - largest, largest) + partitions(n, largest - 1)


cache = LRUCache(3)
results = []
pipeline = only_valid(cached_lookup(cache, slow_square, stats(results)))
for req in [1, 2, 'x', 3, 1, -4, 4, 2, 5, 1, 1, None, 3]:
    pipeline.send(req)
pipeline.close()
print(results)
print(cache)

avg = averager()
print([avg.send(v) for v in (10, 20, 60, 2.5)])
try:
    avg.send(None)
except StopIteration as e:
    print('final average', e.value)

print(partitions(30, 30), partitions.cache_info())
partitions.cache_clear()
print(partitions(20, 20), partitions.cache_info().hits > 0, only_valid.__name__)
