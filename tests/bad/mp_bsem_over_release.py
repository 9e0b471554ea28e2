# expect: type=ValueError line=6
# A BoundedSemaphore released past its start value is a ValueError.
from multiprocessing import BoundedSemaphore
s = BoundedSemaphore(2)
s.acquire()
s.release(); s.release()
