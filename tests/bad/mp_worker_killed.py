# expect: type=multiprocessing.context.ProcessError line=17 py=skip
# A pool worker killed in the middle of a task: CPython's Pool waits for
# it forever; gilpy's raises from get() and replaces the worker.
import multiprocessing as mp
import time


def slow(x):
    time.sleep(30)


if __name__ == '__main__':
    with mp.Pool(1) as p:
        r = p.apply_async(slow, (1,))
        time.sleep(0.2)
        mp.active_children()[0].kill()
        r.get(timeout=20)
