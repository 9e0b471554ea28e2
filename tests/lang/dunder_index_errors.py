# Where an int is required and the object has no __index__, or an
# __index__ that returns something else: CPython's TypeErrors.
import operator
class Nothing:
    pass
class Bad:
    def __index__(self):
        return "1"
tests = [lambda: [1, 2][Nothing()], lambda: (1, 2)[Nothing()], lambda: "ab"[Nothing()],
         lambda: [1, 2][Bad()], lambda: "ab"[Nothing():], lambda: [1][:Bad()],
         lambda: range(Nothing()), lambda: range(Bad()), lambda: hex(Nothing()),
         lambda: bin(Bad()), lambda: operator.index(Nothing()), lambda: [1] * Nothing(),
         lambda: [1] * Bad(), lambda: "x" * 2.0]
for f in tests:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
