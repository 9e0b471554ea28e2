# atexit: _run_exitfuncs runs and forgets them; _clear; callbacks also run
# after SystemExit, before the exit status is set.
import atexit
import sys

atexit.register(print, "one")
atexit.register(print, "two", sep="-", end="|\n")
atexit._run_exitfuncs()
atexit._run_exitfuncs()
atexit.register(print, "cleared")
atexit._clear()
print(atexit._ncallbacks())
atexit.register(print, "at exit", 3)
sys.exit(3)
