# A dataclass's generated __init__ is annotated with the field types and
# '-> None', as CPython's, so get_type_hints and wrappers can read it.
import dataclasses
from typing import ClassVar, List, Optional, get_type_hints


@dataclasses.dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = dataclasses.field(default_factory=list)
    count: ClassVar[int] = 0


@dataclasses.dataclass(kw_only=True)
class Order:
    item: Item
    note: Optional[str] = None
    scale: dataclasses.InitVar[int] = 1

    def __post_init__(self, scale):
        self.item.price *= scale


print(Item.__init__.__annotations__)
print(Order.__init__.__annotations__)
print(get_type_hints(Item.__init__))
print(Order(item=Item('pen', 2.0), scale=3))
