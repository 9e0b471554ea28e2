# Context managers from classes: __enter__/__exit__, suppression, re-raise.
class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with Managed("a") as v:
    print("body", v)
with Managed("b", suppress=True):
    raise ValueError("swallowed")
try:
    with Managed("c"):
        raise KeyError("kept")
except KeyError as e:
    print("caught", e)
with Managed("outer"), Managed("inner") as i:
    print("both", i)
class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
