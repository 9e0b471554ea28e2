# atexit: the callbacks run after an uncaught exception too.
import atexit

atexit.register(print, "cleanup ran")
print("before")
raise RuntimeError("uncaught")
