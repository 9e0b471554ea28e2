# expect: type=NotImplementedError line=4 py=ok
# multiprocessing's shared memory is not supported: named, not absent.
import multiprocessing
v = multiprocessing.Value('i', 0)
