# functools.wraps and update_wrapper copy the wrapped function's name,
# qualified name, module and attributes onto the wrapper, and set __wrapped__.
import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print('call', func.__name__, len(args), 'args')
        return func(*args, **kwargs)
    return wrapper


def counted(func):
    def counter(*args):
        counter.calls += 1
        return func(*args)
    counter.calls = 0
    return functools.update_wrapper(counter, func)


@logged
def add(a, b):
    return a + b


class Maths:
    @logged
    def double(self, x):
        return 2 * x


def tagged(x):
    return x


tagged.unit = 'cm'
plain = counted(tagged)
stacked = logged(counted(add))

print(add(2, 3), add.__name__, add.__qualname__, add.__module__)
print(add.__wrapped__(4, 5), add.__wrapped__.__name__)
print(Maths().double(21), Maths.double.__name__, Maths.double.__qualname__)
print(plain(7), plain.__name__, plain.unit, plain.calls, plain.__wrapped__ is tagged)
print(stacked(1, 1), stacked.__name__, stacked.calls, stacked.__wrapped__.__wrapped__ is add)
print(sorted(k for k in plain.__dict__ if not k.startswith('__')))
print(functools.wraps(len)(lambda s: 0).__name__)
