# compat.py: one workload file for gilpy and for CPython.
#
# gilpy has two modules of its own, `bench` and `gil`. Under gilpy this file
# hands them out; under CPython it stands in for them, with the same results:
#
#   spin_native(n)   n rounds of x = (x * 1103515245 + 12345 + i) mod 2**32 from
#                    x = 0 (i = 0 .. n-1); returns x. Both interpreters run the
#                    same C function, gb_spin of workloads/native/spin.c, with
#                    the GIL released (the NumPy case): gilpy inside its bench
#                    module, CPython through ctypes from libgbspin.so (found
#                    through $GILBENCH_SPINLIB, else ../build/lib/). Without
#                    the library, spin_native raises OSError saying so.
#   fetch(url)       a blocking HTTP/1.1 GET of url, which must be on 127.0.0.1
#                    (the harness's loopback server; anything else is a
#                    ValueError); returns the length of the body in bytes.
#                    Both versions use one plain socket per request, and both
#                    release the GIL while they wait.
#   read_file(path)  the text of a UTF-8 file (GIL released while reading).
#   gil              the gil module; on CPython a stand-in whose model() is
#                    'cpython', stats() and thread_stats() are {}, trace_start()
#                    does nothing, trace_stop() returns [], and
#                    setswitchinterval/getswitchinterval are sys's.
#
# The file itself stays inside gilpy's language subset (no bytes literals),
# since gilpy compiles it before running either branch.
import sys

_spin = []  # libgbspin.so's gb_spin, or the reason it could not be loaded


def _spinlib_path():
    # $GILBENCH_SPINLIB (the harness sets it for its drivers), else the
    # repository's build/lib/ beside this workloads/ folder
    path = os.environ.get("GILBENCH_SPINLIB", "")
    if path != "":
        return path
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.join(os.path.dirname(here), "build", "lib", "libgbspin.so")


def _load_spin():
    path = _spinlib_path()
    try:
        f = ctypes.CDLL(path).gb_spin
    except OSError as e:
        _spin.append("compat.spin_native needs libgbspin.so (build it with cmake; "
                     + "or set GILBENCH_SPINLIB): " + str(e))
        return
    f.argtypes = [ctypes.c_int64]
    f.restype = ctypes.c_uint32
    _spin.append(f)


def _spin_native(n):
    f = _spin[0]
    if isinstance(f, str):
        raise OSError(f)
    if not isinstance(n, int):
        raise TypeError("'" + type(n).__name__ + "' object cannot be interpreted as an integer")
    # a ctypes.CDLL call releases the GIL while gb_spin runs
    return f(n)


def _split_url(url):
    prefix = "http://"
    if not url.startswith(prefix):
        raise ValueError("bench.fetch: bad URL '" + url + "'")
    rest = url[len(prefix):]
    end = len(rest)
    for c in "/?#":
        k = rest.find(c)
        if k >= 0 and k < end:
            end = k
    hostport = rest[:end]
    path = rest[end:]
    if path == "" or path[0] == "#":
        path = "/"
    path = path.split("#")[0]
    host = hostport
    port = 80
    k = hostport.find(":")
    if k >= 0:
        host = hostport[:k]
        port = int(hostport[k + 1:])
    if host != "127.0.0.1" and host != "localhost":
        raise ValueError("bench.fetch: only 127.0.0.1 is allowed, not '" + host + "'")
    return host, port, path


def _fetch(url):
    host, port, path = _split_url(url)
    req = "GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + str(port)
    req += "\r\nConnection: close\r\n\r\n"
    # a plain connect to the numeric address, as bench.fetch does: no
    # socket.create_connection, whose getaddrinfo encodes the host with the
    # idna codec, an import of encodings.idna, stringprep and unicodedata
    # (1 ms of CPU) in a process's first request
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        s.connect(("127.0.0.1", port))
        s.sendall(req.encode())
        parts = []
        while True:
            data = s.recv(65536)
            if not data:
                break
            parts.append(data)
    finally:
        # a reset, not a FIN: no TIME_WAIT left behind (bench.fetch's comment)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, _LINGER_RESET)
        s.close()
    reply = "".encode().join(parts)
    end = reply.find("\r\n\r\n".encode())
    if end < 0:
        raise OSError("bench.fetch: malformed HTTP response")
    status = reply[:reply.find("\r\n".encode())].decode("latin-1").split(" ", 2)
    if len(status) < 2 or status[1] != "200":
        reason = ""
        if len(status) > 2:
            reason = status[2]
        raise OSError("HTTP Error " + status[1] + ": " + reason)
    return len(reply) - end - 4


_READ_EXTRA = 64 << 20  # gilpy's bench.read_file bound: a file's size + 64 MiB


def _read_file(path):
    # bounded as gilpy's is, so /dev/zero or an endless pipe fails at once,
    # with the same message, instead of filling memory
    import errno
    import os
    f = open(path, "rb")
    try:
        limit = os.fstat(f.fileno()).st_size + _READ_EXTRA
        data = f.read(limit + 1)
    finally:
        f.close()
    if len(data) > limit:
        raise OSError(errno.EFBIG, os.strerror(errno.EFBIG) + ": '" + path +
                      "' (not a regular file, or growing: more than 64 MiB read)")
    return data.decode("utf-8")


def _model():
    return "cpython"


def _stats():
    return {}


def _trace_start():
    return None


def _trace_stop():
    return []


try:
    import bench
    import gil
    spin_native = bench.spin_native
    fetch = bench.fetch
    read_file = bench.read_file
except ImportError:
    # imported and loaded here, not in a task's first call: a run's
    # repetitions, even its first in a fresh process, do the same work
    import ctypes
    import os
    import socket
    import struct
    import types
    _load_spin()
    _LINGER_RESET = struct.pack("ii", 1, 0)  # SO_LINGER on, 0 s: close sends a reset
    spin_native = _spin_native
    fetch = _fetch
    read_file = _read_file
    gil = types.SimpleNamespace(model=_model, stats=_stats, thread_stats=_stats,
                                trace_start=_trace_start, trace_stop=_trace_stop,
                                setswitchinterval=sys.setswitchinterval,
                                getswitchinterval=sys.getswitchinterval)
