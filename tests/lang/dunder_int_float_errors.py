# int() and float() on a class without the methods, or whose methods
# return the wrong type: CPython's TypeErrors.
class Nothing:
    pass
class BadInt:
    def __int__(self):
        return "3"
class BadFloat:
    def __float__(self):
        return 3
class BadIndex:
    def __index__(self):
        return 1.5
tests = [lambda: int(Nothing()), lambda: float(Nothing()), lambda: int(BadInt()),
         lambda: float(BadFloat()), lambda: int(BadIndex()), lambda: float(BadIndex())]
for f in tests:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
