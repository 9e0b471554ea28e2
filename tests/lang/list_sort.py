# list.sort: in place, returns None, key=, reverse=, stable, mixed numbers.
a = [5, 2, 9, 1, 5, 6]
r = a.sort()
print(r, a)
a.sort(reverse=True)
print(a)
b = ['banana', 'Apple', 'cherry', 'apple']
b.sort()
print(b)


def lower_first(s):
    return s[0].lower()


b.sort(key=lower_first)
print(b)
c = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]


def first(t):
    return t[0]


c.sort(key=first)
print(c)
c.sort(key=first, reverse=True)
print(c)
d = [3.5, 1, -2, 2**64, 0.5, True, -2**70]
d.sort()
print(d)
e = []
e.sort()
print(e)
big = [(i * 7919) % 10007 for i in range(10007)]
big.sort()
print(big[:5], big[-5:], big == list(range(10007)))
strs = [str(i) for i in range(12)]
strs.sort()
print(strs)
try:
    [1, 'a'].sort()
except TypeError as e:
    print('TypeError', e)
