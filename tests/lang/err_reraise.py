# A bare raise in a handler re-raises the original exception.
try:
    {}['k']
except KeyError:
    print('handled, re-raising')
    raise
