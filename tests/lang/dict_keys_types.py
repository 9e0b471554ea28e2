# Dict keys of every hashable type; equal numbers are the same key.
d = {}
d[1] = 'int'
d[1.0] = 'float overwrites int'
d[True] = 'bool overwrites too'
d[2**64] = 'big'
d[2.0**64] = 'float equal to big'
d[-1] = 'neg'
d['1'] = 'str'
d[(1, 2)] = 'tuple'
d[(1, (2, 3))] = 'nested tuple'
d[None] = 'none'
d[0.5] = 'half'
d[-0.0] = 'negative zero'
d[0] = 'zero overwrites'
print(d)
print(len(d), d[1], d[2**64], d[(1, (2, 3))], d[0.0], d[False])
for bad in [[1], {}, (1, [2])]:
    try:
        d[bad] = 1
    except TypeError as e:
        print('TypeError', e)
