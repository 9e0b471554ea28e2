# enum: members with __init__, methods, _missing_, aliases, auto,
# the functional API, _ignore_, Flag operations and its STRICT error.
from enum import Enum, IntEnum, auto, unique, Flag, EnumMeta, EnumType


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3))
print(Planet((3.303e+23, 2.4397e6)))


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return '%s is %d' % (self.name, self.value)

    @classmethod
    def favorite(cls):
        return cls.GREEN

    @staticmethod
    def helper(x):
        return x * 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(list(Color), len(Color), Color.CRIMSON, Color.CRIMSON is Color.RED)
print(list(Color.__members__), Color['CRIMSON'])
print(Color.RED.describe(), Color.favorite(), Color.helper(4), Color('green'))
print(Color(2) is Color.GREEN, Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
d = {Color.RED: 'r', Color.GREEN: 'g'}
print(d[Color.CRIMSON], Color.BLUE in d, sorted(d, key=lambda c: c.value, reverse=True))
print(isinstance(Color.RED, Color), type(Color.RED), type(Color) is EnumMeta, EnumMeta is EnumType)
print([c.name for c in reversed(Color)], Color.RED in Color)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print('TypeError:', e)
try:
    Color(9)
except ValueError as e:
    print('ValueError:', e)
print(getattr(Color, 'RED'), hasattr(Color, 'PINK'))


class Ordinal(IntEnum):
    FIRST = auto()
    SECOND = auto()
    THIRD = 10
    FOURTH = auto()


print(list(Ordinal), sorted([Ordinal.THIRD, Ordinal.FIRST, 2]), Ordinal.SECOND * 3)
print(Ordinal(10), Ordinal.FIRST < Ordinal.SECOND, [1, 2, 3][Ordinal.FIRST], max(Ordinal))


class Name(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title()
    NORTH = auto()
    SOUTH = auto()


print(Name.NORTH.value, list(Name))
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3))
Shape = Enum('Shape', [('SQUARE', 4), ('TRIANGLE', 3)])
print(Shape.SQUARE, Shape(3))


class Mood(Enum):
    HAPPY = auto()
    SAD = auto()
    _ignore_ = 'tmp'
    tmp = 5

    def __str__(self):
        return self.name.lower()


print(str(Mood.HAPPY), f'{Mood.SAD}', repr(Mood.SAD), hasattr(Mood, 'tmp'))
print(unique(Mood) is Mood)


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, list(rw), len(rw), bool(rw & Perm.X), rw ^ Perm.R)
print(Perm(6), Perm.RWX & ~Perm.W, [p.name for p in Perm], Perm.RWX.value)
try:
    Perm(8)
except ValueError as e:
    print('ValueError:', e)
