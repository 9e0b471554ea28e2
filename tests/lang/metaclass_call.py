# A metaclass __call__ controls instance creation (singletons, counting).
_instances = {}  # module-level: gilpy does not collect cycles through classes


class Singleton(type):
    def __call__(cls, *args, **kw):
        if cls not in _instances:
            _instances[cls] = super().__call__(*args, **kw)
        return _instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, name="default"):
        print("init", name)
        self.name = name

a = Config("first")
b = Config("second")
print(a is b, a.name, b.name)

class Counting(type):
    def __call__(cls, *args):
        cls.count = getattr(cls, "count", 0) + 1
        obj = type.__call__(cls, *args)
        obj.serial = cls.count
        return obj

class Widget(metaclass=Counting):
    def __init__(self, label):
        self.label = label

ws = [Widget("a"), Widget("b"), Widget("c")]
print([(w.label, w.serial) for w in ws], Widget.count)
