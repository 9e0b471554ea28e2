# the OSError family and other built-in exceptions programs catch
classes = [OSError, ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError,
           ConnectionResetError, FileNotFoundError, FileExistsError, PermissionError, TimeoutError,
           InterruptedError, ChildProcessError, IsADirectoryError, NotADirectoryError,
           ProcessLookupError, BlockingIOError, EOFError, BufferError]
for cls in classes:
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
print(IOError is OSError, EnvironmentError is OSError, IOError.__name__)
print(issubclass(BrokenPipeError, OSError), issubclass(EOFError, OSError))
