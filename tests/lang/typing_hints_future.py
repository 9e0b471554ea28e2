# With PEP 563 every annotation is a string; get_type_hints turns them
# back into objects, in module and class order.
from __future__ import annotations

import dataclasses
from typing import Optional, get_type_hints


@dataclasses.dataclass
class Node:
    value: int
    next: Optional[Node] = None

    def walk(self, limit: int = 10) -> list[int]:
        out, n = [], self
        while n is not None and len(out) < limit:
            out.append(n.value)
            n = n.next
        return out


def build(*values: int) -> Node | None:
    head = None
    for v in reversed(values):
        head = Node(v, head)
    return head


print(Node.__annotations__)
print(get_type_hints(Node))
print(get_type_hints(Node.walk), get_type_hints(build))
print(build(1, 2, 3).walk())
