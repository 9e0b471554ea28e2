# expect: type=ImportError line=2
from . import sibling
