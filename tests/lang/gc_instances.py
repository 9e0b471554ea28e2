# Reference cycles through instances, classes and bound methods are
# collected. The counts differ between interpreters (gilpy's instances made
# under gil=none have a dict object each), so only lower bounds are
# printed; each bound fails if the cycles leak.
import gc
import threading

N = 10**5


class Node:
    def __init__(self, i):
        self.i = i


# an instance referring to itself, then two referring to each other
a = Node(1)
a.me = a
b, c = Node(2), Node(3)
b.other, c.other = c, b
del a, b, c
print(gc.collect() >= 3)

# a bound method stored in its own instance
m = Node(4)
m.bound = m.__init__
del m
print(gc.collect() >= 2)

# classes referring to themselves through class attributes
class Registry:
    instances = []

    def __init__(self):
        Registry.instances.append(self)


Registry()
Registry()
print(len(Registry.instances))


class SelfRef:
    pass


SelfRef.self_ref = SelfRef
del Registry, SelfRef
print(gc.collect() >= 4)

# a class made in a loop, each with an instance cached on it
for i in range(100):
    class Cached:
        inst = None

    Cached.inst = Cached()
    Cached.inst.n = i
del Cached
print(gc.collect() >= 100)

# a subclass reachable from its base, and an exception subclass instance
# holding itself
class Base:
    pass


class Derived(Base):
    pass


Base.sub = Derived
del Base, Derived


class MyError(Exception):
    pass


err = MyError("boom")
err.me = err
del err
print(gc.collect() >= 3)

# __slots__ instances and property/staticmethod/classmethod objects
class Slotted:
    __slots__ = ("peer",)


s1, s2 = Slotted(), Slotted()
s1.peer, s2.peer = s2, s1
del s1, s2


class WithDescriptors:
    @property
    def prop(self):
        return WithDescriptors

    @staticmethod
    def st():
        return WithDescriptors

    @classmethod
    def cm(cls):
        return cls


print(WithDescriptors().prop is WithDescriptors.cm())
del WithDescriptors
print(gc.collect() >= 3)

# an instance holding a Thread (never started) whose target is one of its
# own methods


class Worker:
    def __init__(self):
        self.thread = threading.Thread(target=self.run)

    def run(self):
        pass


for i in range(100):
    Worker()
print(gc.collect() >= 100)

# many self-referencing instances: with gc disabled they wait for
# gc.collect(), which finds every one; enabled, they never pile up
gc.disable()
for i in range(N):
    x = Node(i)
    x.me = x
del x
print(gc.collect() >= N)
gc.enable()
for i in range(N):
    x = Node(i)
    x.me = x
del x
print(gc.collect() < N // 10)
print(gc.collect() >= 0)
