# expect: type=TypeError line=7
from enum import Enum


class Color(Enum):
    RED = 1
    RED = 2
