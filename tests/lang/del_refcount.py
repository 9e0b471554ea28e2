# __del__ runs when the last reference goes: rebinding, `del`, a local at
# return, a container emptied; inherited from a base; once per object.
log = []


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)
        print("del", self.name)


class Child(Res):
    pass


class Grand(Child):
    def __del__(self):
        print("grand first", self.name)
        super().__del__()


r = Res("a")
print("rebind")
r = Res("b")
print("del statement")
del r
print("after del")


def scope():
    x = Child("local")
    print("in scope", x.name)


scope()
print("after scope")
items = [Res("i%d" % i) for i in range(3)]
items.clear()
print("after clear")
d = {"k": Grand("g")}
d["k"] = None
print("after store")
pair = (Res("t1"), Res("t2"))
pair = None
print("log", log)


class NoDel:
    pass


n = NoDel()
n = None


class Later:
    pass


obj = Later()
Later.__del__ = lambda self: print("del set after the class")
obj = None
print("done")
