# expect: type=TypeError line=5
class Base:
    def __init_subclass__(cls, size):
        cls.size = size
class Child(Base, colour="red"):
    pass
