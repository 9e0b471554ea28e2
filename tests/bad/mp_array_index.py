# expect: type=IndexError line=5
# An Array index past the end is an IndexError, as for a ctypes array.
from multiprocessing import Array
a = Array('i', 3)
print(a[3])
