# Errors in a pool as CPython reports them: an exception raised in a
# worker is re-raised in the parent, a lambda or nested function fails to
# pickle, and so does an argument of a type that cannot cross processes.
from multiprocessing import Pool


class BadValue(Exception):
    pass


def check(x):
    if x == 3:
        raise BadValue('three', x)
    if x == 5:
        raise KeyError(x)
    return x


def make_nested():
    def inner(x):
        return x
    return inner


def gen():
    yield 1


def report(e):
    # the lambda's message names its address: cut it off
    print(type(e).__module__, type(e).__name__, str(e).split(' at 0x')[0])


if __name__ == '__main__':
    with Pool(2) as p:
        for bad in ([1, 2, 3], [5], range(5)):
            try:
                p.map(check, bad)
            except Exception as e:
                print(type(e).__name__, e.args)
        r = p.apply_async(check, (3,))
        r.wait()
        print(r.ready(), r.successful())
        try:
            r.get()
        except BadValue as e:
            print('BadValue', e)
        errs = []
        p.map_async(check, [3], error_callback=errs.append).wait()
        print([type(e).__name__ for e in errs])
        for f in (lambda x: x, make_nested()):
            try:
                p.map(f, [1])
            except Exception as e:
                report(e)
        try:
            p.apply(check, (gen(),))
        except TypeError as e:
            print(e)
        print(p.map(check, [1, 2]))   # the pool still works
    try:
        p.map(check, [1])
    except ValueError as e:
        print(e)
    p = Pool(1)
    try:
        p.join()
    except ValueError as e:
        print(e)
    p.close()
    p.join()
    try:
        Pool(0)
    except ValueError as e:
        print(e)
