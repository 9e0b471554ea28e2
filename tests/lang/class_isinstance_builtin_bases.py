# isinstance/issubclass with object and built-in exception bases.
class MyErr(KeyError):
    pass
e = MyErr("k")
print(isinstance(e, KeyError), isinstance(e, LookupError), isinstance(e, Exception))
print(issubclass(MyErr, BaseException), issubclass(MyErr, ValueError), issubclass(bool, int))
print(isinstance(MyErr, type), issubclass(MyErr, object), isinstance(None, object))
try:
    raise MyErr("missing")
except LookupError as x:
    print("LookupError", repr(x))
