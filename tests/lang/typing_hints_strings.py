# typing.get_type_hints evaluates string annotations (forward references)
# in the function's module globals, also inside subscripted aliases.
from typing import Dict, List, Optional, get_type_hints


def first(items: 'List[Item]', default: 'Optional[Item]' = None) -> 'Item':
    return items[0] if items else default


def table(rows: Dict[str, 'Item'], n: 'int') -> None:
    pass


class Item:
    def __init__(self, name: str) -> None:
        self.name = name

    def clone(self) -> 'Item':
        return Item(self.name)


print(get_type_hints(first))
print(get_type_hints(table))
print(get_type_hints(Item.clone), get_type_hints(Item.__init__))
print(get_type_hints(lambda: 0), first.__annotations__['items'])
