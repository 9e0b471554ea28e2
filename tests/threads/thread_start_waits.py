# Thread.start() returns once the new thread runs, as CPython's waits on
# its _started Event: is_alive(), active_count(), ident and native_id are
# those of a running thread as soon as start() returns.
import threading

go = threading.Event()
seen = {}


def work(i):
    me = threading.current_thread()
    seen[i] = (me.ident, me.native_id, threading.get_ident(), threading.get_native_id())
    go.wait()


base = threading.active_count()
ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
print([t.ident for t in ts], [t.native_id for t in ts], [t.is_alive() for t in ts])
for n, t in enumerate(ts):
    t.start()
    print(t.is_alive(), threading.active_count() - base == n + 1, type(t.ident).__name__,
          type(t.native_id).__name__, t in threading.enumerate())
go.set()
for t in ts:
    t.join()
print(all(seen[i] == (t.ident, t.native_id, t.ident, t.native_id) for i, t in enumerate(ts)))
print(len({t.native_id for t in ts}), threading.main_thread().native_id == threading.get_native_id())
print([t.is_alive() for t in ts], threading.active_count() == base)

quick = threading.Thread(target=lambda: None)
quick.start()
quick.join()
print(quick.is_alive(), quick.native_id is not None)
for t in ts:
    try:
        t.start()
    except RuntimeError as e:
        print(e)
        break
