# json.dumps's layout options: indent as an int (0, negative) or a str,
# separators, sort_keys, and the item separator's change under indent.
import json

doc = {'b': 1, 'a': [1, 2, {}], 'c': {'z': [], 'y': [True, None]}, 'd': 'text'}
for indent in (None, 0, 1, 4, -1, '\t', '--'):
    print(repr(indent))
    print(json.dumps(doc, indent=indent))
    print(json.dumps(doc, indent=indent, sort_keys=True))
for seps in ((',', ':'), (', ', ': '), (' , ', ' : '), (';', '=')):
    print(json.dumps(doc, separators=seps), json.dumps([1, [2]], indent=2, separators=seps))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2))
try:
    json.dumps({'a': 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print('TypeError:', e)
print(json.dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True))
