# len(), for, in and bool() call the overriding special methods.
class Masked(list):
    def __len__(self):
        return 100

    def __iter__(self):
        return iter([x for x in super().__iter__() if x is not None])

    def __contains__(self, x):
        print("contains", x)
        return super().__contains__(x)

m = Masked([1, None, 2])
print(len(m), bool(m), list(m), sorted(m))
for x in m:
    print(x)
print(None in m, 3 in m)
a, b = m
print(a, b, super(Masked, m).__len__())

class Empty(list):
    def __bool__(self):
        return False

print(bool(Empty([1])), "yes" if Empty([1]) else "no", len(Empty([1])))
