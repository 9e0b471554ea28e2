# @dataclass basics: init, repr, eq, frozen, order, KW_ONLY, InitVar, the
# class-creation errors, a recursive repr.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, KW_ONLY, InitVar
from typing import ClassVar

@dataclass
class Point:
    x: int
    y: int = 0
    count: ClassVar[int] = 0

p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(1, 3), Point(5))
print(asdict(p), astuple(p), replace(p, y=9))
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(Point.__hash__)

@dataclass(order=True, frozen=True)
class V:
    a: int
    b: list = field(default_factory=list, compare=False, repr=False)
v = V(1)
print(v, hash(v) == hash(V(1)), V(1) < V(2), sorted([V(3), V(1)]))
try:
    v.a = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)

@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(K(1, c=5))
try:
    Point()
except TypeError as e:
    print(e)
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1); n.children.append(n)
print(n)
@dataclass
class I:
    a: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.a *= scale
print(I(3), I(3, 10))
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e:
    print(e)
