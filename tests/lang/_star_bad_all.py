# Module for mod_import_star.py: __all__ naming something that is not there.
__all__ = ["here", "missing"]
here = 1
