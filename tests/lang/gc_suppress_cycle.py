# A suppress() manager in a cycle through the class it suppresses is
# collected (its finalizer-holding partner runs __del__ at gc.collect()).
import gc
from contextlib import suppress


class Box:
    def __del__(self):
        print("box freed")


class E(Exception):
    pass


b = Box()
E.box = b
b.s = suppress(E)
with b.s:
    raise E("ignored")
del b, E
gc.collect()
print("after collect")
