# __new__ controls instance creation; __init__ runs on instances of the class.
class Weird:
    def __new__(cls, x):
        return x * 2
print(Weird(21))
class Pos:
    def __init__(self):
        return None
print(type(Pos()).__name__)
class BadInit:
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError as e:
    print(e)
