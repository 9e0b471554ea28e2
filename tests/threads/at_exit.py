# At exit the interpreter waits for non-daemon threads, not for daemons.
import threading
import time

spins = [0]


def forever():
    while True:
        spins[0] += 1
        time.sleep(0.001)


def late(k):
    time.sleep(0.1)
    print("worker", k, "done")


threading.Thread(target=forever, daemon=True).start()
threading.Thread(target=late, args=(1,)).start()
print("main done")
