# Two locals read back to back, then an attribute op on the second
# (`self.x = x`, `a + self.x`, `k * self.m()`): the compiler pairs the
# second local with the op. Results, unbound locals and errors on either
# side must stay as they were.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def shifted(self, d):
        q = P(0, 0)
        q.x = d
        q.y = d + self.y
        return q


def pairs(p, k):
    a = k
    b = a * p.x
    c = b + p.norm1()
    lst = [1]
    n = 2
    r = n + lst.count(1)
    return a, b, c, r


p = P(3, -4)
print(pairs(p, 5), p.shifted(2).y, vars(p))


def unbound_first(p):
    try:
        print(z, p.x)
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
    return z


def unbound_second(k):
    try:
        print(k, q.x)
    except NameError as e:
        print(type(e).__name__, e)
    try:
        k + q.y
    except NameError as e:
        print(type(e).__name__, e)
    q = P(1, 2)
    return q.x


print(unbound_first(p), unbound_second(7))


def store_into_non_instances(v, d):
    t = (1, 2)
    try:
        t.x = v
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        v + d.missing
    except AttributeError as e:
        print("AttributeError:", e)
    f = store_into_non_instances
    f.tag = v
    return f.tag


print(store_into_non_instances(9, {}))
