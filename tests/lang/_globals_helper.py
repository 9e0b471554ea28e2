# A module for builtin_globals.py, without a docstring.
def names():
    return sorted(k for k in globals() if not k.startswith("__"))
