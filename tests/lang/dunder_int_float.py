# int() tries __int__, then __index__; float() tries __float__, then __index__.
class Celsius:
    def __init__(self, d):
        self.d = d
    def __int__(self):
        return int(self.d)
    def __float__(self):
        return float(self.d)
class Idx:
    def __index__(self):
        return 7
class Big:
    def __int__(self):
        return 2 ** 80
class Flag:
    def __int__(self):
        return True
c = Celsius(21.75)
print(int(c), float(c))
print(int(Idx()), float(Idx()))
print(int(Big()))
print(int(Flag()), type(int(Flag())).__name__)
