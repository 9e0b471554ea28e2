# expect: type=TypeError line=4
class Base:
    pass
class Child(Base, colour="red"):
    pass
