# signal and atexit: argument errors with CPython's messages, strsignal,
# valid_signals and the real-time signals.
import signal, atexit
def h(s, f): pass
tests = [
    lambda: signal.signal('x', h),
    lambda: signal.signal(0, h),
    lambda: signal.signal(signal.SIGUSR1, None),
    lambda: signal.getsignal(0),
    lambda: signal.getsignal(65),
    lambda: signal.getsignal(1.5),
    lambda: signal.alarm('x'),
    lambda: signal.strsignal(0),
    lambda: signal.raise_signal(0),
    lambda: signal.setitimer(signal.ITIMER_REAL, 'a'),
    lambda: signal.pthread_sigmask(signal.SIG_BLOCK, [0]),
    lambda: signal.siginterrupt(99, 1),
    lambda: atexit.register(),
    lambda: atexit.register(1),
    lambda: atexit.unregister(),
    lambda: signal.signal(signal.SIGSTOP, h),
    lambda: signal.default_int_handler(),
]
for t in tests:
    try:
        print(repr(t()))
    except BaseException as e:
        print(type(e).__name__, e)
print(signal.strsignal(signal.SIGRTMIN), signal.strsignal(40))
print(sorted(signal.valid_signals())[:3], len(signal.valid_signals()))
print(repr(signal.Signals.SIGRTMAX), signal.getsignal(signal.SIGCHLD))
