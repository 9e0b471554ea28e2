"""A docstring, then future imports: the only place they may stand."""
from __future__ import annotations
from __future__ import division, generator_stop


def f(x: "int") -> "int":
    return x // 2


print(f(7), f(9))
