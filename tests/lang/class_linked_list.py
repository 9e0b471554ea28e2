# A linked list class with __iter__, __len__, __repr__ (no cycles).
class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.n = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.n += 1
    def __iter__(self):
        node = self.head
        while node:
            yield node.v
            node = node.nxt
    def __len__(self):
        return self.n
    def __repr__(self):
        return "LinkedList(%r)" % list(self)
l = LinkedList([1, 2, 3])
l.push(0)
print(l, len(l), sum(l), 2 in l)
