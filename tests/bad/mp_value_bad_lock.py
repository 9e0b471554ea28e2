# expect: type=AttributeError line=4
# Value's lock must be a lock (or True/False/None).
from multiprocessing import Value
Value('i', 0, lock=5)
