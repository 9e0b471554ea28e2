# atexit: callbacks run last first at exit, after the non-daemon threads
# finished, with their args and kwargs; unregister; an exception in one is
# printed ("Exception ignored in atexit callback") and the rest still run.
import atexit
import threading
import time


def bye(name, *, punct="!"):
    print("bye", name + punct)


@atexit.register
def first():
    print("first registered, runs last")


print(first.__name__)
atexit.register(bye, "world", punct="?")
print(atexit.register(bye, "x") is bye)


def boom():
    raise ValueError("boom in callback")


atexit.register(boom)


def gone():
    print("never")


n = atexit._ncallbacks()
atexit.register(gone)
atexit.register(gone)
atexit.unregister(gone)
atexit.unregister(lambda: None)
print(atexit._ncallbacks() - n)


def worker():
    time.sleep(0.1)
    print("worker done")


threading.Thread(target=worker).start()
print("main done")
