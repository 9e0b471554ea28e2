# Pools, continued: worker exceptions with their own __init__ re-raised with
# their args and attributes, initializer arguments, map/imap timeouts,
# error callbacks, AsyncResult states, shutdown and use after it.
import concurrent.futures as cf
import multiprocessing as mp
import os
import time


def sq(x):
    return x * x


def pid(_):
    return os.getpid()


def slow(x):
    time.sleep(x)
    return x


class Bad(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.a = a


def raise_bad(x):
    raise Bad(x, 'b')


_g = []


def init(*a):
    _g.append(a)


def get_g(_):
    return _g


if __name__ == '__main__':
    with cf.ProcessPoolExecutor(2, initializer=init, initargs=(1, 2)) as ex:
        print(list(ex.map(get_g, range(2))))
        try:
            ex.submit(raise_bad, 3).result()
        except Bad as e:
            print('Bad', e.args, e.a)
        it = ex.map(slow, [0.5, 0.01], timeout=0.05)
        try:
            print(next(it))
        except cf.TimeoutError as e:
            print('TimeoutError', type(e).__module__, type(e).__name__)
        f = ex.submit(sq, 5)
        print(f.result(timeout=5), f.done(), f.running(), f.cancelled(), f.exception())
        print(repr(f).split(' at ')[0], repr(f).split(' state=')[1])
    ex = cf.ProcessPoolExecutor(1)
    f = ex.submit(sq, 2)
    ex.shutdown(wait=True)
    print(f.result())
    try:
        ex.submit(sq, 1)
    except RuntimeError as e:
        print('RuntimeError', e)
    with mp.Pool(2) as p:
        it = p.imap(slow, [0.3, 0.0])
        try:
            it.next(timeout=0.01)
        except mp.TimeoutError:
            print('imap TimeoutError')
        print(it.next(), it.next())
        try:
            next(it)
        except StopIteration:
            print('StopIteration')
        r = p.map_async(raise_bad, [2], error_callback=lambda e: print('errcb', type(e).__name__))
        r.wait()
        print(r.successful())
        try:
            r.get()
        except Bad as e:
            print('Bad', e.args)
        r = p.apply_async(slow, (0.3,))
        try:
            r.successful()
        except ValueError as e:
            print('not ready', str(e).endswith('not ready'))
        print(r.get())
        print(repr(p).split(' state=')[0])
    with mp.get_context('fork').Pool(1) as p:
        print(p.map(sq, [1, 2]))
