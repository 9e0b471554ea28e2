# user classes derived from the OSError family
class StorageError(OSError):
    def __init__(self, path):
        super().__init__(2, 'no storage', path)
        self.path = path
e = StorageError('/data')
print(type(e).__name__, e.errno, e.strerror, e.path, isinstance(e, OSError))
class Quiet(FileNotFoundError):
    pass
q = Quiet(2, 'gone')
print(q, q.errno, q.strerror, q.filename, Quiet.__mro__[1].__name__)
try:
    raise Quiet(2, 'gone')
except OSError as err:
    print('caught', type(err).__name__, err)
