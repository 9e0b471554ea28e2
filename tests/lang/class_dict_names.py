# a class's __dict__ holds __module__ but not __qualname__
class Outer:
    class Inner:
        x = 1
    def method(self):
        pass
print('__qualname__' in Outer.__dict__, '__module__' in Outer.__dict__)
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.__module__)
print([k for k in Outer.Inner.__dict__ if not k.startswith('__') or k == '__qualname__'])
T = type('T', (), {'a': 1})
print('__qualname__' in T.__dict__, T.__qualname__, T.__module__, T.a)
Q = type('Q', (), {'__qualname__': 'Custom.Q'})
print(Q.__qualname__, '__qualname__' in Q.__dict__, Q.__name__)
print('method' in dir(Outer), '__qualname__' in dir(Outer), 'x' in dir(Outer.Inner))
