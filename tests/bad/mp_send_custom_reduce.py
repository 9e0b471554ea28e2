# expect: type=NotImplementedError line=17 py=ok
# A class whose __reduce__ returns a reduction cannot be sent by gilpy's
# wire (CPython's pickle calls what it returns): a named NotImplementedError.
from multiprocessing import Pipe


class Point:
    def __init__(self, x):
        self.x = x

    def __reduce__(self):
        return (Point, (self.x,))


a, b = Pipe()
print("sending")
a.send(Point(3))
print(b.recv().x)
