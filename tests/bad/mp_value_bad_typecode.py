# expect: type=TypeError line=4
# An unknown typecode has no ctypes size.
from multiprocessing import Value
Value('z', 1)
