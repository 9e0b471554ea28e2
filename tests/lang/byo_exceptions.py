# Custom exception hierarchies the way applications define them: a base
# error with extra fields, subclasses, raise ... from, exception chaining
# seen through __cause__/__context__, else/finally ordering, re-raising,
# catching a tuple, an exception's args and str, assert, a retry loop.
class AppError(Exception):
    """Base of this application's errors."""

    def __init__(self, message, code=None):
        super().__init__(message)
        self.code = code

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" if self.code else base


class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}", code="E_VALID")
        self.field = field


class NotFoundError(AppError, LookupError):
    pass


USERS = {1: {"name": "ada", "age": 36}}


def get_user(uid):
    try:
        return USERS[uid]
    except KeyError as e:
        raise NotFoundError(f"user {uid} not found", code=404) from e


def validate(user):
    if not isinstance(user.get("age"), int):
        raise ValidationError("age", "must be an int")
    if user["age"] < 0:
        raise ValidationError("age", "must be non-negative")
    return True


for uid in (1, 2):
    try:
        user = get_user(uid)
    except LookupError as e:
        print(type(e).__name__, e, e.code, type(e.__cause__).__name__, repr(e.__cause__))
    else:
        print("found", user["name"], validate(user))
    finally:
        print("lookup", uid, "done")

for bad in ({"age": "x"}, {"age": -1}):
    try:
        validate(bad)
    except ValidationError as e:
        print(e, e.field, isinstance(e, AppError), e.args)


def parse_all(items):
    results, errors = [], []
    for item in items:
        try:
            results.append(int(item))
        except (ValueError, TypeError) as e:
            errors.append(f"{item!r}: {type(e).__name__}")
    return results, errors


print(parse_all(["1", "x", None, "42", 3.9]))


def order():
    trace = []
    try:
        trace.append("try")
        try:
            1 / 0
        except ZeroDivisionError:
            trace.append("inner except")
            raise
        finally:
            trace.append("inner finally")
    except ArithmeticError as e:
        trace.append(f"outer except {type(e).__name__}")
    else:
        trace.append("else")
    finally:
        trace.append("outer finally")
    return trace


print(order())
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    raise ValueError("no context") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)

attempts = 0


def unreliable():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError(f"attempt {attempts}")
    return "connected"


for i in range(5):
    try:
        print(unreliable(), "after", attempts)
        break
    except ConnectionError as e:
        print("retrying:", e)
e = AppError("plain")
print(str(e), repr(e), e.code, AppError.__doc__, NotFoundError.__mro__[1:3])
raise ValidationError("email", "missing @")
