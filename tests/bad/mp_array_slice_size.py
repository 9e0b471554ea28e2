# expect: type=ValueError line=5
# A slice assignment must keep the Array's size.
from multiprocessing import Array
a = Array('i', 4)
a[0:2] = [1, 2, 3]
