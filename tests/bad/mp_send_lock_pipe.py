# expect: type=RuntimeError line=6
# A Lock is shared by inheritance only: sending it on a Pipe fails as in
# CPython.
from multiprocessing import Lock, Pipe
a, b = Pipe()
a.send(Lock())
