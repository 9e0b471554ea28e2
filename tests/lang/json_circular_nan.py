# Circular references and out-of-range floats: CPython's ValueErrors,
# check_circular=False's RecursionError, and allow_nan=False.
import json

l = [1]
l.append(l)
d = {}
d['d'] = d
m = {'list': [{'inner': None}]}
m['list'][0]['inner'] = m
for c in (l, d, m):
    try:
        json.dumps(c)
    except ValueError as e:
        print('ValueError:', e)
try:
    json.dumps(l, check_circular=False)
except RecursionError:
    print('RecursionError')
shared = [1, 2]
print(json.dumps([shared, shared, {'a': shared}]))
for v in (float('nan'), float('inf'), -float('inf'), [1.0, float('nan')], {'k': float('inf')}):
    print(json.dumps(v))
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print('ValueError:', e)
try:
    json.dumps({float('inf'): 1}, allow_nan=False)
except ValueError as e:
    print('ValueError:', e)
print(json.dumps([1e308, -1e-308, 1.7976931348623157e308], allow_nan=False))
v = json.loads('[NaN, Infinity, -Infinity]')
print(v, v[0] != v[0], json.dumps(v))
