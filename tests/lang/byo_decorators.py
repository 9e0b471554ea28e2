# Closures and decorators: a call counter, a retry decorator with
# arguments, functools.wraps keeping metadata, lru_cache statistics,
# partial, a class-based decorator and a decorator registry.
import functools

registry = {}


def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def retry(times, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, attempt=attempt, **kwargs)
                except exceptions as e:
                    last = e
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts") from last
        return wrapper
    return deco


@register("flaky")
@retry(3, exceptions=(ConnectionError,))
def flaky(succeed_on, attempt=1):
    """Pretend to call a server."""
    if attempt < succeed_on:
        raise ConnectionError(f"refused #{attempt}")
    return f"ok on {attempt}"


print(flaky(2))
try:
    flaky(5)
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))
print(flaky.__name__, flaky.__wrapped__.__name__, registry["flaky"] is flaky)


@counted
def greet(name, punct="!"):
    return f"hello {name}{punct}"


print(greet("ada"), greet("bob", punct="?"), greet.calls, greet.__name__)


@functools.lru_cache(maxsize=32)
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


print(max(range(1, 200), key=collatz_len), collatz_len(27))
print(collatz_len.cache_info())
collatz_len.cache_clear()
print(collatz_len.cache_info())


def power(base, exp):
    return base ** exp


square = functools.partial(power, exp=2)
two_to = functools.partial(power, 2)
print(square(7), two_to(10), square.func.__name__, square.keywords, two_to.args)


class memoize:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        functools.update_wrapper(self, fn)

    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.fn(*args)
        return self.cache[args]


@memoize
def paths(r, c):
    """Lattice paths."""
    return 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)


print(paths(16, 16), len(paths.cache), paths.__name__)


def make_accumulator():
    total = 0

    def add(x):
        nonlocal total
        total += x
        return total
    return add


acc = make_accumulator()
print([acc(x) for x in (5, 10, -3)], acc(0))
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
print(functools.reduce(lambda a, b: a * b, range(1, 11)))
