# __getitem__/__setitem__/__delitem__ overrides on a list subclass.
class OneBased(list):
    def __getitem__(self, i):
        return super().__getitem__(i - 1)

    def __setitem__(self, i, v):
        super().__setitem__(i - 1, v)

    def __delitem__(self, i):
        print("del", i)
        super().__delitem__(i - 1)

o = OneBased([10, 20, 30])
print(o[1], o[3])
o[2] = 99
print(o)
del o[1]
print(o, list(o))
# iteration uses the list itself, not the overridden __getitem__ (as CPython)
for x in o:
    print("it", x)
print(sum(o), max(o), 99 in o)
