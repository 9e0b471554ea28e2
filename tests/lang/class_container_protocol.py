# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __bool__.
class Bag:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        self.d[k] = v
    def __getitem__(self, k):
        return self.d[k]
    def __delitem__(self, k):
        del self.d[k]
    def __len__(self):
        return len(self.d)
    def __contains__(self, k):
        return k in self.d
    def __iter__(self):
        return iter(sorted(self.d))
b = Bag()
b["x"] = 1
b["a"] = 2
print(len(b), b["x"], "a" in b, "z" in b, list(b), bool(b))
del b["x"]
print(len(b), list(b))
try:
    b["missing"]
except KeyError as e:
    print("KeyError", e)
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), not Empty())
class Truthy:
    def __bool__(self):
        return False
print(bool(Truthy()), "yes" if Truthy() else "no")
