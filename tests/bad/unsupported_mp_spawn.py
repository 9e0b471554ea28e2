# expect: type=NotImplementedError line=4 py=ok
# Only the fork start method is supported.
import multiprocessing
multiprocessing.set_start_method('spawn')
