# The ways programs import concurrent.futures and queue, and the names the
# classes report (CPython's module paths).
from concurrent import futures
import concurrent.futures as cf
import concurrent
import queue
import threading

print(futures.ThreadPoolExecutor is cf.ThreadPoolExecutor, concurrent.futures is cf)
from concurrent.futures import *
print(sorted(k for k in globals() if k[0].isupper() and k != "ProcessPoolExecutor"))
print(cf.Future, cf.Executor, cf.ThreadPoolExecutor)
print(cf.CancelledError, cf.InvalidStateError, cf.BrokenExecutor, cf.TimeoutError)
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(queue.Queue, queue.SimpleQueue, queue.Empty, queue.Full, queue.PriorityQueue)
print(threading.Condition, threading.Semaphore, threading.BoundedSemaphore,
      threading.Barrier, threading.BrokenBarrierError, threading.local)
with cf.ThreadPoolExecutor() as ex:
    f = ex.submit(int, "7")
    print(f.result(), repr(f).split(" at ")[0], repr(f).split(" state=")[1])
    print(sorted(t.name for t in threading.enumerate() if t.name.startswith("ThreadPool")))
try:
    import concurrent.nothing
except ModuleNotFoundError as e:
    print(e)
