# multiprocessing.JoinableQueue: task_done/join across processes, and
# CPython's ValueError when task_done is called more often than put.
import multiprocessing as mp


def worker(q, out):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.put(item * item)
        q.task_done()


if __name__ == '__main__':
    q = mp.JoinableQueue()
    out = mp.Queue()
    print(type(q).__name__, type(q).__module__)
    procs = [mp.Process(target=worker, args=(q, out)) for _ in range(2)]
    for p in procs:
        p.start()
    for i in range(10):
        q.put(i)
    q.join()
    print('joined', sorted(out.get() for _ in range(10)))
    for p in procs:
        q.put(None)
    q.join()
    for p in procs:
        p.join()
    print([p.exitcode for p in procs])
    # task_done too often
    q2 = mp.JoinableQueue()
    q2.put('x')
    print(q2.get())
    q2.task_done()
    try:
        q2.task_done()
    except ValueError as e:
        print('ValueError', e)
    q2.join()
    print('empty join returns')
    q3 = mp.JoinableQueue(maxsize=1)
    q3.put(1)
    try:
        q3.put_nowait(2)
    except mp.queues.Full as e:
        print('Full', type(e).__name__)
    print(q3.qsize(), q3.full())
    q3.close()
    try:
        q3.put(3)
    except ValueError as e:
        print('closed', str(e).startswith('Queue'), str(e).endswith('is closed'))
