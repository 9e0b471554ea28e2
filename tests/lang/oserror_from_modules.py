# gilpy's own OSErrors carry errno, strerror and filename and pick the
# subclass by errno, as CPython's do: bench.read_file under gilpy, open()
# under python3 (gilpy has no open()).
import errno

try:
    import bench
    read_file = bench.read_file
except ImportError:
    def read_file(path):
        with open(path) as f:
            return f.read()

try:
    read_file("/nonexistent/dir/x.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, e.strerror, e.filename)
    print(e)
    print(e.args)

try:
    read_file("/")
except IsADirectoryError as e:
    print(type(e).__name__, e.errno == errno.EISDIR, e.strerror, e.filename)

try:
    read_file("/nonexistent")
except OSError as e:
    print(isinstance(e, FileNotFoundError), repr(e), e.filename2)
