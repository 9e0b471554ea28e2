# expect: type=SyntaxError line=3
"""A docstring may come first; an unknown feature may not."""
from __future__ import annotations, no_such_feature
