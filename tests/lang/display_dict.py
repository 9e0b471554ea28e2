# Dict displays: insertion order, duplicate keys, key types, nested repr.
print({}, {'a': 1}, {'a': 1, 'b': 2, }, {1: 'one', 2.5: 'x', (1, 2): [3], None: None, True: False})
d = {'z': 1, 'a': 2, 'm': 3}
print(d, list(d), list(d.values()))
d2 = {'k': 1, 'k': 2, 'j': 3}
print(d2, len(d2))
print({1: 'int', 1.0: 'float', True: 'bool'})
print({'nested': {'inner': [1, {'deep': ()}]}})
print({'q': "it's", 'r': 'say "hi"', 'n': 'a\nb'})
k = 'key'
print({k: k * 2, k + '2': len(k)})
print({2**64: 'big', -1: 'neg', 0.5: 'half'})
e = {}
e['later'] = 1
e['first'] = 2
e['later'] = 3
print(e)
try:
    print({[1]: 'list key'})
except TypeError as ex:
    print('TypeError', ex)
