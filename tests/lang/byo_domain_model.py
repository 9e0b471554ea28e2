# A typed domain model as modern tutorials write it: dataclasses with
# defaults, factories, ordering, frozen value objects, __post_init__
# validation; enums with auto and methods; typing annotations throughout.
from __future__ import annotations

from dataclasses import dataclass, field, asdict, replace
from enum import Enum, IntEnum, auto
from typing import Optional, List, Dict


class Status(Enum):
    PENDING = auto()
    PAID = auto()
    SHIPPED = auto()
    CANCELLED = auto()

    def can_ship(self) -> bool:
        return self is Status.PAID


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


@dataclass(frozen=True)
class Money:
    cents: int
    currency: str = "EUR"

    def __add__(self, other: Money) -> Money:
        if self.currency != other.currency:
            raise ValueError(f"cannot add {self.currency} and {other.currency}")
        return Money(self.cents + other.cents, self.currency)

    def __str__(self) -> str:
        return f"{self.cents / 100:,.2f} {self.currency}"


@dataclass(order=True)
class Item:
    sku: str
    price: Money = field(compare=False)
    qty: int = 1

    def __post_init__(self):
        if self.qty <= 0:
            raise ValueError(f"qty must be positive, got {self.qty}")

    @property
    def total(self) -> Money:
        return Money(self.price.cents * self.qty, self.price.currency)


@dataclass
class Order:
    order_id: int
    customer: str
    items: List[Item] = field(default_factory=list)
    status: Status = Status.PENDING
    priority: Priority = Priority.NORMAL
    note: Optional[str] = None

    def add(self, item: Item) -> None:
        self.items.append(item)

    def total(self) -> Money:
        result = Money(0)
        for item in self.items:
            result = result + item.total
        return result


order = Order(1, "Ada")
order.add(Item("B-2", Money(1250), 2))
order.add(Item("A-1", Money(99_999)))
print(order)
print("total:", order.total())
print(sorted(order.items)[0].sku, max(order.items).sku)
print(order.status.can_ship(), Status.PAID.can_ship(), order.status.name, order.status.value)
paid = replace(order, status=Status.PAID, priority=Priority.HIGH)
print(paid.status, paid.priority, paid.priority > Priority.LOW, int(paid.priority))
print(asdict(order)["items"][0])
try:
    Item("bad", Money(1), 0)
except ValueError as e:
    print("ValueError:", e)
try:
    Money(1, "EUR") + Money(1, "USD")
except ValueError as e:
    print("ValueError:", e)
m = Money(5)
try:
    m.cents = 6
except Exception as e:
    print(type(e).__name__, e)
print(hash(Money(5)) == hash(Money(5)), Money(5) == Money(5, "EUR"))
print([s.name for s in Status], Status(3), Status["CANCELLED"])
by_status: Dict[Status, int] = {s: 0 for s in Status}
for o in (order, paid):
    by_status[o.status] += 1
print({k.name: v for k, v in by_status.items()})
print(Order.__annotations__["items"], Item.__dataclass_fields__["price"].compare)
