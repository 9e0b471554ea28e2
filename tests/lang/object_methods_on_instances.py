# object's methods reached through an instance: p.__setattr__ and friends
# are bound to it (programs and libraries call them to bypass a class's own
# __setattr__), __init_subclass__ to its class.
class P:
    def __init__(self):
        self.x = 1


p = P()
p.__setattr__('y', 5)
print(sorted(p.__dict__.items()))
print(p.__getattribute__('x'), p.__getattribute__('y'))
p.__delattr__('x')
print(sorted(p.__dict__.items()))
for call in (lambda: p.__getattribute__('nope'), lambda: p.__delattr__('nope'),
             lambda: p.__setattr__(1, 2), lambda: p.__setattr__('a')):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(p.__init_subclass__() is None, P.__new__ is object.__new__, p.__new__ is object.__new__)


class Frozen:
    __slots__ = ('a',)

    def __init__(self, a):
        object.__setattr__(self, 'a', a)

    def __setattr__(self, name, value):
        raise AttributeError('frozen')


f = Frozen(3)
try:
    f.a = 4
except AttributeError as e:
    print('refused:', e)
try:
    f.__setattr__('a', 4)
except AttributeError as e:
    print('own __setattr__ first:', e)
f.__getattribute__('a')
print(f.a, f.__getattribute__('a'))


class Logged(dict):
    pass


d = Logged(k=1)
d.__setattr__('note', 'n')
print(d.note, d.__getattribute__('note'), d.__eq__({'k': 1}), d.__repr__())
for call in (lambda: p.__setattr__('a', 1, 2), lambda: object.__setattr__(p), lambda: object.__setattr__(),
             lambda: object.__delattr__(), lambda: object.__getattribute__(), lambda: p.__delattr__('a', 2),
             lambda: object.__delattr__(1, 'a'), lambda: p.__getattribute__('x', y=1),
             lambda: object.__setattr__(p, 'a', 1, x=2), lambda: p.__getattribute__(),
             lambda: object.__setattr__(1, 'a', 2), lambda: object.__delattr__(p, 1)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, repr(str(e)))
