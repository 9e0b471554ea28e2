# A __del__ that stores self resurrects the object; it is not called again
# when the object dies for good (PEP 442).
import gc

saved = []
calls = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        calls.append(self.name)
        print("del", self.name, "calls", len(calls))
        saved.append(self)


p = Phoenix("refcount")
p = None
print("saved", [x.name for x in saved])
saved.clear()
print("cleared, calls", calls)


class Cyc(Phoenix):
    def __init__(self, name):
        super().__init__(name)
        self.me = self


c = Cyc("cycle")
c = None
gc.collect()
print("saved", [x.name for x in saved], saved[0].me is saved[0])
saved.clear()
gc.collect()
print("calls", calls)
