# A class hierarchy of the kind business code has: an abstract base with
# properties and validation, __slots__ classes, dataclasses with ordering
# and frozen values, class methods as alternative constructors, and
# polymorphic dispatch over a mixed inventory.
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from functools import total_ordering


@dataclass(frozen=True, order=True)
class Money:
    cents: int
    currency: str = 'EUR'

    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError(f'cannot add {other.currency} to {self.currency}')
        return Money(self.cents + other.cents, self.currency)

    def __mul__(self, k):
        return Money(round(self.cents * k), self.currency)

    def __str__(self):
        return f'{self.cents // 100}.{self.cents % 100:02d} {self.currency}'


class Item(ABC):
    _next_id = 1

    def __init__(self, name, price):
        self.name = name
        self.price = price
        self.id = Item._next_id
        Item._next_id += 1

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if value.cents < 0:
            raise ValueError(f'negative price for {self.name}')
        self._price = value

    @abstractmethod
    def tax_rate(self):
        ...

    @property
    def gross(self):
        return self.price * (1 + self.tax_rate())

    @classmethod
    def parse(cls, text):
        name, euros = text.split('@')
        return cls(name.strip(), Money(round(float(euros) * 100)))

    def __repr__(self):
        return f'{type(self).__name__}({self.name!r}, {self.price})'


class Food(Item):
    def tax_rate(self):
        return 0.07


class Gadget(Item):
    warranty_years = 2

    def tax_rate(self):
        return 0.19

    @property
    def gross(self):
        return super().gross + Money(500)


class Book(Food):
    def tax_rate(self):
        return 0.0


@total_ordering
class Version:
    __slots__ = ('major', 'minor', 'patch')

    def __init__(self, text):
        self.major, self.minor, self.patch = map(int, text.split('.'))

    def _key(self):
        return self.major, self.minor, self.patch

    def __eq__(self, other):
        return self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return 'v' + '.'.join(map(str, self._key()))


@dataclass
class Order:
    customer: str
    items: list = field(default_factory=list)
    discount: float = 0.0

    def total(self):
        t = Money(0)
        for it in self.items:
            t = t + it.gross
        return t * (1 - self.discount)


inventory = [Food.parse('bread @ 2.49'), Gadget.parse('radio @ 39.90'), Book.parse('novel @ 12.00'),
             Food('tea', Money(350))]
for it in inventory:
    print(it.id, it, it.gross, isinstance(it, Food), it.tax_rate())
order = Order('ada', inventory, 0.1)
print(order.total(), order)
print(sorted([Money(5), Money(3), Money(3, 'USD')]), Money(1) == Money(1), Money(2) < Money(10))
try:
    Item('x', Money(1))
except TypeError as e:
    print('TypeError:', e)
try:
    inventory[0].price = Money(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    Money(1).cents = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Money(1) + Money(1, 'USD')
except ValueError as e:
    print('ValueError:', e)
vs = sorted({Version('1.10.0'), Version('1.2.3'), Version('1.2.10'), Version('0.9.9')})
print(vs, Version('1.2.3') >= Version('1.2.3'), max(vs), Version.__slots__)
try:
    vs[0].label = 'x'
except AttributeError as e:
    print('AttributeError:', e)
print(Gadget.warranty_years, Gadget.__mro__[1].__name__, [c.__name__ for c in Book.__mro__])
print(Money.__dataclass_fields__.keys(), hash(Money(3)) == hash(Money(3)))
