# a[i:j], a[i:j:k], a[:] on instances pass a real slice object to
# __getitem__/__setitem__/__delitem__, as in CPython.


class Seq:
    def __init__(self, n):
        self.data = list(range(n))
        self.log = []

    def __getitem__(self, key):
        self.log.append(("get", key))
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self.data))
            return [self.data[i] for i in range(start, stop, step)]
        return self.data[key]

    def __setitem__(self, key, value):
        self.log.append(("set", key, value))
        self.data[key] = value

    def __delitem__(self, key):
        self.log.append(("del", key))
        del self.data[key]


s = Seq(10)
print(s[2:5], s[::3], s[:], s[-3:], s[::-2], s[8:2:-2], s[4])
k = s.log[0][1]
print(type(k).__name__, k.start, k.stop, k.step, k)
print(s.log[1][1], s.log[2][1], s.log[3][1])
print(s[1:100].__len__(), s[slice(2, 4)])
s[1:3] = ["a", "b", "c"]
print(s.data, s.log[-1])
s[::2] = [0] * 6
print(s.data)
del s[::3]
print(s.data, s.log[-1])
del s[:]
print(s.data, s.log[-1])
x, y = 1, 7
s2 = Seq(10)
print(s2[x:y:x + 1], s2[y - 5 :], s2[: x - 4])
print(s2[slice(1, 4)] == s2[1:4])


class OnlyGet:
    def __getitem__(self, key):
        return key


o = OnlyGet()
print(o[1:2], o[::], o["a":"b":"c"], o[1, 2])
print(o[1:2].indices(0), o[-5::-1].indices(3))
try:
    o[1:2] = 3
except TypeError as e:
    print("TypeError", e)
try:
    del o[:]
except TypeError as e:
    print("TypeError", e)


class NoItems:
    pass


try:
    NoItems()[1:2]
except TypeError as e:
    print("TypeError", e)


class L(list):
    def __getitem__(self, i):
        r = super().__getitem__(i)
        return L(r) if isinstance(i, slice) else r

    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v)

    def __delitem__(self, i):
        print("delitem", i)
        super().__delitem__(i)


a = L([1, 2, 3, 4, 5])
b = a[1:4]
print(type(b).__name__, b, a[0], a[::-1], a[:])
a[0:2] = [9]
del a[::2]
print(a, len(a))


class S(str):
    def __getitem__(self, i):
        return "<" + super().__getitem__(i) + ">"


t = S("hello")
print(t[1:3], t[::-1], t[0], t[slice(None, 2)])


class T(tuple):
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ("slice", i.start, i.stop, i.step, super().__getitem__(i))
        return super().__getitem__(i)


u = T((1, 2, 3, 4))
print(u[1:3], u[::2], u[-1], u[:])


class Plain(list):
    pass


p = Plain([3, 1, 2])
print(p[1:], type(p[1:]).__name__)
p[1:] = [7, 8, 9]
del p[:1]
print(p)
