# expect: ok
# The instance cached on its own class is a reference cycle (class ->
# namespace -> instance -> class), freed by the cycle collector at the end.
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            print("creating")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print("init")
a = Singleton()
b = Singleton()
print(a is b)
