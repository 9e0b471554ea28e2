"""Inputs the fuzzers found (tests/fuzz/corpus_*/regress-*), replayed through
the gilbench command, so the normal and sanitizer builds keep them fixed too
(the fuzz builds replay them in fuzz/*_corpus)."""
import glob
import os

import hlib
from hlib import expect

n = 0
# fuzz_suite: the first byte is the fuzzer's options, the rest the suite file.
# A worker count like "9223372036854775807P" overflowed (signed, UB) when
# multiplied by the core count: it is a bad worker count.
for path in sorted(glob.glob(os.path.join(hlib.ROOT, "tests", "fuzz", "corpus_suite", "regress-*"))):
    with open(path, "rb") as f:
        data = f.read()[1:]
    suite = hlib.out(os.path.basename(path) + ".json")
    with open(suite, "wb") as f:
        f.write(data)
    p = hlib.gilbench("suite", suite, "--no-cpython", "--out", hlib.out("o-" + str(n)))
    expect(p.returncode == 2 and ("bad worker" in p.stderr or "workers must be" in p.stderr),
           f"{path}: not refused", p)
    n += 1
expect(n >= 2, "no suite regression inputs found")
print(f"fuzz regressions: {n} passed")
