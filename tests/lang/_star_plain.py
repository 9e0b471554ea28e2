# Module for mod_import_star.py: without __all__, every name not starting with '_'.
import math as _math
visible = 1
_hidden = 2


def helper():
    return _math.sqrt(16)
