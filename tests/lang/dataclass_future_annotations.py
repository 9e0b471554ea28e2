# Under `from __future__ import annotations` a class's annotations stay
# text, and dataclasses still tell ClassVar and InitVar fields apart.
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, InitVar
from typing import ClassVar


class A:
    x: int = 0
    y: list[int]
    z: "ClassVar[int]"
    q: "it's"
    r: 'say "hi"'


print(A.__annotations__)


@dataclass
class P:
    x: int
    tags: list[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    scale: InitVar[int] = 1
    other: dataclasses.InitVar[int] = 0

    def __post_init__(self, scale, other):
        self.x *= scale + other


print(P(2), P(2, ['a'], 3), [f.name for f in dataclasses.fields(P)], P.count)
