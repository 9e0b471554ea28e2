# The Ellipsis literal: stub bodies, default values, its repr, identity,
# type and hash, in displays and f-strings, and CPython's errors for it.


class P:
    def f(self) -> int: ...

    def g(self):
        ...


def stub(a, b=...):
    ...


x = ...
print(x, repr(...), str(...), ... is Ellipsis, x is ..., type(...), type(...).__name__)
print(stub(1), P.f(None), bool(...), ... == ..., ... != Ellipsis, hash(...) == hash(Ellipsis))
print([..., 1], (..., ...), {...: 1}, {...}, f"{...}", f"{...!r:>10}")
print(isinstance(..., type(Ellipsis)), Ellipsis.__class__.__name__, stub(1, b=...))
d = {...: "e"}
print(d[...], ... in [1, ...], [1, 2, 3].index(3) if ... else 0)
try:
    lst = [1, 2]
    lst[...]
except TypeError as e:
    print(e)
try:
    ... + 1
except TypeError as e:
    print(e)
try:
    type(...)()
except TypeError as e:
    print(type(e).__name__)
