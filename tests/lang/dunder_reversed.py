# reversed() calls __reversed__, or walks __len__ and __getitem__ backwards.
class Deck:
    def __init__(self, cards):
        self.cards = cards
    def __reversed__(self):
        return iter(["custom"] + self.cards[::-1])
class Seq:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(reversed(Deck([1, 2, 3]))))
r = reversed(Seq())
print(type(r).__name__, list(r), list(r))
print(list(reversed(Seq())) == list(Seq())[::-1])
class LenOnly:
    def __len__(self):
        return 1
class ItemOnly:
    def __getitem__(self, i):
        return i
class Nothing:
    pass
for obj in [LenOnly(), ItemOnly(), Nothing()]:
    try:
        reversed(obj)
    except TypeError as e:
        print("TypeError:", e)
class Weird:
    def __reversed__(self):
        return 42
print(reversed(Weird()))
