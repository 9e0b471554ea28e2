# Subpackage of _relpkg: imports from its parent with '..'.
from .. import units
from ..shapes import area
from . import leaf
