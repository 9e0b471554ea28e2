# expect: type=TypeError line=4
# CPython refuses weak references to ints (and str, tuple, list, dict).
import weakref
weakref.ref(42)
