# Exceptions raised inside operator methods reach the caller's handler, with
# finally blocks run on the way and the operands released.
class D:
    def __init__(self, x):
        self.x = x

    def __truediv__(self, o):
        return D(self.x / o.x)

    def __add__(self, o):
        if o.x < 0:
            raise ValueError("negative %d" % o.x)
        return D(self.x + o.x)

    def __iadd__(self, o):
        try:
            return self + o
        finally:
            print("finally in __iadd__")


def use(a, b):
    try:
        return (a + b).x
    except ValueError as e:
        return "caught: %s" % e


print(use(D(1), D(2)), use(D(1), D(-2)))
try:
    D(1) / D(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
d = D(5)
try:
    d += D(-1)
except ValueError as e:
    print("ValueError:", e, d.x)
d += D(1)
print(d.x)


class Deep:
    def __add__(self, o):
        return self + o


try:
    Deep() + Deep()
except RecursionError:
    print("RecursionError")
print([use(D(i), D(i - 5)) for i in range(8)])


# An exception inside a nested operator method, several frames down.
class Tree:
    def __init__(self, depth):
        self.depth = depth

    def __mul__(self, k):
        if self.depth == 0:
            raise KeyError(k)
        return Tree(self.depth - 1) * (k + 1)


def outer():
    try:
        Tree(20) * 0
    except KeyError as e:
        return "KeyError %s" % e


print(outer())
