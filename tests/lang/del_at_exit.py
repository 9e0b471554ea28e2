# At exit the module's objects are finalized in the order they were made,
# with the globals still set; suspended generators run their finally blocks.
class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n, "global", LABEL)


def gen(tag):
    try:
        yield 1
    finally:
        print("finally", tag)


LABEL = "set"
a = A(1)
b = A(2)
_c = A(3)
g = gen("module")
next(g)
d = A(4)
stash = [A(5)]
print("end of program")
