"""workloads/compat.py's read_file, the CPython side of bench.read_file:
bounded like gilpy's, so /dev/zero fails at once with gilpy's message instead
of growing until the memory limit; a regular file reads whole; a directory
fails as an OSError."""
import os
import resource
import subprocess
import sys

import hlib
from hlib import expect

prog = r'''
import sys
sys.path.insert(0, sys.argv[1])
import compat
for p in ("/dev/zero", sys.argv[1]):
    try:
        compat.read_file(p)
    except OSError as e:
        print(type(e).__name__, e)
print(len(compat.read_file(sys.argv[2])) == len(open(sys.argv[2]).read()))
'''
wl = os.path.join(hlib.ROOT, "workloads")


def cap_memory():  # /dev/zero read unbounded would hit this, not the bound
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


p = subprocess.run([sys.executable, "-c", prog, wl, __file__], capture_output=True, text=True,
                   timeout=60, preexec_fn=cap_memory)
lines = p.stdout.splitlines()
expect(p.returncode == 0 and len(lines) == 3, "three answers", p)
expect(lines[0] == "OSError [Errno 27] File too large: '/dev/zero' (not a regular file, "
       "or growing: more than 64 MiB read)", f"/dev/zero: {lines[0]!r}")
expect(lines[1].startswith("IsADirectoryError") or lines[1].startswith("OSError"),
       f"a directory: {lines[1]!r}")
expect(lines[2] == "True", "a regular file reads whole", p)

# gilpy's bench.read_file says the same of /dev/zero
gilpy = os.path.join(os.path.dirname(hlib.GILBENCH), "gilpy")
if os.path.exists(gilpy):
    src = os.path.join(hlib.TMP, "rz.py")
    with open(src, "w") as f:
        f.write("import bench\ntry:\n    bench.read_file('/dev/zero')\n"
                "except OSError as e:\n    print('OSError', e)\n")
    q = subprocess.run([gilpy, src], capture_output=True, text=True, timeout=60)
    expect(q.stdout.strip() == lines[0], f"gilpy agrees: {q.stdout!r} vs {lines[0]!r}", q)
print("ok")
