# expect: type=TypeError line=5
# An Array index must be an int.
from multiprocessing import Array
a = Array('d', [1.5, 2.5])
print(a[1.0])
