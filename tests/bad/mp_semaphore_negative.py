# expect: type=OSError line=4
# A negative start value is what sem_init refuses: OSError EINVAL.
from multiprocessing import Semaphore
Semaphore(-1)
