# A module's own __getattr__ (PEP 562) answers attribute reads and
# from-imports of names its dict lacks; an AttributeError from it becomes
# the ImportError of from-import, other exceptions pass through.
import _lazy_getattr_mod
print(_lazy_getattr_mod.X)
from _lazy_getattr_mod import X
print(X)
print(getattr(_lazy_getattr_mod, 'Y', 'dflt'), hasattr(_lazy_getattr_mod, 'Y'))
try:
    _lazy_getattr_mod.Y
except AttributeError as e:
    print(e)
try:
    from _lazy_getattr_mod import Z
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
try:
    _lazy_getattr_mod.boom
except KeyError as e:
    print('KeyError', e)
