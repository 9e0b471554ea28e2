# expect: type=ValueError line=6
import threading
sem = threading.BoundedSemaphore(1)
with sem:
    pass
sem.release()
