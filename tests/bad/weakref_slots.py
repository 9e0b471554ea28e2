# expect: type=TypeError line=10
# __slots__ without __weakref__ leaves no room for weak references.
import weakref


class P:
    __slots__ = ("x", "y")


weakref.ref(P())
