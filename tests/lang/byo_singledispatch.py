# Generic functions with functools.singledispatch: a pretty-printer that
# dispatches on the argument's type (registration by decorator argument, by
# annotation, stacked, for an ABC and along the MRO), dispatch() and
# registry, and singledispatchmethod in a class.
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import singledispatch, singledispatchmethod


@singledispatch
def render(obj, indent=0):
    return " " * indent + f"<{type(obj).__name__}>"


@render.register(int)
@render.register(float)
def _(obj, indent=0):
    return " " * indent + f"{obj:,}"


@render.register
def _(obj: str, indent=0):
    return " " * indent + repr(obj)


@render.register(Sequence)
def _(obj, indent=0):
    inner = "\n".join(render(x, indent + 2) for x in obj)
    return " " * indent + "[\n" + inner + "\n" + " " * indent + "]"


@render.register(Mapping)
def _(obj, indent=0):
    lines = [" " * (indent + 2) + f"{k}: {render(v).strip()}" for k, v in obj.items()]
    return " " * indent + "{\n" + "\n".join(lines) + "\n" + " " * indent + "}"


@render.register(bool)
def _(obj, indent=0):
    return " " * indent + ("yes" if obj else "no")


@dataclass
class Point:
    x: int
    y: int


print(render(1234567))
print(render(2.5))
print(render("hi"))
print(render(True))
print(render([1, "two", [3.0]]))
print(render({"a": 1, "b": "x"}))
print(render(Point(1, 2)))
print(render(None))
print(render.dispatch(bool) is not render.dispatch(int), render.dispatch(tuple) is render.dispatch(list))
print(sorted(t.__name__ for t in render.registry), render.__name__)
try:
    render()
except TypeError as e:
    print("TypeError:", e)


class Area:
    @singledispatchmethod
    def of(self, shape):
        raise NotImplementedError(f"no area for {type(shape).__name__}")

    @of.register
    def _(self, shape: Point):
        return 0

    @of.register(tuple)
    def _(self, shape):
        w, h = shape
        return w * h


a = Area()
print(a.of(Point(3, 4)), a.of((3, 4)))
try:
    a.of("square")
except NotImplementedError as e:
    print("NotImplementedError:", e)
