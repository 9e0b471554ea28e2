# exec runs statements: at module level in the module's globals, or in
# the dicts it is given; it returns None.
r = exec('a = 1\nb = a + 1')
print(r, a, b)
g = {}
exec('def sq(n):\n    return n * n\nres = [sq(i) for i in range(4)]', g)
print(g['res'], g['sq'](5), sorted(k for k in g if k != '__builtins__'))
g, l = {'base': 100}, {}
exec('x = base + 1\nclass K:\n    v = base\n', g, l)
print(sorted(l), l['x'], l['K'].v, 'x' in g)
src = '''
total = 0
for i in range(5):
    if i % 2:
        continue
    total += i
'''
ns = {}
exec(src, ns)
print(ns['total'])
exec('import math\nroot = math.sqrt(16)', ns)
print(ns['root'], type(ns['math']).__name__)
