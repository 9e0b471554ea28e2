# expect: type=ValueError line=5
from dataclasses import dataclass


@dataclass
class P:
    x: list = []
