# contextlib.contextmanager and suppress: the code before a generator's yield
# runs on entry, the code after it on exit, an exception from the with block
# is thrown in at the yield; suppress swallows the listed exception types.
from contextlib import contextmanager, suppress
import contextlib

log = []


@contextmanager
def tag(name, *, close=True):
    log.append(f'<{name}>')
    try:
        yield name.upper()
    finally:
        if close:
            log.append(f'</{name}>')


@contextmanager
def swallow(kind):
    try:
        yield
    except kind as e:
        log.append(f'swallowed {type(e).__name__}: {e}')


@contextmanager
def translate():
    try:
        yield
    except KeyError as e:
        raise LookupError(f'missing {e}') from e


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


with tag('a') as a, tag('b', close=False) as b:
    log.append(a + b)
print(log)
log.clear()

try:
    with tag('x'):
        raise ValueError('inside')
except ValueError as e:
    print('propagated', repr(e), log)
log.clear()

with swallow(ZeroDivisionError):
    1 / 0
with swallow(ArithmeticError):
    raise OverflowError('big')
try:
    with swallow(KeyError):
        [][1]
except IndexError as e:
    print('not swallowed:', e)
print(log)

try:
    with translate():
        {}['k']
except LookupError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)

with suppress(KeyError, IndexError):
    {}['nope']
print('after suppress')
with suppress(LookupError):
    [][0]
try:
    with suppress(KeyError):
        int('x')
except ValueError as e:
    print('ValueError passes through:', e)
with suppress():
    pass
with contextlib.suppress(Exception) as nothing:
    raise RuntimeError
print(nothing)

manual = tag('m')
print(manual.__enter__(), manual.__exit__(None, None, None), log[-2:])
s = swallow(TypeError)
s.__enter__()
print(s.__exit__(TypeError, None, None), log[-1])


def gen_squares(n):
    with tag('loop'):
        for i in range(n):
            yield i * i


print(list(gen_squares(4)), log[-2:])


@contextmanager
def plain():
    yield


try:
    with plain():
        raise StopIteration('from the block')
except StopIteration as e:
    print('StopIteration passes through:', e)
