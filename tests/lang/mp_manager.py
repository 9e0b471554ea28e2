# multiprocessing.Manager: a server process owns the objects; proxies are
# shared with Process children and sent to Pool and ProcessPoolExecutor
# workers. Output is sorted wherever workers race.
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor
import queue


def work(d, l, ns, v, q, lock, ev, i):
    with lock:
        d[i] = i * i
        l.append(i)
        v.value += i
    q.put(('done', i))
    ev.wait()
    with lock:
        ns.seen = ns.seen + 1


def store(args):
    d, i = args
    d[i] = i * 10
    return i


def add(counter, lock, n):
    for _ in range(n):
        with lock:
            counter.value += 1
    return n


def consume(jq, out):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            return
        out.append(item + 100)
        jq.task_done()


def show_types(m):
    objs = [m.dict(), m.list(), m.Namespace(), m.Value('i', 0), m.Queue(),
            m.JoinableQueue(), m.Lock(), m.RLock(), m.Semaphore(2),
            m.BoundedSemaphore(), m.Condition(), m.Event(), m.Barrier(2)]
    for o in objs:
        print(type(o).__name__, type(o).__module__, repr(o).split(' at ')[0])
    print(type(m).__name__, type(m).__module__)


def processes(m):
    d, l, ns = m.dict(), m.list([5]), m.Namespace(seen=0)
    v, q, lock, ev = m.Value('i', 0), m.Queue(), m.Lock(), m.Event()
    ps = [mp.Process(target=work, args=(d, l, ns, v, q, lock, ev, i)) for i in range(3)]
    for p in ps:
        p.start()
    print(sorted(q.get() for _ in ps))
    print(ev.is_set())
    ev.set()
    for p in ps:
        p.join()
    print([p.exitcode for p in ps], ns.seen, v.value, v.get())
    print(sorted(d.items()), sorted(l), len(d), len(l), 2 in d, 7 in d)
    return d


def dict_methods(d):
    for k in sorted(d.keys()):
        print(k, d[k], d.get(k), end='; ')
    print()
    d.clear()
    d['a'] = 1
    d.update({'b': 2}, c=3)
    print(d, str(d), d.copy(), list(d), d.keys(), d.values(), d.items())
    print(d.pop('a'), d.pop('zz', 'dflt'), d.setdefault('b', 9), d.setdefault('e', 5))
    print(d.popitem(), len(d), d._getvalue())
    del d['b']
    print(d)
    try:
        d['missing']
    except KeyError as e:
        print('KeyError', e)
    try:
        d.pop('missing')
    except KeyError as e:
        print('KeyError', e)


def list_methods(m):
    l = m.list([0, 1, 2, 3, 4])
    print(l, l[0], l[-1], l[1:3], l[::2], len(l), 3 in l, list(l))
    l.append(9)
    l.extend([1, 1])
    l += [7]
    print(l[:], l.count(1), l.index(9), l.pop(), l.pop(0))
    l.insert(0, 42)
    l.remove(1)
    l[1] = 'x'
    del l[2]
    print(l)
    l[1:3] = ['p', 'q', 'r']
    del l[-2:]
    print(l, l + [0], l * 2)
    l.reverse()
    print(l)
    l2 = m.list([3, 1, 2])
    l2.sort()
    l2.sort(reverse=True)
    l2 *= 2
    print(l2, list(reversed(l2)))
    try:
        l2[10]
    except IndexError as e:
        print('IndexError', e)
    try:
        l2.remove('nope')
    except ValueError as e:
        print('ValueError', e)


def namespace_value(m):
    ns = m.Namespace(b=2)
    ns.a = 1
    ns.z = [1, 2]
    print(ns, ns.a, ns.b, ns.z)
    del ns.z
    print(ns, hasattr(ns, 'z'))
    try:
        ns.missing
    except AttributeError as e:
        print('AttributeError', e)
    v = m.Value('d', 1.5)
    v.value *= 2
    v.set(v.get() + 1)
    print(v.value, v, m.Value('i', 7))


def sync(m):
    q = m.Queue(maxsize=1)
    q.put('a')
    print(q.qsize(), q.full(), q.empty())
    try:
        q.put_nowait('b')
    except queue.Full:
        print('queue.Full')
    print(q.get(), q.empty())
    try:
        q.get(timeout=0.01)
    except queue.Empty:
        print('queue.Empty')
    lock = m.Lock()
    print(lock.acquire(), lock.acquire(False), lock.acquire(True, 0.01))
    lock.release()
    rl = m.RLock()
    with rl:
        with rl:
            print('rlock twice')
    sem = m.Semaphore(2)
    print(sem.acquire(), sem.acquire(), sem.acquire(False))
    bs = m.BoundedSemaphore(1)
    bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print('ValueError', e)
    cond = m.Condition()
    with cond:
        print(cond.wait(0.01), cond.wait_for(lambda: 42))
        cond.notify_all()
    ev = m.Event()
    print(ev.wait(0.01), ev.is_set())
    ev.set()
    print(ev.wait(), ev.is_set())
    ev.clear()
    print(ev.is_set())
    b = m.Barrier(1)
    print(b.parties, b.n_waiting, b.broken, b.wait())


def pools(m, d):
    with mp.Pool(2) as pool:
        print(sorted(pool.map(store, [(d, i) for i in range(4)])))
    print(sorted(d.items()))
    counter, lock = m.Value('i', 0), m.Lock()
    with ProcessPoolExecutor(max_workers=2) as ex:
        futs = [ex.submit(add, counter, lock, 25) for _ in range(4)]
        print([f.result() for f in futs])
    print(counter.value)
    jq, out = m.JoinableQueue(), m.list()
    ps = [mp.Process(target=consume, args=(jq, out)) for _ in range(2)]
    for p in ps:
        p.start()
    for i in range(6):
        jq.put(i)
    jq.join()
    print(sorted(out))
    for p in ps:
        jq.put(None)
    for p in ps:
        p.join()
    nested = m.dict()
    nested['inner'] = m.list([1])
    nested['inner'].append(2)
    print(nested['inner'])


def lifecycle():
    m = mp.Manager()
    d = m.dict(a=1)
    print(d, len(mp.active_children()))
    m.shutdown()
    m.shutdown()
    try:
        m.start()
    except mp.ProcessError as e:
        print('ProcessError', e)
    m2 = mp.managers.SyncManager()
    try:
        m2.dict()
    except AssertionError as e:
        print('AssertionError', e)
    m2.start()
    try:
        m2.start()
    except mp.ProcessError as e:
        print('ProcessError', e)
    print(m2.list([1, 2]))
    m2.shutdown()
    print(len(mp.active_children()))
    m3 = mp.Manager()
    print(m3.Namespace(left='running at exit'))


def double(x):
    return 2 * x


if __name__ == '__main__':
    # a pool made before the manager: its workers still see close() and end
    early = mp.Pool(1)
    with mp.Manager() as m:
        show_types(m)
        d = processes(m)
        dict_methods(d)
        list_methods(m)
        namespace_value(m)
        sync(m)
        pools(m, m.dict())
        early.close()
        early.join()
        print('early pool joined')
    lifecycle()
