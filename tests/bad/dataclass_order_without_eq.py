# expect: type=ValueError line=5
from dataclasses import dataclass


@dataclass(order=True, eq=False)
class P:
    x: int
