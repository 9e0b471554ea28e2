# expect: type=NotImplementedError line=5
# Counter.fromkeys is undefined, also through a subclass
import collections
class C(collections.Counter): pass
C.fromkeys("ab")

