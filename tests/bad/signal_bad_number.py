# expect: type=ValueError line=5
# signal.signal with a signal number out of range.
import signal

signal.signal(999, lambda s, f: None)
