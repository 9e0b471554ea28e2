# selectors: PollSelector (DefaultSelector) and SelectSelector over pipes:
# register/modify/unregister, select with timeouts, get_key/get_map, the
# context manager, a writer thread, and the errors.
import os
import selectors
import threading
import time

print(selectors.EVENT_READ, selectors.EVENT_WRITE, selectors.SelectorKey._fields)
print(issubclass(selectors.DefaultSelector, selectors.BaseSelector))


class Pipe:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd

    def __repr__(self):
        return 'Pipe'


def names(ready):
    return sorted((key.data, ev) for key, ev in ready)


for cls in [selectors.PollSelector, selectors.SelectSelector]:
    print(cls.__name__)
    r, w = os.pipe()
    with cls() as sel:
        k1 = sel.register(r, selectors.EVENT_READ, 'reader')
        k2 = sel.register(Pipe(w), selectors.EVENT_WRITE, 'writer')
        print(k1.fd == r, k1.events, k1.data, k2.fileobj, k2.events)
        print(names(sel.select(0)))
        os.write(w, b'data')
        print(names(sel.select(0.5)), names(sel.select(None)))
        print(sel.get_key(r).data, len(sel.get_map()), sorted(sel.get_map()) == sorted([r, w]))
        print(sel.get_map()[r].data, r in sel.get_map())
        k = sel.modify(r, selectors.EVENT_READ, 'reader2')
        print(k.data, sel.get_key(r).data)
        k = sel.modify(r, selectors.EVENT_READ | selectors.EVENT_WRITE, 'both')
        print(k.events, names(sel.select(0)))
        sel.unregister(w)
        os.read(r, 4)
        print(names(sel.select(0)))
        sel.modify(r, selectors.EVENT_READ, 'r')
        t0 = time.monotonic()
        print(names(sel.select(0.05)), time.monotonic() - t0 >= 0.04)

        def writer():
            time.sleep(0.05)
            os.write(w, b'ping')

        th = threading.Thread(target=writer)
        th.start()
        print(names(sel.select(5)), os.read(r, 4))
        th.join()
        for bad in [lambda: sel.register(r, selectors.EVENT_READ),
                    lambda: sel.register(w, 0), lambda: sel.register(w, 8),
                    lambda: sel.register('nofd', selectors.EVENT_READ),
                    lambda: sel.register(-5, selectors.EVENT_READ),
                    lambda: sel.unregister(w), lambda: sel.get_key(w),
                    lambda: sel.modify(w, selectors.EVENT_READ)]:
            try:
                bad()
            except (KeyError, ValueError) as e:
                print(type(e).__name__, e)
    print(sel.get_map())
    try:
        sel.get_key(r)
    except RuntimeError as e:
        print('RuntimeError', e)
    os.close(r)
    os.close(w)
try:
    selectors.BaseSelector()
except TypeError:
    print('abstract')
