# contextlib.contextmanager objects as decorators: each call of the
# decorated function enters a fresh context; exceptions reach the generator.
import contextlib
from contextlib import contextmanager

@contextmanager
def traced(label):
    print("enter", label)
    try:
        yield label
    except ValueError as e:
        print("caught", e)
    print("exit", label)

@traced("deco")
def work(x):
    print("work", x)
    return x * 2

print(work(3), work(4), work.__name__)
with traced("with") as v:
    print("body", v)
with traced("err"):
    raise ValueError("v")

@traced("raising")
def bad():
    raise ValueError("inside")
print(bad())
print(traced.__name__, type(traced("x")).__name__)
