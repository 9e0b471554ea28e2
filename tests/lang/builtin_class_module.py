# classes of gilpy's built-in modules name their module as CPython's do
import threading, contextlib, functools, random
print(threading.Thread, threading.Thread.__module__, threading.Event, threading.Event.__module__)
print(functools.partial, random.Random, random.Random.__module__)
print(threading.Thread.__name__, threading.Thread.__qualname__, functools.partial.__name__)
class Worker(threading.Thread):
    pass
print(Worker.__mro__[1], Worker.__module__)
print(type(threading.Event()).__name__, type(functools.partial(int)).__name__)
