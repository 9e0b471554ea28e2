# The decoder's hooks: object_hook, object_pairs_hook (which wins),
# parse_float, parse_int, parse_constant, strict=False, and cls=.
import json
from collections import OrderedDict

doc = '{"b": 1, "a": {"x": 1.5, "y": [2, 3e2]}, "c": [NaN, Infinity]}'
print(json.loads(doc, object_hook=lambda d: sorted(d)))
print(json.loads(doc, object_pairs_hook=list))
print(json.loads(doc, object_pairs_hook=OrderedDict, object_hook=dict))
print(json.loads(doc, parse_float=lambda s: 'F' + s, parse_int=lambda s: int(s) * 10))
print(json.loads(doc, parse_constant=lambda s: s.lower()))
print(json.loads('[1.10, 2.50]', parse_float=str), json.loads('[7]', parse_int=float))
print(json.loads('"a\tb\nc"', strict=False), json.loads('{"k\x01": "\x02"}', strict=False))
try:
    json.loads('"a\tb"')
except json.JSONDecodeError as e:
    print(e)


class Tagged(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        if '__point__' in d:
            return tuple(d['xy'])
        return d


print(json.loads('[{"__point__": true, "xy": [1, 2]}, {"plain": 1}]', cls=Tagged))
for bad in (None, 1, ['[]'], 2.5):
    try:
        json.loads(bad)
    except TypeError as e:
        print('TypeError:', e)
