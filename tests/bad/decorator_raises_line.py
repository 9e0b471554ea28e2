# expect: type=ValueError line=7
def bad(f):
    raise ValueError(f.__name__)


@staticmethod
@bad
def g():
    pass
