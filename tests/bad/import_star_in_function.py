# expect: type=SyntaxError line=3
def f():
    from math import *
    return floor(1.5)
