# An exception raised while handling another: the last line is the new one.
try:
    [][0]
except IndexError:
    print('handling IndexError')
    None.missing_attr
