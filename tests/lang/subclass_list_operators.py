# Operators of a list subclass: results are plain lists except in-place ones.
class L(list):
    pass

a = L([1, 2])
b = a + [3]
print(b, type(b).__name__, [0] + a, type([0] + a).__name__)
print(a * 2, type(a * 2).__name__, 2 * a)
before = a
a += [4]
print(a, type(a).__name__, a is before)
a *= 2
print(a, type(a).__name__, a is before)
a[1:3] = [7, 8, 9]
print(a)
del a[::2]
print(a, a[::-1], type(a[:]).__name__)

class Vec(list):
    def __add__(self, other):
        return Vec(x + y for x, y in zip(self, other))

    def __radd__(self, other):
        return Vec(other) + self

v = Vec([1, 2]) + Vec([10, 20])
print(v, type(v).__name__, [1, 1] + Vec([2, 2]), sum([Vec([1, 1]), Vec([2, 2])], Vec([0, 0])))
