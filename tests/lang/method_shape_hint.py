# Method call sites on instances holding many attributes inline: the
# shape's hash bits then rule few names out, and a site compares the shape's
# names once, remembering how many it compared. A name the shape gains later
# (an instance storing an attribute of a method's name) must still shadow
# the method on that instance and on no other. A module's function called
# as a method, and a built-in type's method, through the same kind of site.
import math


class Wide:
    def __init__(self, k):
        self.a0 = 0 * k
        self.a1 = 1 * k
        self.a2 = 2 * k
        self.a3 = 3 * k
        self.a4 = 4 * k
        self.a5 = 5 * k
        self.a6 = 6 * k
        self.a7 = 7 * k
        self.a8 = 8 * k
        self.a9 = 9 * k
        self.a10 = 10 * k
        self.a11 = 11 * k
        self.a12 = 12 * k
        self.a13 = 13 * k
        self.a14 = 14 * k
        self.a15 = 15 * k
        self.a16 = 16 * k
        self.a17 = 17 * k
        self.a18 = 18 * k
        self.a19 = 19 * k
        self.a20 = 20 * k
        self.a21 = 21 * k
        self.a22 = 22 * k
        self.a23 = 23 * k
        self.a24 = 24 * k
        self.a25 = 25 * k
        self.a26 = 26 * k
        self.a27 = 27 * k
        self.a28 = 28 * k

    def total(self):
        return self.a0 + self.a1 + self.a2 + self.a3 + self.a4 + self.a5 + self.a6 + self.a7 + self.a8 + self.a9 + self.a10 + self.a11 + self.a12 + self.a13 + self.a14 + self.a15 + self.a16 + self.a17 + self.a18 + self.a19 + self.a20 + self.a21 + self.a22 + self.a23 + self.a24 + self.a25 + self.a26 + self.a27 + self.a28

    def run(self):
        return "run"

    def go(self):
        return "go"

    def step(self):
        return "step"

    def act(self):
        return "act"

    def tick(self):
        return "tick"

    def spin(self):
        return "spin"

    def walk(self):
        return "walk"

    def jump(self):
        return "jump"


def call_all(objs):
    return [(o.run(), o.go(), o.step(), o.act(), o.tick(), o.spin(), o.walk(), o.jump()) for o in objs]


objs = [Wide(k) for k in range(3)]
for row in call_all(objs):
    print(row)
print(objs[0].total(), objs[2].total())


class Grow:
    def __init__(self):
        self.a = 1
        self.b = 2

    def run(self):
        return "method"


def runs(objs):
    return [o.run() for o in objs]


g1 = Grow()
print(runs([g1, g1, g1]))
g1.run = lambda: "own"
print(runs([g1, g1]))
g2 = Grow()
print(runs([g2, g1, g2]))
g2.run = lambda: "own 2"
print(runs([g1, g2, Grow()]))
del g1.run
print(runs([g1, g2]))

total = 0.0
for i in range(50):
    total += math.sqrt(i)
print(round(total, 6), math.floor(total))
xs = [3, 1, 2]
for i in range(3):
    xs.append(i)
print(xs)
