# abc: abstract methods (also under property, classmethod, staticmethod)
# block instantiation with CPython 3.11's message; register() makes
# virtual subclasses; __subclasshook__ answers issubclass.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'


class Named(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def kind():
        ...


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


class Full(Square):
    def perimeter(self):
        return 4 * self.s


for cls in (Shape, Square, Named):
    try:
        cls()
    except TypeError as e:
        print('TypeError:', e)
f = Full(3)
print(f.describe(), f.perimeter(), isinstance(f, Shape), issubclass(Full, Shape))
print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__), Full.__abstractmethods__)
print(sorted(Named.__abstractmethods__), type(Shape), type(ABC), ABCMeta, ABC, Shape.__mro__)


class N(Named):
    @property
    def name(self):
        return 'n'

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def kind():
        return 'k'


print(N.make().name, N.kind())


class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        ...


class Legacy:
    def run(self):
        return 'legacy'


print(issubclass(Legacy, Plugin), isinstance(Legacy(), Plugin))
print(Plugin.register(Legacy) is Legacy)
print(issubclass(Legacy, Plugin), isinstance(Legacy(), Plugin), isinstance(3, Plugin))


@Plugin.register
class Other:
    pass


class SubPlugin(Plugin):
    def run(self):
        return 'sub'


print(isinstance(Other(), Plugin), issubclass(SubPlugin, Plugin), isinstance(SubPlugin(), (int, Plugin)))
Plugin.register(int)
print(isinstance(5, Plugin), issubclass(bool, Plugin), issubclass(str, Plugin))


class Quacks(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Quacks:
            return any('quack' in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Duck:
    def quack(self):
        return 'quack'


print(isinstance(Duck(), Quacks), isinstance(Legacy(), Quacks), issubclass(Duck, (int, Quacks)))


class Base(ABC):
    @abstractmethod
    def go(self):
        return 'base go'


class Impl(Base):
    def go(self):
        return super().go() + ' via impl'


print(Impl().go())
try:
    Plugin.register(3)
except TypeError as e:
    print('TypeError:', e)
