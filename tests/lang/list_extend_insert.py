# list.extend (from every iterable) and list.insert (any index, clamped).
a = [1, 2]
a.extend([3, 4])
a.extend((5,))
a.extend('ab')
a.extend(range(2))
a.extend({'k': 1})
a.extend([])
print(a)
b = [1]
b.extend(b)
print(b)
c = ['x', 'y']
c.insert(0, 'start')
c.insert(len(c), 'end')
c.insert(1, 'one')
c.insert(-1, 'before-last')
c.insert(100, 'clamped-high')
c.insert(-100, 'clamped-low')
print(c)
d = []
d.insert(0, 1)
d.insert(0, 2)
d.insert(5, 3)
print(d, d.extend([9]), d.insert(0, 0), d)
try:
    d.extend(5)
except TypeError as e:
    print('TypeError', e)
