# The list, tuple and dict constructors from every iterable kind.
print(list(), list([1, 2]), list((1, 2)), list('abc'), list(range(4)), list({'a': 1, 'b': 2}))
print(list({'a': 1}.items()), list({'a': 1}.values()), list(enumerate('ab')), list(zip('ab', 'cd')))
print(tuple(), tuple([1, 2]), tuple('xy'), tuple(range(3)), tuple({'k': 0}), tuple(reversed([1, 2])))
print(dict(), dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}), dict([('x', 1)], y=2))
print(dict(zip(['a', 'b'], [1, 2])), dict(enumerate('ab')), dict([('k', 1), ('k', 2)]), dict([[1, 2]]))
src = [1, 2]
cp = list(src)
cp.append(3)
print(src, cp, cp is not src)
t = (1, 2)
print(tuple(t) == t, list(t))
d1 = {'a': [1]}
d2 = dict(d1)
d2['b'] = 2
d2['a'].append(2)
print(d1, d2)
for bad in [5, None]:
    try:
        list(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    dict([1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    dict([('a', 1, 2)])
except ValueError as e:
    print('ValueError', e)
