# dict views' .mapping: a read-only mappingproxy of the dict itself
d = {'a': 1, 'b': 2}
for v in (d.keys(), d.values(), d.items()):
    m = v.mapping
    print(m, type(m).__name__, m['a'], len(m), list(m), 'b' in m)
m = d.keys().mapping
d['c'] = 3
print(m, m.get('c'), m == d)
try:
    m['z'] = 1
except TypeError as e:
    print('TypeError', e)
try:
    d.keys().nothing
except AttributeError as e:
    print('AttributeError', e)
print({}.items().mapping)
