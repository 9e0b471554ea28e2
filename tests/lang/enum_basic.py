# enum: Flag, IntFlag, IntEnum, StrEnum, Enum str/repr/format, errors.
from enum import Enum, IntEnum, Flag, IntFlag, auto, StrEnum, unique
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
c = Color.RED | Color.BLUE
print(repr(c), str(c), c.name, c.value, list(c), repr(Color(0)), str(Color(0)), bool(Color(0)))
print(list(Color), len(Color), Color.RED in c, repr(~Color.RED), repr(Color.WHITE), list(Color.WHITE))
print(f"{c}", format(Color.RED), repr(Color(7)), repr(Color(3)))
class P(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(P.R | P.W), str(P.R | P.W), P.R | 8, repr(P.R | 8), repr(P(0)), repr(~P.R), P.R + 1, format(P.R))
class N(IntEnum):
    ONE = 1
    TWO = 2
print(str(N.ONE), repr(N.ONE), f"{N.ONE}", N.ONE + 1, N.ONE == 1, format(N.ONE, '03d'))
class S(StrEnum):
    A = auto()
    B = 'bee'
print(str(S.A), repr(S.A), S.A == 'a', S.B.upper(), f"{S.B}")
class E(Enum):
    A = 1
    B = 'x'
print(str(E.A), f"{E.A}", format(E.B), repr(E.B), E.A.__class__, type(E), repr(E))
try:
    1 in E
except TypeError as e: print(e)
try:
    class F(E):
        C = 3
except TypeError as e: print(e)
try:
    E.A = 3
except AttributeError as e: print(e)
try:
    del E.A
except AttributeError as e: print(e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
try:
    class D(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
print(E.__members__)
try: E(5)
except ValueError as e: print(e)
try: E['Z']
except KeyError as e: print(repr(e))
print(hash(E.A) == hash('A'), E.A._name_, E.A._value_)
try: E.A.value = 3
except AttributeError as e: print(e)
