# round() calls __round__ with no argument, or with ndigits when given.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __round__(self, ndigits=None):
        if ndigits is None:
            return ("whole", self.cents // 100)
        return ("digits", ndigits, round(self.cents / 100, ndigits))
    def __repr__(self):
        return "Money(%d)" % self.cents
m = Money(12345)
print(round(m))
print(round(m, 1))
print(round(m, None))
print(round(m, ndigits=0))
class NoRound:
    pass
for args in [(NoRound(),), (NoRound(), 2)]:
    try:
        round(*args)
    except TypeError as e:
        print("TypeError:", e)
