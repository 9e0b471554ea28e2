# __annotations__ is a dict that can be changed or replaced (only by a
# dict); a function without annotations gets an empty one on first read.
def f(x: int) -> int:
    return x


f.__annotations__['y'] = str
print(f.__annotations__)
f.__annotations__ = {'z': float}
print(f.__annotations__)
try:
    f.__annotations__ = [1]
except TypeError as e:
    print('TypeError:', e)


def g():
    pass


a = g.__annotations__
a['q'] = 1
print(g.__annotations__ is a, g.__annotations__, g.__dict__)
