# A generator pipeline: a pseudo-random source, stages chained with yield and
# yield from, chunked and flattened again, pairwise differences, reduced by
# sum and max over generator expressions.


def source(n, seed):
    x = seed
    for _ in range(n):
        x = (x * 75 + 74) % 65537
        yield x


def scale(src, k):
    for v in src:
        yield v * k % 1000003


def chunks(src, size):
    buf = []
    for v in src:
        buf.append(v)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(groups):
    for g in groups:
        yield from g


def pairs(src):
    first = True
    prev = 0
    for v in src:
        if not first:
            yield prev, v
        first = False
        prev = v


def deltas(src):
    for a, b in pairs(src):
        yield b - a


def both(n, seed):
    yield from source(n, seed)
    yield from scale(source(n, seed + 1), 5)


def run(n, seed):
    rising = sum(d for d in deltas(flatten(chunks(scale(source(n, seed), 3), 16))) if d > 0)
    steepest = max(abs(d) for d in deltas(both(n // 2, seed)))
    evens = sum(1 for v in scale(source(n, seed), 7) if v % 2 == 0)
    return rising, steepest, evens


print(*run(1200000, 1))
