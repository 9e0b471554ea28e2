# dict.get, keys, values, items: defaults, views and their iteration order.
d = {'a': 1, 'b': 2, 'c': 3}
print(d.get('a'), d.get('z'), d.get('z', 0), d.get('a', 0), d.get(1), d.get(None, 'none'))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print('a' in d.keys(), 'z' in d.keys(), 1 in d.values(), ('a', 1) in d.items(), ('a', 2) in d.items())
print(len(d.keys()), len(d.items()), sorted(d.values(), reverse=True))
for k, v in d.items():
    print(k, v, end='; ')
print()
ks = d.keys()
d['d'] = 4
print(list(ks))
print({1: 'x'}.get(1.0), {}.get('k'), d.get('d', 'unused'))
print([k * 2 for k in d.keys()], sum(d.values()))
