# expect: type=ValueError line=5|6
from dataclasses import dataclass


@dataclass
class P:
    x: list = []
