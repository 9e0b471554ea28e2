# int subclasses: int.__new__(cls, v), arithmetic results are ints.
class Celsius(int):
    def __new__(cls, v):
        return int.__new__(cls, v)

    def fahrenheit(self):
        return self * 9 // 5 + 32

c = Celsius(100)
print(c, repr(c), c.fahrenheit(), c + 1, type(c + 1).__name__, -c, abs(Celsius(-3)))
print(c == 100, c < 200, hash(c) == hash(100), {100: "boiling"}[c], isinstance(c, int))
print(f"{c:5d}|{c:x}|{c!r}", "%d" % c, str(c), int(c), float(c), c // 7, c % 7, c ** 2)
print(range(10)[Celsius(3)], [1, 2, 3][Celsius(1)], list(range(Celsius(3))), bool(Celsius(0)))

class Small(int):
    def __new__(cls, v=0):
        if v > 10:
            raise ValueError("too big")
        return super().__new__(cls, v)

print(Small(), Small(5) * 2, sorted([Small(3), 1, Small(2)]))
try:
    Small(11)
except ValueError as e:
    print("ValueError", e)
print(type(Small(3)).__name__, Small(4).bit_length(), Celsius("12") + 1)
