# expect: type=SyntaxError line=2
from __future__ import braces
