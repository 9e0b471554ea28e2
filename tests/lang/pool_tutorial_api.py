# Pools as tutorials use them: multiprocessing.Pool's whole API
# (chunksize, imap, starmap_async, callbacks, AsyncResult, close/terminate/
# join, initializer, maxtasksperchild), ProcessPoolExecutor and
# ThreadPoolExecutor (as_completed, wait, cancel, done callbacks), worker
# exceptions re-raised with CPython's type and message, and the pickling
# error for a lambda.
import multiprocessing as mp
import concurrent.futures as cf
import time


def sq(x):
    return x * x


def mul(a, b):
    return a * b


def boom(x):
    if x == 3:
        raise ValueError('bad value %d' % x)
    return x


def keyerr(x):
    return {}[x]


def slow(x):
    time.sleep(x)
    return x


_state = {}


def init(v):
    _state['v'] = v


def getv(_):
    return _state.get('v')


def pid(_):
    import os
    return os.getpid()


class MyErr(Exception):
    pass


def custom(x):
    raise MyErr('custom', x)


if __name__ == '__main__':
    with mp.Pool(2, initializer=init, initargs=(7,)) as p:
        print(p.map(sq, range(10), chunksize=3))
        print(p.map(sq, [], chunksize=2))
        print(list(p.imap(sq, range(5))), sorted(p.imap_unordered(sq, range(5), chunksize=2)))
        print(p.starmap(mul, [(1, 2), (3, 4)]), p.starmap_async(mul, [(5, 6)]).get(timeout=5))
        print(p.map(getv, range(2)), p.apply(mul, (2, 3)), p.apply(mul, kwds={'a': 1, 'b': 5}))
        got = []
        r = p.apply_async(sq, (4,), callback=got.append)
        print(r.get(), got, r.ready(), r.successful())
        errs = []
        r = p.apply_async(boom, (3,), error_callback=lambda e: errs.append(repr(e)))
        r.wait()
        print(r.ready(), r.successful(), errs)
        try:
            r.get()
        except ValueError as e:
            print('ValueError', e)
        try:
            p.map(boom, range(5))
        except ValueError as e:
            print('map ValueError', e)
        it = p.imap(boom, range(5))
        out = []
        try:
            for v in it:
                out.append(v)
        except ValueError as e:
            print('imap', out, e)
        try:
            p.apply(keyerr, ('k',))
        except KeyError as e:
            print('KeyError', e)
        try:
            p.apply(custom, (1,))
        except MyErr as e:
            print('MyErr', e.args)
        r = p.apply_async(slow, (0.5,))
        try:
            r.get(timeout=0.01)
        except mp.TimeoutError as e:
            print('TimeoutError', repr(e))
        print(r.ready(), r.get())
        try:
            p.map(lambda x: x, [1])
        except Exception as e:
            print(type(e).__name__, str(e).split(' at ')[0])
        m = p.map_async(sq, range(3), callback=lambda v: print('cb', v))
        m.wait()
        print(m.get())
    p = mp.Pool(2)
    print(p.map(sq, range(3)))
    p.close()
    try:
        p.map(sq, [1])
    except ValueError as e:
        print('ValueError', e)
    p.join()
    p = mp.Pool(2)
    p.terminate()
    p.join()
    try:
        mp.Pool(0)
    except ValueError as e:
        print(e)
    with mp.Pool(1, maxtasksperchild=2) as p:
        print(p.map(sq, range(6), chunksize=1))
        print(len(set(p.map(pid, range(6), chunksize=1))))
        print(len(set(p.map(pid, range(4), chunksize=2))))
        print(len(set(p.apply(pid, (i,)) for i in range(4))))
    p = mp.Pool(2, maxtasksperchild=1)
    rs = [p.apply_async(sq, (i,)) for i in range(5)]
    p.close()
    p.join()
    print([r.get() for r in rs])
    for bad in (0, -1, 1.5):
        try:
            mp.Pool(1, maxtasksperchild=bad)
        except ValueError as e:
            print(bad, e)
    # concurrent.futures
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(sq, range(5))), list(ex.map(mul, [1, 2], [3, 4], chunksize=2)))
        f = ex.submit(boom, 3)
        print(type(f.exception()).__name__, f.exception())
        try:
            f.result()
        except ValueError as e:
            print('result ValueError', e)
        fs = [ex.submit(sq, i) for i in range(4)]
        print(sorted(f.result() for f in cf.as_completed(fs)))
        done, nd = cf.wait(fs, return_when=cf.ALL_COMPLETED)
        print(len(done), len(nd))
        f = ex.submit(lambda: 1)
        try:
            f.result()
        except Exception as e:
            print(type(e).__name__, str(e).split(' at ')[0])
        f = ex.submit(sq, 3)
        f.add_done_callback(lambda f: print('done cb', f.result()))
        f.result()
        time.sleep(0.05)
    with cf.ThreadPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(sq, range(5))))
        f = ex.submit(slow, 0.2)
        done, nd = cf.wait([f], timeout=0.01, return_when=cf.FIRST_COMPLETED)
        print(len(done), len(nd))
        fs = [ex.submit(slow, 0.2) for _ in range(4)]
        print([x.cancel() for x in fs[2:]], [x.cancelled() for x in fs[2:]])
        print(f.result(), fs[0].result())
        fe = ex.submit(boom, 3)
        done, nd = cf.wait([fe, ex.submit(slow, 0.3)], return_when=cf.FIRST_EXCEPTION)
        print(len(done), len(nd))
    ex = cf.ThreadPoolExecutor(max_workers=1)
    ex.shutdown(wait=True, cancel_futures=True)
    try:
        ex.submit(sq, 1)
    except RuntimeError as e:
        print('RuntimeError', e)
