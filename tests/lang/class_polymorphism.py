# Duck typing and polymorphism over a list of objects.
class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(3.14159 * self.r ** 2, 2)
class Sq:
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
shapes = [Circle(1), Sq(2), Circle(0.5)]
print([s.area() for s in shapes], sum(s.area() for s in shapes))
print(sorted(shapes, key=lambda s: s.area())[0].__class__.__name__)
