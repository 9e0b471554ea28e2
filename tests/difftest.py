#!/usr/bin/env python3
"""Differential tests of gilpy against python3.

  difftest.py lang FILE...        run each program under gilpy and python3;
                                  stdout, exit status and (on failure) the last
                                  stderr line must be identical
  difftest.py bad FILE...         malformed/hostile programs: check the
                                  expectations in each file's header
  difftest.py bad --gen NAME...   the same for cases that tests/bad/gen.py
                                  writes into a temporary directory
  difftest.py bad --gen all       every generated case
  difftest.py bad --py-only ...   check only what python3 must do (validates
                                  the expectations themselves)

Options: --gilpy PATH (default: $GILPY, else build/bin/gilpy), -j N (run N
tests at a time), -v (print the outputs of passing tests too).
Exit status 0 iff every test passed.

A lang file may carry a header line `# args: A B C` (extra command-line
arguments; sys.argv[0] is the file's base name, run from its directory),
one `# env: NAME=VALUE ...` (set for both runs; an empty VALUE too) and
`# stderr: full` (the whole stderr must be identical, tracebacks with
their ^^^ markers included, not only its last line). Both programs read an
empty stdin unless the header has `# stdin: FILE` (a file's bytes, FILE
relative to the test's directory) or `# stdin-text: TEXT` (TEXT with \\n,
\\r and \\t escapes and \\\\ for a backslash).

A bad file's header (first line, or first line after a BOM):
  # expect: ok [time=S]
      gilpy exits 0 with python3's stdout
  # expect: type=T1|T2 [line=N|M|any|none] [exit=N] [py=same|ok|skip|P1|P2] [time=S]
      gilpy exits with status `exit` (default 1), its last stderr line names
      one of the types ("T: message" or "T"), stderr contains "line N"
      (default: any line number);
      py=same (default): python3 fails the same way (status, type, line);
      py=ok: python3 accepts the program (an unsupported construct);
      py=P1|P2: python3 fails with one of these types (an implementation limit);
      py=skip: python3 is not run (it would not finish).
Every gilpy run must end within the time bound (default 10 s, 60 s when
$GILBENCH_SANITIZE is set), by exit and not by a signal (except the signal
python3 itself dies of), without a sanitizer report on stderr.
"""
import concurrent.futures
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SANITIZE = bool(os.environ.get("GILBENCH_SANITIZE"))
LANG_TIMEOUT = 120 if SANITIZE else 30
BAD_TIMEOUT = 60 if SANITIZE else 10
PYTHON_TIMEOUT = 60
MEM_LIMIT = 4 << 30  # address space cap for hostile programs (not under ASan)
# Reports, not the "WARNING: AddressSanitizer failed to allocate" notes that
# allocator_may_return_null=1 (set below) prints when an allocation is refused.
SANITIZER_MARKS = ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:",
                   "ThreadSanitizer", "SUMMARY: UndefinedBehaviorSanitizer")

VERBOSE = False


class Run:
    def __init__(self, status, out, err, seconds, timed_out):
        self.status, self.out, self.err = status, out, err
        self.seconds, self.timed_out = seconds, timed_out

    def last_err_line(self):
        lines = [l for l in self.err.splitlines() if l.strip()]
        return lines[-1] if lines else ""

    def err_type(self):
        return re.split(r"[:\s]", self.last_err_line().strip(), maxsplit=1)[0]


def run_env():
    env = dict(os.environ)
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # no __pycache__ in the tree
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONHASHSEED"] = "0"
    env.pop("PYTHONSTARTUP", None)
    env.pop("PYTHONPATH", None)
    if SANITIZE:  # ASan/TSan cannot run under ulimit -v: cap memory its own way
        cap = "max_allocation_size_mb=%d:allocator_may_return_null=1:hard_rss_limit_mb=%d" % (
            MEM_LIMIT >> 20, MEM_LIMIT >> 20)
        env["ASAN_OPTIONS"] = cap + ":" + env.get("ASAN_OPTIONS", "")
        env["TSAN_OPTIONS"] = cap + ":" + env.get("TSAN_OPTIONS", "")
    return env


def run(cmd, path, args, timeout, cap_memory, extra_env=None, stdin=None):
    cwd = os.path.dirname(os.path.abspath(path))
    argv = [cmd, os.path.basename(path)] + args
    if cap_memory:  # via the shell: preexec_fn is unsafe with the -j threads
        argv = ["/bin/sh", "-c", 'ulimit -v %d && ulimit -c 0 && exec "$@"' % (MEM_LIMIT >> 10),
                "sh"] + argv
    t0 = time.monotonic()
    try:
        env = run_env()
        env.update(extra_env or {})
        feed = {"input": stdin} if stdin is not None else {"stdin": subprocess.DEVNULL}
        p = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, timeout=timeout,
                           **feed)
    except subprocess.TimeoutExpired as e:
        return Run(None, e.stdout or b"", e.stderr or b"", timeout, True)
    return Run(p.returncode, p.stdout, p.stderr, time.monotonic() - t0, False)


def text(b):
    return b.decode("utf-8", "replace") if isinstance(b, bytes) else b


def decode(r):
    r.raw_out = r.out  # compared as bytes: decoding could hide differences
    r.out, r.err = text(r.out), text(r.err)
    return r


def describe_status(s):
    if s is None:
        return "timeout"
    if s < 0:
        return "signal %d" % -s
    return "exit %d" % s


def sanitizer_report(err):
    return next((m for m in SANITIZER_MARKS if m in err), None)


def read_header(path, key):
    with open(path, "rb") as f:
        head = f.read(4096)
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    for raw in head.split(b"\n")[:3]:
        line = raw.decode("utf-8", "replace").strip()
        m = re.match(r"#\s*" + key + r":\s*(.*)$", line)
        if m:
            return m.group(1).strip()
    return None


def read_stdin(path):
    """The bytes the header's `# stdin:` or `# stdin-text:` feeds, or None."""
    name = read_header(path, "stdin")
    if name is not None:
        with open(os.path.join(os.path.dirname(os.path.abspath(path)), name), "rb") as f:
            return f.read()
    t = read_header(path, "stdin-text")
    if t is None:
        return None
    esc = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\"}
    return re.sub(r"\\(.)", lambda m: esc.get(m.group(1), m.group(0)), t).encode("utf-8")


# ---------------------------------------------------------------- lang mode

def check_lang(gilpy, path):
    args = (read_header(path, "args") or "").split()
    env = dict(kv.partition("=")[::2] for kv in (read_header(path, "env") or "").split())
    feed = read_stdin(path)
    py = decode(run(sys.executable, path, args, LANG_TIMEOUT, False, env, feed))
    gp = decode(run(gilpy, path, args, LANG_TIMEOUT, False, env, feed))
    problems = []
    if py.timed_out:
        problems.append("python3 timed out: the test itself is broken")
    if gp.timed_out:
        problems.append("gilpy timed out after %d s" % LANG_TIMEOUT)
    rep = sanitizer_report(gp.err)
    if rep:
        problems.append("sanitizer report (%s) on stderr" % rep)
    if gp.raw_out != py.raw_out:
        diff = difflib.unified_diff(py.out.splitlines(), gp.out.splitlines(),
                                    "python3", "gilpy", lineterm="", n=2)
        problems.append("stdout differs:\n" + "\n".join(list(diff)[:60]))
    if gp.status != py.status:
        problems.append("status: python3 %s, gilpy %s" %
                        (describe_status(py.status), describe_status(gp.status)))
    if read_header(path, "stderr") == "full":
        if gp.err != py.err:
            diff = difflib.unified_diff(py.err.splitlines(), gp.err.splitlines(),
                                        "python3", "gilpy", lineterm="", n=2)
            problems.append("stderr differs:\n" + "\n".join(list(diff)[:60]))
    elif py.status != 0 and gp.last_err_line() != py.last_err_line():
        problems.append("last stderr line:\n  python3: %s\n  gilpy:   %s" %
                        (py.last_err_line(), gp.last_err_line()))
    if problems and gp.err.strip():
        tail = gp.err.strip().splitlines()[-8:]
        problems.append("gilpy stderr (tail):\n  " + "\n  ".join(tail))
    return problems, gp


# ----------------------------------------------------------------- bad mode

def parse_expect(spec):
    e = {"ok": False, "types": [], "line": "any", "exit": 1, "py": "same",
         "time": None}
    for tok in spec.split():
        if tok == "ok":
            e["ok"] = True
            e["exit"] = 0
            continue
        k, _, v = tok.partition("=")
        if k == "type":
            e["types"] = v.split("|")
        elif k == "line":
            e["line"] = v
        elif k == "exit":
            e["exit"] = int(v)
        elif k == "py":
            e["py"] = v
        elif k == "time":
            e["time"] = float(v)
        else:
            raise ValueError("unknown expectation %r" % tok)
    if not e["ok"] and not e["types"]:
        raise ValueError("expectation names no type: %r" % spec)
    return e


def line_ok(err, line):
    if line == "none":
        return True
    if line == "any":
        return re.search(r"\bline \d+", err) is not None
    return any(re.search(r"\bline %s\b" % n, err) for n in line.split("|"))


def type_ok(r, types):
    return r.err_type().rstrip(":") in types


def check_bad_python(path, e):
    """What python3 must do with the file: (problems, python3's run)."""
    if e["py"] == "skip":
        return [], None
    py = decode(run(sys.executable, path, [], PYTHON_TIMEOUT, True))
    if py.timed_out:
        return ["python3 timed out (mark the case py=skip?)"], py
    if e["ok"] or e["py"] == "ok":
        if py.status != 0:
            return ["python3 should accept it, got %s: %s" %
                    (describe_status(py.status), py.last_err_line())], py
        return [], py
    types = e["types"] if e["py"] == "same" else e["py"].split("|")
    problems = []
    if py.status == 0:
        problems.append("python3 accepted it")
    elif not type_ok(py, types):
        problems.append("python3's error %r is not one of %s" % (py.last_err_line(), types))
    if e["py"] == "same" and e["line"] not in ("any", "none") and \
            not line_ok(py.err, e["line"]):
        problems.append("python3 does not name line %s" % e["line"])
    if e["py"] == "same" and py.status != e["exit"] and py.status is not None:
        problems.append("python3 exits %s, expected %d" % (describe_status(py.status), e["exit"]))
    return problems, py


def check_bad(gilpy, path, py_only):
    spec = read_header(path, "expect")
    if spec is None:
        return ["no '# expect:' header"], None
    e = parse_expect(spec)
    problems, py = check_bad_python(path, e)
    if py_only:
        return problems, None
    limit = e["time"] or BAD_TIMEOUT
    if SANITIZE:
        limit = max(limit * 6, BAD_TIMEOUT)
    gp = decode(run(gilpy, path, [], limit, not SANITIZE))
    if gp.timed_out:
        problems.append("gilpy did not finish within %g s" % limit)
        return problems, gp
    rep = sanitizer_report(gp.err)
    if rep:
        problems.append("sanitizer report (%s) on stderr" % rep)
    if gp.status is not None and gp.status < 0:
        problems.append("gilpy killed by signal %d" % -gp.status)
    if e["ok"]:
        if gp.status != 0:
            problems.append("gilpy failed: %s: %s" %
                            (describe_status(gp.status), gp.last_err_line()))
        elif py is not None and gp.raw_out != py.raw_out:
            a, b = py.out.splitlines(), gp.out.splitlines()
            diff = difflib.unified_diff([l[:200] for l in a], [l[:200] for l in b],
                                        "python3", "gilpy", lineterm="", n=1)
            problems.append("stdout differs:\n" + "\n".join(list(diff)[:30]))
        return problems, gp
    if gp.status != e["exit"]:
        problems.append("gilpy %s, expected exit %d" % (describe_status(gp.status), e["exit"]))
    if not type_ok(gp, e["types"]):
        problems.append("last stderr line %r does not name %s" %
                        (gp.last_err_line()[:200], "|".join(e["types"])))
    if not line_ok(gp.err, e["line"]):
        problems.append("stderr does not name line %s" % e["line"])
    if problems and gp.err.strip():
        tail = [l[:200] for l in gp.err.strip().splitlines()[-6:]]
        problems.append("gilpy stderr (tail):\n  " + "\n  ".join(tail))
    return problems, gp


def generate(names, outdir):
    gen = os.path.join(HERE, "bad", "gen.py")
    if names == ["all"]:
        out = subprocess.run([sys.executable, gen, "--list"], capture_output=True,
                             text=True, check=True).stdout
        names = out.split()
    subprocess.run([sys.executable, gen, outdir] + names, check=True)
    return [os.path.join(outdir, n + ".py") for n in names]


# --------------------------------------------------------------------- main

def find_gilpy(opt):
    g = opt or os.environ.get("GILPY")
    if not g:
        g = os.path.join(HERE, "..", "build", "bin", "gilpy")
    if os.sep not in g:
        g = shutil.which(g) or g
    return os.path.abspath(g) if os.path.exists(g) else g


def main(argv):
    global VERBOSE
    if len(argv) < 2 or argv[1] not in ("lang", "bad"):
        print(__doc__)
        return 2
    mode, rest = argv[1], argv[2:]
    gilpy_opt, gen, py_only, files, jobs = None, False, False, [], 1
    i = 0
    while i < len(rest):
        a = rest[i]
        if a == "--gilpy":
            gilpy_opt = rest[i + 1]
            i += 1
        elif a.startswith("-j") and len(a) > 2:
            jobs = max(1, int(a[2:]))
        elif a == "-j":
            jobs = max(1, int(rest[i + 1]))
            i += 1
        elif a == "--gen":
            gen = True
        elif a == "--py-only":
            py_only = True
        elif a == "-v":
            VERBOSE = True
        else:
            files.append(a)
        i += 1
    gilpy = find_gilpy(gilpy_opt)
    if not py_only and not os.path.exists(gilpy) and not shutil.which(gilpy):
        print("gilpy not found: %s (use --gilpy or $GILPY)" % gilpy)
        return 2
    tmp = None
    if gen:
        tmp = tempfile.mkdtemp(prefix="gilpy-bad-")
        files = generate(files, tmp)

    def one(path):
        try:
            if mode == "lang":
                return check_lang(gilpy, path)
            return check_bad(gilpy, path, py_only)
        except Exception as ex:  # a broken test must not hide the others
            return ["runner error: %s: %s" % (type(ex).__name__, ex)], None

    failed = []
    try:
        with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
            for path, (problems, r) in zip(files, pool.map(one, files)):
                name = os.path.relpath(path, tmp) if tmp else path
                if problems:
                    failed.append(name)
                    print("FAIL %s\n  %s" % (name, "\n  ".join("\n".join(problems).splitlines())))
                else:
                    extra = " (%.2f s)" % r.seconds if r else ""
                    print("ok   %s%s" % (name, extra))
                    if VERBOSE and r:
                        print(r.out, r.err, sep="")
                sys.stdout.flush()
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    print("%d/%d passed" % (len(files) - len(failed), len(files)))
    if failed:
        print("failed: " + " ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
