# Private names in a class body's annotations are mangled as CPython
# mangles them: __x becomes _C__x in __annotations__ (not __x__, and
# leading underscores of the class name are dropped).
class C:
    __x: int
    __y: "str" = "a"
    __dunder__: float
    _single: bool


class _Under:
    __z: int


class ___:
    __w: int


class Outer:
    class Inner:
        __v: list
    __u: dict


print(C.__annotations__)
print(_Under.__annotations__, ___.__annotations__)
print(Outer.__annotations__, Outer.Inner.__annotations__)
__m: int
print(__annotations__)
