# for over strings (code points) and dicts (keys, in insertion order).
for ch in 'héllo':
    print(ch, end='|')
print()
for ch in '':
    print('never')
d = {'one': 1, 'two': 2, 'three': 3}
for k in d:
    print(k, d[k])
for k in d.keys():
    print(k, end=' ')
print()
for v in d.values():
    print(v, end=' ')
print()
for k, v in d.items():
    print(k + '=' + str(v), end=' ')
print()
d['zero'] = 0
del d['one']
d['one'] = 1
print(list(d))
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
for ch in counts:
    print(ch, counts[ch])
try:
    for k in d:
        d['new'] = 1
except RuntimeError as e:
    print('RuntimeError', e)
