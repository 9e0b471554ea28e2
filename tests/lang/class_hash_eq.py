# __hash__ and __eq__ together; __eq__ alone makes instances unhashable.
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and o.k == self.k
    def __hash__(self):
        return hash(self.k)
d = {Key("a"): 1}
d[Key("a")] = 2
print(len(d), d[Key("a")], Key("a") in d, Key("b") in d)
class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__)
class Ident:
    pass
x = Ident()
s = {x: "me"}
print(s[x], hash(x) == hash(x))
