# import of a module file beside the script; module state is shared; loaded once.
import _helper_mod
import _helper_mod
from _helper_mod import square, GREETING
print(_helper_mod.GREETING, GREETING)
print(_helper_mod.bump(), _helper_mod.bump(5), _helper_mod.counter)
print(square(12), _helper_mod.square(3))
_helper_mod.counter = 100
print(_helper_mod.bump())
print(__name__)
