# __getattribute__ in a hot loop and a class gaining it later: attribute
# caches must not hide it.
class P:
    def __init__(self):
        self.v = 1
    def m(self):
        return self.v
p = P()
total = 0
for i in range(1000):
    total += p.v + p.m()
print(total)
def ga(self, name):
    if name == "v":
        return 10
    return object.__getattribute__(self, name)
P.__getattribute__ = ga
total = 0
for i in range(1000):
    total += p.v + p.m()
print(total)
del P.__getattribute__
print(p.v, p.m())
