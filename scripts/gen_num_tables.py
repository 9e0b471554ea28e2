#!/usr/bin/env python3
"""gen_num_tables.py — the expected values of tests/unit/test_int.c and
tests/unit/test_float.c, computed by the python3 that runs this script.

Each table in those files lists inputs (chosen by hand: edge cases of the
int64 fast path, bignums, bools, floats, format specs) and a `want` column:
what CPython prints for that operation, its repr or, for an exception, the
last line of its traceback ("Type: message"). This script reads the inputs
of every table, recomputes every `want` with python3 and prints the file
again, formatted with the repository's .clang-format (clang-format must be
on PATH):

    scripts/gen_num_tables.py tests/unit/test_int.c            # to stdout
    scripts/gen_num_tables.py --check tests/unit/test_*.c      # diff, exit 1 if any
    scripts/gen_num_tables.py --write tests/unit/test_float.c  # in place

To add a case, add a row with any `want` (say "") and run --write. The
committed values are python3 3.11.7's; a different python3 may differ
where CPython changed (it prints a warning with its version). One kind of
row is gilpy's, not CPython's: an int result above gilpy's 10^8-bit cap
(`10 ** 10000000000`) is a MemoryError in gilpy, which the script writes
without asking python3 to compute it.
"""
import argparse
import difflib
import math
import os
import re
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE = (3, 11, 7)

# gilpy refuses ints above this many bits with a MemoryError where CPython
# would compute for minutes or exhaust memory (GP_INT_MAX_BITS in interp/src/objects/num.h); rows
# that reach it hold gilpy's message, the one place a `want` is not CPython's.
MAX_BITS = 100_000_000


def capped(op, a, b):
    if type(a) is int and type(b) is int and b > 0:
        if op == "GP_OP_POW" and (abs(a).bit_length() - 1) * b > MAX_BITS:
            raise MemoryError("integer result too large (over %d bits)" % MAX_BITS)
        if op == "GP_OP_LSHIFT" and b + abs(a).bit_length() > MAX_BITS:
            raise MemoryError("integer result too large (over %d bits)" % MAX_BITS)
    return BINOPS[op](a, b)


BINOPS = {
    "GP_OP_ADD": lambda a, b: a + b,
    "GP_OP_SUB": lambda a, b: a - b,
    "GP_OP_MUL": lambda a, b: a * b,
    "GP_OP_TRUEDIV": lambda a, b: a / b,
    "GP_OP_FLOORDIV": lambda a, b: a // b,
    "GP_OP_MOD": lambda a, b: a % b,
    "GP_OP_POW": lambda a, b: a**b,
    "GP_OP_LSHIFT": lambda a, b: a << b,
    "GP_OP_RSHIFT": lambda a, b: a >> b,
    "GP_OP_AND": lambda a, b: a & b,
    "GP_OP_OR": lambda a, b: a | b,
    "GP_OP_XOR": lambda a, b: a ^ b,
}
UNOPS = {
    "GP_UN_NEG": lambda a: -a,
    "GP_UN_POS": lambda a: +a,
    "GP_UN_INVERT": lambda a: ~a,
}


def num(s):
    """A literal as tests/unit/numcheck.h's num() reads it."""
    if s in ("True", "False"):
        return s == "True"
    if any(c in s for c in ".eEn"):
        return float(s)
    return int(s)


def shown(f, raw=False):
    """What check() in numcheck.h compares: repr (str results as they are),
    a pair as "(a, b)", or "Type: message" for an exception."""
    try:
        v = f()
    except Exception as e:  # noqa: BLE001 — every exception is a result here
        return f"{type(e).__name__}: {e}"
    if raw or isinstance(v, str):
        return v
    if isinstance(v, tuple):
        return "(" + ", ".join(repr(x) for x in v) + ")"
    return repr(v)


def cmp6(a, b):
    return "".join("1" if r else "0" for r in (a < b, a <= b, a == b, a != b, a > b, a >= b))


def tostr(a, base):
    return {16: hex, 8: oct, 2: bin}[base](a) if base != 10 else repr(a)


def round_(a, nd):
    return round(a) if nd is None else round(a, num(nd))


# table name -> (file, function of the row's inputs giving the new `want`)
TABLES = {
    ("test_int.c", "binops"): lambda r: shown(lambda: capped(r[1], num(r[0]), num(r[2]))),
    ("test_int.c", "unops"): lambda r: shown(lambda: UNOPS[r[1]](num(r[0]))),
    ("test_int.c", "abses"): lambda r: shown(lambda: abs(num(r[0]))),
    ("test_int.c", "cmps"): lambda r: cmp6(num(r[0]), num(r[1])),
    ("test_int.c", "hashes"): lambda r: hash(num(r[0])),
    ("test_int.c", "divmods"): lambda r: shown(lambda: divmod(num(r[0]), num(r[1]))),
    ("test_int.c", "pow3s"): lambda r: shown(lambda: pow(num(r[0]), num(r[1]), num(r[2]))),
    ("test_int.c", "rounds"): lambda r: shown(lambda: round_(num(r[0]), r[1])),
    ("test_int.c", "tostrs"): lambda r: shown(lambda: tostr(num(r[0]), r[1])),
    ("test_int.c", "parses"): lambda r: shown(lambda: int(r[0], r[1])),
    ("test_float.c", "reprs"): lambda r: shown(lambda: float(r[0])),
    ("test_float.c", "formats"): lambda r: shown(lambda: format(num(r[0]), r[1])),
    ("test_float.c", "strformats"): lambda r: shown(lambda: format(r[0], r[1])),
    ("test_float.c", "parses"): lambda r: shown(lambda: float(r[0])),
    ("test_float.c", "rounds"): lambda r: shown(lambda: round_(num(r[0]), r[1])),
    ("test_float.c", "binops"): lambda r: shown(lambda: capped(r[1], num(r[0]), num(r[2]))),
}

# One C token of a table row: a string literal, NULL, an integer (with an
# optional LL) or an enum name.
TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"|(NULL)|(-?\d+)(?:LL)?|([A-Z_][A-Z0-9_]*)')
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "'": "'", "0": "\0"}


def c_unquote(s):
    return re.sub(r"\\(.)", lambda m: ESCAPES[m.group(1)], s)


def c_quote(s):
    """A C string literal; other control characters stay raw bytes, as in the
    committed tables (format(12, 'c') is a form feed)."""
    out = []
    for ch in s:
        if ch in '\\"':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def parse_row(text):
    """The values of one `{...}` row as (value, start, end, text): strings
    unquoted (adjacent literals joined, as C joins them), ints as int."""
    vals = []
    for m in TOKEN.finditer(text):
        if m.group(1) is not None:
            s = c_unquote(m.group(1))
            if vals and isinstance(vals[-1][0], str) and vals[-1][3].startswith('"') \
                    and not text[vals[-1][2] : m.start()].strip():
                v, start, _, t = vals.pop()
                vals.append((v + s, start, m.end(), t + m.group(0)))
                continue
            vals.append((s, m.start(), m.end(), m.group(0)))
        elif m.group(2):
            vals.append((None, m.start(), m.end(), m.group(0)))
        elif m.group(3):
            vals.append((int(m.group(3)), m.start(), m.end(), m.group(0)))
        else:
            vals.append((m.group(4), m.start(), m.end(), m.group(0)))
    return vals


def c_value(v, like):
    if isinstance(v, int) and not isinstance(v, bool):
        return f"{v}LL" if like.endswith("LL") else str(v)
    return c_quote(v)


# A table: `} name[] = {` ... `};`; a row: `{...}` (strings never hold braces
# here, which the check below makes sure of).
TABLE = re.compile(r"\} (\w+)\[\] = \{\n(.*?)\n\};", re.S)
ROW = re.compile(r"\{((?:\"(?:[^\"\\]|\\.)*\"|[^{}\"])*)\}")


def regenerate(path):
    base = os.path.basename(path)
    src = open(path, encoding="utf-8").read()

    def table(m):
        fn = TABLES.get((base, m.group(1)))
        if fn is None:
            return m.group(0)

        def row(rm):
            body = rm.group(1)
            vals = parse_row(body)
            want = fn([v[0] for v in vals[:-1]])
            _, start, end, old = vals[-1]
            return "{" + body[:start] + c_value(want, old) + body[end:] + "}"

        return m.group(0)[: m.start(2) - m.start(0)] + ROW.sub(row, m.group(2)) + "\n};"

    out = TABLE.sub(table, src)
    fmt = subprocess.run(
        ["clang-format", "--style=file", "--assume-filename=" + os.path.join(REPO, "tests/unit", base)],
        input=out, capture_output=True, text=True, check=True, cwd=REPO,
    )
    return src, fmt.stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+")
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--check", action="store_true", help="diff against the files; exit 1 if any differs")
    g.add_argument("--write", action="store_true", help="rewrite the files in place")
    a = ap.parse_args()
    if sys.version_info[:3] != REFERENCE:
        print(
            "gen_num_tables: python3 %d.%d.%d, the committed values are %d.%d.%d's"
            % (sys.version_info[:3] + REFERENCE),
            file=sys.stderr,
        )
    rc = 0
    for path in a.files:
        old, new = regenerate(path)
        if a.check:
            if old != new:
                rc = 1
                sys.stdout.writelines(
                    difflib.unified_diff(
                        old.splitlines(True), new.splitlines(True), path, path + " (python3)"
                    )
                )
        elif a.write:
            if old != new:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(new)
        else:
            sys.stdout.write(new)
    return rc


if __name__ == "__main__":
    sys.exit(main())
