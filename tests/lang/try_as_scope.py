# The name bound by `except ... as e` is deleted at the end of the handler.
e = 'before'
try:
    raise ValueError('v')
except ValueError as e:
    print('in handler', e)
try:
    print(e)
except NameError as ex:
    print('NameError', ex)
saved = None
try:
    raise KeyError('saved')
except KeyError as err:
    saved = err
print(repr(saved), saved)


def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        msg = str(exc)
    return msg


print(f())
