# expect: type=TypeError line=4
# An int Value cannot hold a float (ctypes' rule).
from multiprocessing import Value
v = Value('i', 2.5)
