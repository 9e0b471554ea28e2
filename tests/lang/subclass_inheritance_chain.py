# Chains of built-in subclasses, mixins and super() through them.
class Base(list):
    def __init__(self, *items):
        super().__init__(items)

    def total(self):
        return sum(self)

class Middle(Base):
    def append(self, x):
        super().append(x * 10)

class Top(Middle):
    def append(self, x):
        print("top", x)
        super().append(x + 1)

t = Top(1, 2)
t.append(3)
print(t, t.total(), Top.__mro__ == (Top, Middle, Base, list, object), isinstance(t, Base))

class ReprMixin:
    def __repr__(self):
        return type(self).__name__ + ":" + ",".join(map(str, self))

class Items(ReprMixin, list):
    pass

i = Items([1, 2, 3])
print(i, repr(i), len(i), Items.__base__ is list, Items.__bases__ == (ReprMixin, list))

class Stack(list):
    push = list.append

    def peek(self):
        return self[-1]

s = Stack()
s.push(1)
s.push(2)
print(s, s.peek(), s.pop(), s)
