# expect: type=OSError line=8
# select: a descriptor that is not open is OSError (EBADF), uncaught.
import os
import select

r, w = os.pipe()
os.close(r)
select.select([r], [], [], 0)
