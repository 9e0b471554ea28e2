# __init__ of a dict subclass with super().__init__ and keyword arguments.
class Config(dict):
    def __init__(self, name, *args, **kw):
        super().__init__(*args, **kw)
        self.name = name

    def __repr__(self):
        return "Config(%s, %s)" % (self.name, dict.__repr__(self))

c = Config("db", {"host": "x"}, port=5)
print(c, c.name, c["port"], sorted(c), len(c))
print(dict(c), dict(**c) == dict(c), list(c.items()))

def f(host, port):
    return host + str(port)

print(f(**c))

class Counts(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
        return self

print(Counts().add("a").add("b").add("a"))
d = Counts([("x", 1)])
d.update({"y": 2})
print(d, d == {"x": 1, "y": 2}, {"x": 1, "y": 2} == d)
