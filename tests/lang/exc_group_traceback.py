# stderr: full
# Exception groups printed in 3.11's boxes: nesting, notes, chains inside
# members, the width and depth limits, except* results, uncaught at the end.
import traceback
import sys

def show(e):
    print("".join(traceback.format_exception(e)), end="")

try:
    raise ExceptionGroup("wide", [ValueError(i) for i in range(17)])
except ExceptionGroup as e:
    show(e)

deep = ValueError("leaf")
for i in range(12):
    deep = ExceptionGroup(f"d{i}", [deep])
show(deep)

try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("with context", [TypeError("t")])
except ExceptionGroup as e:
    show(e)

def member():
    try:
        raise OSError("first")
    except OSError as x:
        raise RuntimeError("second") from x

try:
    member()
except RuntimeError as r:
    show(ExceptionGroup("chained member", [r]))

def star_raises():
    try:
        raise ExceptionGroup("parts", [OSError("os"), LookupError("lk")])
    except* OSError as part:
        raise IndexError("from a handler") from part.exceptions[0]


try:
    star_raises()
except ExceptionGroup as both:
    show(both)
    traceback.print_exc(file=sys.stdout)
print("".join(traceback.format_exception_only(ExceptionGroup, ExceptionGroup("only", [ValueError()]))), end="")

try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* ValueError:
    pass
