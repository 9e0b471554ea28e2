# expect: type=RuntimeError line=5
# A Queue is shared by inheritance only.
from multiprocessing import Pipe, Queue
a, b = Pipe()
a.send(Queue())
