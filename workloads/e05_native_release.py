# E5 native-release. Claim (S2, S3): C extensions that release the GIL (NumPy)
# run in parallel under threads. Expected: threads ~ procs ~ min(N, P) x.
# Entry: spin(n): spin_native(n), a C loop with the GIL released. Both
# interpreters run the same function (workloads/native/spin.c): gilpy in its
# bench module, CPython through ctypes from build/lib/libgbspin.so.
from compat import spin_native


def spin(n):
    return spin_native(n)


if __name__ == '__main__':
    from demo import compare
    compare(spin, (50_000_000,), 2)
