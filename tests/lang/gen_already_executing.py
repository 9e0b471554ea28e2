# Re-entering a running generator is a ValueError.
def g():
    yield me.send(None)
me = g()
try:
    next(me)
except ValueError as e:
    print(e)
def h():
    yield next(other)
other = h()
try:
    list(other)
except ValueError as e:
    print(e)
