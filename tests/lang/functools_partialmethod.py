# functools.partialmethod: the docs' Cell, classmethod and staticmethod
# inside, nesting, keywords, repr and the not-callable TypeError
from functools import partialmethod, partial


class Cell:
    def __init__(self):
        self._alive = False

    @property
    def alive(self):
        return self._alive

    def set_state(self, state, *, loud=False):
        self._alive = bool(state)
        return 'SET' if loud else 'set'

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
    shout_alive = partialmethod(set_alive, loud=True)

    @classmethod
    def make(cls, a, b):
        return (cls.__name__, a, b)

    make1 = partialmethod(make, 1)

    @staticmethod
    def add(a, b, c=0):
        return a + b + c

    add10 = partialmethod(add, 10)
    add_kw = partialmethod(add, c=100)
    ext = partialmethod(isinstance, object)


c = Cell()
print(c.alive, c.set_alive(), c.alive, c.set_dead(), c.alive)
print(c.shout_alive(), c.alive)
print(Cell.make1(2), c.make1(3))
print(Cell.add10(5), c.add10(5), c.add_kw(1, 2))
print(c.ext(), Cell.ext(5))
print(Cell.set_alive(c), c.alive)
print(isinstance(Cell.__dict__['set_alive'], partialmethod))
pm = Cell.__dict__['shout_alive']
print(pm.args, pm.keywords, pm.func is Cell.__dict__['set_state'])
print(repr(partialmethod(len, 1, 'x', k=2)))
print(type(c.make1).__name__, c.make1.args)
print(Cell.__dict__['set_alive'].__isabstractmethod__)


class Sub(Cell):
    pass


print(Sub.make1(0))
try:
    partialmethod(5)
except TypeError as e:
    print(e)
