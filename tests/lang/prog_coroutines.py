# Generators as coroutines: send()-driven pipelines (source -> filters ->
# sinks), a broadcaster, a round-robin scheduler of tasks, and yield from
# delegation with return values.
def coroutine(fn):
    def start(*args, **kwargs):
        co = fn(*args, **kwargs)
        next(co)
        return co

    start.__name__ = fn.__name__
    return start


@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)


@coroutine
def upper(target):
    while True:
        target.send((yield).upper())


@coroutine
def collect(out):
    try:
        while True:
            out.append((yield))
    except GeneratorExit:
        out.append("<closed>")


@coroutine
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)


@coroutine
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return total, count


def delegate(results):
    while True:
        r = yield from averager_raw()
        results.append(r)


def averager_raw():
    total = count = 0
    while True:
        value = yield
        if value is None:
            return total, count
        total += value
        count += 1


text = """the quick brown fox
jumps over the lazy dog
python coroutines are generators
the end of the text""".splitlines()
a, b = [], []
sink = broadcast([grep("the", collect(a)), upper(grep("O", collect(b)))])
for line in text * 50:
    sink.send(line)
print(len(a), a[:2], len(b), b[:3])

av = averager()
print([round(av.send(x), 3) for x in range(1, 200, 7)][-3:])
try:
    av.send(None)
except StopIteration as stop:
    print("averager returned", stop.value)

results = []
d = delegate(results)
next(d)
for batch in range(30):
    for v in range(batch):
        d.send(v * v)
    d.send(None)
print(len(results), results[:4], results[-1])


def task(name, n, log):
    for i in range(n):
        got = yield name, i
        if got:
            log.append((name, got))


def scheduler(tasks, log):
    queue = list(tasks)
    steps = 0
    while queue:
        t = queue.pop(0)
        try:
            name, i = t.send(steps if steps % 5 == 0 else None) if steps > len(tasks) else next(t)
        except StopIteration:
            continue
        steps += 1
        queue.append(t)
    return steps


log = []
steps = scheduler([task("a", 300, log), task("b", 200, log), task("c", 100, log)], log)
print(steps, len(log), log[:3], log[-1])
c = collect(a)
c.close()
print(a[-1], c.gi_running if hasattr(c, "gi_running") else False)
