# expect: type=multiprocessing.pool.MaybeEncodingError line=14
# A worker's result that cannot cross back: CPython's MaybeEncodingError.
from multiprocessing import Pool


def make_gen(x):
    def g():
        yield x
    return g()


if __name__ == '__main__':
    with Pool(1) as p:
        p.apply(make_gen, (1,))
