# User __eq__ used by list.index, list.count, in, and dict keys.
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __eq__(self, o):
        return (self.rank, self.suit) == (o.rank, o.suit)
    def __hash__(self):
        return hash((self.rank, self.suit))
    def __repr__(self):
        return self.rank + self.suit
hand = [Card("A", "s"), Card("K", "h"), Card("A", "s")]
print(hand.count(Card("A", "s")), hand.index(Card("K", "h")), Card("Q", "d") in hand)
print(sorted(dict((c.rank, 1) for c in hand)))
print(len(dict((c, 1) for c in hand)))
