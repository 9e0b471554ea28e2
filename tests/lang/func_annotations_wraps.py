# functools.wraps copies __annotations__ with the name and the docstring.
import functools


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@logged
def add(a: int, b: int = 0) -> int:
    return a + b


def unwrapped(*args, **kwargs):
    pass


print(add.__name__, add.__annotations__, add(2, 3))
print(add.__wrapped__.__annotations__ is add.__annotations__)
print(unwrapped.__annotations__)
