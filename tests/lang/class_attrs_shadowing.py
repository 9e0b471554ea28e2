# Instance attributes shadow class attributes; methods can be replaced.
class C:
    x = "class"
    def m(self):
        return "method"
c = C()
print(c.x, c.m())
c.x = "inst"
c.m = lambda: "instance function"
print(c.x, c.m(), C.x, C().m())
del c.m
print(c.m())
C.m = lambda self: "patched"
print(c.m(), C().m())
C.y = [1]
print(c.y, hasattr(C, "y"))
del C.y
print(hasattr(c, "y"))
