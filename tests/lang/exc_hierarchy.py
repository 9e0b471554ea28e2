# Catching by base class: the built-in exception hierarchy.
def raise_it(name):
    if name == 'RecursionError':
        raise RecursionError('r')
    if name == 'NotImplementedError':
        raise NotImplementedError('n')
    if name == 'ModuleNotFoundError':
        raise ModuleNotFoundError('m')
    if name == 'ZeroDivisionError':
        raise ZeroDivisionError('z')
    if name == 'KeyError':
        raise KeyError('k')
    if name == 'IndexError':
        raise IndexError('i')
    if name == 'KeyboardInterrupt':
        raise KeyboardInterrupt('kb')
    if name == 'AssertionError':
        raise AssertionError('a')
    if name == 'OverflowError':
        raise OverflowError('o')
    if name == 'MemoryError':
        raise MemoryError('mem')


for name in ['RecursionError', 'NotImplementedError']:
    try:
        raise_it(name)
    except RuntimeError as e:
        print(name, 'is a RuntimeError:', type(e).__name__, e)
try:
    raise_it('ModuleNotFoundError')
except ImportError as e:
    print('ModuleNotFoundError is an ImportError:', type(e).__name__, e)
for name in ['ZeroDivisionError', 'KeyError', 'IndexError', 'AssertionError', 'OverflowError',
             'MemoryError', 'RecursionError', 'ModuleNotFoundError']:
    try:
        raise_it(name)
    except Exception as e:
        print(name, 'is an Exception:', type(e).__name__, e)
try:
    try:
        raise_it('KeyboardInterrupt')
    except Exception:
        print('never: KeyboardInterrupt is not an Exception')
except KeyboardInterrupt as e:
    print('KeyboardInterrupt caught by its own name:', e)
try:
    raise_it('OverflowError')
except (ValueError, OverflowError) as e:
    print('tuple of types:', type(e).__name__)
print(isinstance(KeyError('x'), Exception), isinstance(KeyboardInterrupt(), Exception))
print(isinstance(RecursionError(), RuntimeError), isinstance(ModuleNotFoundError(), ImportError))
print(isinstance(ValueError(), TypeError), isinstance(ZeroDivisionError(), Exception))
