# expect: type=TypeError line=5
# signal.signal with a handler that is neither callable nor SIG_DFL/SIG_IGN.
import signal

signal.signal(signal.SIGUSR1, 5)
