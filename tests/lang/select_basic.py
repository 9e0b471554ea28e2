# select: select() and poll over pipes, file objects, timeouts, a thread
# that writes while the main thread waits (the GIL released), and errors.
import os
import select
import threading
import time

print(select.error is OSError)
print([(n, getattr(select, n)) for n in ['POLLIN', 'POLLPRI', 'POLLOUT', 'POLLERR', 'POLLHUP',
                                          'POLLNVAL', 'POLLRDNORM', 'POLLWRNORM']])
r, w = os.pipe()
print(select.select([r], [w], [], 0))
print(select.select([r], [], [], 0.01))
os.write(w, b'x')
print(select.select([r], [w], [r, w], None))
print(select.select((r,), (), (), 0))
print(select.select({r}, [], [], 0))
os.read(r, 1)
print(select.select([], [], [], 0))


class F:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd

    def __repr__(self):
        return f'F({self.fd})'


fr, fw = F(r), F(w)
print(select.select([fr, r], [fw], [], 0))

# a thread writes after a delay; the main thread's wait lets it run
def writer():
    time.sleep(0.05)
    os.write(w, b'hello')


th = threading.Thread(target=writer)
th.start()
t0 = time.monotonic()
rl, _, _ = select.select([r], [], [], 5)
print(rl, os.read(r, 5), time.monotonic() - t0 < 4)
th.join()

p = select.poll()
p.register(r, select.POLLIN)
p.register(fw, select.POLLOUT)
print(sorted(p.poll(0)))
os.write(w, b'abc')
print(sorted(p.poll(10)), sorted(p.poll(None)))
p.modify(r, select.POLLIN | select.POLLPRI)
p.unregister(w)
print(p.poll(1.5))
os.read(r, 3)
print(p.poll(0), p.poll(-1 if False else 0))
th = threading.Thread(target=writer)
th.start()
print(p.poll(), os.read(r, 5))
th.join()
# the write end closed: the read end reports hang-up
os.close(w)
print(select.select([r], [], [], 0), [(fd, ev & select.POLLHUP != 0) for fd, ev in p.poll(0)])
for bad in [lambda: select.select([object()], [], []), lambda: select.select([-1], [], [], 0),
            lambda: select.select([r], [], [], -1), lambda: select.select([r], [], [], 'x'),
            lambda: select.select(5, [], []), lambda: p.unregister(99), lambda: p.modify(99, 1),
            lambda: p.register('x'), lambda: p.poll('x'), lambda: select.select([F('a')], [], []),
            lambda: select.select([w], [], [], 0)]:
    try:
        bad()
    except (TypeError, ValueError, KeyError, OSError) as e:
        print(type(e).__name__, e)
os.close(r)
