# A pool that is never shut down: as in CPython, the interpreter's exit
# finishes the work already submitted, then stops the idle workers and
# waits for them (the worker is not a daemon).
import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
pool = ThreadPoolExecutor(max_workers=1)


def job(i):
    gate.wait()
    print("job", i, threading.current_thread().daemon)


for i in range(4):
    pool.submit(job, i)
idle = ThreadPoolExecutor(max_workers=3)
print(idle.submit(pow, 2, 10).result())
print("main ends")
gate.set()
