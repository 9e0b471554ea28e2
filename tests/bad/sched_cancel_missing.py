# expect: type=ValueError line=8
# sched: cancelling an event that is not queued is a ValueError.
import sched

s = sched.scheduler()
e = s.enter(10, 1, print)
s.cancel(e)
s.cancel(e)
