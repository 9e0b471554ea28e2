# os.terminal_size and os.get_terminal_size: stdout is a pipe here, so
# asking its size raises OSError (ENOTTY), as argparse's width rule expects.
import os

t = os.terminal_size((100, 30))
print(t, t.columns, t.lines, t[0], len(t), tuple(t), isinstance(t, tuple))
for fd in (1, 99):
    try:
        os.get_terminal_size(fd)
    except OSError as e:
        print(type(e).__name__, e.errno, e)
try:
    os.get_terminal_size()
except OSError as e:
    print('default fd:', e.errno)
