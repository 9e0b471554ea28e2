# __index__ makes an object usable as a subscript and in slices of lists,
# tuples, strings and deques.
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
lst = [10, 20, 30, 40, 50]
tup = tuple(lst)
s = "abcde"
print(lst[I(1)], tup[I(-1)], s[I(2)])
print(lst[I(1):I(4)], tup[:I(2)], s[I(1)::I(2)])
lst[I(0)] = 99
print(lst)
del lst[I(1):I(3)]
print(lst)
try:
    lst[I(100)]
except IndexError as e:
    print("IndexError:", e)
from collections import deque
d = deque([1, 2, 3])
print(d[I(1)])
d[I(0)] = 9
del d[I(2)]
print(d)
lst = [1, 2, 3, 4]
lst[I(1):I(3)] = ["a"]
print(lst, lst[I(0):])
