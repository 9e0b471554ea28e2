# get_type_hints of a module reads its __annotations__; of a decorated
# function, the wrapped function's globals; globalns/localns override.
import functools
from typing import Annotated, get_type_hints

count: int = 0
name: 'str'


def deco(fn):
    @functools.wraps(fn)
    def w(*a):
        return fn(*a)
    return w


@deco
def scale(x: 'float', unit: Annotated[str, 'meta'] = 'm') -> 'float':
    return x


print(get_type_hints(scale))
print(get_type_hints(scale, include_extras=True))
print(get_type_hints(scale, {'float': bool}))


def local_ref(x: 'Local') -> None:
    pass


class Local:
    pass


print(get_type_hints(local_ref, None, {'Local': int}))
try:
    get_type_hints(local_ref, {})
except NameError as e:
    print('NameError:', e)
try:
    get_type_hints(5)
except TypeError as e:
    print('TypeError:', e)
