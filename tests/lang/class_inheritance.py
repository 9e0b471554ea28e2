# Single inheritance: overriding, super(), isinstance/issubclass.
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return "%s with %d sides, area %s" % (self.name, self.sides, self.area())
class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
for s in (Shape("blob"), Rect(2, 3), Square(4)):
    print(s.describe(), isinstance(s, Rect), type(s).__name__)
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(Square, (int, Rect)))
print(isinstance(Square(1), (int, str)), isinstance(3, (int, Shape)))
print(Square.__bases__[0].__name__, Square.__base__ is Rect)
