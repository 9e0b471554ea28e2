# Traceback objects (__traceback__, sys.exc_info()[2]: tb_next, tb_lineno,
# tb_frame.f_code) and the traceback module's formatting, on frames whose
# failing expression is the whole line (where CPython prints no ^^^ marks).
import sys
import traceback


class AppError(Exception):
    pass


def fail():
    raise AppError('deep failure')


def relay(n):
    if n:
        relay(n - 1)
    else:
        fail()


def wrap():
    try:
        fail()
    except AppError as e:
        raise RuntimeError('wrapped') from e


def clean(text):
    return text.replace(__file__, 'FILE')


try:
    relay(2)
except AppError as e:
    tb = e.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        print(code.co_name, tb.tb_lineno, code.co_filename == __file__)
        tb = tb.tb_next
    et, ev, etb = sys.exc_info()
    print(et.__name__, ev, etb.tb_lineno, etb.tb_next.tb_frame.f_code.co_name, etb is not None)
    print(clean(traceback.format_exc()), end='')
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, fs.line, clean(repr(fs)))
        name, lineno = fs[2], fs[1]
    print(clean(traceback.format_tb(e.__traceback__)[-1]), end='')
    print(traceback.format_exception_only(e), traceback.format_exception_only(AppError, e))
    print([f.f_code.co_name for f, _ in traceback.walk_tb(e.__traceback__)])
    print(clean(''.join(traceback.format_list(traceback.extract_tb(e.__traceback__)))), end='')
try:
    wrap()
except RuntimeError as e:
    chunks = traceback.format_exception(e)
    print(len(chunks), clean(''.join(chunks)), end='')
    print(clean(''.join(traceback.format_exception(type(e), e, e.__traceback__, chain=False))), end='')
    print(e.__cause__.__traceback__.tb_frame.f_code.co_name)
    traceback.print_exc(file=sys.stdout)
print(sys.exc_info(), traceback.format_exc(), end='')
print(traceback.format_exception_only(ValueError('v')), traceback.format_exception(None))
try:
    raise KeyError('k')
except KeyError as e:
    print(e.__traceback__.tb_next, e.__traceback__.tb_lineno)
    print(traceback.format_exception_only(e), ''.join(traceback.format_exception_only(e)), end='')


def gen():
    try:
        yield 1
        fail()
    except AppError:
        raise


def consume():
    list(gen())


try:
    consume()
except AppError:
    # a bare raise adds no line of its own to the traceback
    print(clean(traceback.format_exc()), end='')


class Catch:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print('exit', et, ev, type(tb).__name__, tb.tb_lineno if tb else None)
        return True


with Catch():
    fail()
with Catch():
    pass
import contextlib


def raiser():
    raise ValueError('from callback')


def exit_cb(et, ev, tb):
    # the line inside contextlib differs from CPython's contextlib.py
    print('exit_cb', et, ev, type(tb).__name__)
    return True


with contextlib.ExitStack() as stack:
    stack.push(exit_cb)
    stack.callback(raiser)
