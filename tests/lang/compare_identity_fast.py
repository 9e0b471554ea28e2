# `is` and `is not` run inline in COMPARE_OP and the fused compare-and-jump:
# as values and as conditions, on None, bools, instances, and with an
# operand whose last reference the comparison drops.
class Node:
    def __init__(self, nxt):
        self.next = nxt

    def __del__(self):
        print("del", id(self) == id(self))


def chain(n):
    head = None
    for _ in range(n):
        head = Node(head)
    return head


def length(head):
    n = 0
    while head is not None:
        n += 1
        head = head.next
    return n


def values():
    a, b, n = Node(None), Node(None), None
    t, f = True, False
    return [a is a, a is b, a is not b, n is None, n is not None, a is None,
            t is True, f is not False, (1 < 2) is True, [] is [], b.next is None]


def conditions(x):
    out = []
    if x is None:
        out.append("none")
    if x is not None:
        out.append("some")
    if x is True:
        out.append("true")
    if not (x is False):
        out.append("not false")
    return out


class Eq:
    def __eq__(self, other):
        print("__eq__ called")
        return True


print(length(chain(5)), length(None))
print(values())
for x in (None, True, False, 0, Eq()):
    print(conditions(x))
e = Eq()
print(e is e, e is not e, e == 1)
# The comparison holds the only reference: the object dies right after.
print(Node(None) is None)
print(Node(None) is not None)
