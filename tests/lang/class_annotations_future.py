# With PEP 563 (from __future__ import annotations) annotations are kept as
# their source text, so a forward reference to an undefined name is fine.
from __future__ import annotations

from typing import Optional, get_type_hints

limit: int = 10


class Node:
    value: int
    next: Optional[Node] = None
    cache: dict[str, list[Undefined]] = {}

    def link(self, other: Node) -> Node:
        self.next = other
        return other


n = Node()
n.value = 1
print(__annotations__, Node.__annotations__, n.link(Node()) is n.next, limit)
