# signal: an exception a handler raises at a loop's backward jump is caught
# by the try around the loop (while, for, an empty body).
import signal
class Timeout(Exception): pass
def h(s, f): raise Timeout()
signal.signal(signal.SIGALRM, h)
x = 0
signal.setitimer(signal.ITIMER_REAL, 0.05)
n = 0
try:
    while True:
        n += 1
except Timeout:
    print("caught in while")
signal.setitimer(signal.ITIMER_REAL, 0.05)
m = 0
try:
    for i in iter(int, 1):
        m += 1
except Timeout:
    print("caught in for")
try:
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    while True:
        pass
except Timeout:
    print("caught in pass loop")
