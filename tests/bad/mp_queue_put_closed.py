# expect: type=ValueError line=6
# Queue.put after close() is a ValueError, as in CPython.
from multiprocessing import Queue
q = Queue()
q.close()
q.put(1)
