# expect: type=ValueError line=3
def g():
    yield next(it)
it = g()
next(it)
