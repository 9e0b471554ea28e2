# A class body records its annotations in __annotations__, in definition
# order, the value only where given; string and ClassVar annotations too.
from typing import ClassVar


class A:
    "doc"
    x: int = 0
    y: int
    z: "ClassVar[int]" = 3
    if True:
        q: list
    for i in range(1):
        r: float = 1.5

    def f(self):
        a: int = 3
        b: str
        return a


print(A.__annotations__)
print(A.x, A.z, A.r, A().f(), hasattr(A, 'y'), '__annotations__' in A.__dict__)


def make():
    T = float

    class B:
        v: T = 1
        w: "T"

    return B


print(make().__annotations__)


class C:
    pass


class D(A):
    extra: set


print('__annotations__' in C.__dict__, D.__annotations__)
