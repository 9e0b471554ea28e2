# expect: type=RuntimeError line=5
# An Event holds a Condition, which is shared by inheritance only.
from multiprocessing import Event, Pipe
a, b = Pipe()
a.send(Event())
