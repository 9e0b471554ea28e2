# expect: type=AssertionError line=12
# A Process started twice fails as CPython's does.
from multiprocessing import Process


def f():
    pass


p = Process(target=f)
p.start()
p.start()
