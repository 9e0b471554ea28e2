# A module's __dict__ and vars(module) are its globals, the very dict
# globals() returns in the module.
import sys
import _helper_mod
d = _helper_mod.__dict__
print(d is vars(_helper_mod), '__name__' in d, d['__name__'])
print(globals() is sys.modules[__name__].__dict__)
print(vars(sys.modules['__main__']) is globals())
d['added'] = 5
print(_helper_mod.added)
_helper_mod.other = 6
print(vars(_helper_mod)['other'])
print(type(sys.__dict__).__name__, 'path' in vars(sys))
try:
    vars(5)
except TypeError as e:
    print(e)
