"""bench.fetch gives the GIL up around each system call that may block and
takes it back in between, as CPython's socket module does for compat.fetch's
calls (socket, connect, send, recv, close): one request is then several
GIL acquisitions by the fetching thread, not the one a release for the
whole request made. The convoy experiments (E8, E14) turn on these
hand-offs. The reply is still read whole: the body's length comes back."""
import os
import re
import subprocess

import hlib
from hlib import expect

GILPY = os.path.join(os.path.dirname(hlib.GILBENCH), "gilpy")
if not os.path.exists(GILPY):
    hlib.skip("no gilpy beside gilbench")

PROG = """
import sys
import bench
import gil
url = sys.argv[1]
before = gil.thread_stats()["acquisitions"]
n = bench.fetch(url)
print(n > 0, gil.thread_stats()["acquisitions"] - before)
"""

srv = hlib.spawn("serve", "--latency", "0")
try:
    m = re.search(r"127\.0\.0\.1:(\d+)", srv.stdout.readline())
    expect(m, "the server names its port")
    url = f"http://127.0.0.1:{m.group(1)}/"
    for model in ("new", "fifo"):
        p = subprocess.run([GILPY, f"--gil={model}", "-c", PROG, url], capture_output=True,
                           text=True, timeout=60)
        hlib.sanitizer_clean(p.stderr)
        expect(p.returncode == 0, f"gil={model}: the fetch runs", p)
        ok, takes = p.stdout.split()
        expect(ok == "True", f"gil={model}: the body's length comes back: {p.stdout!r}")
        # socket, connect, send, at least one recv, close
        expect(int(takes) >= 5,
               f"gil={model}: a fetch takes the GIL back after each blocking call "
               f"(at least 5 takes), took it {takes} time(s)")
finally:
    srv.terminate()
    srv.wait()
