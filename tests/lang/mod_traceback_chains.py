# stderr: full
# Chained tracebacks with markers: "During handling...", "The above
# exception was the direct cause...", raise ... from None, exceptions in
# comprehensions, class bodies and with blocks, and the uncaught end.
import sys
import traceback


class Resource:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def lookup(table, key):
    return table[key]


def context_chain():
    try:
        lookup({}, "a")
    except KeyError:
        return 1 / 0


def cause_chain():
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("bad input") from e


def suppressed():
    try:
        [][0]
    except IndexError:
        raise LookupError("hidden context") from None


def in_comprehension():
    return [10 // v for v in [1, 0]]


def in_dict_comprehension():
    return {k: k.upper() for k in ["a", None]}


def in_with():
    with Resource() as r:
        r.missing_method()


def class_body():
    class C:
        value = undefined_in_class


def bare_reraise():
    try:
        {}["k"]
    except KeyError:
        raise


for f in [context_chain, cause_chain, suppressed, in_comprehension, in_dict_comprehension,
          in_with, class_body, bare_reraise]:
    try:
        f()
    except Exception:
        traceback.print_exc()

try:
    cause_chain()
except RuntimeError as exc:
    print(traceback.format_exc().count("^"), file=sys.stderr)
    lines = traceback.format_exception(exc)
    print(len(lines), repr(lines[-1]))
    for fs in traceback.extract_tb(exc.__traceback__):
        print(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, fs.line)
    print("".join(traceback.format_tb(exc.__traceback__)), end="")

try:
    context_chain()
except ZeroDivisionError as exc:
    raise TypeError("at the end") from exc
