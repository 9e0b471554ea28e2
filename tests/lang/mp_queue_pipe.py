# multiprocessing.Queue and Pipe: values of any size cross between
# processes, several writers' messages stay whole.
import multiprocessing as mp
from multiprocessing import Pipe, Process, Queue


def producer(q, k):
    for i in range(50):
        q.put((k, i, 'x' * (5000 * (i % 3))))


def pong(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send([msg, msg * 2])
    conn.close()


if __name__ == '__main__':
    q = Queue()
    ps = [Process(target=producer, args=(q, k)) for k in range(3)]
    for p in ps:
        p.start()
    got = [q.get(timeout=20) for _ in range(150)]
    for p in ps:
        p.join()
    print(len(got), sorted(set(k for k, _, _ in got)), all(len(g[2]) % 5000 == 0 for g in got))
    for k in range(3):
        print(k, [i for kk, i, _ in got if kk == k] == list(range(50)))
    print(q.empty())
    try:
        q.get(timeout=0.05)
    except Exception as e:
        print('empty', type(e).__name__)
    q.put({'a': [1, 2]})
    print(q.get())
    parent, child = Pipe()
    p = Process(target=pong, args=(child,))
    p.start()
    for v in (1, 'ab', (2 ** 80,)):
        parent.send(v)
        print(parent.recv())
    print(parent.poll(0.01))
    parent.send(None)
    p.join()
    print(p.exitcode)
    r, w = Pipe(duplex=False)
    w.send([1.5, None])
    print(r.poll(1), r.recv())
