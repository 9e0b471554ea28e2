# Shared by the fractions_* tests: print a call's result with its type, or
# the exception it raised with its message.


def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)
