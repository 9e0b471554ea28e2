# A forked child sees only its own thread, as CPython's threading._after_fork
# leaves it: the parent's threads are gone from enumerate()/active_count(),
# read as stopped and join at once; forked from a thread, that thread is the
# child's main thread.
import multiprocessing as mp
import threading
import time


def child(tag):
    print(tag, threading.active_count(), [t.name for t in threading.enumerate()])
    print(tag, threading.current_thread().name, threading.main_thread().name)


def in_thread_child(ev):
    ev.wait()


if __name__ == '__main__':
    ev = threading.Event()
    ts = [threading.Thread(target=in_thread_child, args=(ev,), name='worker-%d' % i)
          for i in range(2)]
    for t in ts:
        t.start()
    print('parent', threading.active_count(), sorted(t.name for t in threading.enumerate()))
    p = mp.Process(target=child, args=('child',))
    p.start()
    p.join()
    alive = []
    def check():
        alive.append([t.is_alive() for t in ts])
        for t in ts:
            t.join()
        alive.append('joined')
    p = mp.Process(target=lambda: (check(), print('child2', alive)))
    p.start()
    p.join()
    ev.set()
    for t in ts:
        t.join()
    print('parent', threading.active_count())

    def fork_from_thread():
        p = mp.Process(target=child, args=('from-thread',))
        p.start()
        p.join()
        print('exitcode', p.exitcode)

    t = threading.Thread(target=fork_from_thread, name='forker')
    t.start()
    t.join()
    print(threading.main_thread().name, threading.active_count())
