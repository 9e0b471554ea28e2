# expect: type=RuntimeError line=5
# A synchronized Value is shared by inheritance only.
from multiprocessing import Pipe, Value
a, b = Pipe()
a.send({'v': Value('i', 3)})
