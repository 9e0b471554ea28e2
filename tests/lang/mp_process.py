# multiprocessing.Process: start, join, exit codes (0, 1 after an uncaught
# exception, sys.exit's code, minus the signal number when killed), names,
# subclasses overriding run, and what the parent and children see.
import multiprocessing as mp
import os
import sys
import time
from multiprocessing import Process


def print_numbers(n):
    for i in range(n):
        print('number', i)


def fail():
    raise RuntimeError('child failed')


def leave(code):
    sys.exit(code)


def sleeper():
    time.sleep(30)


def show_self(tag):
    me = mp.current_process()
    print(tag, me.name, me.pid == os.getpid(), mp.parent_process().name)


class Worker(Process):
    def __init__(self, k):
        super().__init__()
        self.k = k

    def run(self):
        print('worker run', self.k, self.name)


def masked(p):
    return repr(p).replace('pid=%s ' % p.pid, '').replace('parent=%s ' % os.getpid(), '')


if __name__ == '__main__':
    print(mp.current_process().name, mp.current_process())
    print(mp.parent_process())
    process = Process(target=print_numbers, args=(3,))
    print(process.name, process.exitcode, process.pid, process.is_alive(), masked(process))
    process.start()
    process.join()
    print('joined', process.exitcode, process.is_alive(), masked(process))
    for target, args in ((fail, ()), (leave, (3,)), (leave, (None,)), (show_self, ('kw',))):
        p = Process(target=target, args=args, name='custom')
        p.start()
        p.join()
        print(target.__name__, p.exitcode, p.name)
    p = Process(target=sleeper, daemon=True)
    p.start()
    p.join(0.05)
    print('after timeout', p.is_alive(), p.exitcode, p.daemon, len(mp.active_children()))
    p.terminate()
    p.join()
    print('terminated', p.exitcode, masked(p))
    p = Process(target=sleeper)
    p.start()
    p.kill()
    p.join()
    print('killed', p.exitcode, masked(p))
    workers = [Worker(k) for k in range(3)]
    for w in workers:
        w.start()
        w.join()
    print([w.exitcode for w in workers], [w.name for w in workers])
    print(mp.active_children(), mp.cpu_count() == os.cpu_count())
    try:
        workers[0].start()
    except AssertionError as e:
        print('AssertionError', e)
    p = Process(target=show_self, kwargs={'tag': 'kwargs'})
    p.start()
    p.join()
    p.close()
    try:
        p.is_alive()
    except ValueError as e:
        print(e)
