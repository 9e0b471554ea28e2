# raise with instances and classes, bare re-raise, raise inside handlers.
try:
    raise ValueError
except ValueError as e:
    print('class raised:', repr(str(e)))
try:
    raise ValueError('with message')
except ValueError as e:
    print('instance raised:', e)
try:
    raise RuntimeError('one', 'two')
except RuntimeError as e:
    print('two args:', e)


def reraise():
    try:
        {}['k']
    except KeyError:
        print('logging and re-raising')
        raise


try:
    reraise()
except KeyError as e:
    print('re-raised', repr(e))


def translate():
    try:
        int('nope')
    except ValueError as e:
        raise RuntimeError('translated: ' + str(e))


try:
    translate()
except RuntimeError as e:
    print(e)


def chained():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('from zero') from e


try:
    chained()
except ValueError as e:
    print('raise from:', e)
try:
    raise KeyError('k') from None
except KeyError as e:
    print('from None:', e)
err = TypeError('stored')
try:
    raise err
except TypeError as e:
    print(e is err, e)
for exc in [ValueError('a'), KeyError('b'), IndexError('c')]:
    try:
        raise exc
    except (KeyError, IndexError) as e:
        print('tuple handler', type(e).__name__, e)
    except ValueError as e:
        print('value handler', e)
