# User exception classes: hierarchy, args, custom __init__ and __str__.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what):
        super().__init__("not found: " + what)
        self.what = what
class Fancy(AppError):
    def __str__(self):
        return "fancy(%s)" % ",".join(map(str, self.args))
for exc in (AppError("plain"), NotFound("key"), Fancy(1, 2)):
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, str(e), e.args, isinstance(e, Exception))
try:
    raise NotFound("x")
except LookupError:
    print("wrong")
except AppError as e:
    print("app", e.what)
try:
    raise AppError
except AppError as e:
    print(repr(e), e.args)
try:
    try:
        raise NotFound("inner")
    except NotFound as e:
        raise AppError("outer") from e
except AppError as e:
    print(e, "<-", e.__cause__, type(e.__cause__).__name__)
print(issubclass(NotFound, Exception), NotFound.__mro__[-3].__name__)
