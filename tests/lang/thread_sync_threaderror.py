# threading.ThreadError is RuntimeError (_thread.error), as releasing an
# unlocked lock shows.
import threading
print(threading.ThreadError is RuntimeError)
l = threading.Lock()
try:
    l.release()
except threading.ThreadError as e:
    print(type(e).__name__, e)
