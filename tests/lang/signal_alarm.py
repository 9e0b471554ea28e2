# signal: alarm and setitimer interrupt blocking waits; a handler that
# raises ends the wait, one that returns lets the sleep go on (PEP 475).
import signal
import time


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout("alarm %d" % signum)


signal.signal(signal.SIGALRM, on_alarm)
print(signal.alarm(1))
print(signal.alarm(0))
signal.alarm(1)
t0 = time.monotonic()
n = 0
try:
    while True:
        time.sleep(0.05)
        n += 1
except Timeout as e:
    print("caught", e, 0.5 < time.monotonic() - t0 < 5, n > 5)

signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    time.sleep(10)
except Timeout as e:
    print("sleep ended by", e)
print(signal.getitimer(signal.ITIMER_REAL))

ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
old = signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)
print(old)
t0 = time.monotonic()
time.sleep(0.4)
slept = time.monotonic() - t0
delay, interval = signal.setitimer(signal.ITIMER_REAL, 0)
print("slept the whole time:", slept >= 0.4, "ticks:", len(ticks) >= 3, interval)
print(0 < delay <= 0.05)

try:
    signal.setitimer(signal.ITIMER_REAL, -1)
except signal.ItimerError as e:
    print("ItimerError", e)
try:
    signal.getitimer(99)
except signal.ItimerError as e:
    print("ItimerError", e)

# a signal sent to itself just before a sleep is handled before it sleeps
signal.signal(signal.SIGUSR1, lambda s, f: print("usr1 handled"))
import os

os.kill(os.getpid(), signal.SIGUSR1)
time.sleep(0.01)
print("after the sleep")
