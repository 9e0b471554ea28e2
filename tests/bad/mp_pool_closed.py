# expect: type=ValueError line=12
# A task given to a pool that was closed: "Pool not running".
from multiprocessing import Pool


def f(x):
    return x


p = Pool(1)
p.close()
p.map(f, [1])
