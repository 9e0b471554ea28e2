# stderr: full
# add_note and __notes__: kept in the instance dict, printed after the
# "Type: message" line by traceback.format_exception and by the printer.
import traceback

try:
    e = ValueError("bad")
    e.add_note("a note")
    e.add_note("two\nlines")
    raise e
except ValueError as x:
    print(x.__notes__, x.__dict__)
    print("".join(traceback.format_exception(x)), end="")
    print("".join(traceback.format_exception_only(type(x), x)), end="")


class MyError(Exception):
    pass


m = MyError("mine")
m.add_note("on a subclass")
print(m.__notes__)
print("".join(traceback.format_exception_only(type(m), m)), end="")

s = KeyError("k")
s.__notes__ = ["x", 3]
print("".join(traceback.format_exception_only(type(s), s)), end="")

u = ValueError("u")
u.add_note("uncaught")
raise u
