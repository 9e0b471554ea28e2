# expect: type=AssertionError line=6
# join_thread on a queue not closed fails CPython's assertion.
from multiprocessing import Queue
q = Queue()
q.put(1)
q.join_thread()
