# Subclasses of a class with a metaclass use it; its methods are callable on the class.
class Registry(type):
    classes = []

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)

    def describe(cls):
        return "%s with %d bases" % (cls.__name__, len(cls.__bases__))

    @property
    def kind(cls):
        return "registered"

class Plugin(metaclass=Registry):
    pass

class Audio(Plugin):
    pass

class Video(Plugin):
    pass

class Both(Audio, Video):
    pass

print(Registry.classes, type(Both) is Registry, Both.describe(), Plugin.describe(), Audio.kind)
print(isinstance(Both(), Plugin), hasattr(Both(), "describe"), Both.__mro__[1:3] == (Audio, Video))

class SubRegistry(Registry):
    pass

class Special(Plugin, metaclass=SubRegistry):
    pass

class MoreSpecial(Special):
    pass

print(type(Special).__name__, type(MoreSpecial).__name__, Registry.classes[-2:])
