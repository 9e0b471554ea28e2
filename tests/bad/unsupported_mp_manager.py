# expect: type=NotImplementedError line=4 py=ok
# multiprocessing.Manager is not supported: named, not absent.
import multiprocessing
m = multiprocessing.Manager()
