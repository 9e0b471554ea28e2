# expect: type=SyntaxError line=3
def f():
    from __future__ import annotations
