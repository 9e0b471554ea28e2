# print() writes to the program's sys.stdout when it replaced it
# (redirect_stdout, sys.stdout = StringIO(), None), each piece a write()
# call and flush=True a flush() call, as CPython's; contextlib's
# redirect_stderr and chdir.
import sys, io, contextlib, os
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured", 1)
    print("more", end="", flush=True)
print("got:", repr(buf.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print("x")
cap = sys.stdout.getvalue()
sys.stdout = old
print("got2:", repr(cap))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to err", file=sys.stderr)
print("err:", repr(err.getvalue()))
sys.stdout = None
print("lost")
sys.stdout = old
class Upper:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s.upper()); return len(s)
    def flush(self): self.parts.append('<flush>')
u = Upper()
with contextlib.redirect_stdout(u) as target:
    print("a", "b", sep="-", flush=True)
print(u.parts, target is u)
here = os.getcwd()
with contextlib.chdir('/'):
    print(os.getcwd())
print(os.getcwd() == here)
