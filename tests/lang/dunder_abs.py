# abs() calls __abs__; a class without it is CPython's TypeError.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __abs__(self):
        return (self.x * self.x + self.y * self.y) ** 0.5
class Odd:
    def __abs__(self):
        return "not a number, still returned"
class Plain:
    pass
print(abs(Vec(3, 4)))
print(abs(Odd()))
print(abs(-7), abs(-2.5), abs(True))
try:
    abs(Plain())
except TypeError as e:
    print("TypeError:", e)
