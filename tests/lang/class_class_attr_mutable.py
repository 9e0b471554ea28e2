# A mutable class attribute is shared by all instances.
class Bag:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = Bag(), Bag()
a.add(1)
b.add(2)
print(a.items, b.items, Bag.items, a.items is b.items)
class Fixed:
    def __init__(self):
        self.items = []
c, d = Fixed(), Fixed()
c.items.append(1)
print(c.items, d.items)
