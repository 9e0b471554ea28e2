# expect: type=ValueError line=7
# Queue.get after close() is a ValueError, as in CPython.
from multiprocessing import Queue
q = Queue()
q.put(1)
q.close()
q.get()
