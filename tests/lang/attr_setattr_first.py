# __setattr__ is called before descriptors: a property assignment goes
# through it, and object.__setattr__ then runs the property's setter.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        print("setter", v)
        object.__setattr__(self, "_c", v)
    def __setattr__(self, name, v):
        print("setattr", name, v)
        super().__setattr__(name, v)
t = Temp()
t.c = 5
print(t.c)
t.other = 1
print(sorted(vars(t)))
