# Cyclic garbage with __del__: gc.collect() calls every finalizer once,
# before anything is cleared (each sees its attributes intact).
import gc

gc.disable()


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
        self.data = [name] * 2

    def __del__(self):
        other = self.other.name if self.other is not None else None
        print("del", self.name, "other", other, "data", self.data)


a = Node("a")
b = Node("b")
a.other = b
b.other = a
a = b = None
print("before collect")
gc.collect()
print("after collect")

s = Node("self")
s.other = s
s = None
gc.collect()
print("self cycle gone")


def gen(tag):
    try:
        yield 1
    finally:
        print("finally", tag)


class Holder:
    def __init__(self):
        self.me = self
        self.g = gen("held")
        next(self.g)

    def __del__(self):
        print("holder del")


h = Holder()
h = None
gc.collect()
print("done")
