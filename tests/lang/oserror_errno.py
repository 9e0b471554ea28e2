# OSError(errno, strerror) picks CPython's subclass by errno
import errno
names = ['EPERM', 'ENOENT', 'ESRCH', 'EINTR', 'ECHILD', 'EAGAIN', 'EACCES', 'EEXIST', 'ENOTDIR',
         'EISDIR', 'EPIPE', 'ECONNABORTED', 'ECONNRESET', 'ESHUTDOWN', 'ETIMEDOUT', 'ECONNREFUSED',
         'EALREADY', 'EINPROGRESS', 'EWOULDBLOCK', 'EINVAL', 'EIO']
for name in names:
    n = getattr(errno, name)
    e = OSError(n, 'message')
    print(name, errno.errorcode[n], type(e).__name__, e, repr(e), e.errno == n, e.strerror)
print(type(OSError(9999, 'x')).__name__, type(OSError('2', 'x')).__name__)
print(type(FileExistsError(errno.ENOENT, 'kept')).__name__)
