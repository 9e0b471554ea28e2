# expect: type=multiprocessing.context.TimeoutError line=13
# AsyncResult.get with a timeout that runs out.
import time
from multiprocessing import Pool


def slow(x):
    time.sleep(5)


with Pool(1) as p:
    r = p.apply_async(slow, (1,))
    r.get(timeout=0.1)
