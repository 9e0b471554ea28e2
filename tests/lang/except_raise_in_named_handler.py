# A raise inside a named except clause, itself inside a try: the clause's
# clean-up and the enclosing handler each restore the handled exception once.
class AppError(Exception):
    pass


def nested(n):
    try:
        try:
            raise KeyError("inner %d" % n)
        except KeyError as e:
            raise AppError("outer %d" % n) from e
    except AppError as e:
        return "%s <- %r" % (e, e.__cause__)


try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise AppError("outer")
except AppError as e:
    print(e, "<-", repr(e.__context__))
print([nested(i) for i in range(3)])
try:
    try:
        raise ValueError("v")
    except ValueError as e:
        raise
except ValueError as e:
    print("reraised", e)
print("done")
