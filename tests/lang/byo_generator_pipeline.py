# Generators as data pipelines: a lazy log parser over chained stages,
# yield from to flatten, send() into a running-average coroutine, a
# generator with close()/finally cleanup, infinite generators with islice,
# generator expressions fed to sum/any/all/max.
import itertools

LINES = """GET /index 200 12
GET /about 200 8
POST /login 401 3
GET /index 200 15
GET /missing 404 1
POST /login 200 30
GET /index 500 2""".splitlines()


def parse(lines):
    for line in lines:
        method, path, status, ms = line.split()
        yield {"method": method, "path": path, "status": int(status), "ms": int(ms)}


def only(records, **conds):
    for r in records:
        if all(r[k] == v for k, v in conds.items()):
            yield r


def field(records, name):
    return (r[name] for r in records)


print(sum(field(only(parse(LINES), method="GET"), "ms")))
print(sorted(set(field(only(parse(LINES), status=200), "path"))))
print(any(r["status"] >= 500 for r in parse(LINES)), all(r["ms"] > 0 for r in parse(LINES)))
print(max(parse(LINES), key=lambda r: r["ms"])["path"])


def flatten(items):
    for x in items:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, [3, (4, 5)], 6], [[7]]])))


def averager():
    total, count, avg = 0.0, 0, None
    while True:
        value = yield avg
        if value is None:
            return count
        total += value
        count += 1
        avg = total / count


avg = averager()
next(avg)
print([avg.send(v) for v in (10, 20, 60)])
try:
    avg.send(None)
except StopIteration as stop:
    print("count:", stop.value)


def reader(name):
    print(f"open {name}")
    try:
        for i in itertools.count():
            yield f"{name}:{i}"
    finally:
        print(f"close {name}")


r = reader("stream")
print(next(r), next(r))
r.close()


def primes():
    found = []
    for n in itertools.count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


print(list(itertools.islice(primes(), 15)))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print([x for x in itertools.takewhile(lambda x: x < 100, fib())])
gen = (x * x for x in range(5))
print(next(gen), list(gen), list(gen))


def delegator():
    result = yield from sub()
    yield f"sub returned {result}"


def sub():
    yield 1
    yield 2
    return "done"


print(list(delegator()))
