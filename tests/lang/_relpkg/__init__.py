# Package for mod_import_relative.py: relative imports in __init__.
from . import shapes
from .shapes import area as shape_area
VERSION = "1.0"
