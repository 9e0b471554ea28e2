# Rich comparisons: reflection, NotImplemented, sorting user objects.
class Ver:
    def __init__(self, s):
        self.t = tuple(int(x) for x in s.split("."))
    def __repr__(self):
        return "Ver(%s)" % ".".join(map(str, self.t))
    def __eq__(self, o):
        return isinstance(o, Ver) and self.t == o.t
    def __lt__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.t < o.t
    def __le__(self, o):
        return self == o or self < o
vs = [Ver("1.10"), Ver("1.2"), Ver("0.9")]
print(sorted(vs), max(vs), min(vs))
print(Ver("1.0") == Ver("1.0"), Ver("1.0") != Ver("1.0"), Ver("1") > Ver("0"))
print(Ver("1") >= Ver("2"), Ver("1") == 1, Ver("2") in vs, vs.index(Ver("1.2")))
try:
    Ver("1") < 3
except TypeError as e:
    print(e)
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b)
try:
    a < b
except TypeError as e:
    print(e)
