# ProcessPoolExecutor's futures wait in the executor until its pool has room
# (CPython's call queue holds max_workers + 1 calls): the last of many can
# be cancelled, a running one cannot, and shutdown(cancel_futures=True)
# cancels those still waiting.
import concurrent.futures as cf
import time


def slow(x):
    time.sleep(0.2)
    return x


def wait_running(fs):
    # not a sleep: on a loaded machine the pool may take longer to start a
    # call than any fixed pause
    while not all(f.running() or f.done() for f in fs):
        time.sleep(0.001)


if __name__ == '__main__':
    with cf.ProcessPoolExecutor(max_workers=1) as ex:
        fs = [ex.submit(slow, i) for i in range(6)]
        wait_running(fs[:1])
        print(fs[0].cancel(), fs[-1].cancel(), fs[-1].cancelled(), fs[-1].done())
        print(fs[0].result(), fs[-1].running())
        try:
            fs[-1].result()
        except cf.CancelledError as e:
            print('CancelledError', repr(e))
        done, not_done = cf.wait([fs[-1]], timeout=0)
        print(len(done), len(not_done))
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        fs = [ex.submit(slow, i) for i in range(10)]
        wait_running(fs[:2])
        ex.shutdown(cancel_futures=True)
        print(fs[0].cancelled(), fs[1].cancelled(), fs[-1].cancelled())
        print([f.result() for f in fs[:2]])
        print(sorted(f.result() for f in fs if not f.cancelled())[:2])
