# signal: with the default SIGINT handler a SIGINT is a KeyboardInterrupt
# on the main thread (status: death by SIGINT, as CPython); the atexit
# callbacks still run.
import atexit
import os
import signal
import time

atexit.register(print, "atexit ran")
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print("start", flush=True)
os.kill(os.getpid(), signal.SIGINT)
time.sleep(2)
print("not reached")
