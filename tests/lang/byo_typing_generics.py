# Typed code in the style of typed libraries: TypeVar and Generic
# containers, Protocol with runtime_checkable, TypedDict, NamedTuple with
# methods and defaults, Optional/Union/Callable/Literal annotations,
# overload-free generic functions, ClassVar and Final.
from typing import (Callable, ClassVar, Dict, Final, Generic, Iterable, Iterator, List, Literal,
                    NamedTuple, Optional, Protocol, TypedDict, TypeVar, Union, runtime_checkable)

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
MAX_ITEMS: Final = 3


class Stack(Generic[T]):
    created: ClassVar[int] = 0

    def __init__(self) -> None:
        self._items: List[T] = []
        Stack.created += 1

    def push(self, item: T) -> None:
        if len(self._items) >= MAX_ITEMS:
            raise OverflowError("stack full")
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V) -> None:
        self.key, self.value = key, value

    def swap(self) -> "Pair[V, K]":
        return Pair(self.value, self.key)

    def __repr__(self) -> str:
        return f"Pair({self.key!r}, {self.value!r})"


@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...


class Circle:
    def draw(self) -> str:
        return "()"


class Square:
    def area(self) -> int:
        return 4


class Movie(TypedDict, total=False):
    title: str
    year: int


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 100.0

    def raise_by(self, pct: float) -> "Employee":
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))


def first(items: Iterable[T], default: Optional[T] = None) -> Optional[T]:
    for item in items:
        return item
    return default


def apply(fn: Callable[[int], int], values: List[int]) -> List[int]:
    return [fn(v) for v in values]


def describe(x: Union[int, str]) -> str:
    return f"int {x}" if isinstance(x, int) else f"str {x!r}"


def mode(m: Literal["r", "w"]) -> str:
    return {"r": "read", "w": "write"}[m]


s: Stack[int] = Stack()
for i in (1, 2, 3):
    s.push(i)
try:
    s.push(4)
except OverflowError as e:
    print("OverflowError:", e)
print(list(s), s.pop(), Stack.created, Stack[int], Stack.__parameters__)
p = Pair("a", 1)
print(p, p.swap(), Pair[str, int].__origin__ is Pair)
print(isinstance(Circle(), Drawable), isinstance(Square(), Drawable))
m: Movie = {"title": "Metropolis"}
m["year"] = 1927
print(m, Movie.__total__, sorted(Movie.__annotations__))
e = Employee("ada")
print(e, e.raise_by(10), Employee._field_defaults, e._asdict())
print(first([]), first("xyz"), first([], "none"), apply(lambda v: v * v, [1, 2, 3]))
print(describe(3), describe("3"), mode("w"))
cache: Dict[str, List[int]] = {}
cache.setdefault("a", []).append(1)
print(cache, first.__annotations__["return"], apply.__annotations__["fn"])
print(Optional[int], Union[int, str], List[Dict[str, int]], Callable[[int], str])
