# the errno module
import errno
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPIPE, errno.EAGAIN == errno.EWOULDBLOCK)
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EINTR], errno.errorcode[errno.EAGAIN])
print(sorted(name for name in ['ENOENT', 'EPERM', 'EINVAL'] if hasattr(errno, name)))
from errno import ECONNREFUSED, ETIMEDOUT
print(ECONNREFUSED in errno.errorcode, ETIMEDOUT > 0)
