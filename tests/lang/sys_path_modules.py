# sys.path starts with the program's directory; a directory a program adds
# is searched by later imports; sys.modules is the import cache itself.
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
print(type(sys.path).__name__, sys.path[0] == here)
print(type(sys.modules).__name__, "sys" in sys.modules, "os" in sys.modules)
try:
    import mod
except ModuleNotFoundError as e:
    print("before:", e)
sys.path.insert(0, os.path.join(here, "_pkg"))
import mod

print(mod.f(), sys.modules["mod"] is mod)
import mod  # cached: no second "init"

sys.path.append(42)  # not a directory name: skipped, as CPython skips it
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(e)
