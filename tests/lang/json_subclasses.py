# Subclasses of the built-in types in json.dumps: ints, floats and strs
# encode by their base type's repr, dict and list subclasses as objects
# and arrays; tuples become arrays; bools are not ints.
import json
from collections import OrderedDict, defaultdict, Counter


class MyInt(int):
    def __repr__(self):
        return 'MyInt!'


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'


class MyStr(str):
    def __str__(self):
        return 'nope'


class MyList(list):
    pass


class MyDict(dict):
    pass


print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s')]))
print(json.dumps({MyInt(1): MyFloat(0.5), MyStr('k'): MyList([1, 2])}))
print(json.dumps(MyDict(a=MyList([MyDict()]))))
print(json.dumps(OrderedDict([('z', 1), ('a', 2)])), json.dumps(OrderedDict([('z', 1), ('a', 2)]), sort_keys=True))
dd = defaultdict(list)
dd['x'].append(1)
print(json.dumps(dd), json.dumps(Counter('aab')), json.dumps((1, (2, 3))))
print(json.dumps([True, 1, 1.0, False, 0]), json.dumps({True: 1, 1: 2}))
