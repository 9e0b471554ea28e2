# small public names programs use: functools' wrapper constants, copy.Error
import copy
import functools

print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
print(copy.Error.__name__, copy.Error.__module__, copy.error is copy.Error, issubclass(copy.Error, Exception))
try:
    raise copy.Error('nope')
except copy.error as e:
    print(repr(e))


def deco(f):
    @functools.wraps(f, assigned=functools.WRAPPER_ASSIGNMENTS, updated=functools.WRAPPER_UPDATES)
    def w(*a):
        return f(*a)
    return w


@deco
def hello():
    'doc'


print(hello.__name__, hello.__doc__)
