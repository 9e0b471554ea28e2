# A def keeps its parameter and return annotations in __annotations__,
# evaluated when the def runs, in CPython's order ('return' last).
def area(width: float, height: float = 1.0) -> float:
    return width * height


def greet(name: str, *titles: str, loud: bool = False, **extra: int) -> str:
    return name


def plain(a, b=2):
    return a


print(area.__annotations__)
print(greet.__annotations__)
print(plain.__annotations__, (lambda x: x).__annotations__)
print(list(greet.__annotations__), area(2.0, 3.0))
