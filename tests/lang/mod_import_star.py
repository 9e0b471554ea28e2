# from M import *: __all__ when the module has one, else the names
# without a leading underscore; also for gilpy's built-in modules.
def bound(name):
    try:
        eval_name = {"unlisted": lambda: unlisted, "_hidden": lambda: _hidden,
                     "_math": lambda: _math}[name]
        eval_name()
        return True
    except NameError:
        return False
from _star_all import *
print(public, _chosen)
print(bound("unlisted"))
from _star_plain import *
print(visible, helper(), bound("_hidden"), bound("_math"))
from math import *
print(floor(2.5), pi > 3, sqrt(9.0))
try:
    from _star_bad_all import *
except AttributeError as e:
    print("AttributeError:", e)
