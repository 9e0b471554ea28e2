# dict.fromkeys: every key of an iterable mapped to one value (None by
# default), in first-seen order; the value is shared, not copied.
print(dict.fromkeys('abca'), dict.fromkeys(range(3), 0), dict.fromkeys([]))
seen = dict.fromkeys(['b', 'a', 'b', 'c'])
print(list(seen), len(seen))
shared = dict.fromkeys(('x', 'y'), [])
shared['x'].append(1)
print(shared, shared['x'] is shared['y'])
print(dict.fromkeys((i * i for i in range(-3, 4)), 'sq'))
words = 'the cat and the hat and the bat'.split()
print(list(dict.fromkeys(words)), {} == dict.fromkeys(''), dict.fromkeys('ab') == {'a': None, 'b': None})
for bad in [(5,), ([[1]],)]:
    try:
        dict.fromkeys(*bad)
    except TypeError as e:
        print('TypeError:', e)
