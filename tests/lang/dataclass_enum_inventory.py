# A realistic program: an inventory of dataclass records, orders moving
# through an Enum state machine, a Flag of handling requirements.
from dataclasses import dataclass, field, asdict, replace
from enum import Enum, Flag, IntEnum, auto
from typing import List, Dict, Optional


class Handling(Flag):
    NONE = 0
    FRAGILE = auto()
    COLD = auto()
    HAZARD = auto()


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    URGENT = 3


class State(Enum):
    NEW = 'new'
    PAID = 'paid'
    PACKED = 'packed'
    SHIPPED = 'shipped'
    CANCELLED = 'cancelled'

    @property
    def final(self):
        return self in (State.SHIPPED, State.CANCELLED)


TRANSITIONS = {
    State.NEW: {State.PAID, State.CANCELLED},
    State.PAID: {State.PACKED, State.CANCELLED},
    State.PACKED: {State.SHIPPED},
    State.SHIPPED: set(),
    State.CANCELLED: set(),
}


class TransitionError(Exception):
    pass


@dataclass(frozen=True, order=True)
class Sku:
    code: str
    size: int = 0


@dataclass
class Item:
    sku: Sku
    name: str
    price_cents: int
    stock: int = 0
    handling: Handling = Handling.NONE

    def value(self):
        return self.price_cents * self.stock


@dataclass
class Line:
    sku: Sku
    qty: int


@dataclass
class Order:
    oid: int
    lines: List[Line] = field(default_factory=list)
    state: State = State.NEW
    priority: Priority = Priority.NORMAL
    history: List[State] = field(default_factory=list, repr=False, compare=False)
    note: Optional[str] = None

    def advance(self, new):
        if new not in TRANSITIONS[self.state]:
            raise TransitionError(f'order {self.oid}: {self.state.name} -> {new.name}')
        self.history.append(self.state)
        self.state = new


@dataclass
class Inventory:
    items: Dict[Sku, Item] = field(default_factory=dict)

    def add(self, item):
        self.items[item.sku] = item

    def reserve(self, order):
        missing = [ln for ln in order.lines if self.items[ln.sku].stock < ln.qty]
        if missing:
            return missing
        for ln in order.lines:
            it = self.items[ln.sku]
            self.items[ln.sku] = replace(it, stock=it.stock - ln.qty)
        return []

    def total_value(self):
        return sum(it.value() for it in self.items.values())

    def handling_for(self, order):
        h = Handling.NONE
        for ln in order.lines:
            h |= self.items[ln.sku].handling
        return h


inv = Inventory()
inv.add(Item(Sku('A1'), 'glass vase', 2599, 10, Handling.FRAGILE))
inv.add(Item(Sku('B2', 3), 'ice cream', 499, 40, Handling.COLD))
inv.add(Item(Sku('C3'), 'bleach', 350, 5, Handling.HAZARD | Handling.FRAGILE))
inv.add(Item(Sku('D4'), 'socks', 899, 100))
print('value', inv.total_value(), sorted(inv.items)[0], Sku('A1') in inv.items)

orders = [
    Order(1, [Line(Sku('A1'), 2), Line(Sku('B2', 3), 5)], priority=Priority.URGENT),
    Order(2, [Line(Sku('C3'), 9)]),
    Order(3, [Line(Sku('D4'), 3), Line(Sku('C3'), 1)], priority=Priority.LOW),
    Order(4, [Line(Sku('D4'), 1)], note='gift'),
]
for o in sorted(orders, key=lambda o: -o.priority):
    missing = inv.reserve(o)
    if missing:
        o.advance(State.CANCELLED)
        print(o.oid, 'cancelled, short of', [ln.sku.code for ln in missing])
        continue
    o.advance(State.PAID)
    h = inv.handling_for(o)
    o.advance(State.PACKED)
    if o.priority >= Priority.NORMAL:
        o.advance(State.SHIPPED)
    print(o.oid, o.state, repr(h), [x.name for x in h], Handling.FRAGILE in h, str(o.priority))

for o in orders:
    try:
        o.advance(State.SHIPPED)
    except TransitionError as e:
        print('refused:', e)
print([o.state.value for o in orders], [o.state.final for o in orders])
print(orders[3])
print(asdict(orders[0]))
print('value', inv.total_value(), inv.items[Sku('A1')])
counts = {}
for o in orders:
    counts[o.state] = counts.get(o.state, 0) + 1
print(counts, [s for s in State if s not in counts])
print(Order(9) == Order(9, history=[State.NEW]), Order(9) == Order(9, note='x'))
