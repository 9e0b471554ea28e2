# json.dumps of scalars, containers and dict keys of every allowed type,
# with CPython's float reprs (1e+16, -0.0) and Infinity/NaN.
import json

values = [None, True, False, 0, -5, 2 ** 70, -(10 ** 30), 1.5, 1e16, 1e-7, -0.0, 1 / 3, 1e22, 5e-324,
          float('inf'), float('-inf'), float('nan'), '', 'abc', [], {}, (), [1, [2, [3, []]]], (1, 'a'),
          {'a': 1, 'b': [1, 2, {'c': None}]}, [[], {}, [{}]]]
for v in values:
    print(json.dumps(v))
print(json.dumps({1: 'int', 2.5: 'float', True: 'true', None: 'null', False: 'false', -0.0: 'z',
                  float('inf'): 'inf', 10 ** 20: 'big'}))
print(json.dumps({'x': 1, 'x ': 2}), json.dumps([None] * 3), json.dumps({'': ''}))
print(json.JSONEncoder().encode([1, 'two']), json.JSONEncoder().encode('plain'))
print(type(json.dumps(1)).__name__, json.JSONEncoder.item_separator, json.JSONEncoder.key_separator)
