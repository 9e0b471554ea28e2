# An int subclass with its own __repr__ and __str__, as enum-like flags.
class Flag(int):
    names = {1: "READ", 2: "WRITE", 4: "EXEC"}

    def __repr__(self):
        return "<Flag %s>" % Flag.names.get(int(self), int(self))

    def __or__(self, other):
        return Flag(int(self) | int(other))

R, W = Flag(1), Flag(2)
print(R, repr(W), R | W, [R, W], str(R), R + W, type(R + W).__name__, R == 1)
print(sorted([W, R]), max(R, W), R & 3, type(R & 3).__name__)

class Level(int):
    def __str__(self):
        return "level-" + int.__repr__(self)

print(Level(3), repr(Level(3)), [Level(3)], "%s" % Level(2), f"{Level(5)}")
