# Overriding append in a list subclass, calling the built-in one via super().
class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)

    def extend(self, xs):
        for x in xs:
            self.append(x)

l = Logged()
l.append(1)
l.extend([2, 3])
print(l, len(l))
list.append(l, 4)  # the built-in method, bypassing the override
print(l)
m = l.append
m(5)
print(l, l.copy(), type(l.copy()).__name__)

class Sorted(list):
    def append(self, x):
        i = 0
        while i < len(self) and self[i] < x:
            i += 1
        self.insert(i, x)

s = Sorted()
for x in [5, 1, 4, 2, 3]:
    s.append(x)
print(s)
