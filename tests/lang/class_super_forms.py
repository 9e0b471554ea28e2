# super() with and without arguments, in methods and classmethods.
class Base:
    def who(self):
        return "Base"
    @classmethod
    def make(cls):
        return "make " + cls.__name__
class Mid(Base):
    def who(self):
        return "Mid>" + super(Mid, self).who()
    @classmethod
    def make(cls):
        return "Mid " + super().make()
class Leaf(Mid):
    def who(self):
        return "Leaf>" + super().who()
print(Leaf().who(), Leaf.make(), super(Mid, Leaf()).who())
