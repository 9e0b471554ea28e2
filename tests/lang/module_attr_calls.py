# Calls of a module's attributes (math.sqrt(x)) read the module's dict
# directly: functions, classes, natives with keywords, a rebound name, a
# missing one, and methods of what a module attribute holds.
import math
import collections
import _helper_mod

print(math.sqrt(16.0), math.floor(2.5), math.hypot(3, 4))
print(collections.OrderedDict(a=1), collections.Counter("abca").most_common(1))
print(_helper_mod.__name__)
print(_helper_mod.square(7), _helper_mod.bump(), _helper_mod.bump(n=5), _helper_mod.counter)
saved = math.sqrt
math.sqrt = lambda x: "patched %s" % x
print(math.sqrt(2))
math.sqrt = saved
print(math.sqrt(2.25))
try:
    math.nosuch(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    math.sqrt(-1.0)
except ValueError as e:
    print("ValueError:", e)
print(math.inf.is_integer(), math.e.is_integer())
