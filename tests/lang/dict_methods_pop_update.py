# dict.pop, setdefault, update; key order after deletes and re-inserts.
d = {'a': 1, 'b': 2, 'c': 3}
print(d.pop('b'), d, d.pop('zz', 'default'), d.pop('a', None), d)
print(d.setdefault('c', 99), d.setdefault('new', []), d.setdefault('none'), d)
d['new'].append(1)
print(d)
d.update({'c': 30, 'x': 1})
d.update([('y', 2)])
d.update(z=3)
d.update({})
print(d)
d.update({'a': 0}, b=1)
print(d)
groups = {}
for w in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(w[0], []).append(w)
print(groups)
e = {}
for i in range(5):
    e[i] = i
for i in range(0, 5, 2):
    e.pop(i)
e[0] = 'back'
print(e, list(e))
try:
    e.pop('missing')
except KeyError as ex:
    print('KeyError', ex)
big = {}
for i in range(10000):
    big[i] = i * i
for i in range(0, 10000, 3):
    del big[i]
print(len(big), big[9998], sum(big.values()) % 1000003)
