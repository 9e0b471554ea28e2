# expect: type=ValueError line=4
# Releasing an unlocked multiprocessing Lock: released too many times.
from multiprocessing import Lock
Lock().release()
