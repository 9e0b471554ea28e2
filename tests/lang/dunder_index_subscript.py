# __index__ makes an object usable as a subscript and in slices of lists,
# tuples and strings.
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
