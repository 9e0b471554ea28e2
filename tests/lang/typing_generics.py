# typing at run time: type variables, subscripted aliases with CPython's
# reprs, Generic classes (Stack[int]() is a plain Stack), builtin generics.
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, Generic, Iterable,
                    Iterator, List, Literal, Mapping, Optional, Sequence, Set, Tuple, Type,
                    TypeVar, Union, cast, get_args, get_origin, get_type_hints)
import typing

T = TypeVar('T')
N = TypeVar('N', bound=int)
S = TypeVar('S', int, str)
C = TypeVar('C', covariant=True)
K = TypeVar('K', contravariant=True)
print(T, N, S, C, K, T.__name__, N.__bound__, S.__constraints__, C.__covariant__, T.__bound__)
print(List[int], Dict[str, int], Optional[int], Union[int, str], Union[int, None])
print(Union[int, str, None], Union[int], Union[int, Union[str, int]])
print(Callable[[int], str], Callable[..., int], Callable[[], None], Tuple[int, ...], Tuple[()])
print(Tuple[int, str], Any, List, Dict, Callable, Optional[List[int]], Dict[str, List[T]])
print(ClassVar[int], Final[int], Literal['a', 1], Type[int], Iterable[int], Iterator[T])
print(Set[int], FrozenSet[str], Sequence[int], Mapping[str, int], typing.Deque[int])
print(list[int], dict[str, int], tuple[int, ...], type[int], set[str], dict[str, list[int]])
print(list[int](), list[int]([1, 2]), dict[str, int](a=1), list[int].__origin__, list[int].__args__)
print(List[int] == List[int], Optional[int] == Union[None, int], List[int] == list[int])
print(hash(List[int]) == hash(List[int]), {Dict[str, int]: 1}[Dict[str, int]])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(list[int]), get_args(list[int]))
print(get_args(Optional[int]), get_origin(Optional[int]), get_args(Callable[[int, str], bool]))
print(get_origin(int), get_args(int), cast(int, 'not an int'), cast('List[int]', [1]))
print(isinstance([], List), isinstance({}, Dict), isinstance((), Sequence), isinstance(1, Iterable))
print(issubclass(list, List), isinstance(3, Union[int, str]), isinstance(3.0, Optional[int]))
for bad in (List[int], list[int], Dict[str, int]):
    try:
        isinstance([], bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    List()
except TypeError as e:
    print('TypeError:', e)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(3)
s.push(4)
print(s.pop(), type(s), Stack[int], Stack[str] == Stack[str], Stack.__parameters__)
print(s.__orig_class__, Stack.__orig_bases__, Stack.__mro__)


class Pair(Generic[T, S]):
    def __init__(self, a: T, b: S):
        self.a, self.b = a, b


p = Pair(1, 'x')
print(Pair[int, str], Pair.__parameters__, p.a, p.b, isinstance(p, Pair))
try:
    Pair[int]
except TypeError as e:
    print('TypeError:', e)


class IntStack(Stack[int]):
    pass


print(IntStack.__parameters__, IntStack.__orig_bases__, IntStack.__mro__)


class MyList(List[int]):
    pass


ml = MyList([3, 1])
ml.sort()
print(ml, MyList.__mro__, isinstance(ml, list))


class Point:
    x: int
    y: int = 0
    label: ClassVar[str] = 'pt'


print(Point.__annotations__, Point.y, get_type_hints(Point))


def f(a: int, b: 'str' = 'x') -> List[int]:
    return [a]


print(f(1), f.__name__)


class Settings:
    # PEP 604 unions, evaluated as class annotations are
    port: int | None = None
    paths: list[str] | dict[str, str] = []


print(Settings.__annotations__, int | str, str | int | None, (int | None) == (None | int))
print(isinstance(3, int | str), isinstance(3.0, int | None), issubclass(bool, int | str))
print(get_origin(int | str) is type(int | str), get_args(int | None), int | List[int], list[int] | None)
print(type(int | str), int | int, Optional[int] | str)
for bad in (lambda: int | 'str', lambda: None | None, lambda: 3 | int):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
