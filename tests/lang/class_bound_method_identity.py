# Bound methods: equality, attributes, storing them, calling through them.
class C:
    def m(self, x=1):
        return x * 10
c = C()
f = c.m
g = c.m
print(f(), g(2), f == g, f.__name__, f.__self__ is c)
ms = [C().m for _ in range(3)]
print([h(3) for h in ms])
print(C.m(c, 5), getattr(c, "m")(4))
