# str.format_map: named fields are looked up in the mapping as they are used,
# so a defaultdict, or a class with __missing__ or __getitem__, fills them.
from collections import defaultdict


class Lookup:
    def __getitem__(self, key):
        return key.upper() * 2


row = {'name': 'ann', 'score': 91.456, 'tags': ['a', 'b'], 'pos': (3, 4)}
print('{name:>6}|{score:8.2f}|{tags[1]}|{pos[0]}'.format_map(row))
print('{name!r} {score!s:.4} {{literal}}'.format_map(row))
counts = defaultdict(int, apples=3)
print('{apples} apples, {pears} pears'.format_map(counts), sorted(counts.items()))
print('{x}-{yz}'.format_map(Lookup()))
print('{a:{w}}|'.format_map({'a': 'pad', 'w': 6}))
for template, mapping in [('{missing}', {}), ('{0}', {'0': 'x'}), ('{}', {}), ('{a.nope}', {'a': 'str'})]:
    try:
        print(template.format_map(mapping))
    except (KeyError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    '{a}'.format_map()
except TypeError as e:
    print('TypeError')
