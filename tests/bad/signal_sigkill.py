# expect: type=OSError line=5
# SIGKILL cannot be caught: sigaction fails with EINVAL.
import signal

signal.signal(signal.SIGKILL, lambda s, f: None)
