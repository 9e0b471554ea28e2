# sched: events run in (time, priority, sequence) order with a fake
# clock whose delayfunc advances it, cancel, queue, empty, run(blocking=
# False), keyword arguments, an action that schedules more, and errors.
import sched
import time

now = [0.0]
log = []


def clock():
    return now[0]


def sleep(d):
    log.append(('sleep', d))
    now[0] += d


s = sched.scheduler(clock, sleep)
print(s.empty())
s.enterabs(5, 1, log.append, ('t5p1',))
s.enterabs(5, 0, log.append, ('t5p0',))
e = s.enter(3, 1, log.append, ('t3',))
s.enter(1, 1, lambda *, tag: log.append(tag), kwargs={'tag': 'kw'})
s.enterabs(5, 1, log.append, ('t5p1-second',))
c = s.enter(2, 1, log.append, ('cancelled',))
s.cancel(c)
print(s.empty(), [(ev.time, ev.priority, ev.argument) for ev in s.queue])
print(e.time, e.priority, e.action is log.append, e.argument, e.kwargs, type(e).__name__)
s.run()
print(log, s.empty(), now[0])

log.clear()
now[0] = 0
s.enter(10, 1, log.append, ('later',))
s.enter(0, 1, log.append, ('now',))
print(s.run(blocking=False), log)
now[0] = 10
print(s.run(blocking=False), log)


def chain(n):
    log.append(n)
    if n < 3:
        s.enter(1, 1, chain, (n + 1,))


log.clear()
s.enter(0, 1, chain, (0,))
s.run()
print(log, now[0])
try:
    s.cancel(c)
except ValueError:
    print('ValueError')
# the real clock: two short delays
r = sched.scheduler()
out = []
t0 = time.monotonic()
r.enter(0.02, 1, out.append, ('b',))
r.enter(0.01, 1, out.append, ('a',))
r.run()
print(out, time.monotonic() - t0 >= 0.015)
print(sched.Event._fields, sched.__all__)
