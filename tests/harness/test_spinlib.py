"""E5 runs the same native loop in both interpreters: CPython's
compat.spin_native (ctypes, libgbspin.so) and gilpy's bench.spin_native
return the loop's value (checked against a closed form), the library is
found through $GILBENCH_SPINLIB or the repository's build/lib/, and a
missing one is an error that says so, not another workload."""
import os
import subprocess
import sys

from hlib import GILBENCH, ROOT, expect, skip

BIN = os.path.dirname(os.path.abspath(GILBENCH))
LIB = os.path.normpath(os.path.join(BIN, "..", "lib", "libgbspin.so"))
GILPY = os.path.join(BIN, "gilpy")
WL = os.path.join(ROOT, "workloads")
N = [0, 1, 2, 1000003]


def closed_form(n):
    # x -> a*x + c + i as a 3x3 matrix on (x, i, 1), raised to the n-th power
    def mul(a, b):
        return [[sum(a[i][k] * b[k][j] for k in range(3)) & 0xFFFFFFFF for j in range(3)]
                for i in range(3)]
    m, p = [[1103515245, 1, 12345], [0, 1, 1], [0, 0, 1]], [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
    while n:
        if n & 1:
            p = mul(m, p)
        m, n = mul(m, m), n >> 1
    return p[0][2]


def cpython(env_lib, cwd):
    env = dict(os.environ)
    env.pop("GILBENCH_SPINLIB", None)
    if env_lib is not None:
        env["GILBENCH_SPINLIB"] = env_lib
    code = "import sys; sys.path.insert(0, %r)\nimport compat\nprint(%s)" % (
        WL, ", ".join("compat.spin_native(%d)" % n for n in N))
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=60)


if not os.path.exists(LIB):
    skip("no %s beside this gilbench" % LIB)
want = " ".join(str(closed_form(n)) for n in N)

p = cpython(LIB, "/")
expect(p.returncode == 0 and p.stdout.split() == want.split(), "CPython via $GILBENCH_SPINLIB", p)

prog = os.path.join(os.environ.get("TMPDIR", "/tmp"), "gb-spinlib-%d.py" % os.getpid())
with open(prog, "w") as f:
    f.write("import bench\nprint(%s)\n" % ", ".join("bench.spin_native(%d)" % n for n in N))
g = subprocess.run([GILPY, prog], capture_output=True, text=True, timeout=60)
os.unlink(prog)
expect(g.returncode == 0 and g.stdout.split() == want.split(), "gilpy's bench.spin_native", g)

p = cpython(os.path.join(os.path.dirname(LIB), "no-such-libgbspin.so"), "/")
expect(p.returncode != 0 and "needs libgbspin.so" in p.stderr, "a missing library says so", p)

# without the variable: build/lib/ relative to the workloads folder
if os.path.normpath(os.path.join(ROOT, "build", "lib", "libgbspin.so")) == LIB:
    p = cpython(None, "/")
    expect(p.returncode == 0 and p.stdout.split() == want.split(), "CPython via build/lib/", p)
print("ok: both interpreters run gb_spin;", want)
