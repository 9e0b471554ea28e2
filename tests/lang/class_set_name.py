# __set_name__ tells a descriptor its owner and attribute name at class
# creation; an error there is wrapped in a RuntimeError.
class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value)
class Record:
    title = Field()
    year = Field()
r = Record()
r.title = "Dune"
print(r.title, r.year, Record.year.name, Record.year.owner)
class Late:
    pass
Late.extra = Field()  # no __set_name__ for attributes added later
print(hasattr(Late.extra, "name"))
class Angry:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)
try:
    class Holder:
        bad = Angry()
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))
