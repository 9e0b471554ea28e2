# catching by the base class and by the subclass
import errno
def fail(n):
    raise OSError(n, 'failed', 'path%d' % n)
for n in [errno.ENOENT, errno.EEXIST, errno.ECONNRESET, errno.EPIPE, errno.EINVAL]:
    try:
        fail(n)
    except FileNotFoundError as e:
        print('not found:', e.filename)
    except FileExistsError:
        print('exists')
    except ConnectionError as e:
        print('connection:', type(e).__name__, e.errno == n)
    except OSError as e:
        print('other:', e)
try:
    raise EOFError('end of input')
except Exception as e:
    print(type(e).__name__, e)
try:
    raise BufferError
except BufferError as e:
    print(repr(e))
class RetryableError(ConnectionResetError):
    pass
try:
    raise RetryableError(104, 'reset by peer')
except ConnectionError as e:
    print(type(e).__name__, e, e.errno, e.strerror, isinstance(e, OSError))
