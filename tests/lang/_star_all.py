# Module for mod_import_star.py: __all__ limits what 'import *' binds.
__all__ = ["public", "_chosen"]
public = "public"
_chosen = "listed, so imported despite the underscore"
unlisted = "not in __all__"
