# A built-in exception type's __init__ called unbound, as subclasses do
# (ConnectionResetError.__init__(self, ...)), and its misuse.
class E(ValueError):
    def __init__(self, *a):
        ValueError.__init__(self, *a)
        Exception.__init__(self, *a)
print(repr(E(1, 2)), E(3).args)
for bad in ((), (5,)):
    try:
        ValueError.__init__(*bad)
    except TypeError as e:
        print('TypeError', e)
class C(ConnectionResetError):
    def __init__(self, *a):
        ConnectionResetError.__init__(self, *a)
c = C(104, 'reset')
print(repr(c), c.errno, c.strerror, str(c))
class E(ValueError):
    pass
e = E.__new__(E)
E.__init__(e, 1, 2)
print(e.args)
class F(KeyError):
    def __init__(self, k):
        super().__init__(k)
        KeyError.__init__(self, k, 'x')
print(F('a').args)
print(hasattr(OSError, '__init__'), callable(StopIteration.__init__))
try:
    E.__init__(5)
except TypeError as e:
    print('TypeError', e)
