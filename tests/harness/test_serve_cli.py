"""`gilbench serve`'s server options: bad values are refused like every knob,
and the timeouts and connection cap given on the command line are the ones the
server applies (a half-sent request head is answered 408 after
--header-timeout; an idle connection is closed after --idle-timeout; the
(N+1)th connection waits while --max-conns N are open)."""
import re
import signal
import socket
import subprocess
import time

import hlib
from hlib import expect

for args, msg in [(["--max-conns", "0"], "max-conns must be an integer"),
                  (["--max-conns", "x"], "max-conns must be an integer"),
                  (["--header-timeout", "0"], "a server timeout must be"),
                  (["--idle-timeout", "inf"], "a server timeout must be"),
                  (["--idle-timeout", "1e300"], "a server timeout must be")]:
    p = hlib.gilbench("serve", "--latency", "0", *args)
    expect(p.returncode == 2 and msg in p.stderr and args[0] in p.stderr,
           f"{args}: exit 2 naming the flag", p)

srv = subprocess.Popen([hlib.GILBENCH, "serve", "--latency", "0", "--header-timeout", "300",
                        "--idle-timeout", "600", "--max-conns", "2"],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
try:
    first = srv.stdout.readline()
    m = re.search(r"127\.0\.0\.1:(\d+) .*at most 2 connections", first)
    expect(m, f"banner names the port and the cap: {first!r}")
    port = int(m.group(1))

    def timed_reply(payload):
        """Seconds until the server answers or closes, and what it sent."""
        s = socket.create_connection(("127.0.0.1", port), timeout=20)
        s.sendall(payload)
        t0 = time.monotonic()
        data = b""
        while True:
            chunk = s.recv(4096)
            if not chunk:
                break
            data += chunk
        s.close()
        return time.monotonic() - t0, data

    took, data = timed_reply(b"GET / HTTP/1.1\r\nHost: x\r\n")  # head never ends
    expect(data.startswith(b"HTTP/1.1 408"), f"half-sent head: 408, got {data[:40]!r}")
    expect(0.25 <= took < 8, f"408 after about 300 ms, not the 10 s default: {took:.2f} s")

    took, data = timed_reply(b"")  # connects, sends nothing
    expect(0.25 <= took < 8, f"idle connection closed after the short timeout: {took:.2f} s")

    # two idle connections fill the cap: a third is accepted only after they close
    # (timed from before the two connect: their header timer starts later,
    # so however slowly this process runs, no slot frees before 300 ms)
    t0 = time.monotonic()
    held = [socket.create_connection(("127.0.0.1", port)) for _ in range(2)]
    time.sleep(0.1)
    s = socket.create_connection(("127.0.0.1", port), timeout=20)
    s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
    reply = s.recv(4096)
    waited = time.monotonic() - t0
    expect(reply.startswith(b"HTTP/1.1 200"), f"third connection answered: {reply[:40]!r}")
    expect(waited >= 0.28, f"third connection waited for a slot freed at 300 ms: {waited:.2f} s")
    s.close()
    for h in held:
        h.close()
finally:
    srv.send_signal(signal.SIGINT)
    out, err = srv.communicate(timeout=30)
    hlib.sanitizer_clean(err)
expect(srv.returncode == 0, f"serve exits 0 on SIGINT (got {srv.returncode}): {err}")
expect("header timeouts" in out, f"the stop line counts the timeouts: {out!r}")
print("ok")
