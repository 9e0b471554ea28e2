# A class with only __getitem__ is iterable: indexes 0, 1, ... until
# IndexError (or StopIteration).
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError("done")
        return i * i
class Stopper:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return "x%d" % i
print(list(Squares()), 9 in Squares(), sum(Squares()))
for v in Stopper():
    print(v)
a, b, c = Squares()[0], *list(Stopper())
print(a, b, c)
it = iter(Squares())
print(next(it), next(it))
class Broken:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(Broken())
except KeyError as e:
    print("KeyError:", e)
