# CPython lists the parameters after '/' before the positional-only ones,
# then *args, the keyword-only ones, **kwargs and 'return'.
def f(a: 1, b: 2, /, c: 3, *d: 4, e: 5, f: 6 = 0, **g: 7) -> 8:
    pass


def h(a: 'x', /, *, k: 'y') -> None:
    pass


def only_return() -> int:
    return 0


def some(a, b: int, c, *, d, e: str):
    pass


print(f.__annotations__)
print(h.__annotations__)
print(only_return.__annotations__, some.__annotations__)
