# Under PEP 563 a def's annotations are kept as their source text and never
# evaluated, so they may name classes defined later.
from __future__ import annotations


def link(a: Node, b: 'Node' = None, *rest: list[Node], **kw: dict[str, int]) -> Node | None:
    return None


class Node:
    def follow(self, other: Node) -> Node:
        return other


print(link.__annotations__)
print(Node.follow.__annotations__)
print(link(Node()) is None)
