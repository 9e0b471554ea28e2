# typing.Protocol: structural types. isinstance against a protocol needs
# @runtime_checkable (CPython's TypeError otherwise), which checks members.
from typing import Protocol, runtime_checkable, TypeVar, Iterable, SupportsInt, SupportsFloat

T = TypeVar('T')


class Shape(Protocol):
    def area(self) -> float:
        ...


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


@runtime_checkable
class Named(Protocol):
    name: str


class File:
    def close(self):
        print('closed')


class Square:
    def __init__(self, side):
        self.side = side
        self.name = 'square'

    def area(self):
        return self.side ** 2


class NotClosable:
    close = None


def total_area(shapes: Iterable[Shape]) -> float:
    return sum(s.area() for s in shapes)


print(total_area([Square(2), Square(3)]))
print(isinstance(File(), Closable), isinstance(Square(1), Closable), isinstance(NotClosable(), Closable))
print(issubclass(File, Closable), issubclass(Square, Closable), issubclass(NotClosable, Closable))
print(isinstance(Square(1), Named), isinstance(File(), Named))
try:
    issubclass(Square, Named)
except TypeError as e:
    print('TypeError:', e)
for call in (lambda: isinstance(Square(1), Shape), lambda: issubclass(Square, Shape), lambda: Shape()):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
try:
    runtime_checkable(Square)
except TypeError as e:
    print('TypeError:', str(e).split(' got ')[0])


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


c = Circle(2)
print(c.area(), isinstance(c, Circle), Circle.__mro__)
try:
    isinstance(c, Shape)
except TypeError as e:
    print('TypeError:', e)


class Box(Protocol[T]):
    def get(self) -> T:
        ...


print(Box[int], Box.__parameters__, Shape.__parameters__, Closable._is_runtime_protocol)
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(2.5, SupportsFloat))
File().close()
