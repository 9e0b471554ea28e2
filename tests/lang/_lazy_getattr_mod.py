# A module with its own __getattr__ (PEP 562), for mod_module_getattr.py.
def __getattr__(name):
    if name == "X":
        return 42
    if name == "boom":
        raise KeyError(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
