# `import builtins` is the builtins every module sees: replacing a name there
# changes it everywhere, and the module is sys.modules['builtins'].
import builtins
import sys

print(builtins.len([1, 2]), builtins.__name__, type(builtins).__name__)
orig = builtins.print


def shout(*a, **k):
    orig(*[str(x).upper() for x in a], **k)


builtins.print = shout
print("hello")
builtins.print = orig
print("back", 'open' in dir(builtins), sys.modules['builtins'] is builtins)
builtins.answer = 42
print(answer)
del builtins.answer
try:
    answer
except NameError as e:
    print(e)
print(builtins.sum(builtins.range(5)), builtins.__dict__['abs'](-3))
