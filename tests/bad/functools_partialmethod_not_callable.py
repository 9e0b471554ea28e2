# expect: type=TypeError line=5
from functools import partialmethod

class C:
    m = partialmethod(3, 1)
