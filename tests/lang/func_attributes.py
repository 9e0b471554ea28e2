# Function attributes: __name__, __qualname__, __module__, user attributes.
def f():
    pass
def outer():
    def inner():
        pass
    return inner
print(f.__name__, f.__qualname__, f.__module__)
print(outer().__name__, outer().__qualname__)
f.tag = "x"
f.count = 3
print(f.tag, f.count, sorted(f.__dict__.items()))
del f.tag
print(hasattr(f, "tag"))
try:
    del f.nothing
except AttributeError as e:
    print("AttributeError:", e)
