# expect: type=NotImplementedError line=6 py=ok
# A manager's Array (an array.array in CPython's server) is not supported:
# named, not absent.
import multiprocessing
with multiprocessing.Manager() as m:
    m.Array('i', [1, 2])
