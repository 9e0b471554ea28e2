# Indexing with positive and negative indexes on every sequence type.
s = 'abcdef'
l = [10, 20, 30, 40, 50]
t = (1, 'two', 3.0, None)
r = range(100, 200, 7)
for i in [0, 1, 2, -1, -2, -3]:
    print(i, s[i], l[i], t[i], r[i])
print(s[len(s) - 1], l[-len(l)], t[-4], r[-1], r[len(r) - 1], len(r))
print(range(10)[-10], range(-5, 5)[3], range(10, 0, -3)[1], range(10, 0, -3)[-1])
nested = [[1, 2], [3, [4, 5]], (6, 7)]
print(nested[1][1][0], nested[-1][-1], nested[0][-2], 'xyz'[1][0][0])
d = {'a': 1, 2: 'b', (1, 2): 'tuple', 2.5: 'float', None: 'none', True: 'bool'}
print(d['a'], d[2], d[(1, 2)], d[1, 2], d[2.5], d[None], d[True], d[1])
print(s[True], l[False], l[2**64 - 2**64])
for seq in [s, l, t, r]:
    for bad in [len(seq), -len(seq) - 1, 2**64]:
        try:
            seq[bad]
        except IndexError as e:
            print('IndexError', e)
for seq in [s, l, t]:
    try:
        seq['x']
    except TypeError as e:
        print('TypeError', e)
    try:
        seq[1.5]
    except TypeError as e:
        print('TypeError', e)
l[0] = 'first'
l[-1] = 'last'
print(l)
try:
    l[5] = 0
except IndexError as e:
    print('IndexError', e)
