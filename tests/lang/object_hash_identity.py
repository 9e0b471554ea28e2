# object's special methods are single objects: inherited ones are object's
class C:
    pass
class D(C):
    def __hash__(self):
        return 7
class E:
    def __eq__(self, other):
        return True
print(C.__hash__ is object.__hash__, D.__hash__ is object.__hash__, E.__hash__)
print(C.__init__ is object.__init__, C.__eq__ is object.__eq__, C.__repr__ is object.__repr__)
print(object.__hash__ is object.__hash__, C.__new__ is object.__new__)
print(C.__setattr__ is object.__setattr__, C.__str__ is object.__str__)
c = C()
print(object.__hash__(c) == hash(c), hash(D()), C.__hash__(c) == hash(c))
