# expect: type=SyntaxError line=3
x = 1
from __future__ import annotations
print("never")
