# signal: handlers run on the main thread, whichever thread the signal
# came from; signal.signal from another thread is a ValueError; a lock
# wait resumes after a handler that returns and ends with one that raises.
import os
import signal
import threading
import time

seen = []


def handler(signum, frame):
    seen.append(threading.current_thread().name)


signal.signal(signal.SIGUSR1, handler)
t = threading.Thread(target=lambda: os.kill(os.getpid(), signal.SIGUSR1), name="killer")
t.start()
t.join()
for _ in range(1000):
    pass
print(seen)

errors = []


def try_signal():
    try:
        signal.signal(signal.SIGUSR1, handler)
    except ValueError as e:
        errors.append(str(e))


t = threading.Thread(target=try_signal)
t.start()
t.join()
print(errors)

lock = threading.Lock()
lock.acquire()
signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
seen.clear()
t0 = time.monotonic()
print(lock.acquire(timeout=0.4), time.monotonic() - t0 >= 0.4, seen)


class Stop(Exception):
    pass


def stop(signum, frame):
    raise Stop("stop")


signal.signal(signal.SIGALRM, stop)
signal.setitimer(signal.ITIMER_REAL, 0.05)
t0 = time.monotonic()
try:
    lock.acquire()
except Stop as e:
    print("acquire ended by", e, time.monotonic() - t0 < 5)
ev = threading.Event()
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    ev.wait()
except Stop as e:
    print("wait ended by", e)
