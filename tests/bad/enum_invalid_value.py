# expect: type=ValueError line=9
from enum import Enum


class Color(Enum):
    RED = 1


Color(5)
