# Classes, closures, generators, try/except and with statements in exec'd
# code behave as in a module.
ns = {}
exec('''
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

def gen(k):
    for i in range(k):
        yield i * 10

try:
    1 / 0
except ZeroDivisionError as e:
    caught = str(e)
''', ns)
print(ns['Point'](1, 2), ns['Point'].__name__, ns['Point'].__qualname__)
c = ns['counter']()
print(c(), c(), list(ns['gen'](3)), ns['caught'])
print(ns['counter'].__qualname__, ns['Point'].__module__ if '__name__' in ns else 'no module name')
