# Class attributes shared by instances; a class-level counter of instances.
class Item:
    created = 0
    def __init__(self, name):
        Item.created += 1
        self.id = Item.created
        self.name = name
    def __repr__(self):
        return "Item(%d, %r)" % (self.id, self.name)
items = [Item(n) for n in "abc"]
print(items, Item.created, items[0].created)
