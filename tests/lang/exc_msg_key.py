# KeyError messages (str(e) is the repr of the key).
# Each case prints the exception type and message CPython gives.
d = {'a': 1, 2: 'b'}
try:
    print("d['b']", repr(d['b']))
except Exception as e:
    print("d['b']", type(e).__name__, e)
try:
    print('d[1]', repr(d[1]))
except Exception as e:
    print('d[1]', type(e).__name__, e)
try:
    print('d[2.5]', repr(d[2.5]))
except Exception as e:
    print('d[2.5]', type(e).__name__, e)
try:
    print('d[(1, 2)]', repr(d[(1, 2)]))
except Exception as e:
    print('d[(1, 2)]', type(e).__name__, e)
try:
    print('d[None]', repr(d[None]))
except Exception as e:
    print('d[None]', type(e).__name__, e)
try:
    print("d['']", repr(d['']))
except Exception as e:
    print("d['']", type(e).__name__, e)
try:
    print("d.pop('zz')", repr(d.pop('zz')))
except Exception as e:
    print("d.pop('zz')", type(e).__name__, e)
try:
    del d[3]
    print('del d[3]', 'no error')
except Exception as e:
    print('del d[3]', type(e).__name__, e)
try:
    print("{}['x']", repr({}['x']))
except Exception as e:
    print("{}['x']", type(e).__name__, e)
try:
    print("d['it\\'s']", repr(d['it\'s']))
except Exception as e:
    print("d['it\\'s']", type(e).__name__, e)
try:
    print('d[2**64]', repr(d[2**64]))
except Exception as e:
    print('d[2**64]', type(e).__name__, e)
try:
    print('d[True]', repr(d[True]))
except Exception as e:
    print('d[True]', type(e).__name__, e)
try:
    d['a']
    print("d['a']", 'no error')
except Exception as e:
    print("d['a']", type(e).__name__, e)
try:
    print("d.pop('zz', 'default')", repr(d.pop('zz', 'default')))
except Exception as e:
    print("d.pop('zz', 'default')", type(e).__name__, e)
