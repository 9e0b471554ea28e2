# A generator pipeline of the coroutine kind: a producer feeds stages that
# are generator-based coroutines driven with send(), a broadcaster fans
# out, throw() and close() tear the pipeline down, and results are
# collected by a sink; plus a pull-style pipeline with yield from.


def coroutine(func):
    def start(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return start


@coroutine
def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line)
    except GeneratorExit:
        target.close()


@coroutine
def upper(target):
    while True:
        line = yield
        target.send(line.upper())


@coroutine
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)


@coroutine
def sink(name, out):
    count = 0
    try:
        while True:
            item = yield count
            count += 1
            out.append(f'{name}:{item}')
    except GeneratorExit:
        out.append(f'{name} closed after {count}')
    except ValueError as e:
        out.append(f'{name} got {e!r}')
        yield 'recovered'


@coroutine
def averager():
    total = 0.0
    n = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return n, avg
        total += value
        n += 1
        avg = total / n


def delegate(results):
    while True:
        results.append((yield from averager_body()))


def averager_body():
    total, n = 0, 0
    while True:
        value = yield
        if value is None:
            return n, total
        total += value
        n += 1


def numbers(limit):
    for i in range(limit):
        yield i


def squares(source):
    for x in source:
        yield x * x


def evens(source):
    yield from (x for x in source if x % 2 == 0)


def chunks(source, size):
    buf = []
    for x in source:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf = []
    if buf:
        yield tuple(buf)


text = """the quick brown fox
jumps over the lazy dog
python generators pipe data
a fox is quick
nothing here""".splitlines()

out = []
a, b = sink('a', out), sink('b', out)
pipe = grep('fox', upper(broadcast([a, b])))
for line in text:
    pipe.send(line)
pipe.close()
print(out)
print(a.send('direct'), b.throw(ValueError('bad')))
a.close()
b.close()
print(out[-3:])

avg = averager()
print([avg.send(v) for v in (10, 20, 60)])
try:
    avg.send(None)
except StopIteration as stop:
    print('finished with', stop.value)

results = []
d = delegate(results)
next(d)
for group in ((1, 2, 3), (10, 20), ()):
    for v in group:
        d.send(v)
    d.send(None)
print(results)

print(list(chunks(evens(squares(numbers(20))), 3)))
g = squares(numbers(3))
print(next(g), list(g), list(g))
