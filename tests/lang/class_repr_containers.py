# repr of instances inside lists, dicts and tuples uses __repr__.
class T:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "T%d" % self.n
print([T(1), T(2)], {"k": T(3)}, (T(4),), str([T(5)]))
print(sorted([T(3), T(1)], key=lambda t: t.n))
