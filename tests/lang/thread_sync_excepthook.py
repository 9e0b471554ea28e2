# threading.excepthook: a thread's uncaught exception goes to the hook
# assigned to the module (args: exc_type, exc_value, thread), SystemExit
# included; a failing hook is reported; __excepthook__ is the default.
import threading
import sys

def bad():
    raise ValueError("boom")

t = threading.Thread(target=bad, name="w1")
t.start(); t.join()

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
t = threading.Thread(target=bad, name="w2")
t.start(); t.join()
t = threading.Thread(target=sys.exit, name="w3")
t.start(); t.join()
print(seen)
print(threading.__excepthook__ is not hook)

class T(threading.Thread):
    def run(self):
        raise KeyError("k")
t = T(name="sub")
t.start(); t.join()
print(seen[-1])

def broken(args):
    raise RuntimeError("hook broke")
threading.excepthook = broken
t = threading.Thread(target=bad, name="w4")
t.start(); t.join()
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=sys.exit, name="w5")
t.start(); t.join()
print("end")
