# signal: Python handlers run on the main thread for os.kill to self;
# getsignal, SIG_IGN, default_int_handler and the enums' reprs.
import os
import signal

print(signal.SIGINT, repr(signal.SIGINT), repr(signal.SIGTERM), repr(signal.SIGALRM))
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.SIG_DFL, signal.NSIG)
print(repr(signal.Signals(10)), signal.Signals.SIGUSR2.name, repr(signal.SIGIOT))
print(repr(signal.SIGCLD), repr(signal.Signals['SIGHUP']), signal.SIGKILL == 9)
print(isinstance(signal.SIGPIPE, int), type(signal.SIGCHLD).__name__)
print(repr(signal.SIG_BLOCK), repr(signal.SIG_SETMASK))
print(signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
print(issubclass(signal.ItimerError, OSError), signal.ItimerError.__name__)

print(repr(signal.getsignal(signal.SIGUSR1)))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)

got = []


def handler(signum, frame):
    got.append(signum)
    print("handler", signum, type(signum).__name__, signum == signal.SIGUSR1)


print(repr(signal.signal(signal.SIGUSR1, handler)))
print(signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
for _ in range(100):
    pass
print("got", got)

signal.raise_signal(signal.SIGUSR1)
print("got", got)

print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
for _ in range(100):
    pass
print("ignored", got, repr(signal.getsignal(signal.SIGUSR1)))
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))


class Stop(Exception):
    pass


def raiser(signum, frame):
    raise Stop("from handler %d" % signum)


signal.signal(signal.SIGUSR2, raiser)
try:
    os.kill(os.getpid(), signal.SIGUSR2)
    for _ in range(100):
        pass
    print("not reached")
except Stop as e:
    print("caught", e)

try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))

old = signal.signal(signal.SIGINT, handler)
print(old is signal.default_int_handler)
signal.raise_signal(signal.SIGINT)
print("got", got)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
    print("not reached")
except KeyboardInterrupt:
    print("KeyboardInterrupt from raise_signal")

print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM), signal.strsignal(signal.SIGUSR1))
vs = signal.valid_signals()
print(signal.SIGINT in vs, signal.SIGKILL in vs, 0 in vs, type(vs).__name__)
signal.siginterrupt(signal.SIGUSR1, False)
old = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
print(signal.SIGUSR1 in old, signal.SIGUSR1 in signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1]))
