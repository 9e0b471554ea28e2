# expect: type=AssertionError line=5
# Releasing a multiprocessing RLock one does not hold is an AssertionError.
from multiprocessing import RLock
r = RLock()
r.release()
