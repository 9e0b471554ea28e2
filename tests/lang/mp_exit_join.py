# At exit the parent joins its non-daemon children (their output comes
# before the parent ends) and terminates its daemonic ones (theirs never
# comes), as CPython's multiprocessing atexit function does; a child does
# the same with its own children when its run() returns, and joins the
# threads it started.
import threading
import time
from multiprocessing import Event, Process, Queue, active_children


def slow(tag, delay, after=None):
    if after is not None:
        after.wait(30)
    time.sleep(delay)
    print(tag, "finished", flush=True)
    return tag


def parent_of_two(q):
    done = Event()
    threading.Thread(target=lambda: slow("child's thread", 0.2) and done.set()).start()
    Process(target=slow, args=("grandchild", 0.1, done)).start()
    d = Process(target=slow, args=("daemonic grandchild", 5), daemon=True)
    d.start()
    q.put("child started both")


q = Queue()
c = Process(target=parent_of_two, args=(q,))
c.start()
print(q.get(), flush=True)
c.join()
print("child exit code", c.exitcode, flush=True)

Process(target=slow, args=("non-daemon child", 0.3)).start()
d = Process(target=slow, args=("daemonic child", 5))
d.daemon = True
d.start()
print("children alive", len(active_children()), flush=True)
print("main ends", flush=True)
