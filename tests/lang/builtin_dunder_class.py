# obj.__class__ works on every value, not just instances: programs compare
# classes in __eq__ and name a value's type with x.__class__.__name__.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.cents == other.cents


def describe(v):
    return f'{v.__class__.__name__}:{v!r}'


def f():
    pass


values = [1, 2.5, True, None, 'x', [1], (1,), {1: 2}, {1}, frozenset(), range(3),
          10 ** 30, Money(5), Money, f, len, iter([]), (i for i in ())]
print([v.__class__.__name__ for v in values])
print(all(v.__class__ is type(v) for v in values))
print(describe(3), describe('s'), describe([None]))
print(Money(5) == Money(5), Money(5) == 5, Money(5) == 'five', Money.__eq__(Money(1), 'x'))
print((1).__class__(7), 'ab'.__class__('cd'), [].__class__((1, 2)), Money.__class__.__name__)
